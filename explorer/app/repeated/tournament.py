"""The Repeated tab's Tournament page: a round robin of the ticked strategies, in a worker."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from explorer.app.repeated.setup import RepeatedSetup
from explorer.app.workers import JobRunner
from explorer.core import repeated
from explorer.core.game import COLUMN, ROW
from explorer.core.repeated import Strategy


@dataclass(frozen=True)
class TournamentResult:
    """A tournament's standings, with the setup it was played in and whether the roles
    are alike."""

    setup: RepeatedSetup
    symmetric: bool
    standings: list[repeated.Standing]


class TournamentPage(QWidget):
    """Entrants to tick, repetitions and a seed; the standings when every pair has played."""

    #: The user asked for a tournament (the tab answers with :meth:`start` and its setup).
    runRequested = Signal()
    failed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = JobRunner(self)
        self.entrants = QListWidget(self)
        self.repetitions = QSpinBox(self)
        self.repetitions.setRange(1, 100)
        self.repetitions.setValue(3)
        self.seed = QSpinBox(self)
        self.seed.setRange(0, 1_000_000)
        self.run = QPushButton(self.tr("Run tournament"), self)
        self.cancel = QPushButton(self.tr("Cancel"), self)
        self.progress = QProgressBar(self)
        self.status = QLabel(self)
        self.roles = QLabel(self)
        self.roles.setWordWrap(True)
        self.table = QTableWidget(0, 6, self)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Rank"),
                self.tr("Strategy"),
                self.tr("Score per period"),
                self.tr("Spread"),
                "",
                "",
            ]
        )
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self._layout()
        self.cancel.setEnabled(False)
        self.progress.hide()
        self.run.clicked.connect(self.runRequested)
        self.cancel.clicked.connect(self.on_cancel)
        self.runner.progressed.connect(self.on_progress)
        self.runner.finished_job.connect(self.on_standings)
        self.runner.failed_job.connect(self.on_failed)

    def _layout(self) -> None:
        controls = QHBoxLayout()
        for text, widget in (
            (self.tr("Repetitions"), self.repetitions),
            (self.tr("Seed"), self.seed),
        ):
            controls.addWidget(QLabel(text, self))
            controls.addWidget(widget)
        controls.addWidget(self.run)
        controls.addWidget(self.progress, 1)
        controls.addWidget(self.cancel)
        left = QVBoxLayout()
        left.addWidget(QLabel(self.tr("Entrants (each meets every one, in both roles):"), self))
        left.addWidget(self.entrants)
        right = QVBoxLayout()
        right.addLayout(controls)
        right.addWidget(self.status)
        right.addWidget(self.roles)
        right.addWidget(self.table, 1)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 1)
        layout.addLayout(right, 2)

    def set_strategies(self, strategies: list[Strategy]) -> None:
        """Offer ``strategies`` as entrants, all ticked."""
        self.entrants.clear()
        for strategy in strategies:
            item = QListWidgetItem(strategy.name, self.entrants)
            item.setData(Qt.ItemDataRole.UserRole, strategy)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)

    def entrant_strategies(self) -> list[Strategy]:
        items = [self.entrants.item(k) for k in range(self.entrants.count())]
        return [
            i.data(Qt.ItemDataRole.UserRole)
            for i in items
            if i.checkState() == Qt.CheckState.Checked
        ]

    def start(self, setup: RepeatedSetup) -> None:
        """Play every ticked strategy against every other, in both roles, in the worker."""
        strategies = self.entrant_strategies()
        if not strategies:
            self.status.setText(self.tr("Tick at least one strategy."))
            return
        repetitions, seed = self.repetitions.value(), self.seed.value()
        self.progress.setRange(0, len(strategies) ** 2 * repetitions)
        self.progress.setValue(0)
        self._set_running(True)
        self.runner.submit(
            lambda stop, progress: TournamentResult(
                setup,
                repeated.is_symmetric(setup.stage()),
                repeated.tournament(
                    setup.stage(),
                    strategies,
                    setup.convention,
                    setup.periods,
                    setup.discount_factor,
                    setup.noise,
                    repetitions,
                    seed,
                    progress=progress,
                    should_stop=stop,
                ),
            )
        )

    def _set_running(self, running: bool) -> None:
        self.run.setEnabled(not running)
        self.cancel.setEnabled(running)
        self.progress.setVisible(running)
        self.status.setText(self.tr("Playing…") if running else "")

    def on_progress(self, generation: int, done: int, total: int) -> None:
        if generation == self.runner.generation:
            self.progress.setValue(done)

    def on_cancel(self) -> None:
        self.runner.cancel()
        self._set_running(False)
        self.status.setText(self.tr("Tournament cancelled."))

    def on_failed(self, generation: int, text: str) -> None:
        if generation == self.runner.generation:
            self._set_running(False)
            self.failed.emit(text)

    def on_standings(self, generation: int, result: TournamentResult) -> None:
        if generation != self.runner.generation:
            return
        self._set_running(False)
        self.show_standings(result)

    def show_standings(self, result: TournamentResult) -> None:
        """The ranking, each role's score beside it in an asymmetric game, and what the
        score means there."""
        standings, game = result.standings, result.setup.game
        names = [p.name for p in game.players]
        for column, name in ((4, names[ROW]), (5, names[COLUMN])):
            header = QTableWidgetItem(self.tr("as %1").replace("%1", name))
            self.table.setHorizontalHeaderItem(column, header)
            self.table.setColumnHidden(column, result.symmetric)
        self.roles.setText(repeated.roles_sentence(game, result.symmetric))
        self.table.setRowCount(len(standings))
        for row, standing in enumerate(standings):
            cells = (
                str(row + 1),
                standing.strategy.name,
                f"{standing.score:.4f}",
                f"± {standing.spread:.3f}",
                f"{standing.row_score:.4f}",
                f"{standing.column_score:.4f}",
            )
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.status.setText(
            self.tr("%1 wins with %2 per period.")
            .replace("%1", standings[0].strategy.name)
            .replace("%2", f"{standings[0].score:.3f}")
        )
