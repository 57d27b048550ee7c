"""The public solver: every equilibrium verified, methods, notes in words, bad input."""

from __future__ import annotations

import warnings
from fractions import Fraction

import nashpy as nash
import numpy as np
import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from explorer.core.solve import METHODS, SolveCancelled, degeneracy_explanation, method_name, solve
from tests.core.solve.games import (
    REGRESSION_GAME,
    SETTINGS,
    ProfileSet,
    assert_mutual_best_response,
    bimatrix,
    degenerate_bimatrix,
    profiles,
)


@SETTINGS
@given(game=bimatrix(), method=st.sampled_from(METHODS))
def test_every_equilibrium_is_a_mutual_best_response(game, method) -> None:
    A, B = game
    solution = solve(A, B, method)
    assert solution.equilibria, "every finite game has an equilibrium"
    for eq in solution.equilibria:
        assert_mutual_best_response(A, B, eq)


@SETTINGS
@given(game=degenerate_bimatrix(), method=st.sampled_from(METHODS))
def test_degenerate_games_still_get_verified_equilibria(game, method) -> None:
    A, B = game
    solution = solve(A, B, method)
    assert solution.equilibria
    for eq in solution.equilibria:
        assert_mutual_best_response(A, B, eq)


@SETTINGS
@given(game=degenerate_bimatrix(), data=st.data())
def test_permuting_strategies_permutes_the_extreme_equilibria(game, data) -> None:
    """Vertex enumeration lists the extreme equilibria, a set that does not depend on the
    order of the strategies, degenerate games included."""
    A, B = game
    m, n = A.shape
    rows = data.draw(st.permutations(range(m)))
    columns = data.draw(st.permutations(range(n)))
    original = solve(A, B)
    permuted = solve(A[np.ix_(rows, columns)], B[np.ix_(rows, columns)])
    expected = ProfileSet(
        (np.array(x)[list(rows)], np.array(y)[list(columns)]) for x, y in profiles(original)
    )
    assert profiles(permuted) == expected
    assert permuted.degenerate == original.degenerate


@SETTINGS
@given(game=bimatrix(max_size=4))
def test_all_methods_agree_on_nondegenerate_games(game) -> None:
    A, B = game
    by_vertex = solve(A, B, "vertex")
    assume(not by_vertex.degenerate)
    assert len(by_vertex.equilibria) % 2 == 1  # Shapley (1974)
    for method in ("support", "nashpy"):
        other = solve(A, B, method)
        assert profiles(other, 5) == profiles(by_vertex, 5), method
        assert other.complete
    assert profiles(solve(A, B, "lemke-howson"), 5) <= profiles(by_vertex, 5)


def test_textbook_games() -> None:
    prisoners = solve([[3, 0], [5, 1]], [[3, 5], [0, 1]])
    assert [(e.row, e.column) for e in prisoners.equilibria] == [((0.0, 1.0), (0.0, 1.0))]
    battle = solve([[2, 0], [0, 1]], [[1, 0], [0, 2]])
    assert len(battle.equilibria) == 3 and not battle.degenerate and battle.complete
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
    assert solution.method == "vertex"
    corners = {(e.row_exact, e.column_exact) for e in solution.equilibria}
    half = (Fraction(1, 2), Fraction(1, 2))
    top, bottom = (Fraction(1), Fraction(0)), (Fraction(0), Fraction(1))
    assert corners == {(top, bottom), (top, half), (bottom, half), (bottom, top)}
    # The two segments meet in q = 1/2: one component; three maximal Nash subsets.
    assert len(solution.components) == 1
    assert len(solution.nash_subsets) == 3
    assert any("corners of one set of equilibria" in w for w in solution.warnings)


def test_zero_game_is_degenerate_and_every_pure_profile_is_a_corner() -> None:
    solution = solve(np.zeros((3, 3)), np.zeros((3, 3)))
    assert solution.degenerate and solution.complete
    assert len(solution.equilibria) == 9 and len(solution.pure) == 9
    assert solution.nash_subsets == (tuple(range(9)),)


