"""The Tree tab as a user drives it: a tree opens drawn and solved, nodes are clicked and
edited, formulas typed (bad ones kept in red while the last valid tree stays solved), keys
undo and redo, branches are dragged to a new place, and backward induction is stepped through."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QMenu

from explorer.core.tree.model import CHANCE
from tests.app.user import POPUP, choose, click, press, press_shortcut, retype, right_click, settled


@pytest.fixture
def entry(bundled_window, qtbot):  # type: ignore[no-untyped-def]
    """The entry-deterrence tree open in its tab, drawn and solved."""
    window = bundled_window("entry_deterrence_tree.json")
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: window.tabs.currentWidget() is window.tree)
    qtbot.waitUntil(lambda: window.tree.report is not None and settled(window))
    return window


def node_point(tab, node: int) -> QPoint:  # type: ignore[no-untyped-def]
    return tab.view.viewport_point(tab.scene.position(node))


def click_node(qtbot, window, node: int) -> None:  # type: ignore[no-untyped-def]
    tab = window.tree
    click(tab.view.viewport(), node_point(tab, node))
    qtbot.waitUntil(lambda: tab.editing.selected == node)


def path_of_play(window) -> str:  # type: ignore[no-untyped-def]
    equilibrium = window.tree.equilibrium
    return "" if equilibrium is None else equilibrium.path


def test_a_tree_opens_in_its_tab_drawn_and_solved(entry) -> None:  # type: ignore[no-untyped-def]
    tab = entry.tree
    assert entry.document.tree is not None
    assert path_of_play(entry) == "Enter → Accommodate"
    assert "the threat to Fight is not credible" in tab.solution.explanation.toPlainText()
    assert (
        "Incumbent" in tab.solution.behaviour.text()
        and "Accommodate" in tab.solution.behaviour.text()
    )
    assert "at the start: Enter" in tab.solution.behaviour.text()  # not "root"
    assert tab.form.rowCount() == 2 and tab.form.columnCount() == 2
    assert "▶" in tab.form.item(1, 0).text()  # Enter / Accommodate, the subgame-perfect cell
    assert not entry.docks["results"].isVisible()  # the tab wants the room
    image = tab.view.grab()
    assert not image.isNull() and image.width() > 200


def test_typing_a_payoff_changes_the_solution_and_keys_undo_it(qtbot, entry) -> None:  # type: ignore[no-untyped-def]
    tab = entry.tree
    click_node(qtbot, entry, 4)  # Enter → Fight
    assert tab.side.currentIndex() == 1
    retype(tab.inspector.fields[("payoff", 1)], "3")
    qtbot.waitUntil(lambda: path_of_play(entry) == "Stay out" and settled(entry))
    assert [f.source for f in entry.document.tree.nodes[4].payoffs] == [-1, 3]
    assert entry.document.is_modified
    press_shortcut(entry, entry.menus.undo)
    qtbot.waitUntil(lambda: path_of_play(entry) == "Enter → Accommodate" and settled(entry))
    assert tab.editing.selected == 4
    press_shortcut(entry, entry.menus.redo)
    qtbot.waitUntil(lambda: path_of_play(entry) == "Stay out" and settled(entry))


def test_a_bad_formula_stays_red_with_its_sentence_and_the_last_tree_stays_solved(
    qtbot, entry
) -> None:  # type: ignore[no-untyped-def]
    tab = entry.tree
    click_node(qtbot, entry, 3)
    before = entry.document.tree
    retype(tab.inspector.fields[("payoff", 0)], "2 +")
    qtbot.waitUntil(lambda: tab.inspector.error.isVisible())
    assert "is not" in tab.inspector.error.text() or "incomplete" in tab.inspector.error.text()
    assert entry.document.tree is before
    assert path_of_play(entry) == "Enter → Accommodate"
    assert tab.inspector.fields[("payoff", 0)].text() == "2 +"
    retype(tab.inspector.fields[("payoff", 0)], "war_chest")
    qtbot.waitUntil(lambda: "unknown name 'war_chest'" in tab.inspector.error.text())
    retype(tab.inspector.fields[("payoff", 0)], "-2")
    qtbot.waitUntil(lambda: path_of_play(entry) == "Stay out" and settled(entry))
    assert not tab.inspector.error.isVisible()


@POPUP
def test_a_leaf_becomes_a_chance_move_whose_probabilities_must_sum_to_one(qtbot, entry) -> None:  # type: ignore[no-untyped-def]
    tab = entry.tree
    click_node(qtbot, entry, 1)  # Stay out: a leaf
    choose(tab.inspector.findChild(type(tab.chooser), "tree_mover"), "Chance")
    qtbot.waitUntil(lambda: entry.document.tree.nodes[1].is_chance)
    assert entry.document.tree.nodes[1].player == CHANCE
    retype(tab.inspector.fields[("probability", 0)], "1/3")
    qtbot.waitUntil(lambda: "sum to" in tab.inspector.error.text())
    assert [p.source for p in entry.document.tree.nodes[1].probabilities] == ["1/2", "1/2"]
    retype(tab.inspector.fields[("probability", 1)], "2/3")
    qtbot.waitUntil(
        lambda: [p.source for p in entry.document.tree.nodes[1].probabilities] == ["1/3", "2/3"]
    )
    assert not tab.inspector.error.isVisible()


def test_dragging_a_branch_sideways_reorders_it(qtbot, entry) -> None:  # type: ignore[no-untyped-def]
    tab = entry.tree
    viewport = tab.view.viewport()
    start, target = node_point(tab, 1), node_point(tab, 2)  # Stay out, dragged past Enter
    QTest.mousePress(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    QTest.mouseMove(viewport, (start + target) / 2)
    beyond = QPoint(target.x() + 30, target.y())
    QTest.mouseRelease(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, beyond)
    qtbot.waitUntil(lambda: entry.document.tree.nodes[0].actions == ("Enter", "Stay out"))
    qtbot.waitUntil(lambda: path_of_play(entry) == "Enter → Accommodate" and settled(entry))
    press_shortcut(entry, entry.menus.undo)
    qtbot.waitUntil(lambda: entry.document.tree.nodes[0].actions == ("Stay out", "Enter"))


@POPUP
def test_the_right_button_adds_a_move_and_delete_removes_it(qtbot, entry) -> None:  # type: ignore[no-untyped-def]
    tab = entry.tree
    right_click(tab.view.viewport(), node_point(tab, 2))
    menu = next(m for m in tab.findChildren(QMenu) if m.isVisible())
    action = next(a for a in menu.actions() if a.text() == "Add a move")
    click(menu, menu.actionGeometry(action).center())
    qtbot.waitUntil(lambda: len(entry.document.tree.nodes[2].actions) == 3)
    new = entry.document.tree.nodes[2].children[2]
    qtbot.waitUntil(lambda: settled(entry))
    click_node(qtbot, entry, new)
    press(tab.view, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: len(entry.document.tree.nodes[2].actions) == 2)


def test_renaming_a_move_in_its_field(qtbot, entry) -> None:  # type: ignore[no-untyped-def]
    tab = entry.tree
    click_node(qtbot, entry, 2)
    retype(tab.inspector.fields[("action", 1)], "Price war")
    qtbot.waitUntil(lambda: entry.document.tree.nodes[2].actions == ("Accommodate", "Price war"))
    retype(tab.inspector.fields[("action", 1)], "Accommodate")
    qtbot.waitUntil(lambda: "twice" in entry.status.text())
    assert entry.document.tree.nodes[2].actions == ("Accommodate", "Price war")


def test_stepping_through_backward_induction(qtbot, entry) -> None:  # type: ignore[no-untyped-def]
    stepper = entry.tree.stepper
    click(stepper.forward)
    assert stepper.step == 1
    assert "Step 1 of 2" in stepper.sentence.text() and "Incumbent" in stepper.sentence.text()
    click(stepper.forward)
    assert "Step 2 of 2" in stepper.sentence.text() and "Path of play" in stepper.sentence.text()
    assert not stepper.forward.isEnabled()
    click(stepper.back)
    assert stepper.step == 1
    click(stepper.whole)
    assert stepper.step is None and not stepper.whole.isEnabled()


@POPUP
def test_ties_give_a_chooser_of_equilibria(qtbot, bundled_window) -> None:  # type: ignore[no-untyped-def]
    window = bundled_window("ultimatum.json")
    tab = window.tree
    qtbot.waitUntil(lambda: tab.report is not None and settled(window))
    assert tab.chooser.count() == 2 and tab.chooser.isEnabled()
    choose(tab.chooser, tab.chooser.itemText(1))
    assert tab.equilibrium.path == "Offer 1 → Accept"
    assert "this equilibrium takes Reject" in tab.solution.explanation.toPlainText()


def test_the_game_tab_shows_the_reduced_form_read_only(qtbot, entry) -> None:  # type: ignore[no-untyped-def]
    from tests.app.user import click_tab

    click_tab(entry.tabs, 0)
    assert "reduced strategic form of a game tree" in entry.matrix.legend.text()
    view = entry.matrix.view
    cell = view.visualRect(view.model().index(0, 0)).center()
    click(view.viewport(), cell, double=True)
    assert not view.isPersistentEditorOpen(view.model().index(0, 0))
    assert not isinstance(QApplication.focusWidget(), QLineEdit)  # no cell editor opened
    assert entry.document.undo_stack.count() == 0
    header = view.horizontalHeader()
    click(header.viewport(), QPoint(header.sectionViewportPosition(0) + 5, 5), double=True)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)
    QTest.keyClicks(editor, "Welcome")
    QTest.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "edit the tree in the Tree tab" in entry.status.text())
    assert entry.document.tree.nodes[2].actions == ("Accommodate", "Fight")


def test_renaming_a_player_above_the_strategic_form_renames_the_tree_s_player(qtbot, entry) -> None:  # type: ignore[no-untyped-def]
    from tests.app.user import click_tab

    click_tab(entry.tabs, 0)
    click(entry.matrix.column_label, double=True)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)
    QTest.keyClick(editor, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClicks(editor, "Monopolist")
    QTest.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: entry.document.tree.players == ("Entrant", "Monopolist"))
    qtbot.waitUntil(lambda: "Monopolist" in entry.tree.solution.explanation.toPlainText())
    assert entry.document.game.players[1].name == "Monopolist"
    press_shortcut(entry, entry.menus.undo)
    qtbot.waitUntil(lambda: entry.document.tree.players == ("Entrant", "Incumbent"))


def test_the_sliders_move_the_tree_s_solution(qtbot, bundled_window) -> None:  # type: ignore[no-untyped-def]
    """Ultimatum: a selfish responder takes every positive offer (two equilibria, by the tie
    at 0); with fairness 2 it refuses 1 as well and the proposer offers 2."""
    window = bundled_window("ultimatum.json")
    tab = window.tree
    qtbot.waitUntil(lambda: window.tabs.currentWidget() is tab)
    qtbot.waitUntil(lambda: tab.report is not None and settled(window))
    assert len(tab.report.equilibria) == 2 and tab.chooser.isEnabled()
    control = window.parameters.controls["fairness"]
    click(control.slider)
    QTest.keyClick(control.slider, Qt.Key.Key_End)
    qtbot.waitUntil(lambda: window.document.values["fairness"] == 2.0)
    qtbot.waitUntil(lambda: path_of_play(window) == "Offer 2 → Accept" and settled(window))
    assert len(tab.report.equilibria) == 1 and not tab.chooser.isEnabled()
    assert "Offer 2" in tab.solution.explanation.toPlainText()
    marked = [
        (r, c)
        for r in range(tab.form.rowCount())
        for c in range(tab.form.columnCount())
        if "▶" in tab.form.item(r, c).text()
    ]
    assert [r for r, _ in marked] == [2]  # the row of Offer 2
    retype(control.spin, "0.5")
    qtbot.waitUntil(lambda: path_of_play(window) == "Offer 1 → Accept" and settled(window))


def test_the_library_steps_aside_on_a_narrow_window_and_comes_back_whole(qtbot, entry) -> None:  # type: ignore[no-untyped-def]
    from tests.app.user import click_tab

    library = entry.docks["library"]
    entry.resize(1280, 800)  # a classroom laptop
    click_tab(entry.tabs, 0)
    qtbot.waitUntil(lambda: library.isVisible())
    click_tab(entry.tabs, entry.tabs.indexOf(entry.tree))
    qtbot.waitUntil(lambda: not library.isVisible())
    entry.resize(1920, 1080)
    click_tab(entry.tabs, 0)
    qtbot.waitUntil(lambda: library.isVisible())
    qtbot.waitUntil(lambda: library.width() >= 250)  # its own width, not squeezed
