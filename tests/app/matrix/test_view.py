"""The matrix editor as a user drives it: typing into cells, renaming, pasting, menus."""

from __future__ import annotations

from fractions import Fraction

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QMenu

from tests.app.matrix.cells import cell_point, open_editor, type_into_cell
from tests.app.results import equilibria, solved
from tests.app.user import POPUP, click, press, right_click, widget_under


def test_typing_into_a_cell_updates_the_equilibria(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    assert len(window.report.solution.equilibria) == 3
    # Make Football dominant for Ann: (Football, Football) becomes the only equilibrium.
    with qtbot.waitSignal(window.reportShown, timeout=20_000):
        type_into_cell(window, 0, 0, "-1", "1")
    qtbot.waitUntil(lambda: solved(window))
    assert window.document.game.payoffs[0][0][0].source == -1
    one, zero = Fraction(1), Fraction(0)
    assert equilibria(window) == {((zero, one), (zero, one))}
    assert "1 equilibrium" in window.results.summary.text()


def test_typing_over_a_selected_cell_starts_with_that_key(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    view = window.matrix.view
    click(view.viewport(), cell_point(view, 1, 0))
    QTest.keyClicks(view, "7")
    editor = open_editor(view)
    assert editor.texts()[0] == "7"
    QTest.keyClick(editor.fields[0], Qt.Key.Key_Return)
    assert window.document.game.payoffs[1][0][0].source == 7


def test_a_bad_formula_shows_its_error_and_keeps_the_last_result(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    before, report, asked = equilibria(window), window.report, window.solving.runner.generation
    type_into_cell(window, 0, 0, "2 * bonuss", "1")
    assert "unknown name 'bonuss'" in window.status.text()
    assert "did you mean 'bonus'" in window.status.text()
    assert window.document.game.payoffs[0][0][0].source == 2  # the last valid formula
    # The game did not change (only a draft did), so no new solve was even asked for.
    assert window.solving.runner.generation == asked and window.report is report
    assert equilibria(window) == before
    type_into_cell(window, 0, 0, "2 * bonus", "1")  # fixing the typo clears the error
    assert window.document.cell_error((0, 0, 0)) is None


def test_double_clicking_a_strategy_renames_it_in_place(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    header = window.matrix.view.verticalHeader()
    middle = header.sectionViewportPosition(1) + header.sectionSize(1) // 2
    click(header.viewport(), QPoint(header.width() // 2, middle), double=True)
    editor = window.matrix.findChild(QLineEdit, "strategy_name_editor")
    assert editor is not None and editor.hasFocus()
    QTest.keyClicks(editor, "Stadium")  # the old name is selected: typing replaces it
    QTest.keyClick(editor, Qt.Key.Key_Return)
    assert window.document.game.players[0].strategies == ("Opera", "Stadium")


def test_a_strategy_name_used_twice_is_refused_with_a_reason(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    editor = window.matrix.start_rename(0, 1)
    QTest.keyClicks(editor, "Opera")
    QTest.keyClick(editor, Qt.Key.Key_Return)
    assert window.document.game.players[0].strategies == ("Opera", "Football")
    assert "twice" in window.status.text()


def test_double_clicking_a_player_renames_the_player(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    click(window.matrix.column_label, double=True)
    editor = window.matrix.findChild(QLineEdit, "player_name_editor")
    assert editor is not None and editor.hasFocus()
    QTest.keyClicks(editor, "Robert")
    QTest.keyClick(editor, Qt.Key.Key_Return)
    assert window.document.game.players[1].name == "Robert"
    assert window.matrix.column_label.text() == "Robert"


def test_pasting_a_block_from_a_spreadsheet(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    QApplication.clipboard().setText("3, 3\t0, 5\n5, 0\t1, 1\n")
    view = window.matrix.view
    click(view.viewport(), cell_point(view, 0, 0))
    QTest.keyClick(view, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    A, B = window.document.game.evaluate()
    assert A.tolist() == [[3, 0], [5, 1]] and B.tolist() == [[3, 5], [0, 1]]
    assert window.document.undo_stack.count() == 1
    assert "Pasted 2 × 2 cells (both payoffs)" in window.status.text()
    qtbot.waitUntil(lambda: solved(window))
    assert equilibria(window) == {((Fraction(0), Fraction(1)), (Fraction(0), Fraction(1)))}


def test_copying_cells_gives_tab_separated_pairs(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    view = window.matrix.view
    click(view.viewport(), cell_point(view, 1, 0))
    target, at = widget_under(view.viewport(), cell_point(view, 1, 1))
    QTest.mouseClick(target, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.ShiftModifier, at)
    QTest.keyClick(view, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.clipboard().text() == "0, 0\t1 + bonus, 2"


def choose_from_header_menu(qtbot, window, section: int, text: str) -> None:  # type: ignore[no-untyped-def]
    """Right-click a column strategy's header and pick ``text`` with the keyboard."""
    header = window.matrix.view.horizontalHeader()
    point = QPoint(header.sectionViewportPosition(section) + header.sectionSize(section) // 2, 5)
    right_click(header.viewport(), point)
    qtbot.waitUntil(lambda: isinstance(QApplication.activePopupWidget(), QMenu))
    menu = QApplication.activePopupWidget()
    texts = [a.text() for a in menu.actions()]
    press(menu, Qt.Key.Key_Down, texts.index(text) + 1)
    QTest.keyClick(menu, Qt.Key.Key_Return)


@POPUP
def test_a_strategys_menu_inserts_and_removes_strategies(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    choose_from_header_menu(qtbot, window, 1, "Insert strategy right")
    assert window.document.game.players[1].strategies == ("Opera", "Football", "Strategy 3")
    qtbot.waitUntil(lambda: solved(window) and window.report.A.shape == (2, 3))
    choose_from_header_menu(qtbot, window, 0, "Remove 'Opera'")
    assert window.document.game.players[1].strategies == ("Football", "Strategy 3")
    qtbot.waitUntil(lambda: solved(window) and window.report.A.shape == (2, 2))
