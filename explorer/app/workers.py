"""Background work: one thread per kind of job, the newest request supersedes older ones."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QMutex,
    QMutexLocker,
    QObject,
    Qt,
    QThread,
    QTimer,
    Signal,
)

from explorer.core.formula import FormulaError
from explorer.core.game import GameError
from explorer.core.solve import SolveCancelled
from explorer.render.guard import guard_qt_calls, report_current_exception

StopCheck = Callable[[], bool]
Progress = Callable[[int, int], None]
Job = Callable[[StopCheck, Progress], Any]

#: Errors a job may end with that are the user's input, reported as a sentence.
EXPECTED_ERRORS = (FormulaError, GameError, ValueError)
#: Stack of a worker thread: deep enough for the parsers' bounded recursion on every system
#: (a secondary thread gets 512 KB on macOS by default).
WORKER_STACK_BYTES = 8 * 1024 * 1024
#: The longest a closing window waits for all its workers together, in seconds.
SHUTDOWN_SECONDS = 3.0

#: Runners whose job did not stop in time when their window closed: kept alive (a running
#: QThread must never be destroyed) until their job returns.
_abandoned: set[JobRunner] = set()


class Cancelled(Exception):
    """Raised inside a job when its stop check says it has been superseded or cancelled."""


def failure_sentence() -> str:
    """What a view says when a job failed on a bug (the details go to the crash report)."""
    return QCoreApplication.translate(
        "JobRunner", "Something went wrong while working this out; the details are in the log."
    )


def superseded_sentence() -> str:
    """What a view says when the answer it waited for is about a game no longer open."""
    return QCoreApplication.translate(
        "JobRunner", "Not shown: the game has changed since this was asked for."
    )


@guard_qt_calls
class JobRunner(QThread):
    """Runs jobs one at a time off the GUI thread; only the newest request matters.

    Like Qt's Mandelbrot example, the request sits under a mutex and a job polls its stop
    check, so that a newer request, :meth:`cancel` or :meth:`shutdown` makes it give up
    early. Results arrive by signal, tagged with the request's number.

    Each request also records what it is about: :attr:`subject` (a callable: the document's
    game, say) when it was submitted. A result is delivered on the GUI thread only if its
    request is still the newest and its subject is still ``subject()``: a view never
    receives the answer for a game that is no longer open, however the answer and the new
    game raced. If the subject changed and nothing newer was asked for, the view is told
    in one sentence (on :attr:`failed_job`) so that it stops waiting.
    A job that fails on the user's input delivers its sentence; one that fails on a bug is
    reported (the crash dialog and the log) and delivers one sentence, never a traceback.
    The thread runs only while there is work.
    """

    finished_job = Signal(int, object)
    failed_job = Signal(int, str)
    progressed = Signal(int, int, int)
    busy = Signal(bool)
    # From the worker to the GUI thread: the request, what it was about, the outcome.
    _answered = Signal(int, object, object)
    _refused = Signal(int, object, str)

    def __init__(
        self, parent: QObject | None = None, subject: Callable[[], object] | None = None
    ) -> None:
        super().__init__(parent)
        self._mutex = QMutex()
        self._pending: tuple[int, Job, object] | None = None
        self._generation = 0
        self._active = False
        self._in_flight = 0  # answers sent to the GUI thread and not yet delivered
        self.subject = subject
        self.setStackSize(WORKER_STACK_BYTES)
        self._answered.connect(self.on_answered, Qt.ConnectionType.QueuedConnection)
        self._refused.connect(self.on_refused, Qt.ConnectionType.QueuedConnection)

    @property
    def generation(self) -> int:
        with QMutexLocker(self._mutex):
            return self._generation

    def submit(self, job: Job) -> int:
        """Queue ``job`` in place of any waiting one and stop the running one; its number."""
        about = self.subject() if self.subject is not None else None
        with QMutexLocker(self._mutex):
            self._generation += 1
            self._pending = (self._generation, job, about)
            generation = self._generation
            start = not self._active
            self._active = True
        if start:
            self.wait()  # a thread that just ran dry may still be returning from run()
            self.start(QThread.Priority.LowPriority)
        return generation

    @property
    def is_working(self) -> bool:
        """True while a job runs or its answer is on its way to the GUI thread."""
        with QMutexLocker(self._mutex):
            in_flight = self._in_flight
        return in_flight > 0 or self.isRunning()

    def _send(self, signal: Any, generation: int, about: object, outcome: object) -> None:
        """From the worker: hand an answer to the GUI thread (unless it is stale already)."""
        with QMutexLocker(self._mutex):
            if generation != self._generation:
                return
            self._in_flight += 1
        signal.emit(generation, about, outcome)

    def _received(self) -> None:
        with QMutexLocker(self._mutex):
            self._in_flight -= 1

    def cancel(self) -> None:
        """Abandon the running and the waiting job."""
        with QMutexLocker(self._mutex):
            self._generation += 1
            self._pending = None

    def shutdown(self, seconds: float = SHUTDOWN_SECONDS) -> bool:
        """Stop the running job and wait for the thread, at most ``seconds``; True if it ended."""
        self.cancel()
        return self.wait(max(0, round(seconds * 1000)))

    def _is_stale(self, generation: int) -> bool:
        with QMutexLocker(self._mutex):
            return generation != self._generation

    def _is_about_now(self, about: object) -> bool:
        """On the GUI thread: the request was about what is the subject now."""
        return self.subject is None or about is self.subject()

    def run(self) -> None:
        """Work through requests until none is left, then let the thread end.

        An idle runner has no live thread, so a window can be destroyed at any time
        without Qt aborting on a running QThread.
        """
        while True:
            with QMutexLocker(self._mutex):
                if self._pending is None:
                    self._active = False
                    break
                generation, job, about = self._pending
                self._pending = None
            self._run_one(generation, job, about)
        self.busy.emit(False)

    def _run_one(self, generation: int, job: Job, about: object) -> None:
        def should_stop() -> bool:
            return self._is_stale(generation)

        def progress(done: int, total: int) -> None:
            if not self._is_stale(generation):
                self.progressed.emit(generation, done, total)

        self.busy.emit(True)
        try:
            result = job(should_stop, progress)
        except (Cancelled, SolveCancelled):
            return
        except EXPECTED_ERRORS as error:  # its message on one line, or the general sentence
            sentence = " ".join(str(error).split()) or failure_sentence()
            self._send(self._refused, generation, about, sentence)
        except Exception:  # a bug: the crash report has the details, the view a sentence
            report_current_exception()
            self._send(self._refused, generation, about, failure_sentence())
        else:
            self._send(self._answered, generation, about, result)

    def on_answered(self, generation: int, about: object, result: object) -> None:
        self._received()
        if self._is_stale(generation):
            return
        if self._is_about_now(about):
            self.finished_job.emit(generation, result)
        else:  # the game changed and nobody asked again: the view stops waiting
            self.failed_job.emit(generation, superseded_sentence())

    def on_refused(self, generation: int, about: object, sentence: str) -> None:
        self._received()
        if not self._is_stale(generation):
            about_now = self._is_about_now(about)
            self.failed_job.emit(generation, sentence if about_now else superseded_sentence())

    def abandon(self) -> None:
        """Let go of a runner whose job did not stop in time: it is kept (never destroyed
        while its thread runs) and its answers go nowhere."""
        self.cancel()
        self.setParent(None)
        _abandoned.add(self)


def shutdown_all(runners: Iterable[JobRunner], seconds: float = SHUTDOWN_SECONDS) -> bool:
    """Stop every runner and wait for them all, together at most ``seconds``.

    A runner still busy after that is abandoned (see :meth:`JobRunner.abandon`): closing a
    window never waits unboundedly. True if every thread ended.
    """
    runners = list(runners)
    for runner in runners:
        runner.cancel()
    deadline = time.monotonic() + seconds
    ended = True
    for runner in runners:
        if not runner.shutdown(max(0.0, deadline - time.monotonic())):
            runner.abandon()
            ended = False
    return ended


def abandoned_threads() -> int:
    """How many abandoned workers are still running (the app then exits without waiting)."""
    return sum(runner.isRunning() for runner in list(_abandoned))


@guard_qt_calls
class Throttle(QObject):
    """Merges a burst of triggers into calls at most every ``interval_ms``, the last one
    always delivered: the first trigger acts at once (a single slider step is not kept
    waiting), later ones in the same interval are merged into one call at its end, so a
    dragged slider re-solves about 30 times a second and once more where it stops."""

    def __init__(self, interval_ms: int, action: Callable[[], object], parent: QObject) -> None:
        super().__init__(parent)
        self._action = action
        self._pending = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.on_timeout)

    def trigger(self, *_args: object) -> None:
        if self._timer.isActive():
            self._pending = True
            return
        self._timer.start()
        self._action()

    def on_timeout(self) -> None:
        if self._pending:
            self._pending = False
            self._timer.start()
            self._action()
