"""Vertex enumeration for one small game in plain Python, packed as a batch of one.

Setting up arrays costs more than a 2 × 2 or 5 × 4 game takes to solve, so a batch of one
small game goes through the scalar forms of the steps of :mod:`.vertices` and
:mod:`.vertex_enumeration`: vertices of both polytopes by the same tight systems, pruned
the same way (:func:`vertices_of`), pairs of vertices covering all labels
(:func:`extreme_equilibria_of`), every pair checked as mutual best responses (the test of
:func:`explorer.core.solve.verify.is_equilibrium`, on lists) and listed in the usual order. The
tests check that it gives what the batched form gives.
"""

from __future__ import annotations

import itertools
import operator

import numpy as np
import numpy.typing as npt

from explorer.core.i18n import _
from explorer.core.numeric import PAYOFF_TOLERANCE, PROBABILITY_TOLERANCE, payoff_tolerance
from explorer.core.solve.batch import BatchSolution
from explorer.core.solve.polytope import candidate_count, scaled_rows
from explorer.core.solve.verify import SUM_TOLERANCE

FloatArray = npt.NDArray[np.float64]

#: A vertex of one game's polytope: (label bit mask, number of labels, the point z).
Vertex = tuple[int, int, tuple[float, ...]]

#: Games with at most this many tight systems per polytope are solved this way (5 × 5
#: has 251, 6 × 4 209, 6 × 5 461); larger ones are quicker as arrays (measured with
#: benchmarks/engine_benchmark.py: 5 × 5 1.0 ms here, 1.2 ms as arrays; 6 × 5 2.2 and 1.4).
SMALL_CANDIDATES = 260


def _solved(N: list[list[float]]) -> list[float] | None:
    """``N z = 1`` (rows of N are equations): Cramer's rule up to k = 3, else Gaussian
    elimination with partial pivoting; None where N is singular (a zero pivot)."""
    k = len(N)
    if k == 1:
        return [1.0 / N[0][0]] if N[0][0] else None
    if k == 2:
        (a, b), (c, d) = N
        det = a * d - b * c
        return [(d - b) / det, (a - c) / det] if det else None
    if k == 3:
        (a, b, c), (d, e, f), (g, h, i) = N
        # The columns of adj(N) summed: N⁻¹ 1 = (r1 × r2 + r2 × r0 + r0 × r1) / det.
        x1, x2, x3 = e * i - f * h, f * g - d * i, d * h - e * g
        det = a * x1 + b * x2 + c * x3
        if not det:
            return None
        y1, y2, y3 = h * c - i * b, i * a - g * c, g * b - h * a
        w1, w2, w3 = b * f - c * e, c * d - a * f, a * e - b * d
        return [(x1 + y1 + w1) / det, (x2 + y2 + w2) / det, (x3 + y3 + w3) / det]
    rows = [[*row, 1.0] for row in N]
    for col in range(k):
        pivot = max(range(col, k), key=lambda i: abs(rows[i][col]))
        if rows[pivot][col] == 0.0:
            return None
        rows[col], rows[pivot] = rows[pivot], rows[col]
        top = rows[col]
        for i in range(col + 1, k):
            factor = rows[i][col] / top[col]
            if factor:
                rows[i] = [a - factor * b for a, b in zip(rows[i], top, strict=True)]
    z = [0.0] * k
    for i in range(k - 1, -1, -1):
        z[i] = (rows[i][k] - sum(rows[i][j] * z[j] for j in range(i + 1, k))) / rows[i][i]
    return z


def _comparison_words(M: list[list[float]], tolerance: float) -> tuple[list[int], list[int]]:
    """Per row i, bit ``j' * c + j`` set where inequality j is at least j' there, and where
    it exceeds j' by more than the tolerance (as
    :attr:`explorer.core.solve.polytope.Polytope.comparisons`)."""
    c = len(M[0])
    pairs = [(low, high, low * c + high) for low in range(c) for high in range(c)]
    at_least = [sum(1 << b for low, high, b in pairs if row[high] - row[low] >= 0.0) for row in M]
    exceeds = [
        sum(1 << b for low, high, b in pairs if row[high] - row[low] > tolerance) for row in M
    ]
    return at_least, exceeds


def _values_within(parts: list[list[float]], z: list[float], limit: float) -> list[float] | None:
    """``Mᵀ z`` inequality by inequality, or None as soon as one exceeds ``limit``."""
    values = []
    for part in parts:
        value = sum(map(operator.mul, part, z))
        if value > limit:
            return None
        values.append(value)
    return values


def vertices_of(M: list[list[float]], tolerance: float) -> tuple[list[Vertex], bool]:
    """:func:`explorer.core.solve.vertices.vertices` for one game: the same systems, pruned
    the same way, solved one by one, which for a small game is quicker than setting up
    arrays. Returns the vertices and whether the polytope is degenerate."""
    r, c = len(M), len(M[0])
    at_least, exceeds = _comparison_words(M, tolerance)
    block = (1 << c) - 1
    columns = [[row[j] for row in M] for j in range(c)]
    found: dict[int, Vertex] = {}
    for k in range(1, min(r, c) + 1):
        for R in itertools.combinations(range(r), k):
            every, some = -1, 0
            for i in R:
                every &= at_least[i]
                some |= exceeds[i]
            dominance = every & some
            free = [j for j in range(c) if not (dominance >> (j * c)) & block]
            if len(free) < k:
                continue
            # The rows R of every inequality's column: values of Mᵀ z come from these.
            parts = [[column[i] for i in R] for column in columns]
            for C in itertools.combinations(free, k):
                z = _solved([parts[j] for j in C])
                if z is None:
                    continue
                total = sum(z)
                if not total > 0 or min(z) < -PROBABILITY_TOLERANCE * total:
                    continue
                slack = tolerance * total
                values = _values_within(parts, z, 1.0 + slack)
                if values is None:
                    continue
                point = [0.0] * r
                mask, count = (1 << r) - 1, r
                for i, zi in zip(R, z, strict=True):
                    point[i] = max(zi, 0.0)
                    if zi > PROBABILITY_TOLERANCE * total:
                        mask &= ~(1 << i)
                        count -= 1
                for j, value in enumerate(values):
                    if value >= 1.0 - slack:
                        mask |= 1 << (r + j)
                        count += 1
                if count >= r:
                    found.setdefault(mask, (mask, count, tuple(point)))
    vertices = list(found.values())
    degenerate = any(labels > r for _mask, labels, _point in vertices)
    if degenerate:  # drop points of faces: labels a strict subset of another point's
        vertices = [
            v for v in vertices if not any(v[0] != w[0] and v[0] & w[0] == v[0] for w in vertices)
        ]
    return vertices, degenerate


