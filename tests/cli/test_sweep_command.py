"""`explorer sweep`: the JSON contract, CSV and plot files, one-line errors."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from explorer.resources import flagship_path
from tests.helpers import run_cli as run


def test_json_follows_the_contract() -> None:
    status, text = run(
        "sweep",
        str(flagship_path()),
        "--x",
        "subsidy=0:1:3",
        "--y",
        "trust_penalty=0:1:2",
        "--json",
    )
    assert status == 0
    data = json.loads(text)
    assert data["x"] == {"name": "subsidy", "start": 0.0, "stop": 1.0, "count": 3}
    assert data["y"]["name"] == "trust_penalty"
    assert len(data["points"]) == 6
    for point in data["points"]:
        assert set(point) == {"parameters", "equilibria", "regime"}
        assert {"subsidy", "trust_penalty", "quality_gap"} <= set(point["parameters"])
        for eq in point["equilibria"]:
            assert set(eq) >= {"row", "column", "payoffs", "kind"}
        assert point["regime"]


def test_summary_csv_and_plot(tmp_path: Path) -> None:
    table, picture = tmp_path / "sweep.csv", tmp_path / "map.png"
    status, text = run(
        "sweep",
        str(flagship_path()),
        "--x",
        "subsidy=0:1:11",
        "--y",
        "trust_penalty=0:1:11",
        "--out",
        str(table),
        "--plot",
        str(picture),
    )
    assert status == 0
    assert "121 points" in text and "Premium / Free" in text and "%" in text
    rows = list(csv.reader(io.StringIO(table.read_text())))
    assert rows[0][:2] == ["subsidy", "trust_penalty"] and len(rows) > 121
    assert picture.stat().st_size > 10_000


def test_fixed_parameters_are_used() -> None:
    _, low = run(
        "sweep",
        str(flagship_path()),
        "--x",
        "subsidy=0:1:3",
        "--set",
        "trust_penalty=0.9",
        "--json",
    )
    assert all(p["parameters"]["trust_penalty"] == 0.9 for p in json.loads(low)["points"])


@pytest.mark.parametrize(
    ("argv", "fragment"),
    [
        (["--x", "subsidy=0:5:3"], "outside its range"),
        (["--x", "nothing=0:1:3"], "unknown parameter 'nothing'"),
        (["--x", "subsidy=0:1:3", "--y", "subsidy=0:1:3"], "both sweep 'subsidy'"),
    ],
)
def test_bad_sweeps_give_one_line(
    capsys: pytest.CaptureFixture[str], argv: list[str], fragment: str
) -> None:
    status, text = run("sweep", str(flagship_path()), *argv)
    err = capsys.readouterr().err
    assert status == 1 and text == ""
    assert err.count("\n") == 1 and fragment in err


def test_the_plot_is_drawn_without_the_desktop_app(tmp_path: Path) -> None:
    """``--plot`` needs Qt's drawing (explorer.render), not the app's windows."""
    script = (
        "import json, sys\n"
        "from explorer.cli import main\n"
        f"status = main(['sweep', {str(flagship_path())!r}, '--x', 'subsidy=0:1:5', "
        f"'--plot', {str(tmp_path / 'line.png')!r}])\n"
        "print(json.dumps([status, sorted(m for m in sys.modules if m.startswith('explorer'))]))\n"
    )
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, env=environment, timeout=120
    )
    status, modules = json.loads(result.stdout.strip().splitlines()[-1])
    assert status == 0 and (tmp_path / "line.png").stat().st_size > 5_000
    assert "explorer.render.sweep_plot" in modules
    assert not [m for m in modules if m.startswith("explorer.app")]


def test_out_and_json_are_written_as_the_sweep_runs(tmp_path: Path) -> None:
    from explorer.core.io import load_game
    from explorer.core.sweep import Axis, run_sweep

    table = tmp_path / "sweep.csv"
    status, text = run(
        "sweep",
        str(flagship_path()),
        "--x",
        "subsidy=0:1:9",
        "--y",
        "trust_penalty=0:1:8",
        "--out",
        str(table),
        "--json",
    )
    assert status == 0
    values = load_game(flagship_path()).resolve({})
    result = run_sweep(
        load_game(flagship_path()), Axis("subsidy", 0, 1, 9), Axis("trust_penalty", 0, 1, 8), values
    )
    assert table.read_text(encoding="utf-8") == result.csv_text()
    assert json.loads(text) == result.to_json()


def test_an_unwritable_out_file_is_one_line_and_leaves_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "missing" / "sweep.csv"
    status, text = run("sweep", str(flagship_path()), "--x", "subsidy=0:1:3", "--out", str(target))
    err = capsys.readouterr().err
    assert status == 1 and text == "" and err.count("\n") == 1 and "Cannot write" in err
    assert not target.parent.exists()


def test_solve_says_what_a_short_time_limit_left_out(tmp_path: Path) -> None:
    import numpy as np

    rng = np.random.default_rng(2)
    size = 40
    cells = [[[float(rng.normal()), float(rng.normal())] for _ in range(size)] for _ in range(size)]
    game = {
        "format": "explorer-game/1",
        "title": "large",
        "players": [
            {"name": "Row", "strategies": [f"r{i}" for i in range(size)]},
            {"name": "Column", "strategies": [f"c{j}" for j in range(size)]},
        ],
        "payoffs": cells,
    }
    path = tmp_path / "large.json"
    path.write_text(json.dumps(game))
    status, text = run("solve", str(path), "--time-limit", "0.3", "--json")
    data = json.loads(text)
    assert status == 0 and data["equilibria"] and data["method"] == "lemke-howson"
    assert any("time budget of 0.3 s" in w or "would take too long" in w for w in data["warnings"])
