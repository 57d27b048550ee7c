"""Checks every algorithm's answer must pass: shapes, supports, mutual best responses."""

from __future__ import annotations

import numpy as np
import numpy.typing as npt

from explorer.core.numeric import PAYOFF_TOLERANCE, PROBABILITY_TOLERANCE, payoff_tolerance

FloatArray = npt.NDArray[np.float64]
BoolArray = npt.NDArray[np.bool_]
IntArray = npt.NDArray[np.int64]

#: A mixed strategy's probabilities may miss a sum of one by this much (float noise).
SUM_TOLERANCE = 1e-7


def as_bimatrix(A: npt.ArrayLike, B: npt.ArrayLike) -> tuple[FloatArray, FloatArray]:
    """Both payoff matrices as finite float arrays of one non-empty 2-D shape (or ValueError)."""
    A = np.asarray(A, dtype=float)
    B = np.asarray(B, dtype=float)
    if A.ndim != 2 or A.shape != B.shape or A.size == 0:
        raise ValueError(
            f"payoff matrices must have the same non-empty 2-D shape, not {A.shape} and {B.shape}"
        )
    if not (np.isfinite(A).all() and np.isfinite(B).all()):
        raise ValueError("payoff matrices must be finite")
    return A, B


def as_bimatrices(A: npt.ArrayLike, B: npt.ArrayLike) -> tuple[FloatArray, FloatArray]:
    """Many games of one shape: two finite float arrays of shape ``(games, m, n)``."""
    A = np.asarray(A, dtype=float)
    B = np.asarray(B, dtype=float)
    if A.ndim != 3 or A.shape != B.shape or 0 in A.shape[1:]:
        raise ValueError(f"expected two arrays of shape (games, m, n), not {A.shape}, {B.shape}")
    if not (np.isfinite(A).all() and np.isfinite(B).all()):
        raise ValueError("payoff matrices must be finite")
    return A, B


def support(strategy: FloatArray, tolerance: float = PROBABILITY_TOLERANCE) -> tuple[int, ...]:
    """Indices of the pure strategies played with positive probability."""
    return tuple(int(i) for i in np.flatnonzero(np.asarray(strategy) > tolerance))


def best_responses(payoffs_against: FloatArray, tolerance: float) -> tuple[int, ...]:
    """Indices whose payoff is within ``tolerance`` of the best in ``payoffs_against``."""
    best = float(np.max(payoffs_against))
    return tuple(int(i) for i in np.flatnonzero(payoffs_against >= best - tolerance))


def is_mixed_strategy(strategy: FloatArray, size: int) -> bool:
    """A probability vector of the right length (within float tolerance)."""
    return (
        strategy.shape == (size,)
        and bool(np.all(np.isfinite(strategy)))
        and bool(np.all(strategy >= -PROBABILITY_TOLERANCE))
        and abs(float(strategy.sum()) - 1.0) <= SUM_TOLERANCE
    )


def is_equilibrium(
    A: FloatArray, B: FloatArray, x: FloatArray, y: FloatArray, tolerance: float | None = None
) -> bool:
    """True if ``x`` and ``y`` are mutual best responses in the bimatrix game ``(A, B)``.

    Each player's expected payoff must be within ``tolerance`` (default: the payoff
    tolerance of :mod:`explorer.core.numeric`) of its best pure reply.
    """
    m, n = A.shape
    if not (is_mixed_strategy(x, m) and is_mixed_strategy(y, n)):
        return False
    slack = payoff_tolerance(A, B) if tolerance is None else tolerance
    row_payoffs, column_payoffs = A @ y, x @ B
    return bool(
        x @ row_payoffs >= row_payoffs.max() - slack
        and column_payoffs @ y >= column_payoffs.max() - slack
    )


def payoff_slack(A: FloatArray, B: FloatArray) -> FloatArray:
    """Per game of a batch ``(games, m, n)``: the slack of :func:`payoff_tolerance`."""
    scale = np.maximum(np.abs(A).max(axis=(1, 2)), np.abs(B).max(axis=(1, 2)))
    slack: FloatArray = PAYOFF_TOLERANCE * np.maximum(1.0, scale)
    return slack


def cleaned(strategies: FloatArray) -> FloatArray:
    """Rows of mixed strategies with float noise below the probability tolerance set to zero,
    renormalised to sum to one."""
    kept = np.where(strategies > PROBABILITY_TOLERANCE, strategies, 0.0)
    normalised: FloatArray = kept / kept.sum(axis=-1, keepdims=True)
    return normalised


def mutual_best_responses(
    A: FloatArray, B: FloatArray, game: IntArray, x: FloatArray, y: FloatArray, slack: FloatArray
) -> BoolArray:
    """Vectorised :func:`is_equilibrium`: for each profile ``(x[e], y[e])`` of game
    ``game[e]`` of the batch ``(A, B)``, whether it is a pair of mutual best responses.

    The same test as the single-game check, row by row: both are probability vectors and
    each player's payoff is within ``slack[game]`` of its best pure reply.
    """
    row_payoffs = np.einsum("eij,ej->ei", A[game], y)
    column_payoffs = np.einsum("ei,eij->ej", x, B[game])
    tolerance = slack[game]
    probabilities = (
        (x >= -PROBABILITY_TOLERANCE).all(-1)
        & (y >= -PROBABILITY_TOLERANCE).all(-1)
        & (np.abs(x.sum(-1) - 1.0) <= SUM_TOLERANCE)
        & (np.abs(y.sum(-1) - 1.0) <= SUM_TOLERANCE)
    )
    row_best = (x * row_payoffs).sum(-1) >= row_payoffs.max(-1) - tolerance
    column_best = (y * column_payoffs).sum(-1) >= column_payoffs.max(-1) - tolerance
    verified: BoolArray = probabilities & row_best & column_best
    return verified


__all__ = [
    "SUM_TOLERANCE",
    "as_bimatrices",
    "as_bimatrix",
    "best_responses",
    "cleaned",
    "is_equilibrium",
    "is_mixed_strategy",
    "mutual_best_responses",
    "payoff_slack",
    "support",
]
