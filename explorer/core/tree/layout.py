"""Where each node of a tree is drawn, as textbooks draw trees: the root on top, one row per
move, leaves side by side in order, each inner node centred over its first and last child.

Positions are in abstract units (leaf slots across, rows down); the drawing layer scales
them to the fonts it uses. One pass from the last node to the first (children before their
parent in reverse preorder), so a tree of 100,000 nodes is laid out without recursion.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from explorer.core.tree.model import GameTree

FloatArray = npt.NDArray[np.float64]
IntArray = npt.NDArray[np.int64]


@dataclass(frozen=True)
class TreeLayout:
    """``x[n]`` (leaf slots from the left) and ``row[n]`` (moves from the root) of each node."""

    x: FloatArray
    row: IntArray
    slots: int  # the number of leaves: the width in slots
    rows: int  # the deepest row plus one

    @classmethod
    def of(cls, tree: GameTree) -> TreeLayout:
        count = len(tree.nodes)
        x = np.zeros(count)
        leaf = 0
        for index, node in enumerate(tree.nodes):  # leaves in preorder: left to right
            if node.is_terminal:
                x[index] = leaf
                leaf += 1
        for index in range(count - 1, -1, -1):
            children = tree.nodes[index].children
            if children:
                x[index] = (x[children[0]] + x[children[-1]]) / 2
        row = np.asarray(tree.depth, dtype=np.int64)
        return cls(x, row, leaf, int(row.max()) + 1)


def settled_at(tree: GameTree, roots: list[int]) -> IntArray:
    """For each node, the step of backward induction that settles what is played there.

    Parameters
    ----------
    roots
        The subgame roots in the order they are solved (innermost first).

    Returns
    -------
    ndarray
        ``settled[n]`` is the index in ``roots`` of the smallest subgame holding ``n`` (the
        step at which its mover's choice is known); -1 for nodes no step settles.
    """
    settled = np.full(len(tree.nodes), -1, dtype=np.int64)
    end = tree.end
    for step, root in enumerate(roots):
        part = settled[root : int(end[root])]
        part[part < 0] = step
    return settled
