"""Equilibria of many games of one shape at once: support enumeration vectorised over games.

A parameter sweep solves thousands of games that differ only in their numbers. Looping
over nashpy takes seconds; here each step of support enumeration (Algorithm 3.4 of Nisan
et al. 2007) runs for every game together: for all support pairs of one size, one
stacked linear solve over every game, then vectorised feasibility and best-response
checks. The tolerances, verification and degeneracy tests are those of
:func:`explorer.core.solve.solve`, the solver of record; every game that the fast path
finds degenerate, or doubtful in any way, is handed to that solver, so the two agree at
every point.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from explorer.core.solve import (
    PAYOFF_TOLERANCE,
    PROBABILITY_TOLERANCE,
    SUPPORT_PAIR_LIMIT,
    Equilibrium,
    Solution,
    SolveCancelled,
    _order,
    _support_pair_count,
    _with_exact_fractions,
    indifference_weights,
    solve,
)

FloatArray = npt.NDArray[np.float64]
BoolArray = npt.NDArray[np.bool_]
IntArray = npt.NDArray[np.int64]

#: A weight this small but above zero makes a candidate doubtful: the game goes to the
#: solver of record (which would merge it with a neighbour of smaller support).
DOUBTFUL_WEIGHT = 1e-7
#: The fast degeneracy screen accepts residuals this large: it must flag every game the
#: solver of record calls degenerate (a few more only cost a fallback).
SCREEN_RESIDUAL = 1e-7


@dataclass(frozen=True, eq=False)
class BatchSolution:
    """All equilibria of N games, as arrays padded to the largest count K.

    ``rows[g, k]`` and ``columns[g, k]`` are the mixed strategies of equilibrium k of game
    g (NaN where k >= ``count[g]``), ``payoffs[g, k]`` both expected payoffs.
    ``fallback[g]`` is True where the game was solved by :func:`~explorer.core.solve.solve`.
    """

    A: FloatArray
    B: FloatArray
    rows: FloatArray
    columns: FloatArray
    payoffs: FloatArray
    count: IntArray
    degenerate: BoolArray
    fallback: BoolArray

    def __len__(self) -> int:
        return int(self.count.shape[0])

    def equilibria(self, game: int) -> tuple[Equilibrium, ...]:
        """Game ``game``'s equilibria as :class:`Equilibrium` objects, exact where possible."""
        found = [
            Equilibrium(
                tuple(float(p) for p in self.rows[game, k]),
                tuple(float(q) for q in self.columns[game, k]),
                (float(self.payoffs[game, k, 0]), float(self.payoffs[game, k, 1])),
            )
            for k in range(int(self.count[game]))
        ]
        exact = _with_exact_fractions(self.A[game], self.B[game], found)
        return tuple(sorted(exact, key=_order))


def _payoff_slack(A: FloatArray, B: FloatArray) -> FloatArray:
    """Per game: the best-response slack of :func:`explorer.core.solve.payoff_tolerance`."""
    scale = np.maximum(np.abs(A).max(axis=(1, 2)), np.abs(B).max(axis=(1, 2)))
    slack: FloatArray = PAYOFF_TOLERANCE * np.maximum(1.0, scale)
    return slack


def _pure_ties(A: FloatArray, B: FloatArray, slack: FloatArray) -> BoolArray:
    """Per game: a pure strategy with two or more pure best responses."""
    row_best = A.max(axis=1, keepdims=True) - slack[:, None, None] <= A
    column_best = B.max(axis=2, keepdims=True) - slack[:, None, None] <= B
    ties: BoolArray = (row_best.sum(axis=1) > 1).any(axis=1) | (column_best.sum(axis=2) > 1).any(
        axis=1
    )
    return ties


def _extra_replies_screen(M: FloatArray, slack: FloatArray) -> BoolArray:
    """Per game: some mixture of k rows of M makes k + 1 columns equal and best (a screen).

    The vectorised counterpart of the single-game check. For a support I (k rows) and
    replies J (k + 1 columns), the mixture that equalises the first k replies comes from
    :func:`indifference_weights`; the last reply must then be equal too. The tolerances are
    looser than the single-game check's and singular systems are flagged outright, so that
    every game the solver of record calls degenerate is flagged here (a few more games
    only cost a fallback).
    """
    games, rows, columns = M.shape
    flagged = np.zeros(games, dtype=bool)
    scale = SCREEN_RESIDUAL * np.maximum(1.0, np.abs(M).max(axis=(1, 2)))
    # k = 1 is a pure strategy with two best replies: the pure-tie check covers it.
    for k in range(2, min(rows, columns - 1) + 1):
        supports = np.array(list(itertools.combinations(range(rows), k)))
        replies = np.array(list(itertools.combinations(range(columns), k + 1)))
        support_of_pair = np.repeat(supports, len(replies), axis=0)  # (P, k)
        replies_of_pair = np.tile(replies, (len(supports), 1))  # (P, k + 1)
        # blocks[g, p, r, c] = M[g, support c, reply r]: rows are the replies to equalise.
        payoffs = M[:, support_of_pair[:, :, None], replies_of_pair[:, None, :]]  # (G,P,k,k+1)
        blocks = np.swapaxes(payoffs, -1, -2)  # (G, P, k + 1, k)
        x = indifference_weights(blocks[..., :k, :])  # equalises the first k replies
        last = blocks[..., k, :] - blocks[..., 0, :]
        residual = np.abs((x * last).sum(-1))
        values = np.einsum("gpk,gpkc->gpc", np.nan_to_num(x), M[:, support_of_pair, :])
        reply_values = np.take_along_axis(
            values, np.broadcast_to(replies_of_pair, (games, *replies_of_pair.shape)), -1
        )
        best = reply_values.min(-1) >= values.max(-1) - 10 * slack[:, None]
        positive = x.min(-1) > -PROBABILITY_TOLERANCE
        singular = ~np.isfinite(x).all(-1)
        hit = singular | ((residual <= scale[:, None]) & positive & best)
        flagged |= hit.any(-1)
    return flagged


