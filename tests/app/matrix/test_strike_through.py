"""Strategy names are struck through exactly while their strategy is greyed (dominated or
eliminated), after every slider move and every new game: the header is told to repaint."""

from __future__ import annotations

from PySide6.QtCore import Qt

from explorer.core.game import COLUMN, ROW
from explorer.resources import flagship_path
from tests.app.user import POPUP, activate, choose_menu, retype, settled


def struck(model, player: int) -> set[int]:  # type: ignore[no-untyped-def]
    orientation = Qt.Orientation.Horizontal if player == COLUMN else Qt.Orientation.Vertical
    count = model.columnCount() if player == COLUMN else model.rowCount()
    return {
        k
        for k in range(count)
        if (font := model.headerData(k, orientation, Qt.ItemDataRole.FontRole)) is not None
        and font.strikeOut()
    }


def told(model):  # type: ignore[no-untyped-def]
    """Each time from now on a header is told to repaint: its orientation and what was
    greyed then."""
    notices: list[tuple[Qt.Orientation, tuple[set[int], set[int]]]] = []
    model.headerDataChanged.connect(
        lambda orientation, first, last: notices.append((orientation, model.marks.greyed))
    )
    return notices


def repainted_as_greyed(model, notices) -> bool:  # type: ignore[no-untyped-def]
    """Both headers were told to repaint once the strategies greyed now were greyed."""
    now = model.marks.greyed
    return {o for o, greyed in notices if greyed == now} == {
        Qt.Orientation.Horizontal,
        Qt.Orientation.Vertical,
    }


def test_a_slider_move_strikes_the_strategy_that_is_dominated_now(qtbot, bundled_window) -> None:  # type: ignore[no-untyped-def]
    """Defect 7: after a slider move "Paid" stayed struck while "Free" was the greyed one."""
    window = bundled_window(flagship_path().name)
    qtbot.waitExposed(window)
    model = window.matrix.model
    assert struck(model, COLUMN) == model.marks.greyed[COLUMN] == {1}  # Paid
    notices = told(model)
    retype(window.parameters.controls["subsidy"].spin, "0.1")
    qtbot.waitUntil(lambda: settled(window) and window.report.values["subsidy"] == 0.1)
    assert model.marks.greyed[COLUMN] == {0}  # Free is dominated now
    assert struck(model, COLUMN) == {0} and struck(model, ROW) == model.marks.greyed[ROW]
    assert repainted_as_greyed(model, notices)


@POPUP
def test_a_new_game_strikes_nothing_it_does_not_grey(qtbot, bundled_window) -> None:  # type: ignore[no-untyped-def]
    """Defect 7: File › New showed "Right" struck (where "Paid" had been)."""
    window = bundled_window(flagship_path().name)
    activate(qtbot, window)
    model = window.matrix.model
    notices = told(model)
    choose_menu(qtbot, window, "&File", "&New")
    qtbot.waitUntil(lambda: settled(window) and window.report.game is window.document.game)
    for player in (ROW, COLUMN):
        assert struck(model, player) == model.marks.greyed[player]
    assert repainted_as_greyed(model, notices)
