"""Edits of a game tree as pure functions: each takes a tree and returns a new, checked one.

An edit works on the tree as a file describes it (:class:`~.build.NodeSpec` records that
name their children by key) and builds it again with :func:`~.build.build_tree`, so an
edit that breaks a rule (perfect recall, probabilities that do not sum to one, a formula
with an unknown name, two actions with one label) is refused with the one sentence a file
would get. Each edit says where the old nodes went (:attr:`TreeEdit.moved`), so that the
app can keep its selection and the texts typed at nodes. Moves added to a node of an
information set are added at every node of the set, and so are renamed, removed and
reordered moves: the nodes of a set offer the same actions.

It stays one module (over 400 lines) because every edit goes through the same rebuild and
the same record of moved nodes.
"""

from __future__ import annotations

import itertools
from collections.abc import Collection, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from fractions import Fraction
from typing import Literal, TypeVar

from explorer.core.edit import rename_in_formula
from explorer.core.formula import Formula
from explorer.core.game import Game, GameError
from explorer.core.i18n import _
from explorer.core.tree.build import Entry, NodeSpec, TreeHeader, build_tree, check_label
from explorer.core.tree.model import CHANCE, GameTree, TreeError
from explorer.core.tree.recall import own_sequences

#: What a typed entry sets: a payoff (index: the player) or a chance probability (the action).
SlotKind = Literal["payoff", "probability"]
PAYOFF: SlotKind = "payoff"
PROBABILITY: SlotKind = "probability"
#: One number or formula of the tree: (node, kind, player or action).
Slot = tuple[int, SlotKind, int]
T = TypeVar("T")


@dataclass(frozen=True)
class TreeEdit:
    """The tree after an edit, where the old nodes went, and the node the edit concerns."""

    tree: GameTree
    moved: Mapping[int, int]  # old node -> its number in the new tree (deleted nodes absent)
    selected: int = 0


@dataclass
class _Draft:
    """A tree as specs keyed by the old node numbers (new nodes by ``+k``), being edited."""

    tree: GameTree
    specs: dict[str, NodeSpec]
    names: dict[str, str]  # information-set key -> name
    fresh: Iterator[int] = field(default_factory=itertools.count)

    @classmethod
    def of(cls, tree: GameTree) -> _Draft:
        specs = {}
        for k, node in enumerate(tree.nodes):
            specs[str(k)] = NodeSpec(
                key=str(k),
                where=f"node '{tree.node_label(k)}'",
                name=node.name,
                player=node.player,
                actions=list(node.actions),
                children=[str(c) for c in node.children],
                probabilities=[f.source for f in node.probabilities],
                payoffs=None if node.payoffs is None else [f.source for f in node.payoffs],
                outcome=node.outcome,
                information_set=f"h{node.information_set}" if node.is_decision else None,
            )
        names = {f"h{k}": h.name for k, h in enumerate(tree.information_sets)}
        return cls(tree, specs, names)

    def spec(self, node: int) -> NodeSpec:
        return self.specs[str(node)]

    def new_leaf(self, payoffs: Sequence[Entry] = (0, 0)) -> str:
        key = f"+{next(self.fresh)}"
        self.specs[key] = NodeSpec(key=key, where="the new node", payoffs=list(payoffs))
        return key

    def new_set(self) -> str:
        """The key of a new, unnamed information set."""
        key = f"+{next(self.fresh)}"
        self.names[key] = ""
        return key

    def members(self, node: int) -> list[NodeSpec]:
        """The specs of every node in ``node``'s information set (just ``node`` for chance)."""
        tree_node = self.tree.nodes[node]
        if not tree_node.is_decision:
            return [self.spec(node)]
        members = self.tree.information_sets[tree_node.information_set].members
        return [self.spec(m) for m in members]

    def remove_below(self, key: str) -> None:
        """Delete the nodes below ``key`` (not ``key`` itself)."""
        stack = [c for c in self.specs[key].children if c is not None]
        while stack:
            child = self.specs.pop(stack.pop())
            stack.extend(c for c in child.children if c is not None)

    def build(self, selected: int | str = 0) -> TreeEdit:
        tree = self.tree
        header = TreeHeader(
            title=tree.title,
            players=tree.players,
            parameters=tree.parameters,
            description=tree.description,
            extras=dict(tree.extras),
            information_set_names=self.names,
        )
        built = build_tree(header, list(self.specs.values()), root="0")
        order = self._preorder()
        moved = {int(key): k for k, key in enumerate(order) if not key.startswith("+")}
        chosen = order.index(selected) if isinstance(selected, str) else moved.get(selected, 0)
        return TreeEdit(built, moved, chosen)

    def _preorder(self) -> list[str]:
        order, stack = [], ["0"]
        while stack:
            key = stack.pop()
            order.append(key)
            stack.extend(c for c in reversed(self.specs[key].children) if c is not None)
        return order


