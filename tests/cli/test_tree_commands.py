"""`explorer solve` and `explorer sweep` on game trees (.efg and explorer-tree JSON)."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.core.tree.test_hostile_trees import chain
from tests.core.tree.trees import EFG_DIR, ENTRY, ROOT
from tests.helpers import run_cli as run

GAMES = ROOT / "games"
POKER = EFG_DIR / "gambit_tests" / "stripped_down_poker.efg"


@pytest.fixture
def entry_file(tmp_path: Path) -> Path:
    path = tmp_path / "entry.json"
    path.write_text(json.dumps(ENTRY), encoding="utf-8")
    return path


def test_solve_json_has_the_matrix_fields_and_subgame_perfect(entry_file: Path) -> None:
    status, text = run("solve", str(entry_file), "--json")
    assert status == 0
    data = json.loads(text)
    for key in (
        "title",
        "parameters",
        "method",
        "methods_used",
        "degenerate",
        "equilibria",
        "warnings",
    ):
        assert key in data
    assert data["strategies"] == [["Stay out", "Enter"], ["Accommodate", "Fight"]]
    assert sorted(tuple(e["payoffs"]) for e in data["equilibria"]) == [(0, 4), (0, 4), (2, 2)]
    for equilibrium in data["equilibria"]:
        assert {"row", "column", "payoffs", "kind", "behaviour", "path"} <= set(equilibrium)
    (perfect,) = data["subgame_perfect"]
    assert perfect["payoffs"] == [2, 2] and perfect["path"] == "Enter → Accommodate"
    incumbent = next(b for b in perfect["behaviour"] if b["player"] == "Incumbent")
    assert incumbent["actions"] == ["Accommodate", "Fight"]
    assert incumbent["probabilities"] == [1.0, 0.0]
    assert perfect["leaves"] == [{"node": "Enter → Accommodate", "probability": 1.0}]
    assert data["subgame_perfect_complete"] is True
    assert data["tree"]["perfect_information"] is True
    not_perfect = [e for e in data["equilibria"] if "not_subgame_perfect" in e]
    assert (
        len(not_perfect) == 2 and "threat is not credible" in not_perfect[0]["not_subgame_perfect"]
    )


def test_solve_text_explains_backward_induction(entry_file: Path) -> None:
    status, text = run("solve", str(entry_file))
    assert status == 0
    assert (
        "After Enter, Incumbent prefers Accommodate (2 > -1), so the threat to Fight is not "
        "credible." in text
    )
    assert "At the start, Entrant prefers Enter (2 > 0)." in text
    assert "3 Nash equilibria of the reduced strategic form (2×2)" in text


def test_solve_an_efg_file_gives_gambits_payoffs() -> None:
    status, text = run("solve", str(POKER), "--json")
    assert status == 0
    data = json.loads(text)
    assert [e["exact"]["payoffs"] for e in data["equilibria"]] == [["1/3", "-1/3"]]
    (perfect,) = data["subgame_perfect"]
    assert perfect["payoffs"] == pytest.approx([1 / 3, -1 / 3])
    bob = next(b for b in perfect["behaviour"] if b["player"] == "Bob")
    assert bob["probabilities"] == pytest.approx([2 / 3, 1 / 3])


def test_set_changes_a_bundled_tree_and_bad_values_are_one_line(tmp_path: Path) -> None:
    path = str(GAMES / "ultimatum.json")
    status, text = run("solve", path, "--set", "fairness=1.5", "--json")
    assert status == 0
    assert [p["path"] for p in json.loads(text)["subgame_perfect"]] == ["Offer 2 → Accept"]
    result = subprocess.run(
        [sys.executable, "-m", "explorer", "solve", path, "--set", "fairness=9"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 1 and result.stdout == ""
    assert result.stderr.strip().splitlines() == [
        "explorer: error: fairness = 9 is outside its range [0, 2]"
    ]


def test_a_tree_too_big_for_its_strategic_form_still_gets_backward_induction(
    tmp_path: Path,
) -> None:
    path = tmp_path / "chain.json"
    path.write_text(json.dumps(chain(300)), encoding="utf-8")
    status, text = run("solve", str(path), "--json")
    assert status == 0
    data = json.loads(text)
    assert data["equilibria"] == [] and data["method"] == "none"
    assert any("more than 50 reduced strategies" in w for w in data["warnings"])
    assert data["subgame_perfect"]


def test_a_tree_with_no_solvable_form_is_one_line() -> None:
    status, _ = run("solve", str(EFG_DIR / "gambit_tests" / "montyhal.efg"))
    assert status == 1


def test_hostile_efg_on_the_command_line(tmp_path: Path) -> None:
    path = tmp_path / "bad.efg"
    path.write_text('EFG 2 R "t" { "A" "B" }\np "" 1 1 "" { "L" "R" } 0\nt "" 0\n')
    result = subprocess.run(
        [sys.executable, "-m", "explorer", "solve", str(path)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "still needs 1 more child node" in lines[0]


def test_sweep_of_the_subsidy_game_shows_the_state_changing_the_price_war(tmp_path: Path) -> None:
    out = tmp_path / "sweep.csv"
    status, text = run(
        "sweep",
        str(GAMES / "subsidy_first.json"),
        "--x",
        "build_cost=0:0.5:11",
        "--out",
        str(out),
        "--json",
    )
    assert status == 0
    data = json.loads(text)
    regimes = [p["regime"] for p in data["points"]]
    assert regimes[0] == "Build data centres → Price cut → Free"
    assert regimes[-1] == "No build → Premium → Paid"
    assert data["x"]["name"] == "build_cost" and data["y"] is None
    rows = list(csv.reader(io.StringIO(out.read_text(encoding="utf-8"))))
    assert rows[0][-4:] == ["equilibrium", "path", "payoff Closed provider", "payoff Open provider"]
    assert len(rows) >= 12


def test_sweep_text_and_two_axes() -> None:
    status, text = run(
        "sweep",
        str(GAMES / "data_trust_tree.json"),
        "--x",
        "monetiser_share=0:1:6",
        "--y",
        "trust_penalty=0:1:3",
    )
    assert status == 0
    assert "18 points over monetiser_share [0, 1] × trust_penalty [0, 1]" in text
    assert "Stay with the closed model" in text


def test_sweep_plot_is_refused_for_a_tree_in_one_line(tmp_path: Path) -> None:
    status, _ = run(
        "sweep", str(GAMES / "centipede.json"), "--x", "x=0:1:3", "--plot", str(tmp_path / "p.png")
    )
    assert status == 1
