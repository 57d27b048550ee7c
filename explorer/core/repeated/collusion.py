"""Where collusion holds as a parameter moves: critical discount factors over a sweep's points.

For a stage game that does not change over time the sweep engine solves every point at once
(:func:`collusion_thresholds`); for one that does, each point is analysed over all its
periods (:func:`collusion_over_time`).
"""

from __future__ import annotations

from collections.abc import Callable
from enum import IntEnum
from typing import Protocol

import numpy as np
import numpy.typing as npt

from explorer.core.game import Game
from explorer.core.repeated.analysis import analyse_repeated
from explorer.core.repeated.stage import (
    FloatArray,
    IntArray,
    RepeatedGameError,
    StageGame,
)
from explorer.core.repeated.thresholds import minmax_threshold, reversion_threshold
from explorer.core.solve import SolveCancelled
from explorer.core.sweep import Axis

BoolArray = npt.NDArray[np.bool_]


class Collusion(IntEnum):
    """The regimes of a collusion map, by index (named in
    :data:`explorer.core.words.labels.COLLUSION_REGIMES`)."""

    GRIM_TRIGGER = 0  # sustained by reverting to a stage equilibrium
    MINMAX_ONLY = 1  # sustained only by holding the deviator to its minmax value
    NOT_SUSTAINED = 2  # no discount factor below this one suffices


class SweptGames(Protocol):
    """The stage games of a sweep's points and their equilibria (a sweep's ``solution``)."""

    @property
    def A(self) -> FloatArray: ...  # (points, m, n)

    @property
    def B(self) -> FloatArray: ...

    @property
    def payoffs(self) -> FloatArray: ...  # (points, k, 2): each equilibrium's payoffs

    @property
    def count(self) -> IntArray: ...  # (points,): how many equilibria each point has


class Sweep(Protocol):
    """What the collusion map reads of a sweep (an :class:`explorer.core.sweep.SweepResult`)."""

    @property
    def solution(self) -> SweptGames: ...

    @property
    def undefined(self) -> BoolArray: ...  # (points,): payoffs undefined there


def collusion_thresholds(result: Sweep, target: tuple[int, int]) -> tuple[FloatArray, FloatArray]:
    """Per point of a sweep: the critical discount factors of ``target`` under grim trigger
    (reverting to the point's stage equilibrium that punishes most) and under the minmax
    punishment; NaN where no patience suffices or the payoffs are undefined.

    Returns
    -------
    (ndarray, ndarray)
        Both of shape (points,): grim trigger's threshold, then the minmax punishment's.
    """
    solution = result.solution
    points = len(result.undefined)
    grim = np.full(points, np.nan)
    harsh = np.full(points, np.nan)
    for point in np.flatnonzero(~result.undefined):
        A, B = solution.A[point], solution.B[point]
        punishments = [
            (float(u), float(v)) for u, v in solution.payoffs[point, : int(solution.count[point])]
        ]
        delta = reversion_threshold(A, B, punishments, target)[0]
        grim[point] = np.nan if delta is None else delta
        delta = minmax_threshold(A, B, target)[0]
        harsh[point] = np.nan if delta is None else delta
    return grim, harsh


def collusion_map(grim: FloatArray, harsh: FloatArray, deltas: FloatArray) -> IntArray:
    """The :class:`Collusion` regime for every (discount factor, point).

    A point is in :attr:`~Collusion.GRIM_TRIGGER` at δ when δ reaches grim trigger's
    threshold there, else in :attr:`~Collusion.MINMAX_ONLY` when δ reaches the minmax
    punishment's, else :attr:`~Collusion.NOT_SUSTAINED`; NaN thresholds are never reached.

    Returns
    -------
    ndarray
        Shape (len(deltas), points).
    """
    delta = np.asarray(deltas, dtype=float)[:, None]
    holds_grim = delta >= np.nan_to_num(grim, nan=np.inf)[None, :]
    holds_harsh = delta >= np.nan_to_num(harsh, nan=np.inf)[None, :]
    index: IntArray = np.where(
        holds_grim,
        Collusion.GRIM_TRIGGER,
        np.where(holds_harsh, Collusion.MINMAX_ONLY, Collusion.NOT_SUSTAINED),
    ).astype(np.int64)
    return index


def collusion_over_time(
    game: Game,
    axis: Axis,
    values: dict[str, float],
    target: tuple[int, int],
    first_period: int = 1,
    progress: Callable[[int, int], None] | None = None,
    should_stop: Callable[[], bool] | None = None,
) -> tuple[FloatArray, FloatArray]:
    """:func:`collusion_thresholds` for a game whose payoffs change over time: at each
    value of the lever, the binding thresholds over every period the game defines (see
    :func:`~explorer.core.repeated.analysis.analyse_repeated`), NaN where no patience
    suffices or a payoff is undefined.

    Raises
    ------
    SolveCancelled
        If ``should_stop`` asked to give up.
    """
    stop = should_stop or (lambda: False)
    points = axis.values()
    grim, harsh = np.full(len(points), np.nan), np.full(len(points), np.nan)
    for k, value in enumerate(points):
        if stop():
            raise SolveCancelled
        try:
            stage = StageGame.horizon(game, {**values, axis.name: float(value)}, first_period)
        except RepeatedGameError:
            continue  # a payoff is undefined here
        analysis = analyse_repeated(stage, target)
        for thresholds, threshold in ((grim, analysis.grim), (harsh, analysis.harshest)):
            if threshold.discount_factor is not None:
                thresholds[k] = threshold.discount_factor
        if progress is not None:
            progress(k + 1, len(points))
    return grim, harsh
