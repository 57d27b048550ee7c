"""The repeated game in sentences: how patient players must be, and what a known end does."""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

from explorer.core.game import Game
from explorer.core.i18n import _
from explorer.core.text import profile_label
from explorer.core.words.labels import target_label

if TYPE_CHECKING:  # the repeated package re-exports these sentences: no cycle
    from explorer.core.repeated.analysis import Analysis
    from explorer.core.repeated.horizon import HorizonCheck
    from explorer.core.repeated.stage import StageGame


def threshold_sentence(analysis: Analysis, stage: StageGame) -> str:
    """The critical discount factors in one sentence.

    Such as "Premium / Paid lasts if δ ≥ 0.62 (grim trigger, punishment: the stage
    equilibrium Price cut / Free); under the minmax punishment δ ≥ 0.41 suffices."
    """
    target = target_label(stage, analysis.target)
    grim, harsh = analysis.grim, analysis.harshest
    if grim.discount_factor == 0.0:
        return _("{target} is itself a stage equilibrium: it lasts at any discount factor.").format(
            target=target
        )
    if grim.discount_factor is None:
        first = _(
            "{target} cannot be sustained by grim trigger: no stage equilibrium punishes enough"
        ).format(target=target)
    else:
        first = _("{target} lasts if δ ≥ {delta} (grim trigger, punishment: {punishment})").format(
            target=target, delta=f"{grim.discount_factor:.2f}", punishment=grim.punishment
        )
    if harsh.discount_factor is None:
        return first + _("; not even the minmax punishment sustains it.")
    return first + _("; under {punishment} δ ≥ {delta} suffices.").format(
        punishment=harsh.punishment, delta=f"{harsh.discount_factor:.2f}"
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
