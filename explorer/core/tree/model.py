"""The game tree itself: nodes in preorder, information sets, payoffs and probabilities as formulas.

A :class:`GameTree` is immutable and always valid: it is only made by
:func:`explorer.core.tree.build.build_tree`, which checks every rule and says in one sentence
what is wrong. Nodes are stored in preorder (a node before its subtree, children in order), so
the subtree of node ``n`` is the contiguous range ``n .. end(n) - 1`` and the root is node 0.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING, Any

import numpy as np
import numpy.typing as npt

from explorer.core.formula import Formula
from explorer.core.game import GameError, HasParameters, Parameter

if TYPE_CHECKING:
    from explorer.core.tree.probabilities import FormulaTable

IntArray = npt.NDArray[np.int64]

#: The player number of chance (nature) in :attr:`Node.player`.
CHANCE = -1
#: Most nodes a tree may have (a hostile file with more fails at once, with a sentence).
MAX_NODES = 100_000
#: Most actions at one node.
MAX_ACTIONS = 1_000
#: Nodes deeper than this are labelled by number, not by their path of actions.
MAX_LABEL_DEPTH = 8


class TreeError(GameError):
    """A game tree that breaks a rule (structure, information sets, probabilities, limits)."""


@dataclass(frozen=True, slots=True)
class Node:
    """One node: a decision of player 0 or 1, a chance move, or a terminal node.

    ``payoffs`` is the outcome reached at this node (added to every payoff below it, as in
    Gambit), ``None`` for no outcome. ``probabilities`` are the chance probabilities of the
    actions (chance nodes only). ``information_set`` indexes :attr:`GameTree.information_sets`
    for decision nodes and is -1 otherwise.
    """

    name: str
    player: int | None
    actions: tuple[str, ...] = ()
    children: tuple[int, ...] = ()
    probabilities: tuple[Formula, ...] = ()
    payoffs: tuple[Formula, Formula] | None = None
    outcome: str = ""
    information_set: int = -1

    @property
    def is_terminal(self) -> bool:
        return not self.children

    @property
    def is_chance(self) -> bool:
        return self.player == CHANCE

    @property
    def is_decision(self) -> bool:
        return self.player is not None and self.player != CHANCE


@dataclass(frozen=True, slots=True)
class InformationSet:
    """Decision nodes of one player that the player cannot tell apart; they share actions."""

    name: str
    player: int
    actions: tuple[str, ...]
    members: tuple[int, ...]


@dataclass(frozen=True, eq=False)
class GameTree(HasParameters):
    """A two-player game in extensive form, with formulas over named parameters.

    Build it with :func:`explorer.core.tree.build.build_tree`; the constructor trusts its
    arguments. ``extras`` carries the file's other keys (library entry, translations).
    """

    title: str
    players: tuple[str, str]
    nodes: tuple[Node, ...]
    information_sets: tuple[InformationSet, ...]
    parameters: tuple[Parameter, ...] = ()
    description: str = ""
    extras: Mapping[str, Any] = field(default_factory=dict)

    # --- structure --------------------------------------------------------------------------

    def __len__(self) -> int:
        return len(self.nodes)

    @cached_property
    def parent(self) -> IntArray:
        """``parent[n]``: the node whose child ``n`` is (-1 for the root)."""
        parent = np.full(len(self.nodes), -1, dtype=np.int64)
        for index, node in enumerate(self.nodes):
            for child in node.children:
                parent[child] = index
        return parent

    @cached_property
    def parent_action(self) -> IntArray:
        """``parent_action[n]``: which action of its parent leads to ``n`` (-1 for the root)."""
        action = np.full(len(self.nodes), -1, dtype=np.int64)
        for node in self.nodes:
            for k, child in enumerate(node.children):
                action[child] = k
        return action

    @cached_property
    def end(self) -> IntArray:
        """``end[n]``: one past the last node of ``n``'s subtree (preorder ranges)."""
        end = np.arange(1, len(self.nodes) + 1, dtype=np.int64)
        for index in range(len(self.nodes) - 1, -1, -1):
            children = self.nodes[index].children
            if children:
                end[index] = end[children[-1]]
        return end

    @cached_property
    def depth(self) -> IntArray:
        """``depth[n]``: the number of moves from the root to ``n``."""
        depth = np.zeros(len(self.nodes), dtype=np.int64)
        parent = self.parent
        for index in range(1, len(self.nodes)):
            depth[index] = depth[parent[index]] + 1
        return depth

    def terminal_nodes(self) -> tuple[int, ...]:
        return tuple(n for n, node in enumerate(self.nodes) if node.is_terminal)

    def path_to(self, node: int) -> list[tuple[int, int]]:
        """The moves from the root to ``node``, as (node, action) pairs in order."""
        moves = []
        parent, action = self.parent, self.parent_action
        while node > 0:
            moves.append((int(parent[node]), int(action[node])))
            node = int(parent[node])
        return moves[::-1]

    def in_subtree(self, node: int, root: int) -> bool:
        return root <= node < int(self.end[root])

    @cached_property
    def is_perfect_information(self) -> bool:
        """Every information set is a single node."""
        return all(len(h.members) == 1 for h in self.information_sets)

    def infosets_of(self, player: int) -> tuple[int, ...]:
        """The player's information sets, in order of first appearance."""
        return tuple(k for k, h in enumerate(self.information_sets) if h.player == player)

    # --- labels -----------------------------------------------------------------------------

    def node_label(self, node: int, root: str = "root") -> str:
        """The node's name; without one, its path of actions from the root ("Enter → Fight"),
        or ``n<k>`` (its place in preorder, as the JSON writer numbers it) deep in a tree;
        an unnamed root is ``root`` (the command line's word; the app passes its own)."""
        name = self.nodes[node].name
        if name:
            return name
        if self.depth[node] > MAX_LABEL_DEPTH:
            return f"n{node}"
        path = self.path_to(node)
        return " → ".join(self.nodes[n].actions[a] for n, a in path) or root

    def information_set_label(self, index: int, root: str = "root") -> str:
        """The set's name, or its first node's label (``root`` as in :meth:`node_label`)."""
        infoset = self.information_sets[index]
        return infoset.name or self.node_label(infoset.members[0], root)

    def mover(self, node: int) -> str:
        """Who moves at ``node``: a player's name or "chance"."""
        player = self.nodes[node].player
        if player is None or player == CHANCE:
            return "chance"
        return self.players[player]

    # --- parameters -------------------------------------------------------------------------

    def formulas(self) -> Iterator[Formula]:
        """Every payoff and probability formula of the tree."""
        for node in self.nodes:
            yield from node.probabilities
            if node.payoffs is not None:
                yield from node.payoffs

    @cached_property
    def is_parametric(self) -> bool:
        return any(not f.is_constant for f in self.formulas())

    @cached_property
    def formula_table(self) -> FormulaTable:
        """The formulas sorted into constants and parametric ones, once per tree."""
        from explorer.core.tree.probabilities import FormulaTable

        return FormulaTable.of(self)

    @cached_property
    def used_names(self) -> frozenset[str]:
        """The parameter names some formula of the tree uses."""
        return frozenset(name for f in self.formulas() for name in f.names)

    # --- equality (structure and texts; what a round trip must keep) --------------------------

    def signature(self) -> tuple[Any, ...]:
        """Everything that makes two trees the same game, as comparable values."""
        return (
            self.title,
            self.description,
            self.players,
            self.parameters,
            self.nodes,
            self.information_sets,
        )

    def __eq__(self, other: object) -> bool:
        return isinstance(other, GameTree) and self.signature() == other.signature()

    def __hash__(self) -> int:
        return hash((self.title, len(self.nodes)))
