"""Comparative statics of a tree: its subgame-perfect outcome over a grid of one or two levers.

Each grid point is solved by :func:`explorer.core.tree.perfect.subgame_perfect`, and its
*regime* is named by the paths of play of its subgame-perfect equilibria ("Enter →
Accommodate", several joined by " | "). Points whose chance probabilities are not a
distribution, or whose payoffs are undefined, are labelled as such. The matrix sweep
(:mod:`explorer.core.sweep`) works on a tree too, through its reduced strategic form; this
one follows the tree's own solution concept.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any, cast

import numpy as np
import numpy.typing as npt

from explorer.core.game import Game
from explorer.core.i18n import _
from explorer.core.solve import SolveCancelled
from explorer.core.sweep import Axis, SweepError, undefined_label
from explorer.core.text import format_number
from explorer.core.tree.behaviour import TreePoint
from explorer.core.tree.model import GameTree, TreeError
from explorer.core.tree.perfect import solve_at
from explorer.core.tree.words import path_of_play

#: Most grid points of a tree sweep (each point is solved on its own).
MAX_TREE_POINTS = 40_000
#: Subgame-perfect equilibria kept per point.
MAX_PER_POINT = 8

Progress = Callable[[int, int], None]
FloatArray = npt.NDArray[np.float64]


@dataclass(frozen=True)
class PointOutcome:
    """What the subgame-perfect equilibria at one point come to."""

    parameters: dict[str, float]
    regime: str
    equilibria: tuple[tuple[str, tuple[float, float]], ...]  # (path of play, payoffs)
    branches: tuple[str, ...] = ()  # each equilibrium's path without probabilities


@dataclass(frozen=True)
class TreeSweepResult:
    """Every point of a tree sweep, row-major over (y, x), with its regime."""

    tree: GameTree
    x: Axis
    y: Axis | None
    fixed: dict[str, float]
    points: tuple[PointOutcome, ...]

    @property
    def regimes(self) -> list[str]:
        """The distinct regimes, in order of first appearance."""
        return list(dict.fromkeys(p.regime for p in self.points))

    @property
    def shape(self) -> tuple[int, ...]:
        """(x points,) or (y points, x points): the grid, row-major over (y, x)."""
        return (self.x.count,) if self.y is None else (self.y.count, self.x.count)

    def __len__(self) -> int:
        return len(self.points)

    def regime_index(self) -> npt.NDArray[np.int64]:
        """For each point, the index of its regime in :attr:`regimes`."""
        index = {regime: k for k, regime in enumerate(self.regimes)}
        return np.array([index[p.regime] for p in self.points], dtype=np.int64)

    def payoff_branches(self, player: int) -> dict[str, FloatArray]:
        """``player``'s subgame-perfect payoff over the points, one array per path of play
        (NaN where no equilibrium takes that path), paths in order of first appearance."""
        branches: dict[str, FloatArray] = {}
        for k, point in enumerate(self.points):
            for path, (_full, payoffs) in zip(point.branches, point.equilibria, strict=True):
                values = branches.setdefault(path, np.full(len(self.points), np.nan))
                if np.isnan(values[k]):
                    values[k] = payoffs[player]
        return branches

    def nearest(self, x: float, y: float = 0.0) -> int | None:
        """The grid point nearest to ``(x, y)`` in parameter units, if it lies on the grid."""
        found = []
        for axis, value in ((self.x, x), (self.y, y)):
            if axis is None:
                continue
            values = axis.values()
            half = abs(values[1] - values[0]) / 2 if axis.count > 1 else 0.5
            k = int(np.argmin(np.abs(values - value)))
            if abs(values[k] - value) > half:
                return None
            found.append(k)
        return found[0] + (found[1] * self.x.count if len(found) > 1 else 0)

    def summary_at(self, point: int) -> str:
        """The point in words: the swept values, the regime, each equilibrium's payoffs."""
        outcome = self.points[point]
        names = [self.x.name] + ([] if self.y is None else [self.y.name])
        lines = [
            ", ".join(f"{n} = {format_number(outcome.parameters[n])}" for n in names),
            outcome.regime,
        ]
        for path, payoffs in outcome.equilibria:
            lines.append(
                _("{path}: payoffs {payoffs}").format(
                    path=path, payoffs=", ".join(format_number(v) for v in payoffs)
                )
            )
        return "\n".join(lines)

    def shares(self) -> dict[str, float]:
        """Each regime's share of the grid."""
        counts: dict[str, int] = {}
        for point in self.points:
            counts[point.regime] = counts.get(point.regime, 0) + 1
        return {regime: count / len(self.points) for regime, count in counts.items()}

    def to_json(self) -> dict[str, Any]:
        return {
            "x": self.x.to_json(),
            "y": None if self.y is None else self.y.to_json(),
            "regimes": self.regimes,
            "points": [
                {
                    "parameters": p.parameters,
                    "regime": p.regime,
                    "subgame_perfect": [
                        {"path": path, "payoffs": list(payoffs)} for path, payoffs in p.equilibria
                    ],
                }
                for p in self.points
            ],
        }

    def csv_text(self) -> str:
        """One row per subgame-perfect equilibrium per point."""
        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\n")
        names = list(self.points[0].parameters) if self.points else []
        players = list(self.tree.players)
        writer.writerow(
            [*names, "regime", "equilibrium", "path", *(f"payoff {p}" for p in players)]
        )
        for point in self.points:
            values = [repr(point.parameters[n]) for n in names]
            if not point.equilibria:
                writer.writerow([*values, point.regime, "", "", "", ""])
            for k, (path, payoffs) in enumerate(point.equilibria, start=1):
                writer.writerow(
                    [*values, point.regime, k, path, repr(payoffs[0]), repr(payoffs[1])]
                )
        return buffer.getvalue()


