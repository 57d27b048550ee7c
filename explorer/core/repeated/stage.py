"""The stage game of a repeated game: payoffs period by period, and what cooperating means.

If the game has a parameter named ``period`` it is set to 1, 2, 3, ... in turn (or from a
later first period on), so a model's payoffs can grow over time (a freemium model whose
free users become worth more). Past the last period held the payoffs stay those of that
period; :meth:`StageGame.horizon` holds every period the game defines, up to the period
parameter's maximum, after which its formulas are clipped and the payoffs no longer change.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
import numpy.typing as npt

from explorer.core.game import ROW, Game
from explorer.core.solve import Equilibrium, solve, solve_batch

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


def first_period_of(game: Game, values: dict[str, float]) -> int:
    """The period a repeated game starts in: ``values``' ``period``, 1 where there is none.

    Raises
    ------
    RepeatedGameError
        If the period given is not a whole number (the game's range is checked when the
        values are resolved).
    """
    if PERIOD_PARAMETER not in game.parameter_names or PERIOD_PARAMETER not in values:
        return 1
    period = values[PERIOD_PARAMETER]
    if not float(period).is_integer() or period < 1:
        raise RepeatedGameError(
            f"the repeated game starts in a whole period (1, 2, 3, ...), not period = {period:g}"
        )
    return int(period)


def _last_change(A: FloatArray, B: FloatArray) -> int:
    """The index of the last period whose payoffs differ from those of the period after it."""
    same = np.all(A[1:] == A[:-1], axis=(1, 2)) & np.all(B[1:] == B[:-1], axis=(1, 2))
    changes = np.flatnonzero(~same)
    return int(changes[-1]) + 1 if len(changes) else 0


@dataclass(frozen=True, eq=False)
class StageGame:
    """The game played every period: payoffs ``A[t], B[t]`` for period t = 0, 1, ...

    When the payoffs do not depend on the period, ``A`` and ``B`` hold one period; later
    periods repeat the last one held. Period t (0-based) is the game's period
    ``first_period + t`` (from 1).
    """

    game: Game
    values: dict[str, float]
    A: FloatArray  # (periods, m, n)
    B: FloatArray
    first_period: int = 1
    _equilibria: dict[int, tuple[Equilibrium, ...]] = field(
        default_factory=dict, init=False, repr=False
    )

    @classmethod
    def of(
        cls,
        game: Game,
        values: dict[str, float] | None = None,
        periods: int = 1,
        first_period: int = 1,
    ) -> StageGame:
        """The stage game of ``game`` at ``values``, for ``periods`` periods from the game's
        period ``first_period`` on (a ``period`` among ``values`` is ignored: the repeated
        game sets it).

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
                np.arange(first_period, first_period + periods, dtype=float),
                parameter.minimum,
                parameter.maximum,
            )
            A, B = game.evaluate_grid({**point, PERIOD_PARAMETER: times})
        else:
            A, B = game.evaluate(point)
            A, B = A[None], B[None]
        if not (np.isfinite(A).all() and np.isfinite(B).all()):
            raise RepeatedGameError("a payoff is undefined at these parameter values")
        return cls(game, point, A, B, first_period)

    @classmethod
    def horizon(
        cls, game: Game, values: dict[str, float] | None = None, first_period: int = 1
    ) -> StageGame:
        """Every period the game defines, from ``first_period`` to the ``period``
        parameter's maximum (at most :data:`MAX_PERIODS` periods), less the periods at the
        end that repeat the one before: later periods repeat the last one held.

        This is the stage game whose thresholds hold for the game played for ever: past
        the period parameter's maximum the payoffs stay those of that period.

        Raises
        ------
        RepeatedGameError
            If a payoff is undefined.
        """
        if PERIOD_PARAMETER not in game.parameter_names:
            return cls.of(game, values)
        last = int(np.floor(game.parameter(PERIOD_PARAMETER).maximum))
        periods = min(max(last - first_period + 1, 1), MAX_PERIODS)
        whole = cls.of(game, values, periods, first_period)
        held = _last_change(whole.A, whole.B) + 1
        return cls(game, whole.values, whole.A[:held], whole.B[:held], first_period)

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
        """The stage equilibria of ``period``, solved once per stage game and period (all
        periods held at once, in one batch, the first time a later one is asked for)."""
        t = self._index(period)
        if t not in self._equilibria:
            if t == 0:
                self._equilibria[t] = solve(self.A[t], self.B[t]).equilibria
            else:
                batch = solve_batch(self.A, self.B, degeneracy=False)
                for k in range(len(self.A)):
                    self._equilibria.setdefault(k, batch.equilibria(k))
        return self._equilibria[t]

    def period_number(self, period: int) -> int:
        """The game's number (from 1) of ``period`` (0-based)."""
        return self.first_period + period

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
