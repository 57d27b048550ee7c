"""Iterated elimination of strictly dominated pure strategies, for many games at once.

A strategy that another pure strategy beats against everything the opponent might still
play is never played in a Nash equilibrium, mixed or pure; once it is gone, others may be
dominated in turn. The equilibria of the game that is left are exactly those of the
whole game (strategies removed are played with probability zero), so a game too large to
enumerate may shrink to one whose every equilibrium can be listed. Smooth games on a grid
of strategy values (a price from 0 to 1 in 21 steps, :mod:`explorer.core.families`) often
shrink to a single profile. Dominance is strict by more than the payoff slack of
:mod:`explorer.core.numeric`, so a tie never removes a strategy. Strict dominance gives the
same survivors in whatever order strategies are removed (Gilboa, Kalai and Zemel 1990),
so all dominated strategies of a round go together.
"""

from __future__ import annotations

import numpy as np
import numpy.typing as npt

from explorer.core.solve.budget import Budget

FloatArray = npt.NDArray[np.float64]
BoolArray = npt.NDArray[np.bool_]


def _dominated(
    payoffs: FloatArray, own: BoolArray, other: BoolArray, slack: FloatArray
) -> BoolArray:
    """``[g, i]``: own strategy i (rows of ``payoffs``, shape (games, r, c)) is beaten by
    more than the slack by some other live own strategy against every live opposing one."""
    beats = payoffs[:, :, None, :] - payoffs[:, None, :, :] > slack[:, None, None, None]
    beats |= ~other[:, None, None, :]  # strategies already gone do not count
    everywhere = beats.all(axis=-1) & own[:, :, None]  # [g, dominator, dominated]
    dominated: BoolArray = everywhere.any(axis=1) & own
    return dominated


def undominated(
    A: FloatArray, B: FloatArray, slack: FloatArray, budget: Budget
) -> tuple[BoolArray, BoolArray]:
    """Per game of a batch ``(games, m, n)``: the row and column strategies that survive
    iterated elimination of strictly dominated pure strategies.

    Each round removes, in every game at once, the strategies dominated among those left.
    The games are taken in chunks that fit ``budget``'s memory, and each round works only
    on the strategies still alive somewhere in the chunk, so later rounds are cheap.
    Raises :class:`~explorer.core.solve.budget.BudgetExhausted` when the deadline passes.
    """
    games, m, n = A.shape
    rows, columns = np.ones((games, m), dtype=bool), np.ones((games, n), dtype=bool)
    chunk = max(1, budget.elements(copies=4) // (max(m, n) ** 2 * min(m, n)))
    for start in range(0, games, chunk):
        part = slice(start, start + chunk)
        rows[part], columns[part] = _eliminate(A[part], B[part], slack[part], budget)
    return rows, columns


def _eliminate(
    A: FloatArray, B: FloatArray, slack: FloatArray, budget: Budget
) -> tuple[BoolArray, BoolArray]:
    games, m, n = A.shape
    rows, columns = np.ones((games, m), dtype=bool), np.ones((games, n), dtype=bool)
    while True:
        budget.check()
        live_rows = np.flatnonzero(rows.any(axis=0))
        live_columns = np.flatnonzero(columns.any(axis=0))
        a = A[:, live_rows][:, :, live_columns]
        b = np.swapaxes(B[:, live_rows][:, :, live_columns], 1, 2)
        r, c = rows[:, live_rows], columns[:, live_columns]
        gone_rows, gone_columns = _dominated(a, r, c, slack), _dominated(b, c, r, slack)
        if not (gone_rows.any() or gone_columns.any()):
            return rows, columns
        rows[:, live_rows] &= ~gone_rows
        columns[:, live_columns] &= ~gone_columns


__all__ = ["undominated"]
