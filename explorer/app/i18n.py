"""Choosing the language: Qt's translators for the app and Qt's own dialogs, the core's catalog."""

from __future__ import annotations

from PySide6.QtCore import QLibraryInfo, QLocale, QSettings, QTranslator
from PySide6.QtWidgets import QApplication

from explorer.core import i18n
from explorer.resources import translations_dir

#: Languages the explorer speaks, by code, with their names in that language.
LANGUAGES = {"en": "English", "de": "Deutsch"}
SETTING = "language"


def chosen_language(settings: QSettings) -> str:
    """The language setting, or the system's language when it is 'system' or unset."""
    value = str(settings.value(SETTING, "system") or "system")
    code = QLocale.system().name()[:2] if value == "system" else value
    return code if code in LANGUAGES else "en"


def install_translations(app: QApplication, code: str) -> bool:
    """Load the app's translation, Qt's base translation (standard buttons) and the core's
    catalog for ``code``. The translators are kept on the application object."""
    i18n.set_language(code, translations_dir())
    if code == "en":
        return True
    translators = []
    qt_base = QTranslator(app)
    if qt_base.load(f"qtbase_{code}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        translators.append(qt_base)
    own = QTranslator(app)
    if own.load(f"explorer_{code}", str(translations_dir())):
        translators.append(own)
    for translator in translators:
        app.installTranslator(translator)
    app.setProperty("explorer_translators", translators)
    return len(translators) == 2
