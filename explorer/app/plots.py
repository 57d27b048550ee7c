"""Plots drawn with pyqtgraph (imported only once a plot is needed: it loads slowly)."""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from explorer.app.style import EQUILIBRIUM_FRAME, player_colour, player_colour_hex
from explorer.core.diagram import best_response_paths
from explorer.core.game import COLUMN, ROW
from explorer.core.report import Report


class BestResponseDiagram(pg.PlotWidget):
    """The p–q square of a 2×2 game: both best-response correspondences and the equilibria."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, background="w")
        self.setMinimumHeight(200)
        self.setXRange(0, 1, padding=0.08)
        self.setYRange(0, 1, padding=0.08)
        self.setMouseEnabled(False, False)
        self.hideButtons()
        self.showGrid(x=True, y=True, alpha=0.2)

    def show_report(self, report: Report) -> None:
        self.clear()
        game = report.game
        row, column = game.players
        self.setLabel(
            "bottom",
            f"q = P({column.strategies[0]})",
            color=player_colour_hex(COLUMN),
        )
        self.setLabel("left", f"p = P({row.strategies[0]})", color=player_colour_hex(ROW))
        paths = best_response_paths(report.A, report.B)
        for player, path in enumerate(paths):
            colour = player_colour(player)
            if path.indifferent:
                square = pg.QtWidgets.QGraphicsRectItem(0, 0, 1, 1)
                fill = pg.mkColor(colour)
                fill.setAlpha(40)
                square.setBrush(pg.mkBrush(fill))
                square.setPen(pg.mkPen(None))
                self.addItem(square)
                continue
            style = Qt.PenStyle.SolidLine if player == ROW else Qt.PenStyle.DashLine
            self.plot(list(path.q), list(path.p), pen=pg.mkPen(colour, width=4, style=style))
        points = [(eq.column[0], eq.row[0]) for eq in report.solution.equilibria]
        if points:
            self.plot(
                [q for q, _ in points],
                [p for _, p in points],
                pen=None,
                symbol="o",
                symbolSize=13,
                symbolBrush=pg.mkBrush(EQUILIBRIUM_FRAME),
                symbolPen=pg.mkPen("w", width=2),
            )

    def legend_html(self, report: Report) -> str:
        """A legend under the square (inside it, it would cover the lines)."""
        parts = []
        for player, (path, mark) in enumerate(
            zip(best_response_paths(report.A, report.B), ("━━", "╍╍"), strict=True)
        ):
            name = report.game.players[player].name
            note = self.tr(" (indifferent: whole square)") if path.indifferent else ""
            parts.append(
                f"<span style='color:{player_colour_hex(player)}'>{mark} "
                f"{self.tr('%1 best response').replace('%1', name)}{note}</span>"
            )
        parts.append(
            f"<span style='color:{EQUILIBRIUM_FRAME.name()}'>● {self.tr('equilibria')}</span>"
        )
        return " &nbsp; ".join(parts)
