"""Hostile and broken tree files (JSON and ``.efg``): one clear sentence each, fast, never a
crash, never a hang; and random or damaged text only ever raises the file error."""

from __future__ import annotations

import copy
import json
import time
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from explorer.core.io import GameFileError, load_game, load_tree, parse_tree_text
from explorer.core.tree.model import MAX_NODES
from explorer.core.tree.perfect import subgame_perfect
from tests.core.tree.trees import EFG_DIR, ENTRY

#: Seconds any hostile file may take to be refused (it takes well under one).
QUICKLY = 10.0


def edited(change: Any) -> dict[str, Any]:
    data = copy.deepcopy(ENTRY)
    change(data)
    return data


def node(data: dict[str, Any], key: str) -> dict[str, Any]:
    return next(n for n in data["nodes"] if n["id"] == key)


def chance_root(probabilities: list[object]) -> dict[str, Any]:
    return {
        "format": "explorer-tree/1",
        "title": "Chance",
        "players": ["A", "B"],
        "parameters": [{"name": "p", "default": 0.5, "min": 0, "max": 1}],
        "nodes": [
            {
                "id": "c",
                "player": "chance",
                "actions": [
                    {"label": f"e{k}", "probability": p, "child": f"z{k}"}
                    for k, p in enumerate(probabilities)
                ],
            },
            *({"id": f"z{k}", "payoffs": [k, -k]} for k in range(len(probabilities))),
        ],
    }


def chain(length: int) -> dict[str, Any]:
    """A tree of ``length`` decisions in a row, each with a way out: deep, not wide."""
    nodes: list[dict[str, Any]] = []
    for k in range(length):
        nodes.append(
            {
                "id": f"d{k}",
                "player": k % 2 + 1,
                "actions": [
                    {"label": "Stop", "child": f"s{k}"},
                    {"label": "Go", "child": f"d{k + 1}" if k + 1 < length else "end"},
                ],
            }
        )
        nodes.append({"id": f"s{k}", "payoffs": [k % 3, (k + 1) % 3]})
    nodes.append({"id": "end", "payoffs": [1, 1]})
    return {"format": "explorer-tree/1", "title": "Chain", "players": ["A", "B"], "nodes": nodes}


def many_leaves(count: int) -> dict[str, Any]:
    return {
        "format": "explorer-tree/1",
        "title": "Big",
        "players": ["A", "B"],
        "nodes": [{"id": str(k), "payoffs": [0, 0]} for k in range(count)],
    }


def infoset_of(data: dict[str, Any], key: str, name: str) -> None:
    node(data, key)["information_set"] = name


def absent_minded(data: dict[str, Any]) -> None:
    node(data, "start")["information_set"] = "h"
    node(data, "in")["player"] = 1
    node(data, "in")["information_set"] = "h"
    node(data, "in")["actions"] = [
        {"label": "Stay out", "child": "acc"},
        {"label": "Enter", "child": "war"},
    ]


def forgets(data: dict[str, Any]) -> None:
    """Player 1 moves, player 2 moves, then player 1 cannot recall its first move."""
    data["nodes"] = [
        {
            "id": "r",
            "player": 1,
            "actions": [{"label": "L", "child": "a"}, {"label": "R", "child": "b"}],
        },
        {
            "id": "a",
            "player": 1,
            "information_set": "h",
            "actions": [{"label": "x", "child": "z1"}, {"label": "y", "child": "z2"}],
        },
        {
            "id": "b",
            "player": 1,
            "information_set": "h",
            "actions": [{"label": "x", "child": "z3"}, {"label": "y", "child": "z4"}],
        },
        *({"id": f"z{k}", "payoffs": [k, 0]} for k in range(1, 5)),
    ]


