"""The payoff matrix editor: table, player labels, strategy menus, paste and zoom."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPoint, QRect, Qt, Signal
from PySide6.QtGui import (
    QAction,
    QFont,
    QGuiApplication,
    QKeyEvent,
    QKeySequence,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QSizePolicy,
    QTableView,
    QWidget,
)

from explorer.app.document import GameDocument
from explorer.app.matrix.delegate import PayoffDelegate
from explorer.app.matrix.labels import PlayerLabel, VerticalLabel
from explorer.app.matrix.model import PayoffTableModel
from explorer.core import edit
from explorer.core.game import COLUMN, ROW, Game
from explorer.core.paste import PasteError, parse_block
from explorer.render.style import EQUILIBRIUM_FRAME, player_colour_hex

MIN_POINT_SIZE, MAX_POINT_SIZE = 8, 40
DEFAULT_POINT_SIZE = 15


def _size_factor(shape: tuple[int, int]) -> float:
    """Large games are drawn smaller so that a 6×6 matrix still fits without scrolling."""
    largest = max(shape)
    if largest <= 4:
        return 1.0
    if largest <= 6:
        return 0.8
    return 0.65 if largest <= 10 else 0.5


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
        self.horizontalHeader().setMinimumSectionSize(self.fontMetrics().horizontalAdvance("M") * 5)
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


class MatrixEditor(QWidget):
    """The payoff table with the players' names around it and the editing actions."""

    message = Signal(str)

    def __init__(self, document: GameDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.model = PayoffTableModel(document, self)
        self.view = PayoffTableView(self)
        self.view.setModel(self.model)
        self.column_label = PlayerLabel(self)
        self.column_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.row_label = VerticalLabel(self)
        for player, label in ((COLUMN, self.column_label), (ROW, self.row_label)):
            label.setToolTip(self.tr("Double-click to rename the player"))
            label.doubleClicked.connect(lambda p=player: self.start_player_rename(p))
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.column_label, 0, 1)
        layout.addWidget(self.row_label, 1, 0)
        layout.addWidget(self.view, 1, 1)
        self.legend = QLabel(self)
        self.legend.setObjectName("matrix_legend")
        self.legend.setWordWrap(True)
        layout.addWidget(self.legend, 2, 1)
        layout.setRowStretch(3, 1)
        self._shape = document.game.shape
        self._base_size = float(DEFAULT_POINT_SIZE)
        self._connect_signals()
        self.set_point_size(DEFAULT_POINT_SIZE)
        self.on_game_changed()

    def _connect_signals(self) -> None:
        self.document.gameChanged.connect(self.on_game_changed)
        self.view.message.connect(self.message)
        self.view.customContextMenuRequested.connect(self.on_cell_menu)
        self.view.horizontalHeader().customContextMenuRequested.connect(
            lambda pos: self.on_header_menu(COLUMN, pos)
        )
        self.view.verticalHeader().customContextMenuRequested.connect(
            lambda pos: self.on_header_menu(ROW, pos)
        )
        self.view.horizontalHeader().sectionDoubleClicked.connect(
            lambda section: self.start_rename(COLUMN, section)
        )
        self.view.verticalHeader().sectionDoubleClicked.connect(
            lambda section: self.start_rename(ROW, section)
        )

    # --- display ----------------------------------------------------------------------------

    def on_game_changed(self) -> None:
        game = self.document.game
        self.legend.setText(self._legend())
        for player, label in ((COLUMN, self.column_label), (ROW, self.row_label)):
            label.setText(game.players[player].name)
            label.setStyleSheet(f"color: {player_colour_hex(player)}; font-weight: bold;")
        self.row_label.update()
        if game.shape != self._shape:
            self._shape = game.shape
            self.set_point_size(self._base_size)

    def _legend(self) -> str:
        if self.document.tree is not None:
            return self.tr(
                "<b>This is the reduced strategic form of a game tree.</b> It follows from the "
                "tree and cannot be edited here: edit the tree in the Tree tab. "
                "<u><b>Bold underlined</b></u>: a best response · "
                "<span style='color:%1'>green frame</span>: a pure equilibrium"
            ).replace("%1", EQUILIBRIUM_FRAME.name())
        return self.tr(
            "<u><b>Bold underlined</b></u>: a best response · "
            "<span style='color:%1'>green frame</span>: a pure equilibrium · "
            "<span style='color:#9a9a9a'>grey</span>: strictly dominated (or eliminated) · "
            "double-click a cell or a name to edit it"
        ).replace("%1", EQUILIBRIUM_FRAME.name())

    def point_size(self) -> float:
        """The zoom the user chose (larger games are drawn a little smaller than this)."""
        return self._base_size

    def set_point_size(self, size: float) -> None:
        self._base_size = max(MIN_POINT_SIZE, min(MAX_POINT_SIZE, size))
        self.view.set_point_size(self._base_size * _size_factor(self._shape))
        font = QFont(self.font())
        font.setPointSizeF(self.view.font().pointSizeF() * 1.1)
        font.setBold(True)
        for label in (self.column_label, self.row_label):
            label.setFont(font)
        self.row_label.setMinimumWidth(int(label.fontMetrics().height() * 1.6))
        self.row_label.updateGeometry()

    def zoom(self, steps: int) -> None:
        self.scale(1.15**steps)

    def scale(self, factor: float) -> None:
        """Draw the matrix ``factor`` times as large (zoom, presenter mode)."""
        self.set_point_size(self.point_size() * factor)

    # --- editing the structure ----------------------------------------------------------------

    def apply(self, change: Callable[[Game], Game], description: str) -> bool:
        """Run one structural edit; a refused edit is reported, never raised."""
        problem = self.document.apply(change, description)
        if problem:
            self.message.emit(problem)
        return problem is None

    def add_strategy(self, player: int, position: int) -> None:
        self.apply(lambda g: edit.add_strategy(g, player, position), self.tr("Add strategy"))

    def remove_strategy(self, player: int, index: int) -> None:
        self.apply(lambda g: edit.remove_strategy(g, player, index), self.tr("Remove strategy"))

    def move_strategy(self, player: int, index: int, to: int) -> None:
        count = len(self.document.game.players[player].strategies)
        if 0 <= to < count and to != index:
            self.apply(lambda g: edit.move_strategy(g, player, index, to), self.tr("Move strategy"))

    def rename_strategy(self, player: int, index: int, name: str) -> bool:
        return self.apply(
            lambda g: edit.rename_strategy(g, player, index, name), self.tr("Rename strategy")
        )

    def rename_player(self, player: int, name: str) -> bool:
        return self.apply(lambda g: edit.rename_player(g, player, name), self.tr("Rename player"))

    def start_rename(self, player: int, section: int) -> QLineEdit:
        """An in-place editor over a strategy's header; Enter renames, Escape cancels."""
        header = self.view.horizontalHeader() if player == COLUMN else self.view.verticalHeader()
        editor = QLineEdit(header)
        editor.setObjectName("strategy_name_editor")
        editor.setText(self.document.game.players[player].strategies[section])
        editor.selectAll()
        if player == COLUMN:
            rect = QRect(
                header.sectionViewportPosition(section),
                0,
                header.sectionSize(section),
                header.height(),
            )
        else:
            rect = QRect(
                0,
                header.sectionViewportPosition(section),
                header.width(),
                header.sectionSize(section),
            )
        editor.setGeometry(rect)
        editor.returnPressed.connect(lambda: self._finish_rename(editor, player, section))
        editor.editingFinished.connect(editor.deleteLater)
        editor.show()
        editor.setFocus()
        return editor

    def _finish_rename(self, editor: QLineEdit, player: int, section: int) -> None:
        if editor.text().strip():
            self.rename_strategy(player, section, editor.text())
        editor.hide()

    def _finish_player_rename(self, editor: QLineEdit, player: int) -> None:
        self.rename_player(player, editor.text())
        editor.hide()

    def start_player_rename(self, player: int) -> QLineEdit:
        label = self.column_label if player == COLUMN else self.row_label
        editor = QLineEdit(self)
        editor.setObjectName("player_name_editor")
        editor.setText(self.document.game.players[player].name)
        editor.selectAll()
        geometry = label.geometry()
        if player == ROW:
            geometry = QRect(geometry.left(), geometry.center().y(), 260, 32)
        editor.setGeometry(geometry.left(), geometry.top(), max(geometry.width(), 260), 32)
        editor.returnPressed.connect(lambda: self._finish_player_rename(editor, player))
        editor.editingFinished.connect(editor.deleteLater)
        editor.show()
        editor.setFocus()
        return editor

    # --- context menus ----------------------------------------------------------------------

    def strategy_actions(self, player: int, index: int) -> list[QAction]:
        """The actions offered for one strategy (also used by the Edit menu)."""
        game = self.document.game
        name = game.players[player].strategies[index]
        before, after = (
            (self.tr("Insert strategy above"), self.tr("Insert strategy below"))
            if player == ROW
            else (self.tr("Insert strategy left"), self.tr("Insert strategy right"))
        )
        earlier, later = (
            (self.tr("Move up"), self.tr("Move down"))
            if player == ROW
            else (self.tr("Move left"), self.tr("Move right"))
        )
        specs: list[tuple[str, Callable[[], object]]] = [
            (self.tr("Rename '%1'…").replace("%1", name), lambda: self.start_rename(player, index)),
            (before, lambda: self.add_strategy(player, index)),
            (after, lambda: self.add_strategy(player, index + 1)),
            (earlier, lambda: self.move_strategy(player, index, index - 1)),
            (later, lambda: self.move_strategy(player, index, index + 1)),
            (
                self.tr("Remove '%1'").replace("%1", name),
                lambda: self.remove_strategy(player, index),
            ),
        ]
        actions = []
        for text, slot in specs:
            action = QAction(text, self)
            action.triggered.connect(slot)
            actions.append(action)
        return actions

    def on_header_menu(self, player: int, position: QPoint) -> None:
        header = self.view.horizontalHeader() if player == COLUMN else self.view.verticalHeader()
        section = header.logicalIndexAt(position)
        if section < 0:
            return
        menu = QMenu(self)
        menu.addActions(self.strategy_actions(player, section))
        menu.popup(header.mapToGlobal(position))

    def on_cell_menu(self, position: QPoint) -> None:
        index = self.view.indexAt(position)
        if not index.isValid():
            return
        menu = QMenu(self)
        game = self.document.game
        for player, section in ((ROW, index.row()), (COLUMN, index.column())):
            submenu = menu.addMenu(
                f"{game.players[player].name}: {game.players[player].strategies[section]}"
            )
            submenu.addActions(self.strategy_actions(player, section))
        menu.popup(self.view.viewport().mapToGlobal(position))
