"""The stage game of a repeated game: payoffs period by period, and what cooperating means.

If the game has a parameter named ``period`` it is set to 1, 2, 3, ... in turn, so a
model's payoffs can grow over time (a freemium model whose free users become worth more).
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
import numpy.typing as npt

from explorer.core.game import ROW, Game
from explorer.core.solve import Equilibrium, solve

FloatArray = npt.NDArray[np.float64]
IntArray = npt.NDArray[np.int64]

#: The parameter that, when a game has it, counts the periods (1, 2, 3, ...).
PERIOD_PARAMETER = "period"
#: Most periods simulated or solved.
MAX_PERIODS = 10_000


class RepeatedGameError(ValueError):
    """A repeated-game request that cannot be met, in one sentence."""


def whole_number(text: str, largest: int) -> int | None:
    """``text`` as a whole number from 0 to ``largest`` (digits only), else None."""
    if not text.isdecimal() or len(text) > len(str(largest)):
        return None
    number = int(text)
    return number if number <= largest else None


def check_periods(periods: int) -> None:
    """Refuse a number of periods outside 1 to :data:`MAX_PERIODS`."""
    if not 1 <= periods <= MAX_PERIODS:
        raise RepeatedGameError(f"use 1 to {MAX_PERIODS} periods, not {periods}")


@dataclass(frozen=True, eq=False)
class StageGame:
    """The game played every period: payoffs ``A[t], B[t]`` for period t = 0, 1, ...

    When the payoffs do not depend on the period, ``A`` and ``B`` hold one period; later
    periods repeat the last one held.
    """

    game: Game
    values: dict[str, float]
    A: FloatArray  # (periods, m, n)
    B: FloatArray
    _equilibria: dict[int, tuple[Equilibrium, ...]] = field(
        default_factory=dict, init=False, repr=False
    )

    @classmethod
    def of(cls, game: Game, values: dict[str, float] | None = None, periods: int = 1) -> StageGame:
        """The stage game of ``game`` at ``values``, for ``periods`` periods.

        Raises
        ------
        RepeatedGameError
            If the number of periods is out of range or a payoff is undefined.
        """
        check_periods(periods)
        point = game.resolve({k: v for k, v in (values or {}).items() if k != PERIOD_PARAMETER})
        if PERIOD_PARAMETER in point:
            parameter = game.parameter(PERIOD_PARAMETER)
            times = np.clip(
                np.arange(1, periods + 1, dtype=float), parameter.minimum, parameter.maximum
            )
            A, B = game.evaluate_grid({**point, PERIOD_PARAMETER: times})
        else:
            A, B = game.evaluate(point)
            A, B = A[None], B[None]
        if not (np.isfinite(A).all() and np.isfinite(B).all()):
            raise RepeatedGameError("a payoff is undefined at these parameter values")
        return cls(game, point, A, B)

    @property
    def shape(self) -> tuple[int, int]:
        """The number of actions of each player, row first."""
        return self.A.shape[1], self.A.shape[2]

    @property
    def varies(self) -> bool:
        """True when the payoffs change from one period to the next."""
        return len(self.A) > 1

    def _index(self, period: int) -> int:
        return min(period, len(self.A) - 1)  # payoffs repeat once they stop changing

    def payoffs(self, period: int) -> tuple[FloatArray, FloatArray]:
        """Both players' payoffs in ``period`` (0-based)."""
        t = self._index(period)
        return self.A[t], self.B[t]

    def own_payoffs(self, player: int, period: int) -> FloatArray:
        """``own[a, b]``: the player's payoff when it plays ``a`` and the opponent ``b``."""
        A, B = self.payoffs(period)
        return A if player == ROW else B.T

    def equilibria(self, period: int) -> tuple[Equilibrium, ...]:
        """The stage equilibria of ``period``, solved once per stage game and period."""
        t = self._index(period)
        if t not in self._equilibria:
            self._equilibria[t] = solve(self.A[t], self.B[t]).equilibria
        return self._equilibria[t]

    def names(self, player: int) -> tuple[str, ...]:
        """The player's action names."""
        return self.game.players[player].strategies

    def action_index(self, player: int, text: str) -> int:
        """The player's action named ``text``, or numbered ``text`` (from 1).

        Raises
        ------
        RepeatedGameError
            If the player has no such action.
        """
        names = self.names(player)
        if text in names:
            return names.index(text)
        number = whole_number(text, len(names))
        if number is not None and number >= 1:
            return number - 1
        raise RepeatedGameError(
            f"'{text}' is not an action of {self.game.players[player].name}; "
            f"actions: {', '.join(names)}"
        )


@dataclass(frozen=True)
class Convention:
    """What cooperating and defecting mean: one action of each kind for each player."""

    cooperate: tuple[int, int]
    defect: tuple[int, int]

    @classmethod
    def default(cls, stage: StageGame) -> Convention:
        """Cooperate: the pure profile with the largest total payoff. Defect: each player's
        action in the stage equilibrium that is worst for the other (the natural threat)."""
        A, B = stage.payoffs(0)
        total = A + B
        cooperate = np.unravel_index(int(np.argmax(total)), total.shape)
        threat = min(stage.equilibria(0), key=lambda e: e.payoffs[0] + e.payoffs[1])
        defect = (int(np.argmax(threat.row)), int(np.argmax(threat.column)))
        return cls((int(cooperate[0]), int(cooperate[1])), defect)
