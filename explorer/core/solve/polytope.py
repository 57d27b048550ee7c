"""Best-response polytopes of bimatrix games, and points of them with their labels.

For payoffs made positive, the row player's best-response polytope is
``P = {x >= 0 : Bᵀ x <= 1}`` and the column player's ``Q = {y >= 0 : A y <= 1}``
(von Stengel 2007, "Equilibrium computation for two-player games in strategic and
extensive form", section 3.2). A point's *labels* are its tight inequalities: in P, label
i for ``x_i = 0`` and label m + j for ``(Bᵀ x)_j = 1``, so that a nonzero ``x`` normalised
to a mixed strategy has label m + j exactly when column j is a best reply to it.

Both polytopes have the form ``{z >= 0 : Mᵀ z <= 1}`` with M of shape (r, c): M = B for P
and M = Aᵀ for Q. A vertex has r linearly independent tight constraints; choosing which k
coordinates may be positive (a set R) and which k inequalities are tight (a set C), the
vertex solves the k × k system ``M[R, C]ᵀ z_R = 1`` (:mod:`explorer.core.solve.vertices`
finds them all).

Payoffs are first mapped affinely onto [1, 2] for each player and game, which changes no
best reply, keeps the polytopes bounded and the systems well scaled; the tie tolerance is
mapped with them, so two payoffs are tied here exactly when they are within the payoff
tolerance of :mod:`explorer.core.numeric` in the game's own units.
"""

from __future__ import annotations

import functools
import math
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

FloatArray = npt.NDArray[np.float64]
BoolArray = npt.NDArray[np.bool_]
IntArray = npt.NDArray[np.int64]

#: Most labels a bit mask of one int64 holds (polytopes with more constraints are not
#: enumerated: their candidate count is astronomically large anyway).
MAX_LABELS = 62


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

    def subset(self, games: IntArray) -> Polytope:
        """The polytopes of some of the games."""
        return Polytope(self.M[games], self.tolerance[games])

    @functools.cached_property
    def comparisons(self) -> tuple[npt.NDArray[np.uint64] | BoolArray, ...]:
        """``[g, i, j, j']`` twice: inequality j is at least j' in row i (exactly), and j
        exceeds j' there by more than the tolerance.

        Packed into one word per (game, row) as bit ``j' * c + j`` where c * c fits 64
        bits, so that "j is at least j' in every row of R" is one AND of |R| words and
        "j exceeds j' in some row of R" one OR.
        """
        M, c = self.M, self.shape[1]
        difference = M[:, :, :, None] - M[:, :, None, :]
        at_least = difference >= 0.0
        exceeds = difference > self.tolerance[:, None, None, None]
        if c * c > 64:
            return at_least, exceeds
        weights = np.left_shift(np.uint64(1), np.arange(c * c, dtype=np.uint64))

        def packed(flags: BoolArray) -> npt.NDArray[np.uint64]:
            flat = np.swapaxes(flags, 2, 3).reshape(*M.shape[:2], c * c)  # bit j' * c + j
            words: npt.NDArray[np.uint64] = (flat.astype(np.uint64) * weights).sum(
                -1, dtype=np.uint64
            )
            return words

        return packed(at_least), packed(exceeds)


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


def bit_masks(flags: BoolArray) -> IntArray:
    """Each row of booleans as an int64 bit mask (bit l for column l; at most 62 columns)."""
    packed = np.packbits(flags, axis=-1, bitorder="little")
    words = np.zeros((*flags.shape[:-1], 8), dtype=np.uint8)
    words[..., : packed.shape[-1]] = packed
    masks: IntArray = words.view(np.int64)[..., 0]
    return masks


@dataclass(frozen=True, eq=False)
class Points:
    """Points of a polytope found as solutions of tight systems, with their labels.

    ``game[v]`` is the game, ``point[v]`` the point z (length r), ``mask[v]`` its labels
    as bits (bit i: ``z_i = 0``; bit r + j: inequality j tight) and ``label_count[v]`` how
    many; ``rows[v]``/``columns[v]`` index the subsets R and C of size ``size[v]`` it solved.
    """

    game: IntArray
    point: FloatArray
    mask: IntArray
    label_count: IntArray
    size: IntArray
    rows: IntArray
    columns: IntArray

    def __len__(self) -> int:
        return int(self.game.shape[0])

    @classmethod
    def empty(cls, r: int) -> Points:
        none = np.zeros(0, dtype=np.int64)
        return cls(none, np.zeros((0, r)), none, none, none, none, none)

    @classmethod
    def joined(cls, parts: list[Points], r: int) -> Points:
        if not parts:
            return cls.empty(r)
        return cls(*(np.concatenate([getattr(p, name) for p in parts]) for name in _POINT_FIELDS))

    def take(self, keep: IntArray | BoolArray) -> Points:
        return Points(*(getattr(self, name)[keep] for name in _POINT_FIELDS))


_POINT_FIELDS = ("game", "point", "mask", "label_count", "size", "rows", "columns")


def candidate_count(r: int, c: int) -> int:
    """Number of (R, C) systems over all sizes: sum of C(r, k) C(c, k) = C(r + c, r) - 1
    (Vandermonde's identity), counted without listing the subsets (a 7 × 49 game would
    list 85 million of them before its time budget is even consulted)."""
    return math.comb(r + c, r) - 1


def scaled_rows(payoffs: list[list[float]], slack: float) -> tuple[list[list[float]], float]:
    """:func:`scaled_polytope` for one game given as lists: M's rows and the tolerance."""
    low = min(min(row) for row in payoffs)
    spread = max(max(row) for row in payoffs) - low
    if spread <= slack:
        return [[1.0] * len(row) for row in payoffs], 0.5
    return [[1.0 + (v - low) / spread for v in row] for row in payoffs], slack / spread


__all__ = [
    "MAX_LABELS",
    "Points",
    "Polytope",
    "best_response_polytopes",
    "bit_masks",
    "candidate_count",
    "scaled_polytope",
    "scaled_rows",
]
