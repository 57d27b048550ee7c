"""Draws a payoff cell (both payoffs in their players' colours, marks) and edits it."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import (
    QAbstractItemModel,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
)
from PySide6.QtGui import QColor, QFont, QFontMetrics, QKeyEvent, QPainter, QPen
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLineEdit,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from explorer.app.matrix.model import Role, payoff_text
from explorer.core.game import COLUMN, ROW
from explorer.render import style
from explorer.render.guard import guard_qt_calls

Index = QModelIndex | QPersistentModelIndex
#: Sizes, relative to the payoffs', at which a formula in a collapsed family table may be
#: drawn: the largest at which it fits, else the smallest with its end cut off ("…").
FORMULA_SCALES = (0.85, 0.75, 0.65)
_WRAPPED = int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft) | int(
    Qt.TextFlag.TextWordWrap
)


def _scaled(font: QFont, scale: float) -> QFont:
    scaled = QFont(font)
    scaled.setPointSizeF(font.pointSizeF() * scale)
    return scaled


def _fits(text: str, font: QFont, area: QRect) -> bool:
    return QFontMetrics(font).boundingRect(area, _WRAPPED, text).height() <= area.height()


def formula_scale(texts: Sequence[str], font: QFont, areas: Sequence[QRect]) -> float:
    """The one size at which a cell's formulas are drawn: the largest of
    :data:`FORMULA_SCALES` at which every formula fits its area, else the smallest."""
    for scale in FORMULA_SCALES:
        scaled = _scaled(font, scale)
        if all(_fits(t, scaled, a) for t, a in zip(texts, areas, strict=True)):
            return scale
    return FORMULA_SCALES[-1]


def _fitted(text: str, font: QFont, area: QRect) -> str:
    """``text``, or its longest beginning with "…" that fits wrapped inside ``area``."""
    if _fits(text, font, area):
        return text
    low, high = 0, len(text)
    while low < high:
        middle = (low + high + 1) // 2
        low, high = (middle, high) if _fits(text[:middle] + "…", font, area) else (low, middle - 1)
    return text[:low] + "…"


def _inner(area: QRect, font: QFont) -> QRect:
    """A half of a cell less its margins, where the payoff is drawn."""
    margin = QFontMetrics(font).horizontalAdvance("  ")
    return area.adjusted(margin, 0, -margin, 0)


@guard_qt_calls
class CellEditor(QWidget):
    """Two line edits side by side: the row player's payoff and the column player's."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAutoFillBackground(True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.setSpacing(4)
        self.fields = (QLineEdit(self), QLineEdit(self))
        for player, field in enumerate(self.fields):
            colour = style.player_colour_hex(player)
            field.setStyleSheet(f"QLineEdit {{ border: 2px solid {colour}; color: {colour}; }}")
            field.setObjectName(("row_payoff", "column_payoff")[player])
            layout.addWidget(field)
        self.fields[ROW].setToolTip(self.tr("Row player's payoff: a number or a formula"))
        self.fields[COLUMN].setToolTip(self.tr("Column player's payoff: a number or a formula"))
        self.setFocusProxy(self.fields[ROW])

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """The key that opened the editor (typing over a cell) goes into the row payoff."""
        if event.text() and event.text().isprintable():
            self.fields[ROW].setFocus()
            self.fields[ROW].setText(event.text())
            event.accept()
            return
        super().keyPressEvent(event)

    def focusNextPrevChild(self, forward: bool) -> bool:
        """Tab goes from the row payoff to the column payoff (Shift+Tab back) before it
        leaves the cell; the view then moves on to the next cell."""
        field = self.fields[COLUMN] if forward else self.fields[ROW]
        if self.fields[ROW if forward else COLUMN].hasFocus():
            field.setFocus(Qt.FocusReason.TabFocusReason)
            field.selectAll()
            return True
        # Leaving: the view asks whether the editor had the focus before it takes it back
        # (else the focus stays in this closed editor and the next keys go nowhere).
        self.setFocusProxy(self.focusWidget())
        return super().focusNextPrevChild(forward)

    def texts(self) -> tuple[str, str]:
        return self.fields[ROW].text(), self.fields[COLUMN].text()

    def set_texts(self, texts: tuple[str, str]) -> None:
        for field, text in zip(self.fields, texts, strict=True):
            field.setText(text)
        self.fields[ROW].selectAll()


