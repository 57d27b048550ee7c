"""Dominated strategies, by pure strategies and by mixtures: textbook cases and a property."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings

from explorer.core.analysis import (
    dominated_strategies,
    find_dominator,
    iterated_elimination,
)
from explorer.core.game import COLUMN, ROW
from explorer.core.solve import (
    PROBABILITY_TOLERANCE,
    solve,
)
from tests.core.bimatrix import (
    MATCHING_PENNIES,
    MIXED_ONLY_A,
    PD_A,
    PD_B,
    FloatArray,
    bimatrix_games,
)


def test_defect_strictly_dominates_cooperate() -> None:
    found = dominated_strategies(PD_A, PD_B)
    assert [(d.player, d.strategy, d.pure_dominator, d.strict) for d in found] == [
        (ROW, 0, 1, True),
        (COLUMN, 0, 1, True),
    ]


def test_strategy_dominated_only_by_a_mixture() -> None:
    B = np.zeros_like(MIXED_ONLY_A)
    for other in (0, 1):
        assert not np.all(MIXED_ONLY_A[other] > MIXED_ONLY_A[2])
    dominance = find_dominator(MIXED_ONLY_A, B, ROW, 2)
    assert dominance is not None
    assert dominance.strict
    assert dominance.pure_dominator is None
    assert dominance.dominator == pytest.approx((0.5, 0.5, 0.0))
    # Top and Middle are not dominated: each is the unique best reply to one column.
    assert find_dominator(MIXED_ONLY_A, B, ROW, 0, weak=True) is None
    assert find_dominator(MIXED_ONLY_A, B, ROW, 1, weak=True) is None


def test_pure_dominator_is_preferred_to_a_mixture() -> None:
    # Bottom is beaten by Top (2 > 1, 2 > 1) and also by mixtures of Top and Middle.
    A = np.array([[2.0, 2.0], [3.0, 0.0], [1.0, 1.0]])
    dominance = find_dominator(A, np.zeros_like(A), ROW, 2)
    assert dominance is not None
    assert dominance.pure_dominator == 0
    assert dominance.dominator == (1.0, 0.0, 0.0)


def test_weak_dominance_by_a_pure_strategy() -> None:
    # Bottom equals Top against Left and pays less against Right: weakly, not strictly.
    A = np.array([[1.0, 1.0], [1.0, 0.0]])
    B = np.zeros_like(A)
    assert find_dominator(A, B, ROW, 1) is None
    dominance = find_dominator(A, B, ROW, 1, weak=True)
    assert dominance is not None
    assert (dominance.pure_dominator, dominance.strict) == (0, False)
    assert dominated_strategies(A, B) == ()
    assert [d.strategy for d in dominated_strategies(A, B, weak=True)] == [1]


def test_weak_dominance_by_a_mixture_only() -> None:
    # 1/2 Top + 1/2 Middle pays (1, 1, 0) against Bottom's (1, 1, -1): equal twice, more once.
    # No pure strategy weakly dominates Bottom, and no mixture strictly: beating 1 against
    # both of the first two columns would need 2p > 1 and 2(1 - p) > 1.
    A = np.array([[2.0, 0.0, 0.0], [0.0, 2.0, 0.0], [1.0, 1.0, -1.0]])
    B = np.zeros_like(A)
    assert find_dominator(A, B, ROW, 2) is None
    dominance = find_dominator(A, B, ROW, 2, weak=True)
    assert dominance is not None
    assert not dominance.strict
    assert dominance.dominator == pytest.approx((0.5, 0.5, 0.0))


def test_identical_strategies_do_not_dominate_each_other() -> None:
    A = np.array([[1.0, 2.0], [1.0, 2.0]])
    assert dominated_strategies(A, np.zeros_like(A), weak=True) == ()


def test_column_player_dominance_reads_the_columns_of_b() -> None:
    # B[i, j] is the column player's payoff; Right pays it less than Left in every row.
    A = np.zeros((2, 2))
    B = np.array([[4.0, 1.0], [2.0, 0.0]])
    dominance = find_dominator(A, B, COLUMN, 1)
    assert dominance is not None
    assert (dominance.player, dominance.pure_dominator, dominance.strict) == (COLUMN, 0, True)
    assert find_dominator(A, B, COLUMN, 0, weak=True) is None


def test_matching_pennies_has_no_dominated_strategy() -> None:
    assert dominated_strategies(MATCHING_PENNIES, -MATCHING_PENNIES, weak=True) == ()


def test_dominance_tolerance_scales_with_the_payoffs() -> None:
    # A difference of 1e-12 on payoffs of size 1e6 is float noise, not dominance.
    A = np.array([[1e6, 1e6 + 1e-3], [1e6 + 1e-12, 1e6 + 1e-3]])
    assert dominated_strategies(A, np.zeros_like(A), weak=True) == ()


def test_bad_input_is_refused() -> None:
    with pytest.raises(ValueError, match="finite"):
        dominated_strategies(np.array([[np.nan]]), np.zeros((1, 1)))
    with pytest.raises(ValueError, match="out of range"):
        find_dominator(PD_A, PD_B, ROW, 5)
    with pytest.raises(ValueError, match="player"):
        find_dominator(PD_A, PD_B, 2, 0)


@settings(max_examples=25, deadline=None)
@given(bimatrix_games())
def test_strictly_dominated_strategies_are_never_played_in_equilibrium(
    game: tuple[FloatArray, FloatArray],
) -> None:
    # A strictly dominated strategy is never a best response, so never in an equilibrium's
    # support; by induction neither is any strategy removed by iterated strict elimination
    # (Osborne & Rubinstein 1994, §4.2). One solve serves both checks.
    A, B = game
    dominated = dominated_strategies(A, B)
    rows, columns = iterated_elimination(A, B).remaining
    for equilibrium in solve(A, B).equilibria:
        strategies = (equilibrium.row, equilibrium.column)
        for dominance in dominated:
            assert dominance.strict
            assert strategies[dominance.player][dominance.strategy] <= PROBABILITY_TOLERANCE
        assert set(equilibrium.row_support) <= set(rows)
        assert set(equilibrium.column_support) <= set(columns)
