"""The flagship AI price war does what its description says, checked against the theory.

The market model, as the description states it: the share τ = trust_penalty of customers
never uses the open model; the other 1 − τ split by a logit rule on the closed model's lead
d = q − closed price + open price, the open provider getting 1 / (1 + exp(k·d)) of them.
The test computes the shares itself (:func:`open_share`) and from them the boundaries of
the regimes in closed form:

* the open provider prefers Free to Paid, against a closed price p, when
  σ_F·(s + m − c_o) > σ_P·(L + s − c_o), that is s > s*(p) =
  (σ_P·(L − c_o) − σ_F·(m − c_o)) / (σ_F − σ_P), with σ_F, σ_P its logit share free and
  paid: τ cancels out, since it scales all the open provider's payoffs;
* the closed provider prefers a price cut to Premium, against an open price o, when
  (τ + (1 − τ)·κ_L)·(L − c_c) > (τ + (1 − τ)·κ_1)·(1 − c_c), κ its logit share at either
  price, that is τ < τ*(o) = N / ((1 − L) + N) with N = κ_L·(L − c_c) − κ_1·(1 − c_c): the
  subsidy does not enter.

The solver's equilibria on either side of each boundary, and the figures the description
quotes, are checked against these.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from pathlib import Path

import numpy as np
import pytest

from explorer.core.game import Game
from explorer.core.io import load_game
from explorer.core.solve import Solution, solve

FLAGSHIP = Path(__file__).resolve().parents[2] / "games" / "ai_price_war.json"
POINTS = 21
#: A regime must hold on at least this share of the grid to count as a region, not a sliver.
MIN_REGION_SHARE = 0.02
PREMIUM, PRICE_CUT = 0, 1
FREE, PAID = 0, 1


@pytest.fixture(scope="module")
def flagship() -> Game:
    return load_game(FLAGSHIP)


@pytest.fixture(scope="module")
def levers(flagship: Game) -> dict[str, float]:
    return flagship.defaults()


def open_share(v: dict[str, float], closed_price: float, open_price: float) -> float:
    """The open provider's logit share of the customers who consider it (before 1 − τ)."""
    lead = v["quality_gap"] - closed_price + open_price
    return 1 / (1 + math.exp(v["price_sensitivity"] * lead))


def free_subsidy(v: dict[str, float], closed_price: float) -> float:
    """s*: above it the open provider gives its model away against ``closed_price``."""
    free, paid = open_share(v, closed_price, 0), open_share(v, closed_price, v["cut_price"])
    L, c, m = v["cut_price"], v["open_cost"], v["monetisation"]
    return (paid * (L - c) - free * (m - c)) / (free - paid)


def cut_trust(v: dict[str, float], open_price: float) -> float:
    """τ*: below it the closed provider answers ``open_price`` with a price cut."""
    L, c = v["cut_price"], v["closed_cost"]
    at_premium = 1 - open_share(v, 1, open_price)
    at_cut = 1 - open_share(v, L, open_price)
    gain = at_cut * (L - c) - at_premium * (1 - c)
    return gain / ((1 - L) + gain)


def closed_profit(v: dict[str, float], closed_price: float, open_price: float) -> float:
    tau = v["trust_penalty"]
    share = tau + (1 - tau) * (1 - open_share(v, closed_price, open_price))
    return share * (closed_price - v["closed_cost"])


def solved(game: Game, **values: float) -> Solution:
    return solve(*game.evaluate(game.resolve(values)))


def profiles(solution: Solution) -> set[tuple[tuple[int, ...], tuple[int, ...]]]:
    return {(e.row_support, e.column_support) for e in solution.equilibria}


def test_the_open_provider_goes_free_above_the_subsidy_theory_gives(flagship, levers) -> None:
    """High distrust (τ = 0.6) keeps the closed provider at Premium, so the open provider's
    choice there switches at s*(Premium); with τ = 0 and a subsidy above s*(Premium) both
    have switched: the price war."""
    premium = free_subsidy(levers, 1.0)
    assert 0.05 < premium < 0.95
    below = solved(flagship, subsidy=premium - 0.01, trust_penalty=0.6)
    above = solved(flagship, subsidy=premium + 0.01, trust_penalty=0.6)
    assert profiles(below) == {((PREMIUM,), (PAID,))}
    assert profiles(above) == {((PREMIUM,), (FREE,))}
    war = solved(flagship, subsidy=premium + 0.01, trust_penalty=0.0)
    assert profiles(war) == {((PRICE_CUT,), (FREE,))}


def test_the_closed_provider_cuts_below_the_trust_penalty_theory_gives(flagship, levers) -> None:
    threshold = cut_trust(levers, 0.0)
    assert 0.05 < threshold < 0.95
    assert cut_trust(levers, levers["cut_price"]) < 0  # against a paid rival: never a cut
    for subsidy in (0.5, 0.8, 1.0):  # the subsidy does not move the boundary
        below = solved(flagship, subsidy=subsidy, trust_penalty=threshold - 0.01)
        above = solved(flagship, subsidy=subsidy, trust_penalty=threshold + 0.01)
        assert profiles(below) == {((PRICE_CUT,), (FREE,))}
        assert profiles(above) == {((PREMIUM,), (FREE,))}


