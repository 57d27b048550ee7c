"""A tree's numbers at parameter values: chance probabilities and outcomes, checked, vectorised.

Every formula is evaluated once for a whole grid of parameter values; constant formulas are
evaluated once per tree. The results are per node: the chance probability of the move that
leads *into* the node (1 after a decision and at the root) and the outcome *at* the node
(0 where there is none). :func:`accumulate` turns them into each node's probability of being
reached through chance and the payoffs collected on the way, level by level.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from explorer.core.formula import Formula, describe_nonfinite
from explorer.core.numeric import PROBABILITY_TOLERANCE
from explorer.core.tree.model import GameTree, TreeError

FloatArray = npt.NDArray[np.float64]
IntArray = npt.NDArray[np.int64]
BoolArray = npt.NDArray[np.bool_]


@dataclass(frozen=True)
class _Slot:
    """Where a parametric formula's values go: a node, and the player (-1: a probability)."""

    node: int
    player: int
    formula: Formula


@dataclass(frozen=True)
class FormulaTable:
    """The tree's formulas sorted once: constants as numbers, the rest to evaluate."""

    probability: FloatArray  # (N,): the constant probability of the move into each node
    outcome: FloatArray  # (N, 2)
    parametric: tuple[_Slot, ...]

    @classmethod
    def of(cls, tree: GameTree) -> FormulaTable:
        count = len(tree.nodes)
        probability = np.ones(count)
        outcome = np.zeros((count, 2))
        parametric = []
        constants: dict[Formula, float] = {}

        def constant(formula: Formula) -> float:
            if not isinstance(formula.source, str):
                return float(formula.source)
            if formula not in constants:
                constants[formula] = float(formula.evaluate({}))
            return constants[formula]

        for index, node in enumerate(tree.nodes):
            for child, formula in zip(node.children, node.probabilities, strict=False):
                if formula.is_constant:
                    probability[child] = constant(formula)
                else:
                    parametric.append(_Slot(child, -1, formula))
            for player, formula in enumerate(node.payoffs or ()):
                if formula.is_constant:
                    outcome[index, player] = constant(formula)
                else:
                    parametric.append(_Slot(index, player, formula))
        return cls(probability, outcome, tuple(parametric))


def grid_size(values: Mapping[str, npt.ArrayLike]) -> tuple[int, ...]:
    """The broadcast shape of the parameter values (a lever no formula uses still makes a
    grid axis, as in :meth:`explorer.core.game.Game.evaluate_grid`)."""
    shapes = [np.shape(value) for value in values.values()]
    return np.broadcast_shapes(*shapes) if shapes else ()


def node_values(
    tree: GameTree, values: Mapping[str, npt.ArrayLike]
) -> tuple[FloatArray, FloatArray, tuple[int, ...]]:
    """Move probabilities ``(G, N)`` and outcomes ``(G, N, 2)`` over a flattened grid.

    Parameters
    ----------
    values
        Parameter name to a number or an array; arrays broadcast to the grid shape, which is
        returned third (``G`` is its size, 1 for a single point).
    """
    table = tree.formula_table
    shape = grid_size(values)
    points = math.prod(shape)
    probability = np.broadcast_to(table.probability, (points, len(tree.nodes))).copy()
    outcome = np.broadcast_to(table.outcome, (points, len(tree.nodes), 2)).copy()
    for slot in table.parametric:
        result = np.broadcast_to(slot.formula.evaluate(values), shape).reshape(points)
        if slot.player < 0:
            probability[:, slot.node] = result
        else:
            outcome[:, slot.node, slot.player] = result
    return probability, outcome, shape


def valid_points(tree: GameTree, probability: FloatArray) -> BoolArray:
    """Per grid point: every chance probability finite, at least 0, and each node's sum 1."""
    valid = np.ones(probability.shape[0], dtype=np.bool_)
    for node in tree.nodes:
        if node.is_chance:
            moves = probability[:, list(node.children)]
            valid &= np.isfinite(moves).all(axis=1)
            valid &= (moves >= -PROBABILITY_TOLERANCE).all(axis=1)
            valid &= np.abs(moves.sum(axis=1) - 1.0) <= PROBABILITY_TOLERANCE * len(moves[0])
    return valid


