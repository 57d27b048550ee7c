"""The players' names beside the matrix: a double-click renames; the row player's reads
upwards; a name longer than the room ends in "…" and shows in full as a tooltip."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics, QMouseEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from explorer.app.fit import ElidedLabel
from explorer.render.guard import guard_qt_calls


@guard_qt_calls
class PlayerLabel(ElidedLabel):
    """A player's name beside the table; a double-click asks to rename the player."""

    doubleClicked = Signal()

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        self.doubleClicked.emit()


#: How much smaller the row player's name may be drawn to fit beside a short table.
SMALLEST_FIT = 0.7


@guard_qt_calls
class VerticalLabel(PlayerLabel):
    """A player label drawn bottom-to-top, for the row player's name beside the table; beside
    a short table it is drawn a little smaller, and only then cut."""

    def available(self) -> int:
        return self.height()

    def fitted_font(self) -> QFont:
        """The font the name is drawn in: smaller (down to :data:`SMALLEST_FIT`) to fit."""
        font = QFont(self.font())
        wanted = QFontMetrics(font).horizontalAdvance(self.text())
        if wanted > self.available() > 0:
            font.setPointSizeF(font.pointSizeF() * max(SMALLEST_FIT, self.available() / wanted))
        return font

    def shown_text(self) -> str:
        return QFontMetrics(self.fitted_font()).elidedText(
            self.text(), Qt.TextElideMode.ElideRight, self.available()
        )

    def is_elided(self) -> bool:
        return self.shown_text() != self.text()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setFont(self.fitted_font())
        painter.setPen(self.palette().windowText().color())
        painter.translate(0, self.height())
        painter.rotate(-90)
        painter.drawText(
            QRect(0, 0, self.height(), self.width()),
            int(Qt.AlignmentFlag.AlignCenter),
            self.shown_text(),
        )

    def __init__(self, text: str | QWidget | None = None, parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        # The table beside it, not the name, sets the matrix's height.
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Ignored)

    def sizeHint(self) -> QSize:
        return super().sizeHint().transposed()

    def minimumSizeHint(self) -> QSize:
        return super().minimumSizeHint().transposed()