@dataclass
class _Candidates:
    """Verified equilibria found by the fast path, one entry per (game, support pair)."""

    game: IntArray
    rows: FloatArray
    columns: FloatArray


def _pure_candidates(A: FloatArray, B: FloatArray, slack: FloatArray) -> _Candidates:
    """Pure equilibria of every game: cells that are best responses for both players."""
    _, m, n = A.shape
    tolerance = slack[:, None, None]
    mutual = (A >= A.max(axis=1, keepdims=True) - tolerance) & (
        B >= B.max(axis=2, keepdims=True) - tolerance
    )
    game, i, j = np.nonzero(mutual)
    rows = np.zeros((len(game), m))
    columns = np.zeros((len(game), n))
    rows[np.arange(len(game)), i] = 1.0
    columns[np.arange(len(game)), j] = 1.0
    return _Candidates(game, rows, columns)


def _candidates_of_size(
    A: FloatArray, B: FloatArray, k: int, slack: FloatArray
) -> tuple[_Candidates, BoolArray]:
    """Support enumeration for every pair of supports of size k, in every game at once.

    Returns the verified candidates and, per game, whether one of them is doubtful
    (a weight near zero, or more best replies than its support: signs of degeneracy).
    """
    games, m, n = A.shape
    row_sets = np.array(list(itertools.combinations(range(m), k)))
    column_sets = np.array(list(itertools.combinations(range(n), k)))
    rows_of_pair = np.repeat(row_sets, len(column_sets), axis=0)  # (P, k)
    columns_of_pair = np.tile(column_sets, (len(row_sets), 1))  # (P, k)
    # Blocks (games, P, k, k): rows = the indifferent player's support, columns = the mixer's.
    A_blocks = A[:, rows_of_pair[:, :, None], columns_of_pair[:, None, :]]
    B_blocks = np.swapaxes(B[:, rows_of_pair[:, :, None], columns_of_pair[:, None, :]], -1, -2)
    y_weights = indifference_weights(A_blocks)  # the column player's mixture
    x_weights = indifference_weights(B_blocks)  # the row player's mixture
    floor = -PROBABILITY_TOLERANCE
    feasible = (x_weights >= floor).all(-1) & (y_weights >= floor).all(-1)  # NaN fails
    game, pair = np.nonzero(feasible)
    count = len(game)
    x = np.zeros((count, m))
    y = np.zeros((count, n))
    slots = np.arange(count)[:, None]
    x[slots, rows_of_pair[pair]] = np.clip(x_weights[game, pair], 0.0, None)
    y[slots, columns_of_pair[pair]] = np.clip(y_weights[game, pair], 0.0, None)
    # Mutual best responses within the payoff-scaled slack, as solve.is_equilibrium.
    row_payoffs = np.einsum("fij,fj->fi", A[game], y)
    column_payoffs = np.einsum("fi,fij->fj", x, B[game])
    tolerance = slack[game]
    row_best = row_payoffs.max(-1)
    column_best = column_payoffs.max(-1)
    valid = (
        (np.abs(x.sum(-1) - 1) <= 1e-7)
        & (np.abs(y.sum(-1) - 1) <= 1e-7)
        & ((x * row_payoffs).sum(-1) >= row_best - tolerance)
        & ((y * column_payoffs).sum(-1) >= column_best - tolerance)
    )
    # Doubtful: a weight near zero (the candidate may merge with one of smaller support),
    # or more best replies than the support's size (the game is degenerate).
    weights = np.concatenate([x_weights[game, pair], y_weights[game, pair]], axis=-1)
    replies = np.maximum(
        (row_payoffs >= (row_best - tolerance)[:, None]).sum(-1),
        (column_payoffs >= (column_best - tolerance)[:, None]).sum(-1),
    )
    doubtful_candidate = valid & (((weights <= DOUBTFUL_WEIGHT).any(-1)) | (replies > k))
    doubtful = np.zeros(games, dtype=bool)
    doubtful[game[doubtful_candidate]] = True
    return _Candidates(game[valid], x[valid], y[valid]), doubtful


