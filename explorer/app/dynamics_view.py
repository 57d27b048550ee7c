"""The Dynamics tab: how players might learn their way to (or around) an equilibrium.

It is just over 400 lines: the tab's controls, its runner and its two kinds of plot share
one state (the dynamic chosen, the start, the running trajectory).
"""

from __future__ import annotations

from typing import Any

import numpy as np
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSlider,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from explorer.app import icons
from explorer.app.document import GameDocument
from explorer.app.fit import let_shrink
from explorer.app.tabs import LazyTab
from explorer.app.workers import JobRunner, Throttle
from explorer.core.dynamics import DYNAMICS, Trajectory, is_symmetric, trajectory
from explorer.core.families import strategy_values
from explorer.core.game import COLUMN, ROW, Game
from explorer.core.i18n import _
from explorer.core.solve import solve
from explorer.core.words.dynamics import EXPLANATIONS
from explorer.render.guard import guard_qt_calls
from explorer.render.style import (
    EQUILIBRIUM_FRAME,
    LINE_SAMPLES,
    LINE_STYLES,
    line_width,
    player_colour_hex,
)

#: Frames per second at the slowest and fastest speed.
SLOWEST_FPS, FASTEST_FPS = 2, 60


@guard_qt_calls
class DynamicsView(LazyTab):
    """Run a learning dynamic in a worker, then play its trajectory back: play, pause, step."""

    def __init__(self, document: GameDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.runner = JobRunner(self, subject=lambda: document.game)
        self.trajectory: Trajectory | None = None
        self.trajectory_game = document.game  # the game the trajectory is of (names, shape)
        self.equilibria: Any = ()
        self.frame = 0
        self.start_point: tuple[np.ndarray, np.ndarray] | None = None
        self.timer = QTimer(self)
        self._solved: tuple[object, Any] | None = None  # (payoffs, their equilibria)
        self._notice = ""  # said while the trajectory shows (e.g. which dynamic stands in)
        # The drawn items that follow the frame: (item, xs, ys, whole path or the point now).
        self._moving: list[tuple[Any, np.ndarray, np.ndarray, bool]] = []

    def build(self) -> None:
        import pyqtgraph as pg

        self.kind = QComboBox(self)
        for key, name in DYNAMICS.items():
            self.kind.addItem(_(name), key)
        self.steps = QSpinBox(self)
        self.steps.setRange(10, 5000)
        self.steps.setValue(300)
        self.play = QPushButton(icons.play(), self.tr("Play"), self)
        self.play.setCheckable(True)
        self.step = QPushButton(icons.step_forward(), self.tr("Step"), self)
        self.restart = QPushButton(icons.restart(), self.tr("Restart"), self)
        self.random_start = QPushButton(self.tr("Random start"), self)
        self.speed = QSlider(Qt.Orientation.Horizontal, self)
        self.speed.setRange(SLOWEST_FPS, FASTEST_FPS)
        self.speed.setValue(20)
        self.speed.setMinimumWidth(120)  # in a full toolbar it would shrink to a knob
        self.explanation = QLabel(self)
        self.explanation.setObjectName("dynamics_explanation")
        self.explanation.setWordWrap(True)
        self.status = QLabel(self)
        self.plot = pg.PlotWidget(self, background="w")
        self.plot.showGrid(x=True, y=True, alpha=0.15)
        self.legend = QLabel(self)
        self.legend.setWordWrap(True)
        self.legend.setFixedWidth(280)
        let_shrink(self.kind)
        self.save_plot = QPushButton(self.tr("Save plot…"), self)
        self.save_plot.clicked.connect(self.on_save_plot)
        choices, playback = QHBoxLayout(), QHBoxLayout()  # two rows: a projector is narrow
        for row, widgets in (
            (
                choices,
                (QLabel(self.tr("Dynamic"), self), self.kind, QLabel(self.tr("Steps"), self)),
            ),
            (choices, (self.steps, QLabel(self.tr("Speed"), self), self.speed)),
            (playback, (self.play, self.step, self.restart, self.random_start)),
        ):
            for widget in widgets:
                row.addWidget(widget)
        choices.addStretch()
        playback.addStretch()
        playback.addWidget(self.save_plot)
        self.plot_area = QWidget(self)
        body = QHBoxLayout(self.plot_area)
        body.setContentsMargins(0, 0, 0, 0)
        body.addWidget(self.plot, 1)
        body.addWidget(self.legend)
        layout = QVBoxLayout(self)
        layout.addLayout(choices)
        layout.addLayout(playback)
        layout.addWidget(self.explanation)
        layout.addWidget(self.plot_area, 1)
        layout.addWidget(self.status)
        self.kind.currentIndexChanged.connect(self.compute)
        self.steps.valueChanged.connect(self.compute)
        self.play.toggled.connect(self.on_play_toggled)
        self.step.clicked.connect(self.advance)
        self.restart.clicked.connect(lambda: self.show_frame(0))
        self.random_start.clicked.connect(self.on_random_start)
        self.speed.valueChanged.connect(self.on_speed)
        self.timer.timeout.connect(self.advance)
        self.runner.finished_job.connect(self.on_trajectory)
        self.runner.failed_job.connect(self.on_failed)
        self.plot.scene().sigMouseClicked.connect(self.on_plot_clicked)
        throttle = Throttle(40, self.compute, self)
        self.document.gameChanged.connect(throttle.trigger)
        self.document.valuesChanged.connect(throttle.trigger)
        self.on_speed(self.speed.value())
        self.compute()

    # --- computing ----------------------------------------------------------------------------

    def payoffs(self) -> tuple[np.ndarray, np.ndarray] | None:
        """The payoffs now; None, and no trajectory shown, where they are undefined."""
        try:
            return self.document.game.evaluate(self.document.values)
        except ValueError as error:
            self.runner.cancel()  # what runs is for payoffs that no longer hold
            self.trajectory, self._moving = None, []
            self.plot.clear()
            self.status.setText(str(error))
            return None

    def compute(self) -> None:
        """Run the chosen dynamic from the starting point, in the worker."""
        matrices = self.payoffs()
        if matrices is None:
            return
        A, B = matrices
        kind = self.kind.currentData()
        self.explanation.setText(_(EXPLANATIONS[kind]))
        self._notice = ""
        if kind == "replicator" and not is_symmetric(A, B):
            self._notice = self.tr(
                "The replicator dynamics need a symmetric game; showing the asymmetric ones."
            )
            kind = "asymmetric"
        self.status.setText(self._notice)
        m, n = A.shape
        if (
            self.start_point is None
            or self.start_point[0].shape != (m,)
            or self.start_point[1].shape != (n,)
        ):
            self.start_point = (
                np.full(m, 1 / m) + np.eye(m)[0] * 0.2,
                np.full(n, 1 / n) + np.eye(n)[-1] * 0.2,
            )
        x0, y0 = self.start_point
        steps = self.steps.value()
        payoffs = (A.tobytes(), B.tobytes(), A.shape)
        known = self._solved[1] if self._solved and self._solved[0] == payoffs else None

        def job(stop: Any, progress: Any) -> tuple[Trajectory, object, Any]:
            path = trajectory(A, B, kind, x0, y0, steps, 0, stop)
            return path, payoffs, known or solve(A, B, should_stop=stop).equilibria

        self.runner.submit(job)

    def on_failed(self, generation: int, text: str) -> None:
        self.status.setText(text)

    def on_trajectory(self, generation: int, result: tuple[Trajectory, object, Any]) -> None:
        if generation != self.runner.generation:
            return
        self.trajectory, payoffs, self.equilibria = result
        self.trajectory_game = self.document.game  # the runner delivers the open game's only
        self._solved = (payoffs, self.equilibria)
        self.status.setText(self._notice)
        self._draw_trajectory()
        self.show_frame(0 if self.play.isChecked() else len(self.trajectory) - 1)

    # --- playing back -------------------------------------------------------------------------

    def stop_playing(self) -> None:
        """No more frames (the window is closing)."""
        self.timer.stop()

    def on_speed(self, fps: int) -> None:
        self.timer.setInterval(int(1000 / max(fps, 1)))

    def on_play_toggled(self, playing: bool) -> None:
        self.play.setText(self.tr("Pause") if playing else self.tr("Play"))
        self.play.setIcon(icons.pause() if playing else icons.play())
        if playing:
            if self.trajectory is not None and self.frame >= len(self.trajectory) - 1:
                self.show_frame(0)
            self.timer.start()
        else:
            self.timer.stop()

    def advance(self) -> None:
        """One frame further (a bigger stride for long runs, so a play lasts seconds)."""
        if self.trajectory is None:
            return
        stride = max(1, len(self.trajectory) // 150)
        last = len(self.trajectory) - 1
        self.show_frame(min(self.frame + stride, last))
        if self.frame >= last and self.play.isChecked():
            self.play.setChecked(False)

    def show_frame(self, frame: int) -> None:
        """Show the trajectory up to ``frame`` (the items were drawn once, on its arrival)."""
        result = self.trajectory
        if result is None:
            return
        self.frame = max(0, min(frame, len(result) - 1))
        for item, xs, ys, whole in self._moving:
            if whole:
                item.setData(xs[: self.frame + 1], ys[: self.frame + 1])
            else:
                item.setData([xs[self.frame]], [ys[self.frame]])
        self.plot.setTitle(
            self.tr("step %1 of %2")
            .replace("%1", str(self.frame + 1))
            .replace("%2", str(len(result)))
        )

    def _draw_trajectory(self) -> None:
        """Everything that does not move with the frame, and the items that do."""
        result = self.trajectory
        if result is None:
            return
        self.plot.clear()
        self._moving = []
        if result.rows.shape[1] == 2 and result.columns.shape[1] == 2:
            self._square(result)
        elif (values := _values_of(self.document.game)) is not None:
            self._values(result, values)
        else:
            self._shares(result)

    def _square(self, result: Trajectory) -> None:
        """2×2 games: the path on the p–q square, from its start to where play is now."""
        import pyqtgraph as pg

        from explorer.app.plots import label_square, plot_equilibria_on_square

        plot = self.plot
        q, p = result.columns[:, 0], result.rows[:, 0]
        label_square(plot, self.trajectory_game)
        path = plot.plot(pen=pg.mkPen("#555555", width=line_width(3)))
        plot.plot([q[0]], [p[0]], pen=None, symbol="s", symbolSize=12, symbolBrush="#999999")
        now = plot.plot(pen=None, symbol="o", symbolSize=12, symbolBrush="#CC79A7")
        self._moving = [(path, q, p, True), (now, q, p, False)]
        plot_equilibria_on_square(plot, self.equilibria)
        plot.setXRange(0, 1, padding=0.05)
        plot.setYRange(0, 1, padding=0.05)
        self.legend.setText(
            self.tr(
                "<b>On the p–q square</b><br>■&nbsp;start (click the square to move it)<br>"
                "<span style='color:#CC79A7'>●</span>&nbsp;where play is now<br>"
                "<span style='color:%1'>●</span>&nbsp;Nash equilibria"
            ).replace("%1", EQUILIBRIUM_FRAME.name())
        )

    def _values(self, result: Trajectory, values: list[tuple[str, np.ndarray]]) -> None:
        """Family games: each player's average strategy value (a mean price) over time, the
        equilibrium's values at the right; one line a player instead of one a strategy."""
        import pyqtgraph as pg

        game, plot = self.document.game, self.plot
        plot.setLabel("bottom", self.tr("time"))
        plot.setLabel("left", self.tr("average strategy value"))
        entries = []
        for player, shares in ((ROW, result.rows), (COLUMN, result.columns)):
            variable, own = values[player]
            colour = pg.mkColor(player_colour_hex(player))
            curve = plot.plot(pen=pg.mkPen(colour, width=line_width(3), style=LINE_STYLES[player]))
            self._moving.append((curve, result.times, shares @ own, True))
            label = self.tr("%1: average %2").replace("%1", game.players[player].name)
            entries.append(
                f"<span style='color:{colour.name()}'>{LINE_SAMPLES[player]} "
                f"{label.replace('%2', variable)}</span>"
            )
            targets = [
                np.array(e.row if player == ROW else e.column) @ own for e in self.equilibria
            ]
            plot.plot(
                [result.times[-1]] * len(targets),
                targets,
                pen=None,
                symbol="o",
                symbolSize=10,
                symbolBrush=EQUILIBRIUM_FRAME.name(),
            )
        plot.setXRange(float(result.times[0]), float(result.times[-1]), padding=0.02)
        span = np.concatenate([own for _, own in values])
        plot.setYRange(float(span.min()), float(span.max()), padding=0.05)
        plot.getAxis("left").enableAutoSIPrefix(False)
        entries.append(
            f"<span style='color:{EQUILIBRIUM_FRAME.name()}'>●</span> "
            + self.tr("an equilibrium's values")
        )
        self.legend.setText("<br>".join(entries))

    def _shares(self, result: Trajectory) -> None:
        """Larger games: each strategy's share over time, equilibrium shares at the right."""
        import pyqtgraph as pg

        game, plot, equilibria = self.trajectory_game, self.plot, self.equilibria
        plot.setLabel("bottom", self.tr("time"))
        plot.setLabel("left", self.tr("share"))
        entries = []
        # In the symmetric replicator dynamics both roles are one population: draw it once.
        roles = (
            [(ROW, result.rows)]
            if result.kind == "replicator"
            else [(ROW, result.rows), (COLUMN, result.columns)]
        )
        for player, shares in roles:
            colour = pg.mkColor(player_colour_hex(player))
            for k, name in enumerate(game.players[player].strategies):
                style = k % len(LINE_STYLES)
                curve = plot.plot(
                    pen=pg.mkPen(colour, width=line_width(3), style=LINE_STYLES[style])
                )
                self._moving.append((curve, result.times, shares[:, k], True))
                entries.append(
                    f"<span style='color:{colour.name()}'>{LINE_SAMPLES[style]}&nbsp;"
                    f"{game.players[player].name}: {name}</span>"
                )
            if equilibria:
                target = np.array(equilibria[0].row if player == ROW else equilibria[0].column)
                plot.plot(
                    [result.times[-1]] * len(target),
                    target,
                    pen=None,
                    symbol="o",
                    symbolSize=10,
                    symbolBrush=EQUILIBRIUM_FRAME.name(),
                )
        plot.setXRange(float(result.times[0]), float(result.times[-1]), padding=0.02)
        plot.setYRange(0, 1, padding=0.05)
        entries.append(
            f"<span style='color:{EQUILIBRIUM_FRAME.name()}'>●</span>&nbsp;"
            + self.tr("an equilibrium's shares")
        )
        self.legend.setText("<br>".join(entries))

    # --- choosing the start -------------------------------------------------------------------

    def on_plot_clicked(self, event: Any) -> None:
        """On the p–q square, a click sets the starting point and runs again."""
        result = self.trajectory
        if result is None or result.rows.shape[1] != 2 or result.columns.shape[1] != 2:
            return
        where = self.plot.plotItem.vb.mapSceneToView(event.scenePos())
        self.set_start(where.y(), where.x())

    def set_start(self, p: float, q: float) -> None:
        """Start a 2×2 dynamic at P(row's first strategy) = p and P(column's first) = q."""
        p, q = min(max(p, 0.0), 1.0), min(max(q, 0.0), 1.0)
        self.start_point = (np.array([p, 1 - p]), np.array([q, 1 - q]))
        self.compute()

    def on_random_start(self) -> None:
        rng = np.random.default_rng()
        m, n = self.document.game.shape
        self.start_point = (rng.dirichlet(np.ones(m)), rng.dirichlet(np.ones(n)))
        self.compute()

    def redraw(self) -> None:
        if self._built and self.trajectory is not None:
            self._draw_trajectory()
            self.show_frame(self.frame)

    def on_save_plot(self) -> None:
        from explorer.app.plots import save_plot_as

        kind = self.kind.currentText()
        save_plot_as(self.plot_area, self, f"{self.document.game.title} {kind}")


def _values_of(game: Game) -> list[tuple[str, np.ndarray]] | None:
    """Each player's strategy variable and values, if both players' strategies are values."""
    found = [strategy_values(game, player) for player in (ROW, COLUMN)]
    return None if None in found else [f for f in found if f is not None]
