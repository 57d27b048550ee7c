"""Best-response curves of a family game: each player's best strategy value against each of
the other's, and the pure equilibria where the two curves cross.

With strategies that are values of one variable per player (prices, quantities), the best
response of the row player to the column player's value ``y`` is the set of row values
``x`` whose payoff ``A[x, y]`` is within the payoff tolerance of the best in that column,
and likewise for the column player along a row of ``B``. A strategy pair lies on both
curves exactly when each value is a best response to the other: a pure Nash equilibrium.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from explorer.core.analysis import BestResponses
from explorer.core.families.form import family_of
from explorer.core.families.model import StrategyRange
from explorer.core.game import COLUMN, ROW, Game

FloatArray = npt.NDArray[np.float64]


@dataclass(frozen=True)
class BestResponseCurve:
    """One player's best-response correspondence over the other player's values.

    ``against[k]`` is a value of the other player's variable and ``best[k]`` the player's own
    values that are best responses to it, in increasing order (several where they tie).
    """

    player: int
    variable: str
    other_variable: str
    against: tuple[float, ...]
    best: tuple[tuple[float, ...], ...]


@dataclass(frozen=True)
class BestResponseCurves:
    """Both players' curves and where they cross: ``crossings`` are the pure equilibria as
    ``(row value, column value)``."""

    row: BestResponseCurve
    column: BestResponseCurve
    crossings: tuple[tuple[float, float], ...]


def strategy_values(game: Game, player: int) -> tuple[str, FloatArray] | None:
    """The variable and the value of each of ``player``'s strategies, if every strategy of
    the player belongs to a family of one and the same variable; otherwise None."""
    form = family_of(game)
    if form is None:
        return None
    blocks = form.table.blocks[player]
    if not all(isinstance(b, StrategyRange) for b in blocks):
        return None
    variables = {b.variable for b in blocks if isinstance(b, StrategyRange)}
    if len(variables) != 1:
        return None
    values = [v for b in blocks if isinstance(b, StrategyRange) for v in b.values]
    return variables.pop(), np.array(values)


def best_response_curves(game: Game, best: BestResponses) -> BestResponseCurves | None:
    """Both best-response curves of ``game`` from its best-response masks (those of
    :func:`explorer.core.analysis.best_response_masks` at the values shown).

    Returns None unless both players' strategies are the values of one variable each.
    """
    row_values, column_values = strategy_values(game, ROW), strategy_values(game, COLUMN)
    if row_values is None or column_values is None:
        return None
    (row_variable, x), (column_variable, y) = row_values, column_values
    row = BestResponseCurve(
        ROW,
        row_variable,
        column_variable,
        tuple(y.tolist()),
        tuple(tuple(np.sort(x[best.row[:, j]]).tolist()) for j in range(len(y))),
    )
    column = BestResponseCurve(
        COLUMN,
        column_variable,
        row_variable,
        tuple(x.tolist()),
        tuple(tuple(np.sort(y[best.column[i, :]]).tolist()) for i in range(len(x))),
    )
    crossings = tuple(
        (float(x[i]), float(y[j])) for i, j in zip(*np.nonzero(best.both), strict=True)
    )
    return BestResponseCurves(row, column, crossings)


__all__ = ["BestResponseCurve", "BestResponseCurves", "best_response_curves", "strategy_values"]
