"""The Repeated tab's Collusion page: where cooperation lasts as a lever and δ move."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import numpy as np
import numpy.typing as npt
from PySide6.QtCore import QRectF, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from explorer.app.repeated.setup import RepeatedSetup
from explorer.app.workers import JobRunner
from explorer.core import repeated
from explorer.core.game import COLUMN, ROW, Game
from explorer.core.i18n import _
from explorer.core.sweep import Axis, run_sweep

if TYPE_CHECKING:
    from explorer.render.sweep_plot import SweepPlot

COLLUSION_COLOURS = ("#009E73", "#E69F00", "#D55E00")
#: The discount factors the map is drawn over (its rows).
DELTAS = np.linspace(0, 0.99, 100)


@dataclass(frozen=True)
class CollusionMap:
    """The lowest δ that sustains cooperation at each lever value, under two punishments."""

    axis: Axis
    target: str  # the cooperative profile, in strategy names
    grim: npt.NDArray[np.float64]  # under grim trigger (reverting to a stage equilibrium)
    harsh: npt.NDArray[np.float64]  # under the harshest (minmax) punishment


def _target_label(game: Game, cooperate: tuple[int, int]) -> str:
    names = (game.players[ROW].strategies, game.players[COLUMN].strategies)
    return f"{names[ROW][cooperate[ROW]]} / {names[COLUMN][cooperate[COLUMN]]}"


class CollusionPage(QWidget):
    """Choose a lever and a number of points; the map reuses the sweep engine over the lever,
    then the folk-theorem thresholds at each point (for payoffs that change over time, the
    binding threshold over all periods at each point)."""

    #: The user asked for the map (the tab answers with :meth:`start` and its setup).
    runRequested = Signal()
    failed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        from explorer.render.sweep_plot import SweepPlot

        super().__init__(parent)
        self.runner = JobRunner(self)
        self.result: CollusionMap | None = None
        self.lever = QComboBox(self)
        self.points = QSpinBox(self)
        self.points.setRange(3, 201)
        self.points.setValue(41)
        self.run = QPushButton(self.tr("Show where collusion holds"), self)
        self.progress = QProgressBar(self)
        self.progress.hide()
        self.plot: SweepPlot = SweepPlot(self)
        controls = QHBoxLayout()
        controls.addWidget(QLabel(self.tr("Lever"), self))
        controls.addWidget(self.lever)
        controls.addWidget(QLabel(self.tr("points"), self))
        controls.addWidget(self.points)
        controls.addWidget(self.run)
        controls.addWidget(self.progress, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(controls)
        layout.addWidget(self.plot, 1)
        self.run.clicked.connect(self.runRequested)
        self.runner.progressed.connect(self.on_progress)
        self.runner.finished_job.connect(self.on_map)
        self.runner.failed_job.connect(self.on_failed)

    def set_levers(self, game: Game) -> None:
        """Offer the game's parameters as levers (the subsidy first where there is one)."""
        names = [n for n in game.parameter_names if n != repeated.PERIOD_PARAMETER]
        if names == [self.lever.itemText(k) for k in range(self.lever.count())]:
            return
        self.lever.clear()
        self.lever.addItems(names)
        if "subsidy" in names:
            self.lever.setCurrentText("subsidy")

    def start(self, setup: RepeatedSetup) -> None:
        """Sweep the lever in the worker, then work out both thresholds at every point."""
        if not self.lever.currentText():
            return
        parameter = setup.game.parameter(self.lever.currentText())
        axis = Axis(parameter.name, parameter.minimum, parameter.maximum, self.points.value())
        cooperate = setup.convention.cooperate
        target = _target_label(setup.game, cooperate)

        def job(stop: Any, progress: Any) -> CollusionMap:
            values = dict(setup.values)
            if repeated.PERIOD_PARAMETER in setup.game.parameter_names:  # over every period
                thresholds = repeated.collusion_over_time(
                    setup.game, axis, values, cooperate, setup.first_period, progress, stop
                )
                return CollusionMap(axis, target, *thresholds)
            result = run_sweep(setup.game, axis, values=values, progress=progress, should_stop=stop)
            return CollusionMap(axis, target, *repeated.collusion_thresholds(result, cooperate))

        self.progress.setRange(0, axis.count)
        self.progress.show()
        self.runner.submit(job)

    def on_progress(self, generation: int, done: int, total: int) -> None:
        if generation == self.runner.generation:
            self.progress.setValue(done)

    def on_failed(self, generation: int, text: str) -> None:
        if generation == self.runner.generation:
            self.progress.hide()
            self.failed.emit(text)

    def on_map(self, generation: int, result: CollusionMap) -> None:
        if generation != self.runner.generation:
            return
        self.progress.hide()
        self.result = result
        self.draw(result)

    def draw(self, result: CollusionMap) -> None:
        """Each lever value and δ coloured by whether cooperation lasts, the grim threshold
        drawn over the map."""
        axis, plot = result.axis, self.plot
        index = repeated.collusion_map(result.grim, result.harsh, DELTAS)
        step = (axis.stop - axis.start) / (axis.count - 1)
        area = QRectF(axis.start - step / 2, -0.005, axis.stop - axis.start + step, 1.0)
        plot.clear_plot(axis.name)
        labels = [f"{result.target} {_(regime)}" for regime in repeated.COLLUSION_REGIMES]
        title = self.tr("Where %1 lasts").replace("%1", result.target)
        plot.show_categories(index, labels, area, title, COLLUSION_COLOURS)
        plot.set_axis_label("left", self.tr("discount factor δ"))
        plot.add_curve(axis.values(), result.grim, "#222222")
        plot.show_area(QRectF(area.left(), 0, area.width(), 1))
