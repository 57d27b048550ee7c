"""The Repeated tab: the open game played every period, its thresholds, tournaments, collusion."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import numpy as np
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QPolygonF
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QGraphicsPolygonItem,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QSlider,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from explorer.app.document import GameDocument
from explorer.app.tabs import LazyTab
from explorer.app.workers import JobRunner, Throttle
from explorer.core import repeated
from explorer.core.game import COLUMN, ROW
from explorer.core.i18n import _
from explorer.core.repeated import Convention, StageGame, Strategy
from explorer.core.sweep import Axis, run_sweep
from explorer.render.style import EQUILIBRIUM_FRAME, line_width, player_colour_hex

DELTA_STEPS = 99  # the slider moves δ in steps of 0.01 from 0 to 0.99
COLLUSION_COLOURS = ("#009E73", "#E69F00", "#D55E00")


@dataclass(frozen=True)
class Theory:
    """What does not depend on δ, noise or the strategies: worked out once per stage game."""

    analysis: repeated.Analysis
    sentence: str
    finite_horizon: str


@dataclass(frozen=True)
class MatchResult:
    """What the match view shows, computed in the worker."""

    stage: StageGame
    simulation: repeated.Simulation
    theory: Theory


@dataclass(frozen=True)
class Preset:
    """The choices for a newly opened game; the default convention needs its equilibria."""

    stage: StageGame
    convention: Convention
    settings: dict[str, Any]
    problem: str  # why the game's own preset could not be used, or ""


def _preset(stage: StageGame, settings: dict[str, Any]) -> Preset:
    try:
        return Preset(stage, repeated.convention_from(stage, settings), settings, "")
    except repeated.RepeatedGameError as error:  # a preset naming actions the game lacks
        return Preset(stage, Convention.default(stage), settings, str(error))


def _theory(stage: StageGame, target: tuple[int, int], periods: int) -> Theory:
    analysis = repeated.analyse_repeated(stage, target)
    return Theory(
        analysis,
        repeated.threshold_sentence(analysis, stage),
        repeated.finite_horizon_sentence(stage, periods),
    )


class RepeatedView(LazyTab):
    """Choose strategies, δ and the meaning of cooperation; see the match, the payoff region,
    a tournament and where collusion holds as a lever moves."""

    def __init__(self, document: GameDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.preset_runner = JobRunner(self)
        self.match_runner = JobRunner(self)
        self.tournament_runner = JobRunner(self)
        self.collusion_runner = JobRunner(self)
        self.match: MatchResult | None = None
        self._shape: tuple[tuple[str, ...], tuple[str, ...]] | None = None
        self._preset_pending = False
        self._after_preset: list[Callable[[], None]] = []  # runs asked for before it landed
        self._theory: tuple[object, Theory] | None = None  # (what it was worked out for, it)

    def build(self) -> None:
        self._build()
        self._throttle = Throttle(40, self.request_match, self)
        self._connect_signals()
        self.on_game_changed()

    # --- construction -------------------------------------------------------------------------

    def _build(self) -> None:
        self.stage_label = QLabel(self)
        self.row_strategy, self.column_strategy = QComboBox(self), QComboBox(self)
        self.cooperate = (QComboBox(self), QComboBox(self))
        self.defect = (QComboBox(self), QComboBox(self))
        self.delta_slider = QSlider(Qt.Orientation.Horizontal, self)
        self.delta_slider.setRange(0, DELTA_STEPS)
        self.delta = QDoubleSpinBox(self)
        self.delta.setRange(0.0, 0.99)
        self.delta.setSingleStep(0.01)
        self.delta.setDecimals(2)
        self.periods = QSpinBox(self)
        self.periods.setRange(1, 1000)
        self.noise = QDoubleSpinBox(self)
        self.noise.setRange(0.0, 0.5)
        self.noise.setSingleStep(0.01)
        self.sentence = QLabel(self)
        self.sentence.setObjectName("sentence")
        self.sentence.setWordWrap(True)
        self.sentence.setStyleSheet("font-size: 14pt; font-weight: bold;")
        self.totals = QLabel(self)
        self.totals.setWordWrap(True)
        grid = QGridLayout()
        grid.addWidget(self.stage_label, 0, 0, 1, 6)
        self.row_name, self.column_name = QLabel(self), QLabel(self)
        grid.addWidget(self.row_name, 1, 0)
        grid.addWidget(self.row_strategy, 1, 1, 1, 2)
        grid.addWidget(self.column_name, 1, 3)
        grid.addWidget(self.column_strategy, 1, 4, 1, 2)
        grid.addWidget(QLabel(self.tr("Cooperate means"), self), 2, 0)
        grid.addWidget(self.cooperate[ROW], 2, 1)
        grid.addWidget(self.cooperate[COLUMN], 2, 2)
        grid.addWidget(QLabel(self.tr("defect means"), self), 2, 3)
        grid.addWidget(self.defect[ROW], 2, 4)
        grid.addWidget(self.defect[COLUMN], 2, 5)
        grid.addWidget(QLabel(self.tr("Discount factor δ"), self), 3, 0)
        grid.addWidget(self.delta_slider, 3, 1, 1, 2)
        grid.addWidget(self.delta, 3, 3)
        periods = QHBoxLayout()
        for text, widget in ((self.tr("Periods"), self.periods), (self.tr("Noise"), self.noise)):
            periods.addWidget(QLabel(text, self))
            periods.addWidget(widget)
        grid.addLayout(periods, 3, 4, 1, 2)
        self.views = QTabWidget(self)
        self.views.addTab(self._match_page(), self.tr("Match"))
        self.views.addTab(self._region_page(), self.tr("Payoff region"))
        self.views.addTab(self._tournament_page(), self.tr("Tournament"))
        self.views.addTab(self._collusion_page(), self.tr("Collusion"))
        self.save_plot = QPushButton(self.tr("Save plot…"), self)
        self.save_plot.clicked.connect(self.on_save_plot)
        self.views.setCornerWidget(self.save_plot)
        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addWidget(self.sentence)
        layout.addWidget(self.views, 1)

    def _match_page(self) -> QWidget:
        import pyqtgraph as pg

        page = QWidget(self)
        self.actions_plot = pg.PlotWidget(page, background="w")
        self.payoffs_plot = pg.PlotWidget(page, background="w")
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
        layout = QVBoxLayout(page)
        layout.addWidget(self.actions_plot)
        layout.addWidget(self.payoffs_plot, 1)
        layout.addWidget(self.totals)
        return page

    def _region_page(self) -> QWidget:
        import pyqtgraph as pg

        page = QWidget(self)
        self.region_plot = pg.PlotWidget(page, background="w")
        self.region_plot.showGrid(x=True, y=True, alpha=0.15)
        for side in ("left", "bottom"):
            self.region_plot.getAxis(side).enableAutoSIPrefix(False)
        self.region_legend = QLabel(page)
        self.region_legend.setWordWrap(True)
        self.region_legend.setFixedWidth(300)
        layout = QHBoxLayout(page)
        layout.addWidget(self.region_plot, 1)
        layout.addWidget(self.region_legend)
        return page

    def _tournament_page(self) -> QWidget:
        page = QWidget(self)
        self.entrants = QListWidget(page)
        self.repetitions = QSpinBox(page)
        self.repetitions.setRange(1, 100)
        self.repetitions.setValue(3)
        self.seed = QSpinBox(page)
        self.seed.setRange(0, 1_000_000)
        self.run_tournament = QPushButton(self.tr("Run tournament"), page)
        self.cancel_tournament = QPushButton(self.tr("Cancel"), page)
        self.tournament_progress = QProgressBar(page)
        self.tournament_status = QLabel(page)
        self.table = QTableWidget(0, 4, page)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Rank"), self.tr("Strategy"), self.tr("Score per period"), self.tr("Spread")]
        )
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        controls = QHBoxLayout()
        for text, widget in (
            (self.tr("Repetitions"), self.repetitions),
            (self.tr("Seed"), self.seed),
        ):
            controls.addWidget(QLabel(text, page))
            controls.addWidget(widget)
        controls.addWidget(self.run_tournament)
        controls.addWidget(self.tournament_progress, 1)
        controls.addWidget(self.cancel_tournament)
        left = QVBoxLayout()
        left.addWidget(QLabel(self.tr("Entrants (each meets every one, in both roles):"), page))
        left.addWidget(self.entrants)
        right = QVBoxLayout()
        right.addLayout(controls)
        right.addWidget(self.tournament_status)
        right.addWidget(self.table, 1)
        layout = QHBoxLayout(page)
        layout.addLayout(left, 1)
        layout.addLayout(right, 2)
        self.cancel_tournament.setEnabled(False)
        self.tournament_progress.hide()
        return page

    def _collusion_page(self) -> QWidget:
        from explorer.render.sweep_plot import SweepPlot

        page = QWidget(self)
        self.lever = QComboBox(page)
        self.lever_points = QSpinBox(page)
        self.lever_points.setRange(3, 201)
        self.lever_points.setValue(41)
        self.run_collusion = QPushButton(self.tr("Show where collusion holds"), page)
        self.collusion_progress = QProgressBar(page)
        self.collusion_progress.hide()
        self.collusion_plot = SweepPlot(page)
        controls = QHBoxLayout()
        controls.addWidget(QLabel(self.tr("Lever"), page))
        controls.addWidget(self.lever)
        controls.addWidget(QLabel(self.tr("points"), page))
        controls.addWidget(self.lever_points)
        controls.addWidget(self.run_collusion)
        controls.addWidget(self.collusion_progress, 1)
        layout = QVBoxLayout(page)
        layout.addLayout(controls)
        layout.addWidget(self.collusion_plot, 1)
        return page

    def _connect_signals(self) -> None:
        self.document.gameChanged.connect(self.on_game_changed)
        self.document.valuesChanged.connect(self._throttle.trigger)
        self.delta_slider.valueChanged.connect(lambda v: self.delta.setValue(v / 100))
        self.delta.valueChanged.connect(self.on_delta_changed)
        for widget in (self.row_strategy, self.column_strategy, *self.cooperate, *self.defect):
            widget.currentIndexChanged.connect(self._throttle.trigger)
        for spin in (self.periods, self.noise):
            spin.valueChanged.connect(self._throttle.trigger)
        self.preset_runner.finished_job.connect(self.on_preset)
        self.preset_runner.failed_job.connect(self.on_preset_failed)
        self.match_runner.finished_job.connect(self.on_match)
        self.match_runner.failed_job.connect(self.on_failed)
        self.run_tournament.clicked.connect(self.start_tournament)
        self.cancel_tournament.clicked.connect(self.on_cancel_tournament)
        self.tournament_runner.progressed.connect(self.on_tournament_progress)
        self.tournament_runner.finished_job.connect(self.on_tournament)
        self.tournament_runner.failed_job.connect(self.on_failed)
        self.run_collusion.clicked.connect(self.start_collusion)
        self.collusion_runner.progressed.connect(self.on_collusion_progress)
        self.collusion_runner.finished_job.connect(self.on_collusion)
        self.collusion_runner.failed_job.connect(self.on_failed)

    # --- the game and its preset --------------------------------------------------------------

    def on_game_changed(self) -> None:
        game = self.document.game
        self.stage_label.setText(
            self.tr(
                "Stage game: <b>%1</b> (the open game, at the current parameter values)"
            ).replace("%1", game.title)
        )
        names = (game.players[ROW].strategies, game.players[COLUMN].strategies)
        if names != self._shape:
            self._shape = names
            self._apply_preset()
        self.request_match()

    def _apply_preset(self) -> None:
        """Fill the choices for this game: its preset where it has one, else defaults. The
        default convention needs the stage equilibria, so the worker works that part out."""
        game = self.document.game
        stage = self._stage()
        if stage is None:
            return
        settings = repeated.settings_of(game)
        self._preset_pending = True
        self.preset_runner.submit(lambda stop, progress: _preset(stage, settings))
        self.row_name.setText(
            f"<b style='color:{player_colour_hex(ROW)}'>{game.players[ROW].name}</b>"
        )
        self.column_name.setText(
            f"<b style='color:{player_colour_hex(COLUMN)}'>{game.players[COLUMN].name}</b>"
        )
        self.delta.setValue(float(settings.get("discount_factor", 0.9)))
        self.periods.setValue(int(settings.get("periods", 30)))
        self.lever.clear()
        self.lever.addItems([n for n in game.parameter_names if n != repeated.PERIOD_PARAMETER])
        if "subsidy" in game.parameter_names:
            self.lever.setCurrentText("subsidy")

    def on_preset_failed(self, generation: int, text: str) -> None:
        if generation == self.preset_runner.generation:
            self._preset_pending = False
            self._after_preset.clear()
            self.sentence.setText(text)

    def on_preset(self, generation: int, preset: Preset) -> None:
        """The choices that depend on the convention, then the match they define."""
        if generation != self.preset_runner.generation:
            return
        self._preset_pending = False
        if preset.problem:
            self.sentence.setText(preset.problem)
        stage, convention = preset.stage, preset.convention
        widgets = [*self.cooperate, *self.defect, self.row_strategy, self.column_strategy]
        for widget in widgets:
            widget.blockSignals(True)
        for player in (ROW, COLUMN):
            for combo, chosen in (
                (self.cooperate[player], convention.cooperate[player]),
                (self.defect[player], convention.defect[player]),
            ):
                combo.clear()
                combo.addItems(list(stage.names(player)))
                combo.setCurrentIndex(chosen)
        self._fill_strategies(stage, convention, preset.settings)
        for widget in widgets:
            widget.blockSignals(False)
        self._throttle.trigger()
        waiting, self._after_preset = self._after_preset, []
        for run in dict.fromkeys(waiting):
            run()

    def _fill_strategies(
        self, stage: StageGame, convention: Convention, preset: dict[str, Any]
    ) -> None:
        choices = repeated.library(stage, convention)
        self.entrants.clear()
        for strategy in choices:
            item = QListWidgetItem(strategy.name, self.entrants)
            item.setData(Qt.ItemDataRole.UserRole, strategy)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
        for player, combo in ((ROW, self.row_strategy), (COLUMN, self.column_strategy)):
            combo.clear()
            for strategy in choices:
                combo.addItem(strategy.name, strategy)
            for k, action in enumerate(stage.names(player)):
                combo.addItem(
                    self.tr("Always %1").replace("%1", action), Strategy("always", action=k)
                )
            wanted = preset.get("row" if player == ROW else "column", "grim")
            try:
                chosen = repeated.parse_strategy(str(wanted), stage, player)
            except repeated.RepeatedGameError:
                chosen = Strategy("grim")
            matches = [k for k in range(combo.count()) if combo.itemData(k).kind == chosen.kind]
            combo.setCurrentIndex(matches[0] if matches else 0)
            if chosen.kind == "freemium":
                combo.setItemData(combo.currentIndex(), chosen)

    def _stage(self, periods: int = 1) -> StageGame | None:
        try:
            return StageGame.of(self.document.game, self.document.values, periods)
        except (repeated.RepeatedGameError, ValueError) as error:
            self.sentence.setText(str(error))
            return None

    def convention(self) -> Convention:
        return Convention(
            (self.cooperate[ROW].currentIndex(), self.cooperate[COLUMN].currentIndex()),
            (self.defect[ROW].currentIndex(), self.defect[COLUMN].currentIndex()),
        )

    # --- the match and the thresholds ---------------------------------------------------------

    def on_delta_changed(self, value: float) -> None:
        self.delta_slider.blockSignals(True)
        self.delta_slider.setValue(round(value * 100))
        self.delta_slider.blockSignals(False)
        self._throttle.trigger()

    def request_match(self) -> None:
        row, column = self.row_strategy.currentData(), self.column_strategy.currentData()
        if self._preset_pending or row is None or column is None:
            return
        if self.cooperate[ROW].count() == 0:
            return
        game, values, convention = self.document.game, self.document.values, self.convention()
        periods, delta, noise = self.periods.value(), self.delta.value(), self.noise.value()
        key = (game, tuple(sorted(values.items())), periods, convention.cooperate)
        known = self._theory[1] if self._theory and self._theory[0] == key else None

        def job(stop: Any, progress: Any) -> tuple[object, MatchResult]:
            stage = StageGame.of(game, values, periods)
            simulation = repeated.simulate(stage, row, column, periods, delta, convention, noise)
            theory = known or _theory(stage, convention.cooperate, periods)
            return key, MatchResult(stage, simulation, theory)

        self.match_runner.submit(job)

    def on_failed(self, generation: int, text: str) -> None:
        self.sentence.setText(text)

    def on_match(self, generation: int, outcome: tuple[object, MatchResult]) -> None:
        if generation != self.match_runner.generation:
            return
        key, result = outcome
        self._theory = (key, result.theory)
        self.match = result
        self.sentence.setText(result.theory.sentence)
        self._draw_match(result)
        self._draw_region(result)

    def _draw_match(self, result: MatchResult) -> None:
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
        totals = simulation.discounted_totals[-1]
        averages = simulation.average_payoffs
        names = [p.name for p in stage.game.players]
        self.totals.setText(
            self.tr("Discounted totals: %1 %2, %3 %4. Per period (discounted average): %5, %6.")
            .replace("%1", names[ROW])
            .replace("%2", f"{totals[ROW]:.3f}")
            .replace("%3", names[COLUMN])
            .replace("%4", f"{totals[COLUMN]:.3f}")
            .replace("%5", f"{averages[ROW]:.3f}")
            .replace("%6", f"{averages[COLUMN]:.3f}")
            + "\n"
            + result.theory.finite_horizon
        )

    def _draw_region(self, result: MatchResult) -> None:
        import pyqtgraph as pg

        analysis, plot = result.theory.analysis, self.region_plot
        plot.clear()
        names = [p.name for p in result.stage.game.players]
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
        average = result.simulation.average_payoffs
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
        self.region_legend.setText(
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
            .replace("%4", f"{average[0]:.3g}")
            .replace("%5", f"{average[1]:.3g}")
        )

    # --- tournament ---------------------------------------------------------------------------

    def entrant_strategies(self) -> list[Strategy]:
        items = [self.entrants.item(k) for k in range(self.entrants.count())]
        return [
            i.data(Qt.ItemDataRole.UserRole)
            for i in items
            if i.checkState() == Qt.CheckState.Checked
        ]

    def _waiting_for_preset(self, run: Callable[[], None]) -> bool:
        """While the convention is being worked out, remember ``run`` for when it lands."""
        if self._preset_pending:
            self._after_preset.append(run)
        return self._preset_pending

    def start_tournament(self) -> None:
        if self._waiting_for_preset(self.start_tournament):
            return
        stage = self._stage(self.periods.value())
        strategies = self.entrant_strategies()
        if stage is None or not strategies:
            self.tournament_status.setText(self.tr("Tick at least one strategy."))
            return
        convention, periods, delta = self.convention(), self.periods.value(), self.delta.value()
        noise, repetitions, seed = self.noise.value(), self.repetitions.value(), self.seed.value()
        self.tournament_progress.setRange(0, len(strategies) ** 2 * repetitions)
        self.tournament_progress.setValue(0)
        self._set_tournament_running(True)
        self.tournament_runner.submit(
            lambda stop, progress: repeated.tournament(
                stage,
                strategies,
                convention,
                periods,
                delta,
                noise,
                repetitions,
                seed,
                progress=progress,
                should_stop=stop,
            )
        )

    def _set_tournament_running(self, running: bool) -> None:
        self.run_tournament.setEnabled(not running)
        self.cancel_tournament.setEnabled(running)
        self.tournament_progress.setVisible(running)
        self.tournament_status.setText(self.tr("Playing…") if running else "")

    def on_tournament_progress(self, generation: int, done: int, total: int) -> None:
        if generation == self.tournament_runner.generation:
            self.tournament_progress.setValue(done)

    def on_cancel_tournament(self) -> None:
        self.tournament_runner.cancel()
        self._set_tournament_running(False)
        self.tournament_status.setText(self.tr("Tournament cancelled."))

    def on_tournament(self, generation: int, standings: list[repeated.Standing]) -> None:
        if generation != self.tournament_runner.generation:
            return
        self._set_tournament_running(False)
        self.table.setRowCount(len(standings))
        for row, standing in enumerate(standings):
            cells = (
                str(row + 1),
                standing.strategy.name,
                f"{standing.score:.4f}",
                f"± {standing.spread:.3f}",
            )
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.tournament_status.setText(
            self.tr("%1 wins with %2 per period.")
            .replace("%1", standings[0].strategy.name)
            .replace("%2", f"{standings[0].score:.3f}")
        )

    # --- where collusion holds ----------------------------------------------------------------

    def start_collusion(self) -> None:
        """Reuse the sweep engine over the lever, then compute the thresholds per point."""
        if self._waiting_for_preset(self.start_collusion) or not self.lever.currentText():
            return
        game, values, target = self.document.game, self.document.values, self.convention().cooperate
        parameter = game.parameter(self.lever.currentText())
        axis = Axis(parameter.name, parameter.minimum, parameter.maximum, self.lever_points.value())

        def job(stop: Any, progress: Any) -> tuple[Axis, Any, Any]:
            result = run_sweep(game, axis, values=values, progress=progress, should_stop=stop)
            return axis, *repeated.collusion_thresholds(result, target)

        self.collusion_progress.setRange(0, axis.count)
        self.collusion_progress.show()
        self.collusion_runner.submit(job)

    def on_collusion_progress(self, generation: int, done: int, total: int) -> None:
        if generation == self.collusion_runner.generation:
            self.collusion_progress.setValue(done)

    def on_collusion(self, generation: int, payload: tuple[Axis, Any, Any]) -> None:
        if generation != self.collusion_runner.generation:
            return
        self.collusion_progress.hide()
        axis, grim, harsh = payload
        deltas = np.linspace(0, 0.99, 100)
        index = repeated.collusion_map(grim, harsh, deltas)
        step = (axis.stop - axis.start) / (axis.count - 1)
        rect = QRectF(axis.start - step / 2, -0.005, axis.stop - axis.start + step, 1.0)
        plot = self.collusion_plot
        plot.clear_plot(axis.name)
        c = self.convention().cooperate
        stage_names = (
            self.document.game.players[ROW].strategies,
            self.document.game.players[COLUMN].strategies,
        )
        target = f"{stage_names[ROW][c[ROW]]} / {stage_names[COLUMN][c[COLUMN]]}"
        labels = [f"{target} {_(regime)}" for regime in repeated.COLLUSION_REGIMES]
        plot.show_categories(
            index, labels, rect, self.tr("Where %1 lasts").replace("%1", target), COLLUSION_COLOURS
        )
        plot.set_axis_label("left", self.tr("discount factor δ"))
        plot.add_curve(axis.values(), grim, "#222222")
        plot.show_area(QRectF(rect.left(), 0, rect.width(), 1))

    def redraw(self) -> None:
        if self._built and self.match is not None:
            self._draw_match(self.match)
            self._draw_region(self.match)

    def on_save_plot(self) -> None:
        """Save what the current view shows (its plots), as PNG or SVG."""
        from explorer.app.plots import save_plot_as

        page = self.views.currentWidget()
        name = f"{self.document.game.title} {self.views.tabText(self.views.currentIndex())}"
        save_plot_as(page, self, name)