@guard_qt_calls
class PayoffDelegate(QStyledItemDelegate):
    """Paints ``3 , 2``-style cells: best responses bold and underlined, pure equilibria
    framed, dominated strategies greyed, invalid formulas red; edits with :class:`CellEditor`."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        painter.save()
        rect = option.rect
        errors = [index.data(Role.ERROR + p) for p in (ROW, COLUMN)]
        background = QColor("white")
        if any(errors):
            background = style.ERROR_BACKGROUND
        elif index.data(Role.DOMINATED):
            background = style.DOMINATED_BACKGROUND
        elif index.data(Role.EQUILIBRIUM):
            background = style.EQUILIBRIUM_BACKGROUND
        painter.fillRect(rect, background)
        if option.state & QStyle.StateFlag.State_Selected:
            painter.fillRect(rect, QColor(0, 90, 200, 40))
        if index.data(Role.SHOWN) is not None:  # a family's formulas: one above the other
            halves = (
                QRect(rect.left(), rect.top(), rect.width(), rect.height() // 2),
                QRect(
                    rect.left(), rect.top() + rect.height() // 2, rect.width(), rect.height() // 2
                ),
            )
        else:
            halves = (
                QRect(rect.left(), rect.top(), rect.width() // 2, rect.height()),
                QRect(
                    rect.left() + rect.width() // 2, rect.top(), rect.width() // 2, rect.height()
                ),
            )
        shown = [index.data(Role.SHOWN + p) for p in (ROW, COLUMN)]
        scale = None
        if None not in shown and not any(errors):  # both formulas at one size
            areas = [_inner(half, option.font) for half in halves]
            scale = formula_scale(shown, option.font, areas)
        for player, half in enumerate(halves):
            self._paint_payoff(painter, option, index, player, half, errors[player], scale)
        if index.data(Role.EQUILIBRIUM):
            pen = QPen(style.EQUILIBRIUM_FRAME, 3)
            painter.setPen(pen)
            painter.drawRect(rect.adjusted(2, 2, -2, -2))
        painter.restore()

    def _paint_payoff(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: Index,
        player: int,
        area: QRect,
        error: str | None,
        scale: float | None = None,
    ) -> None:
        font = QFont(option.font)
        best = bool(index.data(Role.BEST + player))
        font.setBold(best)
        font.setUnderline(best)
        shown = index.data(Role.SHOWN + player)
        painter.setFont(font)
        if error:
            colour, text = style.ERROR_TEXT, index.data(Role.TEXT + player)
        elif shown is not None:
            colour, text = style.player_colour(player), shown
        elif index.data(Role.DOMINATED):
            colour, text = style.DOMINATED_TEXT, payoff_text(index.data(Role.VALUE + player))
        else:
            colour, text = style.player_colour(player), payoff_text(index.data(Role.VALUE + player))
        painter.setPen(colour)
        inner = _inner(area, font)
        if shown is not None:  # a formula, over as many lines as its half of the cell holds
            font = _scaled(font, scale or formula_scale([text], font, [inner]))
            painter.setFont(font)
            painter.drawText(inner, _WRAPPED, _fitted(text, font, inner))
            return
        align = Qt.AlignmentFlag.AlignVCenter | (
            Qt.AlignmentFlag.AlignRight if player == ROW else Qt.AlignmentFlag.AlignLeft
        )
        elided = QFontMetrics(font).elidedText(text, Qt.TextElideMode.ElideRight, inner.width())
        painter.drawText(inner, int(align), elided)

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        metrics = QFontMetrics(option.font)
        texts = [payoff_text(index.data(Role.VALUE + p)) for p in (ROW, COLUMN)]
        width = (
            sum(metrics.horizontalAdvance(t) for t in texts) + metrics.horizontalAdvance("M") * 6
        )
        return QSize(max(width, metrics.horizontalAdvance("M") * 9), int(metrics.height() * 2.4))

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        editor = CellEditor(parent)
        for field in editor.fields:
            field.returnPressed.connect(lambda e=editor: self._commit_and_close(e))
        return editor

    def _commit_and_close(self, editor: CellEditor) -> None:
        self.commitData.emit(editor)
        self.closeEditor.emit(editor, QStyledItemDelegate.EndEditHint.NoHint)

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        if isinstance(editor, CellEditor):
            editor.set_texts(index.data(Qt.ItemDataRole.EditRole))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        if isinstance(editor, CellEditor):
            model.setData(index, editor.texts(), Qt.ItemDataRole.EditRole)

    def updateEditorGeometry(
        self, editor: QWidget, option: QStyleOptionViewItem, index: Index
    ) -> None:
        rect = option.rect
        height = max(rect.height(), editor.sizeHint().height())
        editor.setGeometry(rect.left(), rect.top(), max(rect.width(), 220), height)
