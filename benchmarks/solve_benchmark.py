"""Median time per game: explorer.core's verified solve against raw nashpy, 2×2 to 6×6.

Raw nashpy means ``nashpy.Game(A, B).support_enumeration()`` run to the end, as a plain
script would call it. The core's ``solve`` adds a sound tolerance, verification, degeneracy
handling (vertex enumeration where needed) and exact fractions. Both see the same games:
random float games (nondegenerate) and random integer games in [-5, 5] (often degenerate).
Run: ``python benchmarks/solve_benchmark.py [--games N]``.
"""

from __future__ import annotations

import argparse
import statistics
import time
import warnings

import nashpy
import numpy as np

from explorer.core.solve import solve


def raw_nashpy(A: np.ndarray, B: np.ndarray) -> int:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return len(list(nashpy.Game(A, B).support_enumeration()))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--games", type=int, default=30, help="games per size and kind")
    args = parser.parse_args()
    rng = np.random.default_rng(2026)
    print(
        f"{'size':>5} {'kind':>8} {'nashpy ms':>10} {'core ms':>9} {'ratio':>6} "
        f"{'nashpy found':>13} {'core found':>11} {'core method(s)'}"
    )
    for size in range(2, 7):
        for kind in ("float", "integer"):
            raw_times, core_times, raw_found, core_found, methods = [], [], 0, 0, set()
            for _ in range(args.games):
                if kind == "float":
                    A, B = rng.normal(size=(size, size)), rng.normal(size=(size, size))
                else:
                    A = rng.integers(-5, 6, (size, size)).astype(float)
                    B = rng.integers(-5, 6, (size, size)).astype(float)
                start = time.perf_counter()
                raw_found += raw_nashpy(A, B)
                raw_times.append(time.perf_counter() - start)
                start = time.perf_counter()
                solution = solve(A, B)
                core_times.append(time.perf_counter() - start)
                core_found += len(solution.equilibria)
                methods.add(solution.method)
            raw_ms = statistics.median(raw_times) * 1000
            core_ms = statistics.median(core_times) * 1000
            print(
                f"{size}x{size:<3} {kind:>8} {raw_ms:10.2f} {core_ms:9.2f} {core_ms / raw_ms:6.2f} "
                f"{raw_found:13d} {core_found:11d} {', '.join(sorted(methods))}"
            )


if __name__ == "__main__":
    main()
