"""The sweep plot: lines over one parameter, or a regime map or heatmap over two, with a legend.

It needs Qt and pyqtgraph but not the app, so that ``explorer sweep --plot`` can draw the
same picture the Sweep tab shows without building the window.

It stays one module (over 400 lines) because lines, regime map and heatmap share the legend,
the hover read-out and the click that sets the sliders.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from html import escape
from typing import Any

import numpy as np
import numpy.typing as npt
import pyqtgraph as pg
from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from explorer.core.game import COLUMN, ROW
from explorer.core.sweep import Axis, Outcome, Selection, SweepResult, undefined_label
from explorer.render.export import save_plot
from explorer.render.guard import guard_qt_calls
from explorer.render.style import (
    LINE_SAMPLES,
    LINE_STYLES,
    REGIME_COLOURS,
    UNDEFINED_COLOUR,
    line_width,
    player_colour_hex,
    style_plot_texts,
)

FloatArray = npt.NDArray[np.float64]

#: The mark of the current parameter values, and how the legend names it.
POSITION_COLOUR = "#111111"
POSITION_SAMPLE, POSITION_LINE_SAMPLE = "<b>○</b>", "<b>┆</b>"


def regime_colour(index: int, label: str) -> str:
    return (
        UNDEFINED_COLOUR
        if label == undefined_label()
        else REGIME_COLOURS[index % len(REGIME_COLOURS)]
    )


@guard_qt_calls
class SweepPlot(QWidget):
    """A 1-D sweep as lines over the parameter, or a 2-D sweep as a regime map or heatmap,
    with its legend beside it (inside the plot it would cover the data).

    Hovering shows the equilibria at the point under the mouse; a click emits the point's
    parameter values (the main window moves its sliders there).
    """

    pointHovered = Signal(str)
    pointClicked = Signal(dict)

    def __init__(
        self, parent: QWidget | None = None, parameter_label: Callable[[str], str] = str
    ) -> None:
        super().__init__(parent)
        self.result: SweepResult | None = None
        self.parameter_label = parameter_label  # a parameter's name as the axis shows it
        self.colour_bar: pg.ColorBarItem | None = None
        self.area: QRectF | None = None  # what is plotted, in parameter units
        self.position: Any = None  # the mark of the current parameter values
        self.view = pg.PlotWidget(self, background="w")
        self.view.showGrid(x=True, y=True, alpha=0.15)
        for side in ("left", "bottom"):
            axis = self.view.getAxis(side)
            axis.enableAutoSIPrefix(False)
            axis.setTextPen("#333333")
        style_plot_texts(self.view)
        self.legend = QLabel(self)
        self.legend.setObjectName("sweep_legend")
        self.legend.setWordWrap(True)
        self.legend.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        self.legend.setFixedWidth(300)
        self.legend.setMargin(8)
        self.legend.setAutoFillBackground(True)
        palette = self.legend.palette()
        palette.setColor(QPalette.ColorRole.Window, QColor("white"))
        self.legend.setPalette(palette)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.legend)
        self.view.scene().sigMouseMoved.connect(self.on_mouse_moved)
        self.view.scene().sigMouseClicked.connect(self.on_mouse_clicked)

    def _reset(self, result: SweepResult) -> None:
        self.clear_plot(self.parameter_label(result.x.name))
        self.result = result

    def clear_plot(self, x_label: str) -> None:
        """An empty plot with its x axis named (hover and click need a sweep result)."""
        self.result = None
        self.area = None
        self.position = None
        self.view.clear()
        if self.colour_bar is not None:
            self.view.plotItem.layout.removeItem(self.colour_bar)
            if self.colour_bar.scene() is not None:
                self.colour_bar.scene().removeItem(self.colour_bar)
            self.colour_bar = None
        self.set_axis_label("bottom", x_label)
        self.view.setTitle("")

    def set_axis_label(self, side: str, text: str) -> None:
        """Name the axis on ``side`` ("left" or "bottom")."""
        self.view.setLabel(side, text, color="#222222")

    def add_curve(self, xs: FloatArray, ys: FloatArray, colour: str, width: float = 2) -> None:
        """A line over what is shown (say, a threshold over a map), in parameter units."""
        self.view.plot(xs, ys, pen=pg.mkPen(colour, width=line_width(width)))

    def show_area(self, area: QRectF) -> None:
        """Show exactly ``area`` (in parameter units), no padding."""
        self.area = area
        self.view.setXRange(area.left(), area.right(), padding=0)
        self.view.setYRange(area.top(), area.bottom(), padding=0)

    def show_line(self, result: SweepResult, outcome: Outcome) -> None:
        """Lines over x: each equilibrium branch connected where it continues; ranges with
        several equilibria shaded."""
        self._reset(result)
        self.show_series(
            result.x.values(),
            self._line_series(result, outcome),
            outcome.label(result.game),
            several=result.count > 1,
        )

    def show_series(
        self,
        xs: FloatArray,
        series: list[tuple[str, str, int, FloatArray]],
        y_label: str,
        several: npt.NDArray[np.bool_] | None = None,
    ) -> None:
        """Named lines (name, colour, style index, values) over ``xs``, legend beside them;
        where ``several`` is True the range is shaded as having several equilibria."""
        self.set_axis_label("left", y_label)
        entries = []
        if several is not None and self._shade_multiple(xs, several):
            entries.append(
                "<span style='background:#dcdcdc'>&nbsp;&nbsp;&nbsp;&nbsp;</span>&nbsp;"
                + self.tr("several equilibria")
            )
        # Dots mark the grid only when it is coarse enough for them to be seen apart.
        coarse = len(xs) <= 41
        for name, colour, style, values in series:
            dots = {"symbol": "o", "symbolSize": 5, "symbolPen": None, "symbolBrush": colour}
            self.view.plot(
                xs,
                values,
                pen=pg.mkPen(colour, width=line_width(3), style=LINE_STYLES[style]),
                connect="finite",
                **(dots if coarse else {}),
            )
            sample = f"<b>{LINE_SAMPLES[style]}</b>"
            entries.append(f"<span style='color:{colour}'>{sample}&nbsp;{escape(name)}</span>")
        self.legend.setText("<br>".join([*entries, self._position_entry(line=True)]))
        self.view.setXRange(float(xs[0]), float(xs[-1]), padding=0.02)
        self.area = QRectF(float(xs[0]), 0.0, float(xs[-1] - xs[0]), 0.0)

    def _line_series(
        self, result: SweepResult, outcome: Outcome
    ) -> list[tuple[str, str, int, FloatArray]]:
        """(legend name, colour, line style, values) for every line: colour by player for
        payoffs (style by equilibrium profile), colour by profile otherwise."""
        game = result.game
        if outcome.kind == "count":
            return [("equilibria", "#333333", 0, result.count.astype(float))]
        players = (ROW, COLUMN) if outcome.kind == "payoffs" else (outcome.player,)
        by_player = []
        for player in players:
            values = (
                result.probability(player, outcome.strategy)
                if outcome.kind == "probability"
                else result.payoff(player)
            )
            by_player.append((player, result.branches(values)))
        series = []
        for k, label in enumerate(by_player[0][1]):
            for player, branches in by_player:
                if outcome.kind == "payoffs":
                    name = f"{game.players[player].name}: {label}"
                    series.append(
                        (name, player_colour_hex(player), k % len(LINE_STYLES), branches[label])
                    )
                else:
                    colour = REGIME_COLOURS[k % len(REGIME_COLOURS)]
                    series.append((label, colour, 0, branches[label]))
        return series

    def _shade_multiple(self, xs: FloatArray, several: npt.NDArray[np.bool_]) -> bool:
        """Shade the ranges of x with several equilibria; True if there are any."""
        step = (xs[1] - xs[0]) / 2 if len(xs) > 1 else 0.5
        start = None
        for k, flag in enumerate([*several, False]):
            if flag and start is None:
                start = k
            if not flag and start is not None:
                region = pg.LinearRegionItem(
                    (xs[start] - step, xs[k - 1] + step),
                    movable=False,
                    brush=pg.mkBrush(120, 120, 120, 45),
                    pen=pg.mkPen(None),
                )
                region.setZValue(-10)
                self.view.addItem(region)
                start = None
        return bool(several.any())

    def show_map(self, result: SweepResult, outcome: Outcome, selection: Selection) -> None:
        """A 2-D sweep: the regime map (a colour per regime, named in the legend) or a
        heatmap of one outcome with a colour bar; axes in the parameters' units."""
        if result.y is None:
            raise ValueError("a map needs two swept parameters")
        self._reset(result)
        self.set_axis_label("left", self.parameter_label(result.y.name))
        x, y = result.x, result.y
        dx = (x.stop - x.start) / (x.count - 1)
        dy = (y.stop - y.start) / (y.count - 1)
        rect = QRectF(
            x.start - dx / 2, y.start - dy / 2, x.stop - x.start + dx, y.stop - y.start + dy
        )
        if outcome.kind == "regimes":
            self._regime_image(result, rect)
        else:
            self._value_image(result, outcome, selection, rect)
        self.show_area(rect)

    def _regime_image(self, result: SweepResult, rect: QRectF) -> None:
        self.show_categories(
            result.regime_index.reshape(result.shape),
            result.regimes,
            rect,
            Outcome("regimes").label(result.game),
        )

    def show_categories(
        self,
        index: npt.NDArray[np.int64],
        labels: list[str] | tuple[str, ...],
        rect: QRectF,
        title: str,
        colours: list[str] | tuple[str, ...] | None = None,
    ) -> None:
        """A map of categories: ``index[iy, ix]`` names ``labels[k]``, drawn over ``rect``
        (in parameter units), each category in its colour, named with its share beside."""
        colours = colours or [regime_colour(k, label) for k, label in enumerate(labels)]
        table = np.array([pg.mkColor(c).getRgb() for c in colours], dtype=np.ubyte)
        item = pg.ImageItem(np.swapaxes(table[index], 0, 1))
        item.setRect(rect)
        self.view.addItem(item)
        shares = np.bincount(index.ravel(), minlength=len(labels)) / index.size
        order = [k for k in np.argsort(-shares, kind="stable") if shares[k] > 0]
        self.legend.setText(
            f"<b>{escape(title)}</b><br>"
            + "<br>".join(
                [
                    f"<span style='color:{colours[k]}; font-size:x-large'>■</span>&nbsp;"
                    f"{escape(labels[k])}&nbsp;<span style='color:#777'>({shares[k]:.0%})</span>"
                    for k in order
                ]
                + [self._position_entry()]
            )
        )
        self.view.setTitle(title)

    def _value_image(
        self, result: SweepResult, outcome: Outcome, selection: Selection, rect: QRectF
    ) -> None:
        values = self._values(result, outcome, selection).reshape(result.shape)
        item = pg.ImageItem(np.swapaxes(values, 0, 1))
        item.setRect(rect)
        self.view.addItem(item)
        finite = values[np.isfinite(values)]
        low, high = (float(finite.min()), float(finite.max())) if finite.size else (0.0, 1.0)
        if high <= low:
            high = low + 1.0
        self.colour_bar = pg.ColorBarItem(
            values=(low, high), colorMap=pg.colormap.get("viridis"), interactive=False
        )
        self.colour_bar.setImageItem(item, insert_in=self.view.plotItem)
        rule = (
            ""
            if outcome.kind == "count"
            else self.tr(" (%1 equilibrium)").replace("%1", _rule(selection).label)
        )
        self.view.setTitle(f"{outcome.label(result.game)}{rule}")
        scale = self.tr(
            "from %1 (dark) to %2 (yellow); white: undefined or no equilibrium chosen by the rule."
        )
        self.legend.setText(
            f"<b>{escape(outcome.label(result.game))}</b>{escape(rule)}<br>"
            + scale.replace("%1", f"{low:.3g}").replace("%2", f"{high:.3g}")
            + "<br>"
            + self._position_entry()
        )

    @staticmethod
    def _values(result: SweepResult, outcome: Outcome, selection: Selection) -> FloatArray:
        if outcome.kind == "count":
            return result.count.astype(float)
        if outcome.kind == "probability":
            return result.probability(outcome.player, outcome.strategy, _rule(selection))
        return result.payoff(outcome.player, _rule(selection))

    # --- where am I? --------------------------------------------------------------------------

    def _position_entry(self, line: bool = False) -> str:
        sample = POSITION_LINE_SAMPLE if line else POSITION_SAMPLE
        return f"{sample}&nbsp;" + escape(self.tr("the current parameter values"))

    def show_position(self, x: float, y: float | None = None) -> None:
        """Mark the current parameter values: a line across a 1-D sweep at ``x``, a ring on a
        map at (``x``, ``y``); no mark while they lie outside what is plotted."""
        area = self.area
        if area is None:
            return
        inside = area.left() <= x <= area.right() and (
            y is None or min(area.top(), area.bottom()) <= y <= max(area.top(), area.bottom())
        )
        if self.position is None:
            self.position = self._position_item(two_dimensional=y is not None)
            self.view.addItem(self.position)
        if y is None:
            self.position.setValue(x)
        else:
            self.position.setData([x], [y])
        self.position.setVisible(inside)

    def _position_item(self, two_dimensional: bool) -> Any:
        pen = pg.mkPen(POSITION_COLOUR, width=line_width(2))
        if not two_dimensional:
            line = pg.InfiniteLine(angle=90, movable=False, pen=pen)
            line.setPen(pg.mkPen(POSITION_COLOUR, width=line_width(2), style=Qt.PenStyle.DashLine))
            return line
        ring = pg.ScatterPlotItem(
            size=16 * line_width(1), pen=pg.mkPen(POSITION_COLOUR, width=line_width(3)), brush=None
        )
        ring.setZValue(20)
        return ring

    # --- hover and click ---------------------------------------------------------------------

    def point_at(self, scene_position: QPointF) -> int | None:
        """The grid point nearest to a position in the scene, if it is over the plot."""
        result = self.result
        view_box = self.view.plotItem.vb
        if result is None or not view_box.sceneBoundingRect().contains(scene_position):
            return None
        where = view_box.mapSceneToView(scene_position)
        return nearest_point(result, where.x(), where.y())

    def on_mouse_moved(self, position: QPointF) -> None:
        point = self.point_at(position)
        if point is not None and self.result is not None:
            text = self.result.summary_at(point)
            self.view.setToolTip(text)
            self.pointHovered.emit(text)

    def on_mouse_clicked(self, event: Any) -> None:
        """``event`` is pyqtgraph's MouseClickEvent (which has no type information)."""
        point = self.point_at(event.scenePos())
        if point is not None and self.result is not None:
            self.pointClicked.emit(self.result.parameters_at(point))


