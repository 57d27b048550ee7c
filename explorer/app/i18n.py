"""Choosing the language: Qt's translators for the app and Qt's own dialogs, the core's catalog.

The app's translation is compiled (``translations/build.py`` makes ``explorer_de.qm``, and
the packaged app carries it). A source checkout where it was never built reads the
``.ts`` source itself, so that German works without a build step.
"""

from __future__ import annotations

import xml.etree.ElementTree as ElementTree
from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, QObject, QSettings, QTranslator
from PySide6.QtWidgets import QApplication

from explorer.core import i18n
from explorer.render.guard import guard_qt_calls
from explorer.resources import translations_dir

#: Languages the explorer speaks, by code, with their names in that language.
LANGUAGES = {"en": "English", "de": "Deutsch"}
SETTING = "language"

Messages = dict[tuple[str, str], str]


def chosen_language(settings: QSettings) -> str:
    """The language setting, or the system's language when it is 'system' or unset."""
    value = str(settings.value(SETTING, "system") or "system")
    code = QLocale.system().name()[:2] if value == "system" else value
    return code if code in LANGUAGES else "en"


def read_ts(path: Path) -> Messages:
    """The finished translations in a Qt Linguist ``.ts`` file: (context, source) -> text."""
    messages: Messages = {}
    for context in ElementTree.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("unfinished", "obsolete"):
                continue
            if translation.text:
                messages[(name, message.findtext("source") or "")] = translation.text
    return messages


@guard_qt_calls
class SourceTranslator(QTranslator):
    """A translator that answers from messages read out of a ``.ts`` file (no ``.qm``)."""

    def __init__(self, messages: Messages, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._messages = dict(messages)

    def translate(
        self, context: str, sourceText: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        """The translation, or None: Qt's null string, so that the next translator (Qt's own
        dialogs) is asked. An empty string would be taken as the translation."""
        return self._messages.get((context, sourceText))

    def isEmpty(self) -> bool:
        return not self._messages


def app_translator(code: str, folder: Path, parent: QObject) -> QTranslator | None:
    """The app's own translator for ``code``: the compiled ``.qm``, else its ``.ts`` source."""
    compiled = QTranslator(parent)
    if compiled.load(f"explorer_{code}", str(folder)):
        return compiled
    source = folder / f"explorer_{code}.ts"
    try:
        messages = read_ts(source) if source.is_file() else {}
    except (OSError, ElementTree.ParseError):
        return None
    return SourceTranslator(messages, parent) if messages else None


def install_translations(app: QApplication, code: str) -> bool:
    """Load the app's translation, Qt's base translation (standard buttons) and the core's
    catalog for ``code``. The translators are kept on the application object.

    Returns True if the app's and Qt's translations were both found (always for English).
    """
    folder = translations_dir()
    i18n.set_language(code, folder)
    if code == "en":
        return True
    translators = []
    qt_base = QTranslator(app)
    if qt_base.load(f"qtbase_{code}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        translators.append(qt_base)
    own = app_translator(code, folder, app)
    if own is not None:
        translators.append(own)
    for translator in translators:
        app.installTranslator(translator)
    app.setProperty("explorer_translators", translators)
    return len(translators) == 2


def remove_translations(app: QApplication) -> None:
    """Back to English: the translators :func:`install_translations` added, and the core's."""
    for translator in app.property("explorer_translators") or []:
        app.removeTranslator(translator)
    app.setProperty("explorer_translators", [])
    i18n.set_language("en", translations_dir())
