"""What GUI tests ask of a window's results: is the analysis shown current, which equilibria."""

from __future__ import annotations

from fractions import Fraction

Profile = tuple[tuple[Fraction, ...], tuple[Fraction, ...]]


def solved(window) -> bool:  # type: ignore[no-untyped-def]
    """The analysis shown is of the game and parameter values the window has now."""
    report = window.report
    return (
        report is not None
        and report.game is window.document.game
        and report.values == window.document.values
    )


def equilibria(window) -> set[Profile]:  # type: ignore[no-untyped-def]
    """The equilibria shown, as exact mixed strategies."""
    return {(e.row_exact, e.column_exact) for e in window.report.solution.equilibria}
