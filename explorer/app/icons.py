"""Icons for controls, drawn by the style or by hand: a symbol character such as ⏸ shows as
a missing-glyph box where the font lacks it (DejaVu, the fonts Linux installs, does)."""

from __future__ import annotations

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import QApplication, QStyle

#: The size the hand-drawn icons are drawn at (Qt scales them to the button).
DRAWN_SIZE = 32


def standard(icon: QStyle.StandardPixmap) -> QIcon:
    """One of the style's own icons (play, pause, arrows), as the platform draws them."""
    return QApplication.style().standardIcon(icon)


def play() -> QIcon:
    return standard(QStyle.StandardPixmap.SP_MediaPlay)


def pause() -> QIcon:
    return standard(QStyle.StandardPixmap.SP_MediaPause)


def step_forward() -> QIcon:
    return standard(QStyle.StandardPixmap.SP_MediaSeekForward)


def back() -> QIcon:
    return standard(QStyle.StandardPixmap.SP_ArrowBack)


def forward() -> QIcon:
    return standard(QStyle.StandardPixmap.SP_ArrowForward)


def restart() -> QIcon:
    return standard(QStyle.StandardPixmap.SP_MediaSkipBackward)


def more() -> QIcon:
    """Three dots in a row: "more choices" (the style has no such icon)."""
    pixmap = QPixmap(DRAWN_SIZE, DRAWN_SIZE)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(QApplication.palette().buttonText().color()))
    radius = DRAWN_SIZE / 10
    for k in (1, 2, 3):
        painter.drawEllipse(QPointF(DRAWN_SIZE * k / 4, DRAWN_SIZE / 2), radius, radius)
    painter.end()
    return QIcon(pixmap)