def extreme_equilibria_of(
    A: FloatArray, B: FloatArray, slack: float | None = None
) -> tuple[list[tuple[list[float], list[float]]], bool]:
    """:func:`explorer.core.solve.vertex_enumeration.extreme_equilibria` for one small game
    in plain Python: both polytopes' vertices (:func:`vertices_of`), paired by bit masks.

    Returns the extreme equilibria (normalised, not yet verified) and whether the game is
    degenerate; for the games it is used on it is several times quicker than arrays.
    ``slack`` is the payoff tolerance (worked out if not given).
    """
    m, n = A.shape
    slack = payoff_tolerance(A, B) if slack is None else slack
    p_vertices, p_degenerate = vertices_of(*scaled_rows(B.tolist(), slack))
    q_vertices, q_degenerate = vertices_of(*scaled_rows(A.T.tolist(), slack))
    full, columns = (1 << (m + n)) - 1, (1 << n) - 1
    found = []
    for q_mask, _q_labels, y in q_vertices:
        wanted = ((q_mask & columns) << m) | (q_mask >> n)  # in the game's label order
        for p_mask, _p_labels, x in p_vertices:
            if p_mask | wanted == full:
                found.append((_normalised(x), _normalised(y)))
    return found, p_degenerate or q_degenerate


def _normalised(point: tuple[float, ...]) -> list[float]:
    """A vertex as a mixed strategy: float noise below the probability tolerance dropped."""
    total = sum(point)
    kept = [p if p > PROBABILITY_TOLERANCE * total else 0.0 for p in point]
    total = sum(kept)
    return [p / total for p in kept]


def is_small(m: int, n: int) -> bool:
    return candidate_count(m, n) <= SMALL_CANDIDATES


def order_key(profile: tuple[list[float], list[float]]) -> tuple[bool, list[float], list[float]]:
    """Pure equilibria first, then by decreasing weight on the first strategies."""
    x, y = profile
    mixed = (
        sum(p > PROBABILITY_TOLERANCE for p in x) + sum(q > PROBABILITY_TOLERANCE for q in y) > 2
    )
    return mixed, [-p for p in x], [-q for q in y]


def _payoffs_if_equilibrium(
    A: list[list[float]], B: list[list[float]], x: list[float], y: list[float], slack: float
) -> tuple[float, float] | None:
    """Both payoffs if ``(x, y)`` are mutual best responses within ``slack`` (the test of
    :func:`explorer.core.solve.verify.is_equilibrium`, on lists), else None."""
    if abs(sum(x) - 1.0) > SUM_TOLERANCE or abs(sum(y) - 1.0) > SUM_TOLERANCE:
        return None
    if min(x) < -PROBABILITY_TOLERANCE or min(y) < -PROBABILITY_TOLERANCE:
        return None
    row_payoffs = [sum(a * q for a, q in zip(row, y, strict=True)) for row in A]
    column_payoffs = [sum(B[i][j] * x[i] for i in range(len(x))) for j in range(len(y))]
    row_value = sum(p * v for p, v in zip(x, row_payoffs, strict=True))
    column_value = sum(q * v for q, v in zip(y, column_payoffs, strict=True))
    if row_value < max(row_payoffs) - slack or column_value < max(column_payoffs) - slack:
        return None
    return row_value, column_value


def small_game_solution(A: FloatArray, B: FloatArray, requested: str) -> BatchSolution:
    """Every extreme equilibrium of the one game (m, n), as :func:`solve_batch` returns it."""
    m, n = A.shape
    rows_A, rows_B = A.tolist(), B.tolist()
    slack = PAYOFF_TOLERANCE * max(1.0, *(abs(v) for row in (*rows_A, *rows_B) for v in row))
    found, degenerate = extreme_equilibria_of(A, B, slack)
    checked = [(x, y, _payoffs_if_equilibrium(rows_A, rows_B, x, y, slack)) for x, y in found]
    verified = [(x, y, value) for x, y, value in checked if value is not None]
    verified.sort(key=lambda profile: order_key((profile[0], profile[1])))
    notes: tuple[str, ...] = ()
    if len(verified) < len(found):
        notes = (
            _(
                "{count} candidate(s) failed the check as mutual best responses and were left out."
            ).format(count=len(found) - len(verified)),
        )
    rows = np.array([x for x, _y, _value in verified]).reshape(-1, m)
    columns = np.array([y for _x, y, _value in verified]).reshape(-1, n)
    payoffs = np.array([value for _x, _y, value in verified]).reshape(-1, 2)
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


__all__ = [
    "SMALL_CANDIDATES",
    "Vertex",
    "extreme_equilibria_of",
    "is_small",
    "order_key",
    "small_game_solution",
    "vertices_of",
]
