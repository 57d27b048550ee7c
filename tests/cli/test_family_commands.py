"""`explorer solve` and `explorer sweep` on games with strategy families: the same contract."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from tests.helpers import run_cli as run

BERTRAND = Path(__file__).resolve().parents[2] / "games" / "bertrand_logit.json"
PRICES = np.round(np.linspace(0, 1, 21), 2)


def test_solve_json_has_the_usual_shape_over_the_expanded_strategies() -> None:
    status, text = run("solve", str(BERTRAND), "--json", "--set", "subsidy=0.2")
    assert status == 0
    data = json.loads(text)
    assert set(data) >= {
        "title",
        "parameters",
        "method",
        "methods_used",
        "degenerate",
        "equilibria",
        "warnings",
    }
    assert data["method"] == "vertex" and data["parameters"]["subsidy"] == 0.2
    (eq,) = data["equilibria"]
    assert len(eq["row"]) == 21 and len(eq["column"]) == 21 and eq["kind"] == "pure"
    assert (PRICES[np.argmax(eq["row"])], PRICES[np.argmax(eq["column"])]) == (0.85, 0.5)
    assert any("every equilibrium is listed" in w for w in data["warnings"])


def test_solve_names_strategies_by_their_values() -> None:
    status, text = run("solve", str(BERTRAND))
    assert status == 0
    assert "closed_price=0.8" in text and "open_price=0.3" in text


def test_sweep_json_names_regimes_by_prices() -> None:
    status, text = run("sweep", str(BERTRAND), "--x", "subsidy=0:1:5", "--json")
    assert status == 0
    data = json.loads(text)
    regimes = [point["regime"] for point in data["points"]]
    assert regimes[0] == "closed_price=0.85 / open_price=0.6"
    assert regimes[-1] == "closed_price=0.8 / open_price=0.15"
    assert all(len(eq["row"]) == 21 for point in data["points"] for eq in point["equilibria"])


def test_a_sweep_of_a_family_game_writes_a_csv(tmp_path: Path) -> None:
    out = tmp_path / "sweep.csv"
    status, _ = run("sweep", str(BERTRAND), "--x", "subsidy=0:1:11", "--out", str(out))
    assert status == 0
    lines = out.read_text(encoding="utf-8").splitlines()
    assert len(lines) >= 12 and "closed_price=0.85 / open_price=0.6" in lines[1]


@pytest.mark.parametrize(
    ("change", "fragment"),
    [
        ({"count": 0}, "a range has 2 to 101"),
        ({"start": 2}, "must run upwards"),
        ({"variable": "subsidy"}, "also the name of a parameter"),
    ],
)
def test_a_bad_family_is_one_line_on_stderr(tmp_path: Path, capsys, change, fragment) -> None:
    data = json.loads(BERTRAND.read_text(encoding="utf-8"))
    data["players"][0]["strategies"][0].update(change)
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    status, text = run("solve", str(path))
    error = capsys.readouterr().err
    assert status == 1 and not text
    assert fragment in error and error.count("\n") == 1 and "Traceback" not in error
