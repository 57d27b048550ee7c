"""The solver engine against QuantEcon (numba) and Gambit's enummixed, side by side.

Three parts, all on games generated here with fixed seeds, timed in one process so the
ratios are comparable (medians of ``--runs`` runs; the machine is shared, so compare
ratios, not seconds):

1. **Sweeps** of parametric games over a 101 × 101 grid (2 × 2 to 6 × 6, generic
   coefficients), and tie-heavy ones: a 3 × 3 game with best-reply ties along two lines
   of the grid, a tie-heavy integer 3 × 3 on a 21 × 21 grid of integers, and an affine
   3 × 3 with integer coefficients on a grid through 0. The explorer's time is the whole
   :func:`explorer.core.sweep.run_sweep` (formulas evaluated, games solved, regimes
   named); QuantEcon's support enumeration and Gambit's enummixed get the payoffs
   evaluated in advance and loop over the points. Every point is compared with Gambit
   (exact rational arithmetic on the tie-heavy grids, whose payoffs are exact decimals).
2. **Single solves**, 2 × 2 to 10 × 10, square and rectangular: ``solve(A, B)`` against
   ``Game.from_arrays`` + ``enummixed_solve`` (floats) with the equilibria read out, and
   QuantEcon's support enumeration; random normal games and integer games with ties (the
   latter compared with Gambit's exact arithmetic), three of each, reported separately.
   Notes: the engine's Lemke-Howson from every starting label, each end point verified.
3. **Memory and exports**: ``explorer sweep`` on the flagship game, 1000 × 1000 and
   101 × 101, with and without ``--out``, wall time and peak memory of the process.

Run: ``python benchmarks/engine_benchmark.py [--runs 3] [--quick] [--skip-memory]``.
Needs the ``bench`` extra (QuantEcon, numba, pygambit).
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from fractions import Fraction
from pathlib import Path

import numpy as np

from explorer.core.game import Game, Parameter
from explorer.core.solve import Budget, is_equilibrium, lemke_howson, solve
from explorer.core.sweep import Axis, run_sweep
from explorer.resources import flagship_path

Profiles = list[tuple[float, ...]]
Arrays = tuple[np.ndarray, np.ndarray]


# --- games ------------------------------------------------------------------------------------


def parametric_game(
    title: str, m: int, n: int, entry: Callable[[], str], low: float, high: float
) -> Game:
    payoffs = [[[entry(), entry()] for _ in range(n)] for _ in range(m)]
    return Game.build(
        title,
        [("Row", [f"r{i}" for i in range(m)]), ("Column", [f"c{j}" for j in range(n)])],
        payoffs,
        [Parameter("s", low, low, high), Parameter("t", low, low, high)],
    )


def generic_game(size: int, seed: int) -> Game:
    rng = np.random.default_rng(seed)

    def entry() -> str:
        a, b, c = np.round(rng.normal(size=3), 3)
        return f"{a} + {b}*s + {c}*t"

    return parametric_game(f"generic {size}x{size}", size, size, entry, 0.0, 1.0)


def integer_game(seed: int, low: float, high: float, spread: int) -> Game:
    rng = np.random.default_rng(seed)

    def entry() -> str:
        a, b, c = rng.integers(-spread, spread + 1, size=3)
        return f"{a} + {b}*s + {c}*t"

    return parametric_game(f"integer 3x3 ({seed})", 3, 3, entry, low, high)


def tie_lines_game(seed: int) -> Game:
    """3 × 3: the row player's first two strategies tie against everything where s = 1/2,
    the column player's first two where t = 1/2 (two lines of the grid)."""
    rng = np.random.default_rng(seed)
    a = np.round(rng.normal(size=(3, 3)), 2)
    b = np.round(rng.normal(size=(3, 3)), 2)
    cells = []
    for i in range(3):
        row = []
        for j in range(3):
            row_payoff = f"{a[0 if i == 1 else i, j]} + 0.5*t" + (
                f" + {abs(a[1, j]) + 0.2}*(s - 0.5)" if i == 1 else ""
            )
            column_payoff = f"{b[i, 0 if j == 1 else j]} + 0.5*s" + (
                f" + {abs(b[i, 1]) + 0.2}*(t - 0.5)" if j == 1 else ""
            )
            row.append([row_payoff, column_payoff])
        cells.append(row)
    return Game.build(
        "3x3 with ties along two lines",
        [("Row", ["r0", "r1", "r2"]), ("Column", ["c0", "c1", "c2"])],
        cells,
        [Parameter("s", 0, 0, 1), Parameter("t", 0, 0, 1)],
    )


