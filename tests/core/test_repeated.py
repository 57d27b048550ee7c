"""Repeated games: known results of the theory, strategies, tournaments, nashpy's cross-check."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from explorer.core import repeated
from explorer.core.game import Game, Parameter
from explorer.core.repeated import (
    Convention,
    RepeatedGameError,
    StageGame,
    Strategy,
    analyse_repeated,
    backward_induction,
    convex_hull,
    library,
    nashpy_check,
    simulate,
    threshold_sentence,
    tournament,
)
from explorer.core.solve import SolveCancelled


def prisoners_dilemma(T: float, R: float, P: float, S: float) -> StageGame:
    game = Game.build(
        "PD",
        [("Row", ["C", "D"]), ("Column", ["C", "D"])],
        [[[R, R], [S, T]], [[T, S], [P, P]]],
    )
    return StageGame.of(game)


PD = prisoners_dilemma(5, 3, 1, 0)
CONVENTION = Convention((0, 0), (1, 1))


@settings(max_examples=40, deadline=None)
@given(values=st.lists(st.integers(-20, 20), min_size=4, max_size=4, unique=True).map(sorted))
def test_grim_trigger_threshold_in_the_prisoners_dilemma(values: list[int]) -> None:
    """With T > R > P > S, grim trigger sustains (C, C) exactly when δ ≥ (T − R) / (T − P)."""
    S, P, R, T = values
    stage = prisoners_dilemma(T, R, P, S)
    analysis = analyse_repeated(stage, (0, 0))
    assert analysis.grim.discount_factor == pytest.approx((T - R) / (T - P))
    assert "Column: D" not in analysis.grim.punishment  # named in strategy names
    assert "D / D" in analysis.grim.punishment


def test_grim_trigger_really_holds_exactly_above_the_threshold() -> None:
    """Simulated: deviating once against grim trigger pays below δ* and not above it."""
    delta_star = analyse_repeated(PD, (0, 0)).grim.discount_factor
    assert delta_star == pytest.approx(0.5)
    grim = Strategy("grim")
    # A one-shot deviation followed by defection forever is the best deviation against grim.
    deviate = Strategy("defect")
    for delta, deviation_pays in ((0.45, True), (0.55, False)):
        cooperate = simulate(PD, grim, grim, 400, delta, CONVENTION).discounted_totals[-1][1]
        cheat = simulate(PD, grim, deviate, 400, delta, CONVENTION).discounted_totals[-1][1]
        assert (cheat > cooperate) == deviation_pays


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
    assert analysis.harshest.discount_factor <= analysis.grim.discount_factor
    assert analysis.minmax[0].value == pytest.approx(0.0)


def test_tit_for_tat_against_always_defect_loses_s_minus_p_then_ties() -> None:
    T, R, P, S = 7, 4, 2, -1
    stage = prisoners_dilemma(T, R, P, S)
    match = simulate(stage, Strategy("tft"), Strategy("defect"), 10, 1.0, CONVENTION)
    difference = match.payoffs[:, 0] - match.payoffs[:, 1]
    assert difference[0] == S - T
    assert match.payoffs[0, 0] - P == S - P
    assert np.all(difference[1:] == 0) and np.all(match.payoffs[1:] == P)


def test_feasible_region_of_a_2x2_game_is_the_hull_of_its_payoff_pairs() -> None:
    stage = StageGame.of(
        Game.build(
            "g", [("R", ["a", "b"]), ("C", ["x", "y"])], [[[1, 3], [4, 0]], [[0, 1], [2, 2]]]
        )
    )
    analysis = analyse_repeated(stage, (1, 1))
    pairs = {(1, 3), (4, 0), (0, 1), (2, 2)}
    hull = {tuple(p) for p in analysis.hull}
    assert hull <= pairs and {(1, 3), (4, 0), (0, 1)} <= hull  # (2, 2) lies inside
    # Every point of the individually rational region is feasible and above both minmax values.
    for point in analysis.region:
        assert point[0] >= analysis.minmax[0].value - 1e-9
        assert point[1] >= analysis.minmax[1].value - 1e-9


def test_convex_hull_of_a_square_with_an_inner_point() -> None:
    square = np.array([[0, 0], [1, 0], [1, 1], [0, 1], [0.5, 0.5]], dtype=float)
    assert {tuple(p) for p in convex_hull(square)} == {(0, 0), (1, 0), (1, 1), (0, 1)}


def test_finite_prisoners_dilemma_defects_every_period() -> None:
    horizon = backward_induction(PD, 6)
    assert horizon.unique
    assert all(e.row == (0.0, 1.0) and e.column == (0.0, 1.0) for e in horizon.path)


def test_backward_induction_agrees_with_nashpy_repeated_games() -> None:
    assert nashpy_check(PD, 2)
    with pytest.raises(RepeatedGameError, match="strategies"):
        nashpy_check(PD, 4)


def test_strategies_behave_as_named() -> None:
    freemium = simulate(
        PD, Strategy("freemium", periods=3), Strategy("cooperate"), 6, 0.9, CONVENTION
    )
    assert freemium.actions[:, 0].tolist() == [1, 1, 1, 0, 0, 0]
    tf2t = simulate(PD, Strategy("tf2t"), Strategy("defect"), 4, 0.9, CONVENTION)
    assert tf2t.actions[:, 0].tolist() == [0, 0, 1, 1]
    wsls = simulate(PD, Strategy("wsls"), Strategy("defect"), 4, 0.9, CONVENTION)
    assert wsls.actions[:, 0].tolist() == [0, 1, 0, 1]  # lose -> shift, lose -> shift
    best = simulate(PD, Strategy("best-response"), Strategy("cooperate"), 3, 0.9, CONVENTION)
    assert best.actions[1:, 0].tolist() == [1, 1]


def test_period_dependent_payoffs() -> None:
    game = Game.build(
        "growing",
        [("R", ["a", "b"]), ("C", ["x", "y"])],
        [[["period", 0], [0, 0]], [[0, 0], [1, 1]]],
        [Parameter("period", 1, 1, 100)],
    )
    stage = StageGame.of(game, periods=4)
    match = simulate(
        stage, Strategy("cooperate"), Strategy("cooperate"), 4, 1.0, Convention((0, 0), (1, 1))
    )
    assert match.payoffs[:, 0].tolist() == [1, 2, 3, 4]


def test_tournament_is_reproducible_ranked_and_cancellable() -> None:
    strategies = library(PD, CONVENTION)
    first = tournament(PD, strategies, CONVENTION, periods=30, noise=0.05, repetitions=2, seed=7)
    again = tournament(PD, strategies, CONVENTION, periods=30, noise=0.05, repetitions=2, seed=7)
    assert [s.score for s in first] == [s.score for s in again]
    assert [s.score for s in first] == sorted((s.score for s in first), reverse=True)
    assert all(s.matches == 2 * 2 * len(strategies) for s in first)
    with pytest.raises(SolveCancelled):
        tournament(PD, strategies, CONVENTION, should_stop=lambda: True)


def test_threshold_sentence_names_the_profile_and_the_punishment() -> None:
    sentence = threshold_sentence(analyse_repeated(PD, (0, 0)), PD)
    assert sentence.startswith(
        "C / C lasts if δ ≥ 0.50 (grim trigger, punishment: the stage equilibrium D / D)"
    )


def test_finite_horizon_sentence_reports_nashpys_check_where_it_is_small() -> None:
    short = repeated.finite_horizon_sentence(PD, 2)
    assert "D / D in all 2 periods" in short and "nashpy's repeated game agrees" in short
    long = repeated.finite_horizon_sentence(PD, 30)
    assert (
        "more than 10^300 strategies for 30 periods" in long and "for 2 period(s) it agrees" in long
    )
