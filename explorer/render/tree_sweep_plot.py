"""A tree's subgame-perfect outcome over one or two levers, drawn on the sweep plot.

Over one lever: each player's subgame-perfect payoff, one line per path of play (the
player's colour, a line style per path), ranges with several equilibria shaded. Over two:
the regime map, one colour per combination of paths. Hovering names the equilibria at the
point; a click gives its parameter values, as for a strategic game's sweep.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import Any

import numpy as np
from PySide6.QtCore import QPointF, QRectF
from PySide6.QtWidgets import QWidget

from explorer.core.tree.sweep import TreeSweepResult
from explorer.render.export import save_plot
from explorer.render.guard import guard_qt_calls
from explorer.render.style import LINE_STYLES, player_colour_hex
from explorer.render.sweep_plot import SweepPlot


@guard_qt_calls
class TreeSweepPlot(SweepPlot):
    """The sweep plot, also for a tree's subgame-perfect outcome (:attr:`tree_result`)."""

    def __init__(
        self, parent: QWidget | None = None, parameter_label: Callable[[str], str] = str
    ) -> None:
        super().__init__(parent, parameter_label)
        self.tree_result: TreeSweepResult | None = None

    def show_tree(self, result: TreeSweepResult) -> None:
        """Lines over one lever, or the regime map over two."""
        self.clear_plot(result.x.name)
        self.tree_result = result
        if result.y is None:
            self._tree_lines(result)
        else:
            self._tree_map(result)

    def _tree_lines(self, result: TreeSweepResult) -> None:
        players = result.tree.players
        series = []
        for player in (0, 1):
            for k, (path, values) in enumerate(result.payoff_branches(player).items()):
                name = f"{players[player]}: {path}"
                series.append((name, player_colour_hex(player), k % len(LINE_STYLES), values))
        several = np.array([len(set(p.branches)) > 1 for p in result.points])
        self.show_series(
            result.x.values(),
            series,
            self.tr("Subgame-perfect payoff"),
            several=several,
        )
        self.view.setTitle(self.tr("Subgame-perfect outcome"))

    def _tree_map(self, result: TreeSweepResult) -> None:
        x, y = result.x, result.y
        assert y is not None
        dx = (x.stop - x.start) / (x.count - 1)
        dy = (y.stop - y.start) / (y.count - 1)
        rect = QRectF(
            x.start - dx / 2, y.start - dy / 2, x.stop - x.start + dx, y.stop - y.start + dy
        )
        self.set_axis_label("left", y.name)
        self.show_categories(
            result.regime_index().reshape(result.shape),
            result.regimes,
            rect,
            self.tr("Subgame-perfect path of play"),
        )
        self.show_area(rect)

    def clear_plot(self, x_label: str) -> None:
        self.tree_result = None
        super().clear_plot(x_label)

    # --- hover and click -----------------------------------------------------------------------

    def _tree_point(self, scene_position: QPointF) -> int | None:
        result = self.tree_result
        view_box = self.view.plotItem.vb
        if result is None or not view_box.sceneBoundingRect().contains(scene_position):
            return None
        where = view_box.mapSceneToView(scene_position)
        return result.nearest(where.x(), where.y())

    def on_mouse_moved(self, position: QPointF) -> None:
        if self.tree_result is None:
            super().on_mouse_moved(position)
            return
        point = self._tree_point(position)
        if point is not None:
            text = self.tree_result.summary_at(point)
            self.view.setToolTip(text)
            self.pointHovered.emit(text)

    def on_mouse_clicked(self, event: Any) -> None:
        """``event`` is pyqtgraph's MouseClickEvent (which has no type information)."""
        if self.tree_result is None:
            super().on_mouse_clicked(event)
            return
        point = self._tree_point(event.scenePos())
        if point is not None:
            self.pointClicked.emit(dict(self.tree_result.points[point].parameters))


def render_tree_sweep(
    result: TreeSweepResult, path: str | os.PathLike[str], size: tuple[int, int] = (1100, 720)
) -> None:
    """Draw a tree sweep off-screen and save it as PNG (or SVG when ``path`` ends in .svg).

    Raises
    ------
    OSError
        If the picture cannot be written (an older file at ``path`` is kept).
    """
    plot = TreeSweepPlot()
    plot.resize(*size)
    plot.show_tree(result)
    save_plot(plot, path)