def grid(game: Game, points: int) -> tuple[Axis, Axis, np.ndarray, np.ndarray]:
    s, t = game.parameters
    x, y = Axis("s", s.minimum, s.maximum, points), Axis("t", t.minimum, t.maximum, points)
    values = {"s": np.tile(x.values(), points), "t": np.repeat(y.values(), points)}
    A, B = game.evaluate_grid(values)
    return x, y, A, B


# --- the three solvers -------------------------------------------------------------------------


def rounded(vectors: Sequence[Sequence[float]]) -> Profiles:
    return [tuple(float(v) for v in vector) for vector in vectors]


def distinct(profiles: Profiles, tolerance: float = 1e-6) -> Profiles:
    """Each equilibrium once (Gambit's enummixed lists some equilibria of degenerate games
    twice, once per basis of the same vertex)."""
    kept: Profiles = []
    for profile in profiles:
        if not any(np.allclose(profile, other, atol=tolerance) for other in kept):
            kept.append(profile)
    return kept


def same(found: Profiles, expected: Profiles, tolerance: float = 1e-6) -> bool:
    """The same equilibria, each matched within ``tolerance`` (rounding to a number of
    digits would split values such as 115/128 that sit on a rounding boundary)."""
    found, expected = distinct(found, tolerance), distinct(expected, tolerance)
    if len(found) != len(expected):
        return False
    return all(any(np.allclose(f, e, atol=tolerance) for e in expected) for f in found) and all(
        any(np.allclose(f, e, atol=tolerance) for f in found) for e in expected
    )


def gambit_profiles(A: np.ndarray, B: np.ndarray, exact: bool) -> Profiles:
    import pygambit as gbt

    if exact:  # the payoffs' exact decimal values, so that ties are ties
        A = np.vectorize(lambda v: Fraction(v).limit_denominator(10**4), otypes=[object])(A)
        B = np.vectorize(lambda v: Fraction(v).limit_denominator(10**4), otypes=[object])(B)
    game = gbt.Game.from_arrays(A, B)
    result = gbt.nash.enummixed_solve(game, rational=exact)
    return rounded(
        [[float(eq[s]) for p in game.players for s in p.strategies] for eq in result.equilibria]
    )


def quantecon_profiles(A: np.ndarray, B: np.ndarray) -> Profiles:
    import quantecon.game_theory as gt

    found = gt.support_enumeration(gt.NormalFormGame((gt.Player(A), gt.Player(B.T))))
    return rounded([np.concatenate(pair) for pair in found])


def explorer_profiles(A: np.ndarray, B: np.ndarray) -> Profiles:
    return rounded([(*e.row, *e.column) for e in solve(A, B).equilibria])


def timed(function: Callable[[], object], runs: int) -> tuple[float, object]:
    times, result = [], None
    for _ in range(runs):
        start = time.perf_counter()
        result = function()
        times.append(time.perf_counter() - start)
    return statistics.median(times), result


# --- 1. sweeps ---------------------------------------------------------------------------------


def sweep_row(
    label: str, game: Game, points: int, exact: bool, runs: int, gambit_runs: int
) -> list[str]:
    x, y, A, B = grid(game, points)
    m, n = game.shape
    A, B = A.reshape(-1, m, n), B.reshape(-1, m, n)
    ours_time, result = timed(lambda: run_sweep(game, x, y), runs)
    ours = [
        rounded([(*e.row, *e.column) for e in result.equilibria_at(p)])  # type: ignore[attr-defined]
        for p in range(len(A))
    ]
    qe_time, qe = timed(lambda: [quantecon_profiles(a, b) for a, b in zip(A, B, strict=True)], runs)
    gambit_time, _ = timed(
        lambda: [gambit_profiles(a, b, False) for a, b in zip(A, B, strict=True)], gambit_runs
    )
    truth = [gambit_profiles(a, b, exact) for a, b in zip(A, B, strict=True)]
    disagree = sum(not same(o, g) for o, g in zip(ours, truth, strict=True))
    qe_wrong = sum(not same(q, g) for q, g in zip(qe, truth, strict=True))  # type: ignore[arg-type]
    return [
        f"{label} ({points}×{points})",
        f"{ours_time:.3f} s",
        f"{qe_time:.3f} s",
        f"{gambit_time:.2f} s",
        f"{ours_time / qe_time:.2f}",
        f"{ours_time / gambit_time:.3f}",
        f"{disagree}",
        f"{qe_wrong}",
    ]


