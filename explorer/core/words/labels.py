"""Names of the repeated game's things: strategies, punishments, profiles, collusion regimes."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from explorer.core.game import COLUMN, ROW, Game
from explorer.core.i18n import N_, _
from explorer.core.solve import Equilibrium
from explorer.core.text import profile_label

if TYPE_CHECKING:  # the repeated package names its things with these labels: no cycle
    from explorer.core.repeated.stage import Convention, StageGame
    from explorer.core.repeated.strategies import Strategy

#: Each strategy's name by its kind (a key of :data:`explorer.core.repeated.strategies.RULES`).
TITLES = {
    "grim": N_("Grim trigger"),
    "tft": N_("Tit-for-tat"),
    "tf2t": N_("Tit-for-two-tats"),
    "wsls": N_("Win-stay, lose-shift"),
    "best-response": N_("Best response to last"),
    "random": N_("Random"),
    "cooperate": N_("Always cooperate"),
    "defect": N_("Always defect"),
    "freemium": N_("Freemium (defect k periods, then cooperate)"),
    "always": N_("Always one action"),
}

#: Regimes of a collusion map, in the order of :class:`explorer.core.repeated.collusion.Collusion`.
COLLUSION_REGIMES = (
    N_("holds under grim trigger"),
    N_("holds only under the minmax punishment"),
    N_("does not hold"),
)


def _freemium(
    strategy: Strategy, stage: StageGame, player: int, convention: Convention | None
) -> str:
    if convention is None:
        return _("Freemium ({periods} periods)").format(periods=strategy.periods)
    # Named for the open provider (the column player): give it away, then charge.
    names = stage.names(COLUMN)
    return _("Freemium: {free} for {periods} periods, then {paid}").format(
        free=names[convention.defect[COLUMN]],
        paid=names[convention.cooperate[COLUMN]],
        periods=strategy.periods,
    )


def _always(
    strategy: Strategy, stage: StageGame, player: int, convention: Convention | None
) -> str:
    names = stage.names(player)
    return _("Always {action}").format(action=names[min(strategy.action, len(names) - 1)])


#: Strategies whose name depends on their settings; the others are named by their title.
_NAMED_BY_SETTINGS: dict[str, Callable[[Strategy, StageGame, int, Convention | None], str]] = {
    "freemium": _freemium,
    "always": _always,
}


def strategy_label(
    strategy: Strategy, stage: StageGame, player: int = ROW, convention: Convention | None = None
) -> str:
    """The name people see for ``strategy`` played by ``player`` in ``stage``.

    Such as "Tit-for-tat", "Always Confess" or, given the convention, "Freemium: Free for 5
    periods, then Paid" (without it, "Freemium (5 periods)").
    """
    named = _NAMED_BY_SETTINGS.get(strategy.kind)
    if named is not None:
        return named(strategy, stage, player, convention)
    return _(TITLES[strategy.kind])


def target_label(stage: StageGame, target: tuple[int, int]) -> str:
    """A pure profile in action names: "Premium / Paid"."""
    return f"{stage.names(ROW)[target[ROW]]} / {stage.names(COLUMN)[target[COLUMN]]}"


def punishment_label(game: Game, punisher: Equilibrium | None) -> str:
    """ "the stage equilibrium Price cut / Free", or "the minmax punishment" for None."""
    if punisher is None:
        return _("the minmax punishment")
    return _("the stage equilibrium {profile}").format(
        profile=profile_label(game, punisher, mixed_prefix=False)
    )


def worst_equilibrium_label() -> str:
    """The punishment of a stage game that changes over time, when no one equilibrium names it."""
    return _("in each period the stage equilibrium worst for the deviator")
