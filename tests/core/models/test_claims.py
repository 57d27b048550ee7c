"""Each of the article's eight claims, shown by a bundled model whose equilibria move as its
description says; each figure is worked out here from the model's formulas, as its
description states them, and compared with what the explorer solves.
"""

from __future__ import annotations

import math
from pathlib import Path

import numpy as np
import pytest

from explorer.core.game import COLUMN, ROW, Game
from explorer.core.io import load_game
from explorer.core.repeated import StageGame, analyse_repeated, profitable_deviation
from explorer.core.solve import Solution, solve
from tests.core.repeated.test_over_time import PriceWar
from tests.core.test_flagship import closed_profit, cut_trust, open_share

GAMES = Path(__file__).resolve().parents[3] / "games"


def model(name: str) -> Game:
    return load_game(GAMES / f"{name}.json")


def solved(game: Game, **values: float) -> Solution:
    return solve(*game.evaluate(game.resolve(values)))


def pure(solution: Solution) -> set[tuple[int, int]]:
    """The pure equilibria, as (row strategy, column strategy)."""
    return {
        (e.row_support[0], e.column_support[0]) for e in solution.equilibria if e.kind == "pure"
    }


def boundary(difference, low: float, high: float) -> float:  # type: ignore[no-untyped-def]
    """Where ``difference`` changes sign between ``low`` and ``high`` (bisection)."""
    for _ in range(80):
        middle = (low + high) / 2
        if (difference(middle) > 0) == (difference(low) > 0):
            low = middle
        else:
            high = middle
    return (low + high) / 2


# --- claim 1: a near-frontier open model; the quality gap closes ------------------------------


def test_claim_1_a_closing_quality_gap_stops_the_open_model_giving_itself_away() -> None:
    """Against Premium the open provider prefers Free while
    σ_F (s + m − c) > σ_P (L + s − c); as q falls both shares grow, the paid one faster,
    and below the q where the two are equal it charges. The price war holds above it."""
    game = model("ai_price_war")
    v = game.defaults()

    def free_over_paid(q: float) -> float:
        w = {**v, "quality_gap": q}
        margin_free = w["subsidy"] + w["monetisation"] - w["open_cost"]
        margin_paid = w["cut_price"] + w["subsidy"] - w["open_cost"]
        return open_share(w, 1, 0) * margin_free - open_share(w, 1, w["cut_price"]) * margin_paid

    q = boundary(free_over_paid, 0.05, 0.6)
    assert q == pytest.approx(0.37, abs=0.005)  # the description's figure
    assert pure(solved(game, quality_gap=0.6)) == {(1, 0)}  # Price cut / Free
    assert pure(solved(game, quality_gap=q + 0.02)) == {(0, 0)}  # Premium / Free
    assert pure(solved(game, quality_gap=q - 0.02)) == {(0, 1)}  # Premium / Paid


# --- claim 2: cheap as a weapon (R1 under $6M) --------------------------------------------------


def test_claim_2_the_cheaper_subsidised_provider_outlasts_and_the_other_gives_up_at_once() -> None:
    """The open provider wins outright when half its chest outlasts the closed provider's
    whole one: ½ B_o / (b_o − s) > B_c / b_c, that is s > b_o − ½ B_o b_c / B_c = 0.375 at
    the defaults, and 0.125 when its model is twice as cheap to run (b_o = 0.25)."""
    game = model("war_of_attrition")
    v = game.defaults()
    GIVE_UP, HALF = 0, 1
    for burn in (v["open_burn"], v["open_burn"] / 2):
        threshold = burn - 0.5 * v["open_budget"] * v["closed_burn"] / v["closed_budget"]
        assert threshold == pytest.approx(0.375 if burn == v["open_burn"] else 0.125)
        wins = solved(game, open_burn=burn, subsidy=threshold + 0.01)
        assert pure(wins) == {(GIVE_UP, HALF)} and len(wins.equilibria) == 1
        war = solved(game, open_burn=burn, subsidy=threshold - 0.01)
        assert not pure(war) and all(e.kind == "mixed" for e in war.equilibria)
    # With no subsidy a closed chest above 2 B_o b_c / b_o = 2 wins outright instead.
    assert pure(solved(game, subsidy=0, closed_budget=2.1)) == {(HALF, GIVE_UP)}
    assert not pure(solved(game, subsidy=0, closed_budget=1.9))


