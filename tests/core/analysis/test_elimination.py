"""Iterated elimination: textbook games solved step by step, every step a true dominance."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from explorer.core.analysis import (
    dominated_strategies,
    iterated_elimination,
)
from explorer.core.game import COLUMN, ROW
from explorer.core.solve import (
    payoff_tolerance,
    solve,
)
from tests.core.bimatrix import (
    MIXED_ONLY_A,
    PD_A,
    PD_B,
    THREE_A,
    THREE_B,
    FloatArray,
    bimatrix_games,
)


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
