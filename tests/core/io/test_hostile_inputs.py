"""Hostile and broken game files: each gives one clear sentence, runs no code, and nothing else."""

from __future__ import annotations

import copy
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from explorer.core.io import GameFileError, load_game

VALID: dict[str, Any] = {
    "format": "explorer-game/1",
    "title": "Test",
    "players": [
        {"name": "Row", "strategies": ["Up", "Down"]},
        {"name": "Column", "strategies": ["Left", "Right"]},
    ],
    "parameters": [{"name": "subsidy", "default": 0.2, "min": 0, "max": 1}],
    "payoffs": [[[1, "subsidy"], [0, 0]], [[0, 0], [1, 1]]],
}


def with_payoff(entry: object) -> dict[str, Any]:
    data = copy.deepcopy(VALID)
    data["payoffs"][0][0][0] = entry
    return data


def changed(path: list[Any], value: object) -> dict[str, Any]:
    data = copy.deepcopy(VALID)
    target = data
    for key in path[:-1]:
        target = target[key]
    if value is KeyError:
        del target[path[-1]]
    else:
        target[path[-1]] = value
    return data


# (name, file content: a JSON-able object or raw text, a fragment the one-sentence error must hold)
CASES: list[tuple[str, object, str]] = [
    ("import", with_payoff("__import__('os').system('touch /tmp/pwned')"), "only the functions"),
    ("attribute", with_payoff("subsidy.__class__"), "attribute access"),
    ("dunder name", with_payoff("__builtins__"), "unknown name '__builtins__'"),
    ("lambda", with_payoff("(lambda: 1)()"), "only the functions"),
    ("list comprehension", with_payoff("[x for x in (1,)]"), "comprehension"),
    ("generator", with_payoff("sum(x for x in (1, 2))"), "unknown function 'sum'"),
    ("huge power", with_payoff("9**9**9"), "exponent is too large"),
    ("megabyte formula", with_payoff("1+" * 500_000 + "1"), "too long"),
    ("deep brackets", with_payoff("(" * 100 + "1" + ")" * 100), "nested too deeply"),
    ("deep unary", with_payoff("-" * 500 + "1"), "nested too deeply"),
    ("walrus", with_payoff("(x := 1)"), "assignment"),
    ("subscript", with_payoff("subsidy[0]"), "indexing"),
    ("string literal", with_payoff("'a' * 3"), "not a number"),
    ("f-string", with_payoff("f'{subsidy}'"), "f-string"),
    ("keyword argument", with_payoff("max(subsidy, b=1)"), "keyword arguments"),
    ("floor division", with_payoff("subsidy // 2"), "floor division"),
    ("syntax error", with_payoff("1 +* 2"), "syntax error"),
    ("unknown parameter", with_payoff("subsidyy * 2"), "did you mean 'subsidy'"),
    ("nan formula", with_payoff("nan"), "unknown name 'nan'"),
    ("NaN token", "REPLACE_NAN", "'NaN' is not allowed"),
    ("Infinity token", "REPLACE_INF", "'Infinity' is not allowed"),
    ("payoff true", with_payoff(True), "true/false"),
    ("payoff null", with_payoff(None), "null"),
    ("payoff object", with_payoff({"a": 1}), "an object"),
    ("ragged row", changed(["payoffs", 1], [[0, 0]]), "has 1 cells"),
    ("too many rows", changed(["payoffs"], [*VALID["payoffs"], [[0, 0], [0, 0]]]), "has 3 rows"),
    ("cell of three", changed(["payoffs", 0, 0], [1, 2, 3]), "must be a pair"),
    ("missing payoffs", changed(["payoffs"], KeyError), "'payoffs' is missing"),
    ("missing title", changed(["title"], KeyError), "'title' is missing"),
    ("missing format", changed(["format"], KeyError), "'format' key"),
    ("future format", changed(["format"], "explorer-game/9"), "not supported"),
    ("other format", changed(["format"], "gambit"), "unknown format"),
    ("players not list", changed(["players"], "Row, Column"), "must be a list"),
    (
        "three players",
        changed(["players"], [*VALID["players"], {"name": "X", "strategies": ["a"]}]),
        "exactly 2",
    ),
    ("no strategies", changed(["players", 0, "strategies"], []), "has 0 strategies"),
    ("duplicate strategy", changed(["players", 0, "strategies"], ["Up", "Up"]), "twice"),
    ("same player names", changed(["players", 1, "name"], "Row"), "both players"),
    ("strategy number", changed(["players", 0, "strategies"], ["Up", 2]), "must be text"),
    ("default outside range", changed(["parameters", 0, "default"], 2), "outside its range"),
    ("min above max", changed(["parameters", 0, "min"], 5), "must be below max"),
    ("parameter name code", changed(["parameters", 0, "name"], "os.system"), "not a valid name"),
    ("parameter reserved", changed(["parameters", 0, "name"], "exp"), "reserved"),
    ("duplicate parameter", changed(["parameters"], VALID["parameters"] * 2), "declared twice"),
    ("parameter default text", changed(["parameters", 0, "default"], "0.2"), "must be a number"),
    (
        "too many strategies",
        changed(["players", 0, "strategies"], [f"s{i}" for i in range(60)]),
        "1 to 50",
    ),
    ("not an object", [1, 2, 3], "must hold a JSON object"),
    ("not json", "this is { not json", "not valid JSON"),
    ("empty file", "", "not valid JSON"),
    ("deep json", "[" * 100_000 + "]" * 100_000, "JSON"),
    ("binary junk", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\xff\xfe", "UTF-8"),
    # Issue 10: values that loaded, then broke a view, the save or the loader itself.
    ("range near the largest double", changed(["parameters", 0, "max"], 1.7e308), "too large"),
    ("range beyond the limit", changed(["parameters", 0, "min"], -2e12), "limit is 1e+12"),
    ("309-digit default", changed(["parameters", 0, "default"], 10**309), "'default' is too large"),
    ("309-digit payoff", with_payoff(-(10**309)), "number too large"),
    (
        "5000-digit default (beyond what Python reads)",
        changed(["parameters", 0, "default"], "REPLACE_DIGITS"),
        "a whole number of 5,000 digits is too large",
    ),
    (
        "350-digit preset periods",
        {**VALID, "repeated": {"periods": 10**350}},
        "not a whole number of 351 digits",
    ),
    ("payoff near the largest double", with_payoff(1e308), "number too large"),
    ("payoff beyond the limit", with_payoff("subsidy + 2e12"), "limit is 1e+12"),
    ("constant exponent overflows", with_payoff("2 ** (10 ** 400)"), "exponent is too large"),
    ("key nested 900 deep", {**VALID, "notes": "REPLACE_DEEP"}, "'notes' is nested more than"),
    ("huge extra text", {**VALID, "notes": "x" * 30_000}, "'notes' holds a text of more"),
    ("many extra values", {**VALID, "notes": [0] * 100_001}, "more than 100,000 values"),
    ("preset not an object", {**VALID, "repeated": 5}, "preset ('repeated') must be an object"),
    (
        "preset delta text",
        {**VALID, "repeated": {"discount_factor": "abc"}},
        "from 0 to 1, not text",
    ),
    ("preset periods huge", {**VALID, "repeated": {"periods": 1e308}}, "'periods' must be a whole"),
    (
        "preset cooperate number",
        {**VALID, "repeated": {"cooperate": 5}},
        "'cooperate' must be a pair",
    ),
    ("preset strategy list", {**VALID, "repeated": {"row": ["grim"]}}, "'row' (a strategy"),
    (
        "library order text",
        {**VALID, "library": {"order": "abc"}},
        "'order' must be a whole number",
    ),
    ("translation not an object", {**VALID, "translations": {"de": 1}}, "'de' must be an object"),
    (
        "translated strategy number",
        {**VALID, "translations": {"de": {"players": [{"strategies": [1]}, {}]}}},
        "a strategy of player 1 must be text",
    ),
]


def write_case(tmp_path: Path, content: object) -> Path:
    path = tmp_path / "game.json"
    if isinstance(content, bytes):
        path.write_bytes(content)
    elif content == "REPLACE_NAN":
        path.write_text(json.dumps(VALID).replace('"subsidy"]', "NaN]", 1))
    elif content == "REPLACE_INF":
        path.write_text(json.dumps(VALID).replace('"subsidy"]', "Infinity]", 1))
    elif isinstance(content, str):
        path.write_text(content)
    elif isinstance(content, dict) and content.get("notes") == "REPLACE_DEEP":
        deep = "[" * 900 + "]" * 900
        path.write_text(json.dumps(content).replace('"REPLACE_DEEP"', deep))
    else:
        path.write_text(json.dumps(content).replace('"REPLACE_DIGITS"', "9" * 5_000))
    return path


def test_the_valid_base_file_loads(tmp_path: Path) -> None:
    game = load_game(write_case(tmp_path, VALID))
    assert game.shape == (2, 2)


def test_there_are_at_least_thirty_hostile_cases() -> None:
    assert len(CASES) >= 30


@pytest.mark.parametrize(("name", "content", "fragment"), CASES, ids=[c[0] for c in CASES])
def test_hostile_file_gives_one_clear_sentence(
    tmp_path: Path, name: str, content: object, fragment: str
) -> None:
    path = write_case(tmp_path, content)
    with pytest.raises(GameFileError) as caught:
        load_game(path)
    message = str(caught.value)
    assert fragment in message
    assert message.startswith("Cannot open game.json: ")
    assert "\n" not in message and "Traceback" not in message
    assert len(message) < 400


def test_no_code_ran(tmp_path: Path) -> None:
    """The import-injection file above would have created this file had anything run it."""
    marker = Path("/tmp/pwned")
    marker.unlink(missing_ok=True)
    with pytest.raises(GameFileError):
        load_game(write_case(tmp_path, CASES[0][1]))
    assert not marker.exists()


def test_cli_reports_hostile_file_in_one_line_without_traceback(tmp_path: Path) -> None:
    path = write_case(tmp_path, with_payoff("__import__('os')"))
    result = subprocess.run(
        [sys.executable, "-m", "explorer", "solve", str(path)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 1
    assert result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "unknown function '__import__'" in lines[0]


def test_missing_file_and_folder(tmp_path: Path) -> None:
    with pytest.raises(GameFileError, match="no such file"):
        load_game(tmp_path / "absent.json")
    with pytest.raises(GameFileError, match="folder"):
        load_game(tmp_path)