def blank_tree() -> GameTree:
    """A new tree to start from (File › New game tree): player 1 chooses between two moves,
    each ending the game with payoffs (0, 0)."""
    header = TreeHeader(title=_("Untitled game tree"), players=(_("Player 1"), _("Player 2")))
    specs = [
        NodeSpec("root", "the root", player=0, actions=[f"{_('Move')} 1", f"{_('Move')} 2"]),
        NodeSpec("a", "the first leaf", payoffs=[0, 0]),
        NodeSpec("b", "the second leaf", payoffs=[0, 0]),
    ]
    specs[0].children = ["a", "b"]
    return build_tree(header, specs)


# --- moves -------------------------------------------------------------------------------------


def _fresh_label(base: str, taken: Collection[str]) -> str:
    """``base 1``, ``base 2``, ...: the first not yet taken."""
    return next(label for k in itertools.count(1) if (label := f"{base} {k}") not in taken)


def add_action(tree: GameTree, node: int, label: str | None = None) -> TreeEdit:
    """A new move at ``node`` (and every node of its information set), leading to a leaf
    paying (0, 0); a chance move gets probability 0, so the probabilities still sum to one.

    Raises
    ------
    TreeError
        For a leaf (see :func:`expand_leaf`) or a label the node already has.
    """
    if tree.nodes[node].is_terminal:
        raise TreeError(_("A leaf has no moves to add to; give it a player first."))
    draft = _Draft.of(tree)
    name = label.strip() if label is not None else _fresh_label(_("Move"), tree.nodes[node].actions)
    child = ""
    for spec in draft.members(node):
        leaf = draft.new_leaf()
        spec.actions.append(name)
        spec.children.append(leaf)
        if spec.player == CHANCE:
            spec.probabilities.append(0)
        if spec.key == str(node):
            child = leaf
    return draft.build(child)


def expand_leaf(tree: GameTree, node: int, player: int) -> TreeEdit:
    """The leaf becomes a move of ``player`` (0, 1 or :data:`CHANCE`) with two actions, each
    leading to a leaf with the old leaf's payoffs; chance gets probabilities 1/2 and 1/2."""
    if not tree.nodes[node].is_terminal:
        raise TreeError(_("Only a leaf can be given a player; this node has moves already."))
    draft = _Draft.of(tree)
    spec = draft.spec(node)
    payoffs = spec.payoffs or [0, 0]
    base = _("Event") if player == CHANCE else _("Move")
    spec.player = player
    spec.actions = [f"{base} 1", f"{base} 2"]
    spec.children = [draft.new_leaf(payoffs), draft.new_leaf(payoffs)]
    spec.probabilities = ["1/2", "1/2"] if player == CHANCE else []
    spec.payoffs = None
    spec.outcome = ""
    spec.information_set = draft.new_set() if player != CHANCE else None
    return draft.build(node)


def remove_action(tree: GameTree, node: int, action: int) -> TreeEdit:
    """Delete a move and everything below it, at every node of the information set.

    Chance probabilities that are all numbers are scaled to sum to one again.
    """
    if len(tree.nodes[node].actions) < 2:
        raise TreeError(
            _(
                "'{action}' is the only move at this node; delete the moves below the node "
                "to make it a leaf."
            ).format(action=tree.nodes[node].actions[action])
        )
    draft = _Draft.of(tree)
    for spec in draft.members(node):
        removed = spec.children.pop(action)
        spec.actions.pop(action)
        if removed is not None:
            draft.remove_below(removed)
            del draft.specs[removed]
        if spec.player == CHANCE:
            spec.probabilities.pop(action)
            spec.probabilities = _rescaled(spec.probabilities)
    return draft.build(node)


