"""Game trees: how long loading, solving and sweeping take, and how fast hostile files fail.

Trees are generated with a fixed seed: a random perfect-information tree of the largest size
the explorer accepts (100,000 nodes) with ties (integer payoffs) and without (distinct
payoffs), a tree whose strategic form is as large as the strategic form may be (two
information sets of player 2 after chance: 7 × 49 strategies), and the bundled trees.
Hostile files: one million nodes (JSON and ``.efg``), 600,000 nodes under the size limit.
Times are medians of ``--repeat`` runs. Run: ``python benchmarks/tree_benchmark.py``.
"""

from __future__ import annotations

import argparse
import json
import statistics
import tempfile
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

import numpy as np

from explorer.core.io import GameFileError, load_game, load_tree, parse_tree_text
from explorer.core.io.efg import parse_efg_text, to_efg_text
from explorer.core.io.tree_json import tree_from_dict
from explorer.core.sweep import Axis
from explorer.core.tree.model import TreeError
from explorer.core.tree.nash import nash_equilibria
from explorer.core.tree.perfect import subgame_perfect
from explorer.core.tree.sweep import tree_sweep

GAMES = Path(__file__).resolve().parents[1] / "games"


def median_ms(action: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        action()
        times.append(time.perf_counter() - started)
    return 1000 * statistics.median(times)


def random_tree(nodes: int, seed: int, ties: bool) -> dict[str, Any]:
    """A perfect-information tree grown breadth first to ``nodes`` nodes (2 or 3 moves)."""
    rng = np.random.default_rng(seed)
    data: list[dict[str, Any]] = []
    pending, made = ["n0"], 1
    while pending:
        key = pending.pop()
        if made + 3 > nodes or (data and rng.random() < 0.3):
            payoffs = rng.integers(-3, 4, 2) if ties else rng.integers(-(10**9), 10**9, 2)
            data.append({"id": key, "payoffs": [int(v) for v in payoffs]})
            continue
        count = int(rng.integers(2, 4))
        children = [f"n{made + k}" for k in range(count)]
        made += count
        pending.extend(children)
        data.append(
            {
                "id": key,
                "player": int(rng.integers(1, 3)),
                "actions": [{"label": f"a{k}", "child": c} for k, c in enumerate(children)],
            }
        )
    return {"format": "explorer-tree/1", "title": "Random", "players": ["A", "B"], "nodes": data}


def widest_form(per_player: int = 7) -> dict[str, Any]:
    """Chance, then player 1 with 7 actions, then player 2, unseen: a 7 × 49 strategic form
    (player 2 answers each of chance's two moves)."""
    nodes: list[dict[str, Any]] = [
        {
            "id": "c",
            "player": "chance",
            "actions": [{"label": f"e{k}", "probability": "1/2", "child": f"p{k}"} for k in (0, 1)],
        }
    ]
    rng = np.random.default_rng(7)
    for k in (0, 1):
        nodes.append(
            {
                "id": f"p{k}",
                "player": 1,
                "information_set": "one",
                "actions": [{"label": f"r{i}", "child": f"q{k}.{i}"} for i in range(per_player)],
            }
        )
        for i in range(per_player):
            nodes.append(
                {
                    "id": f"q{k}.{i}",
                    "player": 2,
                    "information_set": f"two{k}",
                    "actions": [
                        {"label": f"c{j}", "child": f"z{k}.{i}.{j}"} for j in range(per_player)
                    ],
                }
            )
            nodes.extend(
                {"id": f"z{k}.{i}.{j}", "payoffs": [int(v) for v in rng.integers(-5, 6, 2)]}
                for j in range(per_player)
            )
    return {"format": "explorer-tree/1", "title": "Wide", "players": ["A", "B"], "nodes": nodes}


def hostile(folder: Path) -> list[tuple[str, Path]]:
    head = 'EFG 2 R "T" { "A" "B" }\n'
    files = {
        "efg, 1,000,000 nodes (7 MB)": ("a.efg", head + 't "" 0\n' * 1_000_000),
        "efg, 600,000 nodes (4.2 MB)": ("b.efg", head + 't "" 0\n' * 600_000),
        "json, 1,000,000 nodes": (
            "c.json",
            json.dumps(
                {
                    "format": "explorer-tree/1",
                    "title": "T",
                    "players": ["A", "B"],
                    "nodes": [{"id": str(k)} for k in range(1_000_000)],
                }
            ),
        ),
        "json, 300,000 nodes (3.6 MB)": (
            "d.json",
            json.dumps(
                {
                    "format": "explorer-tree/1",
                    "title": "T",
                    "players": ["A", "B"],
                    "nodes": [{"id": str(k)} for k in range(300_000)],
                }
            ),
        ),
    }
    found = []
    for label, (name, text) in files.items():
        path = folder / name
        path.write_text(text, encoding="utf-8")
        found.append((label, path))
    return found


def refuse(path: Path) -> None:
    try:
        load_tree(path)
    except GameFileError:
        return
    raise AssertionError(f"{path} was accepted")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    print(f"{'what':<58} {'median ms':>10}")
    for ties in (False, True):
        data = random_tree(100_000, seed=2026, ties=ties)
        tree = tree_from_dict(data)
        text = to_efg_text(tree)
        kind = "with ties" if ties else "generic"
        ms = median_ms(partial(parse_efg_text, text), args.repeat)
        report(f"load a {len(tree):,}-node .efg file ({kind}, {len(text) / 1e6:.1f} MB)", ms)
        ms = median_ms(partial(tree_from_dict, data), args.repeat)
        report(f"check and build it from its JSON object ({kind})", ms)
        try:
            found = subgame_perfect(tree)
        except TreeError as error:  # the solver's time budget, spent on a loaded machine
            print(f"subgame-perfect, {len(tree):,} nodes ({kind}): {error}")
            continue
        ms = median_ms(partial(subgame_perfect, tree), args.repeat)
        report(f"subgame-perfect, {len(tree):,} nodes ({kind}; {len(found.profiles)} found)", ms)
    wide = parse_tree_text(json.dumps(widest_form()))
    nash = nash_equilibria(wide)
    shape = "×".join(str(len(p)) for p in nash.form.players)
    ms = median_ms(partial(nash_equilibria, wide), args.repeat)
    report(f"all Nash equilibria, {shape} reduced form ({len(nash.solution.equilibria)} found)", ms)
    for path in sorted(GAMES.glob("*.json")):
        if '"explorer-tree/' in path.read_text(encoding="utf-8"):
            report(
                f"solve and open {path.name}", median_ms(partial(open_and_solve, path), args.repeat)
            )
    subsidy = load_tree(GAMES / "subsidy_first.json")
    grid = (Axis("subsidy", 0.0, 1.0, 101), Axis("trust_penalty", 0.0, 1.0, 21))
    report(
        "sweep subsidy_first.json, 101 × 21 points",
        median_ms(partial(tree_sweep, subsidy, *grid), 1),
    )
    with tempfile.TemporaryDirectory() as folder:
        for label, path in hostile(Path(folder)):
            report(f"refuse hostile {label}", median_ms(partial(refuse, path), args.repeat))


def report(what: str, ms: float) -> None:
    print(f"{what:<58} {ms:>10.0f}")


def open_and_solve(path: Path) -> None:
    subgame_perfect(load_tree(path))
    load_game(path)


if __name__ == "__main__":
    main()
