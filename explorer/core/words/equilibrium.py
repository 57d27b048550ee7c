"""An equilibrium explained in sentences: why each strategy is a best response, what pins a mix."""

from __future__ import annotations

from collections.abc import Sequence
from fractions import Fraction

import numpy.typing as npt

from explorer.core.explain import BestReply, Indifference, Number, equilibrium_reasons
from explorer.core.game import Game
from explorer.core.i18n import _
from explorer.core.solve import Equilibrium
from explorer.core.text import format_number, mixed_strategy_label


def show_number(value: Number) -> str:
    """A payoff or probability as a class reads it: ``2/3`` when exact, else a short decimal."""
    if isinstance(value, Fraction):
        return str(value) if value.denominator != 1 else str(value.numerator)
    return format_number(float(value))


def join_words(items: Sequence[str]) -> str:
    """``a``, ``a and b``, ``a, b and c``."""
    if len(items) <= 1:
        return "".join(items)
    return _("{first} and {last}").format(first=", ".join(items[:-1]), last=items[-1])


def _mix_label(game: Game, reply: BestReply) -> str:
    names = game.players[reply.player].strategies
    return mixed_strategy_label(reply.mix, names, reply.mix_exact)


#: Above this many strategies that earn less, a sentence names only the few that earn most
#: (a family of 21 prices would otherwise list 20).
LISTED_AT_MOST = 6
CLOSEST_NAMED = 3


def _apart(value: Number, best: Number) -> str:
    """``value`` with as many decimals (3 to 8) as it takes not to read as ``best``: a price
    next to the best one may earn 0.2948 against its 0.295."""
    if isinstance(value, Fraction):
        return show_number(value)
    for digits in range(3, 9):
        text = format_number(float(value), digits)
        if text != format_number(float(best), digits):
            return text
    return show_number(value)


def _worse_words(
    names: Sequence[str], values: Sequence[Number], unplayed: Sequence[int], best: Number
) -> str:
    """The strategies that earn less than ``best`` with their payoffs, or, when there are
    many, their number and the few that earn most."""

    def earns(k: int) -> str:
        return _("{strategy}'s {value}").format(strategy=names[k], value=_apart(values[k], best))

    if len(unplayed) <= LISTED_AT_MOST:
        return join_words([earns(k) for k in unplayed])
    closest = sorted(unplayed, key=lambda k: -float(values[k]))[:CLOSEST_NAMED]
    return _("each of its other {count} strategies (the best of them: {best})").format(
        count=len(unplayed), best=join_words([earns(k) for k in closest])
    )


def best_response_sentence(game: Game, reply: BestReply, opponent: BestReply) -> str:
    """Why one player's strategy is a best response to the opponent's.

    Such as "Ann: Opera earns 2 against Opera, more than Football's 0, so Opera is a best
    response." or, for a mix, "... is indifferent between ... : each earns 2/3, ...".
    """
    player = game.players[reply.player]
    names, values = player.strategies, reply.values
    worse = _worse_words(names, values, reply.unplayed, values[reply.support[0]])
    opponent_label = _mix_label(game, opponent)
    if len(reply.support) == 1:
        chosen = reply.support[0]
        base = _("{player}: {strategy} earns {value} against {opponent}").format(
            player=player.name,
            strategy=names[chosen],
            value=show_number(values[chosen]),
            opponent=opponent_label,
        )
        if not reply.unplayed:
            return base + _(", its only strategy.")
        relation = _("as much as") if reply.ties else _("more than")
        return base + _(", {relation} {others}, so {strategy} is a best response.").format(
            relation=relation, others=worse, strategy=names[chosen]
        )
    sentence = _(
        "{player} is indifferent between {strategies} against {opponent}: each earns {value}, "
        "so any mix of them, this one included, is a best response"
    ).format(
        player=player.name,
        strategies=join_words([names[k] for k in reply.support]),
        opponent=opponent_label,
        value=show_number(values[reply.support[0]]),
    )
    if reply.unplayed:
        sentence += _("; {others} would earn less").format(others=worse)
    return sentence + "."


def indifference_sentence(game: Game, pinned: Indifference, mixer: BestReply) -> str:
    """What pins a mix: "Ann's mix ... is what makes Bob indifferent: with p = P(Opera), ..."."""
    own, other = game.players[pinned.player], game.players[1 - pinned.player]
    head = _("{player}'s mix {mix} is what makes {opponent} indifferent").format(
        player=own.name, mix=_mix_label(game, mixer), opponent=other.name
    )
    if pinned.payoffs is None:
        return head + _(": against it, {replies} each earn {value}.").format(
            replies=join_words([other.strategies[k] for k in pinned.replies]),
            value=show_number(pinned.value),
        )
    (a, b), (c, d) = pinned.payoffs
    side = "{a}·p + {b}·(1 − p)"
    return (
        head
        + ": "
        + _(
            "with p = P({strategy}), {opponent}'s {reply1} earns {left} and its {reply2} earns "
            "{right}; these are equal at p = {p}."
        ).format(
            strategy=own.strategies[pinned.support[0]],
            opponent=other.name,
            reply1=other.strategies[pinned.replies[0]],
            reply2=other.strategies[pinned.replies[1]],
            left=side.format(a=show_number(a), b=show_number(b)),
            right=side.format(a=show_number(c), b=show_number(d)),
            p=show_number(pinned.probability),
        )
    )


def explain_equilibrium(
    game: Game, A: npt.ArrayLike, B: npt.ArrayLike, eq: Equilibrium
) -> list[str]:
    """Sentences a class can follow about the equilibrium ``eq`` of ``game`` at payoffs A, B.

    One sentence per player saying why its strategy is a best response, then for each
    mixing player the indifference condition that pins its odds (see
    :func:`explorer.core.explain.equilibrium_reasons`).
    """
    reasons = equilibrium_reasons(A, B, eq)
    row, column = reasons.replies
    sentences = [
        best_response_sentence(game, row, column),
        best_response_sentence(game, column, row),
    ]
    sentences += [
        indifference_sentence(game, pinned, reasons.replies[pinned.player])
        for pinned in reasons.indifferences
    ]
    return sentences
