"""Strategy families: a player's strategies generated from an evenly spaced range of one value."""

from __future__ import annotations

import functools
import keyword
import math
from dataclasses import dataclass

from explorer.core.formula import RESERVED_NAMES
from explorer.core.game import MAX_FAMILY_STRATEGIES, MAX_NAME_LENGTH, GameError

#: Significant digits of a strategy's value: 0.35, not 0.35000000000000003.
VALUE_DIGITS = 12


def value_text(value: float) -> str:
    """A strategy value as written in names and formulas: short, exact to the digits kept."""
    text = format(value, f".{VALUE_DIGITS}g")
    return "0" if text == "-0" else text


def check_variable(name: object) -> str:
    """The name of a strategy variable, checked like a parameter name."""
    if not isinstance(name, str) or not name.isidentifier() or keyword.iskeyword(name):
        raise GameError(
            f"strategy variable {name!r} is not a valid name "
            "(use letters, digits and underscores, starting with a letter)"
        )
    if name in RESERVED_NAMES:
        raise GameError(f"strategy variable '{name}' is reserved for a formula function")
    if len(name) > MAX_NAME_LENGTH:
        raise GameError(f"strategy variable '{name[:20]}...' is too long")
    return name


@dataclass(frozen=True)
class StrategyRange:
    """A family of strategies: ``count`` values of ``variable`` from ``start`` to ``stop``.

    The k-th strategy (k = 0, ..., count - 1) sets the variable to
    ``start + k (stop - start) / (count - 1)``, rounded to :data:`VALUE_DIGITS` significant
    digits, and is called ``variable=value`` ("price=0.35").
    """

    variable: str
    start: float
    stop: float
    count: int

    def __post_init__(self) -> None:
        name = check_variable(self.variable)
        for label, number in (("start", self.start), ("stop", self.stop)):
            if isinstance(number, bool) or not isinstance(number, int | float):
                raise GameError(f"the range of '{name}': {label} must be a number, not {number!r}")
            if not math.isfinite(number):
                raise GameError(f"the range of '{name}': {label} must be a finite number")
        if isinstance(self.count, bool) or not isinstance(self.count, int):
            raise GameError(f"the range of '{name}': count must be a whole number")
        if not 2 <= self.count <= MAX_FAMILY_STRATEGIES:
            raise GameError(
                f"the range of '{name}' has {self.count} values; a range has 2 to "
                f"{MAX_FAMILY_STRATEGIES}"
            )
        if not self.start < self.stop:
            raise GameError(
                f"the range of '{name}' must run upwards: start ({self.start:g}) is not "
                f"below stop ({self.stop:g})"
            )
        if len(set(self.values)) != self.count:
            raise GameError(
                f"the range of '{name}' from {self.start:g} to {self.stop:g} is too narrow "
                f"for {self.count} distinct values"
            )

    @functools.cached_property
    def values(self) -> tuple[float, ...]:
        """The variable's value in each strategy, in order."""
        step = (self.stop - self.start) / (self.count - 1)
        points = [self.start + k * step for k in range(self.count - 1)] + [self.stop]
        return tuple(float(value_text(v)) for v in points)

    @functools.cached_property
    def names(self) -> tuple[str, ...]:
        """Each strategy's name, ``variable=value``."""
        return tuple(f"{self.variable}={value_text(v)}" for v in self.values)

    @property
    def label(self) -> str:
        """The family in a few words: ``price = 0 … 1 (21 values)``."""
        return (
            f"{self.variable} = {value_text(self.start)} … {value_text(self.stop)} "
            f"({self.count} values)"
        )


#: One block of a player's strategies: a family, or a single strategy by name.
Block = StrategyRange | str


def block_size(block: Block) -> int:
    """How many strategies a block holds."""
    return block.count if isinstance(block, StrategyRange) else 1


def block_names(block: Block) -> tuple[str, ...]:
    """The names of a block's strategies."""
    return block.names if isinstance(block, StrategyRange) else (block,)


def block_label(block: Block) -> str:
    """A block in a few words: the range's summary, or the strategy's name."""
    return block.label if isinstance(block, StrategyRange) else block


__all__ = [
    "MAX_FAMILY_STRATEGIES",
    "VALUE_DIGITS",
    "Block",
    "StrategyRange",
    "block_label",
    "block_names",
    "block_size",
    "check_variable",
    "value_text",
]
