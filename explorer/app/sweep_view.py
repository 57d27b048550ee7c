"""The Sweep tab: choose one or two parameters, run the sweep in a worker, see lines or a map.

It stays one module (over 400 lines): the tab's axis controls, its run and its results for a
table and for a tree share one state (the axes, the running job, the shown result); the
drawing is in :mod:`explorer.render.sweep_plot`.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from explorer.app.document import GameDocument
from explorer.app.fit import let_shrink
from explorer.app.parameter_names import display_name, labelled
from explorer.app.workers import JobRunner
from explorer.app.writing import export_file
from explorer.core.game import COLUMN, ROW, Game
from explorer.core.io.atomic import write_text_atomic
from explorer.core.sweep import Axis, Outcome, Selection, SweepResult, run_sweep
from explorer.core.tree.sweep import TreeSweepResult, tree_sweep
from explorer.render.guard import guard_qt_calls

if TYPE_CHECKING:
    from explorer.render.tree_sweep_plot import TreeSweepPlot

#: The plot's least height, in pixels: room for a map on a 1280 × 800 projector.
MINIMUM_PLOT_HEIGHT = 240
#: The read-out's height: where, the regime and two equilibria.
HOVER_LINES = 4
DEFAULT_POINTS_1D = 101
DEFAULT_POINTS_2D = 41
#: Grid points per chunk: progress is reported (and cancelling takes effect) per chunk.
CHUNK_POINTS = 1_024


translate = QCoreApplication.translate


class AxisControls:
    """A parameter choice with start, stop and number of points, laid out on one grid row."""

    def __init__(self, parent: QWidget, grid: QGridLayout, row: int, label: QWidget) -> None:
        self.label = label
        self.name = QComboBox(parent)
        self.start = QDoubleSpinBox(parent)
        self.stop = QDoubleSpinBox(parent)
        self.points = QSpinBox(parent)
        self.points.setRange(2, 501)
        for spin in (self.start, self.stop):
            spin.setDecimals(3)
        for column, widget in enumerate(
            (
                self.label,
                self.name,
                QLabel(translate("AxisControls", "from"), parent),
                self.start,
                QLabel(translate("AxisControls", "to"), parent),
                self.stop,
            )
        ):
            grid.addWidget(widget, row, column)
        grid.addWidget(QLabel(translate("AxisControls", "points"), parent), row, 6)
        grid.addWidget(self.points, row, 7)
        self.name.currentTextChanged.connect(self._on_name_changed)
        self.game: Game | None = None

    def set_game(self, game: Game, preferred: str, points: int) -> None:
        self.game = game
        self.name.blockSignals(True)
        self.name.clear()
        for name in game.parameter_names:
            self.name.addItem(labelled(name), name)
        self.name.blockSignals(False)
        if preferred in game.parameter_names:
            self.name.setCurrentIndex(self.name.findData(preferred))
        self._on_name_changed()
        self.points.setValue(points)

    def parameter(self) -> str:
        """The name of the parameter chosen ("" while the game has none)."""
        return str(self.name.currentData() or "")

    def _on_name_changed(self, _shown: str = "") -> None:
        name = self.parameter()
        if self.game is None or name not in self.game.parameter_names:
            return
        parameter = self.game.parameter(name)
        for spin, value in ((self.start, parameter.minimum), (self.stop, parameter.maximum)):
            spin.setRange(parameter.minimum, parameter.maximum)
            spin.setSingleStep((parameter.maximum - parameter.minimum) / 20)
            spin.setValue(value)

    def axis(self) -> Axis:
        return Axis(self.parameter(), self.start.value(), self.stop.value(), self.points.value())

    def set_enabled(self, enabled: bool) -> None:
        for widget in (self.name, self.start, self.stop, self.points):
            widget.setEnabled(enabled)


@guard_qt_calls
class SweepView(QWidget):
    """Comparative statics of the open game: regime maps and lines over the levers."""

    parametersPicked = Signal(dict)
    message = Signal(str)

    def __init__(self, document: GameDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.runner = JobRunner(self, subject=lambda: document.game)
        self.chunk_points = CHUNK_POINTS
        self.result: SweepResult | None = None
        self.tree_result: TreeSweepResult | None = None  # a tree's subgame-perfect sweep
        self._outcomes_2d = False
        self.plot: TreeSweepPlot | None = None  # created on first use: pyqtgraph loads slowly
        grid = QGridLayout()
        self.x_axis = AxisControls(self, grid, 0, QLabel(self.tr("Vary"), self))
        self.use_y = QCheckBox(self.tr("and"), self)  # the second axis's label turns it on
        self.y_axis = AxisControls(self, grid, 1, self.use_y)
        self.use_y.toggled.connect(self.on_use_y_toggled)
        self.concept = QComboBox(self)  # for a tree: its subgame-perfect outcome, or Nash
        self.concept.addItem(self.tr("the subgame-perfect outcome of the tree"), True)
        self.concept.addItem(self.tr("the Nash equilibria of its strategic form"), False)
        self.concept_label = QLabel(self.tr("Solve for"), self)
        self.outcome = QComboBox(self)
        self.selection = QComboBox(self)
        for rule in Selection:  # a heatmap shows one equilibrium's value: "all" cannot be
            if rule is not Selection.ALL:
                self.selection.addItem(rule.label, rule)
        let_shrink(self.outcome, self.selection)
        self.selection.setToolTip(
            self.tr("Which equilibrium's value a heatmap shows where several coexist")
        )
        self.run_button = QPushButton(self.tr("Run sweep"), self)
        self.run_button.setDefault(True)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.progress = QProgressBar(self)
        self.export_png = QPushButton(self.tr("Save PNG…"), self)
        self.export_svg = QPushButton(self.tr("Save SVG…"), self)
        self.export_csv = QPushButton(self.tr("Save CSV…"), self)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.hover = QLabel(self)
        self.hover.setObjectName("hover")
        self.hover.setWordWrap(True)
        self.hover.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.hover.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.reserve_hover_lines()
        self.hover.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.plot_box = QVBoxLayout()
        self._layout(grid)
        self._connect_signals()
        self.on_game_changed()
        self.set_running(False)

    def reserve_hover_lines(self) -> None:
        """A read-out of a fixed height, from the start and whatever it says: the plot must
        neither shrink nor move when it appears or grows (a longer one is cut; the plot's
        tooltip has it whole)."""
        self.hover.setFixedHeight(self.hover.fontMetrics().lineSpacing() * HOVER_LINES)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:  # presenter mode scales the font
            self.reserve_hover_lines()

    def _layout(self, grid: QGridLayout) -> None:
        show = QHBoxLayout()
        show.addWidget(self.concept_label)
        show.addWidget(self.concept, 2)
        show.addWidget(QLabel(self.tr("Show"), self))
        show.addWidget(self.outcome, 2)
        show.addWidget(QLabel(self.tr("where several equilibria:"), self))
        show.addWidget(self.selection, 1)
        show.addStretch()
        run = QHBoxLayout()
        run.addWidget(self.run_button)
        run.addWidget(self.progress, 1)
        run.addWidget(self.cancel_button)
        run.addSpacing(20)
        for button in (self.export_png, self.export_svg, self.export_csv):
            run.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addLayout(show)
        layout.addLayout(run)
        layout.addWidget(self.status)
        layout.addLayout(self.plot_box, 1)
        layout.addWidget(self.hover)

    def _connect_signals(self) -> None:
        self.run_button.clicked.connect(self.start)
        self.cancel_button.clicked.connect(self.on_cancel)
        self.runner.progressed.connect(self.on_progress)
        self.runner.finished_job.connect(self.on_finished)
        self.runner.failed_job.connect(self.on_failed)
        self.outcome.currentIndexChanged.connect(self.redraw)
        self.concept.currentIndexChanged.connect(self.on_concept_changed)
        self.selection.currentIndexChanged.connect(self.redraw)
        self.export_png.clicked.connect(lambda: self.on_export("png"))
        self.export_svg.clicked.connect(lambda: self.on_export("svg"))
        self.export_csv.clicked.connect(lambda: self.on_export("csv"))
        self.document.gameChanged.connect(self.on_game_changed)
        self.document.valuesChanged.connect(self.on_values_changed)

    # --- set-up from the game -------------------------------------------------------------------

    def on_game_changed(self) -> None:
        game = self.document.game
        names = game.parameter_names
        if self.result is not None and self.result.game == game:
            return
        shown = tuple(self.x_axis.name.itemData(k) for k in range(self.x_axis.name.count()))
        if shown != names:
            first = "subsidy" if "subsidy" in names else (names[0] if names else "")
            second = (
                "trust_penalty"
                if "trust_penalty" in names
                else (names[1] if len(names) > 1 else "")
            )
            self.x_axis.set_game(game, first, DEFAULT_POINTS_2D)
            self.y_axis.set_game(game, second, DEFAULT_POINTS_2D)
            self.use_y.setChecked(len(names) > 1)
        self.use_y.setEnabled(len(names) > 1)
        self.on_use_y_toggled(self.use_y.isChecked() and len(names) > 1)
        for widget in (self.concept_label, self.concept):
            widget.setVisible(self.document.tree is not None)
        self.on_concept_changed(self.concept.currentIndex())
        self.run_button.setEnabled(bool(names))
        if not names:
            self.status.setText(
                self.tr("This game has no parameters to vary. Add one in the Parameters panel.")
            )
        elif self.result is not None:
            self.status.setText(
                self.tr("The game has changed since this sweep: press Run sweep to update it.")
            )
        else:  # what was said of the game before (it had no parameters) no longer holds
            self.status.setText(self.tr("Choose what to vary and press Run sweep."))

    def on_use_y_toggled(self, checked: bool) -> None:
        self.y_axis.set_enabled(checked)
        self.x_axis.points.setValue(DEFAULT_POINTS_2D if checked else DEFAULT_POINTS_1D)
        self._fill_outcomes(two_dimensional=checked)

    def _fill_outcomes(self, two_dimensional: bool) -> None:
        game = self.document.game
        choices: list[tuple[str, Outcome]] = []
        if two_dimensional:
            choices.append((self.tr("Equilibrium regimes (map)"), Outcome("regimes")))
        else:
            choices.append((self.tr("Both players' equilibrium payoffs"), Outcome("payoffs")))
        for player in (ROW, COLUMN):
            choices.append(
                (
                    self.tr("%1's payoff").replace("%1", game.players[player].name),
                    Outcome("payoff", player),
                )
            )
        for player in (ROW, COLUMN):
            for k, strategy in enumerate(game.players[player].strategies):
                text = (
                    self.tr("P(%1) for %2")
                    .replace("%1", strategy)
                    .replace("%2", game.players[player].name)
                )
                choices.append((text, Outcome("probability", player, k)))
        choices.append((self.tr("Number of equilibria"), Outcome("count")))
        self._outcomes_2d = two_dimensional
        self.outcome.blockSignals(True)
        self.outcome.clear()
        for text, outcome in choices:
            self.outcome.addItem(text, outcome)
        self.outcome.blockSignals(False)

    # --- running ------------------------------------------------------------------------------

    def axes(self) -> tuple[Axis, Axis | None]:
        return self.x_axis.axis(), (self.y_axis.axis() if self.use_y.isChecked() else None)

    def start(self) -> None:
        """Run the sweep in the worker; the rest of the app stays responsive."""
        game, values, chunk = self.document.game, self.document.values, self.chunk_points
        x, y = self.axes()
        self.progress.setRange(0, x.count * (y.count if y else 1))
        self.progress.setValue(0)
        self.set_running(True)
        self.status.setText(self.tr("Solving…"))
        tree = self.document.tree
        if tree is not None and self.concept.currentData():
            self.runner.submit(
                lambda stop, progress: tree_sweep(tree, x, y, values, progress, stop)
            )
            return
        self.runner.submit(
            lambda stop, progress: run_sweep(
                game, x, y, values, chunk_points=chunk, progress=progress, should_stop=stop
            )
        )

    def on_concept_changed(self, _index: int) -> None:
        """A tree's sweep shows its subgame-perfect paths: the Nash outcome choices do not
        apply to it."""
        tree_sweep_wanted = self.document.tree is not None and bool(self.concept.currentData())
        self.outcome.setEnabled(not tree_sweep_wanted)
        self.selection.setEnabled(not tree_sweep_wanted)

    def set_running(self, running: bool) -> None:
        self.run_button.setEnabled(not running and bool(self.document.game.parameter_names))
        self.cancel_button.setEnabled(running)
        self.progress.setVisible(running)
        for button in (self.export_png, self.export_svg, self.export_csv):
            button.setEnabled(not running and self.shown is not None)

    def on_progress(self, generation: int, done: int, total: int) -> None:
        if generation == self.runner.generation:
            self.progress.setMaximum(total)
            self.progress.setValue(done)

    def on_cancel(self) -> None:
        self.runner.cancel()
        self.set_running(False)
        self.status.setText(self.tr("Sweep cancelled."))

    def on_failed(self, generation: int, text: str) -> None:
        if generation == self.runner.generation:
            self.set_running(False)
            self.status.setText(text)
            self.message.emit(text)

    @property
    def shown(self) -> SweepResult | TreeSweepResult | None:
        """The sweep on show: a strategic game's, or a tree's subgame-perfect one."""
        return self.tree_result if self.tree_result is not None else self.result

    def on_finished(self, generation: int, result: SweepResult | TreeSweepResult) -> None:
        if generation != self.runner.generation:
            return
        if isinstance(result, TreeSweepResult):
            self.show_tree_sweep(result)
            return
        self.tree_result = None
        self.result = result
        self.set_running(False)
        fallback = int(result.solution.fallback.sum())
        self.status.setText(
            self.tr(
                "%1 points, %2 regime(s); %3 degenerate or borderline point(s) solved one by one."
            )
            .replace("%1", f"{len(result):,}")
            .replace("%2", str(len(result.regimes)))
            .replace("%3", str(fallback))
        )
        self.redraw()

    # --- drawing, hover, click, export -----------------------------------------------------------

    def show_tree_sweep(self, result: TreeSweepResult) -> None:
        self.result = None
        self.tree_result = result
        self.set_running(False)
        self.status.setText(
            self.tr("%1 points, %2 regime(s) of subgame-perfect play.")
            .replace("%1", f"{len(result):,}")
            .replace("%2", str(len(result.regimes)))
        )
        self.redraw()

    def ensure_plot(self) -> TreeSweepPlot:
        from explorer.render.tree_sweep_plot import TreeSweepPlot

        if self.plot is None:
            self.plot = TreeSweepPlot(self, parameter_label=display_name)
            self.plot.setMinimumHeight(MINIMUM_PLOT_HEIGHT)
            self.plot.pointHovered.connect(self.hover.setText)
            self.plot.pointClicked.connect(self.on_point_clicked)
            self.plot_box.addWidget(self.plot)
        return self.plot

    def redraw(self) -> None:
        if self.tree_result is not None:
            self.ensure_plot().show_tree(self.tree_result)
            return
        result = self.result
        outcome = self.outcome.currentData()
        if result is None or outcome is None:
            return
        plot = self.ensure_plot()
        self.hover.setText("")  # it was about the plot drawn before
        two_dimensional = result.y is not None
        if two_dimensional != self._outcomes_2d:  # the choices were changed for another sweep
            self._fill_outcomes(two_dimensional)
            outcome = self.outcome.currentData()
        # A selection rule matters only where a heatmap shows one value per point.
        self.selection.setEnabled(two_dimensional and outcome.kind != "regimes")
        if two_dimensional:
            plot.show_map(result, outcome, self.selection.currentData())
        else:
            plot.show_line(result, outcome)
        self.on_values_changed()

    def on_values_changed(self) -> None:
        """Where am I? The plot marks the current parameter values."""
        result, plot = self.result, self.plot
        if result is None or plot is None:
            return
        values = self.document.values
        y = result.y
        if result.x.name in values and (y is None or y.name in values):
            plot.show_position(values[result.x.name], None if y is None else values[y.name])

    def on_point_clicked(self, parameters: dict[str, float]) -> None:
        result = self.shown
        if result is None:
            return
        swept = {result.x.name} | ({result.y.name} if result.y is not None else set())
        self.parametersPicked.emit({k: v for k, v in parameters.items() if k in swept})

    def on_export(self, kind: str) -> None:
        if self.shown is None:
            return
        filters = {
            "png": self.tr("PNG image (*.png)"),
            "svg": self.tr("SVG drawing (*.svg)"),
            "csv": self.tr("CSV table (*.csv)"),
        }
        suggested = str(Path.home() / f"{self.document.game.title} sweep.{kind}")
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export"), suggested, filters[kind])
        if path:
            self.export(path)

    def export(self, path: str) -> bool:
        """Save the plot (PNG or SVG) or the data (CSV) by the file name's ending."""
        from explorer.render.export import save_plot

        result = self.shown
        if result is None:
            return False
        file = Path(path)
        if file.suffix.lower() == ".csv":
            written = export_file(file, lambda: write_text_atomic(file, result.csv_text()))
        else:
            written = export_file(file, lambda: save_plot(self.ensure_plot(), file))
        self.message.emit(written.message)
        return written.ok
