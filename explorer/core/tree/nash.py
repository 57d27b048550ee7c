"""All Nash equilibria of a tree: its reduced strategic form solved, read back as behaviour.

The reduced strategic form (:mod:`.strategies`) is solved by the explorer's engine
(:func:`explorer.core.solve.solve`). Trees make degenerate games (a move that ends the game
leaves the other player indifferent among everything after it), whose equilibria form sets;
the list then holds their extreme points, as Gambit's ``enummixed`` does. Where the engine
cannot promise a complete list (it runs vertex enumeration up to 8 strategies a player),
nashpy's vertex enumeration completes it where the polytopes are small enough
(:data:`NASHPY_VERTEX_BASES`; Avis et al. 2010: the extreme equilibria are the completely
labelled vertex pairs of the best-response polytopes); every equilibrium it returns is
checked as a mutual best response. Each equilibrium is also given as behaviour strategies
(Kuhn 1953).
"""

from __future__ import annotations

import math
import warnings
from collections.abc import Callable, Mapping
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from explorer.core.i18n import _
from explorer.core.numeric import payoff_tolerance
from explorer.core.solve import Equilibrium, Solution, SolveCancelled, is_equilibrium, solve
from explorer.core.tree.behaviour import Profile, TreePoint, behaviour_from_mixed
from explorer.core.tree.model import GameTree
from explorer.core.tree.strategies import StrategicForm, strategic_form

FloatArray = npt.NDArray[np.float64]
StopCheck = Callable[[], bool]

#: nashpy's vertex enumeration completes the engine's list for m × n forms with at most this
#: many bases, C(m + n, min(m, n)): a bound on the vertices of the best-response polytopes.
NASHPY_VERTEX_BASES = 500_000


@dataclass(frozen=True, eq=False)
class TreeNash:
    """The Nash equilibria of a tree at one point: the reduced form's, and as behaviour."""

    point: TreePoint
    form: StrategicForm
    A: FloatArray
    B: FloatArray
    solution: Solution
    profiles: tuple[Profile, ...]  # one per equilibrium of ``solution``, in the same order


def solve_form(
    A: FloatArray,
    B: FloatArray,
    method: str = "auto",
    nashpy: bool | None = None,
    should_stop: StopCheck | None = None,
) -> Solution:
    """The engine's equilibria of ``(A, B)``, completed by nashpy's vertex enumeration.

    Parameters
    ----------
    method
        The engine's method (see :func:`explorer.core.solve.solve`).
    nashpy
        ``None``: run nashpy's vertex enumeration when the engine's list is not known to be
        complete and the game is small enough; ``True``: always (within the size); ``False``:
        never.
    """
    solution = solve(A, B, method, should_stop)
    wanted = nashpy if nashpy is not None else not solution.complete
    m, n = A.shape
    if not wanted or min(m, n) < 2 or math.comb(m + n, min(m, n)) > NASHPY_VERTEX_BASES:
        return solution
    found = _nashpy_vertex(A, B, should_stop)
    if found is None:
        return solution
    merged = list(solution.equilibria)
    for x, y in found:
        if not any(
            np.allclose(e.row, x, atol=1e-7) and np.allclose(e.column, y, atol=1e-7) for e in merged
        ):
            merged.append(
                Equilibrium(tuple(map(float, x)), tuple(map(float, y)), _payoffs(A, B, x, y))
            )
    used = solution.method.split("+")
    note = _(
        "nashpy's vertex enumeration completed the list (the engine runs it only up to 8 "
        "strategies a player)."
    )
    return Solution(
        equilibria=tuple(merged),
        method="+".join(dict.fromkeys([*used, "vertex"])),
        requested=solution.requested,
        degenerate=solution.degenerate,
        complete=True,
        warnings=(note,),  # the engine's notes all concern the list it could not complete
    )


def _payoffs(A: FloatArray, B: FloatArray, x: FloatArray, y: FloatArray) -> tuple[float, float]:
    return float(x @ A @ y), float(x @ B @ y)


def _nashpy_vertex(
    A: FloatArray, B: FloatArray, should_stop: StopCheck | None
) -> list[tuple[FloatArray, FloatArray]] | None:
    """nashpy's vertex enumeration on payoffs shifted to be positive (its polytopes need it);
    None if qhull fails on the game."""
    import nashpy

    slack = payoff_tolerance(A, B)
    game = nashpy.Game(A - A.min() + 1, B - B.min() + 1)
    found = []
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            for x, y in game.vertex_enumeration():
                if should_stop is not None and should_stop():
                    raise SolveCancelled
                x, y = (
                    np.clip(np.asarray(x, float), 0, None),
                    np.clip(np.asarray(y, float), 0, None),
                )
                x, y = x / x.sum(), y / y.sum()
                if is_equilibrium(A, B, x, y, slack):
                    found.append((x, y))
    except SolveCancelled:
        raise
    except Exception:  # qhull and scipy raise several unrelated types on hard polytopes
        return None
    return found


def nash_equilibria(
    tree: GameTree,
    values: Mapping[str, float] | None = None,
    method: str = "auto",
    nashpy: bool | None = None,
    should_stop: StopCheck | None = None,
) -> TreeNash:
    """Every Nash equilibrium of the tree's reduced strategic form, also as behaviour.

    Raises
    ------
    TreeError
        If the tree is not valid at ``values``, or a player has more reduced strategies than
        the strategic form may have (:class:`~explorer.core.tree.strategies.StrategyLimitError`).
    """
    point = TreePoint.of(tree, values)
    form = strategic_form(tree)
    A, B = (M[0] for M in form.payoffs_at(point.probability[None], point.outcome[None]))
    solution = solve_form(A, B, method, nashpy, should_stop)
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
