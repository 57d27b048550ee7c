"""Solving the open game in the background: one request per change, the newest answer wins."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from explorer.app.document import GameDocument
from explorer.app.workers import JobRunner, Throttle
from explorer.core.game import Game
from explorer.core.report import Report, analyse
from explorer.render.guard import guard_qt_calls

#: Slider moves are merged into at most one solve request per this many milliseconds.
VALUE_THROTTLE_MS = 30


@guard_qt_calls
class SolveController(QObject):
    """Keeps :attr:`report` the analysis of the document's game at its current values.

    Every edit of the game asks at once; slider moves are merged by a :class:`Throttle`.
    The worker tags each answer with its request's generation, and only the answer to the
    newest request is shown: a slow solve of an older game never overwrites a newer one.
    """

    #: A fresh analysis for the current game and values (on the GUI thread).
    reportShown = Signal(object)
    #: The current game cannot be solved at these values, in one sentence.
    failed = Signal(str)
    busy = Signal(bool)

    def __init__(self, document: GameDocument, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.method = "auto"
        self.report: Report | None = None
        self.runner = JobRunner(self, subject=lambda: document.game)
        self._requested: tuple[object, ...] | None = None
        self._requested_game: Game | None = None
        self.throttle = Throttle(VALUE_THROTTLE_MS, self.request, self)
        document.gameChanged.connect(self.request)
        document.valuesChanged.connect(self.throttle.trigger)
        self.runner.finished_job.connect(self.on_report)
        self.runner.failed_job.connect(self.on_failed)
        self.runner.busy.connect(self.busy)

    def request(self) -> None:
        """Ask the worker for a fresh analysis unless the same one was asked for already."""
        game, values, method = self.document.game, self.document.values, self.method
        key = (tuple(sorted(values.items())), method)
        # The game by identity, as the runner tells a stale answer: the same file opened again
        # is another (equal) game object, and the answer for the first one will be dropped.
        if key == self._requested and game is self._requested_game:
            return
        self._requested, self._requested_game = key, game
        self.runner.submit(lambda stop, _progress: analyse(game, values, method, stop))

    def set_method(self, method: str) -> None:
        self.method = method
        self.request()

    def cancel(self) -> None:
        """Abandon the running solve; the report shown stays the last one finished."""
        self.runner.cancel()
        self._requested = None
        self.busy.emit(False)

    def on_report(self, generation: int, report: Report) -> None:
        if generation == self.runner.generation:
            self.report = report
            self.reportShown.emit(report)

    def on_failed(self, generation: int, message: str) -> None:
        if generation == self.runner.generation:
            self.failed.emit(message)
