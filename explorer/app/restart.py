"""Restarting the window in another language, in the same process: the new window gets the
same game, its unsaved changes and undo-free state, the parameter values and the page shown.

A game from the library that was not changed opens again from the library, so that its
title, strategies and description come in the new language too.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtWidgets import QApplication

from explorer.app.i18n import chosen_language, install_translations, remove_translations

if TYPE_CHECKING:
    from explorer.app.main_window import MainWindow

#: Windows made by a restart: Qt does not own a window, so Python must keep it.
_windows: list[MainWindow] = []


def library_file(window: MainWindow) -> Path | None:
    """The library file the window shows unchanged, if it shows one (it opened with no path)."""
    document = window.document
    if document.path is not None or document.is_modified:
        return None
    return next((e.path for e in window.library.entries() if e.game == document.game), None)


def restart(window: MainWindow) -> MainWindow:
    """Open a new window in the language the settings now name, carrying ``window``'s work
    over, then close ``window`` without asking (nothing of its work is lost).

    The recovery copy follows the work: the new window writes its own while the old one
    removes its copy as it closes cleanly.
    """
    from explorer.app.main import ExplorerApplication
    from explorer.app.main_window import MainWindow

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    document, bundled = window.document, library_file(window)
    state, path, modified = document.state, document.path, document.is_modified
    values, page = document.values, window.tabs.currentIndex()
    window.save_layout()
    remove_translations(app)
    install_translations(app, chosen_language(window.settings))
    successor = MainWindow(settings=window.settings, data_folder=window.data_folder)
    if bundled is not None:
        successor.open_path(bundled)
    else:
        successor.document.reset(state, path, modified=modified)
    successor.document.set_values(values)
    successor.show()
    successor.tabs.setCurrentIndex(page)
    _windows[:] = [kept for kept in _windows if shiboken6.isValid(kept) and kept.isVisible()]
    _windows.append(successor)
    if isinstance(app, ExplorerApplication) and app.opener is window:
        app.deliver_files_to(successor)
    document.mark_saved()  # carried over: the old window closes without asking
    window.close()
    return successor
