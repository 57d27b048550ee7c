"""Starting the desktop app: the application object, error handling, the first window."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QCoreApplication, QEvent, QTimer
from PySide6.QtGui import QFileOpenEvent, QIcon
from PySide6.QtWidgets import QApplication

from explorer import __version__
from explorer.render.guard import guard_qt_calls, guarded
from explorer.resources import assets_dir

ORGANISATION = "StrategyExplorer"
APPLICATION = "Strategy Explorer"


class GameOpener(Protocol):
    """What receives the files the system hands the app: the main window's open path."""

    def open_path(self, path: Path) -> bool: ...


@guard_qt_calls
class ExplorerApplication(QApplication):
    """The QApplication, which also opens the files macOS hands it.

    A double-click on a game in Finder, "Open With", or a file dropped on the Dock icon
    arrives as a ``QFileOpenEvent`` sent to the application. The file opens in the main
    window through its normal open path; a file that arrives before the window exists (at
    launch) waits until :meth:`deliver_files_to` names the window.
    """

    def __init__(self, argv: list[str]) -> None:
        super().__init__(argv)
        self.pending_files: list[Path] = []
        self.opener: GameOpener | None = None

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FileOpen and isinstance(event, QFileOpenEvent):
            self.on_file_open(Path(event.file() or event.url().toLocalFile()))
            return True
        return super().event(event)

    def on_file_open(self, path: Path) -> None:
        self.pending_files.append(path)
        # Opened from the event loop: opening may ask to save the current game first.
        QTimer.singleShot(0, self.open_pending_files)

    def deliver_files_to(self, opener: GameOpener) -> None:
        """From now on the files go to ``opener``; those that came before open now."""
        self.opener = opener
        self.open_pending_files()

    @guarded  # called by Qt's timer too
    def open_pending_files(self) -> None:
        while self.opener is not None and self.pending_files:
            self.opener.open_path(self.pending_files.pop(0))


def create_application(argv: list[str] | None = None) -> QApplication:
    """The QApplication with the names QSettings and QStandardPaths use, and the icon.

    An application that already exists (made by a test harness, say) is reused as it is.
    """
    QCoreApplication.setOrganizationName(ORGANISATION)
    QCoreApplication.setApplicationName(APPLICATION)
    QCoreApplication.setApplicationVersion(__version__)
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        app = existing
    else:
        app = ExplorerApplication(argv or sys.argv[:1])
    icon = assets_dir() / "icon.png"
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))
    return app


def run_app(path: str | None = None, exit_when_shown: bool = False) -> int:
    """Open the main window on ``path`` (or the flagship game) and run until it closes.

    A game the system asked to open before the window existed (macOS Finder) is opened
    instead of the flagship. With ``exit_when_shown`` the app prints "shown" as soon as the
    window has been painted and quits: what the start-up benchmark measures, in source and
    frozen builds alike.
    """
    from PySide6.QtCore import QSettings

    from explorer.app.crash import install_exception_handler
    from explorer.app.i18n import chosen_language, install_translations

    app = create_application()
    install_translations(app, chosen_language(QSettings()))
    from explorer.app.main_window import MainWindow  # after the translators: labels are read

    install_exception_handler()
    window = MainWindow()
    window.show()
    system_files = app if isinstance(app, ExplorerApplication) else None
    initial = Path(path) if path else None
    if system_files is not None:
        app.processEvents()  # a launch by double-click in Finder delivers its file here
        if initial is None and system_files.pending_files:
            initial = system_files.pending_files.pop(0)
    window.open_initial(initial)
    if system_files is not None:
        system_files.deliver_files_to(window)
    if exit_when_shown:
        app.processEvents()
        print("shown", flush=True)
        window.document.mark_saved()
        window.close()
        return 0
    status = app.exec()
    from explorer.app.workers import abandoned_threads

    if abandoned_threads():  # a worker that ignored its stop: neither wait for it nor abort
        if sys.stdout is not None:
            sys.stdout.flush()
        os._exit(status)
    return status
