"""Comparative statics: a game solved over a grid of one or two parameters, and its regimes.

The payoff formulas are evaluated for a whole chunk of the grid at once, the chunk's games
are solved together by :func:`explorer.core.batch.solve_batch`, and the results are kept as
arrays. Chunks bound the memory a large grid needs and can run on any
:class:`concurrent.futures.Executor` (a process pool, or a Dask cluster's executor).
"""

from __future__ import annotations

import csv
import functools
import io
import math
import re
from collections.abc import Callable, Iterator, Mapping
from concurrent.futures import Executor
from dataclasses import dataclass, field
from enum import Enum
from typing import Any

import numpy as np
import numpy.typing as npt

from explorer.core.batch import BatchSolution, solve_batch
from explorer.core.game import COLUMN, ROW, Game, finite_points
from explorer.core.i18n import N_, _
from explorer.core.io.json_format import game_from_dict, game_to_dict
from explorer.core.numeric import PROBABILITY_TOLERANCE
from explorer.core.solve import Equilibrium, SolveCancelled

FloatArray = npt.NDArray[np.float64]
IntArray = npt.NDArray[np.int64]
BoolArray = npt.NDArray[np.bool_]
Progress = Callable[[int, int], None]

#: Most points along one axis, and in a whole sweep.
MAX_AXIS_POINTS = 2_000
MAX_POINTS = 1_000_000
#: Games solved together in one chunk (bounds the memory of the vectorised solver).
CHUNK_POINTS = 4_096
#: Label of points where some payoff is undefined.
UNDEFINED = "payoffs undefined"

_AXIS = re.compile(r"^\s*([A-Za-z_]\w*)\s*=\s*([^:]+):([^:]+):(\d+)\s*$")


def undefined_label() -> str:
    """The regime label of points where some payoff is undefined."""
    return _("payoffs undefined")


class SweepError(ValueError):
    """A sweep that cannot run as asked, with one sentence saying why."""


@dataclass(frozen=True)
class Axis:
    """One swept parameter: ``count`` evenly spaced values from ``start`` to ``stop``."""

    name: str
    start: float
    stop: float
    count: int

    @classmethod
    def parse(cls, text: str) -> Axis:
        """Read ``NAME=START:STOP:N`` (as on the command line)."""
        match = _AXIS.match(text)
        if not match:
            raise SweepError(f"expected NAME=START:STOP:N, got {text!r}")
        name, start, stop, count = match.groups()
        try:
            return cls(name, float(start), float(stop), int(count))
        except ValueError:
            raise SweepError(f"START and STOP must be numbers in {text!r}") from None

    def values(self) -> FloatArray:
        return np.linspace(self.start, self.stop, self.count)

    def check(self, game: Game) -> None:
        """The axis names a parameter of ``game`` and stays within its range."""
        parameter = game.parameter(self.name)
        if not 2 <= self.count <= MAX_AXIS_POINTS:
            raise SweepError(f"{self.name}: use 2 to {MAX_AXIS_POINTS} points, not {self.count}")
        for value in (self.start, self.stop):
            if not math.isfinite(value) or not parameter.contains(value):
                raise SweepError(
                    f"{self.name} = {value:g} is outside its range "
                    f"[{parameter.minimum:g}, {parameter.maximum:g}]"
                )
        if self.start == self.stop:
            raise SweepError(f"{self.name}: start and stop are both {self.start:g}")

    def to_json(self) -> dict[str, Any]:
        return {"name": self.name, "start": self.start, "stop": self.stop, "count": self.count}


class Selection(Enum):
    """Which equilibrium's value to plot where several coexist."""

    ALL = N_("all")
    PAYOFF_DOMINANT = N_("payoff-dominant")
    RISK_DOMINANT = N_("risk-dominant")
    BEST_FOR_ROW = N_("best for row")
    WORST_FOR_ROW = N_("worst for row")
    BEST_FOR_COLUMN = N_("best for column")
    WORST_FOR_COLUMN = N_("worst for column")

    @property
    def label(self) -> str:
        """The rule's name in the current language."""
        return _(self.value)


@dataclass(frozen=True)
class Outcome:
    """What a sweep plot shows: ``regimes`` (2-D), a player's ``payoff``, a strategy's
    ``probability``, or the ``count`` of equilibria; ``payoffs`` (1-D) shows both players."""

    kind: str
    player: int = ROW
    strategy: int = 0

    def label(self, game: Game) -> str:
        player = game.players[self.player]
        return {
            "regimes": _("Equilibrium regime"),
            "payoffs": _("Equilibrium payoffs"),
            "payoff": _("{player}'s equilibrium payoff").format(player=player.name),
            "probability": _("P({strategy}) played by {player}").format(
                strategy=player.strategies[self.strategy], player=player.name
            ),
            "count": _("Number of equilibria"),
        }[self.kind]


