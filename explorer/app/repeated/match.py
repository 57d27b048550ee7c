"""The Repeated tab's Match page: one simulated match, period by period, and its totals."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from explorer.app.repeated.setup import RepeatedSetup
from explorer.app.workers import JobRunner
from explorer.core import repeated
from explorer.core.game import COLUMN, ROW
from explorer.core.repeated import StageGame
from explorer.render.style import line_width, player_colour_hex


@dataclass(frozen=True)
class MatchResult:
    """A simulated match and what the match page says about it, computed in the worker."""

    setup: RepeatedSetup
    stage: StageGame
    simulation: repeated.Simulation
    finite_horizon: str  # backward induction with a known last period, in words


@dataclass(frozen=True)
class DeviationShown:
    """A deviation that pays at the match's δ, to draw beside the match: the stage game of
    the thresholds, their analysis and the deviation."""

    stage: StageGame
    analysis: repeated.Analysis
    deviation: repeated.Deviation


class MatchPage(QWidget):
    """Actions and payoffs over the periods of one match; a new one for every change. When
    the cooperative profile does not last at the match's δ, the deviation that pays is drawn
    dashed over the payoffs (:meth:`show_deviation`).

    The finite-horizon sentence depends on the stage game and the number of periods only,
    so a change of δ, noise or strategies reuses it.
    """

    #: A new match is drawn (its :class:`MatchResult`).
    shown = Signal(object)
    failed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        import pyqtgraph as pg

        super().__init__(parent)
        self.runner = JobRunner(self)
        self.result: MatchResult | None = None
        self.deviation: DeviationShown | None = None
        self._finite_horizon: tuple[object, str] | None = None  # (stage key, sentence)
        self.actions_plot = pg.PlotWidget(self, background="w")
        self.payoffs_plot = pg.PlotWidget(self, background="w")
        self.actions_plot.setMaximumHeight(170)
        self.payoffs_plot.setXLink(self.actions_plot)
        for plot, label in (
            (self.actions_plot, self.tr("action")),
            (self.payoffs_plot, self.tr("payoff")),
        ):
            plot.showGrid(x=True, y=True, alpha=0.15)
            plot.setLabel("left", label)
            for side in ("left", "bottom"):
                plot.getAxis(side).enableAutoSIPrefix(False)
        self.payoffs_plot.setLabel("bottom", self.tr("period"))
        self.totals = QLabel(self)
        self.totals.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.actions_plot)
        layout.addWidget(self.payoffs_plot, 1)
        layout.addWidget(self.totals)
        self.runner.finished_job.connect(self.on_match)
        self.runner.failed_job.connect(self.on_failed)

    def request(self, setup: RepeatedSetup) -> None:
        """Simulate ``setup``'s match in the worker."""
        known = self._finite_horizon
        reuse = known[1] if known is not None and known[0] == setup.stage_key else None

        def job(stop: Any, progress: Any) -> MatchResult:
            stage = setup.stage()
            simulation = repeated.simulate(
                stage,
                setup.row,
                setup.column,
                setup.periods,
                setup.discount_factor,
                setup.convention,
                setup.noise,
            )
            finite = reuse or repeated.finite_horizon_sentence(stage, setup.periods)
            return MatchResult(setup, stage, simulation, finite)

        self.runner.submit(job)

    def on_failed(self, generation: int, text: str) -> None:
        if generation == self.runner.generation:
            self.failed.emit(text)

    def on_match(self, generation: int, result: MatchResult) -> None:
        if generation != self.runner.generation:
            return
        self._finite_horizon = (result.setup.stage_key, result.finite_horizon)
        self.result = result
        self.draw(result)
        self.shown.emit(result)

    def redraw(self) -> None:
        if self.result is not None:
            self.draw(self.result)

    def show_deviation(
        self,
        stage: StageGame,
        analysis: repeated.Analysis,
        deviation: repeated.Deviation | None,
    ) -> None:
        """Draw ``deviation`` over the match (none: the profile lasts at the match's δ)."""
        self.deviation = None if deviation is None else DeviationShown(stage, analysis, deviation)
        self.redraw()

    def draw(self, result: MatchResult) -> None:
        import pyqtgraph as pg

        simulation, stage = result.simulation, result.stage
        periods = stage.first_period + np.arange(len(simulation.actions))
        self.actions_plot.clear()
        self.payoffs_plot.clear()
        # The column player's actions sit above the row player's, each level named.
        rows = len(stage.names(ROW))
        for player in (ROW, COLUMN):
            colour = player_colour_hex(player)
            level = simulation.actions[:, player] + (rows if player == COLUMN else 0)
            self.actions_plot.plot(
                periods,
                level,
                pen=pg.mkPen(colour, width=line_width(3)),
                symbol="o",
                symbolSize=6,
                symbolBrush=colour,
                symbolPen=None,
            )
            self.payoffs_plot.plot(
                periods, simulation.payoffs[:, player], pen=pg.mkPen(colour, width=line_width(3))
            )
        ticks = [(k, name) for k, name in enumerate(stage.names(ROW))]
        ticks += [(rows + k, name) for k, name in enumerate(stage.names(COLUMN))]
        self.actions_plot.getAxis("left").setTicks([ticks])
        self.actions_plot.setYRange(-0.5, len(ticks) - 0.5, padding=0)
        text = self._totals(result)
        if self.deviation is not None:
            self._draw_deviation(self.deviation, periods)
            text = self._deviation_text(self.deviation, result) + "\n" + text
        self.totals.setText(text)

    def _draw_deviation(self, shown: DeviationShown, periods: np.ndarray) -> None:
        """Both players' payoffs, dashed, if the deviation happened on the cooperative path."""
        import pyqtgraph as pg

        _path, deviated = repeated.deviation_payoffs(
            shown.stage, shown.analysis, shown.deviation, len(periods)
        )
        for player in (ROW, COLUMN):
            pen = pg.mkPen(
                player_colour_hex(player), width=line_width(2), style=Qt.PenStyle.DashLine
            )
            self.payoffs_plot.plot(periods, deviated[:, player], pen=pen)

    def _deviation_text(self, shown: DeviationShown, result: MatchResult) -> str:
        deviation, stage = shown.deviation, shown.stage
        player = deviation.player
        return (
            self.tr(
                "Dashed: the cooperative path, until %1 plays %2 in period %3 and the "
                "punishment follows (grim trigger). That deviation gains it %4 (discounted, "
                "from that period on) at δ = %5."
            )
            .replace("%1", stage.game.players[player].name)
            .replace("%2", stage.names(player)[deviation.action])
            .replace("%3", str(stage.period_number(deviation.period)))
            .replace("%4", f"{deviation.gain:.2g}")
            .replace("%5", f"{result.setup.discount_factor:.2f}")
        )

    def _totals(self, result: MatchResult) -> str:
        totals = result.simulation.discounted_totals[-1]
        averages = result.simulation.average_payoffs
        names = [p.name for p in result.stage.game.players]
        return (
            self.tr("Discounted totals: %1 %2, %3 %4. Per period (discounted average): %5, %6.")
            .replace("%1", names[ROW])
            .replace("%2", f"{totals[ROW]:.3f}")
            .replace("%3", names[COLUMN])
            .replace("%4", f"{totals[COLUMN]:.3f}")
            .replace("%5", f"{averages[ROW]:.3f}")
            .replace("%6", f"{averages[COLUMN]:.3f}")
            + "\n"
            + result.finite_horizon
        )
