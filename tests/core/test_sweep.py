"""Sweeps: the fast batched solver equals the solver of record, chunks, executors, outcomes."""

from __future__ import annotations

import concurrent.futures
import csv
import io
import json

import numpy as np
import pytest

from explorer.core.batch import solve_batch
from explorer.core.game import Game, Parameter
from explorer.core.io import load_game
from explorer.core.solve import SolveCancelled, solve
from explorer.core.sweep import UNDEFINED, Axis, Selection, SweepError, run_sweep
from explorer.resources import flagship_path, games_dir
from tests.core.test_solve import REGRESSION_GAME


def profiles(equilibria) -> set[tuple[tuple[float, ...], tuple[float, ...]]]:  # type: ignore[no-untyped-def]
    return {(tuple(np.round(e.row, 6)), tuple(np.round(e.column, 6))) for e in equilibria}


def assert_batch_equals_single_solver(A: np.ndarray, B: np.ndarray) -> np.ndarray:
    """Every point: the same equilibria and the same degeneracy verdict as solve()."""
    batch = solve_batch(A, B)
    for point in range(len(A)):
        single = solve(A[point], B[point])
        assert profiles(batch.equilibria(point)) == profiles(single.equilibria), point
        assert bool(batch.degenerate[point]) == single.degenerate, point
    return batch.fallback


def random_parametric_game(seed: int, m: int, n: int, integer: bool) -> Game:
    """Payoffs a + b*s + c*t with random coefficients: integer ones make many exact ties."""
    rng = np.random.default_rng(seed)

    def entry() -> str:
        if integer:
            a, b, c = rng.integers(-3, 4, size=3)
        else:
            a, b, c = np.round(rng.normal(size=3), 3)
        return f"{a} + {b}*s + {c}*t"

    payoffs = [[[entry(), entry()] for _ in range(n)] for _ in range(m)]
    return Game.build(
        f"random {seed}",
        [("Row", [f"r{i}" for i in range(m)]), ("Column", [f"c{j}" for j in range(n)])],
        payoffs,
        [Parameter("s", 0.5, 0, 1), Parameter("t", 0.5, 0, 1)],
    )


def grid_payoffs(game: Game, points: int) -> tuple[np.ndarray, np.ndarray]:
    grid = np.linspace(0, 1, points)
    A, B = game.evaluate_grid({"s": grid[:, None], "t": grid[None, :]})
    m, n = game.shape
    return A.reshape(-1, m, n), B.reshape(-1, m, n)


def test_fast_path_equals_single_solver_on_the_regression_grid() -> None:
    fallback = assert_batch_equals_single_solver(*grid_payoffs(REGRESSION_GAME, 15))
    assert fallback.any() and not fallback.all()  # both paths were exercised


@pytest.mark.parametrize(
    ("seed", "m", "n", "integer"),
    [(1, 3, 3, False), (2, 2, 3, False), (3, 4, 3, False), (4, 3, 3, True), (5, 2, 2, True)],
)
def test_fast_path_equals_single_solver_on_random_parametric_games(
    seed: int, m: int, n: int, integer: bool
) -> None:
    assert_batch_equals_single_solver(*grid_payoffs(random_parametric_game(seed, m, n, integer), 9))


def test_fast_path_on_a_degenerate_bundled_game() -> None:
    game = load_game(games_dir() / "entry_deterrence.json")
    A, B = game.evaluate()
    fallback = assert_batch_equals_single_solver(np.stack([A, A + 1]), np.stack([B, B]))
    assert fallback.all()


def test_the_flagship_map_has_three_named_regimes_and_profit_falls_with_subsidy() -> None:
    game = load_game(flagship_path())
    result = run_sweep(game, Axis("subsidy", 0, 1, 21), Axis("trust_penalty", 0, 1, 21))
    assert result.shape == (21, 21)
    pure_regimes = {label for label in result.regimes if " | " not in label}
    assert {"Premium / Paid", "Premium / Free", "Price cut / Free"} <= pure_regimes
    line = run_sweep(game, Axis("subsidy", 0, 1, 21))
    profit = line.payoff(0, Selection.PAYOFF_DOMINANT)
    assert np.all(np.diff(profit) <= 1e-12) and profit[-1] < profit[0]


def test_results_do_not_depend_on_chunks_or_executor() -> None:
    game = random_parametric_game(7, 3, 3, False)
    x, y = Axis("s", 0, 1, 13), Axis("t", 0, 1, 11)
    reference = run_sweep(game, x, y)
    chunked = run_sweep(game, x, y, chunk_points=17)
    with concurrent.futures.ThreadPoolExecutor(2) as threads:
        threaded = run_sweep(game, x, y, executor=threads, chunk_points=29)
    with concurrent.futures.ProcessPoolExecutor(2) as processes:
        in_processes = run_sweep(game, x, y, executor=processes, chunk_points=50)
    for other in (chunked, threaded, in_processes):
        assert other.regimes == reference.regimes
        np.testing.assert_array_equal(other.regime_index, reference.regime_index)
        np.testing.assert_allclose(other.payoff(0), reference.payoff(0), equal_nan=True)


