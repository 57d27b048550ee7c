"""Thresholds when the payoffs change from period to period: hand-computed answers.

A profile is sustained only if no deviation pays in any period: in period t the deviator
gains g_t = d_t − u_t at once and loses ℓ_s = u_s − p_s in every later period s, so period
t's constraint is g_t ≤ Σ_{s>t} δ^{s−t} ℓ_s, and the payoffs stay those of the last period
the game defines for ever after.
"""

from __future__ import annotations

import math

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from explorer.core.game import COLUMN, ROW, Game, Parameter
from explorer.core.io import load_game
from explorer.core.repeated import (
    StageGame,
    analyse_repeated,
    deviation_payoffs,
    profitable_deviation,
    thresholds_in_period,
)
from explorer.core.repeated.over_time import continuation, period_thresholds
from explorer.resources import games_dir

PAID, FREE = 1, 0


def prisoners_dilemma(temptation: str, punishment: str, last: float = 10) -> StageGame:
    """A symmetric prisoner's dilemma (R = 3, S = 0) whose T and P may depend on the period."""
    game = Game.build(
        "PD over time",
        [("Row", ["C", "D"]), ("Column", ["C", "D"])],
        [[[3, 3], [0, temptation]], [[temptation, 0], [punishment, punishment]]],
        [Parameter("period", 1, 1, last)],
    )
    return StageGame.horizon(game)


def test_a_temptation_that_rises_binds_from_the_period_it_rises() -> None:
    """T = 4 in period 1, 6 from period 2 on; R = 3, P = 1. Period 1: gain 4 − 3 = 1, loss
    3 − 1 = 2 in every later period, so 1 ≤ 2δ/(1 − δ), δ ≥ 1/3. From period 2 on: gain 3,
    the same loss, δ ≥ 3/5 = (6 − 3)/(6 − 1). The profile needs 3/5, binding in period 2."""
    stage = prisoners_dilemma("where(period > 1, 6, 4)", "1")
    assert len(stage.A) == 2  # periods 2 to 10 are alike: one is held
    analysis = analyse_repeated(stage, (0, 0))
    assert analysis.grim.discount_factor == pytest.approx(3 / 5)
    assert analysis.grim.period == 1 and analysis.grim.player == ROW
    assert analysis.over_time is not None
    assert analysis.over_time.grim[:, ROW] == pytest.approx([1 / 3, 3 / 5], abs=1e-6)
    first, _harsh, _minmax = thresholds_in_period(stage, (0, 0), 0)
    assert first.discount_factor == pytest.approx(1 / 3)


def test_a_milder_punishment_later_raises_the_earlier_threshold() -> None:
    """T = 5, R = 3, and P = 1 in periods 1 and 2, P = 2 from period 3 on. From period 2 on
    the loss is 3 − 2 = 1 a period after the deviation: (5 − 3)/(5 − 3 + 1) = 2/3. In
    period 1 the loss is 2 in period 2, then 1: 2 ≤ 2δ + δ²/(1 − δ), that is
    δ² − 4δ + 2 ≤ 0, δ ≥ 2 − √2 ≈ 0.586, higher than the 1/2 that period 1's payoffs would
    give for ever ((5 − 3)/(5 − 1))."""
    stage = prisoners_dilemma("5", "where(period > 2, 2, 1)")
    analysis = analyse_repeated(stage, (0, 0))
    assert analysis.grim.discount_factor == pytest.approx(2 / 3)
    assert analysis.grim.period == 1  # the first period that needs 2/3
    assert analysis.over_time.grim[:, COLUMN] == pytest.approx(
        [2 - math.sqrt(2), 2 / 3, 2 / 3], abs=1e-6
    )
    assert thresholds_in_period(stage, (0, 0), 0)[0].discount_factor == pytest.approx(
        2 - math.sqrt(2)
    )


