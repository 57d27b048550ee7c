"""The app's own plots: the p–q square of a 2×2 game, and saving any plot where the user says.

Imported only once a plot is needed: pyqtgraph loads slowly.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFileDialog, QWidget

from explorer.app import dialogs
from explorer.app.writing import export_file
from explorer.core.diagram import best_response_paths
from explorer.core.game import COLUMN, ROW, Game
from explorer.core.report import Report
from explorer.core.solve import Equilibrium
from explorer.render.export import save_plot
from explorer.render.style import (
    EQUILIBRIUM_FRAME,
    SMALL_PLOT_WIDTH,
    line_width,
    player_colour,
    player_colour_hex,
)


def plot_equilibria_on_square(plot: pg.PlotWidget, equilibria: Sequence[Equilibrium]) -> None:
    """Equilibria as green points on the p–q square (q across, p up) of a 2×2 game."""
    if not equilibria:
        return
    plot.plot(
        [eq.column[0] for eq in equilibria],
        [eq.row[0] for eq in equilibria],
        pen=None,
        symbol="o",
        symbolSize=14,
        symbolBrush=pg.mkBrush(EQUILIBRIUM_FRAME),
        symbolPen=pg.mkPen("w", width=line_width(2)),
    )


def label_square(plot: pg.PlotWidget, game: Game) -> None:
    """Name the p–q square's axes: q across for the column player, p up for the row player."""
    row, column = game.players
    plot.setLabel("bottom", f"q = P({column.strategies[0]})", color=player_colour_hex(COLUMN))
    plot.setLabel("left", f"p = P({row.strategies[0]})", color=player_colour_hex(ROW))


class BestResponseDiagram(pg.PlotWidget):  # type: ignore[misc]  # pyqtgraph is untyped
    """The p–q square of a 2×2 game: both best-response correspondences and the equilibria."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, background="w")
        self.setMinimumHeight(140)  # shrinks before it covers its legend
        self.setMinimumWidth(SMALL_PLOT_WIDTH)
        self.setXRange(0, 1, padding=0.08)
        self.setYRange(0, 1, padding=0.08)
        self.setMouseEnabled(False, False)
        self.hideButtons()
        self.showGrid(x=True, y=True, alpha=0.2)

    def show_report(self, report: Report) -> None:
        self.clear()
        label_square(self, report.game)
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
            self.plot(
                list(path.q), list(path.p), pen=pg.mkPen(colour, width=line_width(4), style=style)
            )
        plot_equilibria_on_square(self, report.solution.equilibria)

    def legend_html(self, report: Report) -> str:
        """A legend under the square (inside it, it would cover the lines)."""
        parts = []
        for player, (path, mark) in enumerate(
            zip(best_response_paths(report.A, report.B), ("━━", "╍╍"), strict=True)
        ):
            name = report.game.players[player].name
            note = self.tr(" (indifferent: whole square)") if path.indifferent else ""
            label = self.tr("%1 best response").replace("%1", name)
            parts.append(
                f"<span style='color:{player_colour_hex(player)}'>{mark}&nbsp;{label}{note}</span>"
            )
        equilibria = self.tr("equilibria")
        # The dot stays with its word (a non-breaking space), on a line of its own.
        parts.append(f"<span style='color:{EQUILIBRIUM_FRAME.name()}'>●&nbsp;{equilibria}</span>")
        return "<br>".join(parts)  # one line per player: a wrapped label can lose its first line


translate = QCoreApplication.translate


def save_plot_as(widget: QWidget, parent: QWidget, name: str) -> Path | None:
    """Ask where to save a plot (PNG or SVG by the chosen ending) and save it there.

    Returns the file written, or None if the user cancelled or the write failed (a failure
    is shown in one sentence).
    """
    suggested = str(Path.home() / f"{name}.png")
    chosen, _ = QFileDialog.getSaveFileName(
        parent,
        translate("SavePlot", "Save plot"),
        suggested,
        translate("SavePlot", "PNG image (*.png);;SVG drawing (*.svg)"),
    )
    if not chosen:
        return None
    path = Path(chosen if chosen.lower().endswith((".png", ".svg")) else chosen + ".png")
    written = export_file(path, lambda: save_plot(widget, path))
    if not written.ok:
        dialogs.show_error(parent, translate("SavePlot", "Save plot"), written.message)
        return None
    return path