def _rescaled(probabilities: list[Entry]) -> list[Entry]:
    """Numbers (and fractions such as "1/3") scaled to sum to one; formulas left as they are."""
    try:
        exact = [Fraction(str(p)) for p in probabilities]
    except (ValueError, ZeroDivisionError):
        return probabilities
    total = sum(exact)
    if total == 1:
        return probabilities
    exact = [p / total for p in exact] if total else [Fraction(1, len(exact))] * len(exact)
    return [int(p) if p.denominator == 1 else f"{p.numerator}/{p.denominator}" for p in exact]


def make_leaf(tree: GameTree, node: int) -> TreeEdit:
    """Delete every move below ``node``: it becomes a leaf paying its outcome, or (0, 0)."""
    draft = _Draft.of(tree)
    spec = draft.spec(node)
    draft.remove_below(spec.key)
    spec.player = None
    spec.actions, spec.children, spec.probabilities = [], [], []
    spec.information_set = None
    spec.payoffs = spec.payoffs or [0, 0]
    return draft.build(node)


def move_action(tree: GameTree, node: int, action: int, to: int) -> TreeEdit:
    """Move the branch ``action`` of ``node`` (and its set's nodes) to position ``to``."""
    draft = _Draft.of(tree)
    for spec in draft.members(node):
        _move(spec.actions, action, to)
        _move(spec.children, action, to)
        if spec.probabilities:
            _move(spec.probabilities, action, to)
    return draft.build(node)


def _move(values: list[T], index: int, to: int) -> None:
    values.insert(to, values.pop(index))


def rename_action(tree: GameTree, node: int, action: int, label: str) -> TreeEdit:
    """Give a move a new label, at every node of its information set."""
    check_label("an action", label.strip())
    draft = _Draft.of(tree)
    for spec in draft.members(node):
        spec.actions[action] = label.strip()
    return draft.build(node)


def rename_node(tree: GameTree, node: int, name: str) -> TreeEdit:
    """Name a node (an empty name clears it; the node is then labelled by its path)."""
    draft = _Draft.of(tree)
    draft.spec(node).name = name.strip()
    return draft.build(node)


def set_player(tree: GameTree, node: int, player: int) -> TreeEdit:
    """Who moves at ``node``: player 0 or 1, or :data:`CHANCE` (equal probabilities).

    The node leaves its information set.
    """
    current = tree.nodes[node]
    if current.is_terminal:
        return expand_leaf(tree, node, player)
    if current.player == player:
        return TreeEdit(tree, {k: k for k in range(len(tree.nodes))}, node)
    draft = _Draft.of(tree)
    spec = draft.spec(node)
    spec.player = player
    count = len(spec.actions)
    if player == CHANCE:
        spec.probabilities = [1 if count == 1 else f"1/{count}"] * count
        spec.information_set = None
    else:
        spec.probabilities = []
        spec.information_set = draft.new_set()
    return draft.build(node)


# --- numbers and formulas ----------------------------------------------------------------------


def set_entries(tree: GameTree, entries: Mapping[Slot, Entry]) -> TreeEdit:
    """Payoffs and chance probabilities as numbers or formula text, all in one edit.

    A payoff at a node without an outcome gives it one (the other player's payoff 0 there).
    """
    draft = _Draft.of(tree)
    for (node, kind, index), entry in entries.items():
        spec = draft.spec(node)
        if kind == PAYOFF:
            spec.payoffs = list(spec.payoffs or [0, 0])
            spec.payoffs[index] = entry
        elif spec.player == CHANCE:
            spec.probabilities[index] = entry
        else:
            raise TreeError(_("Only chance moves have probabilities."))
    first = next(iter(entries), (0, PAYOFF, 0))
    return draft.build(first[0])


def clear_outcome(tree: GameTree, node: int) -> TreeEdit:
    """Remove the payoffs at an inner node (a leaf must keep its payoffs)."""
    if tree.nodes[node].is_terminal:
        raise TreeError(_("A leaf needs payoffs; change them instead."))
    draft = _Draft.of(tree)
    draft.spec(node).payoffs = None
    draft.spec(node).outcome = ""
    return draft.build(node)


