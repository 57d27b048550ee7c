"""Discounted repeated games over any two-player stage game: strategies, matches, theory.

The package's modules, from the ground up:

* :mod:`~.stage` -- the stage game period by period, and what cooperating means;
* :mod:`~.strategies` -- one class per strategy, found by name in one registry;
* :mod:`~.simulation` and :mod:`~.tournament` -- matches and round robins;
* :mod:`~.thresholds` -- minmax values and critical discount factors (the folk theorem);
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
    Threshold,
    analyse_repeated,
    finite_horizon_sentence,
    thresholds_in_period,
)
from explorer.core.repeated.collusion import Collusion, collusion_map, collusion_thresholds
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
)
from explorer.core.repeated.strategies import RULES, Rule, Strategy
from explorer.core.repeated.thresholds import Minmax, critical_discount_factor, minmax
from explorer.core.repeated.tournament import Standing, tournament
from explorer.core.words.labels import COLLUSION_REGIMES
from explorer.core.words.repeated import threshold_sentence

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
    "FiniteHorizon",
    "HorizonCheck",
    "Minmax",
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
    "collusion_thresholds",
    "convention_from",
    "convex_hull",
    "critical_discount_factor",
    "finite_horizon_sentence",
    "largest_checkable_horizon",
    "library",
    "minmax",
    "nashpy_check",
    "parse_strategy",
    "repeated_game_size",
    "settings_of",
    "simulate",
    "threshold_sentence",
    "thresholds_in_period",
    "tournament",
]
