"""Solving: every equilibrium verified, nashpy's float defects handled, degeneracy said."""

from __future__ import annotations

import warnings
from fractions import Fraction

import nashpy as nash
import numpy as np
import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from hypothesis.extra.numpy import arrays

from explorer.core.game import Game, Parameter
from explorer.core.solve import Equilibrium, Solution, solve

SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@st.composite
def bimatrix(
    draw: st.DrawFn, max_size: int = 4, integers: bool = False
) -> tuple[np.ndarray, np.ndarray]:
    m = draw(st.integers(1, max_size))
    n = draw(st.integers(1, max_size))
    # Floats on a grid of 1/100: payoffs closer than that are ties, not float noise, so a
    # game is either degenerate (and detected) or comfortably nondegenerate.
    hundredths = st.integers(-1000, 1000).map(lambda k: k / 100)
    elements = st.integers(-9, 9) if integers else hundredths
    A = draw(arrays(np.float64, (m, n), elements=elements))
    B = draw(arrays(np.float64, (m, n), elements=elements))
    return A, B


def assert_mutual_best_response(A: np.ndarray, B: np.ndarray, eq: Equilibrium) -> None:
    """Checked here from first principles, not with the module's own helper."""
    x, y = np.array(eq.row), np.array(eq.column)
    slack = 1e-7 * max(1.0, np.abs(A).max(), np.abs(B).max())
    assert np.all(x >= 0) and np.all(y >= 0)
    assert x.sum() == pytest.approx(1.0) and y.sum() == pytest.approx(1.0)
    assert x @ A @ y >= (A @ y).max() - slack
    assert x @ B @ y >= (x @ B).max() - slack
    assert eq.payoffs == pytest.approx((x @ A @ y, x @ B @ y), abs=slack)


def profiles(
    solution: Solution, digits: int = 6
) -> set[tuple[tuple[float, ...], tuple[float, ...]]]:
    return {
        (tuple(np.round(e.row, digits)), tuple(np.round(e.column, digits)))
        for e in solution.equilibria
    }


@SETTINGS
@given(game=bimatrix(), method=st.sampled_from(["auto", "support", "vertex", "lemke-howson"]))
def test_every_equilibrium_is_a_mutual_best_response(game, method) -> None:
    A, B = game
    solution = solve(A, B, method)
    assert solution.equilibria, "every finite game has an equilibrium"
    for eq in solution.equilibria:
        assert_mutual_best_response(A, B, eq)


@SETTINGS
@given(game=bimatrix(), data=st.data())
def test_permuting_strategies_permutes_the_equilibria(game, data) -> None:
    A, B = game
    m, n = A.shape
    rows = data.draw(st.permutations(range(m)))
    columns = data.draw(st.permutations(range(n)))
    original = solve(A, B)
    assume(not original.degenerate)
    permuted = solve(A[np.ix_(rows, columns)], B[np.ix_(rows, columns)])
    expected = {
        (tuple(np.array(x)[list(rows)]), tuple(np.array(y)[list(columns)]))
        for x, y in profiles(original)
    }
    assert profiles(permuted) == expected


@SETTINGS
@given(game=bimatrix(max_size=4))
def test_support_and_vertex_enumeration_agree_on_nondegenerate_games(game) -> None:
    A, B = game
    by_support = solve(A, B, "support")
    assume(not by_support.degenerate)
    by_vertex = solve(A, B, "vertex")
    assert profiles(by_support, 5) == profiles(by_vertex, 5)
    assert len(by_support.equilibria) % 2 == 1


@SETTINGS
@given(game=bimatrix(max_size=3, integers=True))
def test_exact_fractions_are_exact_equilibria(game) -> None:
    A, B = game
    for eq in solve(A, B).equilibria:
        if not eq.is_exact:
            continue
        x, y = eq.row_exact, eq.column_exact
        assert sum(x) == 1 and sum(y) == 1
        row_values = [sum(Fraction(int(a)) * q for a, q in zip(row, y, strict=False)) for row in A]
        column_values = [
            sum(Fraction(int(B[i, j])) * x[i] for i in range(len(x))) for j in range(len(y))
        ]
        assert sum(p * v for p, v in zip(x, row_values, strict=False)) == max(row_values)
        assert sum(q * v for q, v in zip(y, column_values, strict=False)) == max(column_values)


