"""The explorer's own game-tree files (``*.json``, format ``explorer-tree/1``): read and write.

The format is a contract (``docs/contracts.md``). Nodes are a flat list that refer to their
children by id, so a file can say anything, and :func:`explorer.core.tree.build.build_tree`
checks it: missing or shared children, cycles, unreachable nodes, information sets, perfect
recall, formulas and probabilities, each in one sentence.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from typing import Any

from explorer.core.game import Game, GameError
from explorer.core.io.errors import GameFileError, preview
from explorer.core.io.errors import kind_of as _kind
from explorer.core.io.json_format import (
    _dump,
    _field,
    _parameter,
    _text,
    parameters_to_list,
)
from explorer.core.io.sections import check_sections
from explorer.core.tree.bridge import tree_game
from explorer.core.tree.build import NodeSpec, TreeHeader, build_tree, check_label
from explorer.core.tree.model import CHANCE, MAX_NODES, GameTree
from explorer.core.tree.strategies import StrategyLimitError

FORMAT = "explorer-tree/1"
_KNOWN_KEYS = {"format", "title", "description", "players", "parameters", "root", "nodes"}
_NODE_KEYS = {"id", "name", "player", "information_set", "actions", "payoffs", "outcome"}
_ID = re.compile(r"[^\x00-\x1f]{1,100}")


def is_tree_dict(data: object) -> bool:
    """True for a decoded JSON object that declares a tree format (any version)."""
    return isinstance(data, dict) and str(data.get("format", "")).startswith("explorer-tree/")


def tree_game_from_dict(data: Mapping[str, Any]) -> Game:
    """The tree's reduced strategic form as a game (how the matrix views open a tree)."""
    return strategic_game(tree_from_dict(data))


def strategic_game(tree: GameTree) -> Game:
    """:func:`~explorer.core.tree.bridge.tree_game`, its errors as file errors."""
    try:
        return tree_game(tree)
    except StrategyLimitError as error:
        raise GameFileError(
            f"{error}; open it with 'explorer solve' for its subgame-perfect equilibria"
        ) from None


def tree_from_dict(data: Mapping[str, Any]) -> GameTree:
    """Check a decoded ``explorer-tree/1`` object and build the :class:`GameTree`.

    Raises
    ------
    GameFileError
        With one sentence naming the key, node, action or information set at fault.
    """
    version = data.get("format")
    if version != FORMAT:
        raise GameFileError(
            f"the file's format {preview(version)} is not supported; this version reads {FORMAT!r}"
        )
    players = _field(data, "players", list)
    if len(players) != 2:
        raise GameFileError(f"'players' must list exactly 2 player names, not {len(players)}")
    for number, name in enumerate(players, start=1):
        if not isinstance(name, str):
            raise GameFileError(f"player {number}'s name must be text, not {_kind(name)}")
    raw_parameters = data.get("parameters", [])
    if not isinstance(raw_parameters, list):
        raise GameFileError(f"'parameters' must be a list, not {_kind(raw_parameters)}")
    nodes = _field(data, "nodes", list)
    if len(nodes) > MAX_NODES:
        raise GameFileError(f"the tree has {len(nodes):,} nodes; the limit is {MAX_NODES:,}")
    root = data.get("root")
    if root is not None and not isinstance(root, str):
        raise GameFileError(f"'root' must be the id of a node, not {_kind(root)}")
    extras = {k: v for k, v in data.items() if k not in _KNOWN_KEYS}
    check_sections(extras)
    header = TreeHeader(
        title=_text(data, "title", required=True),
        players=(players[0], players[1]),
        parameters=tuple(_parameter(p, k) for k, p in enumerate(raw_parameters, start=1)),
        description=_text(data, "description", required=False),
        extras=extras,
    )
    try:
        specs = [_node(spec, number) for number, spec in enumerate(nodes, start=1)]
        return build_tree(header, specs, root)
    except GameError as error:
        raise GameFileError(str(error)) from None


def _node(spec: object, number: int) -> NodeSpec:
    if not isinstance(spec, dict):
        raise GameFileError(f"node {number} must be an object with an 'id', not {_kind(spec)}")
    key = spec.get("id")
    if not isinstance(key, str) or not _ID.fullmatch(key):
        raise GameFileError(
            f"node {number}: 'id' must be text of 1 to 100 characters, not {_kind(key)}"
        )
    where = f"node '{key}'"
    unknown = sorted(set(spec) - _NODE_KEYS)
    if unknown:
        raise GameFileError(f"{where} has the unknown key '{unknown[0]}'")
    node = NodeSpec(key=key, where=where, name=_text(spec, "name", False, f"{where}: "))
    node.outcome = _text(spec, "outcome", False, f"{where}: ")
    if "payoffs" in spec:
        payoffs = spec["payoffs"]
        if not isinstance(payoffs, list):
            raise GameFileError(
                f"{where}: 'payoffs' must be a list of 2 payoffs, not {_kind(payoffs)}"
            )
        node.payoffs = payoffs
    player = spec.get("player")
    if player is None:
        if "actions" in spec:
            raise GameFileError(f"{where} has actions but no 'player' (1, 2 or \"chance\")")
        return node
    if player == "chance":
        node.player = CHANCE
    elif player in (1, 2) and not isinstance(player, bool):
        node.player = int(player) - 1
        information_set = spec.get("information_set")
        if information_set is not None and not isinstance(information_set, str):
            raise GameFileError(
                f"{where}: 'information_set' must be text, not {_kind(information_set)}"
            )
        if information_set is not None:
            check_label(f"the information set of {where}", information_set)
        node.information_set = information_set
    else:
        raise GameFileError(f"{where}: 'player' must be 1, 2 or \"chance\", not {preview(player)}")
    for k, action in enumerate(_field(spec, "actions", list, f"{where}: "), start=1):
        _action(node, action, k)
    return node


