"""The Repeated tab's Match page: one simulated match, period by period, and its totals."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np
from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from explorer.app.repeated.setup import RepeatedSetup
from explorer.app.workers import JobRunner
from explorer.core import repeated
from explorer.core.game import COLUMN, ROW
from explorer.core.repeated import StageGame
from explorer.render.guard import guard_qt_calls
from explorer.render.style import line_width, player_colour_hex


@dataclass(frozen=True)
class MatchResult:
    """A simulated match and what the match page says about it, computed in the worker."""

    setup: RepeatedSetup
    stage: StageGame
    simulation: repeated.Simulation
    finite_horizon: str  # backward induction with a known last period, in words


@guard_qt_calls
class MatchPage(QWidget):
    """Actions and payoffs over the periods of one match; a new one for every change.

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

    def draw(self, result: MatchResult) -> None:
        import pyqtgraph as pg

        simulation, stage = result.simulation, result.stage
        periods = np.arange(1, len(simulation.actions) + 1)
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
        self.totals.setText(self._totals(result))

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
