"""Best responses, dominance, iterated elimination and security levels: theory and properties."""

from __future__ import annotations

import nashpy
import numpy as np
import numpy.typing as npt
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from explorer.core.analysis import (
    best_response_masks,
    dominated_strategies,
    find_dominator,
    iterated_elimination,
    pure_equilibria,
    security_level,
    security_levels,
)
from explorer.core.game import COLUMN, ROW, Player
from explorer.core.solve import (
    PROBABILITY_TOLERANCE,
    Equilibrium,
    is_equilibrium,
    payoff_tolerance,
    solve,
)
from tests.core.bimatrix import bimatrix_games

FloatArray = npt.NDArray[np.float64]

# --- games from the textbooks -----------------------------------------------------------------

# Prisoner's Dilemma: Defect pays more than Cooperate whatever the other does (5 > 3, 1 > 0).
PD_A = np.array([[3.0, 0.0], [5.0, 1.0]])
PD_B = PD_A.T.copy()
PD_PLAYERS = (
    Player("Row", ("Cooperate", "Defect")),
    Player("Column", ("Cooperate", "Defect")),
)

# A 3×3 game solved by iterated strict dominance; each step checked by hand:
#   round 1, row:    B (2,1,0) < T (3,2,1) everywhere; nothing else of the row player is
#                    dominated (M pays 4 against R; T pays 3 against L).
#   round 1, column: with B gone, R (2,1) < C (3,2); L (1,3) is not dominated by C (3,2).
#   round 2, row:    with R gone, M (1,1) < T (3,2).
#   round 2, column: with only T left, L (1) < C (3).
# Before B is removed R is not dominated (it pays 5 against B), so the order matters for the
# record even though strict elimination's survivors do not depend on it.
THREE_A = np.array([[3.0, 2.0, 1.0], [1.0, 1.0, 4.0], [2.0, 1.0, 0.0]])
THREE_B = np.array([[1.0, 3.0, 2.0], [3.0, 2.0, 1.0], [0.0, 0.0, 5.0]])
THREE_PLAYERS = (Player("Row", ("T", "M", "B")), Player("Column", ("L", "C", "R")))

# Bottom (1,1) is beaten by 1/2 Top + 1/2 Middle, which pays (1.5, 1.5), yet by neither pure
# strategy: Top pays 0 and Middle 0 against one of the columns. The maximiser of
# min(3p, 3(1 − p)) − 1 is p = 1/2 alone.
MIXED_ONLY_A = np.array([[3.0, 0.0], [0.0, 3.0], [1.0, 1.0]])
MIXED_ONLY_PLAYERS = (Player("Row", ("Top", "Middle", "Bottom")), Player("Column", ("L", "R")))

MATCHING_PENNIES = np.array([[1.0, -1.0], [-1.0, 1.0]])


# --- best responses and pure equilibria -------------------------------------------------------


def test_best_responses_in_the_prisoners_dilemma() -> None:
    masks = best_response_masks(PD_A, PD_B)
    # Defect (index 1) is the only best response to either strategy, for both players.
    assert masks.row.tolist() == [[False, False], [True, True]]
    assert masks.column.tolist() == [[False, True], [False, True]]
    assert pure_equilibria(PD_A, PD_B) == ((1, 1),)


def test_ties_count_as_best_responses() -> None:
    # Column 0 pays the row player 2 in both rows (up to float noise) and row 0 pays the
    # column player 1 in both columns: each is a tie, so both cells of row 0 are equilibria.
    # (1, 1) is not: against Right the row player gets 1 from Top but 0 from Bottom.
    A = np.array([[2.0, 1.0], [2.0 + 1e-12, 0.0]])
    B = np.array([[1.0, 1.0], [0.0, 1.0]])
    masks = best_response_masks(A, B)
    assert masks.row[:, 0].tolist() == [True, True]
    assert masks.column[0].tolist() == [True, True]
    assert pure_equilibria(A, B) == ((0, 0), (0, 1))


def test_masks_are_read_only() -> None:
    masks = best_response_masks(PD_A, PD_B)
    with pytest.raises(ValueError):
        masks.row[0, 0] = True


def test_coordination_game_has_two_pure_equilibria_and_pennies_none() -> None:
    coordination = np.array([[2.0, 0.0], [0.0, 1.0]])
    assert pure_equilibria(coordination, coordination) == ((0, 0), (1, 1))
    assert pure_equilibria(MATCHING_PENNIES, -MATCHING_PENNIES) == ()


# --- dominance --------------------------------------------------------------------------------


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


# --- iterated elimination ---------------------------------------------------------------------


def test_prisoners_dilemma_elimination_leaves_defect_defect() -> None:
    elimination = iterated_elimination(PD_A, PD_B)
    steps = [(s.round, s.player, s.strategy, s.pure_dominator) for s in elimination.steps]
    assert steps == [(1, ROW, 0, 1), (1, COLUMN, 0, 1)]
    assert elimination.remaining == ((1,), (1,))
    assert elimination.solved


def test_three_by_three_solved_by_iterated_strict_dominance() -> None:
    elimination = iterated_elimination(THREE_A, THREE_B)
    steps = [
        (s.number, s.round, s.player, s.strategy, s.pure_dominator, s.strict, s.remaining)
        for s in elimination.steps
    ]
    assert steps == [
        (1, 1, ROW, 2, 0, True, ((0, 1), (0, 1, 2))),
        (2, 1, COLUMN, 2, 1, True, ((0, 1), (0, 1))),
        (3, 2, ROW, 1, 0, True, ((0,), (0, 1))),
        (4, 2, COLUMN, 0, 1, True, ((0,), (1,))),
    ]
    assert elimination.solved
    # A game solved by iterated strict dominance has that cell as its only equilibrium.
    solution = solve(THREE_A, THREE_B)
    assert [(e.row_support, e.column_support) for e in solution.equilibria] == [((0,), (1,))]