def test_each_periods_own_textbook_threshold_is_reported_beside_the_binding_one() -> None:
    """The same game as above: periods 1 and 2 (P = 1), had their payoffs lasted, give the
    textbook (d − u)/(d − p) = (5 − 3)/(5 − 1) = 1/2; period 3's and later ones (P = 2)
    (5 − 3)/(5 − 2) = 2/3. The CLI gives both lists; only the forward-looking one decides."""
    stage = prisoners_dilemma("5", "where(period > 2, 2, 1)")
    analysis = analyse_repeated(stage, (0, 0))
    assert analysis.over_time is not None
    stationary = analysis.over_time.grim_terms.stationary_thresholds(1e-9)
    assert stationary[:, ROW] == pytest.approx([1 / 2, 1 / 2, 2 / 3], abs=1e-9)


class PriceWar:
    """The repeated AI price war's open provider, from its file's formulas (computed here,
    not by the explorer). At the defaults (q = 0.6, k = 3, L = 0.6, s = 0.6, c = 0.05,
    m = 0.05, growth 0.1, no trust penalty) and with the logit share 1 / (1 + exp(k·d)):

    * on the path (Premium / Paid) u = (L + s − c) / (1 + e^{k(q − 1 + L)})
      = 1.15 / (1 + e^{0.6}) = 0.4075 in every period;
    * going free against Premium, d_t = (s + m_t − c) / (1 + e^{k(q − 1)}) with
      m_t = m (1 + 0.1 min(t − 1, 20)): d_1 = 0.6 / 1.3012 = 0.4611, d_21 = 0.7 / 1.3012
      = 0.5380;
    * the punishment, the stage equilibrium Price cut / Free, p_t = (s + m_t − c) / 2:
      p_1 = 0.3, p_21 = 0.35.

    From period 21 on nothing changes: (d − u) / (d − p) = (0.5380 − 0.4075) /
    (0.5380 − 0.35) = 0.694. Before, the loss u − p_s shrinks as p_s grows, so period t's
    threshold solves d_t − u = Σ_{s>t} δ^{s−t} (u − p_s) (found by bisection below):
    0.341 in period 1 and 0.544 in period 11, not the 0.333 and 0.527 that each
    period's payoffs would give if they lasted for ever.
    """

    q, k, L, s, c, m, growth = 0.6, 3.0, 0.6, 0.6, 0.05, 0.05, 0.1

    def value(self, t: int) -> float:
        return self.s + self.m * (1 + self.growth * min(t - 1, 20)) - self.c

    def path(self) -> float:
        return (self.L + self.s - self.c) / (1 + math.exp(self.k * (self.q - 1 + self.L)))

    def deviation(self, t: int) -> float:
        return self.value(t) / (1 + math.exp(self.k * (self.q - 1)))

    def punishment(self, t: int) -> float:
        return self.value(t) / 2

    def constraint(self, t: int, delta: float) -> float:
        """Σ_{s>t} δ^{s−t}(u − p_s) − (d_t − u), summed to period 21, then its tail."""
        u = self.path()
        total = sum(delta ** (s - t) * (u - self.punishment(s)) for s in range(t + 1, 21))
        tail_from = max(t + 1, 21)
        total += delta ** (tail_from - t) * (u - self.punishment(21)) / (1 - delta)
        return total - (self.deviation(t) - u)

    def threshold(self, t: int) -> float:
        low, high = 0.0, 0.999
        for _ in range(100):
            middle = (low + high) / 2
            low, high = (low, middle) if self.constraint(t, middle) >= 0 else (middle, high)
        return high


@pytest.fixture(scope="module")
def price_war() -> StageGame:
    game = load_game(games_dir() / "ai_price_war_repeated.json")
    return StageGame.horizon(game, game.defaults())


