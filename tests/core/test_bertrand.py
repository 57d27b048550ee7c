"""The bundled Bertrand model: its equilibria move as its description says, and on a fine
grid they sit where the logit first-order conditions, solved here on their own, put them."""

from __future__ import annotations

import itertools
from pathlib import Path

import numpy as np
import pytest

from explorer.core import edit
from explorer.core.families import StrategyRange, family_of
from explorer.core.io import load_game
from explorer.core.solve import solve
from tests.core.solve.games import assert_mutual_best_response

GAME = load_game(Path(__file__).resolve().parents[2] / "games" / "bertrand_logit.json")
ROW, COLUMN = 0, 1


def prices(values: dict[str, float], game=GAME) -> list[tuple[float, float, float, float]]:
    """(closed price, open price, closed profit, open profit) of each pure equilibrium."""
    A, B = game.evaluate(values)
    solution = solve(A, B)
    assert solution.complete
    rows, columns = (family_of(game).table.blocks[p][0].values for p in (ROW, COLUMN))
    found = []
    for eq in solution.pure:
        assert_mutual_best_response(A, B, eq)
        i, j = eq.row_support[0], eq.column_support[0]
        found.append((rows[i], columns[j], *eq.payoffs))
    assert found
    return found


def first_order_prices(values: dict[str, float]) -> tuple[float, float]:
    """The continuous equilibrium: both logit first-order conditions, by damped iteration.

    The open provider sells to one segment: p − (open_cost − subsidy) = 1 / (k (1 − s)),
    s its share of that segment, and never below price 0. The closed provider sells to the
    mixed segment and to the distrustful one; its condition is p − cost = D / (−dD/dp).
    """
    v = {**GAME.defaults(), **values}
    k, tau = v["price_sensitivity"], v["trust_penalty"]
    closed, open_ = 0.5, 0.5
    for _ in range(5000):
        e_closed = np.exp(k * (v["base_value"] + v["quality_gap"] - closed))
        e_open = np.exp(k * (v["base_value"] - open_))
        mixed, alone = e_closed / (1 + e_closed + e_open), e_closed / (1 + e_closed)
        open_share = e_open / (1 + e_closed + e_open)
        demand = (1 - tau) * mixed + tau * alone
        slope = k * ((1 - tau) * mixed * (1 - mixed) + tau * alone * (1 - alone))
        best_closed = v["closed_cost"] + demand / slope
        best_open = max(0.0, v["open_cost"] - v["subsidy"] + 1 / (k * (1 - open_share)))
        closed, open_ = 0.8 * closed + 0.2 * best_closed, 0.8 * open_ + 0.2 * best_open
    return closed, open_


def test_the_model_is_a_family_game_of_21_prices_each() -> None:
    assert GAME.shape == (21, 21)
    assert GAME.players[ROW].strategies[16] == "closed_price=0.8"
    assert {"subsidy", "trust_penalty", "quality_gap", "closed_cost", "open_cost"} <= set(
        GAME.parameter_names
    )


def test_a_rising_subsidy_lowers_the_open_price_and_the_closed_profit() -> None:
    subsidies = np.linspace(0, 1, 11)
    found = [prices({"subsidy": s}) for s in subsidies]
    for before, after in itertools.pairwise(found):
        assert max(e[1] for e in after) <= min(e[1] for e in before) + 0.05  # a grid step
        assert max(e[1] for e in after) <= max(e[1] for e in before)
        assert max(e[2] for e in after) <= min(e[2] for e in before) + 1e-9
        assert min(e[3] for e in after) >= max(e[3] for e in before) - 1e-9
    assert found[-1][0][1] < found[0][0][1] - 0.3


def test_without_distrust_the_subsidy_makes_the_open_model_free() -> None:
    low = prices({"subsidy": 0, "trust_penalty": 0})
    high = prices({"subsidy": 1, "trust_penalty": 0})
    assert min(e[1] for e in high) == 0.0
    assert max(e[0] for e in high) < min(e[0] for e in low)  # the closed price follows


def test_trust_and_quality_are_different_levers() -> None:
    """Less distrust lowers both prices; a smaller quality gap lets the open price rise."""
    ((closed, open_, _, _),) = prices({})
    ((closed_trusted, open_trusted, _, _),) = prices({"trust_penalty": 0})
    ((closed_equal, open_equal, _, _),) = prices({"quality_gap": 0})
    assert closed_trusted < closed and open_trusted < open_
    assert closed_equal < closed and open_equal > open_


@pytest.mark.parametrize(
    "values",
    [
        {"trust_penalty": 0, "subsidy": 0},
        {"trust_penalty": 0, "subsidy": 0.5},
        {"trust_penalty": 0.3, "subsidy": 0.8},
        {"trust_penalty": 0, "subsidy": 1, "quality_gap": 0.6},
    ],
)
def test_on_a_fine_grid_the_equilibrium_meets_the_first_order_conditions(values) -> None:
    fine = edit.set_family_range(GAME, ROW, 0, StrategyRange("closed_price", 0, 1, 101))
    fine = edit.set_family_range(fine, COLUMN, 0, StrategyRange("open_price", 0, 1, 101))
    closed, open_ = first_order_prices(values)
    for grid_closed, grid_open, _, _ in prices(values, fine):
        assert grid_closed == pytest.approx(closed, abs=0.015)
        assert grid_open == pytest.approx(open_, abs=0.015)


def test_the_description_quotes_what_the_solver_finds() -> None:
    text = GAME.description
    ((closed, open_, closed_profit, open_profit),) = prices({"subsidy": 0})
    assert f"closed {closed:g}, open {open_:g}, with profits {closed_profit:.2f} and " in text
    assert f"{open_profit:.2f}" in text
    for subsidy, words in ((0.2, "at a subsidy of 0.2"), (0.6, "at the default 0.6"), (1, "at 1")):
        ((_, open_, _, _),) = prices({"subsidy": subsidy})
        assert f"{open_:g} {words}" in text
    ((_, _, profit_at_one, open_at_one),) = prices({"subsidy": 1})
    assert f"falls from {closed_profit:.2f} to {profit_at_one:.2f}" in text
    assert f"rises from {open_profit:.2f} to {open_at_one:.2f}" in text
    ((closed_equal, open_equal, profit_equal, _),) = prices({"quality_gap": 0})
    assert (
        f"falls to {closed_equal:g} and the closed provider's profit to {profit_equal:.2f}" in text
    )
    assert f"charge more ({open_equal:g})" in text
