"""View › Language: system default, English or Deutsch, stored now and applied at the next start."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Signal
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu, QWidget

from explorer.app.i18n import LANGUAGES, SETTING
from explorer.render.guard import guard_qt_calls


@guard_qt_calls
class LanguageMenu(QMenu):
    """One checkable action per language; choosing one stores it in the settings."""

    #: The code of the language chosen ("system", "en", "de", ...).
    chosen = Signal(str)

    def __init__(self, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("&Language"))
        self.settings = settings
        self.group = QActionGroup(self)
        current = str(settings.value(SETTING, "system") or "system")
        for code, name in (("system", self.tr("System default")), *LANGUAGES.items()):
            action = self.addAction(name)
            action.setCheckable(True)
            action.setChecked(code == current)
            action.setData(code)
            self.group.addAction(action)
        self.group.triggered.connect(self.on_triggered)

    def on_triggered(self, action: QAction) -> None:
        code = str(action.data())
        self.settings.setValue(SETTING, code)
        self.chosen.emit(code)
