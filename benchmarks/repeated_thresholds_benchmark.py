"""Time the repeated game's thresholds over every period, on the largest horizons the app takes.

Run: ``python benchmarks/repeated_thresholds_benchmark.py``. For stage games whose payoffs
change in every period (random 2×2 and 3×3 games, fixed seeds, the period scaling part of
each payoff) up to the period parameter's maximum, it times
:meth:`StageGame.horizon` plus :func:`analyse_repeated` (all periods' constraints, both
punishments), median of 3 runs, and the bundled repeated price war.
"""

from __future__ import annotations

import statistics
import time

import numpy as np

from explorer.core.game import Game, Parameter
from explorer.core.io import load_game
from explorer.core.repeated import StageGame, analyse_repeated
from explorer.resources import games_dir


def changing_game(size: int, last: int, seed: int) -> Game:
    """A size×size game whose every payoff is a + b × period / last (a, b random integers)."""
    rng = np.random.default_rng(seed)
    a, b = rng.integers(-5, 6, (2, size, size, 2))
    names = [f"s{k}" for k in range(size)]
    cells = [
        [[f"{a[i, j, p]} + {b[i, j, p]} * period / {last}" for p in range(2)] for j in range(size)]
        for i in range(size)
    ]
    return Game.build(
        "changing", [("R", names), ("C", names)], cells, [Parameter("period", 1, 1, last)]
    )


def timed(game: Game) -> float:
    times = []
    for _ in range(3):
        start = time.perf_counter()
        stage = StageGame.horizon(game, game.defaults())
        analyse_repeated(stage, (0, 0))
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    price_war = load_game(games_dir() / "ai_price_war_repeated.json")
    print(f"repeated price war (21 periods held): {timed(price_war) * 1000:.1f} ms")
    for size in (2, 3):
        for last in (100, 1_000, 10_000):
            seconds = timed(changing_game(size, last, seed=size * 7 + last))
            print(f"{size}×{size}, payoffs changing in all {last:,} periods: {seconds:.2f} s")


if __name__ == "__main__":
    main()
