"""The window's menus and actions: their texts and shortcuts (the window wires what they do)."""

from __future__ import annotations

from PySide6.QtCore import QObject, QSettings, Qt
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import QDockWidget, QMainWindow

from explorer.app.language_menu import LanguageMenu
from explorer.app.recent import RecentFilesMenu

Shortcut = QKeySequence | QKeySequence.StandardKey | Qt.Key | str | None


class WindowMenus(QObject):
    """File, Edit, View and Help on ``window``'s menu bar; each action is an attribute."""

    def __init__(
        self,
        window: QMainWindow,
        undo_stack: QUndoStack,
        docks: list[QDockWidget],
        settings: QSettings,
    ) -> None:
        super().__init__(window)
        keys = QKeySequence.StandardKey
        self.new = self._action(self.tr("&New"), keys.New)
        self.open = self._action(self.tr("&Open…"), keys.Open)
        self.save = self._action(self.tr("&Save"), keys.Save)
        self.save_as = self._action(self.tr("Save &As…"), keys.SaveAs)
        self.export_latex = self._action(self.tr("Export Matrix as &LaTeX…"))
        self.copy_latex = self._action(self.tr("Copy Matrix as LaTeX"))
        self.export_png = self._action(self.tr("Export Matrix as &PNG…"))
        self.quit = self._action(self.tr("&Quit"), keys.Quit)
        self.undo = undo_stack.createUndoAction(self, self.tr("&Undo"))
        self.undo.setShortcut(keys.Undo)
        self.redo = undo_stack.createRedoAction(self, self.tr("&Redo"))
        self.redo.setShortcut(keys.Redo)
        self.paste = self._action(self.tr("&Paste Payoffs"))
        self.add_row_strategy = self._action(self.tr("Add Row Strategy"))
        self.add_column_strategy = self._action(self.tr("Add Column Strategy"))
        self.rename_row_player = self._action(self.tr("Rename Row Player…"))
        self.rename_column_player = self._action(self.tr("Rename Column Player…"))
        self.add_parameter = self._action(self.tr("Add Parameter…"))
        self.zoom_in = self._action(self.tr("Zoom &In"), keys.ZoomIn)
        self.zoom_out = self._action(self.tr("Zoom &Out"), keys.ZoomOut)
        self.actual_size = self._action(self.tr("&Actual Size"), "Ctrl+0")
        self.presenter = self._action(self.tr("&Presenter Mode"), Qt.Key.Key_F5)
        self.presenter.setCheckable(True)
        self.help = self._action(self.tr("Strategy Explorer &Help"), keys.HelpContents)
        self.about = self._action(self.tr("&About Strategy Explorer"))
        self.recent_menu = RecentFilesMenu(self.tr("Open &Recent"), window)
        self.language_menu = LanguageMenu(settings, window)
        self._fill(window, docks)

    def _action(self, text: str, shortcut: Shortcut = None) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        return action

    def _fill(self, window: QMainWindow, docks: list[QDockWidget]) -> None:
        bar = window.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        file_menu.addActions([self.new, self.open])
        file_menu.addMenu(self.recent_menu)
        file_menu.addSeparator()
        file_menu.addActions([self.save, self.save_as])
        file_menu.addSeparator()
        file_menu.addActions([self.export_latex, self.copy_latex, self.export_png])
        file_menu.addSeparator()
        file_menu.addAction(self.quit)
        edit_menu = bar.addMenu(self.tr("&Edit"))
        edit_menu.addActions([self.undo, self.redo])
        edit_menu.addSeparator()
        edit_menu.addActions(
            [
                self.paste,
                self.add_row_strategy,
                self.add_column_strategy,
                self.rename_row_player,
                self.rename_column_player,
                self.add_parameter,
            ]
        )
        view_menu = bar.addMenu(self.tr("&View"))
        view_menu.addActions([self.zoom_in, self.zoom_out, self.actual_size, self.presenter])
        view_menu.addMenu(self.language_menu)
        view_menu.addSeparator()
        view_menu.addActions([dock.toggleViewAction() for dock in docks])
        bar.addMenu(self.tr("&Help")).addActions([self.help, self.about])
