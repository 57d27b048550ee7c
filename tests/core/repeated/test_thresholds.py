"""Critical discount factors and minmax values: textbook results, and simulated deviations."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from explorer.core.game import COLUMN, ROW, Game
from explorer.core.repeated import (
    Convention,
    StageGame,
    Strategy,
    analyse_repeated,
    critical_discount_factor,
    minmax,
    simulate,
)
from explorer.core.repeated.thresholds import (
    minmax_threshold,
    one_shot_threshold,
    reversion_threshold,
)
from explorer.core.solve import solve
from tests.core.bimatrix import FloatArray, bimatrix_games
from tests.core.repeated.games import CONVENTION, PD, prisoners_dilemma, prisoners_dilemma_game

PAYOFF = st.integers(-6, 6).map(float)


@settings(max_examples=40, deadline=None)
@given(values=st.lists(st.integers(-20, 20), min_size=4, max_size=4, unique=True).map(sorted))
def test_grim_trigger_threshold_in_the_prisoners_dilemma(values: list[int]) -> None:
    """With T > R > P > S, grim trigger sustains (C, C) exactly when δ ≥ (T − R) / (T − P)."""
    S, P, R, T = values
    analysis = analyse_repeated(prisoners_dilemma(T, R, P, S), (0, 0))
    assert analysis.grim.discount_factor == pytest.approx((T - R) / (T - P))
    assert analysis.grim.per_player == pytest.approx(((T - R) / (T - P),) * 2)
    assert "D / D" in analysis.grim.punishment  # named in strategy names
    assert analysis.grim.punisher is not None and analysis.grim.punisher.row == (0.0, 1.0)


def test_grim_trigger_really_holds_exactly_above_the_threshold() -> None:
    """Simulated: deviating once against grim trigger pays below δ* = 1/2 and not above it."""
    assert analyse_repeated(PD, (0, 0)).grim.discount_factor == pytest.approx(0.5)
    grim, deviate = Strategy("grim"), Strategy("defect")
    for delta, deviation_pays in ((0.45, True), (0.55, False)):
        cooperate = simulate(PD, grim, grim, 400, delta, CONVENTION).discounted_totals[-1][1]
        cheat = simulate(PD, grim, deviate, 400, delta, CONVENTION).discounted_totals[-1][1]
        assert (cheat > cooperate) == deviation_pays


def _deviation_pays(stage: StageGame, player: int, delta: float) -> bool:
    """Simulated over 1,500 periods: defecting for ever against grim trigger beats
    cooperating with it (δ ≤ 0.95, so the periods left out weigh below 1e-30)."""
    grim, defect = Strategy("grim"), Strategy("defect")
    convention = Convention((0, 0), (1, 1))
    path = simulate(stage, grim, grim, 1500, delta, convention).discounted_totals[-1][player]
    pair = (defect, grim) if player == ROW else (grim, defect)
    cheat = simulate(stage, *pair, 1500, delta, convention).discounted_totals[-1][player]
    return bool(cheat > path)


#: One player's side of a 2×2 game where D is the best deviation from (C, C) and (D, D) is a
#: stage equilibrium: path payoff, gain from deviating (> 0), punishment, and how much less
#: C earns against D than the punishment (≥ 0).
SIDE = st.tuples(PAYOFF, st.integers(1, 6), PAYOFF, st.integers(0, 4))


@settings(max_examples=40, deadline=None)
@given(row=SIDE, column=SIDE, delta=st.floats(0.01, 0.95))
def test_the_threshold_formula_agrees_with_a_simulated_deviation(
    row: tuple[float, int, float, int], column: tuple[float, int, float, int], delta: float
) -> None:
    """In any 2×2 game where (D, D) is a stage equilibrium and D is each player's best
    deviation from (C, C), a player gains by deviating against grim trigger exactly when
    δ is below its critical discount factor (always, when the punishment is no worse)."""
    (u, gain, p, less), (v, gain_c, q, less_c) = row, column
    A = np.array([[u, p - less], [u + gain, p]])
    B = np.array([[v, v + gain_c], [q - less_c, q]])
    game = Game.build(
        "g",
        [("R", ["C", "D"]), ("K", ["C", "D"])],
        [[[A[i, j], B[i, j]] for j in range(2)] for i in range(2)],
    )
    stage = StageGame.of(game)
    _, per_player = critical_discount_factor(A, B, (0, 0), (A[1, 1], B[1, 1]))
    for player, critical in zip((ROW, COLUMN), per_player, strict=True):
        if critical is not None:
            assume(abs(delta - critical) > 1e-6)
        expected = critical is None or delta < critical
        assert _deviation_pays(stage, player, delta) == expected


def test_one_shot_threshold_cases() -> None:
    assert one_shot_threshold(3, 5, 1, 1e-9) == pytest.approx(0.5)  # (5 − 3) / (5 − 1)
    assert one_shot_threshold(3, 3, 1, 1e-9) == 0.0  # deviating gains nothing
    assert one_shot_threshold(3, 3 + 1e-12, 1, 1e-9) == 0.0  # ... up to the tolerance
    assert one_shot_threshold(3, 5, 3, 1e-9) is None  # the punishment is no punishment
    assert one_shot_threshold(3, 5, 4, 1e-9) is None


def test_the_threshold_is_the_larger_of_the_two_players() -> None:
    """Row: (6 − 3)/(6 − 1) = 0.6; column: (4 − 3)/(4 − 1) = 1/3."""
    A = np.array([[3.0, 0.0], [6.0, 1.0]])
    B = np.array([[3.0, 4.0], [0.0, 1.0]])
    delta, per_player = critical_discount_factor(A, B, (0, 0), (1.0, 1.0))
    assert delta == pytest.approx(0.6) and per_player == pytest.approx((0.6, 1 / 3))
    delta, per_player = critical_discount_factor(A, B, (0, 0), (3.0, 1.0))
    assert delta is None and per_player[ROW] is None


def test_reversion_uses_the_equilibrium_that_punishes_most() -> None:
    """Two stage equilibria, paying 2 and 1: reverting to the second gives (5 − 3)/(5 − 1)."""
    A = np.array([[3.0, 0.0, 0.0], [5.0, 1.0, 0.0], [0.0, 0.0, 2.0]])
    delta, _per_player, index = reversion_threshold(A, A.T, [(2.0, 2.0), (1.0, 1.0)], (0, 0))
    assert index == 1 and delta == pytest.approx(0.5)
    # When no equilibrium punishes enough, the first is reported.
    assert reversion_threshold(A, A.T, [(3.0, 3.0), (4.0, 4.0)], (0, 0))[::2] == (None, 0)
    with pytest.raises(ValueError, match="stage equilibrium"):
        reversion_threshold(A, A.T, [], (0, 0))


def test_minmax_of_matching_pennies_needs_mixing() -> None:
    """Pure punishments leave the player 1 (it guesses right); the 1/2-1/2 mix holds it to 0."""
    A = np.array([[1.0, -1.0], [-1.0, 1.0]])
    for player in (ROW, COLUMN):
        value = minmax(A, -A, player)
        assert value.pure_value == 1.0
        assert value.value == pytest.approx(0.0, abs=1e-9)
        assert value.punisher == pytest.approx((0.5, 0.5))


def test_a_pure_minmax_is_reported_as_pure() -> None:
    value = minmax(PD.A[0], PD.B[0], ROW)
    assert (value.pure_value, value.value, value.punisher) == (1.0, 1.0, (0.0, 1.0))


def test_minmax_threshold_is_never_above_the_grim_threshold() -> None:
    game = Game.build(
        "with a harsher punishment",
        [("Row", ["C", "D", "X"]), ("Column", ["C", "D", "X"])],
        [
            [[4, 4], [0, 5], [0, 0]],
            [[5, 0], [2, 2], [0, 0]],
            [[0, 0], [0, 0], [-1, -1]],
        ],
    )
    analysis = analyse_repeated(StageGame.of(game), (0, 0))
    assert analysis.minmax[0].value == pytest.approx(0.0)
    # Grim: (5 − 4)/(5 − 2) = 1/3; minmax: (5 − 4)/(5 − 0) = 1/5.
    assert analysis.grim.discount_factor == pytest.approx(1 / 3)
    assert analysis.harshest.discount_factor == pytest.approx(1 / 5)
    assert analysis.harshest.punishment == "the minmax punishment"


@settings(max_examples=60, deadline=None)
@given(bimatrix_games())
def test_minmax_values_and_thresholds_bound_the_others(game: tuple[FloatArray, FloatArray]) -> None:
    """v ≤ pure minmax, v ≤ every stage equilibrium payoff, and so the minmax punishment's
    threshold is never above grim trigger's, for every pure target profile."""
    A, B = game
    equilibria = solve(A, B).equilibria
    slack = 1e-7 * max(1.0, float(np.abs(A).max()), float(np.abs(B).max()))
    values = (minmax(A, B, ROW), minmax(A, B, COLUMN))
    for player, value in enumerate(values):
        assert value.value <= value.pure_value + slack
        assert all(value.value <= e.payoffs[player] + slack for e in equilibria)
    punishments = [e.payoffs for e in equilibria]
    for target in np.ndindex(A.shape):
        grim = reversion_threshold(A, B, punishments, target)[0]
        harsh = minmax_threshold(A, B, target)[0]
        if grim is not None:
            assert harsh is not None and harsh <= grim + 1e-9


def test_a_different_target_and_a_stage_equilibrium_target() -> None:
    game = prisoners_dilemma_game(5, 3, 1, 0)
    analysis = analyse_repeated(StageGame.of(game), (1, 1))  # (D, D) is a stage equilibrium
    assert analysis.grim.discount_factor == 0.0 and analysis.harshest.discount_factor == 0.0
