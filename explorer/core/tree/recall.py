"""Perfect recall: players never forget what they did or knew (Kuhn 1953), checked in words.

A player has perfect recall when every two nodes of one of its information sets follow the
same sequence of its own earlier moves (information set and action). The explorer's solvers
rely on it: under perfect recall every mixed strategy has an equivalent behaviour strategy
(Kuhn's theorem), and the reduced strategic form can be built from those sequences.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence

import numpy as np
import numpy.typing as npt

from explorer.core.tree.model import GameTree, TreeError

IntArray = npt.NDArray[np.int64]
#: A sequence of one player's own moves, interned: (previous sequence, information set, action).
Move = tuple[int, int, int]


def own_sequences(
    tree: GameTree, nodes: Sequence[int] | None = None
) -> tuple[IntArray, list[Move]]:
    """For each player and node, the id of the player's own moves on the path to the node.

    Parameters
    ----------
    nodes
        A part of the tree in preorder, its first node the root of the part (default: the
        whole tree); moves are counted from that root, and a node whose children are not
        listed is a leaf of the part.

    Returns
    -------
    (sequence, moves)
        ``sequence[player, k]`` for the k-th listed node is an index into ``moves`` (0, the
        empty sequence, before the player's first move); ``moves[q]`` is ``(previous sequence,
        information set, action)`` for ``q >= 1``, each after its previous sequence.
    """
    listed = range(len(tree.nodes)) if nodes is None else nodes
    position = {node: k for k, node in enumerate(listed)}
    sequence = np.zeros((2, len(position)), dtype=np.int64)
    moves: list[Move] = [(-1, -1, -1)]
    interned: dict[Move, int] = {}
    for k, index in enumerate(listed):
        node = tree.nodes[index]
        for action, child in enumerate(node.children):
            at = position.get(child)
            if at is None:
                continue
            sequence[:, at] = sequence[:, k]
            if node.is_decision:
                player = node.player
                assert player is not None
                move = (int(sequence[player, k]), node.information_set, action)
                if move not in interned:
                    interned[move] = len(moves)
                    moves.append(move)
                sequence[player, at] = interned[move]
    return sequence, moves


def check_information_sets(tree: GameTree, where: Sequence[str]) -> None:
    """No information set holds a node and its descendant, and every player recalls perfectly.

    ``where[n]`` names node ``n`` in messages.

    Raises
    ------
    TreeError
        Naming the two nodes and what the player would have forgotten.
    """
    end = tree.end
    for index, infoset in enumerate(tree.information_sets):
        members = sorted(infoset.members)
        for member in members:
            later = bisect.bisect_right(members, member)
            if later < len(members) and members[later] < end[member]:
                raise TreeError(
                    f"{where[members[later]]} follows {where[member]} but both are in "
                    f"information set '{tree.information_set_label(index)}'; a player must "
                    "know that it has already moved"
                )
    sequence, moves = own_sequences(tree)
    for index, infoset in enumerate(tree.information_sets):
        first = infoset.members[0]
        for member in infoset.members[1:]:
            if sequence[infoset.player, member] != sequence[infoset.player, first]:
                player = tree.players[infoset.player]
                earlier = (
                    _last_move(tree, moves, int(sequence[infoset.player, n]))
                    for n in (first, member)
                )
                raise TreeError(
                    f"{player} does not have perfect recall: {where[first]} and "
                    f"{where[member]} are in one information set "
                    f"('{tree.information_set_label(index)}') but follow different earlier "
                    f"moves of {player} ({' and '.join(earlier)})"
                )


def _last_move(tree: GameTree, moves: Sequence[Move], sequence: int) -> str:
    if sequence == 0:
        return "no move yet"
    _, infoset, action = moves[sequence]
    label = tree.information_set_label(infoset)
    return f"'{tree.information_sets[infoset].actions[action]}' at '{label}'"
