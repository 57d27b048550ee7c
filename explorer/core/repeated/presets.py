"""A game file's repeated-game preset, strategies written as text, and the standard line-up."""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import replace
from typing import Any

from explorer.core.game import COLUMN, ROW, Game
from explorer.core.repeated.stage import MAX_PERIODS, Convention, RepeatedGameError, StageGame
from explorer.core.repeated.strategies import RULES, Strategy
from explorer.core.words.labels import TITLES, strategy_label

#: Strategy names on the command line and in presets, with their titles (in English).
STRATEGY_NAMES = {kind: TITLES[kind] for kind in RULES}


def _discount_factor(value: object) -> float | None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    return float(value) if math.isfinite(value) and 0.0 <= value <= 1.0 else None


def _periods(value: object) -> int | None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    if not (math.isfinite(value) and float(value).is_integer() and 1 <= value <= MAX_PERIODS):
        return None
    return int(value)


def _name(value: object) -> str | None:
    return value if isinstance(value, str) else None


def _action_pair(value: object) -> tuple[str, str] | None:
    """Two actions, row player's first, each by name or number (from 1)."""
    if not isinstance(value, list | tuple) or len(value) != 2:
        return None
    if not all(isinstance(v, str | int) and not isinstance(v, bool) for v in value):
        return None
    return str(value[ROW]), str(value[COLUMN])


#: What each preset key holds, as a check that returns the value or None.
_SETTINGS = {
    "discount_factor": _discount_factor,
    "periods": _periods,
    "row": _name,
    "column": _name,
    "cooperate": _action_pair,
    "defect": _action_pair,
}


def settings_of(game: Game) -> dict[str, Any]:
    """The game file's optional ``repeated`` settings (a preset), each value checked.

    Keys: ``discount_factor`` (a number in [0, 1]), ``periods`` (a whole number from 1 to
    :data:`~explorer.core.repeated.stage.MAX_PERIODS`), ``row`` and ``column`` (strategies
    as for :func:`parse_strategy`), ``cooperate`` and ``defect`` (each a pair of actions,
    row player's first, by name or number). A value of the wrong kind or out of range is
    left out, as a missing one is, so the defaults apply; unknown keys are left out too.
    """
    raw = game.extras.get("repeated", {})
    if not isinstance(raw, Mapping):
        return {}
    settings: dict[str, Any] = {}
    for key, check in _SETTINGS.items():
        value = check(raw.get(key))
        if value is not None:
            settings[key] = value
    return settings


def parse_strategy(text: str, stage: StageGame, player: int) -> Strategy:
    """A strategy from its name: ``grim``, ``tft``, ..., ``freemium:K`` or ``always:ACTION``
    (an action of ``player``, by name or number), labelled for people.

    Raises
    ------
    RepeatedGameError
        One sentence naming the strategies there are, or what is wrong with the setting.
    """
    kind, _colon, setting = text.strip().partition(":")
    rule = RULES.get(kind.strip().lower())
    if rule is None:
        known = ", ".join(k + (f":{r.setting}" if r.setting else "") for k, r in RULES.items())
        raise RepeatedGameError(f"unknown strategy '{text}'; strategies are: {known}")
    strategy = rule.parse(setting.strip(), stage, player)
    return replace(strategy, label=strategy_label(strategy, stage, player))


def library(stage: StageGame, convention: Convention) -> list[Strategy]:
    """The standard line-up for this stage game, each named in its strategy names."""
    line_up = (rule.standard() for rule in RULES.values())
    return [
        replace(s, label=strategy_label(s, stage, convention=convention))
        for s in line_up
        if s is not None
    ]


def convention_from(stage: StageGame, settings: Mapping[str, object]) -> Convention:
    """The preset's cooperate/defect actions, else those of :meth:`Convention.default`.

    Raises
    ------
    RepeatedGameError
        If the preset names an action the stage game does not have.
    """

    def indices(pair: tuple[str, str]) -> tuple[int, int]:
        return stage.action_index(ROW, pair[ROW]), stage.action_index(COLUMN, pair[COLUMN])

    cooperate, defect = (_action_pair(settings.get(key)) for key in ("cooperate", "defect"))
    if cooperate is not None and defect is not None:
        return Convention(indices(cooperate), indices(defect))
    default = Convention.default(stage)  # needs the stage equilibria: only when asked for
    return Convention(
        indices(cooperate) if cooperate is not None else default.cooperate,
        indices(defect) if defect is not None else default.defect,
    )
