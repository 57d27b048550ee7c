"""Strategy families: ranges of values, payoffs written once, expanded into a strategic form."""

from __future__ import annotations

import re

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from explorer.core import edit
from explorer.core.analysis import best_response_masks
from explorer.core.families import (
    MAX_FAMILY_STRATEGIES,
    StrategyRange,
    best_response_curves,
    family_game,
    family_of,
    table_of,
)
from explorer.core.formula import Formula, FormulaError
from explorer.core.game import Game, GameError, Parameter

COST = Parameter("cost", 0.2, 0, 1, "unit cost")


def duopoly(count: int = 5, extra: tuple[str, ...] = ()) -> Game:
    """A linear-demand price game: demand 1 - 2p + q for the row firm, 1 - 2q + p for the other."""
    return family_game(
        "Duopoly",
        [
            ("Row firm", [StrategyRange("p", 0, 1, count), *extra]),
            ("Column firm", [StrategyRange("q", 0, 1, count)]),
        ],
        [[["(p - cost) * (1 - 2*p + q)", "(q - cost) * (1 - 2*q + p)"]]]
        + [[[0, "(q - cost) * (1 - q)"]] for _ in extra],
        [COST],
    )


def test_a_range_has_evenly_spaced_values_with_short_names() -> None:
    price = StrategyRange("price", 0, 1, 21)
    assert price.values[:3] == (0.0, 0.05, 0.1) and price.values[-1] == 1.0
    assert price.values[7] == 0.35  # rounded, not 0.35000000000000003
    assert price.names[7] == "price=0.35"
    assert price.label == "price = 0 … 1 (21 values)"
    assert StrategyRange("x", -1, 1, 3).names == ("x=-1", "x=0", "x=1")


@pytest.mark.parametrize(
    ("arguments", "fragment"),
    [
        (("p", 0, 1, 1), "has 1 values; a range has 2 to 101"),
        (("p", 0, 1, MAX_FAMILY_STRATEGIES + 1), "a range has 2 to 101"),
        (("p", 1, 0, 5), "must run upwards: start (1) is not below stop (0)"),
        (("p", 0.5, 0.5, 5), "must run upwards"),
        (("p", float("nan"), 1, 5), "start must be a finite number"),
        (("p", 0, float("inf"), 5), "stop must be a finite number"),
        (("p", 0, 1, 2.5), "count must be a whole number"),
        (("p", 0, 1, True), "count must be a whole number"),
        (("p", "0", 1, 5), "start must be a number"),
        (("2p", 0, 1, 5), "is not a valid name"),
        (("exp", 0, 1, 5), "reserved for a formula function"),
        (("p", 1, 1 + 1e-13, 50), "too narrow for 50 distinct values"),
    ],
)
def test_a_bad_range_is_one_sentence(arguments: tuple, fragment: str) -> None:
    with pytest.raises(GameError, match=None) as caught:
        StrategyRange(*arguments)
    assert fragment in str(caught.value) and "\n" not in str(caught.value)


def test_the_payoffs_are_the_formulas_at_each_pair_of_values() -> None:
    game = duopoly()
    A, B = game.evaluate({"cost": 0.1})
    p = np.linspace(0, 1, 5)[:, None]
    q = np.linspace(0, 1, 5)[None, :]
    assert np.allclose(A, (p - 0.1) * (1 - 2 * p + q))
    assert np.allclose(B, (q - 0.1) * (1 - 2 * q + p))
    assert game.players[0].strategies == ("p=0", "p=0.25", "p=0.5", "p=0.75", "p=1")


def test_the_matrices_are_evaluated_once_per_formula_not_once_per_cell(monkeypatch) -> None:
    calls = []
    original = Formula.evaluate
    monkeypatch.setattr(Formula, "evaluate", lambda self, v: calls.append(1) or original(self, v))
    duopoly(count=101).evaluate()
    assert len(calls) == 2


def test_a_parameter_grid_broadcasts_with_the_strategy_grid() -> None:
    game = duopoly()
    costs = np.linspace(0, 1, 7)
    A, _ = game.evaluate_grid({"cost": costs})
    assert A.shape == (7, 5, 5)
    for k, cost in enumerate(costs):
        assert np.allclose(A[k], game.evaluate({"cost": cost})[0])


