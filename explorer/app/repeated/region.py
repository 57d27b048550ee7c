"""The Repeated tab's Payoff region page: what patient players can sustain (the folk theorem)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np
from PySide6.QtCore import QPointF, Qt, Signal
from PySide6.QtGui import QPolygonF
from PySide6.QtWidgets import QGraphicsPolygonItem, QHBoxLayout, QLabel, QWidget

from explorer.app.repeated.match import MatchResult
from explorer.app.repeated.setup import RepeatedSetup
from explorer.app.workers import JobRunner
from explorer.core import repeated
from explorer.core.game import COLUMN, ROW
from explorer.core.repeated import StageGame
from explorer.render.style import EQUILIBRIUM_FRAME, line_width, player_colour_hex


@dataclass(frozen=True)
class Theory:
    """What holds whatever δ, noise or the strategies: the thresholds and the payoff region."""

    setup: RepeatedSetup  # what it was worked out for (its stage game and cooperative profile)
    stage: StageGame  # every period the game defines (see StageGame.horizon)
    analysis: repeated.Analysis
    sentence: str  # the folk-theorem thresholds in words

    def verdict(self, discount_factor: float) -> tuple[str, repeated.Deviation | None]:
        """Whether the target lasts at ``discount_factor``, in words, and the deviation that
        pays most if it does not."""
        deviation = repeated.profitable_deviation(self.stage, self.analysis, discount_factor)
        sentence = repeated.verdict_sentence(self.analysis, self.stage, discount_factor, deviation)
        return sentence, deviation


def same_game(one: RepeatedSetup, other: RepeatedSetup) -> bool:
    """Whether two setups are of the same game at the same values."""
    return one.game is other.game and one.values == other.values


def _theory_key(setup: RepeatedSetup) -> tuple[object, ...]:
    """What the thresholds depend on: the game, its values and the profile that cooperation
    means (not the periods played: the thresholds are those of the game played for ever)."""
    return (setup.game, setup.values, setup.convention.cooperate)


class RegionPage(QWidget):
    """The feasible and individually rational payoffs, the stage equilibria, the minmax point,
    and where the simulated match lands (from :meth:`show_match`)."""

    #: New thresholds are drawn (their :class:`Theory`, for the tab's headline).
    shown = Signal(object)
    failed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        import pyqtgraph as pg

        super().__init__(parent)
        self.runner = JobRunner(self)
        self.theory: Theory | None = None
        self.match: MatchResult | None = None
        self._requested: tuple[object, ...] | None = None
        self.plot = pg.PlotWidget(self, background="w")
        self.plot.showGrid(x=True, y=True, alpha=0.15)
        for side in ("left", "bottom"):
            self.plot.getAxis(side).enableAutoSIPrefix(False)
        self.timeline = pg.PlotWidget(self, background="w")
        self.timeline.showGrid(x=True, y=True, alpha=0.15)
        self.timeline.setLabel("bottom", self.tr("period"))
        self.timeline.setLabel("left", self.tr("critical δ"))
        self.timeline.hide()
        self.legend = QLabel(self)
        self.legend.setWordWrap(True)
        self.legend.setFixedWidth(300)
        layout = QHBoxLayout(self)
        layout.addWidget(self.plot, 3)
        layout.addWidget(self.timeline, 2)
        layout.addWidget(self.legend)
        self.runner.finished_job.connect(self.on_theory)
        self.runner.failed_job.connect(self.on_failed)

    def request(self, setup: RepeatedSetup) -> None:
        """Work out the thresholds for ``setup`` unless they are known (δ does not matter)."""
        key = _theory_key(setup)
        if key == self._requested:
            return
        self._requested = key

        def job(stop: Any, progress: Any) -> Theory:
            stage = setup.horizon()
            analysis = repeated.analyse_repeated(stage, setup.convention.cooperate)
            return Theory(setup, stage, analysis, repeated.threshold_sentence(analysis, stage))

        self.runner.submit(job)

    def on_failed(self, generation: int, text: str) -> None:
        if generation == self.runner.generation:
            self._requested = None  # the same setup may be asked for again
            self.failed.emit(text)

    def on_theory(self, generation: int, theory: Theory) -> None:
        if generation != self.runner.generation:
            return
        self.theory = theory
        self.redraw()
        self.shown.emit(theory)

    def show_match(self, match: MatchResult) -> None:
        """Mark where ``match``'s average payoffs lie (drawn once its thresholds are known)."""
        self.match = match
        self.redraw()

    def redraw(self) -> None:
        if self.theory is not None:
            self.draw(self.theory)

    def _average(self) -> np.ndarray | None:
        """The match's average payoffs, if the match is of the stage game drawn."""
        match, theory = self.match, self.theory
        if match is None or theory is None or not same_game(match.setup, theory.setup):
            return None
        return np.asarray(match.simulation.average_payoffs)

    def draw(self, theory: Theory) -> None:
        import pyqtgraph as pg

        analysis, plot = theory.analysis, self.plot
        plot.clear()
        names = [p.name for p in theory.setup.game.players]
        axis = self.tr("%1's payoff")
        plot.setLabel("bottom", axis.replace("%1", names[ROW]), color=player_colour_hex(ROW))
        plot.setLabel("left", axis.replace("%1", names[COLUMN]), color=player_colour_hex(COLUMN))
        for polygon, fill, edge in (
            (analysis.hull, (200, 200, 200, 110), "#999999"),
            (analysis.region, (0, 158, 115, 110), "#009E73"),
        ):
            if len(polygon) >= 2:
                shape = QGraphicsPolygonItem(QPolygonF([QPointF(x, y) for x, y in polygon]))
                shape.setBrush(pg.mkBrush(fill))
                shape.setPen(pg.mkPen(edge, width=line_width(2), cosmetic=True))
                plot.addItem(shape)
        equilibria = np.array([e.payoffs for e in analysis.stage_equilibria])
        plot.plot(
            equilibria[:, 0],
            equilibria[:, 1],
            pen=None,
            symbol="o",
            symbolSize=12,
            symbolBrush=EQUILIBRIUM_FRAME.name(),
        )
        low = (analysis.minmax[ROW].value, analysis.minmax[COLUMN].value)
        plot.plot([low[0]], [low[1]], pen=None, symbol="x", symbolSize=16, symbolBrush="#333333")
        average = self._average()
        if average is not None:
            plot.plot(
                [average[0]],
                [average[1]],
                pen=None,
                symbol="star",
                symbolSize=18,
                symbolBrush="#CC79A7",
            )
        low_corner, high_corner = analysis.hull.min(axis=0), analysis.hull.max(axis=0)
        margin = np.maximum((high_corner - low_corner) * 0.12, 1e-3)
        plot.setXRange(low_corner[0] - margin[0], high_corner[0] + margin[0], padding=0)
        plot.setYRange(low_corner[1] - margin[1], high_corner[1] + margin[1], padding=0)
        self.legend.setText(self._legend(low, average))
        self._draw_timeline(theory)

    def _draw_timeline(self, theory: Theory) -> None:
        """Each period's critical δ under both punishments, and the match's δ, when the
        payoffs change over time (hidden when they do not)."""
        import pyqtgraph as pg

        over_time = theory.analysis.over_time
        self.timeline.setVisible(over_time is not None)
        if over_time is None:
            return
        plot, stage = self.timeline, theory.stage
        plot.clear()
        # The last period held repeats for ever: a few more periods show it stays.
        shown = len(stage.A) + 5
        periods = stage.first_period + np.arange(shown)
        held = np.minimum(np.arange(shown), len(stage.A) - 1)
        for per_period, colour, style in (
            (over_time.grim, "#222222", Qt.PenStyle.SolidLine),
            (over_time.harsh, "#009E73", Qt.PenStyle.DashLine),
        ):
            worst = np.max(per_period, axis=1)[held]
            pen = pg.mkPen(colour, width=line_width(2), style=style)
            plot.plot(periods, worst, pen=pen, connect="finite")
        if self.match is not None and same_game(self.match.setup, theory.setup):
            delta = self.match.setup.discount_factor
            line = pg.InfiniteLine(delta, angle=0, pen=pg.mkPen("#CC79A7", width=line_width(2)))
            plot.addItem(line)
        plot.setYRange(0, 1, padding=0.02)

    def _legend(self, low: tuple[float, float], average: np.ndarray | None) -> str:
        text = (
            self.tr(
                "<b>Payoffs per period</b><br>"
                "<span style='color:#999'>■</span> feasible (all mixes of outcomes)<br>"
                "<span style='color:#009E73'>■</span> feasible and individually rational: above "
                "both minmax values, what the folk theorem says patient players can sustain<br>"
                "<span style='color:%1'>●</span> stage equilibria<br>"
                "✕ minmax point (%2, %3)<br>"
                "<span style='color:#CC79A7'>★</span> the simulated match (%4, %5)"
            )
            .replace("%1", EQUILIBRIUM_FRAME.name())
            .replace("%2", f"{low[0]:.3g}")
            .replace("%3", f"{low[1]:.3g}")
        )
        shown = ("…", "…") if average is None else (f"{average[0]:.3g}", f"{average[1]:.3g}")
        text = text.replace("%4", shown[0]).replace("%5", shown[1])
        if self.theory is not None and self.theory.analysis.over_time is not None:
            text += self.tr(
                "<br><br><b>Beside: each period's critical δ</b><br>"
                "━ grim trigger, <span style='color:#009E73'>╸╸</span> minmax punishment, "
                "<span style='color:#CC79A7'>━</span> the match's δ: where a line is above "
                "it, a deviation in that period pays"
            )
        return text
