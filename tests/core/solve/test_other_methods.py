"""Support enumeration and nashpy's own algorithms, against vertex enumeration."""

from __future__ import annotations

import numpy as np
from hypothesis import given

from explorer.core.solve import solve, solve_batch
from tests.core.solve.games import SETTINGS, bimatrix, degenerate_bimatrix, profiles


@SETTINGS
@given(game=bimatrix(max_size=5))
def test_support_enumeration_is_complete_exactly_on_nondegenerate_games(game) -> None:
    A, B = game
    by_support, by_vertex = solve(A, B, "support"), solve(A, B, "vertex")
    assert by_support.degenerate == by_vertex.degenerate
    assert by_support.complete == (not by_vertex.degenerate)
    assert profiles(by_support) <= profiles(by_vertex) | profiles(by_support)
    if not by_vertex.degenerate:
        assert profiles(by_support) == profiles(by_vertex)


@SETTINGS
@given(game=degenerate_bimatrix(max_size=4))
def test_nashpys_algorithms_find_verified_equilibria_of_degenerate_games(game) -> None:
    A, B = game
    theirs, ours = solve(A, B, "nashpy"), solve(A, B)
    assert theirs.method == "nashpy" and theirs.equilibria
    assert theirs.degenerate == ours.degenerate
    if theirs.complete:
        assert profiles(theirs, 5) == profiles(ours, 5)


def test_support_enumeration_in_a_batch() -> None:
    rng = np.random.default_rng(12)
    A, B = rng.normal(size=(200, 3, 4)), rng.normal(size=(200, 3, 4))
    batch = solve_batch(A, B, "support")
    for g in range(0, 200, 9):
        assert profiles(batch.equilibria(g)) == profiles(solve(A[g], B[g]))
