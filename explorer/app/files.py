"""The file controller: new, open, save, save as, dropped files and restoring unsaved work.

"Saved" is said only once the file on disk has been read back and loads as a game; if a
save fails, the original file stays as it was, the work stays open (and in a recovery
copy), and one sentence says why.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMimeData, QObject, Signal
from PySide6.QtWidgets import QFileDialog, QWidget

from explorer.app import dialogs
from explorer.app.document import DocumentState, GameDocument
from explorer.app.loading import FileLoader, LoadCancelled
from explorer.app.recent import RecentFiles
from explorer.app.recovery import RecoveryManager, find_orphans, read_orphan
from explorer.app.writing import save_failure
from explorer.core import edit
from explorer.core.game import Game
from explorer.core.i18n import language
from explorer.core.io import FORMATS, GameFileError, game_text, parse_game_text
from explorer.core.io.atomic import write_text_atomic
from explorer.core.io.library import localized
from explorer.resources import flagship_path, games_dir


def file_filter() -> str:
    return QCoreApplication.translate(
        "FileController",
        "Games (*.json *.nfg *.efg);;Explorer games and trees (*.json);;Gambit games (*.nfg *.efg)",
    )


class FileController(QObject):
    """Everything that moves a game between the document and a file, for one window.

    Questions go through :mod:`explorer.app.dialogs` with ``window`` as their parent;
    what happened is announced by :attr:`message` (text, is it an error).
    """

    message = Signal(str, bool)
    #: Another game is now in the document (opened, new or restored).
    opened = Signal()

    def __init__(
        self,
        document: GameDocument,
        recovery: RecoveryManager,
        recent: RecentFiles,
        window: QWidget,
    ) -> None:
        super().__init__(window)
        self.document = document
        self.recovery = recovery
        self.recent = recent
        self.window = window
        self.loader = FileLoader(window)

    # --- replacing the game -----------------------------------------------------------------

    def confirm_discard(self) -> bool:
        """True if the current game may be replaced (saved, discarded, or unmodified)."""
        if not self.document.is_modified:
            return True
        name = self.document.path.name if self.document.path else self.document.game.title
        choice = dialogs.ask_save_changes(self.window, name)
        if choice == dialogs.Choice.SAVE:
            return self.save()
        return choice == dialogs.Choice.DISCARD

    def open_game(self, game: Game, path: Path | None) -> None:
        """Show ``game`` (no questions asked: callers confirm first)."""
        self.document.reset(DocumentState(game), path)
        self.recovery.discard()
        self.opened.emit()

    def open_path(self, path: Path) -> bool:
        """Open a game file; a bad file opens nothing and says why (the game stays as it was).

        A large file is read in a worker while the window stays responsive (see
        :mod:`explorer.app.loading`); either way this returns once the file is open or not.
        """
        if not self.confirm_discard():
            return False
        try:
            game = self.loader.load(path)
        except LoadCancelled:
            self.message.emit(self.tr("Opening %1 was cancelled.").replace("%1", path.name), False)
            return False
        except GameFileError as error:
            self.message.emit(str(error), True)
            dialogs.show_error(self.window, self.tr("Cannot open file"), str(error))
            return False
        bundled = path.resolve().parent == games_dir().resolve()
        if bundled:  # the library's games come in the app's language
            game = localized(game, language())
        self.open_game(game, None if bundled else path)
        if not bundled:
            self.recent.add(path)
        self.message.emit(self.tr("Opened %1").replace("%1", game.title), False)
        return True

    def new(self) -> None:
        if self.confirm_discard():
            self.open_game(edit.blank_game(), None)

    def choose_and_open(self) -> None:
        """File › Open: ask for a file, then open it."""
        path = self.document.path
        start = str(path.parent) if path else str(Path.home())
        chosen, _ = QFileDialog.getOpenFileName(
            self.window, self.tr("Open game"), start, file_filter()
        )
        if chosen:
            self.open_path(Path(chosen))

    # --- saving -----------------------------------------------------------------------------

    def save(self) -> bool:
        if self.document.path is None:
            return self.save_as()
        return self.save_to(self.document.path)

    def save_as(self) -> bool:
        suggested = self.document.path or Path.home() / f"{self.document.game.title}.json"
        chosen, _ = QFileDialog.getSaveFileName(
            self.window, self.tr("Save game"), str(suggested), file_filter()
        )
        if not chosen:
            return False
        path = Path(chosen)
        if path.suffix.lower() not in FORMATS:
            path = path.with_suffix(".json")
        return self.save_to(path)

    def save_to(self, path: Path) -> bool:
        """Write the game to ``path`` atomically; clean only once the file is verified.

        The core's writer reads the file back and loads it as a game before it replaces
        the old one, and reads the committed file back again, so that "Saved" is never
        said of a truncated file.
        """
        suffix = path.suffix
        try:
            text = game_text(self.document.game, suffix)
            write_text_atomic(path, text, verify=lambda written: parse_game_text(written, suffix))
        except OSError as error:
            return self._save_failed(save_failure(path, error))
        except (ValueError, RecursionError) as error:  # cannot be written in this format
            return self._save_failed(
                self.tr("%1 was not saved: %2.").replace("%1", path.name).replace("%2", str(error))
            )
        self.document.set_path(path)
        self.document.mark_saved()
        self.recovery.discard()
        self.recent.add(path)
        if suffix.lower() in (".nfg", ".efg"):
            saved = self.tr("Saved as a Gambit file: payoffs at the default parameter values.")
        else:
            saved = self.tr("Saved %1").replace("%1", str(path))
        self.message.emit(saved, False)
        return True

    def _save_failed(self, sentence: str) -> bool:
        """Keep the work safe (a fresh recovery copy), then say why the save failed."""
        self.recovery.autosave()
        self.message.emit(sentence, True)
        dialogs.show_error(self.window, self.tr("Save failed"), sentence)
        return False

    # --- dropped files ------------------------------------------------------------------------

    @staticmethod
    def game_files(mime: QMimeData) -> list[Path]:
        """The game files among what is being dragged."""
        paths = (Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile())
        return [path for path in paths if path.suffix.lower() in FORMATS]

    def drop(self, mime: QMimeData) -> bool:
        """Open the first game file dropped on the window."""
        files = self.game_files(mime)
        return bool(files) and self.open_path(files[0])

    # --- start-up -----------------------------------------------------------------------------

    def open_initial(self, path: Path | None) -> None:
        """At start: restore crashed work if wanted, else open ``path`` or the flagship."""
        if self.offer_recovery():
            return
        target = path or flagship_path()
        if not self.open_path(target) and path is not None:
            self.open_path(flagship_path())

    def offer_recovery(self) -> bool:
        """Offer each orphaned recovery copy; True if one was restored."""
        for orphan in find_orphans(self.recovery.directory):
            try:
                work = read_orphan(orphan)
            except (GameFileError, OSError, ValueError):
                orphan.unlink(missing_ok=True)
                continue
            when = work.saved_at.strftime("%Y-%m-%d %H:%M")
            if dialogs.ask_restore(self.window, work.state.game.title, when):
                self.document.reset(work.state, work.original_path, modified=True)
                orphan.unlink(missing_ok=True)
                self.recovery.autosave()
                self.opened.emit()
                self.message.emit(
                    self.tr("Restored unsaved work from %1.").replace("%1", when), False
                )
                return True
            orphan.unlink(missing_ok=True)
        return False