def test_the_repeated_price_war_binds_from_period_21_as_computed_by_hand(price_war) -> None:
    hand = PriceWar()
    steady = (hand.deviation(21) - hand.path()) / (hand.deviation(21) - hand.punishment(21))
    assert steady == pytest.approx(0.694, abs=5e-4)
    assert len(price_war.A) == 21  # from period 21 on the payoffs no longer change
    analysis = analyse_repeated(price_war, (0, PAID))
    assert analysis.grim.discount_factor == pytest.approx(steady, abs=1e-9)
    assert analysis.grim.period == 20 and analysis.grim.player == COLUMN
    assert analysis.grim.per_player[ROW] == 0.0  # the closed provider never wants to cut
    assert "Price cut / Free" in analysis.grim.punishment
    for period, expected in ((1, 0.341), (11, 0.544)):
        assert hand.threshold(period) == pytest.approx(expected, abs=5e-4)
        found = thresholds_in_period(price_war, (0, PAID), period - 1)[0].discount_factor
        assert found == pytest.approx(hand.threshold(period), abs=1e-6)
        assert analysis.over_time.grim[period - 1, COLUMN] == pytest.approx(found, abs=1e-6)


def test_the_deviation_that_pays_below_the_threshold(price_war) -> None:
    """At δ = 0.19 going free in period 21 (or later, all alike) gains
    (d − u) − 0.19 (u − p)/(1 − 0.19) = 0.1305 − 0.0135 = 0.117; at δ = 0.7 nothing pays."""
    analysis = analyse_repeated(price_war, (0, PAID))
    hand = PriceWar()
    deviation = profitable_deviation(price_war, analysis, 0.19)
    assert deviation is not None
    assert (deviation.player, deviation.period, deviation.action) == (COLUMN, 20, FREE)
    assert deviation.gain == pytest.approx(-hand.constraint(21, 0.19), abs=1e-9)
    assert deviation.gain == pytest.approx(0.117, abs=1e-3)
    assert profitable_deviation(price_war, analysis, 0.7) is None
    path, deviated = deviation_payoffs(price_war, analysis, deviation, 400)
    weights = 0.19 ** np.arange(400 - 20)
    gain = weights @ (deviated[20:, COLUMN] - path[20:, COLUMN])
    assert gain == pytest.approx(deviation.gain, abs=1e-9)


def test_a_later_first_period_starts_where_the_payoffs_stop_changing(price_war) -> None:
    game = price_war.game
    later = StageGame.horizon(game, game.defaults(), first_period=21)
    assert len(later.A) == 1 and later.first_period == 21 and later.period_number(0) == 21
    analysis = analyse_repeated(later, (0, PAID))
    assert analysis.over_time is None
    assert analysis.grim.discount_factor == pytest.approx(PriceWar().threshold(21), abs=1e-6)


PAYOFF = st.integers(1, 6)


@settings(max_examples=40, deadline=None)
@given(first=PAYOFF, later=PAYOFF, loss=PAYOFF)
def test_two_periods_bind_at_the_larger_gain(first: int, later: int, loss: int) -> None:
    """Gains g₁ in period 1 and g₂ after, the same loss ℓ after any deviation: period 1's
    constraint g₁ ≤ δℓ/(1 − δ) and period 2's g₂ ≤ δℓ/(1 − δ) give
    max(g₁, g₂)/(max(g₁, g₂) + ℓ), binding where the gain is larger."""
    gain = np.array([first, later], dtype=float)
    losses = np.full(2, float(loss))
    found = period_thresholds(gain, losses, 1e-9)
    assert found == pytest.approx(gain / (gain + loss), abs=1e-6)


@settings(max_examples=40, deadline=None)
@given(
    losses=st.lists(st.floats(-2, 3), min_size=1, max_size=30),
    delta=st.floats(0, 0.95),
)
def test_continuation_values_are_the_discounted_sums(losses: list[float], delta: float) -> None:
    """C_t = Σ_{s>t} δ^{s−t} ℓ_s with the last ℓ for ever, summed directly over 2,000 periods."""
    loss = np.array(losses)
    long = np.concatenate([loss, np.full(2000, loss[-1])])
    direct = [
        sum(delta ** (s - t) * long[s] for s in range(t + 1, len(long))) for t in range(len(loss))
    ]
    assert continuation(loss, delta) == pytest.approx(direct, abs=1e-6)
