"""The payoff table as a Qt item model: one cell per strategy pair, both payoffs in each."""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from enum import IntEnum
from typing import Any

import numpy as np
from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from explorer.app.document import CellKey, GameDocument, Key
from explorer.core.edit import rename_strategy
from explorer.core.families import StrategyRange, block_size, table_of
from explorer.core.game import COLUMN, ROW, Game, GameError
from explorer.core.report import Report
from explorer.core.text import format_number
from explorer.render.guard import guard_qt_calls
from explorer.render.style import player_colour

Index = QModelIndex | QPersistentModelIndex


def _family_strategies(game: Game) -> tuple[np.ndarray, np.ndarray]:
    """Per player, which strategies belong to a family."""
    table = table_of(game)
    rows, columns = (
        np.array(
            [isinstance(b, StrategyRange) for b in table.blocks[p] for _ in range(block_size(b))],
            dtype=bool,
        )
        for p in (ROW, COLUMN)
    )
    return rows, columns


def edit_pair(document: GameDocument, keys: list[Key], value: Any, description: str) -> None:
    """Type ``value``, ``(row payoff text, column payoff text)``, into the two payoffs
    ``keys``: what changed is one undo step."""
    texts = tuple(value) if isinstance(value, list | tuple) else (str(value),)
    changes = {k: t for k, t in zip(keys, texts[:2], strict=False) if t != document.cell_text(k)}
    stack = document.undo_stack
    if len(changes) > 1:
        stack.beginMacro(description)
    for key, text in changes.items():
        document.edit_cell(key, text)
    if len(changes) > 1:
        stack.endMacro()


def payoff_text(value: float | None) -> str:
    """A payoff as shown in a cell: short, and 'undefined' where a formula has no value."""
    if value is None:
        return ""
    return format_number(value) if math.isfinite(value) else "undefined"


class Role(IntEnum):
    """Data roles the delegate paints from; each takes the player as an offset (0 or 1)."""

    VALUE = Qt.ItemDataRole.UserRole + 1  # + player: the payoff as a float
    TEXT = Qt.ItemDataRole.UserRole + 3  # + player: the formula text
    ERROR = Qt.ItemDataRole.UserRole + 5  # + player: why the typed text is not a formula
    BEST = Qt.ItemDataRole.UserRole + 7  # + player: is this payoff a best response?
    EQUILIBRIUM = Qt.ItemDataRole.UserRole + 9  # the cell is a pure equilibrium
    DOMINATED = Qt.ItemDataRole.UserRole + 10  # its row or column strategy is greyed out
    SHOWN = Qt.ItemDataRole.UserRole + 11  # + player: text drawn instead of the value (a formula)


@dataclass
class Marks:
    """What the analysis says about cells: best responses, pure equilibria, greyed strategies."""

    row_best: np.ndarray | None = None
    column_best: np.ndarray | None = None
    greyed: tuple[set[int], set[int]] = field(default_factory=lambda: (set(), set()))

    def fits(self, shape: tuple[int, int]) -> bool:
        return self.row_best is not None and self.row_best.shape == shape


