"""Import, export, import gives the same tree: Gambit ``.efg`` files and the explorer's own
JSON tree form, each in its own format, and the structure across the two."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings

from explorer.core.formula import Formula
from explorer.core.io import GameFileError, load_tree, parse_tree_text
from explorer.core.io.efg import parse_efg_text, to_efg_text
from explorer.core.io.tree_json import to_tree_json_text, tree_from_dict, tree_to_dict
from explorer.core.tree.model import GameTree
from tests.core.tree.trees import EFG_FILES, ROOT, perfect_information_trees, tree

BUNDLED = sorted(
    p for p in (ROOT / "games").glob("*.json") if '"explorer-tree/' in p.read_text(encoding="utf-8")
)


def readable(path: Path) -> GameTree | None:
    try:
        return load_tree(path)
    except GameFileError:
        return None


LOADABLE = [p for p in EFG_FILES if readable(p) is not None]


def structure(tree: GameTree) -> tuple[object, ...]:
    """What both formats keep: players, moves, chance probabilities and payoffs (by value at
    the defaults: Gambit writes 2/4 as 1/2), information sets as sets of nodes (their names
    may differ across formats)."""
    point = tree.defaults()

    def values(formulas: tuple[Formula, ...] | None) -> tuple[float, ...] | None:
        return None if formulas is None else tuple(f.value(point) for f in formulas)

    return (
        tree.players,
        tuple(
            (n.player, n.actions, n.children, values(n.probabilities), values(n.payoffs))
            for n in tree.nodes
        ),
        tuple((h.player, h.actions, h.members) for h in tree.information_sets),
    )


def test_most_files_load() -> None:
    assert len(LOADABLE) >= 30


@pytest.mark.parametrize("path", LOADABLE, ids=[p.stem for p in LOADABLE])
def test_efg_import_export_import(path: Path) -> None:
    first = load_tree(path)
    again = parse_efg_text(to_efg_text(first))
    assert again == first
    assert to_efg_text(again) == to_efg_text(first)


@pytest.mark.parametrize("path", LOADABLE, ids=[p.stem for p in LOADABLE])
def test_efg_through_the_json_tree_form_keeps_the_game(path: Path) -> None:
    first = load_tree(path)
    through_json = parse_tree_text(to_tree_json_text(first))
    assert structure(through_json) == structure(first)
    assert parse_tree_text(to_tree_json_text(through_json)) == through_json
    assert structure(parse_efg_text(to_efg_text(through_json))) == structure(first)


@pytest.mark.parametrize("path", BUNDLED, ids=[p.stem for p in BUNDLED])
def test_bundled_tree_json_round_trip(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    first = parse_tree_text(text)
    assert to_tree_json_text(first) == text
    assert parse_tree_text(to_tree_json_text(first)) == first


@pytest.mark.parametrize("path", BUNDLED, ids=[p.stem for p in BUNDLED])
def test_bundled_tree_through_gambit_format(path: Path) -> None:
    """Exported at its defaults, a parametric tree reads back with numbers in its formulas'
    place and the same structure."""
    first = parse_tree_text(path.read_text(encoding="utf-8"))
    again = parse_efg_text(to_efg_text(first))
    assert [n.actions for n in again.nodes] == [n.actions for n in first.nodes]
    assert [h.members for h in again.information_sets] == [
        h.members for h in first.information_sets
    ]


@settings(max_examples=60, deadline=None)
@given(perfect_information_trees())
def test_random_trees_round_trip_in_both_formats(data: dict[str, object]) -> None:
    first = tree(data)
    assert tree_from_dict(json.loads(to_tree_json_text(first))) == first
    assert tree_from_dict(tree_to_dict(first)) == first
    assert structure(parse_efg_text(to_efg_text(first))) == structure(first)
