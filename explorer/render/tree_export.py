"""A drawn game tree as a PNG or SVG file, the whole scene at its own size, written (and read
back) through the core's one atomic writer."""

from __future__ import annotations

import errno
import os
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, QSize
from PySide6.QtGui import QImage, QImageWriter, QPainter
from PySide6.QtWidgets import QGraphicsScene

from explorer.core.io.atomic import write_bytes_atomic
from explorer.render.export import picture_check

#: A PNG is drawn this many times the scene's size (sharp on a projector or in print).
PNG_SCALE = 2.0


def scene_bytes(scene: QGraphicsScene, suffix: str) -> bytes:
    """The whole scene as an SVG document (``.svg``) or a PNG picture (anything else)."""
    area = scene.sceneRect()
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if suffix.lower() == ".svg":
        from PySide6.QtSvg import QSvgGenerator

        generator = QSvgGenerator()
        generator.setOutputDevice(buffer)
        generator.setSize(area.size().toSize())
        generator.setViewBox(QRectF(0, 0, area.width(), area.height()))
        generator.setTitle("Strategy Explorer game tree")
        painter = QPainter(generator)
        try:
            scene.render(painter, QRectF(0, 0, area.width(), area.height()), area)
        finally:
            ended = painter.end()
        if not ended:
            raise OSError(errno.EIO, "the tree could not be drawn as SVG")
        return bytes(buffer.data().data())
    size = QSize(int(area.width() * PNG_SCALE), int(area.height() * PNG_SCALE))
    image = QImage(size, QImage.Format.Format_ARGB32)
    image.fill(0xFFFFFFFF)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    try:
        scene.render(painter, QRectF(0, 0, size.width(), size.height()), area)
    finally:
        painter.end()
    if image.isNull() or not QImageWriter(buffer, QByteArray(b"PNG")).write(image):
        raise OSError(errno.EIO, "the tree could not be encoded as PNG")
    return bytes(buffer.data().data())


def save_tree_picture(scene: QGraphicsScene, path: str | os.PathLike[str]) -> None:
    """Save the drawn tree as PNG, or as SVG when ``path`` ends in ``.svg``, atomically.

    Raises
    ------
    OSError
        If the picture cannot be made or written; an older file at ``path`` is kept.
    """
    suffix = Path(path).suffix
    write_bytes_atomic(path, scene_bytes(scene, suffix), verify=picture_check(suffix))
