"""nashpy's own algorithms, made sound, for a class to compare with the engine's.

nashpy (Knight and Campbell 2018) is the library the app was first built on. Its
algorithms are kept here so that a class can see the same game solved by a second,
independent implementation, and the test suite uses them as a cross-check:

* support enumeration walks nashpy's support pairs (equal sizes, in nashpy's order), but
  solves the indifference equations with the engine's tolerance (nashpy's exact float
  comparisons miss equilibria of ordinary float games); the pairs are listed here, not by
  nashpy's ``potential_support_pairs``, which filters all 2^n column supports for every row
  support and so may go for hours between two pairs, out of reach of the time budget;
* vertex enumeration gets payoffs shifted to be positive, as its polytopes require, and
  runs where the game is degenerate (support enumeration can miss equilibria there);
* Lemke-Howson runs only if nothing else found an equilibrium, from every label, with a
  time limit (nashpy's pivoting can cycle, and is off by one on non-square games).

nashpy, scipy and networkx take about a second to import, so they are imported here,
where one of these algorithms first runs, never when the app starts.
"""

from __future__ import annotations

import itertools
import warnings
from collections.abc import Iterator

import numpy as np
import numpy.typing as npt

from explorer.core.numeric import PROBABILITY_TOLERANCE
from explorer.core.solve.budget import Budget
from explorer.core.solve.linalg import solve_ones
from explorer.core.solve.polytope import Polytope, best_response_polytopes
from explorer.core.solve.verify import payoff_slack

FloatArray = npt.NDArray[np.float64]
Profile = tuple[FloatArray, FloatArray]

#: Largest number of strategies for which nashpy's vertex enumeration is run.
NASHPY_VERTEX_LIMIT = 8
#: Pivots nashpy's Lemke-Howson may take per starting label.
NASHPY_LEMKE_HOWSON_PIVOTS = 2_000


def _mixture(polytope: Polytope, support: tuple[int, ...], tight: tuple[int, ...]) -> FloatArray:
    """The polytope's point with coordinates ``support`` making ``tight`` tight, normalised;
    NaN if the system is singular."""
    M = polytope.M[0]
    z = solve_ones(M[np.ix_(support, tight)].T[None])[0]
    strategy = np.zeros(M.shape[0])
    strategy[list(support)] = z
    with np.errstate(invalid="ignore", divide="ignore"):
        normalised: FloatArray = strategy / strategy.sum()
    return normalised


def support_pairs(rows: int, columns: int) -> Iterator[tuple[tuple[int, ...], tuple[int, ...]]]:
    """The pairs of supports of equal size k, row supports by size then lexicographically,
    each with every column support of its size: nashpy's ``potential_support_pairs(A, B,
    non_degenerate=True)`` in its order, with no work between one pair and the next."""
    for size in range(1, min(rows, columns) + 1):
        for row_support in itertools.combinations(range(rows), size):
            for column_support in itertools.combinations(range(columns), size):
                yield row_support, column_support


def support_candidates(A: FloatArray, B: FloatArray, budget: Budget) -> Iterator[Profile]:
    """Support enumeration over nashpy's support pairs (:func:`support_pairs`)."""
    P, Q = best_response_polytopes(A[None], B[None], payoff_slack(A[None], B[None]))
    for rows, columns in support_pairs(*A.shape):
        budget.check()
        y = _mixture(Q, columns, rows)
        x = _mixture(P, rows, columns)
        finite = np.all(np.isfinite(x)) and np.all(np.isfinite(y))
        if finite and x.min() >= -PROBABILITY_TOLERANCE and y.min() >= -PROBABILITY_TOLERANCE:
            yield np.clip(x, 0.0, None), np.clip(y, 0.0, None)


def vertex_candidates(A: FloatArray, B: FloatArray, budget: Budget) -> Iterator[Profile]:
    """nashpy's vertex enumeration on payoffs shifted to be at least 1."""
    from nashpy.algorithms.vertex_enumeration import vertex_enumeration

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        for x, y in vertex_enumeration(A - A.min() + 1.0, B - B.min() + 1.0):
            budget.check()
            yield np.asarray(x, dtype=float), np.asarray(y, dtype=float)


def lemke_howson_candidates(A: FloatArray, B: FloatArray, budget: Budget) -> Iterator[Profile]:
    """nashpy's tableaux pivoted from every label, each path cut off after a limit."""
    from nashpy.linalg import create_col_tableau, create_row_tableau

    A1, B1 = A - A.min() + 1.0, B - B.min() + 1.0
    for label in range(sum(A.shape)):
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", RuntimeWarning)
            try:
                col_tableau = create_col_tableau(A1, True)
                row_tableau = create_row_tableau(B1, True)
                order = (row_tableau, col_tableau)
                if label not in row_tableau.non_basic_variables:
                    order = (col_tableau, row_tableau)
                entering = label
                for pivot in range(NASHPY_LEMKE_HOWSON_PIVOTS):
                    budget.check()
                    entering = order[pivot % 2].pivot_and_drop_label(entering)
                    labels = col_tableau.non_basic_variables | row_tableau.non_basic_variables
                    if labels == col_tableau.labels:
                        x = row_tableau.to_strategy(col_tableau.non_basic_variables)
                        y = col_tableau.to_strategy(row_tableau.non_basic_variables)
                        yield np.asarray(x, dtype=float), np.asarray(y, dtype=float)
                        break
            except (ValueError, IndexError, KeyError, ZeroDivisionError, FloatingPointError):
                continue


def nashpy_candidates(
    A: FloatArray, B: FloatArray, degenerate: bool, budget: Budget
) -> tuple[list[Profile], bool]:
    """Candidates from nashpy's algorithms for one game, and whether they are complete.

    Support enumeration always; vertex enumeration as well where the game is degenerate
    and small enough; Lemke-Howson only if neither found anything.
    """
    found = list(support_candidates(A, B, budget))
    complete = not degenerate
    small = min(A.shape) > 1 and max(A.shape) <= NASHPY_VERTEX_LIMIT
    if degenerate and small:
        try:
            found.extend(vertex_candidates(A, B, budget))
            complete = True
        except (ValueError, ArithmeticError, RuntimeError):  # qhull and scipy's LP
            complete = False
    if not found:
        found.extend(lemke_howson_candidates(A, B, budget))
    return found, complete


__all__ = [
    "NASHPY_LEMKE_HOWSON_PIVOTS",
    "NASHPY_VERTEX_LIMIT",
    "lemke_howson_candidates",
    "nashpy_candidates",
    "support_candidates",
    "support_pairs",
    "vertex_candidates",
]
