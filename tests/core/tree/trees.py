"""Trees for the tests: a few built by hand, random ones for hypothesis, and an independent
backward induction to check the solver against."""

from __future__ import annotations

import json
from collections.abc import Iterator
from fractions import Fraction
from pathlib import Path
from typing import Any

from hypothesis import strategies as st

from explorer.core.io.tree_json import tree_from_dict
from explorer.core.tree.model import GameTree

ROOT = Path(__file__).resolve().parents[3]
EFG_DIR = ROOT / "tests" / "data" / "efg"
EFG_FILES = sorted(EFG_DIR.glob("*/*.efg"))
#: The bundled game trees (the library's "Tree:" entries).
BUNDLED = sorted(p for p in (ROOT / "games").glob("*.json") if '"explorer-tree/' in p.read_text())

ENTRY: dict[str, Any] = {
    "format": "explorer-tree/1",
    "title": "Entry",
    "players": ["Entrant", "Incumbent"],
    "nodes": [
        {
            "id": "start",
            "player": 1,
            "actions": [{"label": "Stay out", "child": "out"}, {"label": "Enter", "child": "in"}],
        },
        {"id": "out", "payoffs": [0, 4]},
        {
            "id": "in",
            "player": 2,
            "actions": [
                {"label": "Accommodate", "child": "acc"},
                {"label": "Fight", "child": "war"},
            ],
        },
        {"id": "acc", "payoffs": [2, 2]},
        {"id": "war", "payoffs": [-1, -1]},
    ],
}


def tree(data: dict[str, Any]) -> GameTree:
    return tree_from_dict(json.loads(json.dumps(data)))


def simultaneous(payoffs: list[list[tuple[int, int]]]) -> dict[str, Any]:
    """A matrix game as a tree: player 1 moves, player 2 moves without seeing it."""
    nodes: list[dict[str, Any]] = [
        {
            "id": "root",
            "player": 1,
            "actions": [{"label": f"r{i}", "child": f"c{i}"} for i in range(len(payoffs))],
        }
    ]
    for i, row in enumerate(payoffs):
        nodes.append(
            {
                "id": f"c{i}",
                "player": 2,
                "information_set": "column",
                "actions": [{"label": f"k{j}", "child": f"z{i}.{j}"} for j in range(len(row))],
            }
        )
        nodes.extend({"id": f"z{i}.{j}", "payoffs": list(cell)} for j, cell in enumerate(row))
    return {"format": "explorer-tree/1", "title": "Matrix", "players": ["A", "B"], "nodes": nodes}


@st.composite
def perfect_information_trees(
    draw: st.DrawFn, max_nodes: int = 14, chance: bool = True, generic: bool = False
) -> dict[str, Any]:
    """A random tree of perfect information as an ``explorer-tree/1`` object.

    Chance probabilities are exact fractions that sum to one. With ``generic``, there are
    no chance nodes and no outcomes at internal nodes, and every leaf has payoffs no other
    leaf has, for each player: backward induction then has a unique solution.
    """
    nodes: list[dict[str, Any]] = []
    pending = ["n0"]
    made = 1
    used: list[set[int]] = [set(), set()]
    while pending:
        key = pending.pop(0)
        kinds = (
            ["leaf"] if made >= max_nodes else ["leaf", "p1", "p2"] + (["chance"] if chance else [])
        )
        kind = (
            draw(st.sampled_from(kinds))
            if key != "n0"
            else draw(st.sampled_from(kinds[1:] or kinds))
        )
        node: dict[str, Any] = {"id": key}
        if kind == "leaf":
            node["payoffs"] = [_payoff(draw, used[p], generic) for p in (0, 1)]
        else:
            count = draw(st.integers(2, 3))
            children = [f"n{made + k}" for k in range(count)]
            made += count
            pending.extend(children)
            if kind == "chance":
                weights = draw(st.lists(st.integers(1, 4), min_size=count, max_size=count))
                total = sum(weights)
                node["player"] = "chance"
                node["actions"] = [
                    {"label": f"e{k}", "probability": f"{w}/{total}", "child": c}
                    for k, (w, c) in enumerate(zip(weights, children, strict=True))
                ]
            else:
                node["player"] = 1 if kind == "p1" else 2
                node["actions"] = [{"label": f"a{k}", "child": c} for k, c in enumerate(children)]
                if not generic and draw(st.booleans()):
                    node["payoffs"] = [draw(st.integers(-2, 2)), draw(st.integers(-2, 2))]
        nodes.append(node)
    return {"format": "explorer-tree/1", "title": "Random", "players": ["P1", "P2"], "nodes": nodes}


def _payoff(draw: st.DrawFn, used: set[int], generic: bool) -> int:
    if not generic:
        return draw(st.integers(-3, 3))
    value = draw(st.integers(-1000, 1000).filter(lambda v: v not in used))
    used.add(value)
    return value


def backward_induction_values(data: dict[str, Any]) -> set[tuple[Fraction, Fraction]]:
    """Every payoff pair some subgame-perfect equilibrium gives, by plain recursion over the
    file's nodes with exact fractions (ties broken each way); independent of the solver."""
    nodes = {node["id"]: node for node in data["nodes"]}

    def values(key: str) -> set[tuple[Fraction, Fraction]]:
        node = nodes[key]
        own = tuple(Fraction(str(v)) for v in node.get("payoffs", [0, 0]))
        if "actions" not in node:
            return {own}  # type: ignore[arg-type]
        below = [values(a["child"]) for a in node["actions"]]
        if node["player"] == "chance":
            found: set[tuple[Fraction, Fraction]] = {(Fraction(0), Fraction(0))}
            for action, options in zip(node["actions"], below, strict=True):
                p = Fraction(action["probability"])
                found = {(a + p * x, b + p * y) for a, b in found for x, y in options}
        else:
            mover = node["player"] - 1
            found = set()
            for choice in _combinations(below):
                best = max(v[mover] for v in choice)
                found |= {v for v in choice if v[mover] == best}
        return {(own[0] + x, own[1] + y) for x, y in found}

    return values(data["nodes"][0]["id"])


def _combinations(
    options: list[set[tuple[Fraction, Fraction]]],
) -> Iterator[tuple[tuple[Fraction, Fraction], ...]]:
    if not options:
        yield ()
        return
    for first in options[0]:
        for rest in _combinations(options[1:]):
            yield (first, *rest)
