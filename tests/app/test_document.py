"""The document: valid games and invalid drafts, one undo step per edit, slider values apart."""

from __future__ import annotations

import pytest

from explorer.app.document import DocumentState, GameDocument, state_with_texts
from explorer.core import edit
from explorer.core.game import Game, Parameter

GAME = Game.build(
    "Test",
    [("Row", ["Up", "Down"]), ("Column", ["Left", "Right"])],
    [[[1, 2], [0, 0]], [[0, 0], ["bonus", 1]]],
    parameters=[Parameter("bonus", 0.5, 0.0, 1.0)],
)


@pytest.fixture
def document(qapp) -> GameDocument:  # type: ignore[no-untyped-def]
    return GameDocument(GAME)


def test_a_valid_formula_changes_the_game_and_undo_restores_it(document: GameDocument) -> None:
    document.edit_cell((0, 0, 0), "2 * bonus")
    assert document.game.payoffs[0][0][0].text == "2 * bonus"
    assert document.is_modified and not document.errors
    document.undo_stack.undo()
    assert document.game == GAME and not document.is_modified


def test_an_invalid_formula_is_a_draft_and_the_game_keeps_the_last_valid_one(
    document: GameDocument,
) -> None:
    document.edit_cell((1, 0, 1), "bonus +")
    assert document.game == GAME
    assert document.cell_text((1, 0, 1)) == "bonus +"
    assert document.cell_error((1, 0, 1))
    assert list(document.errors) == [(1, 0, 1)]
    document.edit_cell((1, 0, 1), "bonus + 1")
    assert document.cell_error((1, 0, 1)) is None and not document.errors
    assert document.game.payoffs[1][0][1].text == "bonus + 1"


def test_consecutive_edits_of_one_cell_are_one_undo_step(document: GameDocument) -> None:
    for text in ("3", "4", "5"):
        document.edit_cell((0, 1, 0), text)
    document.edit_cell((0, 0, 0), "9")
    assert document.undo_stack.count() == 2
    document.undo_stack.undo()
    document.undo_stack.undo()
    assert document.game == GAME


def test_plain_numbers_stay_numbers_and_formulas_stay_text(document: GameDocument) -> None:
    document.edit_cells({(0, 0, 0): "3", (0, 0, 1): "2.5", (0, 1, 0): "1e3", (0, 1, 1): "inf"}, "x")
    cells = document.game.payoffs[0]
    assert cells[0][0].source == 3 and isinstance(cells[0][0].source, int)
    assert cells[0][1].source == 2.5
    assert cells[1][0].source == 1000.0 and isinstance(cells[1][0].source, float)
    assert document.cell_error((0, 1, 1))  # "inf" is no number a payoff may be
    assert document.undo_stack.count() == 1


def test_a_refused_structural_edit_says_why_and_changes_nothing(document: GameDocument) -> None:
    problem = document.apply(lambda g: edit.rename_strategy(g, 0, 1, "Up"), "Rename")
    assert problem and "twice" in problem
    assert document.game == GAME and document.undo_stack.count() == 0


def test_slider_values_are_clamped_and_not_undoable(qtbot, document: GameDocument) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(document.valuesChanged):
        document.set_value("bonus", 5.0)
    assert document.values == {"bonus": 1.0}
    assert document.undo_stack.count() == 0 and not document.is_modified
    with qtbot.assertNotEmitted(document.valuesChanged):
        document.set_value("bonus", 1.0)


def test_values_follow_the_parameters_when_the_game_changes(document: GameDocument) -> None:
    document.set_value("bonus", 0.9)
    narrower = Parameter("bonus", 0.1, 0.0, 0.5)
    document.apply(lambda g: edit.update_parameter(g, "bonus", narrower), "Edit parameter")
    assert document.values == {"bonus": 0.1}  # 0.9 is out of the new range: the default
    document.apply(lambda g: edit.add_parameter(g, Parameter("tax", 0.2, 0, 1)), "Add")
    assert document.values == {"bonus": 0.1, "tax": 0.2}


def test_restored_work_opens_modified_with_a_fresh_history(qtbot, document: GameDocument) -> None:  # type: ignore[no-untyped-def]
    document.edit_cell((0, 0, 0), "7")
    restored = state_with_texts(GAME, {(0, 0, 0): "oops(", (5, 5, 0): "outside"})
    with qtbot.waitSignals([document.gameChanged, document.valuesChanged, document.pathChanged]):
        document.reset(restored, None, modified=True)
    assert document.is_modified and document.undo_stack.count() == 1
    assert document.cell_text((0, 0, 0)) == "oops(" and list(document.errors) == [(0, 0, 0)]
    document.reset(DocumentState(GAME), None)
    assert not document.is_modified and document.undo_stack.count() == 0
