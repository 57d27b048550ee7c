"""Best-response diagrams of 2×2 games: the paths by hand, crossings at the equilibria."""

from __future__ import annotations

import itertools

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra.numpy import arrays

from explorer.core.diagram import BestResponsePath, best_response_paths
from explorer.core.solve import solve


def test_a_dominant_strategy_is_a_flat_path() -> None:
    """Prisoner's Dilemma: defect (p = 0, q = 0) whatever the other does."""
    A = np.array([[3.0, 0.0], [5.0, 1.0]])
    row, column = best_response_paths(A, A.T)
    assert row == BestResponsePath((0.0, 1.0), (0.0, 0.0))
    assert column == BestResponsePath((0.0, 0.0), (0.0, 1.0))


def test_battle_of_the_sexes_jumps_at_the_mixed_equilibrium() -> None:
    """The row player switches to its first strategy at q = 1/3 (2q = 1 − q), the column
    player at p = 2/3 (p = 2(1 − p)); the paths cross at (0, 0), (1/3, 2/3) and (1, 1)."""
    A = np.array([[2.0, 0.0], [0.0, 1.0]])
    B = np.array([[1.0, 0.0], [0.0, 2.0]])
    row, column = best_response_paths(A, B)
    assert row.q == pytest.approx((0, 1 / 3, 1 / 3, 1)) and row.p == (0, 0, 1, 1)
    assert column.q == (0, 0, 1, 1) and column.p == pytest.approx((0, 2 / 3, 2 / 3, 1))


def test_an_indifferent_player_covers_the_square() -> None:
    row, column = best_response_paths(np.ones((2, 2)), np.array([[1.0, 0.0], [0.0, 1.0]]))
    assert row.indifferent and row.q == () and row.p == ()
    assert not column.indifferent


def test_a_tie_at_one_end_adds_the_vertical_piece() -> None:
    """A = [[1, 1], [0, 1]]: against q = 0 both rows earn 1 (every p), above it the first."""
    start, _ = best_response_paths(np.array([[1.0, 1.0], [0.0, 1.0]]), np.zeros((2, 2)))
    assert (start.q, start.p) == ((0, 0, 1), (0, 1, 1))
    end, _ = best_response_paths(np.array([[1.0, 1.0], [1.0, 0.0]]), np.zeros((2, 2)))
    assert (end.q, end.p) == ((0, 1, 1), (1, 1, 0))


def test_a_difference_within_the_tolerance_is_a_tie() -> None:
    row, _ = best_response_paths(np.array([[1.0, 1.0], [1.0 + 1e-13, 1.0]]), np.zeros((2, 2)))
    assert row.indifferent


def test_only_two_by_two_games_are_drawn() -> None:
    with pytest.raises(ValueError, match="2×2"):
        best_response_paths(np.zeros((2, 3)), np.zeros((2, 3)))


def _on_path(path: BestResponsePath, q: float, p: float) -> bool:
    """Whether (q, p) lies on the polyline (or anywhere, for an indifferent player)."""
    if path.indifferent:
        return True
    points = np.column_stack([path.q, path.p])
    for a, b in itertools.pairwise(points):
        lo, hi = np.minimum(a, b) - 1e-9, np.maximum(a, b) + 1e-9
        if np.all((lo <= (q, p)) & ((q, p) <= hi)):
            return True  # the pieces are axis-parallel, so the box is the segment
    return False


@settings(max_examples=60, deadline=None)
@given(
    arrays(np.float64, (2, 2), elements=st.integers(-5, 5).map(float)),
    arrays(np.float64, (2, 2), elements=st.integers(-5, 5).map(float)),
)
def test_every_equilibrium_lies_on_both_paths(A: np.ndarray, B: np.ndarray) -> None:
    """An equilibrium is a mutual best response: its (q, p) is on both correspondences."""
    row, column = best_response_paths(A, B)
    for equilibrium in solve(A, B).equilibria:
        p, q = equilibrium.row[0], equilibrium.column[0]
        assert _on_path(row, q, p) and _on_path(column, q, p)
