"""Vertices of best-response polytopes, found as solutions of tight systems, for many games.

A vertex of ``{z >= 0 : Mᵀ z <= 1}`` (M of shape r × c) has r linearly independent tight
constraints. Choosing which k coordinates may be positive (a set R) and which k
inequalities are tight (a set C), it solves ``M[R, C]ᵀ z_R = 1``. For every (R, C) that
survives a pruning rule (:func:`undominated_inequalities`), :func:`solve_systems` solves
the system for all games of a batch at once and keeps the solutions inside the polytope,
each with its labels as a bit mask; :func:`distinct_vertices` keeps each vertex once.

Large batches (a sweep's chunk) go size by size, so that systems up to 3 × 3 are solved in
closed form across millions of candidates; a small batch (one game) pads every system to
one size and solves them in one call, since there the number of calls is what costs.
:mod:`explorer.core.solve.small` has the same enumeration for one small game in plain
Python.
"""

from __future__ import annotations

import functools
from collections.abc import Iterator

import numpy as np
import numpy.typing as npt

from explorer.core.numeric import PROBABILITY_TOLERANCE
from explorer.core.solve.budget import Budget
from explorer.core.solve.linalg import singularity, solve_ones_with_determinant, subsets
from explorer.core.solve.polytope import Points, Polytope, bit_masks, candidate_count

FloatArray = npt.NDArray[np.float64]
BoolArray = npt.NDArray[np.bool_]
IntArray = npt.NDArray[np.int64]

#: A system whose matrix has rows this close to dependent (see
#: :func:`explorer.core.solve.linalg.singularity`) is treated as singular where that matters.
SINGULAR = 1e-8
#: Floats per candidate entry (system, solution, temporaries), used to size chunks.
_FLOATS_PER_ENTRY = 6
#: Most systems solved between two checks of the budget.
CHUNK_SYSTEMS = 500_000
#: Batches with at most this many (game, system) pairs are solved in one padded pass.
ONE_PASS_SYSTEMS = 20_000


# --- pruning ------------------------------------------------------------------------------------


def undominated_inequalities(
    comparisons: tuple[npt.NDArray[np.uint64] | BoolArray, ...], R: IntArray, c: int
) -> IntArray:
    """Per game and row subset R: bit mask of the inequalities no other one dominates on R.

    ``comparisons`` is :attr:`Polytope.comparisons` for the games at hand and ``R`` the row
    subsets, shape (nR, k) (entries r stand for "no row" and are ignored). Every vertex is
    the solution of a system whose R is exactly its support (the coordinates positive
    there), so only such systems are needed. If inequality j is at least j' in every row
    of R and exceeds it by more than the tolerance in one, then at every z > 0 on R
    ``(Mᵀ z)_j > (Mᵀ z)_j'``: j' cannot be tight at a point of the polytope with support R
    (j would be violated). This prunes most (R, C) systems before any is solved, and the
    more the more payoffs tie.
    """
    at_least, exceeds = comparisons
    if exceeds.dtype == np.uint64:
        games = len(exceeds)
        every = np.concatenate([at_least, np.full((games, 1), ~np.uint64(0))], axis=1)
        some = np.concatenate([exceeds, np.zeros((games, 1), dtype=np.uint64)], axis=1)
        dominance = np.bitwise_and.reduce(every[:, R], axis=-1) & np.bitwise_or.reduce(
            some[:, R], axis=-1
        )  # (G, nR) words
        undominated = np.zeros(dominance.shape, dtype=np.int64)
        block = np.uint64((1 << c) - 1)
        for j in range(c):
            free = (dominance >> np.uint64(j * c)) & block == 0
            undominated |= free.astype(np.int64) << j
        return undominated
    everywhere = np.concatenate([at_least, np.ones_like(at_least[:, :1])], axis=1)
    somewhere = np.concatenate([exceeds, np.zeros_like(exceeds[:, :1])], axis=1)
    dominates = np.all(everywhere[:, R], axis=2) & np.any(somewhere[:, R], axis=2)
    dominated: BoolArray = np.any(dominates, axis=-2)  # (G, nR, c)
    return bit_masks(~dominated)


