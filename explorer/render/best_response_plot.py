"""Best-response curves of a family game: each player's best value against the other's.

The row player's best reply to each of the column player's values is drawn as a step curve
in the row player's colour, the column player's in its own, on one plot: the column
player's variable across, the row player's up (as on the p–q square of a 2×2 game). Where
several values tie, each is marked. The pure equilibria, where the curves cross, are green.
"""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

import numpy as np
import numpy.typing as npt
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from explorer.core.families import BestResponseCurve, BestResponseCurves
from explorer.core.game import COLUMN, ROW, Game
from explorer.render.style import (
    EQUILIBRIUM_FRAME,
    line_width,
    player_colour,
    player_colour_hex,
)

FloatArray = npt.NDArray[np.float64]


def step_path(against: Sequence[float], levels: Sequence[float]) -> tuple[FloatArray, FloatArray]:
    """A step curve through ``(against[k], levels[k])``: each level held from halfway to the
    previous point to halfway to the next, with upright joins between (points sorted first)."""
    order = np.argsort(against)
    x, y = np.asarray(against, dtype=float)[order], np.asarray(levels, dtype=float)[order]
    middles = (x[1:] + x[:-1]) / 2
    xs = np.concatenate([[x[0]], np.repeat(middles, 2), [x[-1]]])
    ys = np.repeat(y, 2)
    return xs, ys


def curve_points(curve: BestResponseCurve) -> tuple[FloatArray, FloatArray]:
    """Every (other value, best value) pair of a curve, ties included."""
    pairs = [(a, b) for a, best in zip(curve.against, curve.best, strict=True) for b in best]
    other, own = (np.array(v, dtype=float) for v in zip(*pairs, strict=True))
    return other, own


#: The curves' least width in pixels: room for a price axis and its labels, no more, so that
#: the equilibria panel fits a 1280 × 800 projector beside the library.
CURVES_WIDTH = 250


class BestResponsePlot(pg.PlotWidget):  # type: ignore[misc]  # pyqtgraph is untyped
    """Both players' best-response curves and the pure equilibria where they cross."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, background="w")
        self.setObjectName("best_response_curves")
        self.setMinimumHeight(140)
        self.setMinimumWidth(CURVES_WIDTH)
        self.hideButtons()
        self.showGrid(x=True, y=True, alpha=0.2)
        for side in ("left", "bottom"):
            self.getAxis(side).enableAutoSIPrefix(False)

    def show_curves(self, curves: BestResponseCurves) -> None:
        """Draw ``curves``: x is the column player's value, y the row player's."""
        self.clear()
        for player, curve in ((ROW, curves.row), (COLUMN, curves.column)):
            colour = player_colour(player)
            style = Qt.PenStyle.SolidLine if player == ROW else Qt.PenStyle.DashLine
            other, own = curve_points(curve)
            lowest = [best[0] for best in curve.best]
            xs, ys = step_path(curve.against, lowest)
            if player == COLUMN:  # the column player's reply runs across, against y
                xs, ys, other, own = ys, xs, own, other
            self.plot(xs, ys, pen=pg.mkPen(colour, width=line_width(3), style=style))
            self.plot(
                other,
                own,
                pen=None,
                symbol="o" if player == ROW else "s",
                symbolSize=6,
                symbolPen=None,
                symbolBrush=pg.mkBrush(colour),
            )
        if curves.crossings:
            rows, columns = zip(*curves.crossings, strict=True)
            self.plot(
                list(columns),
                list(rows),
                pen=None,
                symbol="o",
                symbolSize=16,
                symbolBrush=pg.mkBrush(EQUILIBRIUM_FRAME),
                symbolPen=pg.mkPen("w", width=line_width(2)),
            )
        # The axes carry the variables only, in the players' colours (the legend names the
        # players): a short label is never cut off on a small plot.
        self.setLabel("bottom", curves.column.variable, color=player_colour_hex(COLUMN))
        self.setLabel("left", curves.row.variable, color=player_colour_hex(ROW))
        span = (curves.row.against, curves.column.against)
        self.setXRange(min(span[0]), max(span[0]), padding=0.06)
        self.setYRange(min(span[1]), max(span[1]), padding=0.06)

    def legend_html(self, curves: BestResponseCurves, game: Game, mixed: int) -> str:
        """A legend under the plot: whose curve is which, and what the green points are."""
        parts = []
        for player, (curve, mark) in enumerate(
            zip((curves.row, curves.column), ("━━ ●", "╍╍ ■"), strict=True)
        ):
            name = escape(game.players[player].name)
            label = (
                self.tr("%1's best %2 against each %3")
                .replace("%1", name)
                .replace("%2", escape(curve.variable))
                .replace("%3", escape(curve.other_variable))
            )
            parts.append(f"<span style='color:{player_colour_hex(player)}'>{mark} {label}</span>")
        crossing = self.tr("where they cross: pure equilibria")
        parts.append(f"<span style='color:{EQUILIBRIUM_FRAME.name()}'>● {crossing}</span>")
        if mixed:
            parts[-1] += " · " + self.tr("%1 mixed equilibria are not drawn").replace(
                "%1", str(mixed)
            )
        return "<br>".join(parts)


__all__ = ["BestResponsePlot", "curve_points", "step_path"]