def _fast_support_enumeration(
    A: FloatArray, B: FloatArray, stop: Callable[[], bool]
) -> tuple[_Candidates, BoolArray]:
    """All fast-path equilibria, and which games need the solver of record."""
    games, m, n = A.shape
    slack = _payoff_slack(A, B)
    found = []
    needs_fallback = _pure_ties(A, B, slack)
    # Pure profiles need no linear algebra; a tie among best replies is caught above.
    found.append(_pure_candidates(A, B, slack))
    for k in range(2, min(m, n) + 1):
        if stop():
            raise SolveCancelled
        candidates, doubtful = _candidates_of_size(A, B, k, slack)
        found.append(candidates)
        needs_fallback |= doubtful
    together = _Candidates(
        np.concatenate([c.game for c in found]),
        np.concatenate([c.rows for c in found]),
        np.concatenate([c.columns for c in found]),
    )
    # A nondegenerate game has an odd number of equilibria (Shapley 1974).
    needs_fallback |= np.bincount(together.game, minlength=games) % 2 == 0
    screen = np.flatnonzero(~needs_fallback)
    if len(screen):
        flagged = _extra_replies_screen(B[screen], slack[screen]) | _extra_replies_screen(
            np.swapaxes(A[screen], 1, 2), slack[screen]
        )
        needs_fallback[screen[flagged]] = True
    return together, needs_fallback


def solve_batch(
    A: npt.ArrayLike,
    B: npt.ArrayLike,
    method: str = "auto",
    should_stop: Callable[[], bool] | None = None,
) -> BatchSolution:
    """Equilibria of many games of one shape, equal to :func:`solve` game by game.

    Parameters
    ----------
    A, B
        Payoffs of shape ``(games, m, n)``, finite.
    method
        ``"auto"`` uses the vectorised support enumeration where the single-game solver
        would use support enumeration, and hands degenerate or doubtful games to it; any
        other method solves every game with :func:`solve` and that method.
    should_stop
        Polled between steps; returning True raises :class:`SolveCancelled`.
    """
    A = np.asarray(A, dtype=float)
    B = np.asarray(B, dtype=float)
    if A.ndim != 3 or A.shape != B.shape:
        raise ValueError(f"expected two arrays of shape (games, m, n), not {A.shape}, {B.shape}")
    stop = should_stop or (lambda: False)
    games, m, n = A.shape
    vectorised = (
        method == "auto" and _support_pair_count(m, n) <= SUPPORT_PAIR_LIMIT and min(m, n) > 1
    )
    if vectorised:
        found, needs_fallback = _fast_support_enumeration(A, B, stop)
        kept = ~needs_fallback[found.game]
        found = _Candidates(found.game[kept], found.rows[kept], found.columns[kept])
    else:
        empty = np.zeros((0, m))
        found = _Candidates(np.zeros(0, dtype=np.int64), empty, np.zeros((0, n)))
        needs_fallback = np.ones(games, dtype=bool)
    fallback_solutions: dict[int, Solution] = {}
    for index in np.flatnonzero(needs_fallback):
        if stop():
            raise SolveCancelled
        fallback_solutions[int(index)] = solve(A[index], B[index], method, stop)
    count = np.bincount(found.game, minlength=games)
    for point, solution in fallback_solutions.items():
        count[point] = len(solution.equilibria)
    width = int(count.max(initial=0))
    rows = np.full((games, width, m), np.nan)
    columns = np.full((games, width, n), np.nan)
    # Candidates arrive grouped by support size; a stable sort by game keeps that order.
    order = np.argsort(found.game, kind="stable")
    game = found.game[order]
    first = np.searchsorted(game, game, side="left")
    slot = np.arange(len(game)) - first
    # As solve() does: float noise below the probability tolerance is zeroed.
    chosen_rows = np.where(found.rows[order] > PROBABILITY_TOLERANCE, found.rows[order], 0.0)
    chosen_columns = np.where(
        found.columns[order] > PROBABILITY_TOLERANCE, found.columns[order], 0.0
    )
    rows[game, slot] = chosen_rows / chosen_rows.sum(-1, keepdims=True)
    columns[game, slot] = chosen_columns / chosen_columns.sum(-1, keepdims=True)
    degenerate = np.zeros(games, dtype=bool)
    for point, solution in fallback_solutions.items():
        degenerate[point] = solution.degenerate
        for k, eq in enumerate(solution.equilibria):
            rows[point, k] = eq.row
            columns[point, k] = eq.column
    payoffs = np.stack(
        [
            np.einsum("gki,gij,gkj->gk", rows, A, columns),
            np.einsum("gki,gij,gkj->gk", rows, B, columns),
        ],
        axis=-1,
    )
    return BatchSolution(A, B, rows, columns, payoffs, count, degenerate, needs_fallback)
