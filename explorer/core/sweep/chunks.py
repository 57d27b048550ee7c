"""One chunk of a sweep's grid: its parameter values, evaluated and solved together.

:func:`solve_chunk` is what an executor runs: it receives the built game itself (games
pickle as they are, so a process pool or a Dask cluster gets a copy and a thread or the
calling process shares it: no formula is parsed again) and the chunk's parameter values,
and returns a :class:`ChunkResult`: the chunk's equilibria held flat, as the solver
gives them, and which points had undefined payoffs.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from explorer.core.game import Game, finite_points
from explorer.core.solve import BatchSolution, Budget, solve_batch

FloatArray = npt.NDArray[np.float64]
BoolArray = npt.NDArray[np.bool_]
IntArray = npt.NDArray[np.int64]

#: Seconds of solving allowed per grid point (a chunk gets this times its points): enough
#: to enumerate every equilibrium up to 9 × 9, beyond which Lemke-Howson is used.
SECONDS_PER_POINT = 0.1


@dataclass(frozen=True, eq=False)
class ChunkResult:
    """The equilibria of points ``start .. start + len(undefined)`` of a sweep.

    As in :class:`~explorer.core.solve.BatchSolution`, point p's equilibria are rows
    ``offsets[p]:offsets[p + 1]`` of the flat arrays; undefined points have none.
    """

    start: int
    undefined: BoolArray
    offsets: IntArray
    rows: FloatArray
    columns: FloatArray
    payoffs: FloatArray
    complete: BoolArray
    method_index: npt.NDArray[np.int16]
    methods: tuple[str, ...]
    note_index: npt.NDArray[np.int16]
    notes: tuple[tuple[str, ...], ...]

    def __len__(self) -> int:
        return int(self.undefined.shape[0])

    @property
    def count(self) -> IntArray:
        count: IntArray = np.diff(self.offsets)
        return count

    @classmethod
    def from_batch(cls, start: int, solved: BatchSolution, finite: BoolArray) -> ChunkResult:
        """The solver's results for the finite points, spread back over all the chunk's."""
        points = len(finite)
        count = np.zeros(points, dtype=np.int64)
        count[finite] = solved.count
        spread = np.zeros(points, dtype=bool)

        def over_points(values: BoolArray) -> BoolArray:
            full = spread.copy()
            full[finite] = values
            return full

        method_index = np.zeros(points, dtype=np.int16)
        note_index = np.zeros(points, dtype=np.int16)
        method_index[finite] = solved.method_index
        note_index[finite] = solved.note_index
        return cls(
            start=start,
            undefined=~finite,
            offsets=np.concatenate([[0], np.cumsum(count)]).astype(np.int64),
            rows=solved.flat_rows,
            columns=solved.flat_columns,
            payoffs=solved.flat_payoffs,
            complete=over_points(solved.complete),
            method_index=method_index,
            methods=solved.methods or ("",),
            note_index=note_index,
            notes=solved.notes or ((),),
        )


@dataclass(frozen=True, eq=False)
class ChunkView:
    """A solved chunk with its points' regimes (``regimes[regime_index[p]]``), as the
    export writers take it."""

    part: ChunkResult
    regime_index: IntArray
    regimes: list[str]


def solve_chunk(game: Game, start: int, values: dict[str, FloatArray], method: str) -> ChunkResult:
    """Evaluate and solve one chunk of grid points (any executor can run it)."""
    A, B = game.evaluate_grid(values)
    finite = finite_points(A, B)
    points = int(finite.sum())
    budget = Budget(seconds=SECONDS_PER_POINT * max(points, 1))
    solved = solve_batch(A[finite], B[finite], method, budget=budget, degeneracy=False)
    return ChunkResult.from_batch(start, solved, finite)


__all__ = ["SECONDS_PER_POINT", "ChunkResult", "ChunkView", "solve_chunk"]