def _rule(selection: Selection) -> Selection:
    """A heatmap shows one value per point: 'all' falls back to the payoff-dominant one."""
    return Selection.PAYOFF_DOMINANT if selection is Selection.ALL else selection


def nearest_point(result: SweepResult, x: float, y: float) -> int | None:
    """The index of the grid point nearest to (x, y) in parameter units, if within the grid."""

    def nearest(axis: Axis, value: float) -> int | None:
        step = (axis.stop - axis.start) / (axis.count - 1)
        index = round((value - axis.start) / step)
        return index if 0 <= index < axis.count else None

    ix = nearest(result.x, x)
    if ix is None:
        return None
    if result.y is None:
        return ix
    iy = nearest(result.y, y)
    return None if iy is None else result.point(ix, iy)


def render_sweep(
    result: SweepResult,
    outcome: Outcome,
    selection: Selection,
    path: str | os.PathLike[str],
    size: tuple[int, int] = (1100, 720),
) -> None:
    """Draw a sweep off-screen and save it as PNG (or SVG when ``path`` ends in .svg).

    Raises
    ------
    OSError
        If the picture cannot be written (an older file at ``path`` is kept).
    """
    plot = SweepPlot()
    plot.resize(*size)
    if result.y is None:
        plot.show_line(result, outcome)
    else:
        plot.show_map(result, outcome, selection)
    save_plot(plot, path)
