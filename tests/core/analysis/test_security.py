"""Security levels: maximin values, pure and mixed, and the minimax theorem."""

from __future__ import annotations

import nashpy
import numpy as np
import pytest
from hypothesis import given, settings

from explorer.core.analysis import (
    security_level,
    security_levels,
)
from explorer.core.game import ROW
from explorer.core.solve import (
    Equilibrium,
    payoff_tolerance,
    solve,
)
from tests.core.bimatrix import (
    MATCHING_PENNIES,
    PD_A,
    PD_B,
    FloatArray,
    bimatrix_games,
)


def test_security_levels_of_matching_pennies() -> None:
    for level in security_levels(MATCHING_PENNIES, -MATCHING_PENNIES):
        assert level.pure_value == -1.0
        assert level.pure_strategies == (0, 1)
        assert level.mixed_value == pytest.approx(0.0, abs=1e-9)
        assert level.mixed_strategy == pytest.approx((0.5, 0.5))


def test_security_level_of_a_zero_sum_game_is_its_value() -> None:
    # A nondegenerate 3×3 zero-sum game without a saddle point.
    A = np.array([[4.0, -2.0, 1.0], [-1.0, 3.0, -2.0], [0.0, -1.0, 2.0]])
    (row_eq, column_eq), *_ = list(nashpy.Game(A).support_enumeration())
    value = float(row_eq @ A @ column_eq)
    row, column = security_levels(A, -A)
    assert row.mixed_value == pytest.approx(value, abs=1e-9)
    assert column.mixed_value == pytest.approx(-value, abs=1e-9)
    assert row.mixed_value > row.pure_value


def test_security_level_of_a_two_by_two_zero_sum_game() -> None:
    # Without a saddle point, the value of [[a, b], [c, d]] is (ad − bc) / (a + d − b − c),
    # here (2·1 − (−1)(−1)) / 5 = 1/5, with the row player mixing (d − c, a − b) / 5 = (2/5, 3/5).
    A = np.array([[2.0, -1.0], [-1.0, 1.0]])
    level = security_level(A, -A, ROW)
    assert level.mixed_value == pytest.approx(0.2)
    assert level.mixed_strategy == pytest.approx((0.4, 0.6))
    assert (level.pure_value, level.pure_strategies) == (-1.0, (0, 1))


def test_security_level_with_a_saddle_point_is_pure() -> None:
    # Row 0 guarantees 2 (its worst case) and column 0 holds the row player to 2: a saddle.
    A = np.array([[2.0, 3.0], [1.0, 4.0]])
    level = security_level(A, -A, ROW)
    assert (level.pure_value, level.pure_strategies) == (2.0, (0,))
    assert level.mixed_value == pytest.approx(2.0)
    assert level.mixed_strategy == pytest.approx((1.0, 0.0))


def test_single_strategy_security_level() -> None:
    A = np.array([[3.0, -2.0, 5.0]])
    level = security_level(A, np.zeros_like(A), ROW)
    assert (level.pure_value, level.mixed_value, level.mixed_strategy) == (-2.0, -2.0, (1.0,))


def test_an_unknown_player_is_refused() -> None:
    with pytest.raises(ValueError, match="player"):
        security_level(PD_A, PD_B, 2)


@settings(max_examples=60, deadline=None)
@given(bimatrix_games())
def test_security_levels_guarantee_what_they_claim(game: tuple[FloatArray, FloatArray]) -> None:
    A, B = game
    slack = payoff_tolerance(A, B)
    for level in security_levels(A, B):
        own = A if level.player == ROW else B.T
        assert level.mixed_value >= level.pure_value
        # The mixed strategy earns at least its value against every pure reply.
        mixture = np.array(level.mixed_strategy)
        assert mixture.sum() == pytest.approx(1.0)
        assert np.all(mixture @ own >= level.mixed_value - slack)
        # Each listed pure strategy guarantees the pure value; no pure strategy guarantees more.
        for strategy in level.pure_strategies:
            assert np.all(own[strategy] >= level.pure_value - slack)
        assert np.all(own.min(axis=1) <= level.pure_value + slack)


@settings(max_examples=30, deadline=None)
@given(bimatrix_games())
def test_mixed_security_level_is_the_value_of_the_zero_sum_game(
    game: tuple[FloatArray, FloatArray],
) -> None:
    # Minimax theorem: against an opponent who only wants to hurt it, a player's payoff in
    # every equilibrium is its mixed security level; in the game itself it never earns less.
    # Any one equilibrium will do, so the quick Lemke-Howson method is enough.
    A, B = game
    row, column = security_levels(A, B)
    slack = 100 * payoff_tolerance(A, B)
    row_value = _some_equilibrium(A, -A).payoffs[0]
    column_value = _some_equilibrium(-B, B).payoffs[1]
    assert row.mixed_value == pytest.approx(row_value, abs=slack)
    assert column.mixed_value == pytest.approx(column_value, abs=slack)
    equilibrium = _some_equilibrium(A, B)
    assert equilibrium.payoffs[0] >= row.mixed_value - slack
    assert equilibrium.payoffs[1] >= column.mixed_value - slack


def _some_equilibrium(A: FloatArray, B: FloatArray) -> Equilibrium:
    solution = solve(A, B, "lemke-howson")
    if not solution.equilibria:  # Lemke-Howson can fail on a degenerate game
        solution = solve(A, B, "vertex")
    return solution.equilibria[0]
