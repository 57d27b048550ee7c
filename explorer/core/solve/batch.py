"""The equilibria of many games of one shape, held flat: one row per equilibrium."""

from __future__ import annotations

import dataclasses
import functools
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from explorer.core.i18n import _
from explorer.core.solve.budget import unlimited
from explorer.core.solve.degeneracy import degenerate_games
from explorer.core.solve.exact import RationalGame
from explorer.core.solve.result import Equilibrium, Solution

FloatArray = npt.NDArray[np.float64]
BoolArray = npt.NDArray[np.bool_]
IntArray = npt.NDArray[np.int64]


@dataclass(frozen=True, eq=False)
class BatchSolution:
    """All equilibria of N games of one shape.

    Equilibria are stored flat, grouped by game: those of game g are rows
    ``offsets[g]:offsets[g + 1]`` of ``flat_rows`` (row strategies), ``flat_columns`` and
    ``flat_payoffs`` (both expected payoffs), in the order :func:`explorer.core.solve.solve`
    lists them. Per game: :attr:`degenerate`, ``complete`` (every extreme equilibrium is
    listed), and indices into ``methods`` (the methods run, joined by "+") and ``notes``
    (the warnings, in words). :attr:`rows`, :attr:`columns` and :attr:`payoffs` give the
    same numbers padded to the largest count K with NaN, shape (N, K, ...).
    """

    A: FloatArray
    B: FloatArray
    offsets: IntArray
    flat_rows: FloatArray
    flat_columns: FloatArray
    flat_payoffs: FloatArray
    evident_degenerate: BoolArray
    degeneracy_known: BoolArray
    complete: BoolArray
    method_index: IntArray
    methods: tuple[str, ...]
    note_index: IntArray
    notes: tuple[tuple[str, ...], ...]
    requested: str

    def __len__(self) -> int:
        return int(self.offsets.shape[0] - 1)

    @property
    def count(self) -> IntArray:
        """Equilibria per game."""
        count: IntArray = np.diff(self.offsets)
        return count

    @functools.cached_property
    def degenerate(self) -> BoolArray:
        """Per game, whether it is degenerate. A sweep solves without settling this where
        the equilibria did not need it (``degeneracy_known`` False); it is worked out here,
        from the polytopes' vertices, the first time it is asked for."""
        degenerate = self.evident_degenerate.copy()
        unknown = np.flatnonzero(~self.degeneracy_known)
        if len(unknown):
            degenerate[unknown] = degenerate_games(self.A[unknown], self.B[unknown], unlimited())
        return degenerate

    @property
    def fallback(self) -> BoolArray:
        """Games whose list is not known to be complete (Lemke-Howson, or a budget ran out)."""
        fallback: BoolArray = ~self.complete
        return fallback

    @functools.cached_property
    def game_of_equilibrium(self) -> IntArray:
        """For each flat equilibrium, its game."""
        return np.repeat(np.arange(len(self), dtype=np.int64), self.count)

    def _padded(self, flat: FloatArray) -> FloatArray:
        width = int(self.count.max(initial=0))
        padded = np.full((len(self), width, *flat.shape[1:]), np.nan)
        game = self.game_of_equilibrium
        slot = np.arange(len(game)) - self.offsets[game]
        padded[game, slot] = flat
        return padded

    @functools.cached_property
    def rows(self) -> FloatArray:
        """Row strategies, shape (N, K, m), NaN beyond each game's count."""
        return self._padded(self.flat_rows)

    @functools.cached_property
    def columns(self) -> FloatArray:
        """Column strategies, shape (N, K, n)."""
        return self._padded(self.flat_columns)

    @functools.cached_property
    def payoffs(self) -> FloatArray:
        """Both players' expected payoffs, shape (N, K, 2)."""
        return self._padded(self.flat_payoffs)

    def equilibria(self, game: int) -> tuple[Equilibrium, ...]:
        """Game ``game``'s equilibria (exact fractions worked out when asked for)."""
        source = RationalGame(self.A[game], self.B[game])
        start, stop = int(self.offsets[game]), int(self.offsets[game + 1])
        return tuple(
            Equilibrium(
                tuple(self.flat_rows[e].tolist()),
                tuple(self.flat_columns[e].tolist()),
                (float(self.flat_payoffs[e, 0]), float(self.flat_payoffs[e, 1])),
                source,
            )
            for e in range(start, stop)
        )

    def solution(self, game: int) -> Solution:
        """Everything about game ``game``, as the single-game solver returns it; for a
        degenerate game the warnings also say which equilibria span a set of equilibria."""
        solution = Solution(
            equilibria=self.equilibria(game),
            method=self.methods[int(self.method_index[game])],
            requested=self.requested,
            degenerate=bool(self.degenerate[game]),
            complete=bool(self.complete[game]),
            warnings=self.notes[int(self.note_index[game])],
        )
        if not solution.degenerate:
            return solution
        sets = [_subset_sentence(members) for members in solution.nash_subsets if len(members) > 1]
        return dataclasses.replace(solution, warnings=(*solution.warnings, *sets))


def _subset_sentence(members: tuple[int, ...]) -> str:
    """A maximal Nash subset in words, equilibria numbered from 1 as they are listed."""
    numbers = [str(e + 1) for e in members]
    listed = _("{first} and {last}").format(first=", ".join(numbers[:-1]), last=numbers[-1])
    return _(
        "Equilibria {members} are corners of one set of equilibria: every mix of their row "
        "strategies against every mix of their column strategies is an equilibrium too."
    ).format(members=listed)


__all__ = ["BatchSolution"]
