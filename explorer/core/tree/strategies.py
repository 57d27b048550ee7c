"""Reduced strategies of a tree (or of one part of it) and its strategic-form payoffs.

A *reduced* pure strategy (a plan) names an action only at the information sets that the
player's own earlier actions do not exclude; strategies of the full strategic form that
differ only at excluded sets are one plan. Plans are built bottom-up: at the player's own
node, one per action and plan below it; at any other node, every compatible combination of
the children's plans (compatible: the same action wherever both name one, which joins the
parts of an information set that spans several branches).

Under perfect recall a plan reaches a leaf exactly when it contains the player's own moves
on the path to the leaf, so with ``P_i[s, z]`` that incidence and ``w(z)`` the leaf's payoff
times its chance probability, the payoff matrices are ``A = P_1 diag(w_1) P_2^T`` and
``B = P_1 diag(w_2) P_2^T`` (von Stengel 1996; Gambit builds the same reduced form).
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from explorer.core.game import MAX_NAME_LENGTH, MAX_STRATEGIES
from explorer.core.i18n import _
from explorer.core.tree.model import GameTree, TreeError
from explorer.core.tree.probabilities import leaf_weights
from explorer.core.tree.recall import own_sequences

FloatArray = npt.NDArray[np.float64]
IntArray = npt.NDArray[np.int64]
BoolArray = npt.NDArray[np.bool_]
#: A plan: (information set, action) pairs, sorted by information set.
Plan = tuple[tuple[int, int], ...]
#: The name of the strategy of a player who never moves.
NO_MOVE = "(no move)"


class StrategyLimitError(TreeError):
    """The reduced strategic form has more strategies than can be solved."""


@dataclass(frozen=True)
class View:
    """The subtree of ``root`` in preorder, with the ``stops`` (and their subtrees) as leaves."""

    root: int
    nodes: tuple[int, ...]
    parent: IntArray  # position of each listed node's parent in ``nodes`` (-1 for the root)
    leaves: tuple[int, ...]  # positions of the leaves: terminal nodes and stops

    @classmethod
    def of(cls, tree: GameTree, root: int = 0, stops: Collection[int] = ()) -> View:
        stop = set(stops) - {root}
        nodes: list[int] = []
        parents: list[int] = []
        leaves: list[int] = []
        stack = [(root, -1)]
        while stack:
            node, parent = stack.pop()
            position = len(nodes)
            nodes.append(node)
            parents.append(parent)
            children = () if node in stop else tree.nodes[node].children
            if not children:
                leaves.append(position)
            stack.extend((child, position) for child in reversed(children))
        return cls(root, tuple(nodes), np.array(parents, dtype=np.int64), tuple(leaves))


@dataclass(frozen=True)
class PlayerStrategies:
    """One player's reduced strategies in a view: plans, names and the leaves each reaches."""

    infosets: tuple[int, ...]  # the player's information sets in the view, in order
    plans: tuple[Plan, ...]
    names: tuple[str, ...]
    reaches: BoolArray  # (S, Z): plan s contains the player's moves on the path to leaf z

    def __len__(self) -> int:
        return len(self.plans)

    def action(self, strategy: int, infoset: int) -> int | None:
        """The action strategy ``strategy`` takes at ``infoset`` (None if it names none)."""
        return dict(self.plans[strategy]).get(infoset)


@dataclass(frozen=True)
class StrategicForm:
    """The reduced strategic form of a view, as structure: payoffs come from leaf values."""

    view: View
    players: tuple[PlayerStrategies, PlayerStrategies]
    pairs: IntArray  # (K, 2): (cell s1 * S2 + s2, leaf) for every cell and leaf it reaches
    starts: IntArray  # where each cell's pairs start in ``pairs`` (cells in order)

    @property
    def shape(self) -> tuple[int, int]:
        return len(self.players[0]), len(self.players[1])

    def payoffs_at(
        self, probability: FloatArray, outcome: FloatArray
    ) -> tuple[FloatArray, FloatArray]:
        """``(A, B)`` of shape ``(G, S1, S2)`` from move probabilities ``(G, N)`` and
        outcomes ``(G, N, 2)`` over the whole tree (see :mod:`.probabilities`)."""
        view = self.view
        return self.payoffs(
            leaf_weights(view.nodes, view.parent, view.leaves, probability, outcome)
        )

    def payoffs(self, weights: FloatArray) -> tuple[FloatArray, FloatArray]:
        """``(A, B)`` of shape ``(G, S1, S2)`` from ``weights`` ``(G, Z, 2)``.

        ``weights[g, z, i]`` is player i's payoff at leaf z times the chance probability of
        reaching it; a cell's payoff is the sum over the leaves its two plans reach.
        """
        points = weights.shape[0]
        m, n = self.shape
        gathered = weights[:, self.pairs[:, 1], :]
        summed = np.add.reduceat(gathered, self.starts, axis=1)
        return summed[..., 0].reshape(points, m, n), summed[..., 1].reshape(points, m, n)


