"""German: every UI string and every core sentence translated; the app speaks it when asked."""

from __future__ import annotations

import json
import subprocess
import sys
import xml.etree.ElementTree as ElementTree
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from explorer.core import i18n
from explorer.resources import translations_dir

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "translations"))
import update as translation_sources  # noqa: E402  (translations/update.py)


def messages(ts: Path) -> dict[tuple[str, str], str | None]:
    """(context, source) -> translation (None when unfinished or empty)."""
    found = {}
    for context in ElementTree.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            text = translation.text if translation is not None else None
            done = translation is not None and translation.get("type") not in (
                "unfinished",
                "obsolete",
            )
            found[(name, message.findtext("source") or "")] = text if done and text else None
    return found


def test_every_ui_string_has_a_german_translation(tmp_path: Path) -> None:
    """lupdate over today's code finds no message the committed German file lacks."""
    fresh = tmp_path / "fresh.ts"
    subprocess.run(
        [
            *translation_sources.lupdate_command(),
            *translation_sources.app_sources(),
            "-ts",
            str(fresh),
        ],
        cwd=ROOT,
        check=True,
        capture_output=True,
    )
    committed = messages(translations_dir() / "explorer_de.ts")
    missing = [key for key in messages(fresh) if not committed.get(key)]
    assert not missing, f"{len(missing)} UI strings lack German: {missing[:5]}"


def test_every_core_sentence_has_a_german_translation() -> None:
    catalog = json.loads((translations_dir() / "core_de.json").read_text(encoding="utf-8"))
    missing = [m for m in translation_sources.core_messages() if not catalog.get(m)]
    assert not missing, f"{len(missing)} core sentences lack German: {missing[:5]}"
    for english, german in catalog.items():  # placeholders survive translation
        for placeholder in {p for p in english.split("{")[1:]}:
            name = placeholder.split("}")[0]
            assert "{" + name + "}" in german, (english, german)


@pytest.fixture
def german(qapp):  # type: ignore[no-untyped-def]
    """The app in German for one test; English again afterwards, even if setting up failed."""
    from explorer.app.i18n import install_translations, remove_translations

    try:
        assert install_translations(qapp, "de"), (
            "the German translation or Qt's qtbase_de is missing"
        )
        yield
    finally:
        remove_translations(qapp)
        assert i18n.language() == "en"


def test_the_app_speaks_german_when_asked(qtbot, german, bundled_window) -> None:  # type: ignore[no-untyped-def]
    window = bundled_window("battle_of_the_sexes.json")
    menus = [action.text() for action in window.menuBar().actions()]
    assert "&Datei" in menus and "&Hilfe" in menus
    tabs = [window.tabs.tabText(k) for k in range(window.tabs.count())]
    assert "Spiel" in tabs
    # The library's games open in German: title and strategy names from the file.
    assert window.document.game.title == "Kampf der Geschlechter"
    assert window.document.game.players[0].strategies == ("Konzert", "Fußball")
    explanation = window.results.explanation.toPlainText()
    assert "beste Antwort" in explanation and "Konzert" in explanation
    assert window.results.method.itemText(0) != "Automatic"


def test_qt_standard_buttons_are_german(german) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QDialogButtonBox

    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == "Abbrechen"
    assert QApplication.translate("QPlatformTheme", "Cancel") == "Abbrechen"
