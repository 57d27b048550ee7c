"""Linear programs of the analyses (HiGHS, through scipy) and tidying their mixtures."""

from __future__ import annotations

from collections.abc import Callable
from fractions import Fraction

import numpy as np

from explorer.core.analysis.payoffs import FloatArray
from explorer.core.numeric import PROBABILITY_TOLERANCE

#: Largest denominator tried when tidying a mixture found by a linear program.
MIXTURE_DENOMINATOR = 1000

# The linear programs run on payoffs divided by the game's scale, so HiGHS's feasibility
# tolerances (tightened to its minimum) sit below the relative slack PAYOFF_TOLERANCE and
# every solution can be verified against the payoff tolerance in the game's own units.
LP_OPTIONS = {"primal_feasibility_tolerance": 1e-10, "dual_feasibility_tolerance": 1e-10}


def best_worst_case(
    V: FloatArray, target: FloatArray | None = None
) -> tuple[float, FloatArray] | None:
    """The mixture σ over the rows of ``V`` that maximises its smallest gain, by an LP:

        max t  subject to  σ·V[:, j] − target[j] ≥ t for every column j,  σ ≥ 0,  Σσ = 1.

    With ``target`` zero this is the maximin strategy and value of a payoff matrix; against
    a strategy's own payoffs it is the best mixture's margin over that strategy. Returns
    (t, σ), or None if the program failed. Pass payoffs near unit scale: the tolerances are
    HiGHS's tightest.
    """
    size, columns = V.shape
    cost = np.zeros(size + 1)
    cost[-1] = -1.0
    from scipy.optimize import linprog  # slow to import: loaded on first use

    result = linprog(
        cost,
        A_ub=np.hstack([-V.T, np.ones((columns, 1))]),
        b_ub=-target if target is not None else np.zeros(columns),
        A_eq=np.hstack([np.ones((1, size)), np.zeros((1, 1))]),
        b_eq=np.ones(1),
        bounds=[(0.0, None)] * size + [(None, None)],
        method="highs",
        options=LP_OPTIONS,
    )
    if result.status != 0:
        return None
    return -float(result.fun), result.x[:size]


def tidy_mixture(raw: FloatArray, acceptable: Callable[[FloatArray], bool]) -> FloatArray | None:
    """The simplest form of a linear program's mixture that still does its job.

    Tried in order: every weight as a fraction with a small denominator (LP vertices of
    rational games are rational), weights below the tolerance set to zero, the raw solution.
    """
    clipped = np.clip(raw, 0.0, None)
    if clipped.sum() <= 0:
        return None
    clipped = clipped / clipped.sum()
    fractions = [Fraction(float(p)).limit_denominator(MIXTURE_DENOMINATOR) for p in clipped]
    candidates = []
    if sum(fractions) == 1:
        candidates.append(np.array([float(f) for f in fractions]))
    cleaned = np.where(clipped > PROBABILITY_TOLERANCE, clipped, 0.0)
    candidates += [cleaned / cleaned.sum(), clipped]
    for candidate in candidates:
        if acceptable(candidate):
            return candidate
    return None
