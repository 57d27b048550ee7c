"""A tree's subgame-perfect sweep as the Sweep tab draws it: regimes per point, each
player's payoff along each path of play, the grid point nearest to a place, a point in words."""

from __future__ import annotations

import numpy as np
import pytest

from explorer.core.io import load_tree
from explorer.core.sweep import Axis
from explorer.core.tree.perfect import subgame_perfect
from explorer.core.tree.sweep import tree_sweep
from explorer.core.tree.words import path_of_play
from explorer.resources import games_dir

SUBSIDY = games_dir() / "subsidy_first.json"


def test_the_state_builds_and_starts_the_price_war_only_at_high_subsidies() -> None:
    tree = load_tree(SUBSIDY)
    result = tree_sweep(tree, Axis("subsidy", 0, 1, 21))
    assert result.shape == (21,) and len(result) == 21
    regimes = [result.regimes[k] for k in result.regime_index()]
    assert regimes[0] == "No build → Premium → Paid"
    assert regimes[-1] == "Build data centres → Price cut → Free"
    assert regimes == [p.regime for p in result.points]


def test_payoff_branches_follow_each_path_of_play() -> None:
    tree = load_tree(SUBSIDY)
    result = tree_sweep(tree, Axis("subsidy", 0, 1, 11))
    for player in (0, 1):
        branches = result.payoff_branches(player)
        for k, point in enumerate(result.points):
            solution = subgame_perfect(tree, point.parameters, limit=8)
            for profile in solution.profiles:
                path = path_of_play(profile, probabilities=False)
                assert path in branches
                shown = branches[path][k]
                assert any(
                    p.payoffs[player] == pytest.approx(shown)
                    for p in solution.profiles
                    if path_of_play(p, probabilities=False) == path
                )
            on_show = {path for path, values in branches.items() if not np.isnan(values[k])}
            assert on_show == set(point.branches)


def test_the_nearest_point_and_the_point_in_words() -> None:
    tree = load_tree(SUBSIDY)
    result = tree_sweep(tree, Axis("subsidy", 0, 1, 5), Axis("build_cost", 0, 0.5, 3))
    assert result.shape == (3, 5)
    assert result.nearest(0.49, 0.26) == 1 * 5 + 2
    assert result.nearest(1.2, 0.1) is None
    point = result.points[result.nearest(1.0, 0.0) or 0]
    assert point.parameters["subsidy"] == 1.0 and point.parameters["build_cost"] == 0.0
    text = result.summary_at(result.nearest(1.0, 0.0) or 0)
    assert text.splitlines()[0] == "subsidy = 1, build_cost = 0"
    assert "Build data centres → Price cut → Free: payoffs" in text
