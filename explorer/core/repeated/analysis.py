"""What the Repeated tab and the command line show of a stage game's theory, with its words.

The folk-theorem analysis of one target profile is put together from
:mod:`~explorer.core.repeated.thresholds` (critical discount factors, minmax values) and
:mod:`~explorer.core.repeated.region` (the payoff region), each threshold's punishment
named by :mod:`explorer.core.words.labels`; the finite horizon comes from
:mod:`~explorer.core.repeated.horizon`, phrased by :mod:`explorer.core.words.repeated`.

A stage game whose payoffs change over time (:attr:`StageGame.varies`) gets one set of
incentive constraints per period (:mod:`~explorer.core.repeated.over_time`): the profile
lasts only if no deviation pays in any period, so its threshold is the largest of them,
reported with the period where it binds. A stage game that does not change is the
textbook case, one period's payoffs for ever.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from explorer.core.game import COLUMN, ROW
from explorer.core.numeric import payoff_tolerance
from explorer.core.repeated.horizon import check_finite_horizon
from explorer.core.repeated.over_time import (
    Terms,
    best_deviations,
    grim_terms,
    minmax_terms,
    refined,
)
from explorer.core.repeated.region import clip_polygon, convex_hull
from explorer.core.repeated.stage import FloatArray, StageGame
from explorer.core.repeated.thresholds import (
    Minmax,
    PerPlayer,
    minmax,
    minmax_threshold,
    reversion_threshold,
)
from explorer.core.solve import Equilibrium
from explorer.core.words.labels import punishment_label, worst_equilibrium_label
from explorer.core.words.repeated import horizon_sentence


@dataclass(frozen=True)
class Threshold:
    """How patient the players must be to sustain a target profile with a punishment.

    ``discount_factor`` is None when no patience suffices (a player earns, after a
    deviation, no less than on the path while deviating pays); ``punisher`` is the stage
    equilibrium reverted to, None for the minmax punishment; ``punishment`` names it.
    ``period`` is where the threshold binds (0-based; the first such period), ``player``
    whose constraint it is (None when no deviation pays or the two tie).
    """

    discount_factor: float | None
    punishment: str
    per_player: PerPlayer
    punisher: Equilibrium | None = None
    period: int = 0
    player: int | None = None


@dataclass(frozen=True)
class OverTime:
    """The incentive constraints period by period, when the stage game changes over time.

    ``grim`` and ``harsh`` hold each period's and player's critical δ, shape (T, 2) (NaN
    where no δ < 1 suffices); ``grim_terms`` and ``harsh_terms`` what they are made of;
    ``punishers`` each period's stage equilibria worst for the row and the column player.
    """

    grim: FloatArray
    harsh: FloatArray
    grim_terms: Terms
    harsh_terms: Terms
    punishers: tuple[tuple[Equilibrium, Equilibrium], ...]


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
    over_time: OverTime | None = None  # None when the payoffs do not change over time


def _binding(
    per_period: FloatArray, terms: Terms
) -> tuple[float | None, PerPlayer, int, int | None]:
    """The largest of the periods' thresholds, each player's solved exactly, where it binds
    (the first period) and whose it is (None when no deviation pays).

    A player's threshold is None, and so the profile's, when in some period no δ < 1
    deters its deviation; it binds in the first such period.
    """
    per_player: list[float | None] = []
    periods: list[int] = []
    for player in (ROW, COLUMN):
        deltas = per_period[:, player]
        hopeless = np.flatnonzero(np.isnan(deltas))
        if len(hopeless):
            per_player.append(None)
            periods.append(int(hopeless[0]))
            continue
        period = int(np.argmax(deltas))
        value = float(deltas[period])
        if value > 0:
            value = refined(terms.gain[:, player], terms.loss[:, player], period, value)
        per_player.append(value)
        periods.append(period)
    row, column = per_player
    if row is None or column is None:
        player = ROW if row is None else COLUMN
        return None, (row, column), periods[player], player
    player = ROW if row >= column else COLUMN
    delta = max(row, column)
    return delta, (row, column), periods[player], (None if delta == 0 else player)


def _stationary(
    stage: StageGame, target: tuple[int, int], period: int
) -> tuple[Threshold, Threshold]:
    """The textbook thresholds, ``period``'s payoffs for ever."""
    A, B = stage.payoffs(period)
    equilibria = stage.equilibria(period)
    delta, per_player, index = reversion_threshold(A, B, [e.payoffs for e in equilibria], target)
    punisher = equilibria[index]
    grim = Threshold(delta, punishment_label(stage.game, punisher), per_player, punisher)
    delta, per_player, _values = minmax_threshold(A, B, target)
    return grim, Threshold(delta, punishment_label(stage.game, None), per_player)


