"""View › Language: the choice is stored for the next start and said so."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

from explorer.app.language_menu import LanguageMenu
from tests.app.user import POPUP, choose_menu, click


@POPUP
def test_the_stored_choice_is_checked_and_a_new_one_is_stored(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    settings.setValue("language", "de")
    menu = LanguageMenu(settings)
    qtbot.addWidget(menu)
    checked = [a.data() for a in menu.group.actions() if a.isChecked()]
    assert checked == ["de"]
    assert [a.text() for a in menu.group.actions()] == ["System default", "English", "Deutsch"]
    menu.popup(menu.pos())
    qtbot.waitExposed(menu)
    english = menu.group.actions()[1]
    with qtbot.waitSignal(menu.chosen) as chosen:
        click(menu, menu.actionGeometry(english).center())
    assert chosen.args == ["en"] and settings.value("language") == "en"


@POPUP
def test_the_window_says_when_the_language_changes(qtbot, make_window) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    window.show()
    qtbot.waitExposed(window)
    choose_menu(qtbot, window, "&View", "&Language", "Deutsch")
    assert window.settings.value("language") == "de"
    assert "starts again" in window.status.text()