# --- claim 3: freemium, give away now and monetise later ---------------------------------------


class Freemium:
    """The installed-base model's open provider, from its description's formulas."""

    def __init__(self, values: dict[str, float]) -> None:
        self.v = values

    def advantage(self, **change: float) -> float:
        """Freemium's payoff less charging from the start's, against Premium."""
        v = {**self.v, **change}
        d, K, r, tau = v["discount_factor"], v["free_periods"], v["lock_in"], v["trust_penalty"]
        k, q, L, s, c = (
            v["price_sensitivity"],
            v["quality_gap"],
            v["cut_price"],
            v["subsidy"],
            v["open_cost"],
        )
        Q = 1 / (1 + math.exp(-k * (q - 1)))  # the closed model's share against a free one
        paid = 1 / (1 + math.exp(k * (q - 1 + L)))
        base = 1 - Q**K
        weight = (1 - d**K) - (1 - d) * Q * (1 - (d * Q) ** K) / (1 - d * Q)
        margin = L - c + s
        freemium = weight * (s - c) + d**K * (r * base + (1 - r * base) * paid) * margin
        return (1 - tau) * (freemium - paid * margin)


def test_claim_3_freemium_pays_a_patient_subsidised_provider_only() -> None:
    game = model("freemium_installed_base")
    hand = Freemium(game.defaults())
    CHARGE, FREEMIUM = 0, 1
    for subsidy, figure in ((0.0, 0.95), (0.3, 0.89), (0.6, 0.81), (1.0, 0.63)):
        delta = boundary(
            lambda d, s=subsidy: hand.advantage(subsidy=s, discount_factor=d), 0.3, 0.99
        )
        assert delta == pytest.approx(figure, abs=0.005)
        impatient = solved(game, subsidy=subsidy, discount_factor=delta - 0.01)
        patient = solved(game, subsidy=subsidy, discount_factor=min(delta + 0.01, 0.99))
        assert pure(impatient) == {(0, CHARGE)} and pure(patient) == {(0, FREEMIUM)}
    assert pure(solved(game)) == {(0, FREEMIUM)}  # the defaults: δ = 0.9, subsidy 0.6
    assert pure(solved(game, subsidy=0)) == {(0, CHARGE)}  # unsubsidised: it charges
    # Without users who stay, freemium never pays.
    for subsidy in np.linspace(0, 1, 6):
        for delta in np.linspace(0, 0.99, 8):
            assert hand.advantage(lock_in=0, subsidy=subsidy, discount_factor=delta) < 0
            assert pure(solved(game, lock_in=0, subsidy=subsidy, discount_factor=delta)) == {
                (0, CHARGE)
            }


# --- claim 4: free models force price cuts and thinner margins ---------------------------------


def test_claim_4_a_subsidised_free_model_forces_the_price_cut_and_the_profit_falls() -> None:
    game = model("ai_price_war")
    v = game.defaults()
    before, after = closed_profit(v, 1, v["cut_price"]), closed_profit(v, v["cut_price"], 0)
    assert (round(before, 2), round(after, 2)) == (0.80, 0.29)
    low, high = solved(game, subsidy=0.1), solved(game, subsidy=0.6)
    assert pure(low) == {(0, 1)} and low.equilibria[0].payoffs[ROW] == pytest.approx(before)
    assert pure(high) == {(1, 0)} and high.equilibria[0].payoffs[ROW] == pytest.approx(after)


# --- claim 5: state data centres, a subsidy that lets a free model run long --------------------