# (name, file object or text, fragment the one-sentence error must hold)
JSON_CASES: list[tuple[str, object, str]] = [
    ("cycle", edited(lambda d: node(d, "in")["actions"][0].update(child="start")), "cycle"),
    (
        "cycle off the root",
        edited(
            lambda d: d["nodes"].extend(
                [
                    {"id": "x", "player": 1, "actions": [{"label": "a", "child": "y"}]},
                    {"id": "y", "player": 2, "actions": [{"label": "b", "child": "x"}]},
                ]
            )
        ),
        "form a cycle",
    ),
    (
        "missing child",
        edited(lambda d: node(d, "in")["actions"][1].update(child="nowhere")),
        "no node with that id",
    ),
    ("no child", edited(lambda d: node(d, "in")["actions"][1].pop("child")), "has no child"),
    (
        "shared child",
        edited(lambda d: node(d, "in")["actions"][1].update(child="out")),
        "child of both",
    ),
    (
        "unreachable",
        edited(lambda d: d["nodes"].append({"id": "lost", "payoffs": [1, 1]})),
        "cannot be reached",
    ),
    ("empty node", edited(lambda d: node(d, "acc").pop("payoffs")), "no actions and no payoffs"),
    (
        "no actions",
        edited(lambda d: (node(d, "in").update(actions=[]), d.update(nodes=d["nodes"][:3]))),
        "no actions",
    ),
    ("duplicate id", edited(lambda d: node(d, "acc").update(id="war")), "two nodes are called"),
    ("root unknown", edited(lambda d: d.update(root="x")), "root 'x'"),
    ("player 3", edited(lambda d: node(d, "in").update(player=3)), "'player' must be 1, 2"),
    ("player text", edited(lambda d: node(d, "in").update(player="2")), "'player' must be 1, 2"),
    ("player true", edited(lambda d: node(d, "in").update(player=True)), "'player' must be 1, 2"),
    ("actions text", edited(lambda d: node(d, "in").update(actions="Fight")), "must be a list"),
    (
        "label number",
        edited(lambda d: node(d, "in")["actions"][0].update(label=7)),
        "'label' must be text",
    ),
    (
        "child number",
        edited(lambda d: node(d, "in")["actions"][0].update(child=3)),
        "'child' must be the id",
    ),
    (
        "same action twice",
        edited(lambda d: node(d, "in")["actions"][1].update(label="Accommodate")),
        "twice",
    ),
    ("payoffs text", edited(lambda d: node(d, "acc").update(payoffs="2, 2")), "must be a list"),
    ("three payoffs", edited(lambda d: node(d, "acc").update(payoffs=[1, 2, 3])), "needs 2"),
    (
        "payoff null",
        edited(lambda d: node(d, "acc").update(payoffs=[None, 1])),
        "a number or a formula",
    ),
    ("payoff true", edited(lambda d: node(d, "acc").update(payoffs=[True, 1])), "true/false"),
    (
        "payoff code",
        edited(lambda d: node(d, "acc").update(payoffs=["__import__('os')", 1])),
        "unknown function '__import__'",
    ),
    (
        "payoff huge",
        json.dumps(ENTRY).replace("[2, 2]", "[1e400, 2]"),
        "number too large",
    ),
    ("payoff digits", edited(lambda d: node(d, "acc").update(payoffs=["9" * 3000, 1])), "too long"),
    (
        "huge power",
        edited(lambda d: node(d, "acc").update(payoffs=["9**9**9", 1])),
        "exponent is too large",
    ),
    ("unknown key", edited(lambda d: node(d, "acc").update(colour="red")), "unknown key 'colour'"),
    ("id missing", edited(lambda d: node(d, "acc").pop("id")), "'id' must be text"),
    ("three players", edited(lambda d: d.update(players=["A", "B", "C"])), "exactly 2"),
    ("same players", edited(lambda d: d.update(players=["A", "A"])), "both players"),
    ("players text", edited(lambda d: d.update(players="AB")), "must be a list"),
    ("future format", edited(lambda d: d.update(format="explorer-tree/2")), "not supported"),
    ("nodes missing", edited(lambda d: d.pop("nodes")), "'nodes' is missing"),
    ("no nodes", edited(lambda d: d.update(nodes=[])), "no nodes"),
    ("node not object", edited(lambda d: d["nodes"].append(5)), "must be an object"),
    (
        "probability outside chance",
        edited(lambda d: node(d, "in")["actions"][0].update(probability=1)),
        "only chance moves",
    ),
    (
        "probability missing",
        chance_root([0.5, 0.5])
        | {
            "nodes": [
                {"id": "c", "player": "chance", "actions": [{"label": "a", "child": "z"}]},
                {"id": "z", "payoffs": [0, 0]},
            ]
        },
        "needs a 'probability'",
    ),
    ("negative probability", chance_root([-0.5, 1.5]), "cannot be negative"),
    ("probabilities sum", chance_root([0.5, 0.4]), "sum to 0.9, not 1"),
    ("probability formula undefined", chance_root(["log(p - p)", "1"]), "infinite"),
    ("probability unknown name", chance_root(["q", "1 - q"]), "unknown name 'q'"),
    ("probability list", chance_root([[0.5], 0.5]), "must be a number or a formula"),
    ("probability formula sum", chance_root(["p", "p + 0.1"]), "sum to 1.1, not 1 at p = 0.5"),
    ("probability text", chance_root(["half", "half"]), "unknown name 'half'"),
    (
        "infoset of two players",
        edited(lambda d: (infoset_of(d, "start", "h"), infoset_of(d, "in", "h"))),
        "holds node",
    ),
    (
        "infoset actions differ",
        edited(
            lambda d: (
                node(d, "in").update(player=1),
                infoset_of(d, "start", "h"),
                infoset_of(d, "in", "h"),
            )
        ),
        "actions must be the same",
    ),
    (
        "infoset action count",
        edited(
            lambda d: (
                node(d, "in").update(player=1),
                infoset_of(d, "start", "h"),
                infoset_of(d, "in", "h"),
                node(d, "in")["actions"].pop(),
                d["nodes"].pop(),
            )
        ),
        "with 1",
    ),
    ("absent-minded", edited(absent_minded), "already moved"),
    ("imperfect recall", edited(forgets), "perfect recall"),
    ("infoset number", edited(lambda d: node(d, "in").update(information_set=1)), "must be text"),
    ("too many nodes", many_leaves(MAX_NODES + 1), "the limit is 100,000"),
    ("a million nodes", many_leaves(1_000_000), "larger than 5 MB"),
    (
        "deep json",
        '{"format": "explorer-tree/1", "nodes": ' + "[" * 100_000 + "]" * 100_000 + "}",
        "nested too deeply",
    ),
    ("not json", "{ tree", "not valid JSON"),
    ("binary", b"\x89PNG\r\n\x1a\n\x00\x00\xff\xfe", "UTF-8"),
]

