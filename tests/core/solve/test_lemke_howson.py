"""Lemke-Howson: a verified equilibrium from every label, on any shape, degenerate or not."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given

from explorer.core.solve import Budget, BudgetExhausted, is_equilibrium, solve
from explorer.core.solve.lemke_howson import lemke_howson, lemke_howson_exact
from tests.core.solve.games import SETTINGS, bimatrix, degenerate_bimatrix, profiles
from tests.core.solve.test_vertex_enumeration import stengel_game


def every_label(A: np.ndarray, B: np.ndarray) -> list[tuple[np.ndarray, np.ndarray]]:
    found = []
    for label in range(sum(A.shape)):
        x, y = lemke_howson(A, B, label, Budget())
        assert is_equilibrium(A, B, x, y), label
        found.append((x, y))
    return found


@SETTINGS
@given(game=bimatrix(max_size=6))
def test_every_label_ends_at_an_equilibrium(game) -> None:
    A, B = game
    extreme = profiles(solve(A, B))
    for x, y in every_label(A, B):
        assert (x, y) in extreme


@SETTINGS
@given(game=degenerate_bimatrix(max_size=5))
def test_degenerate_games_never_fail_or_cycle(game) -> None:
    A, B = game
    for label, (x, y) in enumerate(every_label(A, B)):
        exact_x, exact_y = lemke_howson_exact(A, B, label, Budget())
        assert np.allclose(x, exact_x / exact_x.sum(), atol=1e-9)
        assert np.allclose(y, exact_y / exact_y.sum(), atol=1e-9)


def test_rectangular_games() -> None:
    """Shapes on which nashpy's pivoting returned nothing (its labels are off by one when
    m != n): every label of every game gives a verified equilibrium."""
    rng = np.random.default_rng(74)
    for m, n in ((5, 4), (6, 3), (6, 4), (7, 2), (7, 3), (7, 4), (3, 7), (10, 7), (1, 5)):
        for _ in range(3):
            every_label(rng.normal(size=(m, n)), rng.normal(size=(m, n)))


def test_long_paths_and_large_payoffs() -> None:
    every_label(*stengel_game())


def test_the_budget_is_checked_at_every_pivot() -> None:
    rng = np.random.default_rng(1)
    A, B = rng.normal(size=(30, 30)), rng.normal(size=(30, 30))
    with pytest.raises(BudgetExhausted):
        lemke_howson(A, B, 0, Budget(seconds=0.0))
    with pytest.raises(ValueError, match="label"):
        lemke_howson(A, B, 60, Budget())
