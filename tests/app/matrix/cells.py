"""The matrix's cells as a user finds them: where each one is drawn, its editor, typing into it."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest

from explorer.app.matrix.delegate import CellEditor
from tests.app.user import click


def cell_point(view, row: int, column: int) -> QPoint:  # type: ignore[no-untyped-def]
    """The centre of a cell, in the view's viewport."""
    return view.visualRect(view.model().index(row, column)).center()


def open_editor(view) -> CellEditor:  # type: ignore[no-untyped-def]
    """The cell editor open now (a closed one may linger until it is deleted)."""
    editors = [e for e in view.findChildren(CellEditor) if e.isVisible()]
    assert len(editors) == 1
    return editors[0]


def type_into_cell(window, row: int, column: int, row_text: str, column_text: str) -> None:  # type: ignore[no-untyped-def]
    """Double-click the cell, type both payoffs (Tab between them), press Enter."""
    view = window.matrix.view
    click(view.viewport(), cell_point(view, row, column), double=True)
    editor = open_editor(view)
    for field, text in zip(editor.fields, (row_text, column_text), strict=True):
        assert field.hasFocus()
        QTest.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        QTest.keyClicks(field, text)
        if field is editor.fields[0]:
            QTest.keyClick(field, Qt.Key.Key_Tab)
    QTest.keyClick(editor.fields[1], Qt.Key.Key_Return)
