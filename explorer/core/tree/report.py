"""Everything the Tree tab shows about a tree at one point: its subgame-perfect equilibria,
each with its path of play, the steps of backward induction and its cell of the strategic form.

Computed off the GUI thread by :func:`analyse_tree`; the app only draws it.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass

import numpy as np

from explorer.core.numeric import PROBABILITY_TOLERANCE
from explorer.core.solve import Budget
from explorer.core.tree.behaviour import Profile, mixed_from_behaviour
from explorer.core.tree.model import GameTree
from explorer.core.tree.perfect import SubgamePerfect, subgame_perfect
from explorer.core.tree.strategies import StrategicForm, StrategyLimitError, strategic_form
from explorer.core.tree.words import Step, explain, path_of_play, steps

#: Steps of backward induction the stepper walks through, at most.
MAX_TEACHING_STEPS = 500


@dataclass(frozen=True, eq=False)
class PerfectEquilibrium:
    """One subgame-perfect equilibrium as the tab shows it."""

    profile: Profile
    path: str  # the path of play, with probabilities where chance or a mixed move branches
    steps: tuple[Step, ...]  # backward induction, innermost subgame first
    explanation: tuple[str, ...]
    cell: tuple[int, int] | None  # its pure strategies in the reduced strategic form

    @property
    def payoffs(self) -> tuple[float, float]:
        return self.profile.payoffs

    def chosen(self, node: int) -> tuple[float, ...] | None:
        """The probabilities of the actions at a decision node (None where it names none)."""
        tree = self.profile.tree
        decision = tree.nodes[node]
        if not decision.is_decision:
            return None
        return self.profile.behaviour[decision.information_set]


@dataclass(frozen=True, eq=False)
class TreeReport:
    """The tree's subgame-perfect equilibria at ``values``, computed for one tree."""

    tree: GameTree
    values: dict[str, float]
    perfect: SubgamePerfect
    equilibria: tuple[PerfectEquilibrium, ...]

    @property
    def warnings(self) -> tuple[str, ...]:
        return self.perfect.warnings


def analyse_tree(
    tree: GameTree,
    values: Mapping[str, float] | None = None,
    should_stop: Callable[[], bool] | None = None,
    budget: Budget | None = None,
) -> TreeReport:
    """Solve ``tree`` at ``values`` by backward induction and explain every equilibrium.

    Raises
    ------
    TreeError
        If the tree is not valid at ``values`` (probabilities, undefined payoffs), or its
        subgames take longer than the time budget.
    SolveCancelled
        If ``should_stop`` asked to give up.
    """
    perfect = subgame_perfect(tree, values, should_stop=should_stop, budget=budget)
    try:
        form: StrategicForm | None = strategic_form(tree)
    except StrategyLimitError:
        form = None
    equilibria = tuple(
        PerfectEquilibrium(
            profile,
            path_of_play(profile),
            tuple(steps(profile, perfect.subgames, MAX_TEACHING_STEPS)),
            tuple(explain(profile, perfect.subgames)),
            None if form is None else _cell(form, profile),
        )
        for profile in perfect.profiles
    )
    return TreeReport(tree, dict(perfect.point.values), perfect, equilibria)


def _cell(form: StrategicForm, profile: Profile) -> tuple[int, int] | None:
    """The profile's pair of reduced strategies, if it is pure (Kuhn 1953: each plan's
    weight is the product of its actions' probabilities)."""
    chosen = []
    for strategies in form.players:
        mixed = mixed_from_behaviour(profile.tree, strategies, profile.behaviour)
        best = int(np.argmax(mixed))
        if mixed[best] < 1 - PROBABILITY_TOLERANCE:
            return None
        chosen.append(best)
    return chosen[0], chosen[1]
