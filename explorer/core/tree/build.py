"""From a file's list of nodes (ids and child references) to a checked :class:`GameTree`.

Both readers (the explorer's JSON tree form and Gambit's ``.efg``) describe nodes as
:class:`NodeSpec` records that refer to their children by key. :func:`build_tree` resolves the
references and checks, one sentence per problem: missing children, shared children, cycles,
unreachable nodes, empty nodes, the rules of information sets, perfect recall (in
:mod:`explorer.core.tree.recall`), the formulas, and the chance probabilities at the defaults.
Every pass is a loop over an explicit stack, so a deep tree cannot exhaust Python's stack.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from explorer.core.formula import Formula, FormulaError
from explorer.core.game import MAX_NAME_LENGTH, Parameter, _check_name, _check_text
from explorer.core.tree.model import (
    CHANCE,
    MAX_ACTIONS,
    MAX_NODES,
    GameTree,
    InformationSet,
    Node,
    TreeError,
)
from explorer.core.tree.probabilities import check_probabilities
from explorer.core.tree.recall import check_information_sets

Entry = str | int | float


@dataclass
class NodeSpec:
    """One node as a file describes it.

    ``player`` is 0 or 1 for a decision, :data:`CHANCE` for chance and ``None`` for a terminal
    node. ``children`` are keys of other nodes (``None`` for an action whose child is missing).
    ``information_set`` is the key of the node's information set; ``None`` makes the node a set
    of its own. ``where`` names the node in messages ("node 'start'", "node 5 (line 9)").
    """

    key: str
    where: str
    name: str = ""
    player: int | None = None
    actions: list[str] = field(default_factory=list)
    children: list[str | None] = field(default_factory=list)
    probabilities: list[Entry] = field(default_factory=list)
    payoffs: list[Entry] | None = None
    outcome: str = ""
    information_set: str | None = None


@dataclass(frozen=True)
class TreeHeader:
    """What a tree file says besides its nodes."""

    title: str
    players: tuple[str, str]
    parameters: tuple[Parameter, ...] = ()
    description: str = ""
    extras: Mapping[str, Any] = field(default_factory=dict)
    #: Names of information sets by key (a set without an entry is named by its key).
    information_set_names: Mapping[str, str] = field(default_factory=dict)


def build_tree(header: TreeHeader, specs: Sequence[NodeSpec], root: str | None = None) -> GameTree:
    """Check ``specs`` and build the tree rooted at ``root`` (default: the first node).

    Raises
    ------
    TreeError
        With one sentence naming the node, action or information set at fault.
    """
    _check_header(header)
    if not specs:
        raise TreeError("the tree has no nodes")
    if len(specs) > MAX_NODES:
        raise TreeError(f"the tree has {len(specs):,} nodes; the limit is {MAX_NODES:,}")
    index = _index(specs)
    root_index = 0 if root is None else _root_index(index, root)
    children = _resolve_children(specs, index)
    order = _preorder(specs, children, root_index)
    infosets, membership = _information_sets(header, [specs[k] for k in order])
    nodes = _nodes_in_preorder(header, specs, children, order, membership)
    tree = GameTree(
        title=header.title,
        players=header.players,
        nodes=tuple(nodes),
        information_sets=tuple(infosets),
        parameters=header.parameters,
        description=header.description,
        extras=dict(header.extras),
    )
    check_information_sets(tree, [specs[k].where for k in order])
    check_probabilities(tree, tree.defaults(), [specs[k].where for k in order])
    return tree


# --- header -------------------------------------------------------------------------------------


def check_label(what: str, label: object) -> str:
    """A player, action or set label: text on one line, not empty, not too long."""
    _check_name(what, label)
    return str(label)


def _check_header(header: TreeHeader) -> None:
    _check_text("the title", header.title)
    _check_text("the description", header.description)
    if len(header.players) != 2:
        raise TreeError(f"a tree needs exactly 2 players, not {len(header.players)}")
    for number, name in enumerate(header.players, start=1):
        check_label(f"the name of player {number}", name)
    if header.players[0] == header.players[1]:
        raise TreeError(f"both players are called '{header.players[0]}'")
    names = [p.name for p in header.parameters]
    repeated = sorted({n for n in names if names.count(n) > 1})
    if repeated:
        raise TreeError(f"the parameter '{repeated[0]}' is declared twice")


# --- references -----------------------------------------------------------------------------


def _index(specs: Sequence[NodeSpec]) -> dict[str, int]:
    index: dict[str, int] = {}
    for k, spec in enumerate(specs):
        if spec.key in index:
            raise TreeError(f"two nodes are called '{spec.key}'; node ids must be unique")
        index[spec.key] = k
    return index


def _root_index(index: Mapping[str, int], root: str) -> int:
    if root not in index:
        raise TreeError(f"the root '{root}' is not one of the nodes")
    return index[root]


def _resolve_children(specs: Sequence[NodeSpec], index: Mapping[str, int]) -> list[list[int]]:
    """Child indices per node; a bad action label, or a missing or unknown child, is an error."""
    resolved = []
    for spec in specs:
        if len(spec.actions) > MAX_ACTIONS:
            raise TreeError(
                f"{spec.where} has {len(spec.actions)} actions; the limit is {MAX_ACTIONS}"
            )
        row = []
        for action, child in zip(spec.actions, spec.children, strict=True):
            check_label(f"an action of {spec.where}", action)
            if child is None:
                raise TreeError(f"action '{action}' of {spec.where} has no child node")
            if child not in index:
                raise TreeError(
                    f"action '{action}' of {spec.where} leads to '{child}', "
                    "but there is no node with that id"
                )
            row.append(index[child])
        resolved.append(row)
    return resolved


def _preorder(specs: Sequence[NodeSpec], children: Sequence[Sequence[int]], root: int) -> list[int]:
    """The nodes in preorder from ``root``; cycles, shared and unreachable nodes are errors."""
    parent = [-1] * len(specs)
    for k, row in enumerate(children):
        for child in row:
            if child == root:
                raise TreeError(
                    f"{specs[k].where} leads back to the root {specs[root].where}, "
                    "which makes a cycle"
                )
            if parent[child] != -1:
                raise TreeError(
                    f"{specs[child].where} is the child of both {specs[parent[child]].where} "
                    f"and {specs[k].where}; in a tree every node has one parent"
                )
            parent[child] = k
    order, stack = [], [root]
    while stack:
        node = stack.pop()
        order.append(node)
        stack.extend(reversed(children[node]))
    if len(order) < len(specs):
        _explain_unreached(specs, parent, set(order))
    return order


def _explain_unreached(specs: Sequence[NodeSpec], parent: Sequence[int], reached: set[int]) -> None:
    """A node not reached from the root is on a cycle, or below a node without a parent."""
    start = next(k for k in range(len(specs)) if k not in reached)
    seen: list[int] = []
    node = start
    while node != -1 and node not in seen:
        seen.append(node)
        node = parent[node]
    if node != -1:
        cycle = seen[seen.index(node) :][::-1]
        names = " → ".join(specs[k].where for k in [*cycle, cycle[0]])
        raise TreeError(f"the nodes {names} form a cycle")
    raise TreeError(
        f"{specs[start].where} cannot be reached from the root; every node must hang below the root"
    )


# --- nodes --------------------------------------------------------------------------------------


class _FormulaCache:
    """Compiles each distinct payoff or probability text once (big trees repeat them)."""

    def __init__(self, parameters: Sequence[str]) -> None:
        self._parameters = frozenset(parameters)
        self._known: dict[tuple[type, Entry], Formula] = {}

    def __call__(self, entry: object, where: str) -> Formula:
        if isinstance(entry, bool) or not isinstance(entry, str | int | float):
            kind = "true/false" if isinstance(entry, bool) else type(entry).__name__
            raise TreeError(f"{where} holds {kind}; it must be a number or a formula")
        key = (type(entry), entry)
        formula = self._known.get(key)
        if formula is None:
            try:
                formula = Formula(entry, self._parameters)
            except FormulaError as error:
                raise TreeError(f"{where}: {error.message}") from None
            self._known[key] = formula
        return formula


def _nodes_in_preorder(
    header: TreeHeader,
    specs: Sequence[NodeSpec],
    children: Sequence[Sequence[int]],
    order: Sequence[int],
    membership: Sequence[int],
) -> list[Node]:
    position = {k: p for p, k in enumerate(order)}
    compile_formula = _FormulaCache([p.name for p in header.parameters])
    return [
        _node(header, specs[k], [position[c] for c in children[k]], compile_formula, membership[p])
        for p, k in enumerate(order)
    ]


def _node(
    header: TreeHeader,
    spec: NodeSpec,
    children: list[int],
    compile_formula: _FormulaCache,
    information_set: int,
) -> Node:
    where = spec.where
    if len(spec.name) > MAX_NAME_LENGTH:
        raise TreeError(f"the name of {where} is longer than {MAX_NAME_LENGTH} characters")
    payoffs = None
    if spec.payoffs is not None:
        if len(spec.payoffs) != 2:
            raise TreeError(f"{where} has {len(spec.payoffs)} payoffs; it needs 2, one per player")
        payoffs = (
            compile_formula(spec.payoffs[0], f"{where}: {header.players[0]}'s payoff"),
            compile_formula(spec.payoffs[1], f"{where}: {header.players[1]}'s payoff"),
        )
    if spec.player is None:
        if spec.actions:
            raise TreeError(f"{where} has actions but no player or chance to choose them")
        if payoffs is None:
            raise TreeError(f"{where} has no actions and no payoffs; a leaf needs payoffs")
        return Node(spec.name, None, payoffs=payoffs, outcome=spec.outcome)
    if not spec.actions:
        raise TreeError(f"{where} has no actions; a node where nobody moves needs payoffs")
    if spec.player not in (0, 1, CHANCE):
        raise TreeError(f"{where} names player {spec.player}; the players are 1 and 2")
    repeated = [a for a in spec.actions if spec.actions.count(a) > 1]
    if repeated:
        raise TreeError(f"{where} has the action '{repeated[0]}' twice")
    probabilities: tuple[Formula, ...] = ()
    if spec.player == CHANCE:
        if len(spec.probabilities) != len(spec.actions):
            raise TreeError(
                f"chance {where} has {len(spec.actions)} actions but "
                f"{len(spec.probabilities)} probabilities"
            )
        probabilities = tuple(
            compile_formula(p, f"{where}: the probability of '{a}'")
            for a, p in zip(spec.actions, spec.probabilities, strict=True)
        )
    return Node(
        spec.name,
        spec.player,
        actions=tuple(spec.actions),
        children=tuple(children),
        probabilities=probabilities,
        payoffs=payoffs,
        outcome=spec.outcome,
        information_set=information_set,
    )


def _information_sets(
    header: TreeHeader, specs: Sequence[NodeSpec]
) -> tuple[list[InformationSet], list[int]]:
    """Group the decision nodes (``specs`` in preorder) by key, in order of first appearance,
    and check what each group shares; also each node's set (-1 for other nodes)."""
    groups: dict[str, list[int]] = {}
    ordered: list[tuple[str | None, list[int]]] = []
    for n, spec in enumerate(specs):
        if spec.player not in (0, 1):
            continue
        key = spec.information_set
        if key is None:
            ordered.append((None, [n]))
        elif key in groups:
            groups[key].append(n)
        else:
            groups[key] = [n]
            ordered.append((key, groups[key]))
    infosets: list[InformationSet] = []
    membership = [-1] * len(specs)
    for key, members in ordered:
        first = specs[members[0]]
        assert first.player is not None  # decision nodes have a player
        label = f"information set '{key}'"
        for member in members[1:]:
            _check_member(header, first, specs[member], label)
        name = "" if key is None else header.information_set_names.get(key, key)
        for member in members:
            membership[member] = len(infosets)
        infosets.append(InformationSet(name, first.player, tuple(first.actions), tuple(members)))
    return infosets, membership


def _check_member(header: TreeHeader, first: NodeSpec, other: NodeSpec, label: str) -> None:
    if other.player != first.player:
        raise TreeError(
            f"{label} holds {first.where} of {_player(header, first.player)} and "
            f"{other.where} of {_player(header, other.player)}; one player moves in a set"
        )
    if len(other.actions) != len(first.actions):
        raise TreeError(
            f"{label} holds {first.where} with {len(first.actions)} actions and {other.where} "
            f"with {len(other.actions)}; nodes a player cannot tell apart offer the same actions"
        )
    if other.actions != first.actions:
        raise TreeError(
            f"{label} holds {first.where} with the actions {', '.join(first.actions)} and "
            f"{other.where} with {', '.join(other.actions)}; the actions must be the same"
        )


def _player(header: TreeHeader, player: int | None) -> str:
    if player in (0, 1):
        return header.players[player]
    return "chance"
