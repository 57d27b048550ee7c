"""Games with strategy families: expansion, evaluation, one solve, one sweep, one report.

On the bundled Bertrand model (``games/bertrand_logit.json``) at 21, 51 and 101 prices a
player, and on two families that removing dominated strategies cannot shrink: a
coordination game on a grid (payoff ``-(x - y)**2`` for both, every diagonal pair a pure
equilibrium) and a smooth game with random coefficients (seeded). Per game: building the
expanded game from its table (the lazy cells), evaluating both matrices, ``solve`` (the
method used, equilibria, complete or not), the whole analysis the app runs on each slider
move (``analyse``: solve, best responses, dominance, elimination), and a sweep of 41
subsidy values (Bertrand only). Medians of ``--runs`` runs; the machine is shared, so
compare ratios. Memory: the peak of Python allocations (``tracemalloc``) during one
analysis, and the process's peak resident size at the end. The largest family the app
accepts (101 strategies a player) is checked by asking for one more.

Run: ``python benchmarks/family_benchmark.py [--runs 5]``.
"""

from __future__ import annotations

import argparse
import resource
import statistics
import time
import tracemalloc
from collections.abc import Callable
from typing import Any

import numpy as np

from explorer.core import edit
from explorer.core.families import MAX_FAMILY_STRATEGIES, StrategyRange, family_game, table_of
from explorer.core.game import Game, GameError, Parameter
from explorer.core.io import load_game
from explorer.core.report import analyse
from explorer.core.solve import solve
from explorer.core.sweep import Axis, run_sweep
from explorer.resources import games_dir


def median_seconds(task: Callable[[], Any], runs: int) -> tuple[float, Any]:
    times, result = [], None
    for _ in range(runs):
        started = time.perf_counter()
        result = task()
        times.append(time.perf_counter() - started)
    return statistics.median(times), result


def bertrand(count: int) -> Game:
    game = load_game(games_dir() / "bertrand_logit.json")
    for player, variable in ((0, "closed_price"), (1, "open_price")):
        game = edit.set_family_range(game, player, 0, StrategyRange(variable, 0, 1, count))
    return game


def coordination(count: int) -> Game:
    return family_game(
        "Meet on a grid",
        [("Row", [StrategyRange("x", 0, 1, count)]), ("Column", [StrategyRange("y", 0, 1, count)])],
        [[["-(x - y)**2", "-(x - y)**2"]]],
    )


def random_smooth(count: int, seed: int = 14) -> Game:
    rng = np.random.default_rng(seed)
    a, b = np.round(rng.normal(size=(2, 6)), 3)
    terms = "{0}*x + {1}*y + {2}*x*y + {3}*x**2 + {4}*y**2 + {5}*x**2*y"
    return family_game(
        f"Smooth game (seed {seed})",
        [("Row", [StrategyRange("x", 0, 1, count)]), ("Column", [StrategyRange("y", 0, 1, count)])],
        [[[terms.format(*a) + " + s*x", terms.format(*b)]]],
        [Parameter("s", 0.5, 0, 1)],
    )


def peak_megabytes(task: Callable[[], Any]) -> float:
    """The peak of Python allocations while ``task`` runs, in MB."""
    tracemalloc.start()
    task()
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return peak / 1e6


def report(name: str, game: Game, runs: int) -> None:
    table = table_of(game)
    rebuilt, _ = median_seconds(
        lambda: edit.set_family_formula(game, 0, 0, 0, table.formulas[0][0][0]), runs
    )
    evaluated, (A, B) = median_seconds(game.evaluate, runs)
    solved, solution = median_seconds(lambda: solve(A, B), runs)
    analysed, _ = median_seconds(lambda: analyse(game, game.defaults()), runs)
    memory = peak_megabytes(lambda: analyse(game, game.defaults()))
    m, n = game.shape
    words = "complete" if solution.complete else "not known to be complete"
    print(
        f"{name:<34} {m:>3}×{n:<3} build {rebuilt * 1e3:6.1f} ms  "
        f"evaluate {evaluated * 1e3:5.2f} ms  solve {solved * 1e3:7.1f} ms "
        f"({solution.method}, {len(solution.equilibria)} eq., {words})  "
        f"analyse {analysed * 1e3:7.1f} ms, peak {memory:5.1f} MB"
    )


def largest_accepted() -> str:
    """The largest family the core accepts, and the sentence refusing one more strategy."""
    try:
        StrategyRange("x", 0, 1, MAX_FAMILY_STRATEGIES + 1)
    except GameError as error:
        return f"largest family: {MAX_FAMILY_STRATEGIES} strategies; one more: {error}"
    raise AssertionError("a family over the limit was accepted")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    print(largest_accepted())
    for count in (21, 51, 101):
        report("Bertrand (logit, outside option)", bertrand(count), args.runs)
    for count in (21, 51, 101):
        report("coordination on a grid", coordination(count), args.runs)
    for count in (21, 51, 101):
        report("smooth game, random coefficients", random_smooth(count), args.runs)
    for count in (21, 101):
        game = bertrand(count)
        swept, result = median_seconds(
            lambda game=game: run_sweep(game, Axis("subsidy", 0, 1, 41)), max(1, args.runs // 2)
        )
        regimes = len(result.regimes)
        print(f"sweep of 41 subsidies, Bertrand {count}×{count}: {swept:.2f} s, {regimes} regimes")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak resident size of this process: {peak:.0f} MB")


if __name__ == "__main__":
    main()
