"""Strategy families in the matrix editor and the best-response curves, as a user acts."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMenu

from explorer.app.matrix.family_dialog import FamilyDialog
from explorer.core.families import StrategyRange, family_of, table_of
from explorer.core.game import COLUMN, ROW
from tests.app.matrix.cells import cell_point, open_editor
from tests.app.results import solved
from tests.app.user import POPUP, choose_menu, click, click_tab, press_shortcut, retype, settled

BERTRAND = "bertrand_logit.json"


def header_point(header, section: int) -> QPoint:  # type: ignore[no-untyped-def]
    """The middle of a header section, in the header's viewport."""
    middle = header.sectionViewportPosition(section) + header.sectionSize(section) // 2
    if header.orientation() == Qt.Orientation.Horizontal:
        return QPoint(middle, header.height() // 2)
    return QPoint(header.width() // 2, middle)


def header_of(window, player: int):  # type: ignore[no-untyped-def]
    view = window.matrix.view
    return view.verticalHeader() if player == ROW else view.horizontalHeader()


def choose_from_header_menu(qtbot, window, player: int, section: int, text: str) -> None:  # type: ignore[no-untyped-def]
    """Right-click a row or column header and click ``text`` in the menu."""
    from tests.app.user import right_click

    header = header_of(window, player)
    # A user right-clicks the name once it is in sight (the panels below make room for it).
    qtbot.waitUntil(lambda: header.viewport().rect().contains(header_point(header, section)))
    right_click(header.viewport(), header_point(header, section))
    qtbot.waitUntil(lambda: isinstance(QApplication.activePopupWidget(), QMenu))
    menu = QApplication.activePopupWidget()
    actions = {a.text(): a for a in menu.actions()}
    assert text in actions, list(actions)
    click(menu, menu.actionGeometry(actions[text]).center())


def undo_from_the_menu(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    """Edit > Undo (after a dialog the off-screen platform leaves no window active for a
    shortcut to reach)."""
    choose_menu(qtbot, window, "&Edit", window.menus.undo.text())


def open_dialog(qtbot, window) -> FamilyDialog:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: window.matrix.families.dialog is not None)
    dialog = window.matrix.families.dialog
    qtbot.waitUntil(dialog.isVisible)
    return dialog


def accept(dialog: FamilyDialog) -> None:
    click(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok))


def test_a_family_game_opens_collapsed_with_its_curves(qtbot, bundled_window) -> None:  # type: ignore[no-untyped-def]
    window = bundled_window(BERTRAND)
    qtbot.waitUntil(lambda: solved(window) and settled(window))
    matrix = window.matrix
    assert matrix.collapsed and matrix.view.model().rowCount() == 1
    assert matrix.family_bar.isVisible()
    assert "closed_price = 0 … 1 (21 values)" in matrix.family_bar.summary.text()
    header = matrix.view.verticalHeader()
    assert (
        matrix.view.model().headerData(0, Qt.Orientation.Vertical)
        == "closed_price = 0 … 1 (21 values)"
    )
    assert header.isVisible()
    results = window.results
    assert results.diagram_panel.isVisible() and results.curves is not None
    assert results.curves.isVisible()
    assert "where they cross: pure equilibria" in results.diagram_legend.text()


def test_editing_a_family_formula_is_one_undo_step(qtbot, bundled_window) -> None:  # type: ignore[no-untyped-def]
    window = bundled_window(BERTRAND)
    qtbot.waitUntil(lambda: solved(window) and settled(window))
    view = window.matrix.view
    before = window.document.game
    click(view.viewport(), cell_point(view, 0, 0), double=True)
    editor = open_editor(view)
    assert editor.fields[ROW].text().startswith("(closed_price - closed_cost)")
    QTest.keyClick(editor.fields[ROW], Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClicks(editor.fields[ROW], "closed_price - closed_price**2")  # best at 0.5 always
    QTest.keyClick(editor.fields[ROW], Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: solved(window) and window.report.game is not before)
    game = window.document.game
    assert family_of(game) is not None
    assert table_of(game).formulas[0][0][ROW].text == "closed_price - closed_price**2"
    (eq,) = window.report.solution.equilibria
    assert game.players[ROW].strategies[eq.row_support[0]] == "closed_price=0.5"
    press_shortcut(window, window.menus.undo)
    qtbot.waitUntil(lambda: window.document.game == before)
    assert table_of(window.document.game).formulas[0][0][ROW].text.startswith("(closed_price -")


def test_a_bad_formula_stays_as_a_red_draft(qtbot, bundled_window) -> None:  # type: ignore[no-untyped-def]
    window = bundled_window(BERTRAND)
    qtbot.waitUntil(lambda: solved(window) and settled(window))
    view = window.matrix.view
    game = window.document.game
    click(view.viewport(), cell_point(view, 0, 0), double=True)
    editor = open_editor(view)
    QTest.keyClick(editor.fields[ROW], Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClicks(editor.fields[ROW], "closed_price * price")
    QTest.keyClick(editor.fields[ROW], Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(window.document.errors))
    assert window.document.game is game  # the last valid game stays
    (error,) = window.document.errors.values()
    assert "unknown name 'price'" in error
    assert "unknown name 'price'" in window.status.text()
    assert view.model().index(0, 0).data(Qt.ItemDataRole.EditRole)[ROW] == "closed_price * price"


@POPUP
def test_a_familys_range_changes_through_its_dialog(qtbot, bundled_window) -> None:  # type: ignore[no-untyped-def]
    window = bundled_window(BERTRAND)
    qtbot.waitUntil(lambda: solved(window) and settled(window))
    header = header_of(window, COLUMN)
    click(header.viewport(), header_point(header, 0), double=True)
    dialog = open_dialog(qtbot, window)
    assert dialog.variable.text() == "open_price" and dialog.count.value() == 21
    retype(dialog.count, "1", enter=False)
    assert "a range has 2 to 101" in dialog.problem.text()
    assert not dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
    retype(dialog.count, "11", enter=False)
    retype(dialog.stop, "0.5", enter=False)
    assert dialog.problem.text() == "" and "open_price=0.05" in dialog.preview.text()
    accept(dialog)
    qtbot.waitUntil(lambda: window.document.game.shape == (21, 11))
    qtbot.waitUntil(lambda: solved(window) and settled(window))
    assert window.document.game.players[COLUMN].strategies[-1] == "open_price=0.5"
    undo_from_the_menu(qtbot, window)
    qtbot.waitUntil(lambda: window.document.game.shape == (21, 21))


def test_every_strategy_can_be_shown_and_its_cells_point_to_the_formula(
    qtbot, bundled_window
) -> None:  # type: ignore[no-untyped-def]
    window = bundled_window(BERTRAND)
    qtbot.waitUntil(lambda: solved(window) and settled(window))
    matrix = window.matrix
    click(matrix.family_bar.expand)
    qtbot.waitUntil(lambda: not matrix.collapsed)
    assert matrix.view.model().rowCount() == 21 and matrix.view.model() is matrix.model
    qtbot.waitUntil(lambda: solved(window) and settled(window))
    (eq,) = window.report.solution.equilibria
    index = matrix.model.index(eq.row_support[0], eq.column_support[0])
    from explorer.app.matrix.model import Role

    assert index.data(Role.EQUILIBRIUM)
    matrix.view.scrollTo(index)
    with qtbot.waitSignal(matrix.message) as said:
        click(matrix.view.viewport(), matrix.view.visualRect(index).center(), double=True)
    assert "comes from a family's formula" in said.args[0]
    click(matrix.family_bar.expand)
    qtbot.waitUntil(lambda: matrix.collapsed)


@POPUP
def test_a_strategy_becomes_a_family_and_back(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    original = window.document.game
    choose_from_header_menu(qtbot, window, ROW, 1, "Make 'Football' a family of strategies…")
    dialog = open_dialog(qtbot, window)
    assert dialog.variable.text() == "football"
    retype(dialog.variable, "effort", enter=False)
    retype(dialog.count, "3", enter=False)
    accept(dialog)
    qtbot.waitUntil(lambda: family_of(window.document.game) is not None)
    game = window.document.game
    assert game.players[ROW].strategies == ("Opera", "effort=0", "effort=0.5", "effort=1")
    assert table_of(game).blocks[ROW][1] == StrategyRange("effort", 0, 1, 3)
    qtbot.waitUntil(lambda: window.matrix.collapsed and solved(window) and settled(window))
    assert window.matrix.view.model().rowCount() == 2
    choose_from_header_menu(qtbot, window, ROW, 1, "Write effort out as single strategies")
    qtbot.waitUntil(lambda: family_of(window.document.game) is None)
    assert window.document.game.players[ROW].strategies == (
        "Opera",
        "effort=0",
        "effort=0.5",
        "effort=1",
    )
    qtbot.waitUntil(
        lambda: not window.matrix.collapsed and window.matrix.view.model().rowCount() == 4
    )
    for _ in range(2):
        undo_from_the_menu(qtbot, window)
    qtbot.waitUntil(lambda: window.document.game == original)


@POPUP
def test_a_strategy_inside_a_family_offers_the_familys_actions(qtbot, bundled_window) -> None:  # type: ignore[no-untyped-def]
    window = bundled_window(BERTRAND)
    qtbot.waitUntil(lambda: solved(window) and settled(window))
    click(window.matrix.family_bar.expand)
    qtbot.waitUntil(lambda: not window.matrix.collapsed)
    choose_from_header_menu(qtbot, window, ROW, 3, "Change the range of closed_price…")
    dialog = open_dialog(qtbot, window)
    assert dialog.count.value() == 21
    click(dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel))
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert window.document.game.shape == (21, 21)


@POPUP
@pytest.mark.parametrize("size", [(1280, 800), (1920, 1080)])
def test_the_collapsed_table_and_curves_fit_the_window(qtbot, bundled_window, size) -> None:  # type: ignore[no-untyped-def]
    window = bundled_window(BERTRAND)
    window.resize(*size)
    qtbot.waitUntil(lambda: solved(window) and settled(window))
    view = window.matrix.view
    # The whole family cell on screen, once the equilibria below have made room for it.
    qtbot.waitUntil(
        lambda: view.viewport().rect().contains(view.visualRect(view.model().index(0, 0)))
    )
    assert window.results.curves.width() >= 250 and window.results.curves.height() >= 140


def test_a_family_game_and_its_formula_drafts_are_recovered(qapp, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from explorer.app.document import FormulaKey, GameDocument
    from explorer.app.recovery import RecoveryManager, read_orphan
    from explorer.core.io import load_game
    from explorer.resources import games_dir

    document = GameDocument(load_game(games_dir() / BERTRAND), tmp_path / "mine.json")
    manager = RecoveryManager(document, tmp_path / "recovery")
    try:
        document.edit_cell(FormulaKey(0, 0, COLUMN), "open_price")
        document.edit_cell(FormulaKey(0, 0, ROW), "closed_price +")  # a draft
        assert manager.autosave()
        work = read_orphan(manager.file)
        assert work.state.game == document.game and family_of(work.state.game) is not None
        assert work.state.drafts[FormulaKey(0, 0, ROW)].text == "closed_price +"
    finally:
        manager.close()


def test_the_dynamics_of_a_family_game_show_average_values(qtbot, bundled_window) -> None:  # type: ignore[no-untyped-def]
    """One line a player (its average price), not one a strategy; fictitious play ends
    near the equilibrium's prices."""
    window = bundled_window(BERTRAND)
    qtbot.waitUntil(lambda: solved(window) and settled(window))
    click_tab(window.tabs, window.tabs.indexOf(window.dynamics))
    dynamics = window.dynamics
    qtbot.waitUntil(lambda: dynamics.trajectory is not None and settled(window))
    legend = dynamics.legend.text()
    assert "average closed_price" in legend and "average open_price" in legend
    assert "closed_price=0.35" not in legend
    assert len(dynamics._moving) == 2
    (eq,) = dynamics.equilibria
    for (_, _, path, _), player, support in (
        (dynamics._moving[0], ROW, eq.row_support),
        (dynamics._moving[1], COLUMN, eq.column_support),
    ):
        value = float(window.document.game.players[player].strategies[support[0]].split("=")[1])
        assert abs(path[-1] - value) < 0.02


def test_both_formulas_of_a_family_cell_are_drawn_at_one_size(qapp) -> None:  # type: ignore[no-untyped-def]
    """A long formula shrinks its cell's short one with it: the two never differ in size."""
    from PySide6.QtCore import QRect
    from PySide6.QtGui import QFont

    from explorer.app.matrix.delegate import FORMULA_SCALES, formula_scale

    font, area = QFont(), QRect(0, 0, 300, 40)
    font.setPointSizeF(12)
    short, long = "p", " + ".join(["(p - cost) * exp(k * q)"] * 8)
    assert formula_scale([short], font, [area]) == FORMULA_SCALES[0]
    alone = formula_scale([long], font, [area])
    assert alone < FORMULA_SCALES[0]
    assert formula_scale([short, long], font, [area, area]) == alone


def test_the_sweep_tab_names_a_family_games_regimes_by_prices(qtbot, bundled_window) -> None:  # type: ignore[no-untyped-def]
    """Sweeping the subsidy in the app gives the regimes the core gives, named by prices:
    the open price falls as the subsidy rises."""
    from explorer.core.sweep import run_sweep

    window = bundled_window(BERTRAND)
    qtbot.waitUntil(lambda: solved(window) and settled(window))
    click_tab(window.tabs, window.tabs.indexOf(window.sweep))
    sweep = window.sweep
    if sweep.use_y.isChecked():
        click(sweep.use_y)
    qtbot.waitUntil(lambda: not sweep.use_y.isChecked())
    assert sweep.x_axis.name.currentText() == "subsidy"
    retype(sweep.x_axis.points, "5")
    click(sweep.run_button)
    qtbot.waitUntil(lambda: sweep.result is not None, timeout=60_000)
    expected = run_sweep(window.document.game, sweep.x_axis.axis())
    result = sweep.result
    assert result.regimes == expected.regimes
    names = [result.regimes[k] for k in result.regime_index]
    assert names == [expected.regimes[k] for k in expected.regime_index]
    assert all("closed_price=" in n and "open_price=" in n for n in names)
    open_prices = [float(n.split("open_price=")[1].split()[0]) for n in names]
    assert open_prices == sorted(open_prices, reverse=True) and open_prices[0] > open_prices[-1]
