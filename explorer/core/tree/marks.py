"""What a drawing of a tree marks: its numbers at the values shown, and how much of a
solution to show (all of it, or the first steps of backward induction for teaching)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

import numpy as np
import numpy.typing as npt

from explorer.core.numeric import PROBABILITY_TOLERANCE
from explorer.core.tree.layout import settled_at
from explorer.core.tree.model import GameTree
from explorer.core.tree.probabilities import node_values
from explorer.core.tree.report import PerfectEquilibrium

FloatArray = npt.NDArray[np.float64]
BoolArray = npt.NDArray[np.bool_]


@dataclass(frozen=True)
class TreeNumbers:
    """The tree's numbers at the values shown: the chance probability of the move into each
    node (``(N,)``) and each node's own payoffs (``(N, 2)``); NaN where undefined."""

    probability: FloatArray
    outcome: FloatArray

    @classmethod
    def at(cls, tree: GameTree, values: Mapping[str, float]) -> TreeNumbers:
        with np.errstate(all="ignore"):
            probability, outcome, _ = node_values(tree, {**tree.defaults(), **values})
        return cls(probability[0], outcome[0])


@dataclass(frozen=True)
class TreeMarks:
    """What a solution says about the nodes, as far as it is shown.

    ``chosen[n]`` are the probabilities of node n's actions (None: not shown, e.g. not yet
    settled by the stepper); ``reach[n]`` whether n is on the path of play (None: no path
    shown); ``values`` the payoffs a settled node is worth; ``current`` the node whose step
    is being explained, ``selected`` the node being edited.
    """

    chosen: Sequence[tuple[float, ...] | None] = ()
    reach: BoolArray | None = None
    values: dict[int, tuple[float, float]] = field(default_factory=dict)
    current: int | None = None
    selected: int | None = None


def solution_marks(
    equilibrium: PerfectEquilibrium, step: int | None = None, selected: int | None = None
) -> TreeMarks:
    """The marks of a subgame-perfect equilibrium, all of it (``step`` None) or as far as
    the first ``step`` steps of backward induction have settled it."""
    profile = equilibrium.profile
    tree = profile.tree
    count = len(tree.nodes)
    shown = np.ones(count, dtype=np.bool_)
    current = None
    if step is not None:
        roots = [s.node for s in equilibrium.steps]
        settled = settled_at(tree, roots)
        shown = (settled >= 0) & (settled < step)
        current = roots[step - 1] if 0 < step <= len(roots) else None
    complete = step is None or step >= len(equilibrium.steps)
    chosen = [
        equilibrium.chosen(n) if shown[n] and tree.nodes[n].is_decision else None
        for n in range(count)
    ]
    values = {
        n: (float(profile.values[n, 0]), float(profile.values[n, 1]))
        for n in range(count)
        if shown[n] and tree.nodes[n].children
    }
    reach = profile.reach > PROBABILITY_TOLERANCE if complete else None
    return TreeMarks(chosen, reach, values, current, selected)