def test_claim_5_a_larger_subsidy_makes_tacit_collusion_harder_until_it_cannot_last() -> None:
    """From period 21 on, where the repeated price war's threshold binds, the open
    provider's threshold is (d − u)/(d − p) with d = (s + 0.15 − c)/(1 + e^{k(q−1)}),
    u = (L + s − c)/(1 + e^{k(q−1+L)}) and p = (s + 0.15 − c)/2 (see
    tests/core/repeated/test_over_time.py): it rises with the subsidy s, until the price
    war pays the open provider more than collusion does."""
    game = model("ai_price_war_repeated")
    unsubsidised = PriceWar()
    unsubsidised.s = 0.0
    assert unsubsidised.deviation(21) < unsubsidised.path()  # going free does not pay at all
    stage = StageGame.horizon(game, game.resolve({"subsidy": 0.0}))
    assert analyse_repeated(stage, (0, 1)).grim.discount_factor == 0.0
    thresholds = []
    for subsidy in (0.3, 0.5, 0.7, 0.9):
        hand = PriceWar()
        hand.s = subsidy
        stage = StageGame.horizon(game, game.resolve({"subsidy": subsidy}))
        found = analyse_repeated(stage, (0, 1)).grim.discount_factor
        steady = (hand.deviation(21) - hand.path()) / (hand.deviation(21) - hand.punishment(21))
        assert found == pytest.approx(steady, abs=1e-9)
        thresholds.append(found)
    assert thresholds == sorted(thresholds) and thresholds[-1] > 0.75
    # At a subsidy of 1 the price war pays the open provider more than collusion: p ≥ u.
    hand = PriceWar()
    hand.s = 1.0
    assert hand.punishment(21) >= hand.path()
    stage = StageGame.horizon(game, game.resolve({"subsidy": 1.0}))
    assert analyse_repeated(stage, (0, 1)).grim.discount_factor is None


# --- claim 6: trust is the biggest risk --------------------------------------------------------


def test_claim_6_distrust_protects_the_closed_premium_and_only_the_closed_provider_moves() -> None:
    game = model("ai_price_war")
    v = game.defaults()
    tau = cut_trust(v, 0.0)
    assert round(tau, 2) == 0.31
    for subsidy in (0.4, 0.7, 1.0):
        assert pure(solved(game, subsidy=subsidy, trust_penalty=tau - 0.02)) == {(1, 0)}
        assert pure(solved(game, subsidy=subsidy, trust_penalty=tau + 0.02)) == {(0, 0)}


# --- claim 7: the West opens its own weights (Llama) --------------------------------------------


def western_payoffs(v: dict[str, float]) -> list[float]:
    """The Western provider's payoff of each strategy against Free open, from the formulas:
    share 1 / (1 + exp(−k·d)) with d = its value lead, times its margin."""
    k, tau, q, L = v["price_sensitivity"], v["trust_penalty"], v["quality_gap"], v["cut_price"]
    leads = (q - 1 + tau, q - L + tau, v["open_weights_appeal"] + tau)
    margins = (1 - v["western_cost"], L - v["western_cost"], v["ecosystem_value"])
    return [m / (1 + math.exp(-k * d)) for d, m in zip(leads, margins, strict=True)]


def test_claim_7_the_llama_move_wins_where_the_chinese_model_is_trusted_enough() -> None:
    """Against a free Chinese model the West opens its weights at low distrust, cuts its
    price in between, and keeps its closed premium when the Chinese model is distrusted."""
    game = model("open_weights_response")
    v = game.defaults()
    FREE_OPEN = 0
    for tau, west in ((0.1, 2), (0.35, 1), (0.6, 0)):
        payoffs = western_payoffs({**v, "trust_penalty": tau})
        assert int(np.argmax(payoffs)) == west
        assert pure(solved(game, trust_penalty=tau)) == {(west, FREE_OPEN)}


# --- claim 8: the race for a sustainable business model; patience ------------------------------


def test_claim_8_patient_rivals_sustain_high_prices_the_impatient_fight_a_price_war() -> None:
    game = model("ai_price_war_repeated")
    stage = StageGame.horizon(game, game.defaults())
    assert pure(solve(*stage.payoffs(0))) == {(1, 0)}  # the one-shot game is a price war
    hand = PriceWar()
    threshold = (hand.deviation(21) - hand.path()) / (hand.deviation(21) - hand.punishment(21))
    analysis = analyse_repeated(stage, (0, 1))
    assert analysis.grim.discount_factor == pytest.approx(threshold)
    assert profitable_deviation(stage, analysis, threshold + 0.01) is None
    deviation = profitable_deviation(stage, analysis, threshold - 0.05)
    assert deviation is not None and deviation.player == COLUMN