def test_a_dask_cluster_runs_the_chunks() -> None:
    distributed = pytest.importorskip("distributed")
    game = random_parametric_game(8, 3, 2, False)
    x, y = Axis("s", 0, 1, 9), Axis("t", 0, 1, 9)
    reference = run_sweep(game, x, y)
    with (
        distributed.LocalCluster(n_workers=1, threads_per_worker=1, processes=False) as cluster,
        distributed.Client(cluster) as client,
    ):
        on_cluster = run_sweep(game, x, y, executor=client.get_executor(), chunk_points=20)
    np.testing.assert_array_equal(on_cluster.regime_index, reference.regime_index)


def test_progress_per_chunk_and_cancel() -> None:
    game = random_parametric_game(9, 2, 2, False)
    seen: list[tuple[int, int]] = []
    run_sweep(
        game,
        Axis("s", 0, 1, 10),
        Axis("t", 0, 1, 10),
        chunk_points=30,
        progress=lambda d, t: seen.append((d, t)),
    )
    assert seen == [(30, 100), (60, 100), (90, 100), (100, 100)]
    calls = {"n": 0}

    def stop_after_first_chunk() -> bool:
        calls["n"] += 1
        return calls["n"] > 1

    with pytest.raises(SolveCancelled):
        run_sweep(
            game,
            Axis("s", 0, 1, 10),
            Axis("t", 0, 1, 10),
            chunk_points=30,
            should_stop=stop_after_first_chunk,
        )


def test_undefined_points_are_labelled_not_solved() -> None:
    game = Game.build(
        "pole",
        [("R", ["a", "b"]), ("C", ["x", "y"])],
        [[["1 / (s - 0.5)", 1], [0, 0]], [[0, 0], [1, 1]]],
        [Parameter("s", 0, 0, 1)],
    )
    result = run_sweep(game, Axis("s", 0, 1, 3))
    assert result.regime_at(1) == UNDEFINED
    assert result.equilibria_at(1) == ()
    assert result.regime_at(0) != UNDEFINED and result.count[1] == 0


def test_selection_rules_on_the_stag_hunt() -> None:
    # Stag/Stag pays (4, 4) and is payoff dominant; Hare/Hare (3, 3) is risk dominant:
    # deviating from it costs (3 - 0) * (3 - 0) = 9 > (4 - 3) * (4 - 3) = 1.
    game = Game.build(
        "stag hunt",
        [("A", ["Stag", "Hare"]), ("B", ["Stag", "Hare"])],
        [[["4 + 0*s", 4], [0, 3]], [[3, 0], [3, 3]]],
        [Parameter("s", 0, 0, 1)],
    )
    result = run_sweep(game, Axis("s", 0, 1, 2))
    assert result.payoff(0, Selection.PAYOFF_DOMINANT).tolist() == [4.0, 4.0]
    assert result.payoff(0, Selection.RISK_DOMINANT).tolist() == [3.0, 3.0]
    worst = result.payoff(1, Selection.WORST_FOR_COLUMN)[0]
    assert worst == pytest.approx(min(e.payoffs[1] for e in result.equilibria_at(0)))
    assert result.probability(0, 0, Selection.BEST_FOR_ROW)[0] == 1.0
    assert result.payoff(0, Selection.ALL).shape == (2, 3)


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ("subsidy", "expected NAME=START:STOP:N"),
        ("subsidy=a:1:5", "must be numbers"),
        ("nope=0:1:5", "unknown parameter 'nope'"),
        ("subsidy=0:2:5", "outside its range"),
        ("subsidy=0:1:1", "use 2 to"),
        ("subsidy=0.5:0.5:3", "start and stop"),
    ],
)
def test_bad_axes_are_refused_in_a_sentence(text: str, fragment: str) -> None:
    game = load_game(flagship_path())
    with pytest.raises(ValueError, match=fragment):
        run_sweep(game, Axis.parse(text))


def test_too_many_points_are_refused() -> None:
    game = load_game(flagship_path())
    with pytest.raises(SweepError, match="limit"):
        run_sweep(game, Axis("subsidy", 0, 1, 2000), Axis("trust_penalty", 0, 1, 2000))


def test_json_and_csv_exports() -> None:
    game = load_game(flagship_path())
    result = run_sweep(game, Axis("subsidy", 0, 1, 5))
    data = json.loads(json.dumps(result.to_json()))
    assert data["x"] == {"name": "subsidy", "start": 0, "stop": 1, "count": 5}
    assert data["y"] is None and len(data["points"]) == 5
    first = data["points"][0]
    assert first["parameters"]["subsidy"] == 0 and first["equilibria"][0]["kind"] in (
        "pure",
        "mixed",
    )
    assert first["regime"] == result.regime_at(0)
    buffer = io.StringIO()
    csv.writer(buffer).writerows(result.csv_rows())
    rows = list(csv.reader(io.StringIO(buffer.getvalue())))
    header, body = rows[0], rows[1:]
    assert header[0] == "subsidy" and header[-1] == "regime"
    assert len(body) == int(result.count.sum())
