"""The payoff region of a repeated game: feasible payoffs and the individually rational part.

The feasible payoffs per period are the convex hull of the stage game's pure payoff
pairs (every mix of outcomes over time, or by a public coin). The folk theorem says that
patient players can sustain every feasible payoff pair above both minmax values
(Fudenberg and Maskin 1986): the hull clipped by the two half-planes u_row ≥ v_row and
u_column ≥ v_column.

The hull comes from qhull (``scipy.spatial.ConvexHull``), which needs points spanning the
plane: a single point, points on one line (a 1×n game, or payoffs that move together)
are recognised first and returned as a point or a segment. Two payoff pairs closer than
the game's payoff tolerance (:func:`explorer.core.numeric.payoff_tolerance` of the points)
count as one, and a point that close to a line lies on it, the same slack the core uses
for a tie between two payoffs of one game.
"""

from __future__ import annotations

import numpy as np
import numpy.typing as npt

from explorer.core.numeric import payoff_tolerance
from explorer.core.repeated.stage import FloatArray


def _line_through(points: FloatArray, tolerance: float) -> FloatArray | None:
    """The extreme points when all ``points`` lie on one line (within ``tolerance``).

    One row for a single point, the two ends of the segment for a line, None when the
    points span the plane.
    """
    anchor = points[0]
    offsets = points - anchor
    far = int(np.argmax(np.hypot(offsets[:, 0], offsets[:, 1])))
    span = float(np.hypot(*offsets[far]))
    if span <= tolerance:
        return points[:1].copy()
    direction = offsets[far] / span
    distance = np.abs(offsets[:, 0] * direction[1] - offsets[:, 1] * direction[0])
    if float(distance.max()) > tolerance:
        return None
    along = offsets @ direction
    return points[[int(np.argmin(along)), int(np.argmax(along))]].copy()


def convex_hull(points: npt.ArrayLike) -> FloatArray:
    """Vertices of the convex hull of 2-D points, counter-clockwise.

    Parameters
    ----------
    points
        Shape (k, 2), k ≥ 1, finite.

    Returns
    -------
    ndarray
        Shape (h, 2): the hull's vertices counter-clockwise (h ≥ 3); for points on one line
        the segment's two ends (h = 2), for coincident points that point (h = 1). Points on
        an edge are not vertices.
    """
    points = np.asarray(points, dtype=float).reshape(-1, 2)
    if len(points) == 0:
        raise ValueError("the convex hull needs at least one point")
    degenerate = _line_through(points, payoff_tolerance(points))
    if degenerate is not None:
        return degenerate
    from scipy.spatial import ConvexHull  # slow to import: loaded on first use

    # In two dimensions qhull lists the vertices counter-clockwise.
    vertices: FloatArray = points[ConvexHull(points).vertices]
    return vertices


def clip_polygon(polygon: npt.ArrayLike, row_floor: float, column_floor: float) -> FloatArray:
    """The part of a convex polygon where u_row ≥ row_floor and u_column ≥ column_floor.

    Sutherland-Hodgman clipping by the two half-planes; a segment (two vertices) or a
    point (one) is clipped the same way. A vertex within the payoff tolerance of a floor
    counts as on it, so a region whose corner is a minmax value keeps that corner.

    Returns
    -------
    ndarray
        Shape (h, 2), the clipped polygon's vertices in the same order; empty (0, 2) when
        nothing is left.
    """
    vertices = np.asarray(polygon, dtype=float).reshape(-1, 2)
    tolerance = payoff_tolerance(vertices, [row_floor, column_floor])
    result = list(vertices)
    for axis, floor in ((0, row_floor), (1, column_floor)):
        result = _clip(result, axis, floor, tolerance)
    return np.array(result) if result else np.zeros((0, 2))


def _crossing(a: FloatArray, b: FloatArray, axis: int, floor: float) -> FloatArray:
    """The point of the segment from ``a`` to ``b`` where p[axis] = floor."""
    share = (floor - a[axis]) / (b[axis] - a[axis])
    crossing: FloatArray = a + share * (b - a)
    return crossing


def _clip(
    vertices: list[FloatArray], axis: int, floor: float, tolerance: float
) -> list[FloatArray]:
    """The part of a convex polygon, segment or point where p[axis] ≥ floor."""
    inside = [v[axis] >= floor - tolerance for v in vertices]
    if all(inside) or not any(inside):
        return vertices if all(inside) else []
    if len(vertices) == 2:  # a segment: one end in, one out
        a, b = vertices
        cut = _crossing(a, b, axis, floor)
        return _distinct([a, cut] if inside[0] else [cut, b], tolerance)
    kept: list[FloatArray] = []
    for k, current in enumerate(vertices):
        previous = vertices[k - 1]
        if inside[k] != inside[k - 1]:  # the edge into ``current`` crosses the floor
            kept.append(_crossing(previous, current, axis, floor))
        if inside[k]:
            kept.append(current)
    return _distinct(kept, tolerance)


def _distinct(vertices: list[FloatArray], tolerance: float) -> list[FloatArray]:
    """Drop vertices that repeat their predecessor (and a last one repeating the first)."""
    distinct: list[FloatArray] = []
    for vertex in vertices:
        if not distinct or float(np.abs(vertex - distinct[-1]).max()) > tolerance:
            distinct.append(vertex)
    if len(distinct) > 1 and float(np.abs(distinct[0] - distinct[-1]).max()) <= tolerance:
        distinct.pop()
    return distinct
