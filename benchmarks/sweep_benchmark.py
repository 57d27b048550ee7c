"""A 101×101 sweep of a 3×3 parametric game: the explorer's batched solver against a plain
nashpy loop, QuantEcon's numba-compiled support enumeration and Gambit's enummixed.

All four solve the same 10,201 games (payoffs evaluated once, up front). Times are the
median of several runs (one run for the slow nashpy loop), measured in one process so the
ratios are comparable. The equilibria are compared with Gambit's enummixed at every point.
QuantEcon and pygambit are benchmark-only dependencies:
``pip install quantecon`` and ``pip install pygambit``.

Run: ``python benchmarks/sweep_benchmark.py [GAME.json] [--points 101] [--runs 5]``; the
default game is the bundled 3×3 open-weights response over subsidy × trust_penalty.
"""

from __future__ import annotations

import argparse
import statistics
import time
import warnings
from collections.abc import Callable
from pathlib import Path

import numpy as np

from explorer.core.io import load_game
from explorer.core.solve import solve_batch
from explorer.resources import games_dir

Profiles = list[np.ndarray]  # each equilibrium as one vector: row strategy then column strategy


def same(found: Profiles, mine: Profiles, tolerance: float = 1e-6) -> bool:
    """The same equilibria, each matched within ``tolerance`` (rounding would split 1/128)."""
    if len(found) != len(mine):
        return False
    return all(any(np.allclose(f, m, atol=tolerance) for m in mine) for f in found)


def timed(function: Callable[[], object], runs: int) -> tuple[float, object]:
    times, result = [], None
    for _ in range(runs):
        start = time.perf_counter()
        result = function()
        times.append(time.perf_counter() - start)
    return statistics.median(times), result


def nashpy_loop(A: np.ndarray, B: np.ndarray) -> list[list[tuple[np.ndarray, np.ndarray]]]:
    import nashpy

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return [list(nashpy.Game(a, b).support_enumeration()) for a, b in zip(A, B, strict=True)]


def quantecon_loop(A: np.ndarray, B: np.ndarray) -> list[list[tuple[np.ndarray, np.ndarray]]]:
    import quantecon.game_theory as gt

    return [
        gt.support_enumeration(gt.NormalFormGame((gt.Player(a), gt.Player(b.T))))
        for a, b in zip(A, B, strict=True)
    ]


def gambit_loop(A: np.ndarray, B: np.ndarray) -> list[Profiles]:
    import pygambit as gbt

    found = []
    for a, b in zip(A, B, strict=True):
        game = gbt.Game.from_arrays(a, b)
        result = gbt.nash.enummixed_solve(game, rational=False)
        found.append([np.array([float(v) for _, v in profile]) for profile in result.equilibria])
    return found


def vectors(pairs: list[tuple[np.ndarray, np.ndarray]]) -> Profiles:
    return [np.concatenate([x, y]) for x, y in pairs]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("game", nargs="?", default=str(games_dir() / "open_weights_response.json"))
    parser.add_argument("--x", default="subsidy")
    parser.add_argument("--y", default="trust_penalty")
    parser.add_argument("--points", type=int, default=101)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--skip-nashpy", action="store_true", help="the nashpy loop takes minutes")
    args = parser.parse_args()
    game = load_game(Path(args.game))
    grid = np.linspace(0, 1, args.points)
    A, B = game.evaluate_grid({args.x: grid[:, None], args.y: grid[None, :]})
    m, n = game.shape
    A, B = A.reshape(-1, m, n), B.reshape(-1, m, n)
    print(f"{game.title}: {len(A):,} games of {m}x{n} over {args.x} x {args.y}")

    ours_time, ours = timed(lambda: solve_batch(A, B), args.runs)
    ours_profiles = [
        [np.concatenate([e.row, e.column]) for e in ours.equilibria(g)] for g in range(len(A))
    ]
    fallback = int(ours.fallback.sum())
    print(f"explorer batched:   {ours_time:8.3f} s  ({fallback} points handed to solve())")
    results = {"explorer": ours_time}

    try:
        quantecon_loop(A[:1], B[:1])  # numba compiles on first use; not timed
        qe_time, qe = timed(lambda: quantecon_loop(A, B), args.runs)
        results["quantecon"] = qe_time
        qe_same = sum(same(vectors(f), o) for f, o in zip(qe, ours_profiles, strict=True))
        print(
            f"QuantEcon loop:     {qe_time:8.3f} s"
            f"  (same equilibria at {qe_same:,} of {len(A):,} points)"
        )
    except ImportError:
        print("QuantEcon loop:     not installed")

    if not args.skip_nashpy:
        nashpy_time, raw = timed(lambda: nashpy_loop(A, B), 1)
        results["nashpy"] = nashpy_time
        raw_same = sum(same(vectors(f), o) for f, o in zip(raw, ours_profiles, strict=True))
        empty = sum(not found for found in raw)
        print(
            f"nashpy loop:        {nashpy_time:8.3f} s  (same equilibria at {raw_same:,} points;"
            f" no equilibrium at all at {empty:,})"
        )

    try:
        gambit_time, gambit = timed(lambda: gambit_loop(A, B), 1)
        results["gambit"] = gambit_time
        differ = [g for g in range(len(A)) if not same(gambit[g], ours_profiles[g])]
        print(
            f"Gambit enummixed:   {gambit_time:8.3f} s  (explorer differs at {len(differ)} points"
            f"{': ' + str(differ[:10]) if differ else ''})"
        )
    except ImportError:
        print("Gambit enummixed:   pygambit not installed")

    for other in ("quantecon", "nashpy", "gambit"):
        if other in results:
            print(f"explorer / {other}: {results['explorer'] / results[other]:.4f}")


if __name__ == "__main__":
    main()
