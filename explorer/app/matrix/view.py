"""The payoff matrix editor: table, player labels, strategy menus, families, paste and zoom."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, QPoint, QRect, Qt, Signal
from PySide6.QtGui import QAction, QFont
from PySide6.QtWidgets import QGridLayout, QLabel, QLineEdit, QMenu, QWidget

from explorer.app.document import GameDocument
from explorer.app.matrix.family_actions import FamilyActions
from explorer.app.matrix.family_bar import FamilyBar
from explorer.app.matrix.family_model import FamilyTableModel
from explorer.app.matrix.labels import PlayerLabel, VerticalLabel
from explorer.app.matrix.model import PayoffTableModel
from explorer.app.matrix.table_view import MAX_POINT_SIZE, MIN_POINT_SIZE, PayoffTableView
from explorer.core import edit
from explorer.core.families import StrategyRange, table_of
from explorer.core.game import COLUMN, ROW, Game
from explorer.render.guard import guard_qt_calls
from explorer.render.style import EQUILIBRIUM_FRAME, player_colour_hex

DEFAULT_POINT_SIZE = 15
#: A row of a collapsed family table is this many lines of text high (two formulas).
COLLAPSED_ROW_LINES = 6


def _size_factor(shape: tuple[int, int]) -> float:
    """Large games are drawn smaller so that a 6×6 matrix still fits without scrolling."""
    largest = max(shape)
    if largest <= 4:
        return 1.0
    if largest <= 6:
        return 0.8
    return 0.65 if largest <= 10 else 0.5


@guard_qt_calls
class MatrixEditor(QWidget):
    """The payoff table with the players' names around it and the editing actions."""

    message = Signal(str)
    #: The table shows another number of rows or columns (another game, a family expanded).
    shapeChanged = Signal()

    def __init__(self, document: GameDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.model = PayoffTableModel(document, self)
        self.family_model = FamilyTableModel(document, self)
        self.families = FamilyActions(self, lambda: self.document.game, self.apply)
        self.family_bar = FamilyBar(document, self)
        self.view = PayoffTableView(self)
        self.view.setModel(self.model)
        self.column_label = PlayerLabel(self)
        self.column_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.row_label = VerticalLabel(self)
        for player, label in ((COLUMN, self.column_label), (ROW, self.row_label)):
            label.set_tip(self.tr("Double-click to rename the player"))
            label.doubleClicked.connect(lambda p=player: self.start_player_rename(p))
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.family_bar, 0, 1)
        layout.addWidget(self.column_label, 1, 1)
        layout.addWidget(self.row_label, 2, 0)
        layout.addWidget(self.view, 2, 1, Qt.AlignmentFlag.AlignTop)  # under its player's name
        self.legend = QLabel(self)
        self.legend.setObjectName("matrix_legend")
        self.legend.setWordWrap(True)
        layout.addWidget(self.legend, 3, 1)
        layout.setRowStretch(4, 1)
        self._shape = document.game.shape
        self._base_size = float(DEFAULT_POINT_SIZE)
        self._connect_signals()
        self.set_point_size(DEFAULT_POINT_SIZE)
        self.on_game_changed()

    def _connect_signals(self) -> None:
        self.document.gameChanged.connect(self.on_game_changed)
        self.family_bar.expandedChanged.connect(self.on_game_changed)
        self.view.message.connect(self.message)
        self.view.customContextMenuRequested.connect(self.on_cell_menu)
        self.view.horizontalHeader().customContextMenuRequested.connect(
            lambda pos: self.on_header_menu(COLUMN, pos)
        )
        self.view.verticalHeader().customContextMenuRequested.connect(
            lambda pos: self.on_header_menu(ROW, pos)
        )
        self.view.horizontalHeader().sectionDoubleClicked.connect(
            lambda section: self.on_header_double_clicked(COLUMN, section)
        )
        self.view.verticalHeader().sectionDoubleClicked.connect(
            lambda section: self.on_header_double_clicked(ROW, section)
        )
        self.view.doubleClicked.connect(self.on_cell_double_clicked)

    # --- display ----------------------------------------------------------------------------

    def on_game_changed(self) -> None:
        game = self.document.game
        for player, label in ((COLUMN, self.column_label), (ROW, self.row_label)):
            label.setText(game.players[player].name)
            label.setStyleSheet(f"color: {player_colour_hex(player)}; font-weight: bold;")
        self.row_label.update()
        collapsed = self.family_bar.collapsed()
        wanted = self.family_model if collapsed else self.model
        switched = self.view.model() is not wanted
        if switched:
            self.view.setModel(wanted)
        self.legend.setText(self.family_bar.legend_html() if collapsed else self._legend())
        rows, columns = table_of(game).blocks
        shape = (len(rows), len(columns)) if collapsed else game.shape
        if shape != self._shape or switched:
            self._shape = shape
            self.set_point_size(self._base_size)
            self.shapeChanged.emit()
        else:
            self.fit_rows()  # a single strategy may have become a family, or back

    @property
    def collapsed(self) -> bool:
        """True while the table shows one row or column per block of a family game."""
        return self.view.model() is self.family_model

    def block_at(self, player: int, section: int) -> int:
        """The block a row or column of the table shows (a strategy's block when expanded)."""
        return (
            section if self.collapsed else table_of(self.document.game).block_at(player, section)[0]
        )

    def strategy_at(self, player: int, section: int) -> int:
        """The first strategy a row or column of the table shows."""
        if not self.collapsed:
            return section
        return table_of(self.document.game).offsets(player)[section]

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
        self.fit_rows()
        font = QFont(self.font())
        font.setPointSizeF(self.view.font().pointSizeF() * 1.1)
        font.setBold(True)
        for label in (self.column_label, self.row_label):
            label.setFont(font)
        self.row_label.setMinimumWidth(int(label.fontMetrics().height() * 1.6))
        self.row_label.updateGeometry()

    def fit_rows(self) -> None:
        """In the collapsed table, room for formulas over several lines in the rows that show
        a family's formulas; a row of single strategies keeps one line's height."""
        if self.view.model() is not self.family_model:
            return
        header = self.view.verticalHeader()
        tall = int(self.view.fontMetrics().height() * COLLAPSED_ROW_LINES)
        model = self.family_model
        for row in range(model.rowCount()):
            formulas = any(model.has_family(row, j) for j in range(model.columnCount()))
            header.resizeSection(row, tall if formulas else header.defaultSectionSize())

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

    def on_header_double_clicked(self, player: int, section: int) -> None:
        """Rename a single strategy; change a family's range."""
        block = self.block_at(player, section)
        if isinstance(table_of(self.document.game).blocks[player][block], StrategyRange):
            self.families.change_range(player, block)
        else:
            self.start_rename(player, section)

    def on_cell_double_clicked(self, index: QModelIndex) -> None:
        """A payoff that comes from a family's formula is edited in the collapsed table."""
        if not self.collapsed and self.model.from_family(index):
            self.message.emit(
                self.tr(
                    "This payoff comes from a family's formula: untick 'Show every strategy' "
                    "to edit the formula, or write the family out as single strategies."
                )
            )

    def start_rename(self, player: int, section: int) -> QLineEdit:
        """An in-place editor over a strategy's header; Enter renames, Escape cancels."""
        header = self.view.horizontalHeader() if player == COLUMN else self.view.verticalHeader()
        editor = QLineEdit(header)
        editor.setObjectName("strategy_name_editor")
        editor.setText(
            self.document.game.players[player].strategies[self.strategy_at(player, section)]
        )
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
            self.rename_strategy(player, self.strategy_at(player, section), editor.text())
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

    def section_actions(self, player: int, section: int) -> list[QAction]:
        """The actions offered for a row or column of the table: a family's in the collapsed
        table, a strategy's otherwise."""
        if self.collapsed:
            block = section
            if isinstance(table_of(self.document.game).blocks[player][block], StrategyRange):
                return self.families.actions(player, block)
        return self.strategy_actions(player, self.strategy_at(player, section))

    def strategy_actions(self, player: int, index: int) -> list[QAction]:
        """The actions offered for one strategy (also used by the Edit menu); a strategy of a
        family gets its family's."""
        game = self.document.game
        block = table_of(game).block_at(player, index)[0]
        if isinstance(table_of(game).blocks[player][block], StrategyRange):
            return self.families.actions(player, block)
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
        return actions + self.families.actions(player, block)

    def on_header_menu(self, player: int, position: QPoint) -> None:
        header = self.view.horizontalHeader() if player == COLUMN else self.view.verticalHeader()
        section = header.logicalIndexAt(position)
        if section < 0:
            return
        menu = QMenu(self)
        menu.addActions(self.section_actions(player, section))
        menu.popup(header.mapToGlobal(position))

    def on_cell_menu(self, position: QPoint) -> None:
        index = self.view.indexAt(position)
        if not index.isValid():
            return
        menu = QMenu(self)
        game = self.document.game
        for player, section in ((ROW, index.row()), (COLUMN, index.column())):
            shown = index.model().headerData(
                section, Qt.Orientation.Vertical if player == ROW else Qt.Orientation.Horizontal
            )
            submenu = menu.addMenu(f"{game.players[player].name}: {shown}")
            submenu.addActions(self.section_actions(player, section))
        menu.popup(self.view.viewport().mapToGlobal(position))
