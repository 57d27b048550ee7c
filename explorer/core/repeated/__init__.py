"""Discounted repeated games over any two-player stage game: strategies, matches, theory.

The package's modules, from the ground up:

* :mod:`~.stage` -- the stage game period by period, and what cooperating means;
* :mod:`~.strategies` -- one class per strategy, found by name in one registry;
* :mod:`~.simulation` and :mod:`~.tournament` -- matches and round robins;
* :mod:`~.thresholds` -- minmax values and critical discount factors (the folk theorem);
* :mod:`~.over_time` -- the same when the payoffs change from period to period;
* :mod:`~.region` -- the feasible and individually rational payoff region;
* :mod:`~.horizon` -- the finitely repeated game by backward induction, nashpy's check;
* :mod:`~.analysis` -- what the Repeated tab and the CLI show, with its words;
* :mod:`~.presets` -- a game file's preset, strategies written as text, the line-up;
* :mod:`~.collusion` -- where collusion holds as a parameter moves.

Every public name is importable from ``explorer.core.repeated`` itself.
"""

from __future__ import annotations

from explorer.core.repeated.analysis import (
    Analysis,
    Deviation,
    OverTime,
    Threshold,
    analyse_repeated,
    deviation_payoffs,
    finite_horizon_sentence,
    profitable_deviation,
    thresholds_in_period,
)
from explorer.core.repeated.collusion import (
    Collusion,
    collusion_map,
    collusion_over_time,
    collusion_thresholds,
)
from explorer.core.repeated.horizon import (
    MAX_REPEATED_GAME_STRATEGIES,
    FiniteHorizon,
    HorizonCheck,
    backward_induction,
    check_finite_horizon,
    largest_checkable_horizon,
    nashpy_check,
    repeated_game_size,
)
from explorer.core.repeated.presets import (
    STRATEGY_NAMES,
    convention_from,
    library,
    parse_strategy,
    settings_of,
)
from explorer.core.repeated.region import clip_polygon, convex_hull
from explorer.core.repeated.simulation import Simulation, simulate
from explorer.core.repeated.stage import (
    MAX_PERIODS,
    PERIOD_PARAMETER,
    Convention,
    RepeatedGameError,
    StageGame,
    first_period_of,
)
from explorer.core.repeated.strategies import RULES, Rule, Strategy
from explorer.core.repeated.thresholds import Minmax, critical_discount_factor, minmax
from explorer.core.repeated.tournament import Standing, is_symmetric, tournament
from explorer.core.words.labels import COLLUSION_REGIMES
from explorer.core.words.repeated import roles_sentence, threshold_sentence, verdict_sentence

__all__ = [
    "COLLUSION_REGIMES",
    "MAX_PERIODS",
    "MAX_REPEATED_GAME_STRATEGIES",
    "PERIOD_PARAMETER",
    "RULES",
    "STRATEGY_NAMES",
    "Analysis",
    "Collusion",
    "Convention",
    "Deviation",
    "FiniteHorizon",
    "HorizonCheck",
    "Minmax",
    "OverTime",
    "RepeatedGameError",
    "Rule",
    "Simulation",
    "StageGame",
    "Standing",
    "Strategy",
    "Threshold",
    "analyse_repeated",
    "backward_induction",
    "check_finite_horizon",
    "clip_polygon",
    "collusion_map",
    "collusion_over_time",
    "collusion_thresholds",
    "convention_from",
    "convex_hull",
    "critical_discount_factor",
    "deviation_payoffs",
    "finite_horizon_sentence",
    "first_period_of",
    "is_symmetric",
    "largest_checkable_horizon",
    "library",
    "minmax",
    "nashpy_check",
    "parse_strategy",
    "profitable_deviation",
    "repeated_game_size",
    "roles_sentence",
    "settings_of",
    "simulate",
    "threshold_sentence",
    "thresholds_in_period",
    "tournament",
    "verdict_sentence",
]
