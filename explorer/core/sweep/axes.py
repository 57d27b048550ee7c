"""What a sweep varies and what it shows: axes, outcomes and equilibrium-selection rules."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from enum import Enum
from typing import Any

import numpy as np
import numpy.typing as npt

from explorer.core.game import ROW, Game
from explorer.core.i18n import N_, _

FloatArray = npt.NDArray[np.float64]

#: Most points along one axis, and in a whole sweep.
MAX_AXIS_POINTS = 2_000
MAX_POINTS = 1_000_000

_AXIS = re.compile(r"^\s*([A-Za-z_]\w*)\s*=\s*([^:]+):([^:]+):(\d+)\s*$")


class SweepError(ValueError):
    """A sweep that cannot run as asked, with one sentence saying why."""


@dataclass(frozen=True)
class Axis:
    """One swept parameter: ``count`` evenly spaced values from ``start`` to ``stop``."""

    name: str
    start: float
    stop: float
    count: int

    @classmethod
    def parse(cls, text: str) -> Axis:
        """Read ``NAME=START:STOP:N`` (as on the command line)."""
        match = _AXIS.match(text)
        if not match:
            raise SweepError(f"expected NAME=START:STOP:N, got {text!r}")
        name, start, stop, count = match.groups()
        try:
            return cls(name, float(start), float(stop), int(count))
        except ValueError:
            raise SweepError(f"START and STOP must be numbers in {text!r}") from None

    def values(self) -> FloatArray:
        return np.linspace(self.start, self.stop, self.count)

    def check(self, game: Game) -> None:
        """The axis names a parameter of ``game`` and stays within its range."""
        parameter = game.parameter(self.name)
        if not 2 <= self.count <= MAX_AXIS_POINTS:
            raise SweepError(f"{self.name}: use 2 to {MAX_AXIS_POINTS} points, not {self.count}")
        for value in (self.start, self.stop):
            if not math.isfinite(value) or not parameter.contains(value):
                raise SweepError(
                    f"{self.name} = {value:g} is outside its range "
                    f"[{parameter.minimum:g}, {parameter.maximum:g}]"
                )
        if self.start == self.stop:
            raise SweepError(f"{self.name}: start and stop are both {self.start:g}")

    def to_json(self) -> dict[str, Any]:
        return {"name": self.name, "start": self.start, "stop": self.stop, "count": self.count}


class Selection(Enum):
    """Which equilibrium's value to plot where several coexist."""

    ALL = N_("all")
    PAYOFF_DOMINANT = N_("payoff-dominant")
    RISK_DOMINANT = N_("risk-dominant")
    BEST_FOR_ROW = N_("best for row")
    WORST_FOR_ROW = N_("worst for row")
    BEST_FOR_COLUMN = N_("best for column")
    WORST_FOR_COLUMN = N_("worst for column")

    @property
    def label(self) -> str:
        """The rule's name in the current language."""
        return _(self.value)


@dataclass(frozen=True)
class Outcome:
    """What a sweep plot shows: ``regimes`` (2-D), a player's ``payoff``, a strategy's
    ``probability``, or the ``count`` of equilibria; ``payoffs`` (1-D) shows both players."""

    kind: str
    player: int = ROW
    strategy: int = 0

    def label(self, game: Game) -> str:
        player = game.players[self.player]
        return {
            "regimes": _("Equilibrium regime"),
            "payoffs": _("Equilibrium payoffs"),
            "payoff": _("{player}'s equilibrium payoff").format(player=player.name),
            "probability": _("P({strategy}) played by {player}").format(
                strategy=player.strategies[self.strategy], player=player.name
            ),
            "count": _("Number of equilibria"),
        }[self.kind]


def grid_values(
    x: Axis, y: Axis | None, fixed: dict[str, float], start: int, stop: int
) -> dict[str, FloatArray]:
    """Every parameter's values at grid points ``start .. stop`` as arrays for
    :meth:`~explorer.core.game.Game.evaluate_grid` (points are numbered row-major over
    (y, x): point ``iy * nx + ix``)."""
    index = np.arange(start, stop)
    values = {name: np.full(len(index), value) for name, value in fixed.items()}
    values[x.name] = x.values()[index % x.count]
    if y is not None:
        values[y.name] = y.values()[index // x.count]
    return values


__all__ = [
    "MAX_AXIS_POINTS",
    "MAX_POINTS",
    "Axis",
    "Outcome",
    "Selection",
    "SweepError",
    "grid_values",
]
