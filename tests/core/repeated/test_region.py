"""The payoff region: scipy's hull with degenerate inputs named, clipped at the minmax values."""

from __future__ import annotations

import numpy as np
import numpy.typing as npt
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra.numpy import arrays

from explorer.core.game import Game
from explorer.core.repeated import StageGame, analyse_repeated, clip_polygon, convex_hull
from tests.core.bimatrix import FloatArray, bimatrix_games

TOLERANCE = 1e-7


def cross(o: FloatArray, a: FloatArray, b: FloatArray) -> float:
    return float((a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0]))


def contains(polygon: FloatArray, point: FloatArray, slack: float = TOLERANCE) -> bool:
    """Whether a convex polygon (counter-clockwise), segment or point holds ``point``."""
    scale = max(1.0, float(np.abs(polygon).max()), float(np.abs(point).max()))
    slack *= scale
    if len(polygon) == 1:
        return bool(np.abs(polygon[0] - point).max() <= slack)
    if len(polygon) == 2:
        a, b = polygon
        length = float(np.hypot(*(b - a)))
        along = float(np.dot(point - a, b - a)) / length
        return abs(cross(a, b, point)) / length <= slack and -slack <= along <= length + slack
    return all(
        cross(polygon[k], polygon[(k + 1) % len(polygon)], point) >= -slack * scale
        for k in range(len(polygon))
    )


def is_strictly_convex_counter_clockwise(polygon: FloatArray) -> bool:
    """Every turn is a left turn: convex, counter-clockwise, no vertex on an edge."""
    n = len(polygon)
    return all(cross(polygon[k], polygon[(k + 1) % n], polygon[(k + 2) % n]) > 0 for k in range(n))


def test_convex_hull_of_a_square_with_an_inner_point_and_an_edge_point() -> None:
    square = np.array([[0, 0], [1, 0], [1, 1], [0, 1], [0.5, 0.5], [0.5, 0]], dtype=float)
    hull = convex_hull(square)
    assert {tuple(p) for p in hull} == {(0, 0), (1, 0), (1, 1), (0, 1)}
    assert is_strictly_convex_counter_clockwise(hull)


@pytest.mark.parametrize(
    ("points", "expected"),
    [
        ([[2, 3]], [[2, 3]]),  # a 1×1 game
        ([[2, 3], [2, 3], [2, 3 + 1e-12]], [[2, 3]]),  # the same point, up to float noise
        ([[0, 0], [1, 1], [3, 3], [2, 2]], [[0, 0], [3, 3]]),  # payoffs that move together
        ([[0, 5], [0, -1], [0, 2]], [[0, -1], [0, 5]]),  # a vertical line
        ([[4, 1], [1, 1], [2, 1]], [[1, 1], [4, 1]]),  # a horizontal line
        ([[0, 0], [1, 1e-13], [2, 0]], [[0, 0], [2, 0]]),  # flat within the tolerance
    ],
)
def test_degenerate_hulls_are_a_point_or_a_segment(
    points: list[list[float]], expected: list[list[float]]
) -> None:
    hull = convex_hull(np.array(points, dtype=float))
    assert sorted(map(tuple, hull.tolist())) == sorted(map(tuple, expected))


def test_a_hull_needs_a_point() -> None:
    with pytest.raises(ValueError, match="at least one point"):
        convex_hull(np.zeros((0, 2)))


POINTS = st.integers(1, 12).flatmap(
    lambda k: arrays(np.float64, (k, 2), elements=st.integers(-5, 5).map(float))
)


def _on_a_line(points: npt.NDArray[np.float64]) -> npt.NDArray[np.float64]:
    """Points drawn on the line through (1, 2) with direction (3, -1)."""
    return np.array([1.0, 2.0]) + points[:, :1] * np.array([3.0, -1.0])


@settings(max_examples=150, deadline=None)
@given(points=POINTS, collinear=st.booleans())
def test_the_hull_holds_every_point_and_is_convex(
    points: npt.NDArray[np.float64], collinear: bool
) -> None:
    """Every input point lies in the hull; every vertex is an input point; points that span
    the plane give a strictly convex, counter-clockwise polygon, others a point or segment."""
    if collinear:
        points = _on_a_line(points)
    hull = convex_hull(points)
    assert 1 <= len(hull) <= len(points)
    assert all(contains(hull, p) for p in points)
    assert all(any(np.array_equal(v, p) for p in points) for v in hull)
    # Integer points: a point or a segment exactly when they do not span the plane.
    assert (len(hull) >= 3) == (not _is_flat(points))
    if len(hull) >= 3:
        assert is_strictly_convex_counter_clockwise(hull)


def _is_flat(points: npt.NDArray[np.float64]) -> bool:
    return bool(np.linalg.matrix_rank(points - points[0]) <= 1)


def test_clipping_a_square_at_a_corner() -> None:
    square = np.array([[0, 0], [2, 0], [2, 2], [0, 2]], dtype=float)
    clipped = clip_polygon(square, 1.0, 1.0)
    assert sorted(map(tuple, clipped.tolist())) == [(1, 1), (1, 2), (2, 1), (2, 2)]
    assert is_strictly_convex_counter_clockwise(clipped)
    assert clip_polygon(square, 3.0, 0.0).shape == (0, 2)  # nothing is above 3
    assert len(clip_polygon(square, -1.0, -1.0)) == 4  # everything is


