"""The pieces the analyses share: both players' payoffs, one player's view, the slack."""

from __future__ import annotations

from collections.abc import Collection, Sequence

import numpy as np
import numpy.typing as npt

from explorer.core.game import COLUMN, ROW
from explorer.core.numeric import PROBABILITY_TOLERANCE, payoff_tolerance
from explorer.core.solve import as_bimatrix

FloatArray = npt.NDArray[np.float64]
BoolArray = npt.NDArray[np.bool_]
#: Per player, strategies known to survive iterated strict elimination.
Survivors = tuple[Collection[int], Collection[int]]

#: The two players, row first: the order in which elimination looks at them.
PLAYERS: tuple[int, int] = (ROW, COLUMN)


def slack_for(A: FloatArray, B: FloatArray, tolerance: float | None) -> float:
    """The caller's slack, or :func:`explorer.core.numeric.payoff_tolerance` of the game."""
    return payoff_tolerance(A, B) if tolerance is None else float(tolerance)


def check_player(player: int) -> None:
    """Refuse a player index other than ROW (0) or COLUMN (1)."""
    if player not in PLAYERS:
        raise ValueError(f"player must be {ROW} (row) or {COLUMN} (column), not {player!r}")


def own_payoffs(A: FloatArray, B: FloatArray, player: int) -> FloatArray:
    """The player's payoffs with its own strategies as rows and the opponent's as columns."""
    return A if player == ROW else B.T


def pure_index(weights: Sequence[float]) -> int | None:
    """The one strategy a mixed strategy plays, or None when it plays several."""
    support = [k for k, p in enumerate(weights) if p > PROBABILITY_TOLERANCE]
    return support[0] if len(support) == 1 else None


def unit_vector(size: int, index: int) -> FloatArray:
    """The pure strategy ``index`` as a mixed strategy over ``size`` strategies."""
    vector = np.zeros(size)
    vector[index] = 1.0
    return vector


__all__ = [
    "PLAYERS",
    "BoolArray",
    "FloatArray",
    "Survivors",
    "as_bimatrix",
    "check_player",
    "own_payoffs",
    "pure_index",
    "slack_for",
    "unit_vector",
]
