"""Properties of strategy families on random games: the expansion is the formula at each pair
of values, the best-response curves cross exactly at the pure equilibria, and a family
game survives its file (explorer-game/2) unchanged."""

from __future__ import annotations

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from explorer.core.analysis import best_response_masks
from explorer.core.families import (
    StrategyRange,
    best_response_curves,
    family_game,
    table_of,
)
from explorer.core.formula import Formula
from explorer.core.game import Game, Parameter
from explorer.core.io import parse_game_text
from explorer.core.io.json_format import to_json_text
from explorer.core.numeric import payoff_tolerance
from explorer.core.solve import solve

TERMS = ("x", "y", "x*y", "x**2", "y**2", "s*x*y")
coefficients = st.lists(
    st.integers(-20, 20).map(lambda n: n / 4), min_size=len(TERMS), max_size=len(TERMS)
)


@st.composite
def ranges(draw: st.DrawFn, variable: str) -> StrategyRange:
    start = draw(st.integers(-4, 4)) / 2
    width = draw(st.integers(1, 8)) / 2
    return StrategyRange(variable, start, start + width, draw(st.integers(2, 9)))


def polynomial(weights: list[float]) -> str:
    """A payoff formula in the two strategy variables and the parameter ``s``."""
    return " + ".join(f"({w})*{term}" for w, term in zip(weights, TERMS, strict=True))


@st.composite
def family_games(draw: st.DrawFn) -> tuple[Game, str, str]:
    first, second = draw(coefficients), draw(coefficients)
    row, column = polynomial(first), polynomial(second)
    game = family_game(
        "Random polynomial game",
        [("Row", [draw(ranges("x"))]), ("Column", [draw(ranges("y"))])],
        [[[row, column]]],
        [Parameter("s", 0.5, -1.0, 1.0)],
    )
    return game, row, column


@settings(max_examples=40)
@given(drawn=family_games(), s=st.integers(-4, 4).map(lambda n: n / 4))
def test_every_cell_is_the_formula_at_its_pair_of_values(
    drawn: tuple[Game, str, str], s: float
) -> None:
    game, row, column = drawn
    (x_range,), (y_range,) = table_of(game).blocks
    assert isinstance(x_range, StrategyRange) and isinstance(y_range, StrategyRange)
    A, B = game.evaluate({"s": s})
    for matrix, text in ((A, row), (B, column)):
        formula = Formula(text)
        expected = [
            [float(formula.evaluate({"x": x, "y": y, "s": s})) for y in y_range.values]
            for x in x_range.values
        ]
        assert np.allclose(matrix, expected, rtol=1e-12, atol=1e-12)


@settings(max_examples=40)
@given(drawn=family_games())
def test_the_curves_cross_exactly_at_the_pure_equilibria(drawn: tuple[Game, str, str]) -> None:
    """A pair is on both curves iff each value is a best reply to the other (checked here
    with the matrices directly), and every pure equilibrium the solver lists is a crossing."""
    game = drawn[0]
    A, B = game.evaluate()
    curves = best_response_curves(game, best_response_masks(A, B))
    assert curves is not None
    (x_range,), (y_range,) = table_of(game).blocks
    assert isinstance(x_range, StrategyRange) and isinstance(y_range, StrategyRange)
    slack = payoff_tolerance(A, B)
    mutual = {
        (x_range.values[i], y_range.values[j])
        for i in range(A.shape[0])
        for j in range(A.shape[1])
        if A[i, j] >= A[:, j].max() - slack and B[i, j] >= B[i, :].max() - slack
    }
    assert set(curves.crossings) == mutual
    for against, best in zip(curves.row.against, curves.row.best, strict=True):
        column = A[:, y_range.values.index(against)]
        assert best and all(column[x_range.values.index(v)] >= column.max() - slack for v in best)
    solved_pure = {
        (x_range.values[e.row_support[0]], y_range.values[e.column_support[0]])
        for e in solve(A, B).equilibria
        if len(e.row_support) == len(e.column_support) == 1
    }
    assert solved_pure <= mutual


@settings(max_examples=30)
@given(drawn=family_games(), extra=st.booleans())
def test_a_family_game_survives_its_file(drawn: tuple[Game, str, str], extra: bool) -> None:
    game, row, column = drawn
    if extra:  # a named strategy beside the family, with its own formulas
        (x_range,), (y_range,) = table_of(game).blocks
        game = family_game(
            game.title,
            [("Row", [x_range]), ("Column", [y_range, "Out"])],
            [[[row, column], ["x", 0]]],
            list(game.parameters),
        )
    text = to_json_text(game)
    again = parse_game_text(text)
    assert again == game and table_of(again) == table_of(game)
    assert '"explorer-game/2"' in text and to_json_text(again) == text
    assert all(np.array_equal(a, b) for a, b in zip(again.evaluate(), game.evaluate(), strict=True))
