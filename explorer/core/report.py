"""Everything the app shows about one game at one point: equilibria, best responses, dominance."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

import numpy as np

from explorer.core.analysis import (
    BestResponses,
    Dominance,
    Elimination,
    best_response_masks,
    dominated_strategies,
    equilibrium_survivors,
    iterated_elimination,
)
from explorer.core.game import Game
from explorer.core.solve import FloatArray, Solution, StopCheck, solve


@dataclass(frozen=True, eq=False)
class Report:
    """The analysis of ``game`` at parameter ``values``, computed off the GUI thread."""

    game: Game
    values: dict[str, float]
    A: FloatArray
    B: FloatArray
    solution: Solution
    best_responses: BestResponses
    dominated: tuple[Dominance, ...]  # the strictly dominated strategies (the matrix greys them)
    elimination: Elimination


def analyse(
    game: Game,
    values: Mapping[str, float],
    method: str = "auto",
    should_stop: StopCheck | None = None,
) -> Report:
    """Solve and explain ``game`` at ``values``.

    Raises
    ------
    FormulaError
        If a payoff is undefined (NaN or infinite) at these values.
    SolveCancelled
        If ``should_stop`` asked to give up.
    """
    point = {**game.defaults(), **values}
    A, B = game.evaluate(point)
    solution = solve(A, B, method, should_stop)
    # Best responses to equilibrium strategies are never strictly dominated: the dominance
    # checks skip them, which spares most of their linear programs.
    survivors = equilibrium_survivors(A, B, [(e.row, e.column) for e in solution.equilibria])
    return Report(
        game=game,
        values=point,
        A=np.array(A),
        B=np.array(B),
        solution=solution,
        best_responses=best_response_masks(A, B),
        dominated=dominated_strategies(A, B, survivors=survivors),
        elimination=iterated_elimination(A, B, survivors=survivors),
    )
