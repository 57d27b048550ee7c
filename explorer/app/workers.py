"""Background work: one thread per kind of job, the newest request supersedes older ones."""

from __future__ import annotations

import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QMutex, QMutexLocker, QObject, QThread, QTimer, Signal

from explorer.core.formula import FormulaError
from explorer.core.game import GameError
from explorer.core.solve import SolveCancelled

StopCheck = Callable[[], bool]
Progress = Callable[[int, int], None]
Job = Callable[[StopCheck, Progress], Any]

#: Errors a job may end with that are the user's input, reported as a sentence.
EXPECTED_ERRORS = (FormulaError, GameError, ValueError)


class Cancelled(Exception):
    """Raised inside a job when its stop check says it has been superseded or cancelled."""


class JobRunner(QThread):
    """Runs jobs one at a time off the GUI thread; only the newest request matters.

    Like Qt's Mandelbrot example, the request sits under a mutex and a job polls its stop
    check, so that a newer request, :meth:`cancel` or :meth:`shutdown` makes it give up
    early. Results arrive by signal, tagged with the request's number; stale ones are never
    emitted. The thread runs only while there is work.
    """

    finished_job = Signal(int, object)
    failed_job = Signal(int, str)
    progressed = Signal(int, int, int)
    busy = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._mutex = QMutex()
        self._pending: tuple[int, Job] | None = None
        self._generation = 0
        self._active = False

    @property
    def generation(self) -> int:
        with QMutexLocker(self._mutex):
            return self._generation

    def submit(self, job: Job) -> int:
        """Queue ``job`` in place of any waiting one and stop the running one; its number."""
        with QMutexLocker(self._mutex):
            self._generation += 1
            self._pending = (self._generation, job)
            generation = self._generation
            start = not self._active
            self._active = True
        if start:
            self.wait()  # a thread that just ran dry may still be returning from run()
            self.start(QThread.Priority.LowPriority)
        return generation

    def cancel(self) -> None:
        """Abandon the running and the waiting job."""
        with QMutexLocker(self._mutex):
            self._generation += 1
            self._pending = None

    def shutdown(self) -> None:
        """Stop the running job and wait for the thread (call before the application quits)."""
        self.cancel()
        self.wait()

    def _is_stale(self, generation: int) -> bool:
        with QMutexLocker(self._mutex):
            return generation != self._generation

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
                generation, job = self._pending
                self._pending = None
            self._run_one(generation, job)
        self.busy.emit(False)

    def _run_one(self, generation: int, job: Job) -> None:
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
        except EXPECTED_ERRORS as error:
            if not self._is_stale(generation):
                self.failed_job.emit(generation, str(error))
        except Exception:  # a bug: report it like the global handler would, keep the thread
            if not self._is_stale(generation):
                self.failed_job.emit(generation, traceback.format_exc(limit=8))
        else:
            if not self._is_stale(generation):
                self.finished_job.emit(generation, result)


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
        self._timer.timeout.connect(self._fire)

    def trigger(self, *_args: object) -> None:
        if self._timer.isActive():
            self._pending = True
            return
        self._timer.start()
        self._action()

    def _fire(self) -> None:
        if self._pending:
            self._pending = False
            self._timer.start()
            self._action()