def strategic_form(
    tree: GameTree,
    root: int = 0,
    stops: Collection[int] = (),
    limit: int = MAX_STRATEGIES,
) -> StrategicForm:
    """The reduced strategic form of the subtree of ``root``, ``stops`` taken as leaves.

    Raises
    ------
    StrategyLimitError
        As soon as a player has more than ``limit`` reduced strategies.
    """
    view = View.of(tree, root, stops)
    sequence, moves = own_sequences(tree, view.nodes)
    first, second = (
        _player_strategies(tree, view, player, sequence[player], moves, limit) for player in (0, 1)
    )
    return StrategicForm(view, (first, second), *_cell_leaf_pairs(first.reaches, second.reaches))


def _cell_leaf_pairs(first: BoolArray, second: BoolArray) -> tuple[IntArray, IntArray]:
    """Every (cell, leaf) with the cell's two plans reaching the leaf, sorted by cell."""
    m, n = len(first), len(second)
    leaves = first.shape[1]
    chunk = max(1, 10_000_000 // max(1, m * n))
    cells, reached = [], []
    for start in range(0, leaves, chunk):
        both = first[:, None, start : start + chunk] & second[None, :, start : start + chunk]
        cell, leaf = np.nonzero(both.reshape(m * n, -1))
        cells.append(cell)
        reached.append(leaf + start)
    cell = np.concatenate(cells) if cells else np.zeros(0, dtype=np.int64)
    leaf = np.concatenate(reached) if reached else np.zeros(0, dtype=np.int64)
    order = np.lexsort((leaf, cell))
    cell, leaf = cell[order], leaf[order]
    # Every pure profile reaches at least one leaf, so no cell's run of pairs is empty.
    starts = np.searchsorted(cell, np.arange(m * n))
    return np.stack([cell, leaf], axis=1).astype(np.int64), starts.astype(np.int64)


def _player_strategies(
    tree: GameTree,
    view: View,
    player: int,
    sequence: IntArray,
    moves: Sequence[tuple[int, int, int]],
    limit: int,
) -> PlayerStrategies:
    plans = sorted(_plans(tree, view, player, limit))
    stops = {view.nodes[k] for k in view.leaves}
    infosets = tuple(
        dict.fromkeys(
            tree.nodes[n].information_set
            for n in view.nodes
            if tree.nodes[n].player == player and n not in stops
        )
    )
    # chosen[s, h]: the action plan s takes at information set h, -1 where it names none.
    chosen = np.full((len(plans), len(tree.information_sets)), -1, dtype=np.int64)
    for s, plan in enumerate(plans):
        for infoset, action in plan:
            chosen[s, infoset] = action
    contained = np.zeros((len(plans), len(moves)), dtype=np.bool_)
    contained[:, 0] = True
    for q in range(1, len(moves)):
        previous, infoset, action = moves[q]
        if tree.information_sets[infoset].player == player:
            contained[:, q] = contained[:, previous] & (chosen[:, infoset] == action)
        else:
            contained[:, q] = contained[:, previous]
    leaves = np.array(view.leaves, dtype=np.int64)
    reaches = contained[:, sequence[leaves]]
    return PlayerStrategies(infosets, tuple(plans), _names(tree, plans), reaches)


def _plans(tree: GameTree, view: View, player: int, limit: int) -> list[Plan]:
    """The player's plans in the view, bottom-up over the nodes (no recursion)."""
    below: list[list[Plan]] = [[] for _ in view.nodes]
    children: list[list[int]] = [[] for _ in view.nodes]
    for k in range(1, len(view.nodes)):
        children[int(view.parent[k])].append(k)
    for k in range(len(view.nodes) - 1, -1, -1):
        node = tree.nodes[view.nodes[k]]
        if not children[k]:
            below[k] = [()]
        elif node.player == player:
            below[k] = [
                tuple(sorted(((node.information_set, action), *plan)))
                for action, child in enumerate(children[k])
                for plan in below[child]
            ]
        else:
            below[k] = _combine([below[c] for c in children[k]], tree, player, limit)
        if len(below[k]) > limit:
            raise _too_many(tree, player, limit)
        for child in children[k]:
            below[child] = []
    return below[0]


def _combine(parts: Sequence[list[Plan]], tree: GameTree, player: int, limit: int) -> list[Plan]:
    """Every compatible union of one plan from each part (parallel branches)."""
    combined: list[Plan] = [()]
    for part in parts:
        if part == [()]:
            continue
        joined: dict[Plan, None] = {}
        for plan in combined:
            chosen = dict(plan)
            for other in part:
                if all(chosen.get(h, a) == a for h, a in other):
                    joined[tuple(sorted({**chosen, **dict(other)}.items()))] = None
            if len(joined) > limit:
                raise _too_many(tree, player, limit)
        combined = list(joined)
    return combined


def _too_many(tree: GameTree, player: int, limit: int) -> StrategyLimitError:
    return StrategyLimitError(
        f"{tree.players[player]} has more than {limit} reduced strategies; "
        f"the strategic form can be solved with at most {limit} per player"
    )


def _names(tree: GameTree, plans: Sequence[Plan]) -> tuple[str, ...]:
    """Plans named by their actions ("Pass; Take"), made unique and short enough.

    Where a player has sets that its own earlier moves do not tell apart (the follower's
    replies to each move of a leader), each action says which set it answers: "Free after
    Premium; Paid after Price cut". Names longer than a strategy name may be drop those
    words, then fall back to action numbers.
    """
    qualifier = _parallel_qualifiers(tree)
    names = []
    for plan in plans:
        plain = [tree.information_sets[h].actions[a] for h, a in plan]
        qualified = [
            _("{action} after {move}").format(action=action, move=qualifier[h])
            if h in qualifier
            else action
            for (h, _a), action in zip(plan, plain, strict=True)
        ]
        name = "; ".join(qualified) if plan else NO_MOVE
        if len(name) > MAX_NAME_LENGTH:
            name = "; ".join(plain)
        if len(name) > MAX_NAME_LENGTH:
            name = "-".join(str(a + 1) for _h, a in plan)
        if len(name) > MAX_NAME_LENGTH:
            name = name[: MAX_NAME_LENGTH - 12] + "…"
        names.append(name)
    return _distinct(names)


def _parallel_qualifiers(tree: GameTree) -> dict[int, str]:
    """For sets that share the player's own history with another set: the earliest move on
    the way to the set that another such set does not follow (Premium, not Price cut)."""
    sequence, _moves = own_sequences(tree)
    groups: dict[tuple[int, int], list[int]] = {}
    for k, infoset in enumerate(tree.information_sets):
        own = int(sequence[infoset.player, infoset.members[0]])
        groups.setdefault((infoset.player, own), []).append(k)
    qualifiers = {}
    for sets in groups.values():
        if len(sets) < 2:
            continue
        prefixes = {k: _common_path(tree, k) for k in sets}
        for k in sets:
            mine = prefixes[k]
            split = min(_first_difference(mine, prefixes[other]) for other in sets if other != k)
            if split < len(mine):
                node, action = mine[split]
                qualifiers[k] = tree.nodes[node].actions[action]
    return qualifiers


def _common_path(tree: GameTree, infoset: int) -> list[tuple[int, int]]:
    """The moves on the way to every node of the set (the common start of their paths)."""
    paths = [tree.path_to(n) for n in tree.information_sets[infoset].members]
    common = 0
    while all(len(p) > common and p[common] == paths[0][common] for p in paths):
        common += 1
    return paths[0][:common]


def _first_difference(first: list[tuple[int, int]], second: list[tuple[int, int]]) -> int:
    for k, (a, b) in enumerate(zip(first, second, strict=False)):
        if a != b:
            return k
    return min(len(first), len(second))


def _distinct(names: list[str]) -> tuple[str, ...]:
    seen: set[str] = set()
    result = []
    for name in names:
        candidate, k = name, 1
        while candidate in seen:
            k += 1
            candidate = f"{name} ({k})"
        seen.add(candidate)
        result.append(candidate)
    return tuple(result)