def _action(node: NodeSpec, action: object, number: int) -> None:
    where = f"action {number} of {node.where}"
    if not isinstance(action, dict):
        raise GameFileError(f"{where} must be an object with 'label' and 'child'")
    label = action.get("label")
    if not isinstance(label, str):
        raise GameFileError(f"{where}: 'label' must be text, not {_kind(label)}")
    child = action.get("child")
    if child is not None and not (isinstance(child, str) and _ID.fullmatch(child)):
        raise GameFileError(
            f"{where}: 'child' must be the id of a node (text of 1 to 100 characters), "
            f"not {preview(child)}"
        )
    node.actions.append(label)
    node.children.append(child)
    if node.player == CHANCE:
        if "probability" not in action:
            raise GameFileError(f"{where}: a chance move needs a 'probability'")
        node.probabilities.append(action["probability"])
    elif "probability" in action:
        raise GameFileError(f"{where}: only chance moves have a 'probability'")


# --- writing --------------------------------------------------------------------------------------


def tree_to_dict(tree: GameTree) -> dict[str, Any]:
    """The tree as the format's JSON object; numbers stay numbers, formulas stay text."""
    ids = _node_ids(tree)
    infoset_keys = _information_set_keys(tree)
    nodes = []
    for index, node in enumerate(tree.nodes):
        entry: dict[str, Any] = {"id": ids[index]}
        if node.name and node.name != ids[index]:
            entry["name"] = node.name
        if node.is_chance:
            entry["player"] = "chance"
        elif node.is_decision:
            assert node.player is not None
            entry["player"] = node.player + 1
            key = infoset_keys[node.information_set]
            if key is not None:
                entry["information_set"] = key
        if node.children:
            entry["actions"] = [
                _action_entry(node.actions[k], ids[child], node.probabilities, k)
                for k, child in enumerate(node.children)
            ]
        if node.payoffs is not None:
            entry["payoffs"] = [f.source for f in node.payoffs]
        if node.outcome:
            entry["outcome"] = node.outcome
        nodes.append(entry)
    data: dict[str, Any] = {
        "format": FORMAT,
        "title": tree.title,
        "description": tree.description,
        "players": list(tree.players),
        "parameters": parameters_to_list(tree.parameters),
        "nodes": nodes,
    }
    data.update(tree.extras)
    return data


def _action_entry(label: str, child: str, probabilities: Any, k: int) -> dict[str, Any]:
    entry: dict[str, Any] = {"label": label}
    if probabilities:
        entry["probability"] = probabilities[k].source
    entry["child"] = child
    return entry


def _node_ids(tree: GameTree) -> list[str]:
    """A node's name where it is unique and usable as an id, else ``n<k>`` (k in preorder)."""
    names = [node.name for node in tree.nodes]
    counts: dict[str, int] = {}
    for name in names:
        counts[name] = counts.get(name, 0) + 1
    generated = {f"n{k}" for k in range(len(names))}
    return [
        name
        if name and counts[name] == 1 and _ID.fullmatch(name) and name not in generated
        else f"n{k}"
        for k, name in enumerate(names)
    ]


def _information_set_keys(tree: GameTree) -> list[str | None]:
    """Keys for the sets that need one: named sets and sets of several nodes."""
    names = [h.name for h in tree.information_sets]
    keys: list[str | None] = []
    used: set[str] = set()
    for k, infoset in enumerate(tree.information_sets):
        if not infoset.name and len(infoset.members) == 1:
            keys.append(None)
            continue
        key = infoset.name if infoset.name and names.count(infoset.name) == 1 else f"h{k}"
        while key in used:
            key = f"{key}'"
        used.add(key)
        keys.append(key)
    return keys


def to_tree_json_text(tree: GameTree) -> str:
    """The tree as readable JSON text: a block per node, one line per action or leaf."""
    return tree_dict_text(tree_to_dict(tree))


def tree_dict_text(data: Mapping[str, Any]) -> str:
    """A tree file's JSON object as text (the layout :func:`to_tree_json_text` writes)."""
    return _layout(dict(data), 0) + "\n"


#: Objects of plain values up to this length are written on one line (actions, leaves).
_LINE = 100


def _is_plain(value: object) -> bool:
    if isinstance(value, list):
        return all(not isinstance(v, dict | list) for v in value)
    return not isinstance(value, dict)


def _layout(value: Any, level: int) -> str:
    """Like the game format's layout, but short objects of plain values stay on one line."""
    if isinstance(value, dict) and value:
        flat = json.dumps(value, ensure_ascii=False, allow_nan=False)
        if all(_is_plain(v) for v in value.values()) and len(flat) <= _LINE:
            return flat
        pad, inner = "  " * level, "  " * (level + 1)
        items = [
            f"{inner}{json.dumps(k, ensure_ascii=False)}: {_layout(v, level + 1)}"
            for k, v in value.items()
        ]
        return "{\n" + ",\n".join(items) + f"\n{pad}}}"
    if isinstance(value, list) and any(isinstance(v, dict) for v in value):
        pad, inner = "  " * level, "  " * (level + 1)
        return "[\n" + ",\n".join(f"{inner}{_layout(v, level + 1)}" for v in value) + f"\n{pad}]"
    return _dump(value, level)