# --- index tables -------------------------------------------------------------------------------


@functools.lru_cache(maxsize=64)
def _block_indices(r: int, c: int, k: int) -> IntArray:
    """``[a, b, j, i]``: where ``M[R[a, i], C[b, j]]`` sits in M flattened to r * c."""
    R, C = subsets(r, k), subsets(c, k)
    table = R[:, None, None, :] * c + C[None, :, :, None]
    table.flags.writeable = False
    return table


@functools.lru_cache(maxsize=32)
def _all_sizes(r: int, c: int) -> tuple[IntArray, IntArray, IntArray, IntArray, IntArray]:
    """Every (R, C) of every size k: (size, row subset index, column subset index, the row
    subset padded with r to min(r, c) entries, the column subset as a bit mask)."""
    width = min(r, c)
    sizes, rows, columns, padded, masks = [], [], [], [], []
    for k in range(1, width + 1):
        R, C = subsets(r, k), subsets(c, k)
        a, b = np.divmod(np.arange(len(R) * len(C)), len(C))
        sizes.append(np.full(len(a), k))
        rows.append(a)
        columns.append(b)
        padded.append(np.pad(R[a], ((0, 0), (0, width - k)), constant_values=r))
        masks.append(bit_masks(np.any(np.eye(c, dtype=bool)[C], axis=1))[b])
    tables = tuple(
        np.concatenate(t).astype(np.int64) for t in (sizes, rows, columns, padded, masks)
    )
    for table in tables:
        table.flags.writeable = False
    return tables  # type: ignore[return-value]


# --- solving ------------------------------------------------------------------------------------


def solve_systems(
    polytope: Polytope,
    game: IntArray,
    size: IntArray,
    rows: IntArray,
    columns: IntArray,
    check_singular: bool = False,
) -> tuple[Points, IntArray, BoolArray | None]:
    """The points solving the systems (game, R = ``subsets(r, size)[rows]``, C =
    ``subsets(c, size)[columns]``) that lie in the polytope.

    Systems of different sizes are padded with identity rows to the largest. Returns the
    feasible points, the positions of their systems among those given and, with
    ``check_singular``, which given systems are singular or nearly (then a solution need
    not be the only point with those tight constraints).
    """
    r, c = polytope.shape
    width = int(size.max(initial=1))
    games = len(polytope.M)
    flat = np.concatenate([polytope.M.reshape(games, r * c), np.zeros((games, 2))], axis=1)
    flat[:, -1] = 1.0  # flat[g, r * c] is 0 and flat[g, r * c + 1] is 1: the padding
    blocks = np.full((len(game), width, width), r * c, dtype=np.int64)  # 0 off the block
    blocks[:, np.arange(width), np.arange(width)] = r * c + 1  # 1 on the padded diagonal
    subset = np.full((len(game), width), r, dtype=np.int64)  # row r: no row
    for k in np.unique(size):
        here = np.flatnonzero(size == k)
        blocks[here, :k, :k] = _block_indices(r, c, int(k))[rows[here], columns[here]]
        subset[here, :k] = subsets(r, int(k))[rows[here]]
    N = flat[game[:, None, None], blocks]  # N[v, j, i] = M[g, R[i], C[j]], padded
    z, determinant = solve_ones_with_determinant(N, check_singular)
    z = np.where(subset < r, z, 0.0)
    singular = None
    if check_singular and determinant is not None:
        with np.errstate(invalid="ignore", divide="ignore"):
            singular = ~(singularity(N, determinant) > SINGULAR)
    points, kept = _located(polytope, game, size, rows, columns, subset, z)
    return points, kept, singular


