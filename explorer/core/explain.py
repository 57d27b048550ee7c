"""Equilibria explained in words: why each strategy is a best response, what pins each mix."""

from __future__ import annotations

from collections.abc import Sequence
from fractions import Fraction

import numpy as np
import numpy.typing as npt

from explorer.core.game import COLUMN, ROW, Game
from explorer.core.i18n import _
from explorer.core.numeric import PROBABILITY_TOLERANCE, payoff_tolerance
from explorer.core.solve import Equilibrium, rational_matrix
from explorer.core.text import format_number, mixed_strategy_label

FloatArray = npt.NDArray[np.float64]
Number = float | Fraction


def _show(value: Number) -> str:
    if isinstance(value, Fraction):
        return str(value) if value.denominator != 1 else str(value.numerator)
    return format_number(float(value))


def _join(items: Sequence[str]) -> str:
    if len(items) <= 1:
        return "".join(items)
    return _("{first} and {last}").format(first=", ".join(items[:-1]), last=items[-1])


class _Player:
    """One player's view of the equilibrium: its payoffs and its opponent's mix."""

    def __init__(self, game: Game, A: FloatArray, B: FloatArray, eq: Equilibrium, player: int):
        self.game, self.player = game, player
        self.name = game.players[player].name
        self.names = game.players[player].strategies
        self.opponent = game.players[1 - player]
        exact = (rational_matrix(A), rational_matrix(B))
        own = A if player == ROW else B.T  # own[i, j]: this player's i against the opponent's j
        self.own = own
        self.mix = np.array(eq.row if player == ROW else eq.column)
        self.opponent_mix = np.array(eq.column if player == ROW else eq.row)
        mix_exact = eq.row_exact if player == ROW else eq.column_exact
        opponent_exact = eq.column_exact if player == ROW else eq.row_exact
        exact_own = exact[player]
        if exact_own is not None and player == COLUMN:
            exact_own = [list(column) for column in zip(*exact_own, strict=True)]
        self.exact = exact_own if opponent_exact is not None else None
        self.mix_exact, self.opponent_exact = mix_exact, opponent_exact
        self.values = self._values()
        self.slack = payoff_tolerance(A, B)

    def _values(self) -> list[Number]:
        """Each of this player's strategies' payoff against the opponent's strategy."""
        if self.exact is not None and self.opponent_exact is not None:
            q = self.opponent_exact
            return [
                sum((a * p for a, p in zip(row, q, strict=True)), Fraction(0)) for row in self.exact
            ]
        return [float(v) for v in self.own @ self.opponent_mix]

    @property
    def support(self) -> list[int]:
        return [int(i) for i in np.flatnonzero(self.mix > PROBABILITY_TOLERANCE)]

    def opponent_label(self) -> str:
        return mixed_strategy_label(
            tuple(self.opponent_mix), self.opponent.strategies, self.opponent_exact
        )

    def label(self) -> str:
        return mixed_strategy_label(tuple(self.mix), self.names, self.mix_exact)

    def best_response_sentence(self) -> str:
        support, values = self.support, self.values
        others = [k for k in range(len(self.names)) if k not in support]
        worse = [
            _("{strategy}'s {value}").format(strategy=self.names[k], value=_show(values[k]))
            for k in others
        ]
        if len(support) == 1:
            chosen = support[0]
            ties = [k for k in others if float(values[chosen]) - float(values[k]) <= self.slack]
            base = _("{player}: {strategy} earns {value} against {opponent}").format(
                player=self.name,
                strategy=self.names[chosen],
                value=_show(values[chosen]),
                opponent=self.opponent_label(),
            )
            if not others:
                return base + _(", its only strategy.")
            relation = _("as much as") if ties else _("more than")
            return base + _(", {relation} {others}, so {strategy} is a best response.").format(
                relation=relation, others=_join(worse), strategy=self.names[chosen]
            )
        sentence = _(
            "{player} is indifferent between {strategies} against {opponent}: each earns {value}, "
            "so any mix of them, this one included, is a best response"
        ).format(
            player=self.name,
            strategies=_join([self.names[k] for k in support]),
            opponent=self.opponent_label(),
            value=_show(values[support[0]]),
        )
        if others:
            sentence += _("; {others} would earn less").format(others=_join(worse))
        return sentence + "."

    def indifference_sentence(self, other: _Player) -> str | None:
        """What pins this player's mix: the opponent's indifference among its support."""
        support = self.support
        if len(support) < 2:
            return None
        replies = other.support
        head = _("{player}'s mix {mix} is what makes {opponent} indifferent").format(
            player=self.name, mix=self.label(), opponent=other.name
        )
        if len(support) == 2 and len(replies) == 2:
            return head + ": " + self._equation(other, support, replies)
        return head + _(": against it, {replies} each earn {value}.").format(
            replies=_join([other.names[k] for k in replies]), value=_show(other.values[replies[0]])
        )

    def _equation(self, other: _Player, support: list[int], replies: list[int]) -> str:
        """p·a + (1 − p)·b = p·c + (1 − p)·d, so p = ..., for two strategies on each side."""
        first = support[0]
        payoff: list[list[Number]]
        if other.exact is not None:
            payoff = [[other.exact[reply][k] for k in support] for reply in replies]
        else:
            payoff = [[float(other.own[reply, k]) for k in support] for reply in replies]
        (a, b), (c, d) = payoff
        p_value = self.mix_exact[first] if self.mix_exact else float(self.mix[first])
        side = "{a}·p + {b}·(1 − p)"
        left = side.format(a=_show(a), b=_show(b))
        right = side.format(a=_show(c), b=_show(d))
        return _(
            "with p = P({strategy}), {opponent}'s {reply1} earns {left} and its {reply2} earns "
            "{right}; these are equal at p = {p}."
        ).format(
            strategy=self.names[first],
            opponent=other.name,
            reply1=other.names[replies[0]],
            reply2=other.names[replies[1]],
            left=left,
            right=right,
            p=_show(p_value),
        )


def explain_equilibrium(game: Game, A: FloatArray, B: FloatArray, eq: Equilibrium) -> list[str]:
    """Sentences a class can follow: one per player saying why its strategy is a best
    response, and for each mixing player the indifference condition that pins its odds."""
    row, column = _Player(game, A, B, eq, ROW), _Player(game, A, B, eq, COLUMN)
    sentences = [row.best_response_sentence(), column.best_response_sentence()]
    for mixer, other in ((row, column), (column, row)):
        pinned = mixer.indifference_sentence(other)
        if pinned:
            sentences.append(pinned)
    return sentences
