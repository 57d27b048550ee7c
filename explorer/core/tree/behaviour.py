"""Behaviour strategies: a probability over the actions at each information set, and what they do.

By Kuhn's theorem (1953), under perfect recall every mixed strategy has a behaviour strategy
that reaches every node with the same probability: at information set h, the probability of
action a is the weight of the plans that choose a at h among the plans that do not exclude h
(:func:`behaviour_from_mixed`). A set that the player's own plan never reaches keeps no
probability (``None``): nothing the player does there changes any payoff.

A :class:`Profile` holds both players' behaviour strategies at one point of the parameters
and computes each node's probability of being reached (the path of play), each node's
continuation payoffs, and the expected payoffs.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cached_property

import numpy as np
import numpy.typing as npt

from explorer.core.numeric import PROBABILITY_TOLERANCE
from explorer.core.tree.model import GameTree
from explorer.core.tree.probabilities import check_payoffs, check_probabilities, node_values
from explorer.core.tree.strategies import PlayerStrategies

FloatArray = npt.NDArray[np.float64]
#: A behaviour strategy profile: for each information set, its action probabilities or None.
Behaviour = tuple[tuple[float, ...] | None, ...]


@dataclass(frozen=True, eq=False)
class TreePoint:
    """The tree's numbers at one point: move probabilities ``(N,)`` and outcomes ``(N, 2)``."""

    tree: GameTree
    values: Mapping[str, float]
    probability: FloatArray
    outcome: FloatArray

    @classmethod
    def of(
        cls, tree: GameTree, values: Mapping[str, float] | None = None, in_range: bool = True
    ) -> TreePoint:
        """The tree at ``values`` (defaults where missing), checked.

        ``in_range=False`` accepts values outside the parameters' ranges (a game whose ranges
        were edited after it was made from the tree).

        Raises
        ------
        GameError
            If a value is not a known parameter, or (``in_range``) outside its range.
        TreeError
            If chance probabilities are not a distribution, or a payoff is undefined, there.
        """
        point = tree.resolve(values) if in_range else {**tree.defaults(), **(values or {})}
        probability, outcome, _ = node_values(tree, point)
        check_probabilities(tree, point, probability=probability)
        check_payoffs(tree, outcome, point)
        return cls(tree, point, probability[0], outcome[0])


def behaviour_from_mixed(
    tree: GameTree, strategies: PlayerStrategies, mixed: Sequence[float]
) -> dict[int, tuple[float, ...] | None]:
    """The behaviour strategy at each of a player's information sets, from a mixed strategy.

    Parameters
    ----------
    strategies
        The player's reduced strategies (plans) in a part of the tree.
    mixed
        A probability for each plan.

    Returns
    -------
    dict
        Information set to action probabilities (Kuhn 1953), or None where the plans the
        mixed strategy uses all exclude the set.
    """
    behaviour: dict[int, tuple[float, ...] | None] = {}
    weights = np.asarray(mixed, dtype=float)
    for infoset in strategies.infosets:
        actions = len(tree.information_sets[infoset].actions)
        chosen = np.zeros(actions)
        for s, weight in enumerate(weights):
            action = strategies.action(s, infoset)
            if action is not None:
                chosen[action] += weight
        total = chosen.sum()
        behaviour[infoset] = (
            tuple(float(p) for p in chosen / total) if total > PROBABILITY_TOLERANCE else None
        )
    return behaviour


@dataclass(frozen=True, eq=False)
class Profile:
    """Both players' behaviour strategies at one point, and what follows from them."""

    point: TreePoint
    behaviour: Behaviour

    @property
    def tree(self) -> GameTree:
        return self.point.tree

    @cached_property
    def move_probability(self) -> FloatArray:
        """For each node, the probability of the move into it (chance's or a player's)."""
        tree = self.tree
        probability = self.point.probability.copy()
        for node in tree.nodes:
            if node.is_decision:
                strategy = self.behaviour[node.information_set]
                for action, child in enumerate(node.children):
                    probability[child] = np.nan if strategy is None else strategy[action]
        return probability

    @cached_property
    def reach(self) -> FloatArray:
        """Each node's probability of being reached: the path of play."""
        reach = np.ones(len(self.tree.nodes))
        parent, move = self.tree.parent, self.move_probability
        for index in range(1, len(reach)):
            up = reach[parent[index]]
            # A set without probabilities is one the player's own moves exclude: unreached.
            reach[index] = 0.0 if up == 0 or np.isnan(move[index]) else up * move[index]
        return reach

    @cached_property
    def values(self) -> FloatArray:
        """Each node's continuation payoffs ``(N, 2)``: outcomes from the node on, expected.

        NaN where a player's strategy names no probabilities below the node.
        """
        tree = self.tree
        values = self.point.outcome.copy()
        move = self.move_probability
        for index in range(len(tree.nodes) - 1, -1, -1):
            for child in tree.nodes[index].children:
                if move[child] != 0:
                    values[index] += move[child] * values[child]
        return values

    @cached_property
    def payoffs(self) -> tuple[float, float]:
        """Both players' expected payoffs."""
        total = (self.reach[:, None] * self.point.outcome).sum(axis=0)
        return float(total[0]), float(total[1])

    def on_path(self, node: int) -> bool:
        return bool(self.reach[node] > PROBABILITY_TOLERANCE)

    def played(self, node: int) -> list[tuple[int, float]]:
        """The actions taken at ``node`` with positive probability, with their probabilities."""
        children = self.tree.nodes[node].children
        move = self.move_probability
        return [
            (k, float(move[child]))
            for k, child in enumerate(children)
            if not np.isnan(move[child]) and move[child] > PROBABILITY_TOLERANCE
        ]

    def is_pure(self) -> bool:
        return all(
            strategy is None or max(strategy) > 1 - PROBABILITY_TOLERANCE
            for strategy in self.behaviour
        )

    def same_as(self, other: Profile) -> bool:
        """The same behaviour at every information set (within the probability tolerance)."""
        for mine, theirs in zip(self.behaviour, other.behaviour, strict=True):
            if (mine is None) != (theirs is None):
                return False
            if mine is not None and theirs is not None and not np.allclose(mine, theirs, atol=1e-7):
                return False
        return True


def mixed_from_behaviour(
    tree: GameTree, strategies: PlayerStrategies, behaviour: Behaviour
) -> FloatArray:
    """A mixed strategy over reduced strategies that plays like ``behaviour``.

    Each plan gets the product of the probabilities of its actions (Kuhn 1953); at a set
    without probabilities every action counts as equally likely (those sets are never
    reached, so the choice changes nothing).
    """
    mixed = np.ones(len(strategies))
    for s, plan in enumerate(strategies.plans):
        for infoset, action in plan:
            strategy = behaviour[infoset]
            count = len(tree.information_sets[infoset].actions)
            mixed[s] *= 1.0 / count if strategy is None else strategy[action]
    total = mixed.sum()
    result: FloatArray = mixed / total if total > 0 else np.full(len(mixed), 1 / len(mixed))
    return result
