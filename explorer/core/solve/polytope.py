"""Best-response polytopes of bimatrix games, and their points by sets of tight constraints.

For payoffs made positive, the row player's best-response polytope is
``P = {x >= 0 : Bᵀ x <= 1}`` and the column player's ``Q = {y >= 0 : A y <= 1}``
(von Stengel 2007, "Equilibrium computation for two-player games in strategic and
extensive form", section 3.2). A point's *labels* are its tight inequalities: in P, label
i for ``x_i = 0`` and label m + j for ``(Bᵀ x)_j = 1``, so that a nonzero ``x`` normalised
to a mixed strategy has label m + j exactly when column j is a best reply to it.

Both polytopes have the form ``{z >= 0 : Mᵀ z <= 1}`` with M of shape (r, c): M = B for P
and M = Aᵀ for Q. A vertex has r linearly independent tight constraints; choosing which k
coordinates may be positive (a set R) and which k inequalities are tight (a set C), the
vertex solves the k × k system ``M[R, C]ᵀ z_R = 1``. :func:`feasible_points` solves that
system for every (R, C) at once, for a whole batch of games, and keeps the solutions that
lie in the polytope, each with its labels.

Payoffs are first mapped affinely onto [1, 2] for each player and game, which changes no
best reply, keeps the polytopes bounded and the systems well scaled; the tie tolerance is
mapped with them, so two payoffs are tied here exactly when they are within the payoff
tolerance of :mod:`explorer.core.numeric` in the game's own units.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from explorer.core.numeric import PROBABILITY_TOLERANCE
from explorer.core.solve.budget import Budget
from explorer.core.solve.linalg import solve_ones, subsets

FloatArray = npt.NDArray[np.float64]
BoolArray = npt.NDArray[np.bool_]
IntArray = npt.NDArray[np.int64]

#: Most labels a bit mask of one int64 holds (polytopes with more constraints are not
#: enumerated: their candidate count is astronomically large anyway).
MAX_LABELS = 62
#: Floats per candidate (k × k system, solution, temporaries) used to size chunks.
_FLOATS_PER_CANDIDATE_ENTRY = 6


@dataclass(frozen=True, eq=False)
class Polytope:
    """``{z >= 0 : Mᵀ z <= 1}`` for each game of a batch: M of shape (games, r, c) with
    entries in [1, 2], and per game the tolerance under which an inequality is tight."""

    M: FloatArray
    tolerance: FloatArray

    @property
    def shape(self) -> tuple[int, int]:
        """(r, c): coordinates and best-reply inequalities."""
        return int(self.M.shape[1]), int(self.M.shape[2])

    @property
    def labels(self) -> int:
        return sum(self.shape)

    def subset(self, games: IntArray) -> Polytope:
        return Polytope(self.M[games], self.tolerance[games])


def scaled_polytope(payoffs: FloatArray, slack: FloatArray) -> Polytope:
    """The best-response polytope of the player whose opponent's payoffs are ``payoffs``.

    ``payoffs[g, i, j]`` is what the opponent earns with its strategy j against this
    player's strategy i, shape (games, r, c). Each game is mapped onto [1, 2]; where the
    opponent's payoffs are all within ``slack`` of each other they are taken as equal (all
    the opponent's strategies tie against everything).
    """
    low = payoffs.min(axis=(1, 2))
    spread = payoffs.max(axis=(1, 2)) - low
    constant = spread <= slack
    scale = np.where(constant, 1.0, spread)
    M = 1.0 + (payoffs - low[:, None, None]) / scale[:, None, None]
    M[constant] = 1.0
    tolerance = np.where(constant, 0.5, slack / scale)
    return Polytope(M, tolerance)


def best_response_polytopes(
    A: FloatArray, B: FloatArray, slack: FloatArray
) -> tuple[Polytope, Polytope]:
    """P (the row player's x, inequalities from B) and Q (the column player's y, from A)."""
    return scaled_polytope(B, slack), scaled_polytope(np.swapaxes(A, 1, 2), slack)


@dataclass(frozen=True, eq=False)
class Points:
    """Points of a polytope found as solutions of tight systems, with their labels.

    ``game[v]`` is the game, ``point[v]`` the point z (length r), ``labels[v]`` its tight
    inequalities as booleans (r coordinates, then c best-reply inequalities);
    ``rows[v]``/``columns[v]`` index the subsets R and C of size ``size[v]`` it solved.
    """

    game: IntArray
    point: FloatArray
    labels: BoolArray
    size: IntArray
    rows: IntArray
    columns: IntArray

    def __len__(self) -> int:
        return int(self.game.shape[0])

    @classmethod
    def empty(cls, r: int, c: int) -> Points:
        none = np.zeros(0, dtype=np.int64)
        return cls(none, np.zeros((0, r)), np.zeros((0, r + c), dtype=bool), none, none, none)

    @classmethod
    def joined(cls, parts: list[Points], r: int, c: int) -> Points:
        if not parts:
            return cls.empty(r, c)
        return cls(
            np.concatenate([p.game for p in parts]),
            np.concatenate([p.point for p in parts]),
            np.concatenate([p.labels for p in parts]),
            np.concatenate([p.size for p in parts]),
            np.concatenate([p.rows for p in parts]),
            np.concatenate([p.columns for p in parts]),
        )

    def take(self, keep: IntArray | BoolArray) -> Points:
        return Points(
            self.game[keep],
            self.point[keep],
            self.labels[keep],
            self.size[keep],
            self.rows[keep],
            self.columns[keep],
        )

    def masks(self) -> IntArray:
        """Labels as bit masks (bit l set for label l)."""
        bits = np.left_shift(np.int64(1), np.arange(self.labels.shape[1], dtype=np.int64))
        masks: IntArray = (self.labels.astype(np.int64) * bits).sum(-1)
        return masks


def candidate_count(r: int, c: int) -> int:
    """Number of (R, C) systems over all sizes: sum of C(r, k) C(c, k) = C(r + c, r) - 1."""
    return sum(len(subsets(r, k)) * len(subsets(c, k)) for k in range(1, min(r, c) + 1))


def feasible_points(polytope: Polytope, k: int, budget: Budget) -> Points:
    """Every solution of a k × k tight system that lies in the polytope, in every game.

    For all row subsets R and inequality subsets C of size k, solves
    ``M[R, C]ᵀ z_R = 1`` (:func:`explorer.core.solve.linalg.solve_ones`), keeps the
    solutions with ``z >= 0`` and ``Mᵀ z <= 1`` within tolerance, and records which
    inequalities are tight there. Chunks of games and row subsets are sized to the
    budget's memory bound; the budget is checked between chunks.
    """
    r, c = polytope.shape
    found = [
        _feasible_in_chunk(polytope, k, games, row_sets)
        for games, row_sets in _chunks(polytope, k, budget)
    ]
    return Points.joined([p for p in found if len(p)], r, c)


def _chunks(polytope: Polytope, k: int, budget: Budget) -> Iterator[tuple[slice, slice]]:
    """(games, row subsets) slices whose candidate arrays fit the memory bound."""
    games = polytope.M.shape[0]
    r, c = polytope.shape
    row_sets, column_sets = len(subsets(r, k)), len(subsets(c, k))
    per_game_row = (column_sets * (k * k + c) + k * c * c) * _FLOATS_PER_CANDIDATE_ENTRY
    capacity = max(1, budget.elements(copies=1) // per_game_row)  # (game, R) pairs per chunk
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


def undominated_inequalities(MR: FloatArray, tolerance: FloatArray) -> IntArray:
    """Per game and row subset R: bit mask of the inequalities no other one dominates on R.

    ``MR[g, a]`` holds the rows R of M, shape (k, c). If inequality j exceeds j' by more
    than the tolerance in every row of R, then at every z >= 0 supported on R
    ``(Mᵀ z)_j > (Mᵀ z)_j'``, so j' cannot be tight at a point of the polytope: no vertex
    with support in R has j' among its tight inequalities. This prunes most (R, C) systems
    before any is solved.
    """
    margin = (MR[..., :, None] - MR[..., None, :]).min(axis=-3)  # [g, a, j, j']
    dominated = (margin > tolerance[:, None, None, None]).any(axis=-2)  # [g, a, j']
    bits = np.left_shift(np.int64(1), np.arange(MR.shape[-1], dtype=np.int64))
    undominated: IntArray = ((~dominated).astype(np.int64) * bits).sum(-1)
    return undominated


def _feasible_in_chunk(polytope: Polytope, k: int, games: slice, row_sets: slice) -> Points:
    r, c = polytope.shape
    R = subsets(r, k)[row_sets]
    C = subsets(c, k)
    bits = np.left_shift(np.int64(1), np.arange(c, dtype=np.int64))
    column_masks = bits[C].sum(-1)  # (nC,)
    M = polytope.M[games]
    tolerances = polytope.tolerance[games]
    MR = M[:, R, :]  # (G, nR, k, c): the chosen coordinates' rows
    allowed = undominated_inequalities(MR, tolerances)  # (G, nR)
    viable = (column_masks[None, None, :] & ~allowed[:, :, None]) == 0
    game, a, b = np.nonzero(viable)
    rows_of = MR[game, a]  # (V, k, c)
    # N[v, j, i] = M[g, R[a, i], C[b, j]]: one equation per tight inequality j.
    N = np.swapaxes(np.take_along_axis(rows_of, C[b][:, None, :], axis=2), 1, 2)
    z = solve_ones(N)  # (V, k)
    with np.errstate(invalid="ignore", over="ignore"):
        total = z.sum(-1)
        nonnegative = (z >= -PROBABILITY_TOLERANCE * total[:, None]).all(-1) & (total > 0)
    keep = np.flatnonzero(nonnegative)
    game, a, b, z, total = game[keep], a[keep], b[keep], z[keep], total[keep]
    values = np.einsum("vkc,vk->vc", rows_of[keep], z)  # (V, c): Mᵀ z on every inequality
    tolerance = (tolerances[game] * total)[:, None]
    feasible = np.flatnonzero((values <= 1.0 + tolerance).all(-1))
    game, a, b, z, total = game[feasible], a[feasible], b[feasible], z[feasible], total[feasible]
    point = np.zeros((len(feasible), r))
    point[np.arange(len(feasible))[:, None], R[a]] = np.clip(z, 0.0, None)
    zero = point <= PROBABILITY_TOLERANCE * total[:, None]
    tight = values[feasible] >= 1.0 - tolerance[feasible]
    return Points(
        game + (games.start or 0),
        point,
        np.concatenate([zero, tight], axis=1),
        np.full(len(feasible), k, dtype=np.int64),
        a + (row_sets.start or 0),
        b,
    )


def distinct_vertices(points: Points, games: int) -> tuple[Points, BoolArray]:
    """The vertices among feasible points, once each, and per game whether any vertex has
    more labels than the dimension r (a degenerate polytope).

    A vertex is determined by its tight inequalities, so points with the same labels are
    the same vertex. A point that is not a vertex (a system singular up to rounding gives
    some point of a face) lies on a face whose vertices have strictly more labels, and is
    dropped; so is any point with fewer than r labels.
    """
    r = points.point.shape[1]
    count = points.labels.sum(-1)
    points = points.take(count >= r)
    count = count[count >= r]
    masks = points.masks()
    order = np.lexsort((masks, points.game))
    game, masks = points.game[order], masks[order]
    first = np.ones(len(order), dtype=bool)
    first[1:] = (game[1:] != game[:-1]) | (masks[1:] != masks[:-1])
    chosen = order[first]
    vertices = points.take(chosen)
    count = count[chosen]
    excess = count > r
    degenerate = np.zeros(games, dtype=bool)
    degenerate[vertices.game[excess]] = True
    if excess.any():
        vertices = _maximal(vertices, degenerate)
    return vertices, degenerate


def _maximal(vertices: Points, degenerate: BoolArray) -> Points:
    """Drop points whose labels are a strict subset of another point's in the same game."""
    masks = vertices.masks()
    keep = np.ones(len(vertices), dtype=bool)
    for game in np.flatnonzero(degenerate):
        here = np.flatnonzero(vertices.game == game)
        own = masks[here]
        contained = (own[:, None] & own[None, :]) == own[:, None]  # [a, b]: a ⊆ b
        strict = contained & (own[:, None] != own[None, :])
        keep[here[strict.any(axis=1)]] = False
    return vertices.take(keep)


def vertices(polytope: Polytope, budget: Budget) -> tuple[Points, BoolArray]:
    """All vertices of the polytope other than the origin, in every game, and per game
    whether the polytope is degenerate (see :func:`distinct_vertices`)."""
    r, c = polytope.shape
    parts = [feasible_points(polytope, k, budget) for k in range(1, min(r, c) + 1)]
    return distinct_vertices(Points.joined(parts, r, c), int(polytope.M.shape[0]))


__all__ = [
    "MAX_LABELS",
    "Points",
    "Polytope",
    "best_response_polytopes",
    "candidate_count",
    "distinct_vertices",
    "feasible_points",
    "scaled_polytope",
    "undominated_inequalities",
    "vertices",
]
