"""Drawing tests leave pyqtgraph's reference cycles behind: collect them on the GUI thread."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.helpers import collect_garbage


@pytest.fixture(autouse=True)
def _qt_garbage_collected_here() -> Iterator[None]:
    yield
    collect_garbage()