def check_probabilities(
    tree: GameTree,
    values: Mapping[str, float],
    where: Sequence[str] | None = None,
    probability: FloatArray | None = None,
) -> None:
    """At one point: chance probabilities are numbers in [0, 1] summing to one at each node.

    ``probability`` is the point's ``(1, N)`` move probabilities where already computed.

    Raises
    ------
    TreeError
        Naming the chance node, its probabilities and, for formulas, the parameter values.
    """
    if probability is None:
        probability, _, _ = node_values(tree, values)
    row = probability[0]
    for index, node in enumerate(tree.nodes):
        if not node.is_chance:
            continue
        label = where[index] if where is not None else f"node '{tree.node_label(index)}'"
        moves = row[list(node.children)]
        at = _at(node.probabilities, values)
        for action, p in zip(node.actions, moves, strict=True):
            if not math.isfinite(p):
                raise TreeError(
                    f"the probability of '{action}' at chance {label} is "
                    f"{describe_nonfinite(float(p))}{at}"
                )
            if p < -PROBABILITY_TOLERANCE:
                raise TreeError(
                    f"the probability of '{action}' at chance {label} is {p:g}{at}; "
                    "probabilities cannot be negative"
                )
        total = float(moves.sum())
        if abs(total - 1.0) > PROBABILITY_TOLERANCE * len(moves):
            raise TreeError(f"the probabilities at chance {label} sum to {total:.6g}, not 1{at}")


def check_payoffs(tree: GameTree, outcome: FloatArray, values: Mapping[str, float]) -> None:
    """At one point: every outcome is a finite number (a formula may be undefined there)."""
    bad = np.argwhere(~np.isfinite(outcome[0]))
    if len(bad):
        index, player = (int(k) for k in bad[0])
        node = tree.nodes[index]
        assert node.payoffs is not None
        formula = node.payoffs[player]
        raise TreeError(
            f"{tree.players[player]}'s payoff '{formula.text}' at node "
            f"'{tree.node_label(index)}' is {describe_nonfinite(float(outcome[0, index, player]))}"
            f"{_at((formula,), values)}"
        )


def _at(formulas: Sequence[Formula], values: Mapping[str, float]) -> str:
    names = sorted({name for f in formulas for name in f.names})
    if not names:
        return ""
    return " at " + ", ".join(f"{name} = {float(values[name]):g}" for name in names)


def accumulate(
    parent: IntArray, probability: FloatArray, outcome: FloatArray
) -> tuple[FloatArray, FloatArray]:
    """Reach through chance and payoffs collected, for nodes listed in preorder.

    Parameters
    ----------
    parent
        ``parent[k]`` is the position of node k's parent in the same list (-1 for the first,
        the root of the part of the tree considered).
    probability, outcome
        ``(G, K)`` and ``(G, K, 2)``: the chance probability of the move into each node and
        the outcome at it.

    Returns
    -------
    (reach, collected)
        ``reach[g, k]``: the product of chance probabilities from the root to node k;
        ``collected[g, k]``: the sum of outcomes from the root to node k, both included.
        Computed one depth level at a time, so a tree of depth d costs d array operations.
    """
    count = len(parent)
    depth = np.zeros(count, dtype=np.int64)
    for k in range(1, count):
        depth[k] = depth[parent[k]] + 1
    reach = np.ones_like(probability)
    collected = outcome.copy()
    order = np.argsort(depth, kind="stable")
    boundaries = np.flatnonzero(np.diff(depth[order])) + 1
    for level in np.split(order, boundaries)[1:]:
        up = parent[level]
        reach[:, level] = reach[:, up] * probability[:, level]
        collected[:, level] += collected[:, up]
    return reach, collected


def leaf_weights(
    nodes: Sequence[int],
    parent: IntArray,
    leaves: Sequence[int],
    probability: FloatArray,
    outcome: FloatArray,
) -> FloatArray:
    """Each leaf's payoffs times its chance probability, within a part of the tree.

    Parameters
    ----------
    nodes, parent, leaves
        The part in preorder (node numbers), each node's parent position, and the positions
        of its leaves (a :class:`~explorer.core.tree.strategies.View`).
    probability, outcome
        ``(G, N)`` and ``(G, N, 2)`` over the whole tree; a leaf that stands for a solved
        subgame carries that subgame's value as its outcome.

    Returns
    -------
    ndarray
        ``(G, Z, 2)``: ``weights[g, z, i]`` is the chance probability of reaching leaf z from
        the part's root times player i's payoffs collected on the way (both included).
    """
    listed = np.asarray(nodes, dtype=np.int64)
    reach, collected = accumulate(parent, probability[:, listed], outcome[:, listed])
    at = np.asarray(leaves, dtype=np.int64)
    weights: FloatArray = reach[:, at, None] * collected[:, at, :]
    return weights