def entry_of(tree: GameTree, slot: Slot) -> Formula | None:
    """The number or formula at ``slot`` (None for a payoff at a node without an outcome)."""
    node, kind, index = slot
    if kind == PAYOFF:
        payoffs = tree.nodes[node].payoffs
        return None if payoffs is None else payoffs[index]
    return tree.nodes[node].probabilities[index]


# --- information sets ----------------------------------------------------------------------


def joinable(tree: GameTree, node: int) -> tuple[int, ...]:
    """Nodes whose information set ``node`` could join: the same player, as many actions, a
    different set, neither above the other, and the same earlier moves of that player (so
    that the player keeps perfect recall)."""
    current = tree.nodes[node]
    if not current.is_decision:
        return ()
    player = current.player
    sequence, _moves = own_sequences(tree)
    return tuple(
        k
        for k, other in enumerate(tree.nodes)
        if other.player == player
        and len(other.actions) == len(current.actions)
        and other.information_set != current.information_set
        and not tree.in_subtree(k, node)
        and not tree.in_subtree(node, k)
        and sequence[player, k] == sequence[player, node]
    )


def join_information_set(tree: GameTree, node: int, other: int) -> TreeEdit:
    """Put ``node`` (alone) into ``other``'s information set; it takes the set's labels.

    Raises
    ------
    TreeError
        If the two belong to different players, have different numbers of moves, or the
        player would forget what it did or knew (perfect recall), in one sentence.
    """
    draft = _Draft.of(tree)
    spec, target = draft.spec(node), draft.spec(other)
    if spec.player != target.player or target.information_set is None:
        raise TreeError(_("Only nodes of the same player can share an information set."))
    spec.information_set = target.information_set
    if len(spec.actions) == len(target.actions):
        spec.actions = list(target.actions)
    return draft.build(node)


def leave_information_set(tree: GameTree, node: int) -> TreeEdit:
    """``node`` becomes an information set of its own (its player sees how it got there)."""
    draft = _Draft.of(tree)
    spec = draft.spec(node)
    if spec.information_set is not None:
        spec.information_set = draft.new_set()
    return draft.build(node)


# --- the game's header: title, players, parameters ---------------------------------------------


def tree_with_game(tree: GameTree, before: Game, after: Game) -> GameTree:
    """The tree with the title, description, player names, parameters and extras that an
    edit of its strategic form ``before`` gave ``after`` (a renamed parameter is renamed in
    the tree's formulas too).

    Raises
    ------
    TreeError
        If the edit changed the strategic form's strategies or payoffs otherwise: those
        follow from the tree.
    """
    renamed = _renamed_parameter(before, after)
    strategies = [p.strategies for p in before.players] != [p.strategies for p in after.players]
    if strategies or (renamed is None and after.payoffs != before.payoffs):
        raise TreeError(
            _(
                "The strategic form of a game tree follows from the tree: edit the tree in "
                "the Tree tab."
            )
        )
    nodes = tree.nodes
    if renamed is not None:
        old, new = renamed
        names = after.parameter_names
        nodes = tuple(
            replace(
                node,
                probabilities=tuple(
                    rename_in_formula(f, old, new, names) for f in node.probabilities
                ),
                payoffs=None
                if node.payoffs is None
                else (
                    rename_in_formula(node.payoffs[0], old, new, names),
                    rename_in_formula(node.payoffs[1], old, new, names),
                ),
            )
            for node in nodes
        )
    changed = replace(
        tree,
        title=after.title,
        description=after.description,
        players=(after.players[0].name, after.players[1].name),
        parameters=after.parameters,
        extras=dict(after.extras),
        nodes=nodes,
    )
    try:
        return _Draft.of(changed).build().tree
    except GameError as error:
        raise TreeError(str(error)) from None


def _renamed_parameter(before: Game, after: Game) -> tuple[str, str] | None:
    """(old, new) if exactly one parameter changed its name and nothing was added or removed."""
    old, new = before.parameter_names, after.parameter_names
    if len(old) != len(new):
        return None
    changed = [(a, b) for a, b in zip(old, new, strict=True) if a != b]
    return changed[0] if len(changed) == 1 else None
