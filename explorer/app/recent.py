"""Recent files: the last games opened or saved, kept in the settings and offered in a menu."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QSettings, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QWidget

from explorer.render.guard import guard_qt_calls

MAX_RECENT = 8
SETTING = "recent_files"


class RecentFiles(QObject):
    """The most recently used game files, newest first, at most :data:`MAX_RECENT`."""

    changed = Signal(list)

    def __init__(self, settings: QSettings, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.settings = settings

    def paths(self) -> list[Path]:
        stored = self.settings.value(SETTING, [])
        values = stored if isinstance(stored, list) else [stored] if stored else []
        return [Path(str(value)) for value in values if value]

    def add(self, path: Path) -> None:
        """Put ``path`` first (once)."""
        resolved = path.resolve()
        recent = [resolved, *(p for p in self.paths() if p != resolved)][:MAX_RECENT]
        self.settings.setValue(SETTING, [str(p) for p in recent])
        self.changed.emit(recent)


@guard_qt_calls
class RecentFilesMenu(QMenu):
    """File › Open Recent: one action per recent file (its name; the full path as tooltip)."""

    openRequested = Signal(Path)

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self.setEnabled(False)
        self.triggered.connect(self.on_triggered)

    def set_paths(self, paths: list[Path]) -> None:
        self.clear()
        for path in paths:
            action = self.addAction(path.name)
            action.setToolTip(str(path))
            action.setData(str(path))
        self.setEnabled(bool(paths))

    def on_triggered(self, action: QAction) -> None:
        self.openRequested.emit(Path(str(action.data())))
