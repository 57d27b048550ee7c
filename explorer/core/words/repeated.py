"""The repeated game in sentences: how patient players must be, and what a known end does."""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

import numpy as np

from explorer.core.game import Game
from explorer.core.i18n import _
from explorer.core.text import profile_label
from explorer.core.words.labels import target_label

if TYPE_CHECKING:  # the repeated package re-exports these sentences: no cycle
    from explorer.core.repeated.analysis import Analysis, Deviation
    from explorer.core.repeated.horizon import HorizonCheck
    from explorer.core.repeated.stage import StageGame


def _delta(value: float) -> str:
    """A critical discount factor to two decimals, rounded up: every δ shown as enough is
    enough (1/3 reads 0.34), so the sentence and the verdict at a δ on the slider agree."""
    return f"{math.ceil(value * 100 - 1e-6) / 100:.2f}"


def _over_time(analysis: Analysis, stage: StageGame) -> str | None:
    """How grim trigger's threshold changes over the periods, or None where it does not
    (to two decimals): "the Open provider's threshold binds from period 21 on; in period 1
    δ ≥ 0.34 suffices"."""
    over_time, grim = analysis.over_time, analysis.grim
    if over_time is None or grim.discount_factor is None or grim.player is None:
        return None
    per_period = np.nanmax(over_time.grim, axis=1)
    shown = np.ceil(per_period * 100 - 1e-6)
    if np.all(shown == shown[0]):
        return None
    binding = grim.period
    later = shown[binding:]
    when = (
        _("from period {period} on") if np.all(later == later[0]) else _("in period {period}")
    ).format(period=stage.period_number(binding))
    other = 0 if binding > 0 else len(per_period) - 1
    contrast = (
        _("in period {period} δ ≥ {delta} suffices")
        if other == 0
        else _("from period {period} on δ ≥ {delta} suffices")
    ).format(period=stage.period_number(other), delta=_delta(float(per_period[other])))
    player = stage.game.players[grim.player].name
    return _("{player}'s threshold changes over time: it binds {when}, while {contrast}").format(
        player=player, when=when, contrast=contrast
    )


def threshold_sentence(analysis: Analysis, stage: StageGame) -> str:
    """The critical discount factors in one sentence, and how they change over time when
    the payoffs do.

    Such as "Premium / Paid lasts if δ ≥ 0.62 (grim trigger, punishment: the stage
    equilibrium Price cut / Free); under the minmax punishment δ ≥ 0.41 suffices.", or
    "Premium / Paid lasts if δ ≥ 0.70 (grim trigger, punishment: ...); Open provider's
    threshold changes over time: it binds from period 21 on, while in period 1 δ ≥ 0.35
    suffices; under ..." (thresholds rounded up to two decimals).
    """
    target = target_label(stage, analysis.target)
    grim, harsh = analysis.grim, analysis.harshest
    if grim.discount_factor == 0.0:
        return _("{target} is itself a stage equilibrium: it lasts at any discount factor.").format(
            target=target
        )
    changes = _over_time(analysis, stage)
    if grim.discount_factor is None:
        first = _(
            "{target} cannot be sustained by grim trigger: no stage equilibrium punishes enough"
        ).format(target=target)
        if analysis.over_time is not None:
            first += _(" in period {period}").format(period=stage.period_number(grim.period))
    elif changes is None:
        first = _("{target} lasts if δ ≥ {delta} (grim trigger, punishment: {punishment})").format(
            target=target, delta=_delta(grim.discount_factor), punishment=grim.punishment
        )
    else:
        first = _(
            "{target} lasts if δ ≥ {delta} (grim trigger, punishment: {punishment}); {changes}"
        ).format(
            target=target,
            delta=_delta(grim.discount_factor),
            punishment=grim.punishment,
            changes=changes,
        )
    if harsh.discount_factor is None:
        return first + _("; not even the minmax punishment sustains it.")
    return first + _("; under {punishment} δ ≥ {delta} suffices.").format(
        punishment=harsh.punishment, delta=_delta(harsh.discount_factor)
    )


def verdict_sentence(
    analysis: Analysis, stage: StageGame, discount_factor: float, deviation: Deviation | None
) -> str:
    """Whether the target lasts at ``discount_factor`` under grim trigger, and if not, the
    first deviation that pays (from
    :func:`~explorer.core.repeated.analysis.profitable_deviation`): "At δ = 0.19 it does
    not last: in period 1 Open provider gains 0.12 by playing Free instead of Paid."
    Empty for a stage equilibrium, which lasts whatever δ."""
    if analysis.grim.discount_factor == 0.0:
        return ""
    delta = f"{discount_factor:.2f}"
    if deviation is None:
        return _("At δ = {delta} it lasts: no deviation pays in any period.").format(delta=delta)
    player = deviation.player
    names = stage.names(player)
    return _(
        "At δ = {delta} it does not last: in period {period} {player} gains {gain} by "
        "playing {action} instead of {target}."
    ).format(
        delta=delta,
        period=stage.period_number(deviation.period),
        player=stage.game.players[player].name,
        gain=f"{deviation.gain:.2g}",
        action=names[deviation.action],
        target=names[analysis.target[player]],
    )


def count_words(count: float) -> str:
    """A number of strategies: "6.55e+04 strategies", or "more than 10^300 strategies"."""
    if math.isinf(count):
        return _("more than 10^300 strategies")
    return _("{count} strategies").format(count=f"{count:.3g}")


def horizon_sentence(check: HorizonCheck, game: Game) -> str:
    """Backward induction and nashpy's cross-check in words (see
    :func:`explorer.core.repeated.horizon.check_finite_horizon`)."""
    horizon = check.horizon
    first = profile_label(game, horizon.path[0], mixed_prefix=False)
    same = all(
        e.row == horizon.path[0].row and e.column == horizon.path[0].column for e in horizon.path
    )
    if same:
        played = _("{profile} in all {periods} periods").format(
            profile=first, periods=horizon.periods
        )
    else:
        played = _("{profile} first, a stage equilibrium in every period").format(profile=first)
    kind = (
        _("the unique subgame-perfect outcome")
        if horizon.unique
        else _("one subgame-perfect outcome (others exist)")
    )
    sentence = _("With a known last period, backward induction gives {played}: {kind}.").format(
        played=played, kind=kind
    )
    if check.checked == 0:
        return sentence
    if check.checked == horizon.periods:
        verdict = (
            _("nashpy's repeated game agrees.")
            if check.agrees
            else _("nashpy's repeated game DISAGREES.")
        )
        return f"{sentence} {verdict}"
    return (
        sentence
        + " "
        + _(
            "nashpy's repeated game, which lists every strategy, would need {count} for {periods} "
            "periods; for {checkable} period(s) it {verdict}."
        ).format(
            count=count_words(check.strategies),
            periods=horizon.periods,
            checkable=check.checked,
            verdict=_("agrees") if check.agrees else _("DISAGREES"),
        )
    )


def roles_sentence(game: Game, symmetric: bool) -> str:
    """What a tournament's score is in ``game``: in an asymmetric one, the mean of two
    different positions (see :func:`explorer.core.repeated.tournament.is_symmetric`)."""
    if symmetric:
        return _(
            "Each strategy meets every strategy, itself too, in both roles; the game is "
            "symmetric, so the two roles are alike."
        )
    return _(
        "{row} and {column} are not in the same position: each strategy plays both roles, "
        "and its score is the mean over the two; the score in each role is shown beside it."
    ).format(row=game.players[0].name, column=game.players[1].name)
