"""Plots as PNG or SVG files, written (and read back) through the core's one atomic writer."""

from __future__ import annotations

import errno
import os
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPoint
from PySide6.QtGui import QImage, QPainter
from PySide6.QtWidgets import QApplication, QWidget

from explorer.core.io.atomic import Verify, write_bytes_atomic

#: The application made by :func:`offscreen_application`, kept alive for the process.
_made: list[QApplication] = []


def offscreen_application() -> QApplication:
    """The running QApplication, or a new off-screen one for a process that only draws files."""
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    _made.append(QApplication(["explorer"]))
    return _made[-1]


def plot_bytes(widget: QWidget, suffix: str) -> bytes:
    """``widget`` as it is drawn: an SVG document for ``.svg``, else a PNG picture.

    SVG goes through QSvgGenerator and ``QWidget.render``: pyqtgraph's own SVGExporter
    fails on Qt 6 (pyqtgraph issue 3485).
    """
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if suffix.lower() == ".svg":
        from PySide6.QtSvg import QSvgGenerator

        generator = QSvgGenerator()
        generator.setOutputDevice(buffer)
        generator.setSize(widget.size())
        generator.setViewBox(widget.rect())
        generator.setTitle("Strategy Explorer plot")
        painter = QPainter(generator)
        try:
            widget.render(painter, QPoint(0, 0))
        finally:
            ended = painter.end()
        if not ended:
            raise OSError(errno.EIO, "the plot could not be drawn as SVG")
    elif not widget.grab().save(buffer, "PNG"):
        raise OSError(errno.EIO, "the plot could not be encoded as PNG")
    return bytes(buffer.data().data())


def picture_check(suffix: str) -> Verify:
    """A check that bytes read back are a whole picture of the kind ``suffix`` names."""

    def loads(data: bytes) -> object:
        if suffix.lower() == ".svg":
            from PySide6.QtSvg import QSvgRenderer

            if not QSvgRenderer(QByteArray(data)).isValid():
                raise ValueError("it is not a valid SVG drawing")
        elif not QImage().loadFromData(data, "PNG"):
            raise ValueError("it is not a valid PNG picture")
        return None

    return loads


def save_plot(widget: QWidget, path: str | os.PathLike[str]) -> None:
    """Save ``widget`` as PNG, or as SVG when ``path`` ends in ``.svg``, atomically.

    Raises
    ------
    OSError
        If the picture cannot be made or written; an older file at ``path`` is kept.
    """
    suffix = Path(path).suffix
    write_bytes_atomic(path, plot_bytes(widget, suffix), verify=picture_check(suffix))
