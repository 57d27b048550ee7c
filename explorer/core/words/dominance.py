"""Iterated elimination in sentences: which strategy goes, what dominates it, what it pays."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from explorer.core.analysis import EliminationStep
from explorer.core.i18n import _
from explorer.core.numeric import PAYOFF_TOLERANCE, as_fraction
from explorer.core.text import mixture_text

#: Most payoff comparisons one sentence lists before it says "and N more".
SHOWN_COMPARISONS = 4


class PlayerNames(Protocol):
    """A player's name and its strategies' names (a :class:`explorer.core.game.Player`)."""

    @property
    def name(self) -> str: ...

    @property
    def strategies(self) -> Sequence[str]: ...


def _number(value: float, decimals: int) -> str:
    """A whole number as such (up to the payoff tolerance), anything else to ``decimals``."""
    whole = as_fraction(value, 1, PAYOFF_TOLERANCE)
    if whole is not None:
        return str(whole.numerator)
    return f"{value:.{decimals}f}"


def _comparison_decimals(pairs: Sequence[tuple[float, float, bool]]) -> int:
    """The fewest decimals (at least 2) at which every strict comparison still shows."""
    for decimals in (2, 3, 4, 6, 9):
        if all(
            _number(low, decimals) != _number(high, decimals) for low, high, less in pairs if less
        ):
            return decimals
    return 12


def describe_step(step: EliminationStep, players: Sequence[PlayerNames]) -> str:
    """One elimination step as a plain English sentence for a class.

    Parameters
    ----------
    step
        A step of :func:`iterated_elimination`.
    players
        Row player then column player, each with ``name`` and ``strategies`` (the game's
        ``players``).

    Returns
    -------
    str
        Such as "Step 1: Closed provider's Price cut is strictly dominated by Premium: it
        pays less against every remaining strategy of Open provider (0.10 < 0.35 against
        Free, 0.05 < 0.20 against Paid)."
    """
    own, opponent = players[step.player], players[1 - step.player]
    if step.pure_dominator is not None:
        dominator = own.strategies[step.pure_dominator]
    else:
        dominator = _("the mix {mix}").format(mix=mixture_text(step.dominator, own.strategies))
    pairs = [
        (low, high, high - low > step.tolerance)
        for low, high in zip(step.payoffs, step.dominator_payoffs, strict=True)
    ]
    shown = list(range(len(pairs)))[:SHOWN_COMPARISONS]
    # Weak dominance is only shown to be weak-but-real by a comparison where it gains.
    if not any(pairs[k][2] for k in shown):
        shown[-1] = next((k for k, pair in enumerate(pairs) if pair[2]), shown[-1])
    decimals = _comparison_decimals([pairs[k] for k in shown])
    comparisons = []
    for k in shown:
        low, high, less = pairs[k]
        relation = f"{_number(low, decimals)} < {_number(high, decimals)}"
        if not less:
            relation = f"{_number(low, decimals)} = {_number(low, decimals)}"
        comparisons.append(
            _("{relation} against {strategy}").format(
                relation=relation, strategy=opponent.strategies[step.against[k]]
            )
        )
    if len(pairs) > len(shown):
        comparisons.append(_("and {count} more").format(count=len(pairs) - len(shown)))
    if step.strict and len(pairs) == 1:
        claim = _("it pays less against the only remaining strategy of {player}").format(
            player=opponent.name
        )
    elif step.strict:
        claim = _("it pays less against every remaining strategy of {player}").format(
            player=opponent.name
        )
    else:
        claim = _(
            "it pays no more against any remaining strategy of {player}, "
            "and less against at least one"
        ).format(player=opponent.name)
    strength = _("strictly") if step.strict else _("weakly")
    return (
        _("Step {number}: {player}'s {strategy} is {strength} dominated by {dominator}: ").format(
            number=step.number,
            player=own.name,
            strategy=own.strategies[step.strategy],
            strength=strength,
            dominator=dominator,
        )
        + f"{claim} ({', '.join(comparisons)})."
    )
