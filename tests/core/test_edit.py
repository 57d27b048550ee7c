"""Edits of a game: each returns a new, valid game; renaming a parameter rewrites its formulas."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from explorer.core import edit
from explorer.core.formula import Formula
from explorer.core.game import COLUMN, ROW, Game, GameError, Parameter

GAME = Game.build(
    "g",
    [("Ann", ["Up", "Down"]), ("Bob", ["Left", "Right"])],
    [[["1 + bonus", 2], [3, "bonus * 2"]], [[5, 6], [7, "  max(bonus, 1) - bonus"]]],
    [Parameter("bonus", 1, 0, 2), Parameter("cost", 0.5, 0, 1)],
)


def texts(game: Game) -> list[list[tuple[str, str]]]:
    return [[(a.text, b.text) for a, b in row] for row in game.payoffs]


def test_a_blank_game_is_two_by_two_with_zero_payoffs() -> None:
    game = edit.blank_game()
    assert game.shape == (2, 2) and not game.is_parametric
    A, B = game.evaluate()
    assert A.tolist() == B.tolist() == [[0, 0], [0, 0]]


def test_set_cell_replaces_one_payoff() -> None:
    changed = edit.set_cell(GAME, 1, 0, COLUMN, Formula("cost + 1", ["bonus", "cost"]))
    assert texts(changed)[1][0] == ("5", "cost + 1")
    assert texts(changed)[0] == texts(GAME)[0]
    assert texts(GAME)[1][0] == ("5", "6")  # the original is untouched


def test_add_a_strategy_with_zero_payoffs_and_a_new_name() -> None:
    wider = edit.add_strategy(GAME, COLUMN, 1)
    assert wider.players[COLUMN].strategies == ("Left", "Strategy 3", "Right")
    assert [row[1] for row in texts(wider)] == [("0", "0"), ("0", "0")]
    # The new name is "Strategy <count + 1>", numbered again when that is taken.
    taller = edit.add_strategy(edit.add_strategy(GAME, ROW, 2, "Strategy 4"), ROW, 0)
    assert taller.players[ROW].strategies == ("Strategy 4 2", "Up", "Down", "Strategy 4")
    assert texts(taller)[0] == [("0", "0"), ("0", "0")]


def test_remove_a_strategy_and_its_payoffs() -> None:
    narrower = edit.remove_strategy(GAME, COLUMN, 0)
    assert narrower.players[COLUMN].strategies == ("Right",)
    assert texts(narrower) == [[(t[1][0], t[1][1])] for t in texts(GAME)]
    shorter = edit.remove_strategy(GAME, ROW, 1)
    assert texts(shorter) == texts(GAME)[:1]
    with pytest.raises(GameError, match="Bob needs at least one strategy"):
        edit.remove_strategy(narrower, COLUMN, 0)


def test_move_a_strategy_with_its_payoffs() -> None:
    moved = edit.move_strategy(GAME, ROW, 0, 1)
    assert moved.players[ROW].strategies == ("Down", "Up")
    assert texts(moved) == texts(GAME)[::-1]
    swapped = edit.move_strategy(GAME, COLUMN, 1, 0)
    assert swapped.players[COLUMN].strategies == ("Right", "Left")
    assert [row[0] for row in texts(swapped)] == [row[1] for row in texts(GAME)]


def test_rename_a_strategy_and_a_player() -> None:
    renamed = edit.rename_player(edit.rename_strategy(GAME, ROW, 1, "  Down low "), COLUMN, " Cy")
    assert renamed.players[ROW].strategies == ("Up", "Down low")
    assert renamed.players[COLUMN].name == "Cy" and renamed.players[ROW].name == "Ann"
    with pytest.raises(GameError):
        edit.rename_player(GAME, ROW, "Bob")  # both players called Bob


def test_add_and_remove_a_parameter() -> None:
    more = edit.add_parameter(GAME, Parameter("risk", 0, 0, 1))
    assert more.parameter_names == ("bonus", "cost", "risk")
    fewer = edit.remove_parameter(more, "cost")
    assert fewer.parameter_names == ("bonus", "risk")
    with pytest.raises(GameError, match="'bonus' is still used by"):
        edit.remove_parameter(GAME, "bonus")


def test_updating_a_range_keeps_the_formulas() -> None:
    wider = edit.update_parameter(GAME, "bonus", Parameter("bonus", 1, -5, 5))
    assert wider.parameter("bonus").minimum == -5
    assert texts(wider) == texts(GAME)


def test_renaming_a_parameter_rewrites_every_formula_that_uses_it() -> None:
    renamed = edit.update_parameter(GAME, "bonus", Parameter("extra", 1, 0, 2))
    assert renamed.parameter_names == ("extra", "cost")
    assert texts(renamed) == [
        [("1 + extra", "2"), ("3", "extra * 2")],
        [("5", "6"), ("7", "  max(extra, 1) - extra")],  # leading spaces kept
    ]
    # Same values as before at the same point: the formulas mean the same thing.
    before, _ = GAME.evaluate({"bonus": 1.5})
    after, _ = renamed.evaluate({"extra": 1.5})
    assert after.tolist() == before.tolist()


def test_renaming_leaves_longer_names_and_other_parameters_alone() -> None:
    game = Game.build(
        "names",
        [("R", ["a"]), ("C", ["x"])],
        [[["b + bb * b", "bb"]]],
        [Parameter("b", 1, 0, 2), Parameter("bb", 1, 0, 2)],
    )
    renamed = edit.update_parameter(game, "b", Parameter("c", 1, 0, 2))
    assert texts(renamed) == [[("c + bb * c", "bb")]]


def test_renaming_after_a_non_ascii_name() -> None:
    """The parser counts columns in UTF-8 bytes: a rename after "α" must still hit "beta"."""
    game = Game.build(
        "greek",
        [("R", ["a"]), ("C", ["x"])],
        [[["α + beta", "beta * α"]]],
        [Parameter("α", 1, 0, 2), Parameter("beta", 1, 0, 2)],
    )
    renamed = edit.update_parameter(game, "beta", Parameter("b", 1, 0, 2))
    assert texts(renamed) == [[("α + b", "b * α")]]
    again = edit.update_parameter(game, "α", Parameter("γδ", 1, 0, 2))
    assert texts(again) == [[("γδ + beta", "beta * γδ")]]


def test_renaming_to_a_taken_name_is_refused() -> None:
    with pytest.raises(GameError, match="declared twice"):
        edit.update_parameter(GAME, "bonus", Parameter("cost", 1, 0, 2))


NAMES = st.sampled_from(["k", "bonus2", "x_1", "Ω", "bonus_extra"])


@given(new=NAMES, spaces=st.integers(0, 3))
def test_a_rename_then_its_inverse_gives_the_formulas_back(new: str, spaces: int) -> None:
    game = edit.set_cell(
        GAME, 0, 0, ROW, Formula(" " * spaces + "bonus*(1+bonus)", ["bonus", "cost"])
    )
    there = edit.update_parameter(game, "bonus", Parameter(new, 1, 0, 2))
    back = edit.update_parameter(there, new, Parameter("bonus", 1, 0, 2))
    assert texts(back) == texts(game)
    assert texts(there)[0][0][0] == " " * spaces + f"{new}*(1+{new})"
