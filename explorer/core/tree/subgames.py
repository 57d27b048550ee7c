"""Proper subgames: the nodes where a game starts afresh, and how they nest.

A node starts a subgame when every information set that meets its subtree lies wholly
inside it (Selten 1965); its own information set is then a single node. In preorder the
subtree of ``n`` is the range ``n .. end(n) - 1``, so the test is that the smallest and the
largest member of every information set in the subtree lie in that range, computed for all
nodes in one bottom-up pass.
"""

from __future__ import annotations

from dataclasses import dataclass

from explorer.core.tree.model import GameTree


@dataclass(frozen=True)
class Subgames:
    """The subgame roots of a tree, each with the roots of the subgames directly inside it."""

    roots: tuple[int, ...]  # in preorder; the tree's root first
    inner: dict[int, tuple[int, ...]]  # root -> the largest subgames strictly inside it

    @classmethod
    def of(cls, tree: GameTree) -> Subgames:
        count = len(tree.nodes)
        end = tree.end
        low = list(range(count))
        high = list(range(count))
        for infoset in tree.information_sets:
            first, last = min(infoset.members), max(infoset.members)
            for member in infoset.members:
                low[member], high[member] = first, last
        for index in range(count - 1, -1, -1):
            for child in tree.nodes[index].children:
                low[index] = min(low[index], low[child])
                high[index] = max(high[index], high[child])
        roots = tuple(
            n for n in range(count) if tree.nodes[n].children and low[n] >= n and high[n] < end[n]
        )
        inner: dict[int, list[int]] = {root: [] for root in roots}
        open_roots: list[int] = []
        for root in roots:
            while open_roots and end[open_roots[-1]] <= root:
                open_roots.pop()
            if open_roots:
                inner[open_roots[-1]].append(root)
            open_roots.append(root)
        return cls(roots, {root: tuple(below) for root, below in inner.items()})

    def is_single_move(self, tree: GameTree, root: int) -> bool:
        """True if every move at ``root`` leads to a leaf or to another subgame: the subgame
        is then one choice (or one chance move) over known continuations."""
        below = set(self.inner[root])
        return all(
            child in below or tree.nodes[child].is_terminal for child in tree.nodes[root].children
        )
