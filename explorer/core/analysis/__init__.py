"""Best responses, dominance, iterated elimination and security levels of a bimatrix game.

The package's modules: :mod:`~.payoffs` (the pieces they share), :mod:`~.linear` (the
linear programs), :mod:`~.best_responses`, :mod:`~.dominance`, :mod:`~.elimination` and
:mod:`~.security`. Every public name is importable from ``explorer.core.analysis``; the
sentences that describe the results are in :mod:`explorer.core.words`.
"""

from __future__ import annotations

from explorer.core.analysis.best_responses import (
    BestResponses,
    best_response_masks,
    pure_equilibria,
)
from explorer.core.analysis.dominance import (
    Dominance,
    dominated_strategies,
    equilibrium_survivors,
    find_dominator,
)
from explorer.core.analysis.elimination import Elimination, EliminationStep, iterated_elimination
from explorer.core.analysis.linear import MIXTURE_DENOMINATOR, best_worst_case
from explorer.core.analysis.payoffs import PLAYERS
from explorer.core.analysis.security import SecurityLevel, security_level, security_levels

__all__ = [
    "MIXTURE_DENOMINATOR",
    "PLAYERS",
    "BestResponses",
    "Dominance",
    "Elimination",
    "EliminationStep",
    "SecurityLevel",
    "best_response_masks",
    "best_worst_case",
    "dominated_strategies",
    "equilibrium_survivors",
    "find_dominator",
    "iterated_elimination",
    "pure_equilibria",
    "security_level",
    "security_levels",
]
