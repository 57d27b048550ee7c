"""Exact fractions for equilibria of games whose payoffs are simple rationals, on demand.

Converting and checking fractions costs milliseconds per equilibrium, so it is done only
where a fraction is shown: :class:`RationalGame` turns the payoffs into fractions on
first use, and :func:`exact_profile` checks a float equilibrium's fractions exactly.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from fractions import Fraction

import numpy as np
import numpy.typing as npt

from explorer.core.numeric import MAX_DENOMINATOR, PROBABILITY_TOLERANCE, as_fraction

FloatArray = npt.NDArray[np.float64]
RationalMatrix = list[list[Fraction]]


def rational_matrix(M: FloatArray) -> RationalMatrix | None:
    """The matrix as exact fractions, or ``None`` if some entry is not a simple rational."""
    rows = []
    for row in np.asarray(M, dtype=float):
        fractions = [as_fraction(float(v)) for v in row]
        if any(f is None for f in fractions):
            return None
        rows.append(fractions)
    return rows  # type: ignore[return-value]


def exact_strategy(strategy: FloatArray) -> tuple[Fraction, ...] | None:
    """A mixed strategy as fractions summing to exactly one, if each probability is one."""
    fractions: list[Fraction] = []
    for p in strategy:
        f = as_fraction(float(p), MAX_DENOMINATOR, PROBABILITY_TOLERANCE)
        if f is None or f < 0:
            return None
        fractions.append(f)
    return tuple(fractions) if sum(fractions) == 1 else None


@dataclass(frozen=True)
class ExactProfile:
    """An equilibrium in exact fractions: both strategies and both payoffs."""

    row: tuple[Fraction, ...]
    column: tuple[Fraction, ...]
    payoffs: tuple[Fraction, Fraction]


class RationalGame:
    """A bimatrix game whose payoffs are turned into fractions the first time one is needed."""

    def __init__(self, A: FloatArray, B: FloatArray) -> None:
        self.A = np.asarray(A, dtype=float)
        self.B = np.asarray(B, dtype=float)

    @functools.cached_property
    def matrices(self) -> tuple[RationalMatrix, RationalMatrix] | None:
        """Both payoff matrices as fractions, or None if some payoff is not a simple rational."""
        exact_A = rational_matrix(self.A)
        exact_B = None if exact_A is None else rational_matrix(self.B)
        return None if exact_A is None or exact_B is None else (exact_A, exact_B)


def exact_profile(game: RationalGame, row: FloatArray, column: FloatArray) -> ExactProfile | None:
    """The profile's fractions, if the payoffs are rational and the fractions are a mutual
    best response in exact arithmetic (so a fraction shown is a proven equilibrium)."""
    matrices = game.matrices
    if matrices is None:
        return None
    A, B = matrices
    x = exact_strategy(row)
    y = exact_strategy(column)
    if x is None or y is None:
        return None
    row_payoffs = [sum((a * q for a, q in zip(line, y, strict=True)), Fraction(0)) for line in A]
    column_payoffs = [
        sum((B[i][j] * x[i] for i in range(len(x))), Fraction(0)) for j in range(len(y))
    ]
    row_value = sum((p * v for p, v in zip(x, row_payoffs, strict=True)), Fraction(0))
    column_value = sum((q * v for q, v in zip(y, column_payoffs, strict=True)), Fraction(0))
    if row_value != max(row_payoffs) or column_value != max(column_payoffs):
        return None
    return ExactProfile(x, y, (row_value, column_value))


__all__ = [
    "ExactProfile",
    "RationalGame",
    "exact_profile",
    "exact_strategy",
    "rational_matrix",
]
