"""Iterated elimination of dominated strategies, step by step, in the original indices."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from explorer.core.analysis.dominance import Dominated, dominating_mixture
from explorer.core.analysis.payoffs import (
    PLAYERS,
    FloatArray,
    Survivors,
    as_bimatrix,
    own_payoffs,
    slack_for,
)
from explorer.core.game import COLUMN, ROW
from explorer.core.numeric import payoff_scale


@dataclass(frozen=True)
class EliminationStep(Dominated):
    """One strategy removed during iterated elimination, in the original game's indices.

    ``against`` lists the opponent's strategies still in play at this step; ``payoffs`` and
    ``dominator_payoffs`` are the eliminated strategy's and the dominator's payoffs against
    each of them, and ``tolerance`` the slack within which two payoffs count as equal.
    ``remaining`` holds both players' strategies left after the step.
    """

    number: int
    round: int
    player: int
    strategy: int
    dominator: tuple[float, ...]
    strict: bool
    against: tuple[int, ...]
    payoffs: tuple[float, ...]
    dominator_payoffs: tuple[float, ...]
    remaining: tuple[tuple[int, ...], tuple[int, ...]]
    tolerance: float


@dataclass(frozen=True)
class Elimination:
    """The whole record of an iterated elimination and the strategies that survive it."""

    steps: tuple[EliminationStep, ...]
    remaining: tuple[tuple[int, ...], tuple[int, ...]]
    weak: bool

    @property
    def solved(self) -> bool:
        """True when a single cell survives."""
        return len(self.remaining[ROW]) == 1 and len(self.remaining[COLUMN]) == 1


def iterated_elimination(
    A: npt.ArrayLike,
    B: npt.ArrayLike,
    *,
    weak: bool = False,
    tolerance: float | None = None,
    survivors: Survivors = ((), ()),
) -> Elimination:
    """Remove dominated strategies one at a time until none is left, recording each step.

    Each round gives the row player, then the column player, a turn. In a turn the player's
    lowest-indexed dominated strategy (pure or mixed dominator, in the game that remains) is
    removed, the game is reduced and the search starts again, until none of that player's
    strategies is dominated. Rounds continue until one removes nothing.

    With strict dominance the strategies that survive do not depend on this order, and no
    strategy used in a Nash equilibrium is ever removed (Osborne & Rubinstein 1994, §4.2).
    With weak dominance the survivors can depend on the order and equilibria can be lost
    (§4.3); the fixed order here makes the result reproducible, not canonical.

    Parameters
    ----------
    A, B
        Row and column player's payoffs, both of shape ``(m, n)``.
    weak
        Eliminate weakly dominated strategies too.
    tolerance
        Payoffs within this count as equal; by default
        :func:`explorer.core.numeric.payoff_tolerance` of the full game, used at every step.
    survivors
        As for :func:`~explorer.core.analysis.dominance.dominated_strategies`: with strict
        dominance these are never tested (they are never removed), so the steps are the
        same, found with fewer programs.

    Returns
    -------
    Elimination
        The steps in order, in the original game's indices, and the surviving strategies.
    """
    A, B = as_bimatrix(A, B)
    slack = slack_for(A, B, tolerance)
    scale = payoff_scale(A, B)
    alive = [list(range(A.shape[0])), list(range(A.shape[1]))]
    steps: list[EliminationStep] = []
    round_number = 0
    removed_in_round = True
    while removed_in_round:
        removed_in_round = False
        round_number += 1
        for player in PLAYERS:
            while True:
                kept = () if weak else survivors[player]
                found = _next_step(A, B, alive, player, slack, scale, weak, kept)
                if found is None:
                    break
                U, local, mixture, strict = found
                dominator = np.zeros(A.shape[player])
                dominator[alive[player]] = mixture
                eliminated = alive[player].pop(local)
                steps.append(
                    EliminationStep(
                        number=len(steps) + 1,
                        round=round_number,
                        player=player,
                        strategy=eliminated,
                        dominator=tuple(float(p) for p in dominator),
                        strict=strict,
                        against=tuple(alive[1 - player]),
                        payoffs=tuple(float(v) for v in U[local]),
                        dominator_payoffs=tuple(float(v) for v in mixture @ U),
                        remaining=(tuple(alive[ROW]), tuple(alive[COLUMN])),
                        tolerance=slack,
                    )
                )
                removed_in_round = True
    return Elimination(tuple(steps), (tuple(alive[ROW]), tuple(alive[COLUMN])), weak)


def _next_step(
    A: FloatArray,
    B: FloatArray,
    alive: list[list[int]],
    player: int,
    slack: float,
    scale: float,
    weak: bool,
    kept: Collection[int] = (),
) -> tuple[FloatArray, int, FloatArray, bool] | None:
    """The player's lowest-indexed dominated strategy in the reduced game (strategies in
    ``kept``, known survivors, are not tested).

    Returns the player's own payoffs in the reduced game, the strategy's index in it, the
    dominating mixture over the player's remaining strategies, and whether it is strict.
    """
    cells = np.ix_(alive[ROW], alive[COLUMN])
    U = own_payoffs(A[cells], B[cells], player)
    for local in range(U.shape[0]):
        if alive[player][local] in kept:
            continue
        found = dominating_mixture(U, local, slack, scale, weak)
        if found is not None:
            return U, local, found[0], found[1]
    return None
