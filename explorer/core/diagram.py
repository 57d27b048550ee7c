"""Best-response correspondences of a 2×2 game, as paths on the unit square.

Write p for the probability that the row player plays its first strategy and q for the
column player's. The row player's best reply to q compares its two expected payoffs,
whose difference d(q) = (A00 - A10) q + (A01 - A11)(1 - q) is linear in q: the reply is
p = 1 where d > 0, p = 0 where d < 0, and every p where d = 0. The column player's reply to
p is the same construction on B. Equilibria are where the two paths cross.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from explorer.core.numeric import payoff_tolerance


@dataclass(frozen=True)
class BestResponsePath:
    """A best-response correspondence drawn as a polyline of (q, p) points.

    ``indifferent`` is True when the player is indifferent against every opponent mix;
    the correspondence is then the whole square and ``q``/``p`` are empty.
    """

    q: tuple[float, ...]
    p: tuple[float, ...]
    indifferent: bool = False


def _reply_path(
    at_zero: float, at_one: float, tolerance: float
) -> tuple[list[float], list[float]] | None:
    """Best reply y(x) in {0, 1} to x in [0, 1] for a payoff difference linear in x."""
    zero_start, zero_end = abs(at_zero) <= tolerance, abs(at_one) <= tolerance
    if zero_start and zero_end:
        return None
    if at_zero * at_one < 0 and not (zero_start or zero_end):
        crossing = float(at_zero / (at_zero - at_one))
        start, end = float(at_zero > 0), float(at_one > 0)
        return [0.0, crossing, crossing, 1.0], [start, start, end, end]
    level = float((at_one if zero_start else at_zero) > 0)
    xs, ys = [0.0, 1.0], [level, level]
    if zero_start:
        xs, ys = [0.0, *xs], [1.0 - level, *ys]
    if zero_end:
        xs, ys = [*xs, 1.0], [*ys, 1.0 - level]
    return xs, ys


def best_response_paths(
    A: npt.ArrayLike, B: npt.ArrayLike
) -> tuple[BestResponsePath, BestResponsePath]:
    """The row player's and the column player's best-response paths of a 2×2 game."""
    A = np.asarray(A, dtype=float)
    B = np.asarray(B, dtype=float)
    if A.shape != (2, 2) or B.shape != (2, 2):
        raise ValueError("best-response diagrams are drawn for 2×2 games only")
    tolerance = payoff_tolerance(A, B)
    row = _reply_path(A[0, 1] - A[1, 1], A[0, 0] - A[1, 0], tolerance)  # p as a function of q
    column = _reply_path(B[1, 0] - B[1, 1], B[0, 0] - B[0, 1], tolerance)  # q as a function of p
    row_path = (
        BestResponsePath((), (), True)
        if row is None
        else BestResponsePath(tuple(row[0]), tuple(row[1]))
    )
    column_path = (
        BestResponsePath((), (), True)
        if column is None
        else BestResponsePath(tuple(column[1]), tuple(column[0]))
    )
    return row_path, column_path
