"""Running sweeps: chunks, executors, progress, cancel, outcomes and selection rules."""

from __future__ import annotations

import concurrent.futures
import csv
import io
import json

import numpy as np
import pytest

from explorer.core.game import Game, Parameter
from explorer.core.io import load_game
from explorer.core.solve import SolveCancelled, solve
from explorer.core.sweep import Axis, Selection, SweepError, run_sweep, undefined_label
from explorer.resources import flagship_path
from tests.core.solve.games import POLE_GAME, REGRESSION_GAME, profiles, random_parametric_game


def test_every_point_equals_the_single_game_solver() -> None:
    game = REGRESSION_GAME
    x, y = Axis("s", 0, 1, 9), Axis("t", 0, 1, 9)
    result = run_sweep(game, x, y, chunk_points=20)
    for point in range(len(result)):
        A, B = game.evaluate(result.parameters_at(point))
        single = solve(A, B)
        assert profiles(result.equilibria_at(point)) == profiles(single), point
        assert bool(result.solution.degenerate[point]) == single.degenerate, point


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
    game = POLE_GAME
    result = run_sweep(game, Axis("s", 0, 1, 3))
    assert result.regime_at(1) == undefined_label()
    assert result.equilibria_at(1) == ()
    assert result.regime_at(0) != undefined_label() and result.count[1] == 0


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
