"""All Nash equilibria of a tree: its reduced strategic form solved, read back as behaviour.

The reduced strategic form (:mod:`.strategies`) is solved by the explorer's engine
(:func:`explorer.core.solve.solve`), whose vertex enumeration lists every extreme
equilibrium within its time budget, each verified as a mutual best response. Trees make
degenerate games (a move that ends the game leaves the other player indifferent among
everything after it), whose equilibria form sets; the list then holds their extreme points,
as Gambit's ``enummixed`` does. Each equilibrium is also given as behaviour strategies
(Kuhn 1953).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from explorer.core.solve import Budget, Solution, solve
from explorer.core.tree.behaviour import Profile, TreePoint, behaviour_from_mixed
from explorer.core.tree.model import GameTree
from explorer.core.tree.strategies import StrategicForm, strategic_form

FloatArray = npt.NDArray[np.float64]
StopCheck = Callable[[], bool]


@dataclass(frozen=True, eq=False)
class TreeNash:
    """The Nash equilibria of a tree at one point: the reduced form's, and as behaviour."""

    point: TreePoint
    form: StrategicForm
    A: FloatArray
    B: FloatArray
    solution: Solution
    profiles: tuple[Profile, ...]  # one per equilibrium of ``solution``, in the same order


def nash_equilibria(
    tree: GameTree,
    values: Mapping[str, float] | None = None,
    method: str = "auto",
    should_stop: StopCheck | None = None,
    budget: Budget | None = None,
) -> TreeNash:
    """Every Nash equilibrium of the tree's reduced strategic form, also as behaviour.

    The engine's ``auto`` method enumerates every extreme equilibrium where that fits the
    time ``budget`` (:data:`~explorer.core.solve.DEFAULT_SECONDS` by default) and says so
    (``solution.complete``, ``solution.warnings``) where it did not.

    Raises
    ------
    TreeError
        If the tree is not valid at ``values``, or a player has more reduced strategies than
        the strategic form may have (:class:`~explorer.core.tree.strategies.StrategyLimitError`).
    """
    point = TreePoint.of(tree, values)
    form = strategic_form(tree)
    A, B = (M[0] for M in form.payoffs_at(point.probability[None], point.outcome[None]))
    solution = solve(A, B, method, should_stop, budget)
    profiles = tuple(profile_of(point, form, e.row, e.column) for e in solution.equilibria)
    return TreeNash(point, form, A, B, solution, profiles)


def profile_of(
    point: TreePoint, form: StrategicForm, row: tuple[float, ...], column: tuple[float, ...]
) -> Profile:
    """The behaviour profile of a mixed-strategy pair of the tree's reduced form."""
    tree = point.tree
    behaviour: list[tuple[float, ...] | None] = [None] * len(tree.information_sets)
    for strategies, mixed in zip(form.players, (row, column), strict=True):
        for infoset, probabilities in behaviour_from_mixed(tree, strategies, mixed).items():
            behaviour[infoset] = probabilities
    return Profile(point, tuple(behaviour))
