"""Help › About: the explorer's version and the versions of what it is built on."""

from __future__ import annotations

import numpy
from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QCoreApplication, qVersion
from PySide6.QtWidgets import QMessageBox, QWidget

from explorer import __version__


def about_text() -> str:
    """The About box's text (nashpy and pyqtgraph are imported here: they load slowly)."""
    import nashpy
    import pyqtgraph as pg

    return (
        QCoreApplication.translate(
            "About",
            "<h3>Strategy Explorer %1</h3><p>Two-player games, their Nash equilibria, "
            "and how they move when subsidies and trust change.</p>"
            "<p>nashpy %2 · numpy %3 · Qt %4 · PySide6 %5 · pyqtgraph %6</p>",
        )
        .replace("%1", __version__)
        .replace("%2", nashpy.__version__)
        .replace("%3", numpy.__version__)
        .replace("%4", qVersion())
        .replace("%5", pyside_version)
        .replace("%6", pg.__version__)
    )


def show_about(parent: QWidget) -> None:
    QMessageBox.about(
        parent, QCoreApplication.translate("About", "About Strategy Explorer"), about_text()
    )