def sweeps(runs: int, gambit_runs: int, quick: bool) -> list[list[str]]:
    points = 31 if quick else 101
    rows = []
    for size in range(2, 7):
        rows.append(
            sweep_row(
                f"generic {size}×{size}",
                generic_game(size, 100 + size),
                points,
                False,
                runs,
                gambit_runs,
            )
        )
        print(" | ".join(rows[-1]), flush=True)
    tie_heavy = [
        ("3×3, ties along two lines", tie_lines_game(3), points, True),
        ("tie-heavy integer 3×3", integer_game(4, -10.0, 10.0, 2), 21, True),
        ("tie-heavy integer 3×3", integer_game(4, -10.0, 10.0, 2), points, True),
        (
            "affine 3×3, integer coefficients, grid through 0",
            integer_game(11, -1.0, 1.0, 3),
            points,
            True,
        ),
    ]
    for label, game, grid_points, exact in tie_heavy:
        rows.append(sweep_row(label, game, grid_points, exact, runs, gambit_runs))
        print(" | ".join(rows[-1]), flush=True)
    return rows


# --- 2. single solves ---------------------------------------------------------------------------


SINGLE_SIZES = [(k, k) for k in range(2, 11)] + [
    (10, 7),
    (7, 10),
    (7, 4),
    (6, 3),
    (3, 6),
    (5, 4),
    (8, 5),
]


def single_games(m: int, n: int, integral: bool) -> list[Arrays]:
    """Three random normal games, or three integer games in -3..3 (ties: often degenerate;
    only where Gambit's exact arithmetic, the reference for them, is quick enough)."""
    rng = np.random.default_rng(1000 * m + n + (7 if integral else 0))
    if integral:
        return [
            (rng.integers(-3, 4, (m, n)).astype(float), rng.integers(-3, 4, (m, n)).astype(float))
            for _ in range(3)
        ]
    return [(rng.normal(size=(m, n)), rng.normal(size=(m, n))) for _ in range(3)]


def every_label(A: np.ndarray, B: np.ndarray) -> list[tuple[np.ndarray, np.ndarray]]:
    """The end of the engine's Lemke-Howson path from every starting label."""
    return [lemke_howson(A, B, label, Budget()) for label in range(sum(A.shape))]


def single_row(m: int, n: int, integral: bool, runs: int) -> list[str]:
    import pygambit as gbt

    ours_times, gambit_times, qe_times, lh_times = [], [], [], []
    disagree = 0
    lh_verified = lh_paths = 0
    for A, B in single_games(m, n, integral):
        solve(A, B)
        ours_time, ours = timed(lambda: explorer_profiles(A, B), runs)  # noqa: B023

        def gambit() -> Profiles:
            game = gbt.Game.from_arrays(A, B)  # noqa: B023
            found = gbt.nash.enummixed_solve(game, rational=False).equilibria
            return rounded(
                [[float(e[s]) for p in game.players for s in p.strategies] for e in found]
            )

        gambit_time, _ = timed(gambit, runs)
        qe_time, _ = timed(lambda: quantecon_profiles(A, B), runs)  # noqa: B023
        lh_time, ends = timed(lambda: every_label(A, B), 1)  # noqa: B023
        truth = gambit_profiles(A, B, exact=integral)
        disagree += not same(ours, truth)  # type: ignore[arg-type]
        lh_paths += m + n
        lh_verified += sum(is_equilibrium(A, B, x, y) for x, y in ends)  # type: ignore[attr-defined]
        ours_times.append(ours_time)
        gambit_times.append(gambit_time)
        qe_times.append(qe_time)
        lh_times.append(lh_time)
    ours_ms, gambit_ms = statistics.median(ours_times) * 1e3, statistics.median(gambit_times) * 1e3
    qe_ms, lh_ms = statistics.median(qe_times) * 1e3, statistics.median(lh_times) * 1e3
    kind = "integer ties" if integral else "normal"
    return [
        f"single solve {m}×{n} ({kind})",
        f"{ours_ms:.2f} ms",
        f"{qe_ms:.2f} ms",
        f"{gambit_ms:.2f} ms",
        f"{ours_ms / qe_ms:.2f}",
        f"{ours_ms / gambit_ms:.2f}",
        f"{disagree}",
        f"LH all labels {lh_ms:.1f} ms, {lh_verified}/{lh_paths} verified",
    ]


