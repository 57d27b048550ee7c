"""What a solve returns: equilibria (exact fractions on demand) and what to know about them."""

from __future__ import annotations

import functools
from dataclasses import dataclass, field
from fractions import Fraction
from typing import Literal

import numpy as np

from explorer.core.i18n import N_, _
from explorer.core.solve.components import components, nash_subsets
from explorer.core.solve.exact import ExactProfile, RationalGame, exact_profile
from explorer.core.solve.verify import support

Method = Literal["auto", "support", "vertex", "lemke-howson", "nashpy"]
METHODS: tuple[Method, ...] = ("auto", "support", "vertex", "lemke-howson", "nashpy")
METHOD_NAMES: dict[str, str] = {
    "auto": N_("automatic"),
    "support": N_("support enumeration"),
    "vertex": N_("vertex enumeration"),
    "lemke-howson": N_("Lemke-Howson"),
    "nashpy": N_("nashpy's own algorithms"),
}


def method_name(method: str) -> str:
    """A method's name in words, in the current language."""
    return _(METHOD_NAMES[method])


def method_name_capitalised(method: str) -> str:
    """:func:`method_name` to begin a sentence ("Lemke-Howson", "Vertex enumeration")."""
    name = method_name(method)
    return name[:1].upper() + name[1:]


@dataclass(frozen=True)
class Equilibrium:
    """One Nash equilibrium: both mixed strategies and both expected payoffs.

    ``row_exact`` / ``column_exact`` / ``payoffs_exact`` are exact fractions where the
    game's payoffs are simple rationals and the fractions were checked to be an equilibrium
    exactly; they are worked out the first time they are asked for.
    """

    row: tuple[float, ...]
    column: tuple[float, ...]
    payoffs: tuple[float, float]
    game: RationalGame | None = field(default=None, compare=False, repr=False)

    @property
    def row_support(self) -> tuple[int, ...]:
        return support(np.array(self.row))

    @property
    def column_support(self) -> tuple[int, ...]:
        return support(np.array(self.column))

    @property
    def kind(self) -> Literal["pure", "mixed"]:
        pure = len(self.row_support) == 1 and len(self.column_support) == 1
        return "pure" if pure else "mixed"

    @functools.cached_property
    def exact(self) -> ExactProfile | None:
        """The equilibrium in exact fractions, or None (payoffs not rational, or not exact)."""
        if self.game is None:
            return None
        return exact_profile(self.game, np.array(self.row), np.array(self.column))

    @property
    def row_exact(self) -> tuple[Fraction, ...] | None:
        return None if self.exact is None else self.exact.row

    @property
    def column_exact(self) -> tuple[Fraction, ...] | None:
        return None if self.exact is None else self.exact.column

    @property
    def payoffs_exact(self) -> tuple[Fraction, Fraction] | None:
        return None if self.exact is None else self.exact.payoffs

    @property
    def is_exact(self) -> bool:
        return self.exact is not None

    def to_json(self) -> dict[str, object]:
        """The contract's JSON shape: ``row``, ``column``, ``payoffs``, ``kind``."""
        return {
            "row": list(self.row),
            "column": list(self.column),
            "payoffs": list(self.payoffs),
            "kind": self.kind,
        }


@dataclass(frozen=True)
class Solution:
    """All that one solve found and what the user should know about it.

    ``complete`` is True when the list is known to hold every extreme equilibrium;
    ``warnings`` say in words what was not done and why.
    """

    equilibria: tuple[Equilibrium, ...]
    method: str
    requested: str
    degenerate: bool
    complete: bool
    warnings: tuple[str, ...] = ()

    @property
    def pure(self) -> tuple[Equilibrium, ...]:
        return tuple(e for e in self.equilibria if e.kind == "pure")

    @functools.cached_property
    def nash_subsets(self) -> tuple[tuple[int, ...], ...]:
        """Maximal Nash subsets (see :mod:`explorer.core.solve.components`), each as indices
        into :attr:`equilibria`; in a nondegenerate game each equilibrium is its own."""
        return nash_subsets([e.row for e in self.equilibria], [e.column for e in self.equilibria])

    @functools.cached_property
    def components(self) -> tuple[tuple[int, ...], ...]:
        """Connected sets of equilibria, each as indices into :attr:`equilibria`."""
        return components([e.row for e in self.equilibria], [e.column for e in self.equilibria])


__all__ = [
    "METHODS",
    "METHOD_NAMES",
    "Equilibrium",
    "Method",
    "Solution",
    "method_name",
    "method_name_capitalised",
]