def test_textbook_games() -> None:
    prisoners = solve([[3, 0], [5, 1]], [[3, 5], [0, 1]])
    assert [(e.row, e.column) for e in prisoners.equilibria] == [((0.0, 1.0), (0.0, 1.0))]
    battle = solve([[2, 0], [0, 1]], [[1, 0], [0, 2]])
    assert len(battle.equilibria) == 3 and not battle.degenerate
    mixed = next(e for e in battle.equilibria if e.kind == "mixed")
    assert mixed.row_exact == (Fraction(2, 3), Fraction(1, 3))
    assert mixed.column_exact == (Fraction(1, 3), Fraction(2, 3))
    rps = solve([[0, -1, 1], [1, 0, -1], [-1, 1, 0]], [[0, 1, -1], [-1, 0, 1], [1, -1, 0]])
    assert [e.row_exact for e in rps.equilibria] == [(Fraction(1, 3),) * 3]


def test_degenerate_game_is_detected_and_its_extreme_equilibria_listed() -> None:
    # Column is always indifferent. With q = P(Left), Top earns 1 and Bottom earns 2q, so
    # (Top, q <= 1/2) and (Bottom, q >= 1/2) are two segments of equilibria with four corners.
    A = [[1, 1], [2, 0]]
    B = [[1, 1], [1, 1]]
    solution = solve(A, B)
    assert solution.degenerate
    assert solution.complete
    assert "vertex" in solution.method
    corners = {(e.row_exact, e.column_exact) for e in solution.equilibria}
    half = (Fraction(1, 2), Fraction(1, 2))
    top, bottom = (Fraction(1), Fraction(0)), (Fraction(0), Fraction(1))
    assert corners == {(top, bottom), (top, half), (bottom, half), (bottom, top)}


def test_zero_game_is_degenerate_and_still_solved() -> None:
    solution = solve(np.zeros((3, 3)), np.zeros((3, 3)))
    assert solution.degenerate and solution.equilibria


def test_lemke_howson_says_it_may_miss_equilibria() -> None:
    solution = solve([[2, 0], [0, 1]], [[1, 0], [0, 2]], "lemke-howson")
    assert not solution.complete
    assert any("may have others" in w for w in solution.warnings)


def test_too_large_for_vertex_enumeration_falls_back_with_a_note() -> None:
    rng = np.random.default_rng(3)
    A, B = rng.normal(size=(12, 12)), rng.normal(size=(12, 12))
    solution = solve(A, B, "vertex")
    assert solution.method == "lemke-howson"
    assert any("would take too long" in w for w in solution.warnings)
    for eq in solution.equilibria:
        assert_mutual_best_response(A, B, eq)


def test_cancellation() -> None:
    from explorer.core.solve import SolveCancelled

    rng = np.random.default_rng(1)
    with pytest.raises(SolveCancelled):
        solve(rng.normal(size=(5, 5)), rng.normal(size=(5, 5)), "support", should_stop=lambda: True)


def test_bad_input_is_refused() -> None:
    with pytest.raises(ValueError, match="same non-empty 2-D shape"):
        solve(np.zeros((2, 2)), np.zeros((2, 3)))
    with pytest.raises(ValueError, match="finite"):
        solve([[np.nan]], [[0.0]])
    with pytest.raises(ValueError, match="unknown method"):
        solve([[0.0]], [[0.0]], "magic")


REGRESSION_GAME = Game.build(
    "3x3 parametric game where exact float comparisons miss equilibria",
    [("Row", ["a", "b", "c"]), ("Column", ["x", "y", "z"])],
    [
        [["1 + s", "0.3*t"], ["0.2", "1 - t"], ["0.1*s", "0.6"]],
        [["0.4", "0.7 + s"], ["0.9*t", "0.1"], ["0.5", "s*t"]],
        [["0.3*t", "0.2"], ["1.1 - s", "0.4 + t"], ["0.7", "0.3*s"]],
    ],
    [Parameter("s", 0.5, 0, 1), Parameter("t", 0.5, 0, 1)],
)


def test_nashpy_tolerance_regression_on_a_parametric_grid() -> None:
    """nashpy's default tol=1e-16 misses equilibria here; the core must find every one."""
    grid = np.linspace(0, 1, 11)
    A, B = REGRESSION_GAME.evaluate_grid({"s": grid[:, None], "t": grid[None, :]})
    raw_misses = 0
    for i in range(len(grid)):
        for j in range(len(grid)):
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                raw = list(nash.Game(A[i, j], B[i, j]).support_enumeration())
            ours = solve(A[i, j], B[i, j])
            reference = solve(A[i, j], B[i, j], "vertex")
            assert ours.equilibria
            assert profiles(ours, 5) >= profiles(reference, 5)
            raw_profiles = {(tuple(np.round(x, 5)), tuple(np.round(y, 5))) for x, y in raw}
            assert profiles(ours, 5) >= raw_profiles
            raw_misses += len(raw_profiles) < len(profiles(ours, 5))
    assert raw_misses > 0, "the grid no longer exercises nashpy's float comparison"
