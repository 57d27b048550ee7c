"""Vertex enumeration: all extreme equilibria, degenerate games included, for many games.

Algorithm 3.5 of Nisan et al. (2007), in the form of Avis, Rosenberg, Savani and von
Stengel (2010, "Enumeration of Nash equilibria for two-player games", section 4) and of
Gambit's enummixed: enumerate the vertices of both best-response polytopes P and Q
(:func:`explorer.core.solve.polytope.vertices`), then keep every pair of nonzero vertices
(x, y) whose labels together cover all m + n strategies. Those pairs, normalised, are the
extreme equilibria: in a nondegenerate game all of them, in a degenerate game the corners
of its (finitely many) maximal convex sets of equilibria.

Labels are bit masks, so complementarity is one OR per pair: vertices with exactly
m (or n) labels must meet a partner with exactly the complementary mask (found by sorting),
and only in games with a degenerate vertex are all pairs compared.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from explorer.core.solve.budget import Budget
from explorer.core.solve.polytope import Points, best_response_polytopes, vertices
from explorer.core.solve.verify import cleaned, payoff_slack

FloatArray = npt.NDArray[np.float64]
BoolArray = npt.NDArray[np.bool_]
IntArray = npt.NDArray[np.int64]


@dataclass(frozen=True, eq=False)
class Profiles:
    """Equilibrium candidates of a batch of games, flat: profile e is ``(rows[e],
    columns[e])`` in game ``game[e]``."""

    game: IntArray
    rows: FloatArray
    columns: FloatArray

    def __len__(self) -> int:
        return int(self.game.shape[0])

    @classmethod
    def empty(cls, m: int, n: int) -> Profiles:
        return cls(np.zeros(0, dtype=np.int64), np.zeros((0, m)), np.zeros((0, n)))

    @classmethod
    def joined(cls, parts: list[Profiles], m: int, n: int) -> Profiles:
        if not parts:
            return cls.empty(m, n)
        return cls(
            np.concatenate([p.game for p in parts]),
            np.concatenate([p.rows for p in parts]),
            np.concatenate([p.columns for p in parts]),
        )

    def take(self, keep: IntArray | BoolArray) -> Profiles:
        return Profiles(self.game[keep], self.rows[keep], self.columns[keep])


@dataclass(frozen=True, eq=False)
class ExtremeEquilibria:
    """What vertex enumeration found: the extreme equilibria and, per game, whether one of
    the polytopes has a vertex with more labels than its dimension (a degenerate game)."""

    profiles: Profiles
    degenerate: BoolArray


def global_masks(points: Points, own: int, other: int, first: bool) -> IntArray:
    """Bit masks in the game's label order (row strategies 0..m-1, then columns).

    ``points`` has ``own`` coordinates and ``other`` inequalities. For P (``first``) the
    order is already the game's; for Q, coordinates are the column strategies (labels
    m + j) and inequalities the row strategies (labels i).
    """
    masks = points.masks()
    if first:
        return masks
    coordinate_bits = masks & ((np.int64(1) << own) - 1)
    inequality_bits = masks >> own
    shifted: IntArray = (coordinate_bits << other) | inequality_bits
    return shifted


def _pairs_within_games(left: IntArray, right: IntArray) -> tuple[IntArray, IntArray]:
    """All index pairs (i, j) with ``left[i] == right[j]``; both arrays sorted."""
    games = int(max(left.max(initial=-1), right.max(initial=-1))) + 1
    right_count = np.bincount(right, minlength=games)
    right_start = np.concatenate([[0], np.cumsum(right_count)[:-1]])
    partners = right_count[left]
    i = np.repeat(np.arange(len(left)), partners)
    offset = np.arange(len(i)) - np.repeat(np.cumsum(partners) - partners, partners)
    j = right_start[left[i]] + offset
    return i.astype(np.int64), j.astype(np.int64)


def complementary_pairs(
    p_game: IntArray,
    p_mask: IntArray,
    q_game: IntArray,
    q_mask: IntArray,
    labels: int,
    degenerate: BoolArray,
) -> tuple[IntArray, IntArray]:
    """Indices (i, j) of P-vertices and Q-vertices of one game whose masks cover all labels.

    Games without a degenerate vertex: the partner's mask is the exact complement, found by
    sorting on (game, mask). Degenerate games: every pair of the game is compared.
    """
    full = (np.int64(1) << labels) - 1
    plain_p = ~degenerate[p_game]
    plain_q = ~degenerate[q_game]
    i_plain, j_plain = _exact_complements(
        np.flatnonzero(plain_p),
        p_game,
        full ^ p_mask,
        np.flatnonzero(plain_q),
        q_game,
        q_mask,
    )
    p_rest = np.flatnonzero(~plain_p)
    q_rest = np.flatnonzero(~plain_q)
    order_p = p_rest[np.argsort(p_game[p_rest], kind="stable")]
    order_q = q_rest[np.argsort(q_game[q_rest], kind="stable")]
    i, j = _pairs_within_games(p_game[order_p], q_game[order_q])
    i, j = order_p[i], order_q[j]
    covered = (p_mask[i] | q_mask[j]) == full
    return np.concatenate([i_plain, i[covered]]), np.concatenate([j_plain, j[covered]])


def _exact_complements(
    p_index: IntArray,
    p_game: IntArray,
    wanted: IntArray,
    q_index: IntArray,
    q_game: IntArray,
    q_mask: IntArray,
) -> tuple[IntArray, IntArray]:
    """Pairs where the Q-vertex's (game, mask) equals the P-vertex's (game, wanted mask).

    Masks are replaced by their ranks among all masks involved, so that (game, rank) fits
    one int64 key however many labels there are; then one sorted search finds the partners.
    """
    none = np.zeros(0, dtype=np.int64)
    if not len(p_index) or not len(q_index):
        return none, none
    ranks = np.unique(np.concatenate([q_mask[q_index], wanted[p_index]]), return_inverse=True)[1]
    width = np.int64(ranks.max() + 1)
    q_key = q_game[q_index] * width + ranks[: len(q_index)]
    p_key = p_game[p_index] * width + ranks[len(q_index) :]
    order = np.argsort(q_key, kind="stable")
    sorted_keys = q_key[order]
    position = np.minimum(np.searchsorted(sorted_keys, p_key), len(sorted_keys) - 1)
    hit = sorted_keys[position] == p_key
    return p_index[hit], q_index[order[position[hit]]]


def extreme_equilibria(A: FloatArray, B: FloatArray, budget: Budget) -> ExtremeEquilibria:
    """All extreme equilibria of every game in the batch ``(games, m, n)``.

    Returns the profiles (normalised vertex pairs, not yet verified) grouped by game, and
    the per-game degeneracy verdict of the polytopes (a vertex with surplus labels).
    Raises :class:`~explorer.core.solve.budget.BudgetExhausted` when the deadline passes.
    """
    _, m, n = A.shape
    P, Q = best_response_polytopes(A, B, payoff_slack(A, B))
    p_vertices, p_degenerate = vertices(P, budget)
    q_vertices, q_degenerate = vertices(Q, budget)
    degenerate = p_degenerate | q_degenerate
    p_mask = global_masks(p_vertices, m, n, first=True)
    q_mask = global_masks(q_vertices, n, m, first=False)
    i, j = complementary_pairs(p_vertices.game, p_mask, q_vertices.game, q_mask, m + n, degenerate)
    order = np.lexsort((j, i, p_vertices.game[i]))
    i, j = i[order], j[order]
    profiles = Profiles(
        p_vertices.game[i], cleaned(p_vertices.point[i]), cleaned(q_vertices.point[j])
    )
    return ExtremeEquilibria(profiles, degenerate)


__all__ = [
    "ExtremeEquilibria",
    "Profiles",
    "complementary_pairs",
    "extreme_equilibria",
    "global_masks",
]
