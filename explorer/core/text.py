"""Equilibria in words and numbers: probabilities as fractions, profiles in strategy names."""

from __future__ import annotations

from collections.abc import Sequence
from fractions import Fraction

from explorer.core.game import COLUMN, ROW, Game
from explorer.core.i18n import _
from explorer.core.numeric import PROBABILITY_TOLERANCE, as_fraction
from explorer.core.solve import Equilibrium

#: Largest denominator written as a fraction in sentences ("1/3 Top + 2/3 Bottom").
DISPLAY_DENOMINATOR = 20


def capitalised(text: str) -> str:
    """The first letter upper case, the rest as it is ("Lemke-Howson", not "Lemke-howson")."""
    return text[:1].upper() + text[1:]


def format_number(value: float, digits: int = 3) -> str:
    """A payoff or probability for people, rounded to ``digits``: no trailing zeros, no '-0'.

    For text that must read back as the same number (a Gambit file), see
    :func:`explorer.core.io.gambit.exact_number_text`.
    """
    text = f"{value:.{digits}f}".rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


def format_probability(value: float, exact: Fraction | None = None, digits: int = 3) -> str:
    """``2/3`` when the exact fraction is known, otherwise a short decimal."""
    if exact is not None:
        return str(exact)
    return format_number(value, digits)


def mixed_strategy_label(
    probabilities: Sequence[float],
    names: Sequence[str],
    exact: Sequence[Fraction] | None = None,
    separator: str = " · ",
) -> str:
    """One player's strategy: its name if pure, else ``Premium 2/3 · Price cut 1/3``."""
    used = [i for i, p in enumerate(probabilities) if p > PROBABILITY_TOLERANCE]
    if len(used) == 1:
        return names[used[0]]
    parts = [
        f"{names[i]} {format_probability(probabilities[i], exact[i] if exact else None)}"
        for i in used
    ]
    return separator.join(parts)


def profile_label(game: Game, equilibrium: Equilibrium, mixed_prefix: bool = True) -> str:
    """Both strategies, such as ``Premium / Free`` or ``mixed: Premium 2/3 · Cut 1/3 / Free``."""
    row = mixed_strategy_label(equilibrium.row, game.players[ROW].strategies, equilibrium.row_exact)
    column = mixed_strategy_label(
        equilibrium.column, game.players[COLUMN].strategies, equilibrium.column_exact
    )
    prefix = _("mixed: ") if mixed_prefix and equilibrium.kind == "mixed" else ""
    return f"{prefix}{row} / {column}"


def payoff_label(equilibrium: Equilibrium, digits: int = 3) -> str:
    """Both expected payoffs, exact where known: ``2/3, 2/3`` or ``0.412, 0.233``."""
    exact = equilibrium.payoffs_exact
    return ", ".join(
        format_probability(v, exact[k] if exact else None, digits)
        for k, v in enumerate(equilibrium.payoffs)
    )


def simple_fraction(p: float) -> str:
    """A probability as a simple fraction ("1/3") when it is one, else with 2-3 decimals.

    Parameters
    ----------
    p
        A number between 0 and 1.

    Returns
    -------
    str
        Such as ``"1/2"``, ``"2/7"``, ``"1"`` or ``"0.372"``.
    """
    fraction = as_fraction(p, DISPLAY_DENOMINATOR, PROBABILITY_TOLERANCE)
    if fraction is not None:
        return str(fraction)
    if round(p, 3) == 0:
        return f"{p:.2g}"
    whole, decimals = f"{p:.3f}".split(".")
    return f"{whole}.{decimals.rstrip('0').ljust(2, '0')}"


def mixture_text(weights: Sequence[float], names: Sequence[str]) -> str:
    """A mixed strategy in words, such as ``"1/2 Top + 1/2 Bottom"``.

    Parameters
    ----------
    weights
        Probabilities over the strategies, in order.
    names
        The strategies' names, in the same order.

    Returns
    -------
    str
        The strategies played with positive probability, each with its weight; a lone
        strategy is named without a weight.
    """
    played = [
        (p, name) for p, name in zip(weights, names, strict=True) if p > PROBABILITY_TOLERANCE
    ]
    if len(played) == 1:
        return played[0][1]
    return " + ".join(f"{simple_fraction(p)} {name}" for p, name in played)
