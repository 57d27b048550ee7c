"""Best responses cell by cell, and the pure Nash equilibria they make."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from explorer.core.analysis.payoffs import BoolArray, as_bimatrix, slack_for


@dataclass(frozen=True, eq=False)
class BestResponses:
    """Which pure strategies are best responses, cell by cell.

    Both masks have the game's shape ``(m, n)`` and are read-only.
    ``row[i, j]`` is True when row strategy ``i`` is a best response to column strategy ``j``;
    ``column[i, j]`` is True when column strategy ``j`` is a best response to row strategy ``i``.
    """

    row: BoolArray
    column: BoolArray

    @property
    def both(self) -> BoolArray:
        """Cells that are mutual best responses: the pure Nash equilibria."""
        return self.row & self.column


def best_response_masks(
    A: npt.ArrayLike, B: npt.ArrayLike, tolerance: float | None = None
) -> BestResponses:
    """Every pure best response of each player to each pure strategy of the other.

    Parameters
    ----------
    A, B
        Row and column player's payoffs, both of shape ``(m, n)``.
    tolerance
        Payoffs within this of the best count as best (ties); by default
        :func:`explorer.core.numeric.payoff_tolerance`.

    Returns
    -------
    BestResponses
        ``row[i, j]``: row ``i`` is a best response to column ``j``; ``column[i, j]``: column
        ``j`` is a best response to row ``i``.
    """
    A, B = as_bimatrix(A, B)
    slack = slack_for(A, B, tolerance)
    row = A.max(axis=0, keepdims=True) - slack <= A
    column = B.max(axis=1, keepdims=True) - slack <= B
    row.flags.writeable = False
    column.flags.writeable = False
    return BestResponses(row=row, column=column)


def pure_equilibria(
    A: npt.ArrayLike, B: npt.ArrayLike, tolerance: float | None = None
) -> tuple[tuple[int, int], ...]:
    """The pure Nash equilibria: cells where each strategy is a best response to the other.

    Parameters
    ----------
    A, B
        Row and column player's payoffs, both of shape ``(m, n)``.
    tolerance
        Slack for best responses, as in :func:`best_response_masks`.

    Returns
    -------
    tuple of (int, int)
        ``(row strategy, column strategy)`` pairs in row-major order.
    """
    mutual = best_response_masks(A, B, tolerance).both
    return tuple((int(i), int(j)) for i, j in zip(*np.nonzero(mutual), strict=True))