EFG_HEAD = 'EFG 2 R "T" { "A" "B" }\n'
EFG_CASES: list[tuple[str, str, str]] = [
    (
        "truncated",
        EFG_HEAD + 'p "" 1 1 "" { "L" "R" } 0\nt "" 1 "o" { 1, 1 }\n',
        "still needs 1 more child",
    ),
    ("extra node", EFG_HEAD + 't "" 1 "o" { 1, 1 }\nt "" 0\n', "after the last node"),
    (
        "undefined outcome",
        EFG_HEAD + 'p "" 1 1 "" { "L" "R" } 0\nt "" 1 "o" { 1, 1 }\nt "" 2\n',
        "outcome 2 is used before",
    ),
    (
        "outcome redefined",
        EFG_HEAD + 'p "" 1 1 "" { "L" "R" } 0\nt "" 1 "o" { 1, 1 }\nt "" 1 "o" { 2, 2 }\n',
        "described twice",
    ),
    ("infoset used first", EFG_HEAD + 'p "" 1 1 0\n', "used before its actions"),
    (
        "infoset redefined",
        EFG_HEAD
        + 'c "" 1 "" { "a" 1/2 "b" 1/2 } 0\n'
        + 'p "" 1 1 "" { "L" "R" } 0\nt "" 0\nt "" 0\n'
        + 'p "" 1 1 "" { "L" "X" } 0\nt "" 0\nt "" 0\n',
        "described twice",
    ),
    (
        "probabilities sum",
        EFG_HEAD + 'c "" 1 "" { "a" 1/2 "b" 1/3 } 0\nt "" 0\nt "" 0\n',
        "sum to 0.833333, not 1",
    ),
    (
        "negative probability",
        EFG_HEAD + 'c "" 1 "" { "a" -1/2 "b" 3/2 } 0\nt "" 0\nt "" 0\n',
        "cannot be negative",
    ),
    (
        "probability text",
        EFG_HEAD + 'c "" 1 "" { "a" "b" } 0\nt "" 0\nt "" 0\n',
        "expected the probability of 'a'",
    ),
    (
        "divide by zero",
        EFG_HEAD + 'c "" 1 "" { "a" 1/0 "b" 1 } 0\nt "" 0\nt "" 0\n',
        "divides by zero",
    ),
    ("huge payoff", EFG_HEAD + 't "" 1 "o" { 1e400, 1 }\n', "too large"),
    ("long number", EFG_HEAD + 't "" 1 "o" { ' + "9" * 1000 + ", 1 }\n", "too long to be a number"),
    ("three payoffs", EFG_HEAD + 't "" 1 "o" { 1, 2, 3 }\n', "needs 2"),
    ("player 3", EFG_HEAD + 'p "" 3 1 "" { "L" } 0\nt "" 0\n', "belongs to player 3"),
    ("three players", 'EFG 2 R "T" { "A" "B" "C" }\nt "" 0\n', "handles two-player games"),
    ("version 1", 'EFG 1 R "T" { "A" "B" }\nt "" 0\n', "version 2"),
    ("strategic game", 'NFG 1 R "T" { "A" "B" } { 1 1 }\n1 1\n', "strategic game"),
    ("bad node letter", EFG_HEAD + 'x "" 0\n', "'c' (chance), 'p' (player) or 't' (terminal)"),
    ("open quote", EFG_HEAD + 'p "unclosed 1 1\n', "never closed"),
    ("no nodes", EFG_HEAD, "no nodes"),
    ("empty", "", "empty"),
    ("null byte", EFG_HEAD + 't "\x00" 0\n', "binary data"),
    (
        "imperfect recall",
        EFG_HEAD
        + 'p "" 1 1 "" { "L" "R" } 0\n'
        + 'p "" 1 2 "" { "x" "y" } 0\nt "" 0\nt "" 0\n'
        + 'p "" 1 2 "" { "x" "y" } 0\nt "" 0\nt "" 0\n',
        "perfect recall",
    ),
    (
        "absent-minded",
        EFG_HEAD + 'p "" 1 1 "" { "L" "R" } 0\np "" 1 1 "" { "L" "R" } 0\nt "" 0\nt "" 0\nt "" 0\n',
        "already moved",
    ),
    ("player 0", EFG_HEAD + 'p "" 0 1 "" { "L" } 0\nt "" 0\n', "belongs to player 0"),
    ("six hundred thousand nodes", EFG_HEAD + 't "" 0\n' * 600_000, "the limit is 100,000"),
    ("a million nodes", EFG_HEAD + 't "" 0\n' * 1_000_000, "larger than 5 MB"),
]


