"""The status bar says what just happened, and stops saying it once it no longer holds."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from explorer.resources import flagship_path
from tests.app.matrix.cells import type_into_cell
from tests.app.user import POPUP, activate, choose_menu, settled


def test_a_formula_error_leaves_the_status_bar_once_it_is_undone(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    """Defect 11: the error stayed after Undo had removed the formula it was about."""
    qtbot.waitExposed(window)
    type_into_cell(window, 0, 0, "2 +", "1")
    assert "Ann" in window.status.text() and window.document.errors
    QTest.keyClick(window.matrix.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert not window.document.errors
    assert window.status.text() == ""


def test_a_fixed_formula_takes_its_error_away_too(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitExposed(window)
    type_into_cell(window, 0, 0, "2 +", "1")
    assert window.status.text()
    type_into_cell(window, 0, 0, "2 + bonus", "1")
    assert window.status.text() == ""


@POPUP
def test_opened_is_not_said_of_the_new_game(qtbot, bundled_window) -> None:  # type: ignore[no-untyped-def]
    """Defect 11: "Opened …" stayed after File › New."""
    window = bundled_window(flagship_path().name)
    activate(qtbot, window)
    assert window.status.text().startswith("Opened")
    choose_menu(qtbot, window, "&File", "&New")
    qtbot.waitUntil(lambda: settled(window))
    assert window.document.game.title != window.library.topLevelItem(1).child(0).text(0)
    assert window.status.text() == ""


def test_a_long_message_is_cut_with_an_ellipsis_and_shown_whole_as_a_tooltip(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    window.resize(window.minimumSizeHint().width(), 700)
    qtbot.waitUntil(lambda: settled(window))
    narrow = window.minimumSizeHint().width()  # as narrow as the window can be, laid out
    long = "A sentence that is far too long for a narrow window. " * 6
    window.show_message(long)
    qtbot.waitUntil(lambda: window.status.width() < narrow)
    assert window.status.shown_text().endswith("…")
    assert long in window.status.toolTip()
    assert window.minimumSizeHint().width() == narrow  # a message never widens the window
