"""Support enumeration: equilibria with supports of equal size, for many games at once.

Algorithm 3.4 of Nisan et al. (2007): for every pair of supports (S, T) with |S| = |T| = k,
the column player's mixture on T that makes the rows S indifferent and the row player's
mixture on S that makes the columns T indifferent; a pair is an equilibrium if both are
probability vectors and nothing outside the supports does better. In the best-response
polytopes (:mod:`explorer.core.solve.polytope`) the first is the point of Q solving the
tight system (T, S), the second the point of P solving (S, T), and "nothing does better"
is that both points lie in their polytopes: so support enumeration pairs the feasible
points of P and Q found for the same (S, T). In a nondegenerate game that lists every
equilibrium; in a degenerate one it can miss some (use vertex enumeration there).
"""

from __future__ import annotations

import numpy as np
import numpy.typing as npt

from explorer.core.solve.budget import Budget
from explorer.core.solve.linalg import subsets
from explorer.core.solve.polytope import Points, best_response_polytopes
from explorer.core.solve.verify import cleaned, payoff_slack
from explorer.core.solve.vertex_enumeration import ExtremeEquilibria, Profiles
from explorer.core.solve.vertices import distinct_vertices, feasible_points

FloatArray = npt.NDArray[np.float64]
IntArray = npt.NDArray[np.int64]

#: Digits to which two equilibria found from different supports must agree to be one.
_DIGITS = 9


def _same_supports(p: Points, q: Points, k: int, m: int, n: int) -> tuple[IntArray, IntArray]:
    """Index pairs of P-points and Q-points from the same (S, T): P solved (S, T), Q (T, S)."""
    width_rows, width_columns = len(subsets(m, k)), len(subsets(n, k))
    p_key = (p.game * width_rows + p.rows) * width_columns + p.columns
    q_key = (q.game * width_rows + q.columns) * width_columns + q.rows
    order = np.argsort(q_key, kind="stable")
    if not len(order):
        none = np.zeros(0, dtype=np.int64)
        return none, none
    position = np.minimum(np.searchsorted(q_key[order], p_key), len(order) - 1)
    hit = q_key[order][position] == p_key
    return np.flatnonzero(hit), order[position[hit]]


def _distinct(profiles: Profiles) -> Profiles:
    """One of each equilibrium per game (degenerate games reach some from several supports)."""
    if not len(profiles):
        return profiles
    key = np.column_stack(
        [profiles.game, np.round(profiles.rows, _DIGITS), np.round(profiles.columns, _DIGITS)]
    )
    _, first = np.unique(key, axis=0, return_index=True)
    return profiles.take(np.sort(first))


def support_equilibria(A: FloatArray, B: FloatArray, budget: Budget) -> ExtremeEquilibria:
    """Every equilibrium support enumeration finds in each game of the batch ``(games, m, n)``,
    and per game whether the best-response polytopes show the game to be degenerate."""
    games, m, n = A.shape
    P, Q = best_response_polytopes(A, B, payoff_slack(A, B))
    found: list[Profiles] = []
    p_points: list[Points] = []
    q_points: list[Points] = []
    for k in range(1, min(m, n) + 1):
        p = feasible_points(P, k, budget)
        q = feasible_points(Q, k, budget)
        i, j = _same_supports(p, q, k, m, n)
        found.append(Profiles(p.game[i], cleaned(p.point[i]), cleaned(q.point[j])))
        p_points.append(p)
        q_points.append(q)
    _, p_degenerate = distinct_vertices(Points.joined(p_points, m), games)
    _, q_degenerate = distinct_vertices(Points.joined(q_points, n), games)
    profiles = _distinct(Profiles.joined(found, m, n))
    order = np.argsort(profiles.game, kind="stable")
    degenerate = p_degenerate | q_degenerate
    return ExtremeEquilibria(profiles.take(order), degenerate, np.ones(games, dtype=bool))


__all__ = ["support_equilibria"]
