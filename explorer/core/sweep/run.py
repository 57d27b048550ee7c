"""Running a sweep: the grid in chunks, on any executor, streamed into bounded aggregates.

Chunks are solved in order (with an executor, a few at a time) and each is handed, as it
arrives, to the regime table and to any writers (CSV, JSON), so memory holds only the
result arrays: no point's equilibria are kept as objects, and an export is written as
the sweep goes.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, Sequence
from concurrent.futures import Executor, Future
from typing import Protocol

import numpy as np
import numpy.typing as npt

from explorer.core.game import Game
from explorer.core.solve import SolveCancelled
from explorer.core.sweep.axes import MAX_POINTS, Axis, SweepError, grid_values
from explorer.core.sweep.chunks import ChunkResult, ChunkView, solve_chunk
from explorer.core.sweep.regimes import RegimeTable
from explorer.core.sweep.result import SweepResult

FloatArray = npt.NDArray[np.float64]
IntArray = npt.NDArray[np.int64]
Progress = Callable[[int, int], None]

#: Games solved together in one chunk (bounds the memory of the vectorised solver).
CHUNK_POINTS = 4_096
#: Chunks submitted to an executor ahead of the one being collected.
IN_FLIGHT = 4


class ChunkWriter(Protocol):
    """Anything that takes a sweep's chunks as they arrive (the export writers)."""

    def write(self, view: ChunkView) -> None: ...


def fixed_values(
    game: Game, x: Axis, y: Axis | None, values: Mapping[str, float] | None = None
) -> dict[str, float]:
    """Check a sweep's axes; the values of the parameters it does not sweep.

    Raises
    ------
    SweepError, explorer.core.game.GameError
        For axes that are not parameters, out of range, or a grid too large.
    """
    x.check(game)
    if y is not None:
        y.check(game)
        if y.name == x.name:
            raise SweepError(f"x and y both sweep '{x.name}'")
    total = x.count * (1 if y is None else y.count)
    if total > MAX_POINTS:
        raise SweepError(f"{total:,} points is more than the limit of {MAX_POINTS:,}")
    fixed = game.resolve(dict(values or {}))
    for axis in (x, y):
        if axis is not None:
            fixed.pop(axis.name, None)
    return fixed


def _chunks(
    game: Game,
    x: Axis,
    y: Axis | None,
    fixed: dict[str, float],
    method: str,
    executor: Executor | None,
    chunk_points: int,
    stop: Callable[[], bool],
) -> Iterator[ChunkResult]:
    """Chunk results in order; with an executor, a bounded number of chunks in flight."""
    total = x.count * (1 if y is None else y.count)
    starts = list(range(0, total, chunk_points))

    def arguments(start: int) -> tuple[Game, int, dict[str, FloatArray], str]:
        end = min(start + chunk_points, total)
        return game, start, grid_values(x, y, fixed, start, end), method

    if executor is None:
        for start in starts:
            if stop():
                raise SolveCancelled
            yield solve_chunk(*arguments(start))
        return
    futures: list[Future[ChunkResult]] = [
        executor.submit(solve_chunk, *arguments(start)) for start in starts[:IN_FLIGHT]
    ]
    for k in range(len(starts)):
        if stop():
            for future in futures[k:]:
                future.cancel()
            raise SolveCancelled
        result = futures[k].result()
        if k + IN_FLIGHT < len(starts):
            futures.append(executor.submit(solve_chunk, *arguments(starts[k + IN_FLIGHT])))
        yield result


def run_sweep(
    game: Game,
    x: Axis,
    y: Axis | None = None,
    values: Mapping[str, float] | None = None,
    method: str = "auto",
    executor: Executor | None = None,
    chunk_points: int = CHUNK_POINTS,
    progress: Progress | None = None,
    should_stop: Callable[[], bool] | None = None,
    writers: Sequence[ChunkWriter] = (),
) -> SweepResult:
    """Solve ``game`` at every point of the grid over ``x`` (and ``y``).

    Parameters
    ----------
    game
        Any game; the parameters not swept keep ``values`` (default: their defaults).
    x, y
        The swept parameters.
    method
        Passed to the solver (:func:`explorer.core.solve.solve_batch`).
    executor
        Where chunks run (a process pool, a Dask cluster's executor); None runs them here,
        one after another. The game is sent as it is (it pickles).
    chunk_points
        Grid points per chunk.
    progress
        Called with (points done, points in all) after each chunk.
    should_stop
        Polled between chunks; returning True raises
        :class:`~explorer.core.solve.SolveCancelled`.
    writers
        Each gets every chunk as it is solved (see :mod:`explorer.core.sweep.export`).

    Raises
    ------
    SweepError, explorer.core.game.GameError
        For axes that are not parameters, out of range, or a grid too large.
    """
    fixed = fixed_values(game, x, y, values)
    total = x.count * (1 if y is None else y.count)
    stop = should_stop or (lambda: False)
    table = RegimeTable(game)
    parts: list[ChunkResult] = []
    regime_index = np.empty(total, dtype=np.int64)
    profiles: list[IntArray] = []
    for part in _chunks(game, x, y, fixed, method, executor, chunk_points, stop):
        profile = table.profile_index(part.rows, part.columns)
        regimes = table.regime_index(part.offsets, profile, part.undefined)
        regime_index[part.start : part.start + len(part)] = regimes
        parts.append(part)
        profiles.append(profile)
        view = ChunkView(part, regimes, table.regimes)
        for writer in writers:
            writer.write(view)
        if progress is not None:
            progress(part.start + len(part), total)
    return SweepResult(
        game=game,
        x=x,
        y=y,
        fixed=fixed,
        parts=parts,
        regimes=table.regimes,
        regime_index=regime_index,
        profiles=table.profiles,
        flat_profile=np.concatenate(profiles) if profiles else np.zeros(0, dtype=np.int64),
    )


__all__ = ["CHUNK_POINTS", "ChunkWriter", "fixed_values", "run_sweep"]
