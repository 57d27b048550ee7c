"""Matches: who plays what, discounted totals and averages by their formulas, trembling hands."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from explorer.core.repeated import Convention, RepeatedGameError, Strategy, simulate
from tests.core.repeated.games import CONVENTION, PD, growing_game, prisoners_dilemma


def test_tit_for_tat_against_always_defect_loses_s_minus_t_then_ties() -> None:
    T, R, P, S = 7, 4, 2, -1
    stage = prisoners_dilemma(T, R, P, S)
    match = simulate(stage, Strategy("tft"), Strategy("defect"), 10, 1.0, CONVENTION)
    difference = match.payoffs[:, 0] - match.payoffs[:, 1]
    assert difference[0] == S - T
    assert np.all(difference[1:] == 0) and np.all(match.payoffs[1:] == P)


def test_discounted_totals_are_running_sums_of_discounted_payoffs() -> None:
    """Mutual cooperation pays R = 3 a period: the total after t + 1 periods is
    3 (1 − δ^(t+1)) / (1 − δ)."""
    delta = 0.5
    match = simulate(PD, Strategy("grim"), Strategy("grim"), 4, delta, CONVENTION)
    expected = [3 * (1 - delta ** (t + 1)) / (1 - delta) for t in range(4)]
    assert match.discounted_totals[:, 0].tolist() == pytest.approx(expected)


@pytest.mark.parametrize("delta", [0.0, 0.3, 0.9, 1.0])
def test_a_constant_stream_averages_to_its_stage_payoff(delta: float) -> None:
    match = simulate(PD, Strategy("defect"), Strategy("defect"), 7, delta, CONVENTION)
    assert match.average_payoffs.tolist() == pytest.approx([1.0, 1.0])


def test_average_payoffs_weight_the_periods_by_the_discount_factor() -> None:
    """Freemium for one period against a cooperator: the row player earns T = 5, then R = 3.
    Over 2 periods the discounted average is (1 − δ)(5 + 3δ) / (1 − δ²) = (5 + 3δ) / (1 + δ);
    δ = 0 keeps the first period only, δ = 1 the plain mean."""
    for delta, expected in ((0.5, (5 + 1.5) / 1.5), (0.0, 5.0), (1.0, 4.0)):
        match = simulate(
            PD, Strategy("freemium", periods=1), Strategy("cooperate"), 2, delta, CONVENTION
        )
        assert match.average_payoffs[0] == pytest.approx(expected)


def test_payoffs_follow_the_period() -> None:
    stage = growing_game(4)
    match = simulate(
        stage, Strategy("cooperate"), Strategy("cooperate"), 4, 1.0, Convention((0, 0), (1, 1))
    )
    assert match.payoffs[:, 0].tolist() == [1, 2, 3, 4]


def test_a_sure_tremble_always_plays_the_other_action() -> None:
    match = simulate(
        PD, Strategy("cooperate"), Strategy("cooperate"), 10, 1.0, CONVENTION, noise=1.0
    )
    assert match.actions.tolist() == [[1, 1]] * 10


def test_trembles_are_reproducible_from_the_seed() -> None:
    runs = [
        simulate(PD, Strategy("tft"), Strategy("grim"), 50, 0.9, CONVENTION, noise=0.2, seed=seed)
        for seed in (1, 1, 2)
    ]
    assert np.array_equal(runs[0].actions, runs[1].actions)
    assert not np.array_equal(runs[0].actions, runs[2].actions)


@settings(max_examples=30, deadline=None)
@given(noise=st.floats(0.05, 0.5), seed=st.integers(0, 10_000))
def test_the_tremble_rate_is_about_the_noise(noise: float, seed: int) -> None:
    """Each of 2 × 2000 intended cooperations flips with probability ``noise``: the share
    of defections is within 5 standard deviations of it."""
    match = simulate(
        PD,
        Strategy("cooperate"),
        Strategy("cooperate"),
        2000,
        1.0,
        CONVENTION,
        noise=noise,
        seed=seed,
    )
    share = match.actions.mean()
    assert abs(share - noise) <= 5 * np.sqrt(noise * (1 - noise) / 4000)


@pytest.mark.parametrize(
    ("periods", "delta", "noise", "fragment"),
    [
        (0, 0.5, 0.0, "periods"),
        (10_001, 0.5, 0.0, "periods"),
        (5, 1.5, 0.0, "discount factor"),
        (5, -0.1, 0.0, "discount factor"),
        (5, 0.5, 2.0, "tremble"),
    ],
)
def test_settings_out_of_range_are_refused(
    periods: int, delta: float, noise: float, fragment: str
) -> None:
    with pytest.raises(RepeatedGameError, match=fragment):
        simulate(PD, Strategy("tft"), Strategy("tft"), periods, delta, CONVENTION, noise)
