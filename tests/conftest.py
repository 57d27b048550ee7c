"""Shared test set-up: Qt off-screen, pyqtgraph on PySide6, GUI tests marked, core in English."""

from __future__ import annotations

import os
from collections.abc import Iterator

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")

import pytest
from hypothesis import settings

from explorer.core.i18n import CATALOG

# Property tests draw the same examples on every machine and in every run, so that a
# fresh checkout sees what the last run saw; `HYPOTHESIS_PROFILE=explore` draws new ones.
settings.register_profile("repeatable", derandomize=True, deadline=None, print_blob=True)
settings.register_profile("explore", derandomize=False, deadline=None, max_examples=500)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "repeatable"))


GUI_FIXTURES = {"qtbot", "qapp", "qtmodeltester"}


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Mark every test that needs a QApplication, so `pytest -m "not gui"` runs the pure ones."""
    for item in items:
        if GUI_FIXTURES & set(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.gui)


@pytest.fixture(autouse=True)
def english_core() -> Iterator[None]:
    """Every test starts and ends with the core writing English, whatever it switched to."""
    CATALOG.reset()
    yield
    CATALOG.reset()


@pytest.fixture(scope="session")
def qapp_cls() -> type:
    """GUI tests run on the app's own QApplication class (it opens the files macOS sends)."""
    from explorer.app.main import ExplorerApplication

    return ExplorerApplication
