"""View › Language: the choice is stored, and a restart in the new language is offered that
keeps the game, its unsaved changes and the values."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

from explorer.app.language_menu import LanguageMenu
from tests.app.matrix.cells import type_into_cell
from tests.app.user import POPUP, activate, choose_menu, click, click_tab, retype, settled


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


def restart_by_clicking(qtbot, window):  # type: ignore[no-untyped-def]
    """Choose Deutsch in View › Language, then click the Restart now that is offered."""
    choose_menu(qtbot, window, "&View", "&Language", "Deutsch")
    offer = window.status_line.restart
    assert offer.isVisible() and offer.text() == "Restart now"
    with qtbot.waitSignal(window.restarted, timeout=20_000) as restarted:
        click(offer)
    successor = restarted.args[0]
    qtbot.addWidget(successor)
    qtbot.waitExposed(successor)
    qtbot.waitUntil(lambda: settled(successor))
    return successor


@POPUP
def test_a_new_language_offers_a_restart_that_keeps_unsaved_work(
    qtbot, make_window, battle_file: Path, english_afterwards
) -> None:  # type: ignore[no-untyped-def]
    """Defect 16: changing the language said "after restart" and offered none."""
    window = make_window()
    activate(qtbot, window)
    with qtbot.waitSignal(window.reportShown):
        window.open_path(battle_file)
    type_into_cell(window, 1, 1, "3 + bonus", "2")
    retype(window.parameters.controls["bonus"].spin, "1.5")
    click_tab(window.tabs, window.tabs.indexOf(window.sweep))
    game, values = window.document.game, window.document.values
    successor = restart_by_clicking(qtbot, window)
    try:
        assert not window.isVisible() and successor.isVisible()
        assert successor.menuBar().actions()[0].text() == "&Datei"
        assert successor.document.game == game and successor.document.values == values
        assert successor.document.is_modified and successor.document.path == battle_file
        assert successor.tabs.currentWidget() is successor.sweep
        successor.recovery.autosave()
        assert successor.recovery.file.exists()  # the unsaved work has its recovery copy
        assert not window.recovery.file.exists()
    finally:
        successor.document.mark_saved()
        successor.close()


@POPUP
def test_a_library_game_comes_back_in_the_new_language(
    qtbot, bundled_window, english_afterwards
) -> None:  # type: ignore[no-untyped-def]
    from explorer.resources import flagship_path

    window = bundled_window(flagship_path().name)
    activate(qtbot, window)
    successor = restart_by_clicking(qtbot, window)
    try:
        assert successor.document.game.title.startswith("KI-Preiskrieg")
        assert not successor.document.is_modified
    finally:
        successor.close()


@POPUP
def test_choosing_the_language_shown_offers_no_restart(qtbot, make_window) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    activate(qtbot, window)
    choose_menu(qtbot, window, "&View", "&Language", "Deutsch")
    assert window.status_line.restart.isVisible()
    choose_menu(qtbot, window, "&View", "&Language", "English")
    assert not window.status_line.restart.isVisible() and window.status.text() == ""
