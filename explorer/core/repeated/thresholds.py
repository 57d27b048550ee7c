"""Folk-theorem numbers of a stage game: minmax values and critical discount factors.

A target profile is played for ever; a player who deviates earns its best deviation payoff
once and its punishment payoff in every period after. With discount factor δ, staying on
the path pays u, deviating (1 − δ)·d + δ·p in discounted-average terms, so by the one-shot
deviation principle the profile is sustained exactly when δ ≥ (d − u) / (d − p) for both
players (Friedman 1971; Mailath and Samuelson 2006, §2.4). The harshest punishment a
player can be held to is its minmax value (Fudenberg and Maskin 1986).

Comparisons use the game's payoff tolerance (:func:`explorer.core.numeric.payoff_tolerance`):
the critical δ is 0 when no deviation gains more than that, and no δ < 1 suffices when the
punishment pays, within it, as much as the path. Payoffs and punishments come from the
same stage game, so a tie here is a tie everywhere else in the core (best responses,
dominance), whatever the unit of the payoffs.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from explorer.core.analysis import best_worst_case
from explorer.core.game import COLUMN, ROW
from explorer.core.numeric import payoff_scale, payoff_tolerance
from explorer.core.repeated.stage import FloatArray
from explorer.core.solve import solve_batch

#: A critical discount factor per player: None where no patience suffices.
PerPlayer = tuple[float | None, float | None]


@dataclass(frozen=True)
class Minmax:
    """The lowest payoff the opponent can hold a player to: pure and with mixing."""

    player: int
    pure_value: float
    value: float
    punisher: tuple[float, ...]  # the opponent's (mixed) strategy that achieves ``value``


def minmax(A: FloatArray, B: FloatArray, player: int) -> Minmax:
    """The player's minmax value: min over the opponent's mixed strategies of its best reply.

    v = min_τ max_a u(a, τ), found as the opponent's maximin strategy in the zero-sum game
    where it earns minus the player's payoffs (a linear program; von Neumann's minimax
    theorem makes it the player's maximin value too). The pure minmax min_b max_a u(a, b)
    is at least v; when the program finds nothing lower (within the payoff tolerance) the
    pure punisher is reported.
    """
    own = A if player == ROW else B.T  # own[i, j]: the player's payoff, its i, opponent's j
    best_replies = own.max(axis=0)
    pure = float(best_replies.min())
    pure_punisher = tuple(float(p) for p in np.eye(own.shape[1])[int(best_replies.argmin())])
    # The program runs on payoffs of unit scale, where HiGHS's tolerances are meant to
    # work; the punishing mixture does not depend on the scale.
    best = best_worst_case(-own.T / payoff_scale(own))
    if best is None:  # pragma: no cover - HiGHS solves every bounded, feasible program
        return Minmax(player, pure, pure, pure_punisher)
    mix = np.clip(best[1], 0, None)
    mix = mix / mix.sum()
    value = float((own @ mix).max())
    if value >= pure - payoff_tolerance(own):  # mixing holds the player no lower
        return Minmax(player, pure, pure, pure_punisher)
    return Minmax(player, pure, value, tuple(float(p) for p in mix))


def minmax_values(A: FloatArray, B: FloatArray) -> FloatArray:
    """Both players' minmax values in every period of stacked payoffs (T, m, n), shape (T, 2).

    A player's minmax value is the value of the zero-sum game in which it maximises its
    payoff and the opponent minimises it (von Neumann's minimax theorem), and every
    equilibrium of a zero-sum game pays its value: the batched solver's first equilibrium
    of each period's zero-sum game gives it, for all periods at once.
    """
    values = np.empty((len(A), 2))
    for player, own in ((ROW, A), (COLUMN, np.swapaxes(B, 1, 2))):
        batch = solve_batch(own, -own, degeneracy=False)
        values[:, player] = batch.flat_payoffs[batch.offsets[:-1], 0]
    return values


def one_shot_threshold(
    on_path: float, deviation: float, punishment: float, tolerance: float
) -> float | None:
    """The smallest δ with on_path ≥ (1 − δ)·deviation + δ·punishment.

    0 when deviating gains nothing (within ``tolerance``); None when the punishment is no
    worse than the path, so that no δ < 1 deters a gainful deviation; otherwise
    (deviation − on_path) / (deviation − punishment), which lies in (0, 1).
    """
    if deviation <= on_path + tolerance:
        return 0.0
    if punishment >= on_path - tolerance:
        return None
    return (deviation - on_path) / (deviation - punishment)


def critical_discount_factor(
    A: FloatArray, B: FloatArray, target: tuple[int, int], punishment: tuple[float, float]
) -> tuple[float | None, PerPlayer]:
    """The δ above which the target profile is sustained, given each player's punishment.

    Parameters
    ----------
    A, B
        The stage game's payoffs.
    target
        The profile (row action, column action) to sustain.
    punishment
        Each player's payoff per period after it deviates.

    Returns
    -------
    (float or None, (float or None, float or None))
        max over the players of (best deviation − path) / (best deviation − punishment), and
        each player's own critical δ; None where no patience suffices.
    """
    i, j = target
    tolerance = payoff_tolerance(A, B)
    row = one_shot_threshold(float(A[i, j]), float(A[:, j].max()), punishment[ROW], tolerance)
    column = one_shot_threshold(float(B[i, j]), float(B[i, :].max()), punishment[COLUMN], tolerance)
    if row is None or column is None:
        return None, (row, column)
    return max(row, column), (row, column)


def reversion_threshold(
    A: FloatArray,
    B: FloatArray,
    punishments: Sequence[tuple[float, float]],
    target: tuple[int, int],
) -> tuple[float | None, PerPlayer, int]:
    """Grim trigger with Nash reversion: the lowest critical δ over the stage equilibria.

    After a deviation both players play a stage equilibrium for ever, a credible threat
    (each period is a best response), so the profile is subgame perfect for δ above the
    critical δ of that equilibrium's payoffs; the equilibrium that punishes most gives the
    lowest.

    Parameters
    ----------
    A, B
        The stage game's payoffs.
    punishments
        The payoffs (row, column) of each stage equilibrium, at least one.
    target
        The profile to sustain.

    Returns
    -------
    (float or None, (float or None, float or None), int)
        The lowest δ (None if no equilibrium's punishment suffices), per player, and the
        index of the equilibrium that gives it (the first, when none does).
    """
    if not punishments:
        raise ValueError("a finite game has a stage equilibrium; none was given")
    best: tuple[float | None, PerPlayer, int] = (
        *critical_discount_factor(A, B, target, punishments[0]),
        0,
    )
    for index, punishment in enumerate(punishments[1:], start=1):
        delta, per_player = critical_discount_factor(A, B, target, punishment)
        if delta is not None and (best[0] is None or delta < best[0]):
            best = (delta, per_player, index)
    return best


def minmax_threshold(
    A: FloatArray, B: FloatArray, target: tuple[int, int]
) -> tuple[float | None, PerPlayer, tuple[Minmax, Minmax]]:
    """The critical δ under the harshest punishment: each player held to its minmax value.

    Never above :func:`reversion_threshold`, since a stage equilibrium pays each player at
    least its minmax value. Returns the δ, per player, and both players' minmax records.
    """
    values = (minmax(A, B, ROW), minmax(A, B, COLUMN))
    delta, per_player = critical_discount_factor(
        A, B, target, (values[ROW].value, values[COLUMN].value)
    )
    return delta, per_player, values
