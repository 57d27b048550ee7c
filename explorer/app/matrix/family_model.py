"""A family game's payoff table collapsed: one row or column per block, formulas in the cells."""

from __future__ import annotations

import math
from typing import Any

from PySide6.QtCore import QObject, Qt

from explorer.app.document import FormulaKey, GameDocument, Key
from explorer.app.matrix.model import Index, Role, ShapedTableModel, edit_pair
from explorer.core.families import FamilyTable, StrategyRange, block_label, table_of
from explorer.core.formula import FormulaError
from explorer.core.game import COLUMN, ROW
from explorer.render.guard import guard_qt_calls
from explorer.render.style import player_colour


@guard_qt_calls
class FamilyTableModel(ShapedTableModel):
    """Rows are the row player's blocks (a family, or a single strategy), columns the
    column player's; a cell holds the block pair's two payoff formulas, written once for
    every strategy pair of the blocks. Cells of two single strategies show their values."""

    def __init__(self, document: GameDocument, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self._shape = self._block_shape()
        document.gameChanged.connect(self.on_game_changed)
        document.valuesChanged.connect(self.on_values_changed)

    @property
    def table(self) -> FamilyTable:
        return table_of(self.document.game)

    def _block_shape(self) -> tuple[int, int]:
        rows, columns = self.table.blocks
        return len(rows), len(columns)

    def on_game_changed(self) -> None:
        shape = self._block_shape()
        if shape != self._shape:
            self.beginResetModel()
            self._shape = shape
            self.endResetModel()
            return
        self.refresh_cells()
        self.refresh_headers()

    def on_values_changed(self) -> None:
        self.refresh_cells()

    # --- the model interface ----------------------------------------------------------------

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEditable

    def has_family(self, i: int, j: int) -> bool:
        """True if block pair (i, j) has a family on either side (its cell shows formulas)."""
        rows, columns = self.table.blocks
        return isinstance(rows[i], StrategyRange) or isinstance(columns[j], StrategyRange)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not self._in_range(index):
            return None
        i, j = index.row(), index.column()
        keys = (FormulaKey(i, j, ROW), FormulaKey(i, j, COLUMN))
        if role == Qt.ItemDataRole.DisplayRole:
            return " , ".join(self.document.cell_text(k) for k in keys)
        if role == Qt.ItemDataRole.EditRole:
            return tuple(self.document.cell_text(k) for k in keys)
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._tooltip(keys)
        for player, key in enumerate(keys):
            if role == Role.SHOWN + player:
                return self.document.cell_text(key) if self.has_family(i, j) else None
            if role == Role.VALUE + player:
                return self._value(key)
            if role == Role.TEXT + player:
                return self.document.cell_text(key)
            if role == Role.ERROR + player:
                return self.document.cell_error(key)
            if role == Role.BEST + player:
                return False
        if role in (Role.EQUILIBRIUM, Role.DOMINATED):
            return False
        return None

    def _in_range(self, index: Index) -> bool:
        return 0 <= index.row() < self._shape[0] and 0 <= index.column() < self._shape[1]

    def _value(self, key: FormulaKey) -> float | None:
        """The payoff of a pair of single strategies at the current values (NaN if undefined)."""
        if self.has_family(key.i, key.j):
            return None
        formula = self.table.formulas[key.i][key.j][key.player]
        try:
            return formula.value(self.document.values)
        except FormulaError:
            return math.nan

    def _tooltip(self, keys: tuple[FormulaKey, FormulaKey]) -> str:
        lines = []
        for key in keys:
            label = self.document.key_label(key)
            error = self.document.cell_error(key)
            text = self.document.cell_text(key)
            lines.append(
                f"{label}: {text!r} is not valid: {error}" if error else f"{label} = {text}"
            )
        return "\n".join(lines)

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        """Edit a block pair's formulas; ``value`` is ``(row formula, column formula)``."""
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        keys: list[Key] = [FormulaKey(index.row(), index.column(), p) for p in (ROW, COLUMN)]
        edit_pair(self.document, keys, value, self.tr("Edit formulas"))
        self.dataChanged.emit(index, index)
        return True

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        player = COLUMN if orientation == Qt.Orientation.Horizontal else ROW
        blocks = self.table.blocks[player]
        if not 0 <= section < len(blocks):
            return None
        block = blocks[section]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return block_label(block)
        if role == Qt.ItemDataRole.ForegroundRole:
            return player_colour(player)
        if role == Qt.ItemDataRole.ToolTipRole:
            name = self.document.game.players[player].name
            if isinstance(block, StrategyRange):
                return (
                    self.tr(
                        "A family of %1 strategies of %2, %3 to %4: double-click to change "
                        "its range, right-click for more"
                    )
                    .replace("%1", str(block.count))
                    .replace("%2", name)
                    .replace("%3", block.names[0])
                    .replace("%4", block.names[-1])
                )
            return (
                self.tr("%1's strategy '%2' (double-click to rename)")
                .replace("%1", name)
                .replace("%2", block)
            )
        return None