def test_elimination_records_the_payoffs_compared() -> None:
    step = iterated_elimination(THREE_A, THREE_B).steps[1]
    # Column's R against C, with the row player's T and M left: (2, 1) against (3, 2).
    assert step.against == (0, 1)
    assert step.payoffs == (2.0, 1.0)
    assert step.dominator_payoffs == (3.0, 2.0)


def test_elimination_by_a_mixture() -> None:
    elimination = iterated_elimination(MIXED_ONLY_A, np.zeros_like(MIXED_ONLY_A))
    assert len(elimination.steps) == 1
    step = elimination.steps[0]
    assert (step.player, step.strategy, step.strict) == (ROW, 2, True)
    assert step.dominator == pytest.approx((0.5, 0.5, 0.0))
    assert step.dominator_payoffs == pytest.approx((1.5, 1.5))


def test_strict_elimination_keeps_weakly_dominated_strategies() -> None:
    A = np.array([[1.0, 1.0], [1.0, 0.0]])
    elimination = iterated_elimination(A, np.zeros_like(A))
    assert elimination.steps == ()
    assert elimination.remaining == ((0, 1), (0, 1))
    assert not elimination.solved


def test_weak_elimination_follows_the_fixed_order() -> None:
    # The textbook warning that the order of weak elimination matters:
    #        L      R
    #   T  (1,1)  (0,0)
    #   M  (1,1)  (2,1)
    #   B  (0,0)  (2,1)
    # Top (1,0) and Bottom (0,2) are both weakly dominated by Middle (1,2). The row player's
    # turn removes Top, then Bottom; the column player is then indifferent, so {M} × {L, R}
    # survives. Removing Top then Left would leave {M, B} × {R}; Bottom then Right, {T, M} × {L}.
    A = np.array([[1.0, 0.0], [1.0, 2.0], [0.0, 2.0]])
    B = np.array([[1.0, 0.0], [1.0, 1.0], [0.0, 1.0]])
    elimination = iterated_elimination(A, B, weak=True)
    steps = [(s.player, s.strategy, s.pure_dominator, s.strict) for s in elimination.steps]
    assert steps == [(ROW, 0, 1, False), (ROW, 2, 1, False)]
    assert elimination.remaining == ((1,), (0, 1))
    assert elimination.weak
    # Strict elimination finds nothing in this game.
    assert iterated_elimination(A, B).steps == ()


# --- security levels --------------------------------------------------------------------------


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


# --- bad input --------------------------------------------------------------------------------


def test_bad_input_is_refused() -> None:
    with pytest.raises(ValueError, match="shape"):
        pure_equilibria(np.zeros((2, 2)), np.zeros((2, 3)))
    with pytest.raises(ValueError, match="finite"):
        dominated_strategies(np.array([[np.nan]]), np.zeros((1, 1)))
    with pytest.raises(ValueError, match="player"):
        security_level(PD_A, PD_B, 2)
    with pytest.raises(ValueError, match="out of range"):
        find_dominator(PD_A, PD_B, ROW, 5)


# --- properties over random games -------------------------------------------------------------


@settings(max_examples=20, deadline=None)
@given(bimatrix_games(unique=True))
def test_pure_equilibria_match_the_solver_without_ties(game: tuple[FloatArray, FloatArray]) -> None:
    A, B = game
    found = {(e.row_support[0], e.column_support[0]) for e in solve(A, B).pure}
    assert set(pure_equilibria(A, B)) == found


@settings(max_examples=60, deadline=None)
@given(bimatrix_games())
def test_pure_equilibria_are_exactly_the_verified_pure_profiles(
    game: tuple[FloatArray, FloatArray],
) -> None:
    A, B = game
    m, n = A.shape
    eye_m, eye_n = np.eye(m), np.eye(n)
    verified = {
        (i, j) for i in range(m) for j in range(n) if is_equilibrium(A, B, eye_m[i], eye_n[j])
    }
    assert set(pure_equilibria(A, B)) == verified


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


@settings(max_examples=60, deadline=None)
@given(bimatrix_games(), st.booleans())
def test_every_elimination_step_is_a_true_dominance(
    game: tuple[FloatArray, FloatArray], weak: bool
) -> None:
    A, B = game
    elimination = iterated_elimination(A, B, weak=weak)
    slack = payoff_tolerance(A, B)
    alive = [set(range(A.shape[0])), set(range(A.shape[1]))]
    for step in elimination.steps:
        own = A if step.player == ROW else B.T
        assert step.against == tuple(sorted(alive[1 - step.player]))
        mixture = np.array(step.dominator)
        assert mixture.sum() == pytest.approx(1.0)
        assert np.all(mixture >= 0)
        assert set(np.flatnonzero(mixture)) <= alive[step.player] - {step.strategy}
        gain = mixture @ own[:, step.against] - own[step.strategy, step.against]
        if step.strict:
            assert np.all(gain > slack)
        else:
            assert weak
            assert np.all(gain >= -slack)
            assert np.any(gain > slack)
        alive[step.player].remove(step.strategy)
        assert step.remaining == (tuple(sorted(alive[ROW])), tuple(sorted(alive[COLUMN])))
    assert elimination.remaining == (tuple(sorted(alive[ROW])), tuple(sorted(alive[COLUMN])))
    # Nothing dominated is left in the game that survives.
    rows, columns = elimination.remaining
    cells = np.ix_(rows, columns)
    assert dominated_strategies(A[cells], B[cells], weak=weak) == ()


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
