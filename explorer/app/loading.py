"""Reading a game file without freezing the window: large files load in a worker, with Cancel.

A file of up to :data:`LOAD_IN_PLACE_BYTES` takes the loader a few milliseconds, so it is
read at once (opening stays one synchronous step). A larger one, up to the loader's limit of
5 MB, is read by a worker while a progress dialog, modal to the window, names the file and
offers Cancel; the window goes on painting, and the caller gets the game (or why not) when
the worker is done, exactly as for a small file.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, Qt
from PySide6.QtWidgets import QProgressDialog, QWidget

from explorer.app.workers import JobRunner
from explorer.core.game import Game
from explorer.core.io import GameFileError, load_game
from explorer.render.guard import guard_qt_calls

#: Files up to this size are read on the spot (the loader needs well under 0.1 s for them).
LOAD_IN_PLACE_BYTES = 100_000


class LoadCancelled(Exception):
    """The user cancelled reading a file."""


@guard_qt_calls
class FileLoader(QObject):
    """Reads game files for one window (see the module's description)."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.window = window
        self.runner = JobRunner(self)
        self.runner.finished_job.connect(self.on_loaded)
        self.runner.failed_job.connect(self.on_failed)
        self._loop: QEventLoop | None = None
        self._outcome: Game | GameFileError | LoadCancelled | None = None

    @property
    def is_loading(self) -> bool:
        return self._loop is not None

    def load(self, path: Path) -> Game:
        """The game in ``path``.

        Raises
        ------
        GameFileError
            One sentence saying why the file cannot be opened.
        LoadCancelled
            If the user pressed Cancel while a large file was being read.
        """
        try:
            small = path.stat().st_size <= LOAD_IN_PLACE_BYTES
        except OSError:  # missing, unreadable: the loader says which, at once
            small = True
        if small:
            return load_game(path)
        return self._load_in_worker(path)

    def _load_in_worker(self, path: Path) -> Game:
        if self._loop is not None:
            raise GameFileError(
                QCoreApplication.translate("FileLoader", "another file is still being opened")
            )
        self._outcome = None
        self._loop = QEventLoop(self)
        dialog = self._progress_dialog(path)
        try:
            self.runner.submit(lambda stop, progress: load_game(path))
            dialog.show()
            self._loop.exec()
        finally:
            self._loop = None
            dialog.canceled.disconnect(self.on_cancelled)
            dialog.close()
            dialog.deleteLater()
        outcome = self._outcome
        if isinstance(outcome, Exception):
            raise outcome
        if outcome is None:  # the window is closing: the loop was left without an answer
            raise LoadCancelled
        return outcome

    def _progress_dialog(self, path: Path) -> QProgressDialog:
        dialog = QProgressDialog(
            QCoreApplication.translate("FileLoader", "Opening %1…").replace("%1", path.name),
            QCoreApplication.translate("FileLoader", "Cancel"),
            0,
            0,  # no steps to count: a busy bar
            self.window,
        )
        dialog.setObjectName("loading_dialog")
        dialog.setWindowTitle(QCoreApplication.translate("FileLoader", "Opening a game"))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(0)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.canceled.connect(self.on_cancelled)
        return dialog

    def _finish(self, outcome: Game | GameFileError | LoadCancelled) -> None:
        self._outcome = outcome
        if self._loop is not None:
            self._loop.quit()

    def on_loaded(self, _generation: int, game: Game) -> None:
        self._finish(game)

    def on_failed(self, _generation: int, sentence: str) -> None:
        self._finish(GameFileError(sentence))

    def on_cancelled(self) -> None:
        self.runner.cancel()
        self._finish(LoadCancelled())