def singles(runs: int, quick: bool) -> list[list[str]]:
    rows = []
    for m, n in SINGLE_SIZES[: 6 if quick else None]:
        for integral in (False, True) if m * n <= 36 else (False,):
            rows.append(single_row(m, n, integral, runs))
            print(" | ".join(rows[-1]), flush=True)
    return rows


# --- 3. memory and exports ---------------------------------------------------------------------

MEASURE = (
    "import resource, subprocess, sys, time\n"
    "start = time.perf_counter()\n"
    "subprocess.run(sys.argv[1:], check=True, stdout=subprocess.DEVNULL)\n"
    "print(time.perf_counter() - start, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)\n"
)


def command_run(arguments: list[str]) -> tuple[float, float]:
    """Wall seconds and peak resident megabytes of one ``explorer`` process."""
    explorer = [sys.executable, "-m", "explorer"]
    output = subprocess.run(
        [sys.executable, "-c", MEASURE, *explorer, *arguments],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split()
    return float(output[0]), float(output[1]) / 1024


def memory_rows(runs: int) -> list[list[str]]:
    rows = []
    with tempfile.TemporaryDirectory() as folder:
        out = str(Path(folder) / "sweep.csv")
        for points in (101, 1000):
            base = [
                "sweep",
                str(flagship_path()),
                "--x",
                f"subsidy=0:1:{points}",
                "--y",
                f"trust_penalty=0:1:{points}",
            ]
            plain = [command_run(base) for _ in range(runs)]
            with_out = [command_run([*base, "--out", out]) for _ in range(runs)]
            plain_time = statistics.median(t for t, _ in plain)
            out_time = statistics.median(t for t, _ in with_out)
            rows.append(
                [
                    f"explorer sweep flagship {points}×{points}",
                    f"{plain_time:.2f} s, peak {max(m for _, m in plain):.0f} MB",
                    f"with --out {out_time:.2f} s, peak {max(m for _, m in with_out):.0f} MB",
                    f"--out / sweep {out_time / plain_time:.2f}",
                    f"CSV {Path(out).stat().st_size / 1e6:.0f} MB",
                ]
            )
            print(" | ".join(rows[-1]), flush=True)
    return rows


# --- the table ---------------------------------------------------------------------------------


def table(header: list[str], rows: list[list[str]]) -> str:
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(row) + " |" for row in rows]
    return "\n".join(lines)


def machine() -> str:
    load = os.getloadavg() if hasattr(os, "getloadavg") else ("?",)
    return (
        f"{platform.processor() or platform.machine()}, {os.cpu_count()} cores, Python "
        f"{platform.python_version()}, numpy {np.__version__}, load average at start "
        f"{', '.join(f'{v:.2f}' for v in load)}"  # type: ignore[union-attr]
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=3, help="runs per timing (median)")
    parser.add_argument("--gambit-runs", type=int, default=3, help="runs of Gambit's sweep loops")
    parser.add_argument("--quick", action="store_true", help="small grids and sizes (a smoke test)")
    parser.add_argument("--skip-memory", action="store_true")
    args = parser.parse_args()
    import quantecon.game_theory as gt

    gt.support_enumeration(gt.NormalFormGame((gt.Player(np.eye(2)), gt.Player(np.eye(2)))))  # numba
    print(f"machine: {machine()}\n", flush=True)
    header = [
        "work",
        "explorer",
        "QuantEcon (numba)",
        "Gambit enummixed",
        "explorer / QuantEcon",
        "explorer / Gambit",
        "disagreements with Gambit",
        "notes",
    ]
    rows = sweeps(args.runs, args.gambit_runs, args.quick)
    for row in rows:
        row[-1] = f"QuantEcon wrong at {row[-1]} points"
    rows += singles(args.runs, args.quick)
    print()
    print(table(header, rows))
    if not args.skip_memory:
        print()
        memory = memory_rows(args.runs)
        print(table(["work", "sweep", "sweep with --out", "ratio", "file"], memory))
    disagreements = sum(int(row[6]) for row in rows)
    print(f"\nDisagreements with Gambit, all points and games: {disagreements}")
    return 1 if disagreements else 0


if __name__ == "__main__":
    sys.exit(main())
