"""Regimes named chunk by chunk: the same numbering and names as over the whole grid."""

from __future__ import annotations

import numpy as np

from explorer.core.game import Game
from explorer.core.sweep import Axis, RegimeTable, run_sweep, undefined_label
from explorer.core.sweep.regimes import no_equilibrium_label, supports_label
from tests.core.solve.games import random_parametric_game


def names(size: int) -> Game:
    return Game.build(
        "names",
        [("Row", [f"r{i}" for i in range(size)]), ("Column", [f"c{j}" for j in range(size)])],
        [[[0, 0] for _ in range(size)] for _ in range(size)],
    )


def expected_regimes(game, rows, columns, offsets, undefined):  # type: ignore[no-untyped-def]
    """By hand: each point's set of profile names, numbered by first appearance."""
    labels, index = [], []
    for p in range(len(undefined)):
        if undefined[p]:
            label = undefined_label()
        else:
            found = {
                supports_label(rows[e] > 1e-9, columns[e] > 1e-9, game)
                for e in range(offsets[p], offsets[p + 1])
            }
            ordered = sorted(found, key=lambda text: (text.startswith("mixed: "), text))
            label = " | ".join(ordered) or no_equilibrium_label()
        if label not in labels:
            labels.append(label)
        index.append(labels.index(label))
    return labels, index


def test_many_profiles_and_chunks_give_the_same_regimes() -> None:
    """More than 62 distinct profiles (so regimes are no longer bit masks) and chunks of
    any size: the table agrees with naming every point by hand."""
    rng = np.random.default_rng(3)
    size, points = 8, 400
    game = names(size)
    count = rng.integers(0, 4, points)
    offsets = np.concatenate([[0], np.cumsum(count)])
    rows = (rng.random((offsets[-1], size)) < 0.25).astype(float)
    columns = (rng.random((offsets[-1], size)) < 0.25).astype(float)
    rows[np.arange(len(rows)), rng.integers(0, size, len(rows))] = 1.0
    columns[np.arange(len(columns)), rng.integers(0, size, len(columns))] = 1.0
    undefined = rng.random(points) < 0.05
    count[undefined] = 0
    offsets = np.concatenate([[0], np.cumsum(count)])
    rows, columns = rows[: offsets[-1]], columns[: offsets[-1]]
    labels, index = expected_regimes(game, rows, columns, offsets, undefined)
    for chunk in (points, 37):
        table = RegimeTable(game)
        found = []
        for start in range(0, points, chunk):
            stop = min(start + chunk, points)
            first, last = offsets[start], offsets[stop]
            profiles = table.profile_index(rows[first:last], columns[first:last])
            found.extend(
                table.regime_index(
                    offsets[start : stop + 1] - first, profiles, undefined[start:stop]
                )
            )
        assert len(table.profiles) > 62
        assert table.regimes == labels and found == index


def test_a_sweep_names_each_regime_once() -> None:
    game = random_parametric_game(21, 3, 3, True)
    result = run_sweep(game, Axis("s", 0, 1, 15), Axis("t", 0, 1, 15), chunk_points=20)
    assert len(set(result.regimes)) == len(result.regimes)
    for point in range(len(result)):
        labels = {e for e in result.regime_at(point).split(" | ")}
        equilibria = result.equilibria_at(point)
        assert len(labels) == len(
            {
                supports_label(np.array(e.row) > 1e-9, np.array(e.column) > 1e-9, game)
                for e in equilibria
            }
        )