@settings(max_examples=40, deadline=None)
@given(
    start=st.floats(-5, 5),
    width=st.floats(0.5, 5),
    count=st.integers(2, 30),
    a=st.integers(-3, 3),
    b=st.integers(-3, 3),
)
def test_each_cell_reads_as_the_formula_with_the_values_written_in(
    start, width, count, a, b
) -> None:
    """The cell's text, parsed on its own, gives the value the family gives the cell."""
    game = family_game(
        "Check",
        [
            ("R", [StrategyRange("x", start, start + width, count)]),
            ("C", ["only", StrategyRange("y", 0, 1, 3)]),
        ],
        [[[f"{a}*x**2 - {b}*x", "x"], [f"x*y + {a}", "y - x"]]],
    )
    A, B = game.evaluate()
    for i in range(game.shape[0]):
        for j in range(game.shape[1]):
            for player, matrix in ((0, A), (1, B)):
                text = game.payoffs[i][j][player].text
                assert Formula(text).value({}) == pytest.approx(matrix[i, j], rel=1e-9, abs=1e-9)


def test_single_strategies_and_families_mix() -> None:
    game = duopoly(extra=("Exit",))
    assert game.shape == (6, 5)
    A, B = game.evaluate()
    assert (A[-1] == 0).all()
    q = np.linspace(0, 1, 5)
    assert np.allclose(B[-1], (q - 0.2) * (1 - q))


@pytest.mark.parametrize(
    ("players", "payoffs", "fragment"),
    [
        (
            [("R", [StrategyRange("p", 0, 1, 3)]), ("C", ["Stay"])],
            [[["pp", 0]]],
            "R's payoff at (p = 0 … 1 (3 values), Stay): unknown name 'pp' (did you mean 'p'?); "
            "names here are: p, cost",
        ),
        (
            [("R", [StrategyRange("p", 0, 1, 3)]), ("C", [StrategyRange("p", 0, 1, 3)])],
            [[[0, 0]]],
            "both players' strategies use the variable 'p'",
        ),
        (
            [("R", [StrategyRange("cost", 0, 1, 3)]), ("C", ["Stay"])],
            [[[0, 0]]],
            "the strategy variable 'cost' is also the name of a parameter",
        ),
        (
            [("R", [StrategyRange("p", 0, 1, 101), "Exit"]), ("C", ["Stay"])],
            [[[0, 0]], [[0, 0]]],
            "R has 102 strategies; a player of a game with strategy families has at most 101",
        ),
        (
            [("R", [StrategyRange("p", 0, 1, 3)]), ("C", ["Stay"])],
            [[["p +", 0]]],
            "syntax error",
        ),
        (
            [("R", [StrategyRange("p", 0, 1, 3), "p=0.5"]), ("C", ["Stay"])],
            [[[0, 0]], [[0, 0]]],
            "has the strategy 'p=0.5' twice",
        ),
    ],
)
def test_a_bad_family_game_is_one_sentence(players, payoffs, fragment) -> None:
    with pytest.raises(GameError) as caught:
        family_game("Bad", players, payoffs, [COST])
    assert fragment in str(caught.value)


def test_a_game_without_families_keeps_its_limit_of_fifty() -> None:
    names = [f"s{k}" for k in range(51)]
    with pytest.raises(GameError, match="has 51 strategies; a player needs 1 to 50"):
        Game.build("Big", [("R", names), ("C", ["x"])], [[[0, 0]] for _ in names])
    assert duopoly(count=101).shape == (101, 101)


def test_an_undefined_payoff_names_the_strategies() -> None:
    game = family_game(
        "Log", [("R", [StrategyRange("p", 0, 1, 3)]), ("C", ["x"])], [[["log(p)", 0]]]
    )
    with pytest.raises(FormulaError, match=r"R's payoff at \(p=0, x\) 'log\(0\)' is infinite"):
        game.evaluate()


def test_the_cells_are_ordinary_formulas_once_the_family_is_gone() -> None:
    game = duopoly(count=3)
    explicit = edit.split_family(edit.split_family(game, 0, 0), 1, 0)
    assert family_of(explicit) is None and explicit.players == game.players
    for cost in (0, 0.5):
        assert np.allclose(explicit.evaluate({"cost": cost})[0], game.evaluate({"cost": cost})[0])
    assert explicit.payoffs[1][2][0].text == "(0.5 - cost) * (1 - 2*0.5 + 1)"


