"""Which extreme equilibria belong together: maximal Nash subsets and connected components.

In a degenerate game the equilibria form finitely many convex sets. Following Audet,
Hansen, Jaumard and Savard (2001) and Avis et al. (2010, section 6), as Gambit's
enummixed does, draw a bipartite graph: one node per distinct row strategy and per
distinct column strategy among the extreme equilibria, one edge per extreme equilibrium.
A *maximal Nash subset* is a maximal complete bipartite subgraph (X, Y): every row
strategy of X with every column strategy of Y is an extreme equilibrium, and so is every
mixture of X's strategies against every mixture of Y's (the product of their convex hulls
is a set of equilibria). The *components* (the connected sets of equilibria) are the
connected components of the graph, unions of overlapping maximal Nash subsets.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import numpy.typing as npt

FloatArray = npt.NDArray[np.float64]
Strategy = Sequence[float]

#: Digits to which two strategies must agree to be the same node of the graph.
_DIGITS = 9
#: Most maximal Nash subsets worked out (their number can grow exponentially).
MAX_SUBSETS = 10_000


def _nodes(strategies: Sequence[Strategy]) -> list[int]:
    """Node number of each strategy: equal strategies (to 9 digits) share a node."""
    index: dict[tuple[float, ...], int] = {}
    return [
        index.setdefault(tuple(np.round(np.asarray(s, dtype=float), _DIGITS) + 0.0), len(index))
        for s in strategies
    ]


def nash_subsets(
    rows: Sequence[Strategy], columns: Sequence[Strategy]
) -> tuple[tuple[int, ...], ...]:
    """The maximal Nash subsets, each as the indices of the extreme equilibria it contains.

    ``rows[e]`` and ``columns[e]`` are extreme equilibrium e's strategies. Every maximal
    biclique is a pair (X, Y) with X the common neighbours of Y and Y those of X; the sets
    Y are the intersections of neighbourhoods of row nodes, found by closing the family
    of neighbourhoods under intersection. An empty tuple if there are more than
    :data:`MAX_SUBSETS`.
    """
    row_node, column_node = _nodes(rows), _nodes(columns)
    neighbours: dict[int, int] = {}
    for u, v in zip(row_node, column_node, strict=True):
        neighbours[u] = neighbours.get(u, 0) | (1 << v)
    intents = set(neighbours.values())
    frontier = list(intents)
    while frontier:
        found = []
        for Y in frontier:
            for other in list(intents):
                common = Y & other
                if common and common not in intents:
                    intents.add(common)
                    found.append(common)
                    if len(intents) > MAX_SUBSETS:
                        return ()
        frontier = found
    subsets = []
    for Y in intents:
        X = {u for u, around in neighbours.items() if around & Y == Y}
        members = tuple(
            e
            for e, (u, v) in enumerate(zip(row_node, column_node, strict=True))
            if u in X and Y >> v & 1
        )
        subsets.append(members)
    return tuple(sorted(set(subsets)))


def components(
    rows: Sequence[Strategy], columns: Sequence[Strategy]
) -> tuple[tuple[int, ...], ...]:
    """The connected components of the equilibrium graph, as indices of extreme equilibria."""
    row_node, column_node = _nodes(rows), _nodes(columns)
    offset = max(row_node, default=-1) + 1
    parent = list(range(offset + max(column_node, default=-1) + 1))

    def root(node: int) -> int:
        while parent[node] != node:
            parent[node] = parent[parent[node]]
            node = parent[node]
        return node

    for u, v in zip(row_node, column_node, strict=True):
        parent[root(u)] = root(offset + v)
    groups: dict[int, list[int]] = {}
    for e, u in enumerate(row_node):
        groups.setdefault(root(u), []).append(e)
    return tuple(sorted(tuple(members) for members in groups.values()))


__all__ = ["MAX_SUBSETS", "components", "nash_subsets"]
