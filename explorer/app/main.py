"""Starting the desktop app: the application object, error handling, the first window."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from explorer import __version__
from explorer.resources import assets_dir

ORGANISATION = "StrategyExplorer"
APPLICATION = "Strategy Explorer"


def create_application(argv: list[str] | None = None) -> QApplication:
    """The QApplication with the names QSettings and QStandardPaths use, and the icon."""
    QCoreApplication.setOrganizationName(ORGANISATION)
    QCoreApplication.setApplicationName(APPLICATION)
    QCoreApplication.setApplicationVersion(__version__)
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(argv or sys.argv[:1])
    icon = assets_dir() / "icon.png"
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))
    return app


def run_app(path: str | None = None, exit_when_shown: bool = False) -> int:
    """Open the main window on ``path`` (or the flagship game) and run until it closes.

    With ``exit_when_shown`` the app prints "shown" as soon as the window has been painted
    and quits: what the start-up benchmark measures, in source and frozen builds alike.
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
    window.open_initial(Path(path) if path else None)
    if exit_when_shown:
        app.processEvents()
        print("shown", flush=True)
        window.document.mark_saved()
        window.close()
        return 0
    return app.exec()