def write(tmp_path: Path, content: object, suffix: str) -> Path:
    path = tmp_path / f"tree{suffix}"
    if isinstance(content, bytes):
        path.write_bytes(content)
    elif isinstance(content, str):
        path.write_text(content, encoding="utf-8")
    else:
        path.write_text(json.dumps(content), encoding="utf-8")
    return path


def refused_in_one_sentence(path: Path, fragment: str) -> None:
    for load in (load_tree, load_game):
        started = time.perf_counter()
        with pytest.raises(GameFileError) as caught:
            load(path)
        elapsed = time.perf_counter() - started
        message = str(caught.value)
        assert fragment in message, message
        assert message.startswith(f"Cannot open {path.name}: ")
        assert "\n" not in message and "Traceback" not in message and len(message) < 400
        assert elapsed < QUICKLY, f"{elapsed:.1f} s"


def test_the_base_tree_loads(tmp_path: Path) -> None:
    tree = load_tree(write(tmp_path, ENTRY, ".json"))
    assert len(tree) == 5 and load_game(write(tmp_path, ENTRY, ".json")).shape == (2, 2)


def test_there_are_many_hostile_trees() -> None:
    assert len(JSON_CASES) >= 40 and len(EFG_CASES) >= 20


@pytest.mark.parametrize(
    ("name", "content", "fragment"), JSON_CASES, ids=[c[0] for c in JSON_CASES]
)
def test_hostile_json_tree(tmp_path: Path, name: str, content: object, fragment: str) -> None:
    refused_in_one_sentence(write(tmp_path, content, ".json"), fragment)


