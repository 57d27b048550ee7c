"""The menus: every action in its menu, the usual shortcuts, each wired to the part that acts."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QKeySequence

from explorer.app.matrix.view import DEFAULT_POINT_SIZE
from tests.app.user import POPUP, choose_menu, press_shortcut


def menu_texts(window) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    bar = window.menuBar()
    return {
        action.text(): [a.text() for a in action.menu().actions() if not a.isSeparator()]
        for action in bar.actions()
    }


def test_the_menus_hold_every_command(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    menus = menu_texts(window)
    assert list(menus) == ["&File", "&Edit", "&View", "&Help"]
    assert menus["&File"][:3] == ["&New", "&Open…", "Open &Recent"]
    assert "Export Matrix as &LaTeX…" in menus["&File"] and menus["&File"][-1] == "&Quit"
    assert menus["&Edit"][2:] == [
        "&Paste Payoffs",
        "Add Row Strategy",
        "Add Column Strategy",
        "Rename Row Player…",
        "Rename Column Player…",
        "Add Parameter…",
    ]
    assert {"Library", "Parameters", "Equilibria", "&Presenter Mode"} <= set(menus["&View"])
    assert menus["&Help"] == ["Strategy Explorer &Help", "&About Strategy Explorer"]


@pytest.mark.parametrize(
    ("name", "keys"),
    [
        ("new", QKeySequence.StandardKey.New),
        ("open", QKeySequence.StandardKey.Open),
        ("save", QKeySequence.StandardKey.Save),
        ("undo", QKeySequence.StandardKey.Undo),
        ("zoom_in", QKeySequence.StandardKey.ZoomIn),
        ("quit", QKeySequence.StandardKey.Quit),
    ],
)
def test_the_usual_shortcuts(qtbot, window, name: str, keys: QKeySequence.StandardKey) -> None:  # type: ignore[no-untyped-def]
    assert getattr(window.menus, name).shortcut() == QKeySequence(keys)


def test_undo_redo_and_zoom_from_the_keyboard(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitExposed(window)
    original = window.document.game
    window.document.edit_cell((1, 0, 0), "5")
    edited = window.document.game
    menus = window.menus
    press_shortcut(window, menus.undo)
    assert window.document.game == original and not window.isWindowModified()
    press_shortcut(window, menus.redo)
    assert window.document.game == edited
    size = window.matrix.point_size()
    press_shortcut(window, menus.zoom_in)
    assert window.matrix.point_size() > size
    press_shortcut(window, menus.zoom_out)
    assert window.matrix.point_size() == pytest.approx(size)
    press_shortcut(window, menus.zoom_in)
    press_shortcut(window, menus.actual_size)
    assert window.matrix.point_size() == DEFAULT_POINT_SIZE


@POPUP
def test_edit_menu_commands_reach_the_matrix(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitExposed(window)
    choose_menu(qtbot, window, "&Edit", "Add Row Strategy")
    choose_menu(qtbot, window, "&Edit", "Add Column Strategy")
    assert window.document.game.shape == (3, 3)
    assert window.document.game.players[0].strategies[-1] == "Strategy 3"
