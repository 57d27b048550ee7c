"""Why an equilibrium is one: payoffs against the other's mix and the indifference conditions."""

from __future__ import annotations

import math
from fractions import Fraction

import numpy as np
from hypothesis import given, settings

from explorer.core.explain import equilibrium_reasons
from explorer.core.game import COLUMN, ROW
from explorer.core.numeric import payoff_tolerance
from explorer.core.solve import solve
from tests.core.bimatrix import FloatArray, bimatrix_games

# Battle of the sexes: Ann (row) prefers Opera (2 > 1), Bob prefers Football.
BATTLE_A = np.array([[2.0, 0.0], [0.0, 1.0]])
BATTLE_B = np.array([[1.0, 0.0], [0.0, 2.0]])


def mixed_equilibrium(A: FloatArray, B: FloatArray):  # type: ignore[no-untyped-def]
    return next(e for e in solve(A, B).equilibria if e.kind == "mixed")


def test_battle_of_the_sexes_mixed_equilibrium_by_hand() -> None:
    """Bob's q = P(Opera) makes Ann indifferent: 2q = 1 − q, so q = 1/3 and she earns 2/3;
    Ann's p makes Bob indifferent: p = 2(1 − p), so p = 2/3 and he earns 2/3."""
    reasons = equilibrium_reasons(BATTLE_A, BATTLE_B, mixed_equilibrium(BATTLE_A, BATTLE_B))
    ann, bob = reasons.replies
    assert ann.values == (Fraction(2, 3), Fraction(2, 3))
    assert bob.values == (Fraction(2, 3), Fraction(2, 3))
    assert ann.support == bob.support == (0, 1) and ann.unplayed == ()
    pinned = {i.player: i for i in reasons.indifferences}
    # Ann's p is pinned by Bob's payoffs: his Opera earns (1, 0), his Football (0, 2).
    assert pinned[ROW].payoffs == ((1, 0), (0, 2))
    assert pinned[ROW].probability == Fraction(2, 3) and pinned[ROW].value == Fraction(2, 3)
    assert pinned[COLUMN].payoffs == ((2, 0), (0, 1))
    assert pinned[COLUMN].probability == Fraction(1, 3)


def test_a_strict_pure_equilibrium_has_no_ties_and_no_indifference() -> None:
    A = np.array([[3.0, 0.0], [5.0, 1.0]])  # the Prisoner's Dilemma; (Defect, Defect)
    (equilibrium,) = solve(A, A.T.copy()).equilibria
    reasons = equilibrium_reasons(A, A.T, equilibrium)
    row, column = reasons.replies
    assert row.values == (0, 1) and row.support == (1,) and row.ties == ()
    assert row.unplayed == (0,)
    assert column.values == (0, 1)
    assert reasons.indifferences == ()


def test_a_weak_best_response_lists_its_ties() -> None:
    A = np.array([[1.0, 1.0], [1.0, 0.0]])  # against Left, Top and Bottom both earn 1
    B = np.array([[1.0, 0.0], [1.0, 0.0]])
    equilibrium = next(e for e in solve(A, B).equilibria if e.row == (1.0, 0.0))
    row, _column = equilibrium_reasons(A, B, equilibrium).replies
    assert row.support == (0,) and row.ties == (1,)


def test_supports_larger_than_two_give_the_common_value_only() -> None:
    """Rock-paper-scissors: every strategy earns 0 against the uniform mix."""
    A = np.array([[0.0, -1.0, 1.0], [1.0, 0.0, -1.0], [-1.0, 1.0, 0.0]])
    (equilibrium,) = solve(A, -A).equilibria
    reasons = equilibrium_reasons(A, -A, equilibrium)
    assert all(i.payoffs is None and i.value == 0 for i in reasons.indifferences)
    assert [i.probability for i in reasons.indifferences] == [Fraction(1, 3)] * 2


def test_irrational_payoffs_are_explained_in_floats() -> None:
    A = BATTLE_A * math.pi
    reasons = equilibrium_reasons(A, BATTLE_B, mixed_equilibrium(A, BATTLE_B))
    ann, _bob = reasons.replies
    assert all(isinstance(v, float) for v in ann.values)
    # Scaling Ann's payoffs leaves Bob's q = 1/3; both her strategies earn 2π/3.
    assert math.isclose(float(ann.values[0]), 2 * math.pi / 3)
    assert math.isclose(float(ann.values[1]), 2 * math.pi / 3)


@settings(max_examples=40, deadline=None)
@given(bimatrix_games())
def test_the_support_earns_the_most_and_ties_earn_as_much(
    game: tuple[FloatArray, FloatArray],
) -> None:
    """The definition of an equilibrium, read off the records for every equilibrium found."""
    A, B = game
    slack = payoff_tolerance(A, B)
    for equilibrium in solve(A, B).equilibria:
        for reply in equilibrium_reasons(A, B, equilibrium).replies:
            best = max(float(v) for v in reply.values)
            assert all(float(reply.values[k]) >= best - slack for k in reply.support)
            assert set(reply.ties) == {
                k for k in reply.unplayed if float(reply.values[k]) >= best - slack
            }
