"""Help › Strategy Explorer Help: formulas, the matrix's marks and the keys, in both
languages, generated from what the app has (so the page cannot drift from it)."""

from __future__ import annotations

from PySide6.QtGui import QAction, QKeySequence

from explorer.app.help import HelpDialog, plain, shortcuts
from explorer.core.formula import FUNCTIONS
from tests.app.user import POPUP, activate, choose_menu, press_shortcut


def open_help(qtbot, window) -> HelpDialog:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(
        lambda: (
            window.findChild(HelpDialog) is not None and window.findChild(HelpDialog).isVisible()
        )
    )
    return window.findChild(HelpDialog)


@POPUP
def test_the_help_page_lists_every_function_mark_and_shortcut(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    activate(qtbot, window)
    choose_menu(qtbot, window, "&Help", "Strategy Explorer &Help")
    page = open_help(qtbot, window).page.toPlainText()
    for function in FUNCTIONS.values():
        assert function.signature in page
    for mark in ("Bold and underlined", "Green frame", "Grey", "struck through", "Red cell"):
        assert mark in page
    keyed = [a for a in window.findChildren(QAction) if not a.shortcut().isEmpty() and a.text()]
    assert len(keyed) >= 10
    for action in keyed:
        keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        assert f"{keys}\t" in page or keys in page, f"{plain(action.text())} ({keys}) is missing"
    assert ("View › Presenter Mode", "F5") in shortcuts(window.menuBar())


def test_f1_opens_the_help_and_a_new_shortcut_appears_on_it(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    activate(qtbot, window)
    extra = QAction("&Count cells", window)
    extra.setShortcut(QKeySequence("Ctrl+Shift+K"))
    window.menuBar().actions()[1].menu().addAction(extra)
    press_shortcut(window, window.menus.help)
    page = open_help(qtbot, window).page.toPlainText()
    assert "Edit › Count cells" in page
    assert QKeySequence("Ctrl+Shift+K").toString(QKeySequence.SequenceFormat.NativeText) in page


def test_the_help_page_speaks_german(qtbot, german, make_window) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    activate(qtbot, window)
    press_shortcut(window, window.menus.help)
    page = open_help(qtbot, window).page.toPlainText()
    assert "Formeln" in page and "Fett und unterstrichen" in page and "Tastatur" in page
    assert "Ansicht › Präsentationsmodus" in page
