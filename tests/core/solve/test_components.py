"""Maximal Nash subsets and connected components of a degenerate game's equilibria."""

from __future__ import annotations

import numpy as np

from explorer.core.solve import solve
from explorer.core.solve.components import components, nash_subsets


def test_a_nondegenerate_game_has_singletons() -> None:
    solution = solve([[2, 0], [0, 1]], [[1, 0], [0, 2]])
    assert solution.nash_subsets == ((0,), (1,), (2,))
    assert solution.components == ((0,), (1,), (2,))


def test_two_segments_meeting_at_a_point() -> None:
    # Column is indifferent; (Top, q <= 1/2) and (Bottom, q >= 1/2) meet at q = 1/2.
    solution = solve([[1, 1], [2, 0]], [[1, 1], [1, 1]])
    rows = [e.row for e in solution.equilibria]
    columns = [e.column for e in solution.equilibria]
    subsets = nash_subsets(rows, columns)
    assert len(subsets) == 3 and all(len(s) == 2 for s in subsets)
    assert components(rows, columns) == ((0, 1, 2, 3),)


def test_separate_components() -> None:
    # A duplicated row: both copies with Left form one set, Right with Bottom another.
    A = np.array([[3, 0], [3, 0], [0, 1]], dtype=float)
    B = np.array([[2, 0], [2, 0], [0, 1]], dtype=float)
    solution = solve(A, B)
    sizes = sorted(len(c) for c in solution.components)
    assert len(solution.components) >= 2 and sum(sizes) == len(solution.equilibria)
    every_pair = {(tuple(e.row), tuple(e.column)) for e in solution.equilibria}
    for subset in solution.nash_subsets:
        members = [solution.equilibria[k] for k in subset]
        for x in {e.row for e in members}:
            for y in {e.column for e in members}:
                assert (x, y) in every_pair  # a subset is a product of its strategies


def test_the_zero_game_is_one_subset() -> None:
    solution = solve(np.zeros((2, 3)), np.zeros((2, 3)))
    assert solution.nash_subsets == (tuple(range(6)),)
