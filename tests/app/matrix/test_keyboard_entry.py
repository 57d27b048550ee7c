"""A whole game typed at the keyboard: File › New, then every payoff typed, Tab between the
two payoffs of a cell and on to the next cell, as a teacher does in front of a class."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from tests.app.user import POPUP, activate, choose_menu, press_shortcut, settled

#: A 3 × 3 coordination game with a dominated third strategy, cell by cell, row by row.
PAYOFFS = [
    [("4", "4"), ("0", "1"), ("2", "0")],
    [("1", "0"), ("3", "3"), ("2", "1")],
    [("0", "2"), ("1", "2"), ("1", "1")],
]


def type_payoffs(window, payoffs) -> None:  # type: ignore[no-untyped-def]
    """Type every payoff into the focused matrix: each key goes where the focus is."""
    for row in payoffs:
        for cell in row:
            for text in cell:
                QTest.keyClicks(QApplication.focusWidget(), text)
                QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)


@POPUP
def test_a_three_by_three_game_typed_at_the_keyboard_comes_out_as_typed(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    """Defect 2: Tab left the cell after the row payoff, so typing a 3 × 3 scrambled it."""
    activate(qtbot, window)
    press_shortcut(window, window.menus.new)
    qtbot.waitUntil(lambda: window.document.game.title == "Untitled game")
    for _ in range(len(PAYOFFS) - 2):
        choose_menu(qtbot, window, "&Edit", "Add Row Strategy")
        choose_menu(qtbot, window, "&Edit", "Add Column Strategy")
    view = window.matrix.view
    view.setFocus()
    QTest.keyClick(view, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)  # top left
    assert view.currentIndex().row() == 0 and view.currentIndex().column() == 0
    type_payoffs(window, PAYOFFS)
    game = window.document.game
    typed = [[tuple(p.text for p in cell) for cell in row] for row in game.payoffs]
    assert typed == PAYOFFS
    qtbot.waitUntil(lambda: settled(window) and window.report.game is window.document.game)
    pure = {(e.row.index(1.0), e.column.index(1.0)) for e in window.report.solution.pure}
    assert pure == {(0, 0), (1, 1)}
