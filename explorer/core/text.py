"""Equilibria in words and numbers: probabilities as fractions, profiles in strategy names."""

from __future__ import annotations

from collections.abc import Sequence
from fractions import Fraction

from explorer.core.game import COLUMN, ROW, Game
from explorer.core.solve import Equilibrium


def format_number(value: float, digits: int = 3) -> str:
    """A payoff or probability for people: no trailing zeros, no '-0'."""
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
    used = [i for i, p in enumerate(probabilities) if p > 1e-9]
    if len(used) == 1:
        return names[used[0]]
    parts = [
        f"{names[i]} {format_probability(probabilities[i], exact[i] if exact else None)}"
        for i in used
    ]
    return separator.join(parts)


def profile_label(game: Game, equilibrium: Equilibrium) -> str:
    """Both strategies, such as ``Premium / Free`` or ``mixed: Premium 2/3 · Cut 1/3 / Free``."""
    row = mixed_strategy_label(equilibrium.row, game.players[ROW].strategies, equilibrium.row_exact)
    column = mixed_strategy_label(
        equilibrium.column, game.players[COLUMN].strategies, equilibrium.column_exact
    )
    prefix = "mixed: " if equilibrium.kind == "mixed" else ""
    return f"{prefix}{row} / {column}"


def payoff_label(equilibrium: Equilibrium, digits: int = 3) -> str:
    """Both expected payoffs, exact where known: ``2/3, 2/3`` or ``0.412, 0.233``."""
    exact = equilibrium.payoffs_exact
    return ", ".join(
        format_probability(v, exact[k] if exact else None, digits)
        for k, v in enumerate(equilibrium.payoffs)
    )
