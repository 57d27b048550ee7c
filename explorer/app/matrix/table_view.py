"""The payoff table itself: typing over a cell edits it, Ctrl+V pastes a block, Ctrl+C copies."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QGuiApplication, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QSizePolicy, QTableView, QWidget

from explorer.app.matrix.delegate import PayoffDelegate
from explorer.app.matrix.model import PayoffTableModel
from explorer.core.paste import PasteError, parse_block
from explorer.render.guard import guard_qt_calls

MIN_POINT_SIZE, MAX_POINT_SIZE = 8, 40


@guard_qt_calls
class PayoffTableView(QTableView):
    """A table of payoff cells; typing over a cell edits it, Ctrl+V pastes a block."""

    message = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setItemDelegate(PayoffDelegate(self))
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.setSelectionMode(QAbstractItemView.SelectionMode.ContiguousSelection)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        for header in (self.horizontalHeader(), self.verticalHeader()):
            header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
            header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
            header.setSectionsClickable(True)
            header.setHighlightSections(False)
            header.setTextElideMode(Qt.TextElideMode.ElideRight)  # a long name ends in "…"
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.setWordWrap(False)
        # As tall as its rows, no taller: a small game sits on the page, not in a grey box.
        self.setSizeAdjustPolicy(QAbstractItemView.SizeAdjustPolicy.AdjustToContents)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Maximum)

    def set_point_size(self, size: float) -> None:
        font = QFont(self.font())
        font.setPointSizeF(max(MIN_POINT_SIZE, min(MAX_POINT_SIZE, size)))
        self.setFont(font)
        bold = QFont(font)
        bold.setBold(True)
        for header in (self.horizontalHeader(), self.verticalHeader()):
            header.setFont(bold)
        self.verticalHeader().setDefaultSectionSize(int(self.fontMetrics().height() * 2.3))
        # Wide enough for two payoffs such as "-0.087 , 0.12": a wide game (an expanded family
        # of 21 prices) scrolls sideways rather than elide its payoffs to nothing.
        em = self.fontMetrics().horizontalAdvance("M")
        self.horizontalHeader().setMinimumSectionSize(em * 12)
        self.updateGeometry()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.matches(QKeySequence.StandardKey.Paste):
            self.paste()
            return
        if event.matches(QKeySequence.StandardKey.Copy):
            self.copy()
            return
        super().keyPressEvent(event)

    def _origin(self) -> tuple[int, int]:
        current = self.currentIndex()
        selected = self.selectionModel().selectedIndexes() if self.selectionModel() else []
        if selected:
            return min(i.row() for i in selected), min(i.column() for i in selected)
        return (max(current.row(), 0), max(current.column(), 0))

    def paste(self) -> None:
        """Paste a tab-separated block at the selection's top-left cell (one undo step)."""
        model = self.model()
        if not isinstance(model, PayoffTableModel):
            return
        try:
            block = parse_block(QGuiApplication.clipboard().text())
        except PasteError as error:
            self.message.emit(self.tr("Nothing pasted: %1.").replace("%1", str(error)))
            return
        top, left = self._origin()
        m, n = model.document.game.shape
        edits = {}
        for di, row in enumerate(block.cells):
            for dj, pair in enumerate(row):
                for player, text in enumerate(pair):
                    if text is not None and top + di < m and left + dj < n:
                        edits[(top + di, left + dj, player)] = text
        model.document.edit_cells(edits, self.tr("Paste"))
        rows, columns = block.shape
        note = {
            "pairs": self.tr("both payoffs"),
            "side by side": self.tr("row and column payoffs side by side"),
            "row player only": self.tr("the row player's payoffs only"),
        }[block.layout]
        self.message.emit(
            self.tr("Pasted %1 × %2 cells (%3).")
            .replace("%1", str(rows))
            .replace("%2", str(columns))
            .replace("%3", note)
        )

    def copy(self) -> None:
        """Copy the selected cells as tab-separated ``row, column`` pairs."""
        model = self.model()
        selected = sorted(
            self.selectionModel().selectedIndexes(), key=lambda i: (i.row(), i.column())
        )
        if not isinstance(model, PayoffTableModel) or not selected:
            return
        rows: dict[int, list[str]] = {}
        for index in selected:
            texts = index.data(Qt.ItemDataRole.EditRole)
            rows.setdefault(index.row(), []).append(f"{texts[0]}, {texts[1]}")
        QGuiApplication.clipboard().setText("\n".join("\t".join(r) for r in rows.values()))