def _over_time(stage: StageGame, target: tuple[int, int]) -> OverTime:
    """The constraints of every period of a stage game that changes over time."""
    grim_parts, punishers = grim_terms(stage, target)
    harsh_parts = minmax_terms(stage, target)
    tolerance = payoff_tolerance(stage.A, stage.B)
    return OverTime(
        grim_parts.thresholds(tolerance),
        harsh_parts.thresholds(tolerance),
        grim_parts,
        harsh_parts,
        tuple((row, column) for row, column in punishers),
    )


def _changing(
    stage: StageGame, over_time: OverTime, start: int, stop: int
) -> tuple[Threshold, Threshold]:
    """Both thresholds of the constraints of periods ``start`` to ``stop`` − 1."""
    worst = over_time.punishers[start:stop]
    profiles = {_profile(e) for pair in worst for e in pair}
    named = (
        punishment_label(stage.game, worst[0][ROW])
        if len(profiles) == 1
        else worst_equilibrium_label()
    )
    delta, per_player, period, player = _binding(
        over_time.grim[start:stop], over_time.grim_terms.since(start)
    )
    punisher = worst[period][ROW if player is None else player]
    grim = Threshold(delta, named, per_player, punisher, start + period, player)
    delta, per_player, period, player = _binding(
        over_time.harsh[start:stop], over_time.harsh_terms.since(start)
    )
    harshest = Threshold(
        delta, punishment_label(stage.game, None), per_player, None, start + period, player
    )
    return grim, harshest


def _profile(equilibrium: Equilibrium) -> tuple[tuple[float, ...], tuple[float, ...]]:
    """An equilibrium's strategies, rounded so that the same profile in two periods is equal."""
    return (
        tuple(np.round(equilibrium.row, 9).tolist()),
        tuple(np.round(equilibrium.column, 9).tolist()),
    )


def _minmaxes(stage: StageGame, period: int) -> tuple[Minmax, Minmax]:
    A, B = stage.payoffs(period)
    return minmax(A, B, ROW), minmax(A, B, COLUMN)


def thresholds_in_period(
    stage: StageGame, target: tuple[int, int], period: int
) -> tuple[Threshold, Threshold, tuple[Minmax, Minmax]]:
    """Grim trigger's and the minmax punishment's thresholds for the incentive constraints
    of period ``period`` (0-based), and that period's minmax values.

    In a stage game that does not change these are the textbook thresholds of its payoffs,
    grim trigger reverting to the stage equilibrium that makes its threshold lowest
    (:func:`~explorer.core.repeated.thresholds.reversion_threshold`). In one that changes,
    they are the smallest δ from which on no deviation in ``period`` pays, with that
    period's payoffs now and the later periods' after it
    (:mod:`~explorer.core.repeated.over_time`), grim trigger reverting in every period to
    the stage equilibrium worst for the deviator; from the last period that changes on,
    they are the textbook ones. The minmax punishment holds each player to its minmax value.
    """
    if not stage.varies:
        return (*_stationary(stage, target, period), _minmaxes(stage, period))
    start = min(period, len(stage.A) - 1)
    over_time = _over_time(stage, target)
    return (*_changing(stage, over_time, start, start + 1), _minmaxes(stage, period))


