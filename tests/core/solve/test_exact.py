"""Exact fractions: exact equilibria, worked out only when shown."""

from __future__ import annotations

from fractions import Fraction

import numpy as np
from hypothesis import given

from explorer.core.solve import rational_matrix, solve, solve_batch
from tests.core.solve.games import SETTINGS, bimatrix


@SETTINGS
@given(game=bimatrix(max_size=3, integers=True))
def test_exact_fractions_are_exact_equilibria(game) -> None:
    A, B = game
    checked = 0
    for eq in solve(A, B).equilibria:
        x, y = eq.row_exact, eq.column_exact
        assert x is not None and y is not None, "integer payoffs: every extreme point is rational"
        assert sum(x) == 1 and sum(y) == 1
        row_values = [sum(Fraction(int(a)) * q for a, q in zip(row, y, strict=True)) for row in A]
        column_values = [
            sum(Fraction(int(B[i, j])) * x[i] for i in range(len(x))) for j in range(len(y))
        ]
        assert sum(p * v for p, v in zip(x, row_values, strict=True)) == max(row_values)
        assert sum(q * v for q, v in zip(y, column_values, strict=True)) == max(column_values)
        assert eq.payoffs_exact == (
            sum(p * v for p, v in zip(x, row_values, strict=True)),
            sum(q * v for q, v in zip(y, column_values, strict=True)),
        )
        checked += 1
    assert checked


def test_fractions_are_worked_out_only_when_asked_for() -> None:
    rng = np.random.default_rng(3)
    A = rng.integers(-3, 4, (500, 3, 3)).astype(float)
    batch = solve_batch(A, -A)
    first = batch.equilibria(0)[0]
    assert "exact" not in first.__dict__  # nothing computed yet
    assert first.is_exact and "exact" in first.__dict__
    assert first.game is not None and "matrices" in first.game.__dict__


def test_irrational_payoffs_have_no_fractions() -> None:
    A = np.array([[1 + np.pi * 1e-7, 0.0], [0.0, 1.0]])  # no fraction with a small denominator
    solution = solve(A, A.T)
    assert all(eq.row_exact is None for eq in solution.equilibria if eq.kind == "mixed")
    assert rational_matrix(A) is None
    assert rational_matrix(np.array([[0.5, 2]])) == [[Fraction(1, 2), Fraction(2)]]