def test_between_the_two_subsidy_thresholds_both_outcomes_are_self_fulfilling(
    flagship, levers
) -> None:
    low, high = free_subsidy(levers, levers["cut_price"]), free_subsidy(levers, 1.0)
    assert low < high
    middle = solved(flagship, subsidy=(low + high) / 2, trust_penalty=0.1)
    assert {((PREMIUM,), (PAID,)), ((PRICE_CUT,), (FREE,))} <= profiles(middle)
    assert len(middle.equilibria) == 3  # and the mixed one between them


def test_distrust_never_moves_the_open_provider(flagship) -> None:
    """Claims 1 and 6 are two levers: τ scales all the open provider's payoffs, so its best
    reply to each closed strategy is the same at every trust penalty (below 1, where it has
    a market), at every subsidy; the closed provider's reply to Free does move with τ."""
    trusts = np.linspace(0, 0.95, 20)
    for subsidy in np.linspace(0, 1, 11):
        replies = set()
        for tau in trusts:
            _A, B = flagship.evaluate(flagship.resolve({"subsidy": subsidy, "trust_penalty": tau}))
            replies.add(tuple(B.argmax(axis=1)))
        assert len(replies) == 1, f"the open provider's reply moves at subsidy {subsidy:g}"
    closed = set()
    for tau in trusts:
        A, _B = flagship.evaluate(flagship.resolve({"trust_penalty": tau}))
        closed.add(int(A[:, FREE].argmax()))
    assert closed == {PREMIUM, PRICE_CUT}


def test_a_closing_quality_gap_moves_the_open_provider_first(flagship, levers) -> None:
    """At the default subsidy and trust penalty the open provider is free at q = 0.6; at
    q = 0.33 (its model sells at a price against Premium, q < 0.37) it charges, which
    distrust alone never makes it do."""
    assert profiles(solved(flagship, quality_gap=0.6)) == {((PRICE_CUT,), (FREE,))}
    closer = solved(flagship, quality_gap=0.33)
    assert all(e.column_support == (PAID,) for e in closer.equilibria)
    for tau in (0.0, 0.5, 0.9):
        assert all(
            e.column_support == (FREE,)
            for e in solved(flagship, quality_gap=0.6, trust_penalty=tau).equilibria
        )


def test_the_closed_profit_falls_in_a_step_as_the_subsidy_rises(flagship, levers) -> None:
    """At the default trust penalty: Premium/Paid below s*(Cut), Price cut/Free above
    s*(Premium), profits as the formulas give them."""
    before = closed_profit(levers, 1.0, levers["cut_price"])
    after = closed_profit(levers, levers["cut_price"], 0.0)
    low = solved(flagship, subsidy=0.0)
    high = solved(flagship, subsidy=1.0)
    assert [e.payoffs[0] for e in low.equilibria] == pytest.approx([before])
    assert [e.payoffs[0] for e in high.equilibria] == pytest.approx([after])
    assert after < before - 0.3
    subsidies = np.linspace(0, 1, POINTS)
    unique = [solved(flagship, subsidy=s) for s in subsidies]
    profits = [u.equilibria[0].payoffs[0] for u in unique if len(u.equilibria) == 1]
    assert np.all(np.diff(profits) <= 1e-9)


def test_a_high_trust_penalty_keeps_the_premium_at_every_subsidy(flagship) -> None:
    for subsidy in np.linspace(0, 1, POINTS):
        for eq in solved(flagship, subsidy=subsidy, trust_penalty=0.9).equilibria:
            assert eq.row_support == (PREMIUM,), f"no premium at subsidy {subsidy:g}"


def test_the_description_quotes_the_figures_of_the_theory(flagship, levers) -> None:
    """Every boundary and profit the description gives is the closed form's, to 2 decimals."""
    numbers = set(re.findall(r"\b[01]\.\d\d\b", flagship.description))
    expected = {
        free_subsidy(levers, 1.0),
        free_subsidy(levers, levers["cut_price"]),
        cut_trust(levers, 0.0),
        closed_profit(levers, 1.0, levers["cut_price"]),
        closed_profit(levers, levers["cut_price"], 0.0),
        closed_profit({**levers, "trust_penalty": 0.9}, 1.0, levers["cut_price"]),
        closed_profit({**levers, "trust_penalty": 0.9}, 1.0, 0.0),
    }
    assert {f"{x:.2f}" for x in expected} <= numbers


def test_regimes_of_reasonable_size_and_a_clean_grid(flagship) -> None:
    subsidies = trusts = np.linspace(0, 1, POINTS)
    counts: Counter[frozenset[tuple[tuple[int, ...], tuple[int, ...]]]] = Counter()
    degenerate = 0
    for s in subsidies:
        for t in trusts:
            solution = solved(flagship, subsidy=s, trust_penalty=t)
            counts[frozenset(profiles(solution))] += 1
            degenerate += solution.degenerate
    regions = [r for r, n in counts.items() if n >= MIN_REGION_SHARE * POINTS**2]
    for story in (((PREMIUM,), (PAID,)), ((PREMIUM,), (FREE,)), ((PRICE_CUT,), (FREE,))):
        assert frozenset({story}) in regions
    assert degenerate <= POINTS  # the row τ = 1, where the open provider has no market


def test_the_default_point_is_a_clean_one(flagship: Game) -> None:
    solution = solve(*flagship.evaluate())
    assert not solution.degenerate and solution.complete
    assert profiles(solution) == {((PRICE_CUT,), (FREE,))}
