"""One small game by vertex enumeration in plain Python, packed as a batch of one.

Setting up arrays costs more than a 2 × 2 or 4 × 3 game takes to solve, so a batch of one
small game goes through the scalar forms of the same steps: vertices of both polytopes by
tight systems (:func:`explorer.core.solve.polytope.vertices_of`), pairs covering all labels
(:func:`explorer.core.solve.vertex_enumeration.extreme_equilibria_of`), every pair checked
as mutual best responses (:func:`explorer.core.solve.verify.is_equilibrium`), listed in the
usual order. The tests check that it gives what the batched form gives.
"""

from __future__ import annotations

import numpy as np
import numpy.typing as npt

from explorer.core.i18n import _
from explorer.core.numeric import PROBABILITY_TOLERANCE, payoff_tolerance
from explorer.core.solve.batch import BatchSolution
from explorer.core.solve.polytope import candidate_count
from explorer.core.solve.verify import is_equilibrium
from explorer.core.solve.vertex_enumeration import extreme_equilibria_of

FloatArray = npt.NDArray[np.float64]

#: Games with at most this many tight systems per polytope are solved this way (4 × 4
#: has 69, 5 × 5 has 251); larger ones are quicker as arrays.
SMALL_CANDIDATES = 130


def is_small(m: int, n: int) -> bool:
    return candidate_count(m, n) <= SMALL_CANDIDATES


def order_key(profile: tuple[list[float], list[float]]) -> tuple[bool, list[float], list[float]]:
    """Pure equilibria first, then by decreasing weight on the first strategies."""
    x, y = profile
    mixed = (
        sum(p > PROBABILITY_TOLERANCE for p in x) + sum(q > PROBABILITY_TOLERANCE for q in y) > 2
    )
    return mixed, [-p for p in x], [-q for q in y]


def small_game_solution(A: FloatArray, B: FloatArray, requested: str) -> BatchSolution:
    """Every extreme equilibrium of the one game (m, n), as :func:`solve_batch` returns it."""
    m, n = A.shape
    slack = payoff_tolerance(A, B)
    found, degenerate = extreme_equilibria_of(A, B)
    verified = [(x, y) for x, y in found if is_equilibrium(A, B, np.array(x), np.array(y), slack)]
    verified.sort(key=order_key)
    notes: tuple[str, ...] = ()
    if len(verified) < len(found):
        notes = (
            _(
                "{count} candidate(s) failed the check as mutual best responses and were left out."
            ).format(count=len(found) - len(verified)),
        )
    rows = np.array([x for x, _ in verified]).reshape(-1, m)
    columns = np.array([y for _, y in verified]).reshape(-1, n)
    payoffs = np.column_stack([np.einsum("ei,ij,ej->e", rows, M, columns) for M in (A, B)]).reshape(
        -1, 2
    )
    one = np.ones(1, dtype=bool)
    zero = np.zeros(1, dtype=np.int64)
    return BatchSolution(
        A=A[None],
        B=B[None],
        offsets=np.array([0, len(verified)], dtype=np.int64),
        flat_rows=rows,
        flat_columns=columns,
        flat_payoffs=payoffs,
        evident_degenerate=np.array([degenerate]),
        degeneracy_known=one,
        complete=one,
        method_index=zero,
        methods=("vertex",),
        note_index=zero,
        notes=(notes,),
        requested=requested,
    )


__all__ = ["SMALL_CANDIDATES", "is_small", "order_key", "small_game_solution"]