# --- labels ------------------------------------------------------------------------------------


def _support_label(used: BoolArray, names: tuple[str, ...]) -> str:
    return " · ".join(names[i] for i in np.flatnonzero(used))


def _supports_label(rows: BoolArray, columns: BoolArray, game: Game) -> str:
    row_label = _support_label(rows, game.players[ROW].strategies)
    column_label = _support_label(columns, game.players[COLUMN].strategies)
    pure = rows.sum() == 1 and columns.sum() == 1
    return f"{'' if pure else _('mixed: ')}{row_label} / {column_label}"


def profile_regime(row: FloatArray, column: FloatArray, game: Game) -> str:
    """One equilibrium by the strategies it uses: ``Premium / Free``, ``mixed: A · B / C``."""
    return _supports_label(row > PROBABILITY_TOLERANCE, column > PROBABILITY_TOLERANCE, game)


def _regime_order(label: str) -> tuple[bool, str]:
    """Pure profiles first, then mixed ones, each alphabetically."""
    return label.startswith(_("mixed: ")), label


# --- the result ---------------------------------------------------------------------------------


@dataclass(frozen=True, eq=False)
class SweepResult:
    """Every point of a sweep: equilibria as arrays, regimes, and derived outcomes.

    Points are numbered row-major over (y, x): point ``iy * nx + ix``.
    """

    game: Game
    x: Axis
    y: Axis | None
    fixed: dict[str, float]
    solution: BatchSolution
    undefined: BoolArray
    regimes: list[str] = field(init=False)
    regime_index: IntArray = field(init=False)
    # Each equilibrium's profile (the strategies it uses), as an index into ``profiles``;
    # -1 beyond a point's count and at undefined points.
    profiles: list[str] = field(init=False)
    profile_index: IntArray = field(init=False)

    def __post_init__(self) -> None:
        """Label every equilibrium and every point, once per distinct pattern, not per point."""
        solution, game = self.solution, self.game
        points, width = solution.rows.shape[:2]
        present = (np.arange(width) < solution.count[:, None]) & ~self.undefined[:, None]
        used = np.concatenate(
            [solution.rows > PROBABILITY_TOLERANCE, solution.columns > PROBABILITY_TOLERANCE],
            axis=-1,
        )
        patterns, inverse = np.unique(used[present], axis=0, return_inverse=True)
        m = len(game.players[ROW].strategies)
        profiles = [_supports_label(p[:m], p[m:], game) for p in patterns]
        profile_index = np.full((points, width), -1, dtype=np.int64)
        profile_index[present] = inverse.ravel()
        # A point's regime is the set of its profiles: sorted, repeats dropped, padded with
        # -1 (no equilibrium) and -2 (payoffs undefined) so equal sets give equal rows.
        ids = np.sort(np.where(profile_index < 0, len(profiles), profile_index), axis=1)
        ids[:, 1:][ids[:, 1:] == ids[:, :-1]] = len(profiles)
        ids = np.sort(ids, axis=1)
        ids = np.where(ids == len(profiles), -1, ids)
        ids = np.column_stack([ids, np.where(self.undefined, -2, 0)])
        sets, first, index = np.unique(ids, axis=0, return_index=True, return_inverse=True)
        order = np.argsort(first, kind="stable")  # regimes numbered by first appearance
        rank = np.empty_like(order)
        rank[order] = np.arange(len(order))
        regimes = [self._regime_label(sets[k], profiles) for k in order]
        object.__setattr__(self, "profiles", profiles)
        object.__setattr__(self, "profile_index", profile_index)
        object.__setattr__(self, "regimes", regimes)
        object.__setattr__(self, "regime_index", rank[index.ravel()].astype(np.int64))

    @staticmethod
    def _regime_label(ids: IntArray, profiles: list[str]) -> str:
        if ids[-1] == -2:
            return undefined_label()
        labels = sorted((profiles[k] for k in ids[:-1] if k >= 0), key=_regime_order)
        return " | ".join(labels) if labels else _("no equilibrium found")

    @property
    def shape(self) -> tuple[int, ...]:
        return (self.x.count,) if self.y is None else (self.y.count, self.x.count)

    def __len__(self) -> int:
        return len(self.undefined)

    def point(self, ix: int, iy: int = 0) -> int:
        return iy * self.x.count + ix

    def parameters_at(self, point: int) -> dict[str, float]:
        """Every parameter's value at a point (swept ones and fixed ones)."""
        values = dict(self.fixed)
        xs, ys = self._axis_values
        values[self.x.name] = float(xs[point % self.x.count])
        if self.y is not None and ys is not None:
            values[self.y.name] = float(ys[point // self.x.count])
        return values

    @functools.cached_property
    def _axis_values(self) -> tuple[FloatArray, FloatArray | None]:
        return self.x.values(), None if self.y is None else self.y.values()

    def equilibria_at(self, point: int) -> tuple[Equilibrium, ...]:
        return () if self.undefined[point] else self.solution.equilibria(point)

    def regime_at(self, point: int) -> str:
        return self.regimes[int(self.regime_index[point])]

    @property
    def count(self) -> IntArray:
        return np.where(self.undefined, 0, self.solution.count)

    # --- outcomes ----------------------------------------------------------------------------

    def payoff(self, player: int, selection: Selection = Selection.ALL) -> FloatArray:
        """A player's equilibrium payoff: (points, K) for ALL, else one value per point."""
        return self._select(self.solution.payoffs[..., player], selection)

    def probability(
        self, player: int, strategy: int, selection: Selection = Selection.ALL
    ) -> FloatArray:
        """The probability of one strategy in equilibrium (same shapes as :meth:`payoff`)."""
        mixed = self.solution.rows if player == ROW else self.solution.columns
        return self._select(mixed[..., strategy], selection)

    def _select(self, values: FloatArray, selection: Selection) -> FloatArray:
        if selection is Selection.ALL:
            return np.where(self.undefined[:, None], np.nan, values)
        chosen = self.selected(selection)
        picked = np.take_along_axis(values, np.maximum(chosen, 0)[:, None], axis=1)[:, 0]
        return np.where(chosen >= 0, picked, np.nan)

    def selected(self, selection: Selection) -> IntArray:
        """Per point the index of the equilibrium the rule picks, -1 where it picks none."""
        payoffs = self.solution.payoffs  # (points, K, 2), NaN beyond each count
        valid = ~np.isnan(payoffs[..., 0]) & ~self.undefined[:, None]
        if selection is Selection.RISK_DOMINANT:
            return self._risk_dominant(valid)
        if selection is Selection.PAYOFF_DOMINANT:
            return self._payoff_dominant(payoffs, valid)
        player = ROW if selection in (Selection.BEST_FOR_ROW, Selection.WORST_FOR_ROW) else COLUMN
        sign = 1.0 if selection in (Selection.BEST_FOR_ROW, Selection.BEST_FOR_COLUMN) else -1.0
        score = np.where(valid, sign * payoffs[..., player], -np.inf)
        return np.where(valid.any(axis=1), score.argmax(axis=1), -1).astype(np.int64)

    def _payoff_dominant(self, payoffs: FloatArray, valid: BoolArray) -> IntArray:
        """The equilibrium that gives both players at least as much as every other one;
        where none does, the one with the largest total payoff (Harsanyi and Selten 1988)."""
        points, width = valid.shape
        row, column = payoffs[..., 0], payoffs[..., 1]
        dominates = np.ones((points, width), dtype=bool)
        for other in range(width):
            present = valid[:, other : other + 1]
            at_least = (row >= row[:, other : other + 1] - 1e-12) & (
                column >= column[:, other : other + 1] - 1e-12
            )
            dominates &= at_least | ~present
        dominates &= valid
        total = np.where(valid, row + column, -np.inf)
        best_total = total.argmax(axis=1)
        choice = np.where(dominates.any(axis=1), dominates.argmax(axis=1), best_total)
        return np.where(valid.any(axis=1), choice, -1).astype(np.int64)

    def _risk_dominant(self, valid: BoolArray) -> IntArray:
        """Harsanyi and Selten's risk dominance for 2×2 games with two strict pure equilibria:
        the one with the larger product of the players' losses from deviating. A unique
        equilibrium is chosen as it is; elsewhere the rule does not apply (-1)."""
        count = valid.sum(axis=1)
        choice = np.where(count == 1, valid.argmax(axis=1), -1)
        if self.game.shape != (2, 2):
            return choice.astype(np.int64)
        A, B = self.solution.A, self.solution.B
        for point in np.flatnonzero(count >= 2):
            pure = [
                k
                for k in range(int(count[point]))
                if self.solution.rows[point, k].max() > 1 - PROBABILITY_TOLERANCE
                and self.solution.columns[point, k].max() > 1 - PROBABILITY_TOLERANCE
            ]
            if len(pure) != 2:
                continue
            products = []
            for k in pure:
                i = int(self.solution.rows[point, k].argmax())
                j = int(self.solution.columns[point, k].argmax())
                products.append(
                    (A[point, i, j] - A[point, 1 - i, j]) * (B[point, i, j] - B[point, i, 1 - j])
                )
            if products[0] != products[1]:
                choice[point] = pure[int(np.argmax(products))]
        return choice.astype(np.int64)

    def branches(self, values: FloatArray) -> dict[str, FloatArray]:
        """Per equilibrium profile (by strategies used), its value at every point, NaN where
        that profile is not an equilibrium: the continuing branches of a line plot.

        ``values`` has one value per equilibrium, shape (points, K), as from :meth:`payoff`.
        """
        result: dict[str, FloatArray] = {}
        for profile, label in enumerate(self.profiles):
            # Where the profile occurs twice at a point, the first equilibrium with a value.
            here = (self.profile_index == profile) & ~np.isnan(values)
            line = np.full(len(self), np.nan)
            has = here.any(axis=1)
            line[has] = values[has, here[has].argmax(axis=1)]
            result[label] = line
        return dict(sorted(result.items(), key=lambda item: _regime_order(item[0])))

    def summary_at(self, point: int) -> str:
        """The point in words: parameter values, regime, and each equilibrium with payoffs."""
        from explorer.core.text import format_number, payoff_label, profile_label

        values = self.parameters_at(point)
        where = ", ".join(
            f"{name} = {format_number(values[name])}"
            for name in [self.x.name] + ([] if self.y is None else [self.y.name])
        )
        lines = [where, self.regime_at(point)]
        for eq in self.equilibria_at(point):
            lines.append(
                f"{profile_label(self.game, eq, mixed_prefix=False)}: payoffs {payoff_label(eq)}"
            )
        return "\n".join(lines)

    # --- export ------------------------------------------------------------------------------

    def to_json(self) -> dict[str, Any]:
        """The command line's ``--json`` object: axes and every point's equilibria and regime."""
        points = []
        for point in range(len(self)):
            points.append(
                {
                    "parameters": self.parameters_at(point),
                    "equilibria": [e.to_json() for e in self.equilibria_at(point)],
                    "regime": self.regime_at(point),
                }
            )
        return {
            "x": self.x.to_json(),
            "y": None if self.y is None else self.y.to_json(),
            "points": points,
        }

    def csv_text(self) -> str:
        """:meth:`csv_rows` as the text of a CSV file."""
        buffer = io.StringIO()
        csv.writer(buffer, lineterminator="\n").writerows(self.csv_rows())
        return buffer.getvalue()

    def csv_rows(self) -> Iterator[list[str]]:
        """A header, then one row per equilibrium per point (a row saying so where none)."""
        rows_names, column_names = (p.strategies for p in self.game.players)
        row_player, column_player = (p.name for p in self.game.players)
        axes = [self.x.name] + ([] if self.y is None else [self.y.name])
        yield [
            *axes,
            "equilibrium",
            "kind",
            *(f"{row_player}: P({s})" for s in rows_names),
            *(f"{column_player}: P({s})" for s in column_names),
            f"{row_player} payoff",
            f"{column_player} payoff",
            "regime",
        ]
        for point in range(len(self)):
            values = self.parameters_at(point)
            where = [repr(values[name]) for name in axes]
            equilibria = self.equilibria_at(point)
            if not equilibria:
                blanks = [""] * (len(rows_names) + len(column_names) + 2)
                yield [*where, "", "", *blanks, self.regime_at(point)]
            for k, eq in enumerate(equilibria, start=1):
                yield [
                    *where,
                    str(k),
                    eq.kind,
                    *(repr(p) for p in eq.row),
                    *(repr(q) for q in eq.column),
                    repr(eq.payoffs[0]),
                    repr(eq.payoffs[1]),
                    self.regime_at(point),
                ]


# --- running a sweep ----------------------------------------------------------------------------


def _solve_chunk(
    game_data: dict[str, Any], values: dict[str, FloatArray], method: str
) -> tuple[BatchSolution, BoolArray]:
    """Evaluate and solve one chunk of grid points (runs in any executor, so it takes plain
    data: the game as its JSON object and the chunk's parameter values as arrays)."""
    game = game_from_dict(game_data)
    A, B = game.evaluate_grid(values)
    finite = finite_points(A, B)
    solved = solve_batch(A[finite], B[finite], method)
    return _expand(solved, finite), ~finite


def _expand(solved: BatchSolution, where: BoolArray) -> BatchSolution:
    """Put the results for the finite points back among all points (NaN elsewhere)."""
    points = len(where)
    shape = solved.A.shape[1:]
    width = solved.rows.shape[1]

    def spread(array: npt.NDArray[Any], fill: Any) -> npt.NDArray[Any]:
        full = np.full((points, *array.shape[1:]), fill, dtype=array.dtype)
        full[where] = array
        return full

    return BatchSolution(
        A=spread(solved.A, np.nan) if len(solved) else np.full((points, *shape), np.nan),
        B=spread(solved.B, np.nan) if len(solved) else np.full((points, *shape), np.nan),
        rows=spread(solved.rows, np.nan) if width else np.full((points, 0, shape[0]), np.nan),
        columns=spread(solved.columns, np.nan) if width else np.full((points, 0, shape[1]), np.nan),
        payoffs=spread(solved.payoffs, np.nan) if width else np.full((points, 0, 2), np.nan),
        count=spread(solved.count, 0),
        degenerate=spread(solved.degenerate, False),
        fallback=spread(solved.fallback, False),
    )


def _concatenate(parts: list[BatchSolution]) -> BatchSolution:
    width = max(part.rows.shape[1] for part in parts)

    def padded(array: FloatArray) -> FloatArray:
        extra = width - array.shape[1]
        if not extra:
            return array
        pad = np.full((array.shape[0], extra, *array.shape[2:]), np.nan)
        return np.concatenate([array, pad], axis=1)

    return BatchSolution(
        A=np.concatenate([p.A for p in parts]),
        B=np.concatenate([p.B for p in parts]),
        rows=np.concatenate([padded(p.rows) for p in parts]),
        columns=np.concatenate([padded(p.columns) for p in parts]),
        payoffs=np.concatenate([padded(p.payoffs) for p in parts]),
        count=np.concatenate([p.count for p in parts]),
        degenerate=np.concatenate([p.degenerate for p in parts]),
        fallback=np.concatenate([p.fallback for p in parts]),
    )


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
) -> SweepResult:
    """Solve ``game`` at every point of the grid over ``x`` (and ``y``).

    Parameters
    ----------
    game
        Any game; the parameters not swept keep ``values`` (default: their defaults).
    x, y
        The swept parameters.
    method
        Passed to the solver (``"auto"`` uses the vectorised fast path).
    executor
        Where chunks run; None runs them here, one after another.
    chunk_points
        Grid points per chunk.
    progress
        Called with (points done, points in all) after each chunk.
    should_stop
        Polled between chunks; returning True raises :class:`SolveCancelled`.

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
    stop = should_stop or (lambda: False)
    data = game_to_dict(game)
    xs = x.values()
    ys = y.values() if y is not None else np.zeros(1)
    chunks = []
    for start in range(0, total, chunk_points):
        index = np.arange(start, min(start + chunk_points, total))
        chunk_values = {name: np.full(len(index), value) for name, value in fixed.items()}
        chunk_values[x.name] = xs[index % x.count]
        if y is not None:
            chunk_values[y.name] = ys[index // x.count]
        chunks.append(chunk_values)
    parts: list[tuple[BatchSolution, BoolArray]] = []
    done = 0
    for chunk_result in _run_chunks(data, chunks, method, executor, stop):
        parts.append(chunk_result)
        done += len(chunk_result[1])
        if progress is not None:
            progress(done, total)
    solution = _concatenate([part[0] for part in parts])
    undefined = np.concatenate([part[1] for part in parts])
    return SweepResult(game, x, y, fixed, solution, undefined)


def _run_chunks(
    data: dict[str, Any],
    chunks: list[dict[str, FloatArray]],
    method: str,
    executor: Executor | None,
    stop: Callable[[], bool],
) -> Iterator[tuple[BatchSolution, BoolArray]]:
    """Chunk results in order; with an executor, a bounded number of chunks in flight."""
    if executor is None:
        for chunk in chunks:
            if stop():
                raise SolveCancelled
            yield _solve_chunk(data, chunk, method)
        return
    in_flight = 4
    futures = [executor.submit(_solve_chunk, data, chunk, method) for chunk in chunks[:in_flight]]
    submitted = len(futures)
    for k in range(len(chunks)):
        if stop():
            for future in futures[k:]:
                future.cancel()
            raise SolveCancelled
        result = futures[k].result()
        if submitted < len(chunks):
            futures.append(executor.submit(_solve_chunk, data, chunks[submitted], method))
            submitted += 1
        yield result


__all__ = [
    "UNDEFINED",
    "Axis",
    "Outcome",
    "Selection",
    "SweepError",
    "SweepResult",
    "profile_regime",
    "run_sweep",
    "undefined_label",
]
