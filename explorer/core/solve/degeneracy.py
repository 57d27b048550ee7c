"""Degenerate games: how the engine tells, and what it means in words.

A bimatrix game is nondegenerate if no mixed strategy with support of size k has more
than k pure best responses (von Stengel 2007, Definition 3.2). In the best-response
polytopes that is: no vertex of P has more than m labels and none of Q more than n
(a point of P with support size k and more than k best replies has more than m labels,
and a face with surplus labels has a vertex with surplus labels). Enumerating the
vertices (:func:`explorer.core.solve.vertices.vertices`) therefore settles the question
exactly. Where the game is too large to enumerate, :func:`evident_degeneracy` reports
what the payoffs and the equilibria found show: ties among pure best responses, or an
equilibrium with more best replies than its support.
"""

from __future__ import annotations

import numpy as np
import numpy.typing as npt

from explorer.core.i18n import _
from explorer.core.numeric import PROBABILITY_TOLERANCE
from explorer.core.solve.budget import Budget
from explorer.core.solve.polytope import best_response_polytopes
from explorer.core.solve.verify import payoff_slack
from explorer.core.solve.vertices import vertices

FloatArray = npt.NDArray[np.float64]
BoolArray = npt.NDArray[np.bool_]
IntArray = npt.NDArray[np.int64]


def degenerate_games(A: FloatArray, B: FloatArray, budget: Budget) -> BoolArray:
    """Per game of the batch ``(games, m, n)``: degenerate, decided from the polytopes'
    vertices (as much work as vertex enumeration without the pairing)."""
    P, Q = best_response_polytopes(A, B, payoff_slack(A, B))
    return vertices(P, budget)[1] | vertices(Q, budget)[1]


def pure_ties(A: FloatArray, B: FloatArray, slack: FloatArray) -> BoolArray:
    """Per game: a pure strategy with two or more pure best responses."""
    tolerance = slack[:, None, None]
    row_best = A >= A.max(axis=1, keepdims=True) - tolerance
    column_best = B >= B.max(axis=2, keepdims=True) - tolerance
    ties: BoolArray = (row_best.sum(axis=1) > 1).any(axis=1) | (column_best.sum(axis=2) > 1).any(
        axis=1
    )
    return ties


def evident_degeneracy(
    A: FloatArray,
    B: FloatArray,
    game: IntArray,
    rows: FloatArray,
    columns: FloatArray,
) -> BoolArray:
    """Per game: what shows degeneracy without enumerating, pure ties or an equilibrium
    ``(rows[e], columns[e])`` of game ``game[e]`` with more best replies than its support."""
    slack = payoff_slack(A, B)
    flagged = pure_ties(A, B, slack)
    if len(game):
        row_payoffs = np.einsum("eij,ej->ei", A[game], columns)
        column_payoffs = np.einsum("ei,eij->ej", rows, B[game])
        tolerance = slack[game][:, None]
        row_replies = (row_payoffs >= row_payoffs.max(-1, keepdims=True) - tolerance).sum(-1)
        column_replies = (column_payoffs >= column_payoffs.max(-1, keepdims=True) - tolerance).sum(
            -1
        )
        extra = (row_replies > (columns > PROBABILITY_TOLERANCE).sum(-1)) | (
            column_replies > (rows > PROBABILITY_TOLERANCE).sum(-1)
        )
        flagged[game[extra]] = True
    return flagged


def degeneracy_explanation() -> str:
    """What degeneracy means, in words a class can follow."""
    return _(
        "This game is degenerate: some strategy, pure or mixed over k strategies, leaves the "
        "other player more than k equally good best replies (a tie). Equilibria may then "
        "form connected sets with infinitely many members; the list shows their corners "
        "(the extreme equilibria)."
    )


__all__ = ["degeneracy_explanation", "degenerate_games", "evident_degeneracy", "pure_ties"]
