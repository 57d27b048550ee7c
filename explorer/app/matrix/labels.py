"""The players' names beside the matrix: a double-click renames; the row player's reads upwards."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt, Signal
from PySide6.QtGui import QMouseEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import QLabel

from explorer.render.guard import guard_qt_calls


@guard_qt_calls
class PlayerLabel(QLabel):
    """A player's name beside the table; a double-click asks to rename the player."""

    doubleClicked = Signal()

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        self.doubleClicked.emit()


@guard_qt_calls
class VerticalLabel(PlayerLabel):
    """A player label drawn bottom-to-top, for the row player's name beside the table."""

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setFont(self.font())
        painter.setPen(self.palette().windowText().color())
        painter.translate(0, self.height())
        painter.rotate(-90)
        painter.drawText(
            QRect(0, 0, self.height(), self.width()), int(Qt.AlignmentFlag.AlignCenter), self.text()
        )

    def sizeHint(self) -> QSize:
        return super().sizeHint().transposed()

    def minimumSizeHint(self) -> QSize:
        return super().minimumSizeHint().transposed()
