"""The flagship AI price war is tuned as its description says: distinct equilibrium regimes over
subsidy × trust penalty, a closed provider whose profit falls as the subsidy rises, and a
trust penalty that restores its premium price."""

from __future__ import annotations

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

Regime = frozenset[str]
Grid = dict[tuple[int, int], Solution]


@pytest.fixture(scope="module")
def flagship() -> Game:
    return load_game(FLAGSHIP)


@pytest.fixture(scope="module")
def axes(flagship: Game) -> tuple[np.ndarray, np.ndarray]:
    subsidy, trust = flagship.parameter("subsidy"), flagship.parameter("trust_penalty")
    return (
        np.linspace(subsidy.minimum, subsidy.maximum, POINTS),
        np.linspace(trust.minimum, trust.maximum, POINTS),
    )


@pytest.fixture(scope="module")
def solutions(flagship: Game, axes: tuple[np.ndarray, np.ndarray]) -> Grid:
    """The game solved at every (subsidy index, trust-penalty index) of the grid."""
    subsidies, trusts = axes
    return {
        (i, j): solve(*flagship.evaluate({"subsidy": s, "trust_penalty": t}))
        for i, s in enumerate(subsidies)
        for j, t in enumerate(trusts)
    }


def regime(game: Game, solution: Solution) -> Regime:
    """The set of equilibrium profiles, named by strategies: "Premium/Free", or "mixed
    Premium+Price cut / Free+Paid" for a mixed one."""
    rows, columns = game.players[0].strategies, game.players[1].strategies
    labels = set()
    for eq in solution.equilibria:
        row = "+".join(rows[i] for i in eq.row_support)
        column = "+".join(columns[j] for j in eq.column_support)
        labels.add(f"{row}/{column}" if eq.kind == "pure" else f"mixed {row} / {column}")
    return frozenset(labels)


def closed_profits(solutions: Grid, j: int) -> list[float]:
    """The closed provider's equilibrium payoff along the subsidy axis at trust index j,
    where the equilibrium is unique (in increasing subsidy)."""
    return [
        solutions[i, j].equilibria[0].payoffs[0]
        for i in range(POINTS)
        if len(solutions[i, j].equilibria) == 1
    ]


def closest(values: np.ndarray, value: float) -> int:
    return int(np.argmin(np.abs(values - value)))


def test_at_least_three_regimes_of_reasonable_size(flagship: Game, solutions) -> None:
    counts = Counter(regime(flagship, s) for s in solutions.values())
    regions = [r for r, n in counts.items() if n >= MIN_REGION_SHARE * POINTS**2]
    assert len(regions) >= 3, f"regimes and their sizes: {dict(counts)}"
    for story in ("Premium/Paid", "Premium/Free", "Price cut/Free"):
        assert frozenset({story}) in regions, f"no region where {story} is the equilibrium"


def test_the_grid_is_not_degenerate(solutions) -> None:
    degenerate = sum(s.degenerate for s in solutions.values())
    assert degenerate <= 0.05 * POINTS**2


def test_closed_profit_falls_with_the_subsidy_at_the_default_trust_penalty(
    flagship: Game, axes, solutions
) -> None:
    j = closest(axes[1], flagship.defaults()["trust_penalty"])
    assert len(solutions[0, j].equilibria) == 1, "the equilibrium at no subsidy is not unique"
    assert len(solutions[POINTS - 1, j].equilibria) == 1, "not unique at full subsidy"
    profits = closed_profits(solutions, j)
    assert np.all(np.diff(profits) <= 1e-9), f"closed profit rises somewhere: {profits}"
    assert profits[-1] < profits[0] - 0.1, f"closed profit hardly falls: {profits}"


def test_closed_profit_falls_with_the_subsidy_at_most_trust_penalties(solutions) -> None:
    falling = 0
    for j in range(POINTS):
        profits = closed_profits(solutions, j)
        assert np.all(np.diff(profits) <= 1e-9), f"trust index {j}: profit rises: {profits}"
        falling += len(profits) >= 2 and profits[-1] < profits[0] - 0.05
    assert falling >= 0.8 * POINTS


def test_a_high_trust_penalty_keeps_the_closed_premium(axes, solutions) -> None:
    j = closest(axes[1], 0.9)
    for i, subsidy in enumerate(axes[0]):
        for eq in solutions[i, j].equilibria:
            assert eq.row_support == (PREMIUM,), f"no premium at subsidy {subsidy:g}"


def test_trust_decides_between_price_war_and_premium_at_a_high_subsidy(axes, solutions) -> None:
    i = POINTS - 1
    low, high = closest(axes[1], 0.2), closest(axes[1], 0.9)
    assert [eq.row_support for eq in solutions[i, low].equilibria] == [(PRICE_CUT,)]
    assert [eq.row_support for eq in solutions[i, high].equilibria] == [(PREMIUM,)]


def test_the_default_point_is_a_clean_one(flagship: Game) -> None:
    solution = solve(*flagship.evaluate())
    assert not solution.degenerate
    assert solution.complete
    assert len(solution.equilibria) == 1