def test_strategy_edits_work_on_blocks() -> None:
    game = duopoly(count=3, extra=("Exit",))
    added = edit.add_strategy(game, 0, 0, "Wait")
    assert added.players[0].strategies[:2] == ("Wait", "p=0")
    assert family_of(added) is not None
    with pytest.raises(GameError, match=re.escape("'p=0.5' is one of the family p = 0 … 1")):
        edit.remove_strategy(game, 0, 1)
    with pytest.raises(GameError, match="inside"):
        edit.add_strategy(game, 0, 1)
    moved = edit.move_strategy(game, 0, 3, 0)
    assert moved.players[0].strategies == ("Exit", "p=0", "p=0.5", "p=1")
    assert np.allclose(moved.evaluate()[1][0], game.evaluate()[1][3])
    assert edit.rename_strategy(game, 0, 3, "Leave").players[0].strategies[-1] == "Leave"
    with pytest.raises(GameError, match="comes from the formula of the family"):
        edit.set_cell(game, 0, 0, 0, Formula(1))
    assert edit.remove_strategy(game, 0, 3).shape == (3, 3)


def test_a_family_is_made_from_a_strategy_and_given_another_range() -> None:
    plain = Game.build("Two", [("R", ["Low", "High"]), ("C", ["x"])], [[[1, 0]], [[2, 0]]])
    made = edit.make_family(plain, 0, 1, StrategyRange("h", 2, 4, 3))
    assert made.players[0].strategies == ("Low", "h=2", "h=3", "h=4")
    assert made.evaluate()[0].ravel().tolist() == [1, 2, 2, 2]
    written = edit.set_family_formula(made, 1, 0, 0, "h**2")
    assert written.evaluate()[0].ravel().tolist() == [1, 4, 9, 16]
    renamed = edit.set_family_range(written, 0, 1, StrategyRange("level", 1, 2, 2))
    assert table_of(renamed).formulas[1][0][0].text == "level**2"
    assert renamed.evaluate()[0].ravel().tolist() == [1, 1, 4]
    with pytest.raises(GameError, match="unknown name 'h'"):
        edit.set_family_formula(renamed, 1, 0, 0, "h")
    with pytest.raises(GameError, match="is a family already"):
        edit.make_family(renamed, 0, 1, StrategyRange("z", 0, 1, 2))


def test_renaming_a_parameter_renames_it_in_the_family_formulas() -> None:
    game = duopoly(count=3)
    renamed = edit.update_parameter(game, "cost", Parameter("unit_cost", 0.2, 0, 1))
    assert table_of(renamed).formulas[0][0][0].text == "(p - unit_cost) * (1 - 2*p + q)"
    assert np.allclose(renamed.evaluate()[0], game.evaluate()[0])
    with pytest.raises(GameError, match="still used"):
        edit.remove_parameter(renamed, "unit_cost")


def test_renaming_a_player_keeps_the_families() -> None:
    renamed = edit.rename_player(duopoly(), 1, "Rival")
    assert family_of(renamed) is not None and renamed.players[1].name == "Rival"


def test_best_response_curves_match_a_hand_computed_best_response() -> None:
    """Profit (p - 0.2)(1 - 2p + q) peaks at p = (1.4 + q) / 4; on the grid 0, 0.25, ..., 1
    the best price is the nearest grid point: 0.25 against q = 0 (0.35 is 0.1 from 0.25 and
    0.15 from 0.5), 0.5 against every other q. The game is symmetric, and the curves cross
    only at (0.5, 0.5): 0.5 answers 0.5 for both."""
    game = duopoly()
    A, B = game.evaluate()
    curves = best_response_curves(game, best_response_masks(A, B))
    assert curves is not None
    assert curves.row.against == (0.0, 0.25, 0.5, 0.75, 1.0)
    assert curves.row.best == ((0.25,), (0.5,), (0.5,), (0.5,), (0.5,))
    assert curves.column.best == curves.row.best
    assert (curves.row.variable, curves.row.other_variable) == ("p", "q")
    assert curves.crossings == ((0.5, 0.5),)


def test_ties_give_several_best_values_and_curves_need_values_on_both_sides() -> None:
    game = family_game(
        "Flat",
        [("R", [StrategyRange("x", 0, 1, 3)]), ("C", [StrategyRange("y", 0, 1, 2)])],
        [[[0, "y"]]],
    )
    A, B = game.evaluate()
    curves = best_response_curves(game, best_response_masks(A, B))
    assert curves is not None and curves.row.best == ((0.0, 0.5, 1.0), (0.0, 0.5, 1.0))
    assert len(curves.crossings) == 3
    assert (
        best_response_curves(
            duopoly(extra=("Exit",)), best_response_masks(*duopoly(extra=("Exit",)).evaluate())
        )
        is None
    )
