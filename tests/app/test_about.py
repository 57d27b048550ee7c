"""Help › About: the explorer's version and those of what it is built on."""

from __future__ import annotations

import nashpy
import numpy
import pyqtgraph

from explorer import __version__
from explorer.app.about import about_text


def test_the_about_text_names_every_version(qapp) -> None:  # type: ignore[no-untyped-def]
    text = about_text()
    for version in (__version__, nashpy.__version__, numpy.__version__, pyqtgraph.__version__):
        assert version in text
    assert "%" not in text  # every placeholder filled
