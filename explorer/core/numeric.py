"""The numerical conventions every module shares: tolerances and the simple-fraction rule.

Every comparison of payoffs or probabilities in the core goes through these, so that the
solver, the analysis, the sweep, the explanations and the repeated game agree on what is
a tie, what is zero and what is a simple fraction.
"""

from __future__ import annotations

from fractions import Fraction

import numpy as np
import numpy.typing as npt

#: Probabilities at or below this are zero when reading a support.
PROBABILITY_TOLERANCE = 1e-9
#: Best-response slack, relative to the game's payoff scale (see :func:`payoff_tolerance`).
PAYOFF_TOLERANCE = 1e-9
#: Largest denominator the solver tries when it looks for exact fractions.
MAX_DENOMINATOR = 1_000_000


def payoff_scale(*matrices: npt.ArrayLike) -> float:
    """The largest absolute payoff in ``matrices``, at least 1."""
    return max(1.0, *(float(np.max(np.abs(np.asarray(M, dtype=float)))) for M in matrices))


def payoff_tolerance(*matrices: npt.ArrayLike) -> float:
    """Slack for best-response checks: :data:`PAYOFF_TOLERANCE` times the payoff scale.

    Two payoffs closer than this are a tie; an equilibrium's payoff within this of the
    best reply is a best response.
    """
    return PAYOFF_TOLERANCE * payoff_scale(*matrices)


def as_fraction(
    value: float, max_denominator: int = MAX_DENOMINATOR, tolerance: float = 1e-12
) -> Fraction | None:
    """``value`` as a fraction with denominator at most ``max_denominator``, if it is one.

    The fraction must be within ``tolerance`` of ``value``, relative to ``max(1, |value|)``
    (float noise of a computation that is exact in rationals); otherwise ``None``.
    """
    value = float(value)
    if not np.isfinite(value):
        return None
    candidate = Fraction(value).limit_denominator(max_denominator)
    if abs(float(candidate) - value) <= tolerance * max(1.0, abs(value)):
        return candidate
    return None


__all__ = [
    "MAX_DENOMINATOR",
    "PAYOFF_TOLERANCE",
    "PROBABILITY_TOLERANCE",
    "as_fraction",
    "payoff_scale",
    "payoff_tolerance",
]
