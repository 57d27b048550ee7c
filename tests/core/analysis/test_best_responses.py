"""Best responses cell by cell and the pure equilibria: textbook games and properties."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings

from explorer.core.analysis import (
    best_response_masks,
    pure_equilibria,
)
from explorer.core.solve import (
    is_equilibrium,
    solve,
)
from tests.core.bimatrix import (
    MATCHING_PENNIES,
    PD_A,
    PD_B,
    FloatArray,
    bimatrix_games,
)


def test_best_responses_in_the_prisoners_dilemma() -> None:
    masks = best_response_masks(PD_A, PD_B)
    # Defect (index 1) is the only best response to either strategy, for both players.
    assert masks.row.tolist() == [[False, False], [True, True]]
    assert masks.column.tolist() == [[False, True], [False, True]]
    assert pure_equilibria(PD_A, PD_B) == ((1, 1),)


def test_ties_count_as_best_responses() -> None:
    # Column 0 pays the row player 2 in both rows (up to float noise) and row 0 pays the
    # column player 1 in both columns: each is a tie, so both cells of row 0 are equilibria.
    # (1, 1) is not: against Right the row player gets 1 from Top but 0 from Bottom.
    A = np.array([[2.0, 1.0], [2.0 + 1e-12, 0.0]])
    B = np.array([[1.0, 1.0], [0.0, 1.0]])
    masks = best_response_masks(A, B)
    assert masks.row[:, 0].tolist() == [True, True]
    assert masks.column[0].tolist() == [True, True]
    assert pure_equilibria(A, B) == ((0, 0), (0, 1))


def test_masks_are_read_only() -> None:
    masks = best_response_masks(PD_A, PD_B)
    with pytest.raises(ValueError):
        masks.row[0, 0] = True


def test_coordination_game_has_two_pure_equilibria_and_pennies_none() -> None:
    coordination = np.array([[2.0, 0.0], [0.0, 1.0]])
    assert pure_equilibria(coordination, coordination) == ((0, 0), (1, 1))
    assert pure_equilibria(MATCHING_PENNIES, -MATCHING_PENNIES) == ()


def test_payoffs_of_different_shapes_are_refused() -> None:
    with pytest.raises(ValueError, match="shape"):
        pure_equilibria(np.zeros((2, 2)), np.zeros((2, 3)))


@settings(max_examples=20, deadline=None)
@given(bimatrix_games(unique=True))
def test_pure_equilibria_match_the_solver_without_ties(game: tuple[FloatArray, FloatArray]) -> None:
    A, B = game
    found = {(e.row_support[0], e.column_support[0]) for e in solve(A, B).pure}
    assert set(pure_equilibria(A, B)) == found


@settings(max_examples=60, deadline=None)
@given(bimatrix_games())
def test_pure_equilibria_are_exactly_the_verified_pure_profiles(
    game: tuple[FloatArray, FloatArray],
) -> None:
    A, B = game
    m, n = A.shape
    eye_m, eye_n = np.eye(m), np.eye(n)
    verified = {
        (i, j) for i in range(m) for j in range(n) if is_equilibrium(A, B, eye_m[i], eye_n[j])
    }
    assert set(pure_equilibria(A, B)) == verified
