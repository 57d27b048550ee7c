"""Why an equilibrium is one: each strategy's payoff against the other's mix, and what pins a mix.

A profile (σ, τ) is a Nash equilibrium exactly when every strategy in σ's support earns
the most against τ, and likewise for τ against σ. So a mixing player must be indifferent
among its support, and the odds of the *other* player are what make it so: in a 2×2
support, q·a + (1 − q)·b = q·c + (1 − q)·d pins q. These records hold those payoffs, as
exact fractions when the game and the equilibrium are rational; the sentences that read
them to a class live in :mod:`explorer.core.words.equilibrium`.
"""

from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction

import numpy as np
import numpy.typing as npt

from explorer.core.game import COLUMN, ROW
from explorer.core.numeric import PROBABILITY_TOLERANCE, payoff_tolerance
from explorer.core.solve import Equilibrium, rational_matrix

FloatArray = npt.NDArray[np.float64]
#: A payoff or probability: exact when the game and the equilibrium are rational.
Number = float | Fraction


@dataclass(frozen=True)
class BestReply:
    """One player's side of an equilibrium.

    ``values[k]`` is what the player's strategy ``k`` earns against the opponent's mix;
    ``support`` the strategies it plays, all earning the most; ``ties`` the strategies it
    does not play that earn as much (within the payoff tolerance), so that a pure choice
    is a best response but not the only one.
    """

    player: int
    mix: tuple[float, ...]
    mix_exact: tuple[Fraction, ...] | None
    values: tuple[Number, ...]
    support: tuple[int, ...]
    ties: tuple[int, ...]

    @property
    def unplayed(self) -> tuple[int, ...]:
        """The strategies outside the support, in order."""
        return tuple(k for k in range(len(self.values)) if k not in self.support)


@dataclass(frozen=True)
class Indifference:
    """What pins a mixing player's odds: the opponent's indifference among its own support.

    ``player`` mixes over ``support``; against that mix each of the opponent's ``replies``
    earns ``value``. When both supports have two strategies, ``payoffs[r]`` holds what the
    opponent's reply ``replies[r]`` earns against ``support[0]`` and ``support[1]``, and
    ``probability`` is p = P(``support[0]``) solving p·a + (1 − p)·b = p·c + (1 − p)·d.
    """

    player: int
    support: tuple[int, ...]
    replies: tuple[int, ...]
    value: Number
    payoffs: tuple[tuple[Number, Number], tuple[Number, Number]] | None
    probability: Number


@dataclass(frozen=True)
class Reasons:
    """Both players' best replies (row first) and the indifference of each mixing player."""

    replies: tuple[BestReply, BestReply]
    indifferences: tuple[Indifference, ...]


def _own_exact(A: FloatArray, B: FloatArray, player: int) -> list[list[Fraction]] | None:
    """The player's payoffs as fractions, own strategies as rows (None unless rational)."""
    exact = rational_matrix(A if player == ROW else B)
    if exact is None or player == ROW:
        return exact
    return [list(column) for column in zip(*exact, strict=True)]


class _Side:
    """One player's payoffs against the opponent's mix, exact where both are rational."""

    def __init__(self, A: FloatArray, B: FloatArray, eq: Equilibrium, player: int) -> None:
        self.player = player
        self.own = A if player == ROW else B.T  # own[i, j]: its strategy i, the opponent's j
        self.mix = eq.row if player == ROW else eq.column
        self.mix_exact = eq.row_exact if player == ROW else eq.column_exact
        opponent_mix = np.array(eq.column if player == ROW else eq.row)
        opponent_exact = eq.column_exact if player == ROW else eq.row_exact
        self.exact = _own_exact(A, B, player) if opponent_exact is not None else None
        self.values: tuple[Number, ...]
        if self.exact is not None and opponent_exact is not None:
            self.values = tuple(
                sum((a * q for a, q in zip(row, opponent_exact, strict=True)), Fraction(0))
                for row in self.exact
            )
        else:
            self.values = tuple(float(v) for v in self.own @ opponent_mix)
        self.support = tuple(k for k, p in enumerate(self.mix) if p > PROBABILITY_TOLERANCE)

    def reply(self, slack: float) -> BestReply:
        best = max(float(self.values[k]) for k in self.support)
        ties = tuple(
            k
            for k in range(len(self.values))
            if k not in self.support and best - float(self.values[k]) <= slack
        )
        return BestReply(self.player, self.mix, self.mix_exact, self.values, self.support, ties)

    def payoff(self, strategy: int, against: int) -> Number:
        if self.exact is not None:
            return self.exact[strategy][against]
        return float(self.own[strategy, against])

    def pinned_by(self, other: _Side) -> Indifference | None:
        """What pins this side's mix: the other side's indifference among its support."""
        support, replies = self.support, other.support
        if len(support) < 2:
            return None
        payoffs = None
        if len(support) == 2 and len(replies) == 2:
            (a, b), (c, d) = (
                (other.payoff(reply, support[0]), other.payoff(reply, support[1]))
                for reply in replies
            )
            payoffs = ((a, b), (c, d))
        first = support[0]
        probability: Number = self.mix_exact[first] if self.mix_exact else float(self.mix[first])
        value = other.values[replies[0]]
        return Indifference(self.player, support, replies, value, payoffs, probability)


def equilibrium_reasons(A: npt.ArrayLike, B: npt.ArrayLike, eq: Equilibrium) -> Reasons:
    """Why ``eq`` is an equilibrium of the game with payoffs ``A`` (row) and ``B`` (column).

    Parameters
    ----------
    A, B
        The payoff matrices, both of shape ``(m, n)``.
    eq
        A verified equilibrium of that game.

    Returns
    -------
    Reasons
        Each player's payoffs against the opponent's mix with its support and ties, and for
        each player that mixes, the opponent's indifference that pins the odds.
    """
    A, B = np.asarray(A, dtype=float), np.asarray(B, dtype=float)
    slack = payoff_tolerance(A, B)
    row, column = _Side(A, B, eq, ROW), _Side(A, B, eq, COLUMN)
    pinned = (row.pinned_by(column), column.pinned_by(row))
    return Reasons(
        (row.reply(slack), column.reply(slack)),
        tuple(p for p in pinned if p is not None),
    )


__all__ = ["BestReply", "Indifference", "Number", "Reasons", "equilibrium_reasons"]