def _located(
    polytope: Polytope,
    game: IntArray,
    size: IntArray,
    rows: IntArray,
    columns: IntArray,
    subset: IntArray,
    z: FloatArray,
) -> tuple[Points, IntArray]:
    """Of the solutions ``z`` (over the rows ``subset``, r meaning none), those with
    ``z >= 0`` and ``Mᵀ z <= 1`` within tolerance, with their labels."""
    r, _ = polytope.shape
    with np.errstate(invalid="ignore", over="ignore"):
        total = z.sum(-1)
        nonnegative = (z >= -PROBABILITY_TOLERANCE * total[:, None]).all(-1) & (total > 0)
    keep = np.flatnonzero(nonnegative)
    z, total, subset = z[keep], total[keep], subset[keep]
    padded_M = np.concatenate([polytope.M, np.zeros_like(polytope.M[:, :1])], axis=1)
    values = np.einsum("vkc,vk->vc", padded_M[game[keep, None], subset], z)  # Mᵀ z
    tolerance = polytope.tolerance[game[keep]] * total
    feasible = np.flatnonzero((values <= (1.0 + tolerance)[:, None]).all(-1))
    kept = keep[feasible]
    z, total, tolerance = z[feasible], total[feasible], tolerance[feasible]
    subset = subset[feasible]
    point = np.zeros((len(kept), r + 1))
    point[np.arange(len(kept))[:, None], subset] = np.clip(z, 0.0, None)
    positive = (z > PROBABILITY_TOLERANCE * total[:, None]) & (subset < r)
    tight = values[feasible] >= (1.0 - tolerance)[:, None]
    positive_bits = (positive.astype(np.int64) << np.minimum(subset, r)).sum(-1)
    mask = (((np.int64(1) << r) - 1) & ~positive_bits) | (bit_masks(tight) << r)
    points = Points(
        game[kept],
        point[:, :r],
        mask,
        (r - positive.sum(-1)) + tight.sum(-1),
        size[kept],
        rows[kept],
        columns[kept],
    )
    return points, kept


# --- enumeration --------------------------------------------------------------------------------


