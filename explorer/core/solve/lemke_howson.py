"""Lemke-Howson with lexicographic pivoting: one equilibrium per starting label, any game.

Algorithm 3.6 of Nisan et al. (2007) and von Stengel (2002, "Computing equilibria for
two-person games", section 3.4): complementary pivoting on the tableaux of the two
best-response polytopes, from the artificial equilibrium (0, 0), dropping one label and
picking up labels until the dropped one returns.

Two things make it sound on every game:

* **Lexicographic ratio tests** (section 6 of von Stengel 2002): among rows that tie in
  the minimum ratio test, the leaving variable is chosen by comparing the rows of the
  current basis inverse, divided by the pivot column, lexicographically. That is the
  algorithm on an infinitesimally perturbed, nondegenerate game: it never cycles, and on
  a degenerate game it ends at a (complementary) equilibrium of the original one.
* **Well-scaled, then exact tableaux**: payoffs are mapped onto [1, 2] for each player
  (:mod:`explorer.core.solve.polytope`), so the float tableau stays well conditioned; its
  end point is verified as an equilibrium, and if it is not (rounding chose a wrong
  pivot), the path is retraced with integer pivoting on the exact rational payoffs, where
  every step is exact.

Labels are 0..m-1 for the row strategies and m..m+n-1 for the column strategies, on
games of any shape (square or not).
"""

from __future__ import annotations

from fractions import Fraction
from math import lcm

import numpy as np
import numpy.typing as npt

from explorer.core.solve.budget import Budget
from explorer.core.solve.polytope import best_response_polytopes
from explorer.core.solve.verify import cleaned, is_equilibrium, payoff_slack

FloatArray = npt.NDArray[np.float64]
Profile = tuple[FloatArray, FloatArray]

#: A pivot column entry at most this much (relative to the column's largest) is zero.
PIVOT_TOLERANCE = 1e-12
#: Two ratios this close (relative) tie, and the next column of the basis inverse decides.
RATIO_TOLERANCE = 1e-10


class _Cycled(Exception):
    """The float path came back to a basis it had left (rounding chose a wrong pivot; the
    exact lexicographic path cannot cycle)."""


class _FloatTableau:
    """One polytope's tableau in floats; columns are labels, the last is the right side."""

    def __init__(self, matrix: FloatArray, first_variables: bool, m: int, n: int) -> None:
        rows = matrix.shape[0]
        labels = m + n
        self.T = np.zeros((rows, labels + 1))
        # P (first_variables): variables x (labels 0..m-1) with rows from Bᵀ, slacks s
        # (labels m..m+n-1). Q: slacks r (labels 0..m-1), variables y (labels m..m+n-1).
        slack_columns = np.arange(m, labels) if first_variables else np.arange(m)
        variable_columns = np.arange(m) if first_variables else np.arange(m, labels)
        self.T[:, variable_columns] = matrix
        self.T[np.arange(rows), slack_columns] = 1.0
        self.T[:, -1] = 1.0
        self.basis = list(int(s) for s in slack_columns)
        self.slack_columns = slack_columns

    def pivot(self, entering: int) -> int:
        """Bring ``entering`` into the basis; the label that leaves."""
        row = self._leaving_row(entering)
        T = self.T
        T[row] /= T[row, entering]
        column = T[:, entering].copy()
        column[row] = 0.0
        T -= np.outer(column, T[row])
        leaving = self.basis[row]
        self.basis[row] = entering
        return leaving

    def _leaving_row(self, entering: int) -> int:
        column = self.T[:, entering]
        candidates = np.flatnonzero(column > PIVOT_TOLERANCE * max(1.0, np.abs(column).max()))
        if not len(candidates):
            raise ArithmeticError("unbounded pivot column")  # impossible for positive payoffs
        for lexicographic in (-1, *self.slack_columns):
            ratios = self.T[candidates, lexicographic] / column[candidates]
            best = ratios.min()
            candidates = candidates[ratios <= best + RATIO_TOLERANCE * max(1.0, abs(best))]
            if len(candidates) == 1:
                break
        return int(candidates[0])

    def values(self, labels: range) -> FloatArray:
        """The basic variables' values for ``labels`` (zero for nonbasic ones)."""
        result = np.zeros(len(labels))
        for row, label in enumerate(self.basis):
            if label in labels:
                result[label - labels.start] = self.T[row, -1]
        return result


