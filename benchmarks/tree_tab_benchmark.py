"""The Tree tab's work, timed: solving and explaining a tree, drawing it, one edit.

Trees: every bundled tree (the largest has 15 nodes), and generated ones as large as the Tree
tab holds (its strategic form must fit 50 strategies a player): a chance move over
``--width`` events, player 1 choosing one of ``--moves`` moves without seeing the event,
player 2 answering without seeing either, with fixed-seed integer payoffs (ties). For each:
``analyse_tree`` (subgame perfection, sentences, steps), ``TreeScene.draw`` with the solution
marked (layout and items), and one edit as the tab makes it (a move added at the root, the
tree rebuilt and checked, its strategic form derived). Times are medians of ``--repeat``
runs. Run: ``python benchmarks/tree_tab_benchmark.py``.
"""

from __future__ import annotations

import argparse
import os
import statistics
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from explorer.app.document import DocumentState
from explorer.core.io import load_tree
from explorer.core.io.tree_json import tree_from_dict
from explorer.core.tree import edit
from explorer.core.tree.marks import TreeNumbers, solution_marks
from explorer.core.tree.model import GameTree
from explorer.core.tree.report import analyse_tree
from explorer.render.export import offscreen_application
from explorer.render.tree_scene import TreeScene

GAMES = Path(__file__).resolve().parents[1] / "games"


def median_ms(action: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        action()
        times.append(time.perf_counter() - started)
    return 1000 * statistics.median(times)


def wide_tree(width: int, moves: int, seed: int) -> GameTree:
    """Chance picks one of ``width`` events; player 1 picks one of ``moves`` without seeing it;
    player 2 answers Left or Right without seeing either (one information set each)."""
    rng = np.random.default_rng(seed)
    nodes: list[dict[str, Any]] = [
        {
            "id": "root",
            "player": "chance",
            "actions": [
                {"label": f"e{k}", "probability": f"1/{width}", "child": f"c{k}"}
                for k in range(width)
            ],
        }
    ]
    for k in range(width):
        nodes.append(
            {
                "id": f"c{k}",
                "player": 1,
                "information_set": "unseen",
                "actions": [{"label": f"m{j}", "child": f"c{k}.{j}"} for j in range(moves)],
            }
        )
        for j in range(moves):
            nodes.append(
                {
                    "id": f"c{k}.{j}",
                    "player": 2,
                    "information_set": "blind",
                    "actions": [
                        {"label": "Left", "child": f"c{k}.{j}L"},
                        {"label": "Right", "child": f"c{k}.{j}R"},
                    ],
                }
            )
            for side in "LR":
                payoffs = [int(v) for v in rng.integers(-3, 4, 2)]
                nodes.append({"id": f"c{k}.{j}{side}", "payoffs": payoffs})
    return tree_from_dict(
        {"format": "explorer-tree/1", "title": "Wide", "players": ["A", "B"], "nodes": nodes}
    )


def measure(name: str, tree: GameTree, repeat: int) -> None:
    report = analyse_tree(tree)
    numbers = TreeNumbers.at(tree, tree.defaults())
    marks = solution_marks(report.equilibria[0])
    scene = TreeScene()
    solve = median_ms(lambda: analyse_tree(tree), repeat)
    draw = median_ms(lambda: scene.draw(tree, numbers, marks), repeat)
    change = median_ms(lambda: DocumentState.of_tree(edit.add_action(tree, 0).tree), repeat)
    print(
        f"{name:34s} {len(tree.nodes):7,d} nodes  solve+explain {solve:8.1f} ms  "
        f"draw {draw:8.1f} ms  edit {change:8.1f} ms  ({len(scene.shapes):,} shapes)"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--width", type=int, default=500, help="chance events of the wide tree")
    parser.add_argument("--moves", type=int, default=7, help="player 1's moves per event")
    args = parser.parse_args()
    offscreen_application()
    for path in sorted(GAMES.glob("*.json")):
        if '"explorer-tree/' in path.read_text(encoding="utf-8"):
            measure(path.stem, load_tree(path), args.repeat)
    for width in (50, args.width):
        measure(f"wide tree ({width} × {args.moves} × 2)", wide_tree(width, args.moves, 1), 3)


if __name__ == "__main__":
    main()
