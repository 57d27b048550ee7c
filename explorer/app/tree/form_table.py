"""The tree's reduced strategic form beside the tree: payoffs at the values shown, the pure
Nash equilibria shaded, the chosen subgame-perfect equilibrium's cell framed in bold."""

from __future__ import annotations

import numpy as np
from PySide6.QtGui import QBrush, QFont
from PySide6.QtWidgets import QAbstractItemView, QTableWidget, QTableWidgetItem, QWidget

from explorer.core.analysis import best_response_masks
from explorer.core.game import Game
from explorer.core.text import format_number
from explorer.render.style import EQUILIBRIUM_BACKGROUND, player_colour


class StrategicFormTable(QTableWidget):
    """Read-only: the form follows from the tree (edit the tree, not the table)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setWordWrap(False)
        self.cell: tuple[int, int] | None = None

    def show_game(self, game: Game, values: dict[str, float], cell: tuple[int, int] | None) -> None:
        """The payoffs of ``game`` at ``values``; an undefined payoff leaves the table empty."""
        self.cell = cell
        m, n = game.shape
        self.clear()
        self.setRowCount(m)
        self.setColumnCount(n)
        self.setVerticalHeaderLabels(list(game.players[0].strategies))
        self.setHorizontalHeaderLabels(list(game.players[1].strategies))
        for player, header in ((0, self.verticalHeader()), (1, self.horizontalHeader())):
            for k in range(game.shape[player]):
                item = self.verticalHeaderItem(k) if player == 0 else self.horizontalHeaderItem(k)
                if item is not None:
                    item.setForeground(QBrush(player_colour(player)))
            header.setVisible(True)
        with np.errstate(all="ignore"):
            A, B = game.evaluate_grid(values)
        if not (np.isfinite(A).all() and np.isfinite(B).all()):
            return
        nash = best_response_masks(A, B).both
        bold = QFont(self.font())
        bold.setBold(True)
        for i in range(m):
            for j in range(n):
                item = QTableWidgetItem(f"{format_number(A[i, j])}, {format_number(B[i, j])}")
                if nash[i, j]:
                    item.setBackground(QBrush(EQUILIBRIUM_BACKGROUND))
                if (i, j) == cell:
                    item.setFont(bold)
                    item.setText(f"▶ {item.text()}")
                self.setItem(i, j, item)
        self.resizeColumnsToContents()
        self.resizeRowsToContents()
