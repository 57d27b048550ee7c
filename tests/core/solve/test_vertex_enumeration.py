"""Vertex enumeration: the extreme equilibria Gambit's enummixed lists, degenerate games too."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given

from explorer.core.io.nfg import parse_nfg_text
from explorer.core.solve import Budget, solve
from explorer.core.solve.small import extreme_equilibria_of
from explorer.core.solve.vertex_enumeration import extreme_equilibria
from tests.core.solve.games import (
    SETTINGS,
    ProfileSet,
    assert_mutual_best_response,
    bimatrix,
    degenerate_bimatrix,
    gambit_profiles,
    profiles,
    random_games,
)

#: von Stengel (1999), "New maximal numbers of equilibria in bimatrix games": a 6 × 6 game
#: with 75 equilibria, as Gambit's catalogue has it (contrib/games/stengel.nfg).
STENGEL_75 = """NFG 1 R "von Stengel's 6 x 6 game with 75 equilibria" { "1" "2" }
{ { "1" "2" "3" "4" "5" "6" } { "1" "2" "3" "4" "5" "6" } }
""
9504 72336 -111771 -461736 397584 1227336 171204 -1718376 1303104 1303104 737154 -453420
-660 48081 31680 -300036 -113850 774576 -45936 -1039236 -453420 737154 -227040 -227040
19976 29216 -130944 -178761 451176 451176 208626 -586476 1227336 397584 774576 -113850
-20526 14124 168124 -84436 -586476 208626 -263076 -263076 -1718376 171204 -1039236 -45936
1776 1776 -8514 -8976 29216 19976 14124 -20526 72336 9504 48081 -660 -8976 -8514 52764
52764 -178761 -130944 -84436 168124 -461736 -111771 -300036 31680
"""


def stengel_game() -> tuple[np.ndarray, np.ndarray]:
    return parse_nfg_text(STENGEL_75).evaluate()


def test_random_games_match_gambit() -> None:
    """Generic, tied (integers in -2..2, 0/1 payoffs) and duplicated-strategy games of
    every shape up to 5 × 5, 1 × n and n × 1 included: the same extreme equilibria."""
    pytest.importorskip("pygambit")
    sizes = [(m, n) for m in range(1, 6) for n in range(1, 6)]
    kinds = ("normal", "integer", "binary", "duplicate")
    for A, B in random_games(2026, 200, sizes, kinds):
        assert profiles(solve(A, B)) == gambit_profiles(A, B), (A.tolist(), B.tolist())


def test_degenerate_constructions_match_gambit() -> None:
    pytest.importorskip("pygambit")
    rng = np.random.default_rng(8)
    cases = [np.zeros((3, 4)), np.ones((2, 5)), np.zeros((1, 3))]
    for M in cases:
        assert profiles(solve(M, M)) == gambit_profiles(M, M)
    for _ in range(20):
        A = rng.integers(-2, 3, (4, 4)).astype(float)
        B = rng.integers(-2, 3, (4, 4)).astype(float)
        B[1] = B[1, 0]  # the column player is indifferent against row 1
        A[:, 2] = A[:, 0]  # and columns 0 and 2 look the same to the row player
        assert profiles(solve(A, B)) == gambit_profiles(A, B), (A.tolist(), B.tolist())


def test_von_stengels_game_has_75_equilibria() -> None:
    A, B = stengel_game()
    solution = solve(A, B)
    assert len(solution.equilibria) == 75 and not solution.degenerate and solution.complete
    for eq in solution.equilibria:
        assert_mutual_best_response(A, B, eq)


def test_von_stengels_game_matches_gambit() -> None:
    pytest.importorskip("pygambit")
    A, B = stengel_game()
    assert profiles(solve(A, B)) == gambit_profiles(A, B)


@SETTINGS
@given(game=degenerate_bimatrix())
def test_plain_python_and_array_forms_agree(game) -> None:
    A, B = game
    scalar, degenerate = extreme_equilibria_of(A, B)
    batched = extreme_equilibria(A[None], B[None], Budget())
    arrays = zip(batched.profiles.rows, batched.profiles.columns, strict=True)
    assert ProfileSet(scalar, 9) == ProfileSet(arrays, 9)
    assert degenerate == bool(batched.degenerate[0])


@SETTINGS
@given(game=bimatrix(min_size=2, max_size=4))
def test_nashpys_vertex_enumeration_agrees_on_nondegenerate_games(game) -> None:
    import warnings

    import nashpy

    A, B = game
    solution = solve(A, B)
    if solution.degenerate:
        return
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        theirs = list(nashpy.Game(A - A.min() + 1, B - B.min() + 1).vertex_enumeration())
    assert profiles(solution) == ProfileSet(theirs)
