"""Degeneracy: the polytopes' verdict equals the definition, checked by brute force."""

from __future__ import annotations

import itertools

import numpy as np
from hypothesis import given

from explorer.core.solve import Budget, solve
from explorer.core.solve.degeneracy import degenerate_games, evident_degeneracy
from tests.core.solve.games import SETTINGS, bimatrix


def more_replies_than_support(M: np.ndarray, slack: float) -> bool:
    """Definition 3.2 of von Stengel (2007), by brute force: some mixture of k rows of M
    (the opponent's payoffs) leaves k + 1 columns tied and best."""
    rows, columns = M.shape
    for k in range(1, rows + 1):
        for support in itertools.combinations(range(rows), k):
            for replies in itertools.combinations(range(columns), k + 1):
                sub = M[list(support)]
                system = np.vstack([(sub[:, replies[1:]] - sub[:, [replies[0]]]).T, np.ones(k)])
                target = np.zeros(k + 1)
                target[-1] = 1
                x, *_ = np.linalg.lstsq(system, target, rcond=None)
                if np.abs(system @ x - target).max() > 1e-9 or x.min() <= 1e-9:
                    continue
                values = x @ sub
                if values[list(replies)].min() >= values.max() - slack:
                    return True
    return False


@SETTINGS
@given(game=bimatrix(max_size=4, integers=True))
def test_the_verdict_is_the_definition(game) -> None:
    A, B = game
    slack = 1e-9 * max(1.0, np.abs(A).max(), np.abs(B).max())
    expected = more_replies_than_support(B, slack) or more_replies_than_support(A.T, slack)
    assert bool(degenerate_games(A[None], B[None], Budget())[0]) == expected
    assert solve(A, B).degenerate == expected


@SETTINGS
@given(game=bimatrix(max_size=4, integers=True))
def test_evident_degeneracy_is_never_wrong(game) -> None:
    A, B = game
    solution = solve(A, B, "lemke-howson")
    rows = np.array([e.row for e in solution.equilibria])
    columns = np.array([e.column for e in solution.equilibria])
    game_index = np.zeros(len(rows), dtype=np.int64)
    evident = evident_degeneracy(A[None], B[None], game_index, rows, columns)[0]
    assert not evident or solve(A, B).degenerate
