"""The Repeated tab: the open game played every period, its thresholds, tournaments, collusion.

The tab holds the choices (:class:`RepeatedControls`) and four pages, each with its own
worker: the match, the payoff region and its thresholds, the tournament, the collusion map.
A new game first gets its preset (the default convention needs the stage equilibria, so a
worker works it out); what is asked for meanwhile runs once it has landed.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtWidgets import QLabel, QPushButton, QTabWidget, QVBoxLayout, QWidget

from explorer.app.document import GameDocument
from explorer.app.repeated.collusion import CollusionPage
from explorer.app.repeated.controls import RepeatedControls
from explorer.app.repeated.match import MatchPage, MatchResult
from explorer.app.repeated.region import RegionPage, Theory, same_game
from explorer.app.repeated.setup import RepeatedSetup
from explorer.app.repeated.tournament import TournamentPage
from explorer.app.tabs import LazyTab
from explorer.app.workers import JobRunner, Throttle
from explorer.core import repeated
from explorer.core.game import COLUMN, ROW, Game
from explorer.core.repeated import Convention, StageGame

#: Changes of the choices or the parameter values are merged over this many milliseconds.
THROTTLE_MS = 40


@dataclass(frozen=True)
class Preset:
    """The choices for a newly opened game; the default convention needs its equilibria."""

    stage: StageGame
    convention: Convention
    settings: dict[str, Any]
    problem: str  # why the game's own preset could not be used, or ""


def _preset(game: Game, values: dict[str, float]) -> Preset:
    stage = StageGame.of(game, values, 1)
    settings = repeated.settings_of(game)
    try:
        return Preset(stage, repeated.convention_from(stage, settings), settings, "")
    except repeated.RepeatedGameError as error:  # a preset naming actions the game lacks
        return Preset(stage, Convention.default(stage), settings, str(error))


class RepeatedView(LazyTab):
    """Choose strategies, δ and the meaning of cooperation; see the match, the payoff region,
    a tournament and where collusion holds as a lever moves."""

    def __init__(self, document: GameDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.preset_runner = JobRunner(self)
        self._shape: tuple[tuple[str, ...], tuple[str, ...]] | None = None
        self._preset_pending = False
        self._after_preset: list[Callable[[RepeatedSetup], None]] = []

    @property
    def match(self) -> MatchResult | None:
        """The match shown, once the tab has been built and has simulated one."""
        return self.match_page.result if self._built else None

    @property
    def theory(self) -> Theory | None:
        """The thresholds shown, once the tab has been built and has worked them out."""
        return self.region.theory if self._built else None

    def build(self) -> None:
        self.controls = RepeatedControls(self)
        self.sentence = QLabel(self)
        self.sentence.setObjectName("sentence")
        self.sentence.setWordWrap(True)
        self.sentence.setStyleSheet("font-size: 14pt; font-weight: bold;")
        self.match_page = MatchPage(self)
        self.region = RegionPage(self)
        self.tournament = TournamentPage(self)
        self.collusion = CollusionPage(self)
        self.views = QTabWidget(self)
        self.views.addTab(self.match_page, self.tr("Match"))
        self.views.addTab(self.region, self.tr("Payoff region"))
        self.views.addTab(self.tournament, self.tr("Tournament"))
        self.views.addTab(self.collusion, self.tr("Collusion"))
        self.save_plot = QPushButton(self.tr("Save plot…"), self)
        self.views.setCornerWidget(self.save_plot)
        layout = QVBoxLayout(self)
        layout.addWidget(self.controls)
        layout.addWidget(self.sentence)
        layout.addWidget(self.views, 1)
        self._throttle = Throttle(THROTTLE_MS, self.request, self)
        self._connect_signals()
        self.on_game_changed()

    def _connect_signals(self) -> None:
        self.document.gameChanged.connect(self.on_game_changed)
        self.document.valuesChanged.connect(self._throttle.trigger)
        self.controls.changed.connect(self._throttle.trigger)
        self.preset_runner.finished_job.connect(self.on_preset)
        self.preset_runner.failed_job.connect(self.on_preset_failed)
        self.match_page.shown.connect(self.region.show_match)
        self.match_page.shown.connect(self.on_shown)
        self.region.shown.connect(self.on_shown)
        for page in (self.match_page, self.region, self.tournament, self.collusion):
            page.failed.connect(self.sentence.setText)
        self.tournament.runRequested.connect(lambda: self.when_ready(self.tournament.start))
        self.collusion.runRequested.connect(lambda: self.when_ready(self.collusion.start))
        self.save_plot.clicked.connect(self.on_save_plot)

    # --- the game and its preset --------------------------------------------------------------

    def on_game_changed(self) -> None:
        game = self.document.game
        self.controls.show_game(game)
        self.collusion.set_levers(game)
        names = (game.players[ROW].strategies, game.players[COLUMN].strategies)
        if names != self._shape:
            self._shape = names
            self._preset_pending = True
            values = self.document.values
            self.preset_runner.submit(lambda stop, progress: _preset(game, values))
        self.request()

    def on_preset_failed(self, generation: int, text: str) -> None:
        if generation == self.preset_runner.generation:
            self._preset_pending = False
            self._after_preset.clear()
            self.sentence.setText(text)

    def on_preset(self, generation: int, preset: Preset) -> None:
        """Fill the choices that depend on the convention, then run what waited for them."""
        if generation != self.preset_runner.generation:
            return
        self._preset_pending = False
        if preset.problem:
            self.sentence.setText(preset.problem)
        entrants = self.controls.apply_preset(preset.stage, preset.convention, preset.settings)
        self.tournament.set_strategies(entrants)
        waiting, self._after_preset = self._after_preset, []
        for run in dict.fromkeys(waiting):
            self.when_ready(run)

    # --- asking the pages for work ------------------------------------------------------------

    def setup(self) -> RepeatedSetup | None:
        """The repeated game as set up now, or None while its choices are being filled."""
        if self._preset_pending or not self.controls.is_filled():
            return None
        return self.controls.setup(self.document.game, self.document.values)

    def when_ready(self, run: Callable[[RepeatedSetup], None]) -> None:
        """Run ``run`` on the current setup now, or once the preset has landed."""
        if self._preset_pending:
            self._after_preset.append(run)
            return
        setup = self.setup()
        if setup is not None:
            run(setup)

    def request(self) -> None:
        """A new match, and new thresholds if what they depend on changed."""
        setup = self.setup()
        if setup is not None:
            self.match_page.request(setup)
            self.region.request(setup)

    def on_shown(self, _result: object) -> None:
        """A new match or new thresholds: say whether the target lasts at the match's δ."""
        self.show_verdict()

    def show_verdict(self) -> None:
        """The thresholds and, at the δ the match was played with, whether the target lasts;
        if it does not, the match page draws the deviation that pays."""
        theory, match = self.region.theory, self.match_page.result
        if theory is None or match is None or not same_game(theory.setup, match.setup):
            return
        verdict, deviation = theory.verdict(match.setup.discount_factor)
        self.sentence.setText(theory.sentence + (f"\n{verdict}" if verdict else ""))
        self.match_page.show_deviation(theory.stage, theory.analysis, deviation)

    def redraw(self) -> None:
        if self._built:
            self.match_page.redraw()
            self.region.redraw()

    def on_save_plot(self) -> None:
        """Save what the current page shows (its plots), as PNG or SVG."""
        from explorer.app.plots import save_plot_as

        page = self.views.currentWidget()
        name = f"{self.document.game.title} {self.views.tabText(self.views.currentIndex())}"
        save_plot_as(page, self, name)
