"""Payoff cells of a family game: the family's formula with the strategy values filled in."""

from __future__ import annotations

import ast
from collections.abc import Mapping

import numpy.typing as npt

from explorer.core.families.model import value_text
from explorer.core.formula import FloatArray, Formula


def replace_names(source: str, replacements: Mapping[str, str]) -> str:
    """``source`` with every use of a name in ``replacements`` written as its replacement.

    Spacing and everything else is kept. The parser reports where each name stands in UTF-8
    bytes (a name such as ``α`` takes two), so the text is edited as bytes.
    """
    text = source.encode("utf-8")
    indent = len(text) - len(source.lstrip().encode("utf-8"))
    tree = ast.parse(source.strip(), mode="eval")
    spans = sorted(
        (node.col_offset + indent, (node.end_col_offset or node.col_offset) + indent, node.id)
        for node in ast.walk(tree)
        if isinstance(node, ast.Name) and node.id in replacements
    )
    for start, end, name in reversed(spans):
        text = text[:start] + replacements[name].encode("utf-8") + text[end:]
    return text.decode("utf-8")


def number_source(value: float) -> str:
    """A strategy value as formula text; a negative one in brackets, so ``x ** 2`` stays right."""
    text = value_text(value)
    return f"({text})" if text.startswith("-") else text


class BoundFormula(Formula):
    """A family's payoff formula at one strategy pair: its strategy variables fixed to numbers.

    It evaluates the family's checked formula with the values filled in (nothing is parsed
    again), and reads as that formula with the numbers written in its place, so a cell of
    an expanded family is a formula of the parameters like any other.
    """

    __slots__ = ("_text", "base", "fixed")

    def __init__(
        self, base: Formula, fixed: dict[str, float], names: frozenset[str] | None = None
    ) -> None:
        self.base = base
        self.fixed = fixed
        self.names = base.names - fixed.keys() if names is None else names  # names left free
        self._text: str | None = None

    @property
    def source(self) -> str:  # type: ignore[override]  # read-only: it follows from the base
        return self.text

    @property
    def text(self) -> str:
        if self._text is None:
            base = self.base
            if isinstance(base.source, str) and base.names & self.fixed.keys():
                filled = {name: number_source(v) for name, v in self.fixed.items()}
                self._text = replace_names(base.source, filled)
            else:
                self._text = base.text
        return self._text

    def evaluate(self, values: Mapping[str, npt.ArrayLike]) -> FloatArray:
        return self.base.evaluate({**values, **self.fixed})

    def __eq__(self, other: object) -> bool:
        # Equal to the same family formula at the same values only, never to a plain
        # formula of the same text: a game whose family was written out differs from it
        # (Python asks a subclass first, so ``Formula(...) == BoundFormula(...)`` is False).
        if not isinstance(other, BoundFormula):
            return False
        return other.fixed == self.fixed and (
            other.base is self.base or other.base.source == self.base.source
        )

    def __hash__(self) -> int:
        return hash((self.base.source, tuple(sorted(self.fixed.items()))))

    def __repr__(self) -> str:
        return f"BoundFormula({self.base.text!r}, {self.fixed!r})"


__all__ = ["BoundFormula", "number_source", "replace_names"]