def tree_sweep(
    tree: GameTree,
    x: Axis,
    y: Axis | None = None,
    values: Mapping[str, float] | None = None,
    progress: Progress | None = None,
    should_stop: Callable[[], bool] | None = None,
) -> TreeSweepResult:
    """The subgame-perfect outcome of ``tree`` at every point of the grid over ``x`` (and ``y``).

    Raises
    ------
    SweepError
        For axes that are not parameters, out of range, or a grid too large.
    SolveCancelled
        When ``should_stop`` returns True (polled at every point).
    """
    for axis in (x, y):
        if axis is not None:
            # Axis.check asks only for game.parameter(name), which a tree answers too.
            axis.check(cast(Game, tree))
    if y is not None and y.name == x.name:
        raise SweepError(f"x and y both sweep '{x.name}'")
    total = x.count * (1 if y is None else y.count)
    if total > MAX_TREE_POINTS:
        raise SweepError(
            f"{total:,} points is more than the limit of {MAX_TREE_POINTS:,} for a game tree"
        )
    fixed = tree.resolve(values)
    for axis in (x, y):
        if axis is not None:
            fixed.pop(axis.name, None)
    xs, ys = x.values(), (y.values() if y is not None else np.zeros(1))
    points = []
    for k in range(total):
        if should_stop is not None and should_stop():
            raise SolveCancelled
        point = dict(fixed)
        point[x.name] = float(xs[k % x.count])
        if y is not None:
            point[y.name] = float(ys[k // x.count])
        points.append(_outcome(tree, point))
        if progress is not None:
            progress(k + 1, total)
    return TreeSweepResult(tree, x, y, fixed, tuple(points))


def _outcome(tree: GameTree, point: dict[str, float]) -> PointOutcome:
    ordered = {name: point[name] for name in tree.parameter_names}
    try:
        at = TreePoint.of(tree, point)
    except TreeError:  # probabilities or payoffs undefined here
        return PointOutcome(ordered, undefined_label(), ())
    solution = solve_at(at, MAX_PER_POINT)
    equilibria = tuple((path_of_play(p), p.payoffs) for p in solution.profiles)
    branches = tuple(path_of_play(p, probabilities=False) for p in solution.profiles)
    regime = " | ".join(dict.fromkeys(branches))
    return PointOutcome(ordered, regime, equilibria, branches)
