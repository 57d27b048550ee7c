"""Which algorithm a solve runs: enumerate where it fits the budget, else Lemke-Howson."""

from __future__ import annotations

from explorer.core.i18n import _
from explorer.core.solve.budget import ENUMERATION_SHARE, Budget
from explorer.core.solve.polytope import MAX_LABELS, candidate_count
from explorer.core.solve.result import method_name_capitalised

#: Seconds per tight system, both polytopes counted, as measured by
#: ``benchmarks/engine_benchmark.py`` on a two-core laptop (10 × 10: 0.33 µs, most systems
#: pruned before they are solved); used to estimate whether enumeration fits a budget.
SECONDS_PER_CANDIDATE = 0.5e-6
#: Without a deadline (a sweep, which is bounded and cancellable instead), games with more
#: tight systems per polytope than this are solved by Lemke-Howson (10 × 10 has 184,755).
UNBOUNDED_CANDIDATE_LIMIT = 200_000
#: Labels at most this many are enumerated (bit masks of one machine word).
ENUMERABLE_LABELS = MAX_LABELS


def enumeration_fits(m: int, n: int, games: int, budget: Budget) -> bool:
    """Whether enumerating both polytopes of ``games`` games of shape (m, n) fits the budget."""
    if m + n > ENUMERABLE_LABELS:
        return False
    candidates = candidate_count(m, n)
    if budget.seconds is None:
        return candidates <= UNBOUNDED_CANDIDATE_LIMIT
    estimate = 2 * candidates * games * SECONDS_PER_CANDIDATE
    return estimate <= budget.remaining() * ENUMERATION_SHARE


def chosen_algorithm(method: str, m: int, n: int, games: int, budget: Budget) -> tuple[str, str]:
    """The algorithm to run for ``method`` and a note in words if it is not the one asked for.

    ``auto`` and ``vertex`` enumerate vertices where that fits the budget, ``support``
    enumerates supports; a game too large for that is solved by Lemke-Howson, with a note
    saying so. ``lemke-howson`` and ``nashpy`` run as asked.
    """
    if method in ("lemke-howson", "nashpy"):
        return method, ""
    wanted = "vertex" if method == "auto" else method
    if enumeration_fits(m, n, games, budget):
        return wanted, ""
    note = _(
        "{method} would take too long on a {m}×{n} game; Lemke-Howson was used instead."
    ).format(method=method_name_capitalised(wanted), m=m, n=n)
    return "lemke-howson", note


__all__ = [
    "ENUMERABLE_LABELS",
    "SECONDS_PER_CANDIDATE",
    "UNBOUNDED_CANDIDATE_LIMIT",
    "chosen_algorithm",
    "enumeration_fits",
]