def test_lemke_howson_says_it_may_miss_equilibria() -> None:
    solution = solve([[2, 0], [0, 1]], [[1, 0], [0, 2]], "lemke-howson")
    assert not solution.complete
    assert any("may have others" in w for w in solution.warnings)


def test_support_enumeration_says_it_can_miss_equilibria_of_degenerate_games() -> None:
    solution = solve([[1, 1], [2, 0]], [[1, 1], [1, 1]], "support")
    assert solution.degenerate and not solution.complete
    assert any("try vertex enumeration" in w for w in solution.warnings)


def test_too_large_to_enumerate_falls_back_with_a_note() -> None:
    rng = np.random.default_rng(3)
    A, B = rng.normal(size=(35, 30)), rng.normal(size=(35, 30))
    solution = solve(A, B, "vertex")
    assert solution.method == "lemke-howson"
    assert any("would take too long" in w for w in solution.warnings)
    assert solution.equilibria
    for eq in solution.equilibria:
        assert_mutual_best_response(A, B, eq)


def test_auto_finds_every_equilibrium_of_rectangular_games() -> None:
    """A 10×7 game once got "0 equilibria" from auto; every shape now gets vertex
    enumeration, which agrees with support enumeration on these nondegenerate games."""
    rng = np.random.default_rng(10)
    for m, n in ((10, 7), (7, 4), (6, 3), (3, 6)):
        A, B = rng.normal(size=(m, n)), rng.normal(size=(m, n))
        solution = solve(A, B)
        assert solution.method == "vertex" and solution.complete
        assert not solution.degenerate and len(solution.equilibria) % 2 == 1
        assert profiles(solution, 6) == profiles(solve(A, B, "support"), 6)


def test_cancellation() -> None:
    rng = np.random.default_rng(1)
    for method in METHODS:
        with pytest.raises(SolveCancelled):
            solve(rng.normal(size=(5, 5)), rng.normal(size=(5, 5)), method, lambda: True)


def test_bad_input_is_refused() -> None:
    with pytest.raises(ValueError, match="same non-empty 2-D shape"):
        solve(np.zeros((2, 2)), np.zeros((2, 3)))
    with pytest.raises(ValueError, match="finite"):
        solve([[np.nan]], [[0.0]])
    with pytest.raises(ValueError, match="unknown method"):
        solve([[0.0]], [[0.0]], "magic")


def test_one_strategy_games() -> None:
    # The row player alone chooses: its best replies (two tie) are the extreme equilibria.
    solution = solve([[1.0], [3.0], [3.0]], [[0.0], [5.0], [1.0]])
    assert profiles(solution) == {((0.0, 1.0, 0.0), (1.0,)), ((0.0, 0.0, 1.0), (1.0,))}
    assert solution.degenerate and solution.complete
    single = solve([[2.0]], [[-1.0]])
    assert profiles(single) == {((1.0,), (1.0,))} and not single.degenerate


def test_methods_have_names_and_degeneracy_is_explained() -> None:
    for method in METHODS:
        assert method_name(method)
    assert "degenerate" in degeneracy_explanation()


def test_nashpy_tolerance_regression_on_a_parametric_grid() -> None:
    """nashpy's default tol=1e-16 misses equilibria here; the engine must find every one."""
    grid = np.linspace(0, 1, 11)
    A, B = REGRESSION_GAME.evaluate_grid({"s": grid[:, None], "t": grid[None, :]})
    raw_misses = 0
    for i in range(len(grid)):
        for j in range(len(grid)):
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                raw = list(nash.Game(A[i, j], B[i, j]).support_enumeration())
            ours = solve(A[i, j], B[i, j])
            assert ours.equilibria and ours.complete
            raw_profiles = ProfileSet(raw, 5)
            assert profiles(ours, 5) >= raw_profiles
            assert profiles(solve(A[i, j], B[i, j], "nashpy"), 5) == profiles(ours, 5)
            raw_misses += len(raw_profiles) < len(profiles(ours, 5))
    assert raw_misses > 0, "the grid no longer exercises nashpy's float comparison"
