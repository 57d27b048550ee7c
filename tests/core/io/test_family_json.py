"""Format explorer-game/2: strategy families in game files; version 1 stays as it was."""

from __future__ import annotations

import copy
import json
from pathlib import Path

import numpy as np
import pytest

from explorer.core.families import StrategyRange, family_game, family_of, table_of
from explorer.core.game import Game, Parameter
from explorer.core.io import GameFileError, game_text, load_game, parse_game_text, save_game
from explorer.core.io.json_format import to_json_text
from explorer.core.io.nfg import parse_nfg_text

GAMES = Path(__file__).resolve().parents[3] / "games"
VERSION_1_FILES = sorted(
    path
    for path in GAMES.glob("*.json")
    if json.loads(path.read_text(encoding="utf-8"))["format"] == "explorer-game/1"
)

FAMILY_FILE = {
    "format": "explorer-game/2",
    "title": "Two prices",
    "description": "A test.",
    "players": [
        {"name": "Ann", "strategies": [{"variable": "a", "start": 0, "stop": 1, "count": 11}]},
        {
            "name": "Bob",
            "strategies": ["Out", {"variable": "b", "start": 0.5, "stop": 2, "count": 4}],
        },
    ],
    "parameters": [{"name": "k", "default": 1, "min": 0, "max": 2, "description": ""}],
    "payoffs": [[["a * k", 0], ["a * (1 - b)", "b * (1 - a) * k"]]],
    "library": {"group": "Classics", "order": 99},
}


def changed(path: list, value: object) -> dict:
    data = copy.deepcopy(FAMILY_FILE)
    target = data
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = value
    return data


def test_a_family_file_loads_as_its_expanded_game() -> None:
    game = parse_game_text(json.dumps(FAMILY_FILE))
    assert game.shape == (11, 5)
    assert game.players[1].strategies == ("Out", "b=0.5", "b=1", "b=1.5", "b=2")
    A, B = game.evaluate({"k": 2})
    a = np.linspace(0, 1, 11)
    assert np.allclose(A[:, 0], 2 * a) and np.allclose(B[:, 0], 0)
    assert np.allclose(A[:, 1:], a[:, None] * (1 - np.array([0.5, 1, 1.5, 2])))
    assert game.extras["library"] == {"group": "Classics", "order": 99}


def test_a_family_game_saves_as_version_2_and_loads_back_the_same(tmp_path: Path) -> None:
    game = parse_game_text(json.dumps(FAMILY_FILE))
    text = to_json_text(game)
    assert json.loads(text) == FAMILY_FILE
    path = tmp_path / "prices.json"
    save_game(game, path)
    again = load_game(path)
    assert again == game and table_of(again) == table_of(game)
    assert path.read_text(encoding="utf-8") == text


def test_a_game_without_families_still_saves_as_version_1() -> None:
    plain = Game.build(
        "Plain",
        [("A", ["x", "y"]), ("B", ["z"])],
        [[[1, 2]], [["k", 0]]],
        [Parameter("k", 0, 0, 1)],
    )
    assert json.loads(to_json_text(plain))["format"] == "explorer-game/1"
    as_version_2 = json.loads(to_json_text(plain))
    as_version_2["format"] = "explorer-game/2"  # every version-1 file is a version-2 file
    reread = parse_game_text(json.dumps(as_version_2))
    assert reread == plain and family_of(reread) is None
    assert json.loads(to_json_text(reread))["format"] == "explorer-game/1"


@pytest.mark.parametrize("path", VERSION_1_FILES, ids=lambda p: p.stem)
def test_every_bundled_version_1_file_is_written_back_byte_for_byte(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    assert to_json_text(parse_game_text(text)) == text


def test_turning_the_families_into_single_strategies_saves_as_version_1() -> None:
    from explorer.core import edit

    game = parse_game_text(json.dumps(FAMILY_FILE))
    explicit = edit.split_family(edit.split_family(game, 0, 0), 1, 1)
    data = json.loads(to_json_text(explicit))
    assert data["format"] == "explorer-game/1"
    assert data["payoffs"][3][2] == ["0.3 * (1 - 1)", "1 * (1 - 0.3) * k"]
    assert np.allclose(parse_game_text(json.dumps(data)).evaluate()[1], game.evaluate()[1])


def test_a_gambit_export_writes_the_expanded_matrix() -> None:
    game = parse_game_text(json.dumps(FAMILY_FILE))
    exported = parse_nfg_text(game_text(game, ".nfg"))
    assert exported.shape == game.shape
    for mine, theirs in zip(game.evaluate(), exported.evaluate(), strict=True):
        assert np.allclose(mine, theirs)


@pytest.mark.parametrize(
    ("data", "fragment"),
    [
        (
            changed(["players", 0, "strategies", 0, "count"], 1),
            "has 1 values; a range has 2 to 101",
        ),
        (changed(["players", 0, "strategies", 0, "count"], 500), "a range has 2 to 101"),
        (changed(["players", 0, "strategies", 0, "count"], 2.5), "'count' must be a whole number"),
        (changed(["players", 0, "strategies", 0, "start"], 3), "must run upwards"),
        (changed(["players", 0, "strategies", 0, "start"], "0"), "'start' must be a number"),
        (changed(["players", 0, "strategies", 0, "stop"], 1e400), "must be a finite number"),
        (changed(["players", 0, "strategies", 0, "variable"], "1a"), "is not a valid name"),
        (changed(["players", 0, "strategies", 0, "variable"], "k"), "also the name of a parameter"),
        (changed(["players", 0, "strategies", 0, "from"], 0), "unknown key 'from'"),
        (changed(["players", 0, "strategies", 0], 7), "must be a strategy name or a family"),
        (changed(["payoffs", 0, 1, 0], "a * c"), "unknown name 'c'"),
        (changed(["payoffs", 0, 0, 0], "b"), "Ann's payoff at (a = 0 … 1 (11 values), Out)"),
        (changed(["payoffs", 0], [[0, 0]]), "has 1 cells but Bob has 2 blocks of strategies"),
        (changed(["format"], "explorer-game/1"), "strategy names must be text"),
    ],
)
def test_a_bad_family_file_is_one_sentence(tmp_path: Path, data: dict, fragment: str) -> None:
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(data).replace("Infinity", "1e400"), encoding="utf-8")
    with pytest.raises(GameFileError) as caught:
        load_game(path)
    message = str(caught.value)
    assert fragment in message, message
    assert message.startswith("Cannot open bad.json: ") and "\n" not in message


def test_a_family_game_built_in_code_has_the_file_form() -> None:
    game = family_game(
        "Coded",
        [("R", [StrategyRange("x", 0, 2, 3)]), ("C", ["Only"])],
        [[["x", "-x"]]],
    )
    data = json.loads(to_json_text(game))
    assert data["players"][0]["strategies"] == [
        {"variable": "x", "start": 0, "stop": 2, "count": 3}
    ]
    assert data["payoffs"] == [[["x", "-x"]]]


def test_the_example_in_the_contract_loads() -> None:
    contract = (GAMES.parent / "docs" / "contracts.md").read_text(encoding="utf-8")
    section = contract.split("## Game files with strategy families")[1]
    example = section.split("```json")[1].split("```")[0]
    game = parse_game_text(example)
    assert game.shape == (21, 22)
    assert game.players[1].strategies[-1] == "Exit"
    A, B = game.evaluate()
    assert A[7, 21] == pytest.approx(0.35 - 0.1) and B[7, 21] == 0