@pytest.mark.parametrize(("name", "content", "fragment"), EFG_CASES, ids=[c[0] for c in EFG_CASES])
def test_hostile_efg_tree(tmp_path: Path, name: str, content: str, fragment: str) -> None:
    refused_in_one_sentence(write(tmp_path, content, ".efg"), fragment)


def test_a_deep_tree_loads_and_solves_without_recursion(tmp_path: Path) -> None:
    """Ten thousand decisions in a row (Python's stack holds a thousand calls): every pass
    is a loop."""
    path = write(tmp_path, chain(10_000), ".json")
    tree = load_tree(path)
    solution = subgame_perfect(tree)
    assert len(solution.profiles) >= 1 and len(tree) == 20_001
    with pytest.raises(GameFileError, match="more than 50 reduced strategies"):
        load_game(path)


def test_a_deep_efg_file_loads(tmp_path: Path) -> None:
    depth = 10_000
    body = 'p "" 1 {k} "" {{ "Stop" "Go" }} 0\nt "" 0\n'
    text = (
        EFG_HEAD + "".join(body.format(k=k + 1) for k in range(depth)) + 't "" 1 "end" { 1, 1 }\n'
    )
    tree = load_tree(write(tmp_path, text, ".efg"))
    assert len(tree) == 2 * depth + 1


# --- fuzzing ----------------------------------------------------------------------------------


def parse_or_refuse(text: str, suffix: str) -> None:
    try:
        parse_tree_text(text, suffix)
    except GameFileError as error:
        assert "\n" not in str(error)


SAMPLES = [
    (EFG_DIR / "gambit_tests" / "stripped_down_poker.efg").read_text(encoding="utf-8"),
    (EFG_DIR / "gambit_tests" / "chance_in_middle_with_nonterm_outcomes.efg").read_text(
        encoding="utf-8"
    ),
]


@settings(max_examples=300, deadline=None)
@given(st.text(st.sampled_from('EFG2R {}",\\/.-+e0123456789cpt\n'), max_size=200))
def test_random_text_only_ever_raises_game_file_error(text: str) -> None:
    parse_or_refuse(text, ".efg")
    parse_or_refuse(EFG_HEAD + text, ".efg")


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(SAMPLES), st.data())
def test_damaged_efg_files_only_ever_raise_game_file_error(text: str, data: st.DataObject) -> None:
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, min(len(text), start + 20)))
    parse_or_refuse(text[:start] + data.draw(st.text(max_size=5)) + text[end:], ".efg")


JSON_VALUES = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(-3, 3)
    | st.floats(allow_nan=False)
    | st.text(max_size=4),
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=6), inner, max_size=3)
    ),
    max_leaves=6,
)


@settings(max_examples=300, deadline=None)
@given(st.data())
def test_damaged_json_trees_only_ever_raise_game_file_error(data: st.DataObject) -> None:
    tree = copy.deepcopy(ENTRY)
    target: Any = tree
    for _ in range(data.draw(st.integers(1, 4))):
        if isinstance(target, dict) and target:
            key = data.draw(st.sampled_from(sorted(target)))
        elif isinstance(target, list) and target:
            key = data.draw(st.integers(0, len(target) - 1))
        else:
            break
        if not isinstance(target[key], dict | list) or data.draw(st.booleans()):
            target[key] = data.draw(JSON_VALUES)
            break
        target = target[key]
    parse_or_refuse(json.dumps(tree), ".json")
