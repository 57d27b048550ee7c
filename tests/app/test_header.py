"""The game header: the title edited in place, the description in a dialog, each one undo step."""

from __future__ import annotations

from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QPlainTextEdit

from tests.app.user import click, retype


def test_typing_a_new_title_renames_the_game(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    header = window.header
    retype(header.title, "Opera night")
    assert window.document.game.title == "Opera night"
    assert window.document.undo_stack.count() == 1
    retype(header.title, "   ")  # an empty title is not taken
    assert window.document.game.title == "Opera night"
    window.document.undo_stack.undo()
    assert header.title.text() == "Battle of the sexes (test)"


def test_the_description_is_edited_in_a_dialog(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    header = window.header
    assert header.description.isHidden()  # the test game has none
    click(header.edit_button)
    dialog = header.findChild(QDialog, "description_dialog")
    qtbot.waitExposed(dialog)
    text = dialog.findChild(QPlainTextEdit)
    click(text)
    QTest.keyClicks(text, "Ann prefers opera, Bob football.")
    click(dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok))
    assert window.document.game.description == "Ann prefers opera, Bob football."
    assert header.description.isVisible()
    assert "Bob football" in header.description.toPlainText()


def test_presenting_hides_the_description_editor(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    window.header.set_editing(False)
    assert window.header.edit_button.isHidden()
    window.header.set_editing(True)
    assert window.header.edit_button.isVisible()