@guard_qt_calls
class ShapedTableModel(QAbstractTableModel):
    """A table of ``_shape`` rows and columns, redrawn whole when what it shows changes."""

    _shape: tuple[int, int] = (0, 0)

    def refresh_cells(self) -> None:
        m, n = self._shape
        if m and n:
            self.dataChanged.emit(self.index(0, 0), self.index(m - 1, n - 1))

    def refresh_headers(self) -> None:
        m, n = self._shape
        if n:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, n - 1)
        if m:
            self.headerDataChanged.emit(Qt.Orientation.Vertical, 0, m - 1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._shape[0]

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._shape[1]


@guard_qt_calls
class PayoffTableModel(ShapedTableModel):
    """Rows are the row player's strategies, columns the column player's."""

    def __init__(self, document: GameDocument, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.marks = Marks()
        self._shape = document.game.shape
        self._evaluate()
        document.gameChanged.connect(self.on_game_changed)
        document.valuesChanged.connect(self.on_values_changed)

    # --- keeping up with the document and the analysis ------------------------------------------

    def _evaluate(self) -> None:
        with np.errstate(all="ignore"):
            self._A, self._B = self.document.game.evaluate_grid(self.document.values)
        self._in_family = _family_strategies(self.document.game)

    def on_game_changed(self) -> None:
        shape = self.document.game.shape
        self._evaluate()
        if shape != self._shape:
            self.beginResetModel()
            self._shape = shape
            self.marks = Marks()
            self.endResetModel()
        else:
            self.refresh_cells()
            self.refresh_headers()

    def on_values_changed(self) -> None:
        self._evaluate()
        self.refresh_cells()

    def set_report(self, report: Report) -> None:
        """Show the best responses of a fresh analysis (greying comes from :meth:`set_greyed`)."""
        if report.A.shape != self._shape:
            return
        self.marks.row_best = report.best_responses.row
        self.marks.column_best = report.best_responses.column
        self.refresh_cells()

    def set_greyed(self, rows: set[int], columns: set[int]) -> None:
        """Grey out strategies (the dominated ones, or those eliminated so far by the stepper);
        the strategy names are struck through with them."""
        self.marks.greyed = (set(rows), set(columns))
        self.refresh_cells()
        self.refresh_headers()

    # --- the model interface ----------------------------------------------------------------

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        shown = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.document.tree is not None or self.from_family(index):
            return shown  # a tree's strategic form follows from the tree, a family's cells
        return shown | Qt.ItemFlag.ItemIsEditable  # from the family's formula

    def from_family(self, index: Index) -> bool:
        """True for a cell whose payoffs come from a family's formula (edited in the
        collapsed table, not cell by cell)."""
        rows, columns = self._in_family
        return bool(rows[index.row()] or columns[index.column()])

    def value(self, i: int, j: int, player: int) -> float:
        return float((self._A, self._B)[player][i, j])

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not self._in_range(index):
            return None
        i, j = index.row(), index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return " , ".join(self._shown(i, j, p) for p in (ROW, COLUMN))
        if role == Qt.ItemDataRole.EditRole:
            return tuple(self.document.cell_text((i, j, p)) for p in (ROW, COLUMN))
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(i, j)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self._tooltip(i, j)
        return self._mark(i, j, role)

    def _mark(self, i: int, j: int, role: int) -> Any:
        for player in (ROW, COLUMN):
            key: CellKey = (i, j, player)
            if role == Role.VALUE + player:
                return self.value(i, j, player)
            if role == Role.TEXT + player:
                return self.document.cell_text(key)
            if role == Role.ERROR + player:
                return self.document.cell_error(key)
            if role == Role.BEST + player:
                best = self.marks.row_best if player == ROW else self.marks.column_best
                return best is not None and self.marks.fits(self._shape) and bool(best[i, j])
        if role == Role.EQUILIBRIUM:
            return bool(self._mark(i, j, Role.BEST) and self._mark(i, j, Role.BEST + 1))
        if role == Role.DOMINATED:
            rows, columns = self.marks.greyed
            return i in rows or j in columns
        return None

    def _in_range(self, index: Index) -> bool:
        return 0 <= index.row() < self._shape[0] and 0 <= index.column() < self._shape[1]

    def _shown(self, i: int, j: int, player: int) -> str:
        return payoff_text(self.value(i, j, player))

    def _tooltip(self, i: int, j: int) -> str:
        game = self.document.game
        lines = []
        for player in (ROW, COLUMN):
            key = (i, j, player)
            label = game.cell_label(i, j, player)
            error = self.document.cell_error(key)
            text = self.document.cell_text(key)
            if error:
                lines.append(f"{label}: {text!r} is not valid: {error}")
            elif text != self._shown(i, j, player):
                lines.append(f"{label} = {text} = {self._shown(i, j, player)}")
            else:
                lines.append(f"{label} = {text}")
        return "\n".join(lines)

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        """Edit one cell; ``value`` is ``(row payoff text, column payoff text)``."""
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        keys: list[Key] = [(index.row(), index.column(), p) for p in (ROW, COLUMN)]
        edit_pair(self.document, keys, value, self.tr("Edit cell"))
        self.dataChanged.emit(index, index)
        return True

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        player = COLUMN if orientation == Qt.Orientation.Horizontal else ROW
        strategies = self.document.game.players[player].strategies
        if not 0 <= section < len(strategies):
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return strategies[section]
        if role == Qt.ItemDataRole.ForegroundRole:
            return player_colour(player)
        if role == Qt.ItemDataRole.FontRole and section in self.marks.greyed[player]:
            font = QFont()
            font.setBold(True)
            font.setStrikeOut(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            name = self.document.game.players[player].name
            return (
                self.tr("%1's strategy '%2' (double-click to rename)")
                .replace("%1", name)
                .replace("%2", strategies[section])
            )
        return None

    def setHeaderData(
        self,
        section: int,
        orientation: Qt.Orientation,
        value: Any,
        role: int = Qt.ItemDataRole.EditRole,
    ) -> bool:
        """Rename a strategy (one undo step); a clash with another name is refused."""
        player = COLUMN if orientation == Qt.Orientation.Horizontal else ROW
        game = self.document.game
        if role != Qt.ItemDataRole.EditRole or not str(value).strip():
            return False
        if str(value).strip() == game.players[player].strategies[section]:
            return True
        try:
            renamed = rename_strategy(game, player, section, str(value))
        except GameError:
            return False
        self.document.replace_game(renamed, self.tr("Rename strategy"))
        return True