def _chunks(polytope: Polytope, k: int, budget: Budget) -> Iterator[tuple[slice, slice]]:
    """(games, row subsets) slices whose candidate arrays fit the memory bound."""
    games = polytope.M.shape[0]
    r, c = polytope.shape
    row_sets, column_sets = len(subsets(r, k)), len(subsets(c, k))
    per_game_row = (column_sets * (k * k + c) + k * c * c) * _FLOATS_PER_ENTRY
    # (game, R) pairs per chunk: within the memory bound, and few enough systems that the
    # budget is checked every few tens of milliseconds.
    fits = min(budget.elements(copies=1) // per_game_row, CHUNK_SYSTEMS // column_sets)
    capacity = max(1, fits)
    if capacity >= row_sets:
        step = max(1, capacity // row_sets)
        for start in range(0, games, step):
            budget.check()
            yield slice(start, min(start + step, games)), slice(0, row_sets)
        return
    for game in range(games):
        for start in range(0, row_sets, capacity):
            budget.check()
            yield slice(game, game + 1), slice(start, min(start + capacity, row_sets))


def feasible_points(polytope: Polytope, k: int, budget: Budget) -> Points:
    """Every solution of a k × k tight system that lies in the polytope, in every game.

    For all row subsets R and inequality subsets C of size k not pruned by
    :func:`undominated_inequalities`, solves ``M[R, C]ᵀ z_R = 1``
    (:func:`explorer.core.solve.linalg.solve_ones`), keeps the solutions with ``z >= 0``
    and ``Mᵀ z <= 1`` within tolerance, and records their labels. Chunks of games and row
    subsets are sized to the budget's memory bound; the budget is checked between chunks.
    """
    r, c = polytope.shape
    C = subsets(c, k)
    column_masks = bit_masks(np.any(np.eye(c, dtype=bool)[C], axis=1))
    found = []
    for games, row_sets in _chunks(polytope, k, budget):
        R = subsets(r, k)[row_sets]
        allowed = undominated_inequalities(
            tuple(part[games] for part in polytope.comparisons), R, c
        )  # (G, nR)
        game, a, b = np.nonzero((column_masks[None, None, :] & ~allowed[:, :, None]) == 0)
        points, _, _ = solve_systems(
            polytope, game + (games.start or 0), np.full(len(game), k), a + row_sets.start, b
        )
        found.append(points)
    return Points.joined(found, r)


def _feasible_in_one_pass(polytope: Polytope, budget: Budget) -> Points:
    """Every size at once, padded: for a small batch, where the calls are what costs."""
    r, c = polytope.shape
    size, rows, columns, padded, column_masks = _all_sizes(r, c)
    budget.check()
    allowed = undominated_inequalities(polytope.comparisons, padded, c)  # (G, systems)
    game, system = np.nonzero((column_masks[None, :] & ~allowed) == 0)
    points, _, _ = solve_systems(polytope, game, size[system], rows[system], columns[system])
    return points


def distinct_vertices(points: Points, games: int) -> tuple[Points, BoolArray]:
    """The vertices among feasible points, once each, and per game whether any vertex has
    more labels than the dimension r (a degenerate polytope).

    A vertex is determined by its tight inequalities, so points with the same labels are
    the same vertex. A point that is not a vertex (a system singular up to rounding gives
    some point of a face) lies on a face whose vertices have strictly more labels, and is
    dropped; so is any point with fewer than r labels.
    """
    r = points.point.shape[1]
    points = points.take(points.label_count >= r)
    order = np.lexsort((points.mask, points.game))
    game, masks = points.game[order], points.mask[order]
    first = np.ones(len(order), dtype=bool)
    first[1:] = (game[1:] != game[:-1]) | (masks[1:] != masks[:-1])
    vertices = points.take(order[first])
    excess = vertices.label_count > r
    degenerate = np.zeros(games, dtype=bool)
    degenerate[vertices.game[excess]] = True
    if excess.any():
        vertices = _maximal(vertices, degenerate)
    return vertices, degenerate


def _maximal(vertices: Points, degenerate: BoolArray) -> Points:
    """Drop points whose labels are a strict subset of another point's in the same game
    (only games with a vertex with surplus labels can have such points)."""
    inside = np.flatnonzero(degenerate[vertices.game])  # vertices are sorted by game
    game = vertices.game[inside]
    count = np.bincount(game, minlength=len(degenerate))
    start = np.concatenate([[0], np.cumsum(count)[:-1]])
    partners = count[game]
    i = np.repeat(np.arange(len(inside)), partners)
    j = start[game[i]] + (np.arange(len(i)) - np.repeat(np.cumsum(partners) - partners, partners))
    a, b = vertices.mask[inside[i]], vertices.mask[inside[j]]
    strict = ((a & b) == a) & (a != b)
    keep = np.ones(len(vertices), dtype=bool)
    keep[inside[i[strict]]] = False
    return vertices.take(keep)


def vertices(polytope: Polytope, budget: Budget) -> tuple[Points, BoolArray]:
    """All vertices of the polytope other than the origin, in every game, and per game
    whether the polytope is degenerate (see :func:`distinct_vertices`)."""
    r, c = polytope.shape
    games = int(polytope.M.shape[0])
    if games * candidate_count(r, c) <= ONE_PASS_SYSTEMS and c * c <= 64:
        return distinct_vertices(_feasible_in_one_pass(polytope, budget), games)
    parts = [feasible_points(polytope, k, budget) for k in range(1, min(r, c) + 1)]
    return distinct_vertices(Points.joined(parts, r), games)


__all__ = [
    "ONE_PASS_SYSTEMS",
    "SINGULAR",
    "distinct_vertices",
    "feasible_points",
    "solve_systems",
    "undominated_inequalities",
    "vertices",
]
