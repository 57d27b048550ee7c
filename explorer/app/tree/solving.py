"""Solving the open tree in the background: backward induction, explained, the newest wins."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from explorer.app.document import GameDocument
from explorer.app.solving import VALUE_THROTTLE_MS
from explorer.app.workers import JobRunner, Throttle
from explorer.core.solve import Budget
from explorer.core.tree.model import GameTree
from explorer.core.tree.report import TreeReport, analyse_tree
from explorer.render.guard import guard_qt_calls


@guard_qt_calls
class TreeSolver(QObject):
    """Keeps :attr:`report` the subgame-perfect analysis of the document's tree.

    Each answer is tagged with the tree and values it was computed for, besides the
    runner's generation: an answer for an older tree (an edit arrived meanwhile) is dropped.
    Every solve has the core's time budget (:class:`~explorer.core.solve.Budget`).
    """

    #: A fresh report for the current tree and values (on the GUI thread).
    reportShown = Signal(object)
    #: The tree cannot be solved at these values, in one sentence.
    failed = Signal(str)
    busy = Signal(bool)

    def __init__(self, document: GameDocument, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.report: TreeReport | None = None
        self.runner = JobRunner(self)
        self._requested: tuple[GameTree, tuple[tuple[str, float], ...]] | None = None
        self.throttle = Throttle(VALUE_THROTTLE_MS, self.request, self)
        self.runner.finished_job.connect(self.on_finished)
        self.runner.failed_job.connect(self.on_failed)
        self.runner.busy.connect(self.busy)

    def request(self) -> None:
        """Ask for a fresh analysis of the document's tree unless it was asked for already."""
        tree, values = self.document.tree, self.document.values
        if tree is None:
            self.runner.cancel()
            self._requested = None
            return
        key = (tree, tuple(sorted(values.items())))
        if self._requested is not None and self._requested[0] is tree and key == self._requested:
            return
        self._requested = key
        self.runner.submit(
            lambda stop, _progress: analyse_tree(tree, values, stop, Budget(should_stop=stop))
        )

    def is_current(self, report: TreeReport) -> bool:
        """True if ``report`` is of the document's tree at its values."""
        values = self.document.values
        return report.tree is self.document.tree and all(
            report.values.get(name) == value for name, value in values.items()
        )

    def on_finished(self, generation: int, report: TreeReport) -> None:
        if generation == self.runner.generation and report.tree is self.document.tree:
            self.report = report
            self.reportShown.emit(report)

    def on_failed(self, generation: int, message: str) -> None:
        if generation == self.runner.generation:
            self.failed.emit(message)