def analyse_repeated(stage: StageGame, target: tuple[int, int]) -> Analysis:
    """Critical discount factors for ``target`` under grim trigger and under the minmax
    punishment over every period the stage game holds (the largest, where it binds, and
    in a game that changes over time each period's), the minmax values, and the feasible
    and individually rational region, these two of the first period's payoffs.

    The region is the convex hull of the pure payoff pairs clipped at both minmax values.
    """
    A, B = stage.payoffs(0)
    minmaxes = _minmaxes(stage, 0)
    over_time = _over_time(stage, target) if stage.varies else None
    if over_time is None:
        grim, harshest = _stationary(stage, target, 0)
    else:
        grim, harshest = _changing(stage, over_time, 0, len(stage.A))
    hull = convex_hull(np.column_stack([A.ravel(), B.ravel()]))
    region = clip_polygon(hull, minmaxes[ROW].value, minmaxes[COLUMN].value)
    return Analysis(target, stage.equilibria(0), grim, harshest, minmaxes, region, hull, over_time)


@dataclass(frozen=True)
class Deviation:
    """A deviation from the target that pays at a discount factor: who deviates, in which
    period (0-based), to which action, and what it gains net of the punishment to come
    (d_t − u_t − Σ_{s>t} δ^{s−t}(u_s − p_s), in that period's payoffs)."""

    player: int
    period: int
    action: int
    gain: float


def _grim_terms(stage: StageGame, analysis: Analysis) -> Terms:
    """Grim trigger's constraints: each period's, or the one period's of a stage game that
    does not change (with the stage equilibrium its threshold reverts to)."""
    if analysis.over_time is not None:
        return analysis.over_time.grim_terms
    path, deviation, action = best_deviations(stage, analysis.target)
    punisher = _punisher(stage, analysis, 0, ROW)
    return Terms(path, deviation, action, np.array([punisher.payoffs]))


def profitable_deviation(
    stage: StageGame, analysis: Analysis, discount_factor: float
) -> Deviation | None:
    """The deviation from ``analysis``' target that pays most under grim trigger at
    ``discount_factor`` (< 1), in the first period where it pays that much; None when no
    deviation pays in any period."""
    terms = _grim_terms(stage, analysis)
    net = terms.net_gain(discount_factor)
    if net.max() <= payoff_tolerance(stage.A, stage.B):
        return None
    period, player = np.unravel_index(int(np.argmax(net)), net.shape)
    action = int(terms.action[period, player])
    return Deviation(int(player), int(period), action, float(net[period, player]))


def deviation_payoffs(
    stage: StageGame, analysis: Analysis, deviation: Deviation, periods: int
) -> tuple[FloatArray, FloatArray]:
    """Both players' payoffs over ``periods`` periods on the target's path and when
    ``deviation`` happens: the path until then, the deviation, then the punishing stage
    equilibrium of every later period (grim trigger's); each of shape (periods, 2)."""
    i, j = analysis.target
    times = range(periods)
    path = np.array([[stage.payoffs(t)[0][i, j], stage.payoffs(t)[1][i, j]] for t in times])
    deviated = path.copy()
    t = deviation.period
    if t < periods:
        profile = (deviation.action, j) if deviation.player == ROW else (i, deviation.action)
        A, B = stage.payoffs(t)
        deviated[t] = A[profile], B[profile]
    for s in range(t + 1, periods):
        deviated[s] = _punisher(stage, analysis, s, deviation.player).payoffs
    return path, deviated


def _punisher(stage: StageGame, analysis: Analysis, period: int, player: int) -> Equilibrium:
    if analysis.over_time is not None:
        return analysis.over_time.punishers[min(period, len(stage.A) - 1)][player]
    if analysis.grim.punisher is None:  # pragma: no cover - grim trigger always has one
        raise ValueError("grim trigger reverts to a stage equilibrium")
    return analysis.grim.punisher


def finite_horizon_sentence(stage: StageGame, periods: int) -> str:
    """Backward induction over ``periods`` periods in words, with nashpy's cross-check
    where its repeated game is small enough to build (see
    :func:`~explorer.core.repeated.horizon.check_finite_horizon`)."""
    return horizon_sentence(check_finite_horizon(stage, periods), stage.game)
