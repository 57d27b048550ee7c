"""Loading the largest game files the explorer accepts: how long the one loader takes.

Files are generated with a fixed seed: a ``.nfg`` in the outcome form with 200,000 outcomes
(2.2 MB, the file that froze the app for 34 s in issue 10), a ``.nfg`` of the largest
game (50 × 50) in the payoff form with decimals, an explorer JSON game of that size with
a formula in every cell, and a 5 MB JSON file of numbers (the size limit). Times are
medians of ``--repeat`` runs. Run: ``python benchmarks/load_benchmark.py``.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

from explorer.core.game import MAX_STRATEGIES
from explorer.core.io import GameFileError, load_game

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # the hostile files of the tests
from tests.fuzz.files import outcome_nfg

SIZE = MAX_STRATEGIES


def payoff_nfg(rng: np.random.Generator) -> str:
    """The payoff form of a 50 × 50 game: two decimals per profile."""
    values = " ".join(f"{v:.6f}" for v in rng.normal(0, 10, 2 * SIZE * SIZE))
    return f'NFG 1 R "Payoffs" {{ "A" "B" }} {{ {SIZE} {SIZE} }}\n{values}\n'


def json_game(rng: np.random.Generator, formulas: bool, repeat_to_bytes: int = 0) -> str:
    """A 50 × 50 explorer game: formulas over two parameters, or numbers; padded if asked."""
    cells = [
        [
            [f"{a:.3f} + s * {b:.3f} - t" if formulas else round(float(a), 12), int(b)]
            for a, b in rng.normal(0, 10, (SIZE, 2))
        ]
        for _ in range(SIZE)
    ]
    data: dict[str, object] = {
        "format": "explorer-game/1",
        "title": "Large",
        "players": [
            {"name": "A", "strategies": [f"a{k}" for k in range(SIZE)]},
            {"name": "B", "strategies": [f"b{k}" for k in range(SIZE)]},
        ],
        "parameters": [
            {"name": "s", "default": 0.5, "min": 0, "max": 1},
            {"name": "t", "default": 0, "min": -1, "max": 1},
        ],
        "payoffs": cells,
    }
    text = json.dumps(data)
    if repeat_to_bytes:  # padding in an extra key, up to the size limit
        room = repeat_to_bytes - len(text) - 40
        data["notes"] = ["x" * 990] * (room // 996)
        text = json.dumps(data)
    return text


def median_seconds(path: Path, repeat: int) -> tuple[float, str]:
    times, outcome = [], ""
    for _ in range(repeat):
        started = time.perf_counter()
        try:
            game = load_game(path)
            outcome = f"{game.shape[0]}×{game.shape[1]}"
        except GameFileError as error:
            outcome = f"refused: {error}"
        times.append(time.perf_counter() - started)
    return statistics.median(times), outcome


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--seed", type=int, default=10)
    args = parser.parse_args()
    rng = np.random.default_rng(args.seed)
    files = {
        "outcomes.nfg": outcome_nfg(200_000, rng),
        "payoffs.nfg": payoff_nfg(rng),
        "formulas.json": json_game(rng, formulas=True),
        "five_megabytes.json": json_game(rng, formulas=False, repeat_to_bytes=4_990_000),
    }
    with tempfile.TemporaryDirectory() as folder:
        print(f"{'file':<22}{'size':>10}{'seconds':>10}  result")
        for name, text in files.items():
            path = Path(folder) / name
            path.write_text(text, encoding="utf-8")
            seconds, outcome = median_seconds(path, args.repeat)
            size = f"{path.stat().st_size / 1e6:.2f} MB"
            print(f"{name:<22}{size:>10}{seconds:>10.3f}  {outcome}")


if __name__ == "__main__":
    main()
