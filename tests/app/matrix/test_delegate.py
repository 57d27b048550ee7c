"""The payoff cell's editor and painting: two fields, Tab between them, marks drawn."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtTest import QTest

from explorer.app.matrix.delegate import CellEditor
from explorer.render import style
from tests.app.matrix.cells import cell_point, open_editor
from tests.app.user import click


def test_tab_goes_to_the_column_payoff_and_then_on_to_the_next_cell(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    view = window.matrix.view
    click(view.viewport(), cell_point(view, 0, 0), double=True)
    editor = open_editor(view)
    row, column = editor.fields
    assert row.hasFocus() and row.selectedText() == "2"  # the old payoff, ready to be typed over
    QTest.keyClick(row, Qt.Key.Key_Tab)
    assert column.hasFocus() and column.selectedText() == "1"
    QTest.keyClick(column, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert row.hasFocus()
    QTest.keyClick(row, Qt.Key.Key_Tab)
    QTest.keyClicks(column, "4")
    QTest.keyClick(column, Qt.Key.Key_Tab)  # leaves the cell, keeping what was typed
    assert window.document.game.payoffs[0][0][1].source == 4
    assert not editor.isVisible()


def test_escape_leaves_the_cell_unchanged(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    view = window.matrix.view
    click(view.viewport(), cell_point(view, 1, 1), double=True)
    editor = open_editor(view)
    QTest.keyClicks(editor.fields[0], "99")
    QTest.keyClick(editor.fields[0], Qt.Key.Key_Escape)
    assert window.document.game.payoffs[1][1][0].text == "1 + bonus"


def test_cells_are_painted_with_their_marks(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    view = window.matrix.view
    picture = view.viewport().grab().toImage()
    equilibrium = cell_point(view, 0, 0)  # (Opera, Opera) is a pure equilibrium
    assert picture.pixelColor(equilibrium.x(), equilibrium.y() - 12) == style.EQUILIBRIUM_BACKGROUND
    window.matrix.model.set_greyed({1}, set())
    picture = view.viewport().grab().toImage()
    greyed = cell_point(view, 1, 0)
    assert picture.pixelColor(greyed.x(), greyed.y() - 12) == style.DOMINATED_BACKGROUND
    window.document.edit_cell((0, 1, 0), "oops(")
    picture = view.viewport().grab().toImage()
    broken = cell_point(view, 0, 1)
    assert picture.pixelColor(broken.x(), broken.y() - 12) == style.ERROR_BACKGROUND
    assert picture.pixelColor(broken.x(), broken.y() - 12) != QColor("white")


def test_the_editor_keeps_both_texts(qtbot) -> None:  # type: ignore[no-untyped-def]
    editor = CellEditor()
    qtbot.addWidget(editor)
    editor.set_texts(("1 + bonus", "2"))
    assert editor.texts() == ("1 + bonus", "2")
    assert "Row player" in editor.fields[0].toolTip()
