"""What the Repeated tab and the command line show of a stage game's theory, with its words.

The folk-theorem analysis of one target profile is put together from
:mod:`~explorer.core.repeated.thresholds` (critical discount factors, minmax values) and
:mod:`~explorer.core.repeated.region` (the payoff region), each threshold's punishment
named by :mod:`explorer.core.words.labels`; the finite horizon comes from
:mod:`~explorer.core.repeated.horizon`, phrased by :mod:`explorer.core.words.repeated`.
The numbers are those of one period's payoffs: :func:`thresholds_in_period` is the seam
where a stage game whose payoffs change over time gets one analysis per period.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from explorer.core.game import COLUMN, ROW
from explorer.core.repeated.horizon import check_finite_horizon
from explorer.core.repeated.region import clip_polygon, convex_hull
from explorer.core.repeated.stage import FloatArray, StageGame
from explorer.core.repeated.thresholds import (
    Minmax,
    PerPlayer,
    minmax_threshold,
    reversion_threshold,
)
from explorer.core.solve import Equilibrium
from explorer.core.words.labels import punishment_label
from explorer.core.words.repeated import horizon_sentence


@dataclass(frozen=True)
class Threshold:
    """How patient the players must be to sustain a target profile with a punishment.

    ``discount_factor`` is None when no patience suffices (a player earns, after a
    deviation, no less than on the path while deviating pays); ``punisher`` is the stage
    equilibrium reverted to, None for the minmax punishment; ``punishment`` names it.
    """

    discount_factor: float | None
    punishment: str
    per_player: PerPlayer
    punisher: Equilibrium | None = None


@dataclass(frozen=True)
class Analysis:
    """The folk-theorem numbers of a stage game for one target profile."""

    target: tuple[int, int]
    stage_equilibria: tuple[Equilibrium, ...]
    grim: Threshold
    harshest: Threshold
    minmax: tuple[Minmax, Minmax]
    region: FloatArray  # vertices of the feasible, individually rational payoff region
    hull: FloatArray  # vertices of all feasible payoffs (convex hull of the stage payoffs)


def thresholds_in_period(
    stage: StageGame, target: tuple[int, int], period: int
) -> tuple[Threshold, Threshold, tuple[Minmax, Minmax]]:
    """Grim trigger's and the minmax punishment's thresholds with ``period``'s payoffs.

    Grim trigger reverts to the stage equilibrium that makes the threshold lowest
    (:func:`~explorer.core.repeated.thresholds.reversion_threshold`); the minmax
    punishment holds each player to its minmax value.
    """
    A, B = stage.payoffs(period)
    equilibria = stage.equilibria(period)
    delta, per_player, index = reversion_threshold(A, B, [e.payoffs for e in equilibria], target)
    punisher = equilibria[index]
    grim = Threshold(delta, punishment_label(stage.game, punisher), per_player, punisher)
    delta, per_player, minmaxes = minmax_threshold(A, B, target)
    harshest = Threshold(delta, punishment_label(stage.game, None), per_player)
    return grim, harshest, minmaxes


def analyse_repeated(stage: StageGame, target: tuple[int, int]) -> Analysis:
    """Critical discount factors for ``target`` under grim trigger and under the minmax
    punishment, the minmax values, and the feasible and individually rational region, all
    of the first period's payoffs.

    The region is the convex hull of the pure payoff pairs clipped at both minmax values.
    """
    A, B = stage.payoffs(0)
    grim, harshest, minmaxes = thresholds_in_period(stage, target, 0)
    hull = convex_hull(np.column_stack([A.ravel(), B.ravel()]))
    region = clip_polygon(hull, minmaxes[ROW].value, minmaxes[COLUMN].value)
    return Analysis(target, stage.equilibria(0), grim, harshest, minmaxes, region, hull)


def finite_horizon_sentence(stage: StageGame, periods: int) -> str:
    """Backward induction over ``periods`` periods in words, with nashpy's cross-check
    where its repeated game is small enough to build (see
    :func:`~explorer.core.repeated.horizon.check_finite_horizon`)."""
    return horizon_sentence(check_finite_horizon(stage, periods), stage.game)