class _ExactTableau:
    """The same tableau with integer pivoting (entries are integers over a common ``det``)."""

    def __init__(self, matrix: list[list[int]], first_variables: bool, m: int, n: int) -> None:
        rows = len(matrix)
        labels = m + n
        slack_columns = list(range(m, labels)) if first_variables else list(range(m))
        variable_columns = list(range(m)) if first_variables else list(range(m, labels))
        self.T = [[0] * (labels + 1) for _ in range(rows)]
        for i in range(rows):
            for k, column in enumerate(variable_columns):
                self.T[i][column] = matrix[i][k]
            self.T[i][slack_columns[i]] = 1
            self.T[i][-1] = 1
        self.det = 1
        self.basis = list(slack_columns)
        self.slack_columns = slack_columns

    def pivot(self, entering: int) -> int:
        row = self._leaving_row(entering)
        T, p, det = self.T, self.T[row][entering], self.det
        pivot_row = T[row]
        for i, line in enumerate(T):
            if i == row:
                continue
            factor = line[entering]
            T[i] = [
                (value * p - factor * top) // det
                for value, top in zip(line, pivot_row, strict=True)
            ]
        self.det = p
        leaving = self.basis[row]
        self.basis[row] = entering
        return leaving

    def _leaving_row(self, entering: int) -> int:
        T = self.T
        candidates = [i for i in range(len(T)) if T[i][entering] > 0]
        if not candidates:
            raise ArithmeticError("unbounded pivot column")
        for lexicographic in (-1, *self.slack_columns):
            best = min(Fraction(T[i][lexicographic], T[i][entering]) for i in candidates)
            candidates = [
                i for i in candidates if Fraction(T[i][lexicographic], T[i][entering]) == best
            ]
            if len(candidates) == 1:
                break
        return candidates[0]

    def values(self, labels: range) -> FloatArray:
        result = np.zeros(len(labels))
        for row, label in enumerate(self.basis):
            if label in labels:
                result[label - labels.start] = float(Fraction(self.T[row][-1], self.det))
        return result


def _follow(
    P: _FloatTableau | _ExactTableau,
    Q: _FloatTableau | _ExactTableau,
    label: int,
    m: int,
    n: int,
    budget: Budget,
    watch_for_cycles: bool = False,
) -> Profile:
    """Complementary pivoting from (0, 0) with ``label`` dropped, until it is picked up.

    Paths can be long (tens of thousands of pivots on some 50 × 50 games); the budget is
    checked at every pivot.
    """
    tableau, other = (P, Q) if label < m else (Q, P)
    entering = label
    visited: set[tuple[frozenset[int], frozenset[int]]] = set()
    while True:
        budget.check()
        if watch_for_cycles:
            bases = (frozenset(P.basis), frozenset(Q.basis))
            if bases in visited:
                raise _Cycled
            visited.add(bases)
        leaving = tableau.pivot(entering)
        if leaving == label:
            break
        entering = leaving
        tableau, other = other, tableau
    x = P.values(range(m))
    y = Q.values(range(m, m + n))
    return x / x.sum(), y / y.sum()


def _integer_payoffs(M: FloatArray) -> list[list[int]]:
    """``M`` shifted to be at least 1 and scaled to integers, exactly (floats are rationals)."""
    fractions = [[Fraction(float(v)) for v in row] for row in M]
    low = min(min(row) for row in fractions)
    shifted = [[v - low + 1 for v in row] for row in fractions]
    denominator = lcm(*(v.denominator for row in shifted for v in row))
    return [[int(v * denominator) for v in row] for row in shifted]


def lemke_howson(A: FloatArray, B: FloatArray, label: int, budget: Budget) -> Profile:
    """The equilibrium at the end of the Lemke-Howson path that drops ``label``.

    Parameters
    ----------
    A, B
        Payoffs of shape (m, n).
    label
        0..m-1 drops a row strategy, m..m+n-1 a column strategy.
    budget
        Checked at every pivot (raises :class:`~explorer.core.solve.budget.BudgetExhausted`).

    Returns
    -------
    (x, y)
        Mutual best responses (verified; retraced exactly if the float path was not).
    """
    m, n = A.shape
    if not 0 <= label < m + n:
        raise ValueError(f"label must be in 0..{m + n - 1}, not {label}")
    slack = payoff_slack(A[None], B[None])
    P, Q = best_response_polytopes(A[None], B[None], slack)
    try:
        with np.errstate(all="ignore"):
            x, y = _follow(
                _FloatTableau(P.M[0].T, True, m, n),
                _FloatTableau(Q.M[0].T, False, m, n),
                label,
                m,
                n,
                budget,
                watch_for_cycles=True,
            )
        if np.all(np.isfinite(x)) and np.all(np.isfinite(y)):
            x, y = cleaned(np.clip(x, 0.0, None)), cleaned(np.clip(y, 0.0, None))
            if is_equilibrium(A, B, x, y, float(slack[0])):
                return x, y
    except (_Cycled, ArithmeticError):
        pass
    x, y = lemke_howson_exact(A, B, label, budget)
    return cleaned(x), cleaned(y)


def lemke_howson_exact(A: FloatArray, B: FloatArray, label: int, budget: Budget) -> Profile:
    """The same path with integer pivoting only (exact on every game; slower)."""
    m, n = A.shape
    return _follow(
        _ExactTableau([list(r) for r in zip(*_integer_payoffs(B), strict=True)], True, m, n),
        _ExactTableau(_integer_payoffs(A), False, m, n),
        label,
        m,
        n,
        budget,
    )


__all__ = ["lemke_howson", "lemke_howson_exact"]
