"""`explorer solve`: the JSON contract, the readable table, and one-line errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.helpers import run_cli as run

BATTLE = {
    "format": "explorer-game/1",
    "title": "Battle",
    "players": [
        {"name": "Ann", "strategies": ["Opera", "Football"]},
        {"name": "Bob", "strategies": ["Opera", "Football"]},
    ],
    "parameters": [{"name": "bonus", "default": 0, "min": 0, "max": 1}],
    "payoffs": [[[2, 1], [0, 0]], [[0, 0], ["1 + bonus", 2]]],
}


@pytest.fixture
def battle_file(tmp_path: Path) -> Path:
    path = tmp_path / "battle.json"
    path.write_text(json.dumps(BATTLE))
    return path


def test_json_output_follows_the_contract(battle_file: Path) -> None:
    status, text = run("solve", str(battle_file), "--json", "--set", "bonus=0.5")
    assert status == 0
    data = json.loads(text)
    assert data["title"] == "Battle"
    assert data["parameters"] == {"bonus": 0.5}
    assert data["method"] in ("support", "vertex", "lemke-howson")
    assert data["degenerate"] is False
    assert len(data["equilibria"]) == 3
    for eq in data["equilibria"]:
        assert set(eq) >= {"row", "column", "payoffs", "kind"}
        assert eq["kind"] in ("pure", "mixed")
        assert sum(eq["row"]) == pytest.approx(1) and sum(eq["column"]) == pytest.approx(1)
    mixed = next(eq for eq in data["equilibria"] if eq["kind"] == "mixed")
    # Ann mixes to make Bob indifferent: 1*p = 2*(1-p) -> p = 2/3.
    # Bob mixes to make Ann indifferent: 2*q = 1.5*(1-q) -> q = 3/7.
    assert mixed["exact"]["row"] == ["2/3", "1/3"]
    assert mixed["exact"]["column"] == ["3/7", "4/7"]


def test_text_output_names_strategies_and_fractions(battle_file: Path) -> None:
    status, text = run("solve", str(battle_file))
    assert status == 0
    assert "3 equilibria" in text
    assert "Opera 2/3, Football 1/3" in text
    assert "Ann" in text and "Bob" in text


@pytest.mark.parametrize(
    ("argv", "fragment"),
    [
        (["--set", "typo=1"], "unknown parameter 'typo'; parameters are: bonus"),
        (["--set", "bonus=5"], "bonus = 5 is outside its range [0, 1]"),
        (["--set", "bonus=nan"], "not a finite number"),
    ],
)
def test_bad_parameters_give_one_line(
    battle_file: Path, capsys: pytest.CaptureFixture[str], argv: list[str], fragment: str
) -> None:
    status, text = run("solve", str(battle_file), *argv)
    err = capsys.readouterr().err
    assert status == 1 and text == ""
    assert err.count("\n") == 1 and fragment in err


def test_usage_error_is_one_line(battle_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as caught:
        run("solve", str(battle_file), "--set", "bonus")
    assert caught.value.code == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "expected NAME=VALUE" in err


def test_undefined_payoff_at_the_chosen_point_is_an_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = json.loads(json.dumps(BATTLE))
    data["payoffs"][0][0][0] = "1 / bonus"
    path = tmp_path / "g.json"
    path.write_text(json.dumps(data))
    status, _ = run("solve", str(path))
    assert status == 1
    assert "Ann's payoff at (Opera, Opera) '1 / bonus' is infinite" in capsys.readouterr().err