def test_clipping_a_triangle_through_two_edges() -> None:
    triangle = np.array([[0, 0], [4, 0], [0, 4]], dtype=float)
    clipped = clip_polygon(triangle, 1.0, 1.0)  # the corner triangle (1,1), (3,1), (1,3)
    assert sorted(map(tuple, np.round(clipped, 12).tolist())) == [(1, 1), (1, 3), (3, 1)]


def test_clipping_a_segment_and_a_point() -> None:
    segment = np.array([[0, 0], [4, 4]], dtype=float)
    assert clip_polygon(segment, 1.0, 2.0).tolist() == [[2, 2], [4, 4]]
    assert clip_polygon(segment[::-1], 1.0, 2.0).tolist() == [[4, 4], [2, 2]]
    assert clip_polygon(segment, 4.0, 0.0).tolist() == [[4, 4]]  # just the end
    assert clip_polygon(segment, 5.0, 0.0).shape == (0, 2)
    point = np.array([[1.0, 1.0]])
    assert clip_polygon(point, 1.0, 1.0).tolist() == [[1, 1]]  # on the floors counts
    assert clip_polygon(point, 1.0 + 1e-12, 1.0).tolist() == [[1, 1]]  # ... within tolerance
    assert clip_polygon(point, 1.5, 1.0).shape == (0, 2)


def test_feasible_region_of_a_2x2_game_is_the_hull_of_its_payoff_pairs() -> None:
    """Pairs (1, 3), (4, 0), (0, 1), (2, 2): (2, 2) lies on the edge u_row + u_column = 4.
    Row's minmax is 1 (column plays x); column's is 1.5 (row mixes 1/4 a: 1 + 2p = 2 − 2p),
    so the region is the triangle (1, 1.5), (2.5, 1.5), (1, 3)."""
    stage = StageGame.of(
        Game.build(
            "g", [("R", ["a", "b"]), ("C", ["x", "y"])], [[[1, 3], [4, 0]], [[0, 1], [2, 2]]]
        )
    )
    analysis = analyse_repeated(stage, (1, 1))
    assert sorted(map(tuple, analysis.hull.tolist())) == [(0, 1), (1, 3), (4, 0)]
    assert [m.value for m in analysis.minmax] == pytest.approx([1.0, 1.5])
    region = sorted(map(tuple, np.round(analysis.region, 9).tolist()))
    assert region == [(1.0, 1.5), (1.0, 3.0), (2.5, 1.5)]
    assert is_strictly_convex_counter_clockwise(analysis.region)
    assert contains(analysis.region, np.array([2.0, 2.0]))


def test_the_region_of_a_one_by_n_game_is_a_segment_or_point() -> None:
    """One row action: the column player picks; the region is the payoffs it can hold."""
    game = Game.build("1×3", [("R", ["only"]), ("C", ["x", "y", "z"])], [[[0, 1], [1, 2], [2, 3]]])
    analysis = analyse_repeated(StageGame.of(game), (0, 2))
    assert sorted(map(tuple, analysis.hull.tolist())) == [(0, 1), (2, 3)]
    # The column player's minmax is 3 (it always gets z), so only (2, 3) is rational.
    assert analysis.region.tolist() == [[2, 3]]


def test_the_region_of_a_one_by_one_game_is_its_payoff() -> None:
    game = Game.build("1×1", [("R", ["a"]), ("C", ["x"])], [[[2, -1]]])
    analysis = analyse_repeated(StageGame.of(game), (0, 0))
    assert analysis.hull.tolist() == [[2, -1]] and analysis.region.tolist() == [[2, -1]]


@settings(max_examples=60, deadline=None)
@given(bimatrix_games())
def test_the_region_holds_the_equilibria_and_lies_in_the_hull_above_the_minmax(
    game: tuple[FloatArray, FloatArray],
) -> None:
    """Theory: a stage equilibrium's payoffs are feasible and at least both minmax values,
    so they are in the individually rational region, which is part of the feasible hull."""
    A, B = game
    names = [f"s{k}" for k in range(max(A.shape))]
    stage = StageGame.of(
        Game.build(
            "g",
            [("R", names[: A.shape[0]]), ("C", names[: A.shape[1]])],
            [[[A[i, j], B[i, j]] for j in range(A.shape[1])] for i in range(A.shape[0])],
        )
    )
    analysis = analyse_repeated(stage, (0, 0))
    pure = np.column_stack([A.ravel(), B.ravel()])
    assert all(contains(analysis.hull, p) for p in pure)
    assert len(analysis.region) >= 1
    for equilibrium in analysis.stage_equilibria:
        assert contains(analysis.region, np.array(equilibrium.payoffs), 1e-6)
    floors = np.array([m.value for m in analysis.minmax])
    for vertex in analysis.region:
        assert contains(analysis.hull, vertex)
        assert np.all(vertex >= floors - 1e-9 * max(1.0, float(np.abs(pure).max())))
