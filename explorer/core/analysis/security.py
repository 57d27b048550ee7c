"""Security levels: what each player can guarantee itself, pure and mixed (maximin)."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from explorer.core.analysis.linear import best_worst_case, tidy_mixture
from explorer.core.analysis.payoffs import (
    FloatArray,
    as_bimatrix,
    check_player,
    own_payoffs,
    slack_for,
    unit_vector,
)
from explorer.core.game import COLUMN, ROW
from explorer.core.numeric import payoff_scale


@dataclass(frozen=True)
class SecurityLevel:
    """What a player can guarantee itself whatever the opponent does (its maximin payoff).

    ``pure_strategies`` are all pure strategies attaining ``pure_value`` (within tolerance);
    ``mixed_strategy`` guarantees ``mixed_value`` against every strategy of the opponent.
    """

    player: int
    pure_value: float
    pure_strategies: tuple[int, ...]
    mixed_value: float
    mixed_strategy: tuple[float, ...]

    @property
    def pure_strategy(self) -> int:
        """The lowest-indexed pure maximin strategy."""
        return self.pure_strategies[0]


def security_level(
    A: npt.ArrayLike, B: npt.ArrayLike, player: int, tolerance: float | None = None
) -> SecurityLevel:
    """The payoff a player can guarantee itself, with a pure and with a mixed strategy.

    The pure security level is max_s min_t u(s, t). The mixed one, max_σ min_t u(σ, t), is the
    value of the zero-sum game in which the opponent tries to minimise the player's payoff
    (von Neumann's minimax theorem; Osborne & Rubinstein 1994, §2.5), found by the linear
    program

        max v  subject to  σ·U[:, t] ≥ v for every opponent strategy t,  σ ≥ 0,  Σσ = 1.

    Parameters
    ----------
    A, B
        Row and column player's payoffs, both of shape ``(m, n)``.
    player
        ``0`` for the row player, ``1`` for the column player.
    tolerance
        Pure strategies within this of the best guarantee are all listed; by default
        :func:`explorer.core.numeric.payoff_tolerance`.

    Returns
    -------
    SecurityLevel
        Pure value and the pure strategies attaining it; mixed value and a mixed strategy
        attaining it. The mixed value is the strategy's actual worst case, never below the
        pure value.
    """
    A, B = as_bimatrix(A, B)
    check_player(player)
    slack = slack_for(A, B, tolerance)
    U = own_payoffs(A, B, player)
    worst = U.min(axis=1)
    pure_value = float(worst.max())
    pure = tuple(int(k) for k in np.flatnonzero(worst >= pure_value - slack))
    mixture = _maximin_mixture(U, payoff_scale(A, B), slack)
    if mixture is None or float((mixture @ U).min()) < pure_value:
        mixture = unit_vector(U.shape[0], int(np.argmax(worst)))
    return SecurityLevel(
        player=player,
        pure_value=pure_value,
        pure_strategies=pure,
        mixed_value=float((mixture @ U).min()),
        mixed_strategy=tuple(float(p) for p in mixture),
    )


def _maximin_mixture(U: FloatArray, scale: float, slack: float) -> FloatArray | None:
    """The maximin mixed strategy of the own-payoff matrix ``U`` by linear programming."""
    if U.shape[0] == 1:
        return np.ones(1)
    best = best_worst_case(U / scale)
    if best is None:
        return None
    value = best[0] * scale
    return tidy_mixture(best[1], lambda s: float((s @ U).min()) >= value - slack)


def security_levels(
    A: npt.ArrayLike, B: npt.ArrayLike, tolerance: float | None = None
) -> tuple[SecurityLevel, SecurityLevel]:
    """Both players' security levels, row player first; see :func:`security_level`.

    Parameters
    ----------
    A, B
        Row and column player's payoffs, both of shape ``(m, n)``.
    tolerance
        As in :func:`security_level`.

    Returns
    -------
    (SecurityLevel, SecurityLevel)
        The row player's and the column player's.
    """
    return (security_level(A, B, ROW, tolerance), security_level(A, B, COLUMN, tolerance))
