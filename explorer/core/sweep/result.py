"""A finished sweep: every point's equilibria, regimes, and the outcomes plots show.

Points are numbered row-major over (y, x): point ``iy * nx + ix``. The equilibria stay in
the flat form the chunks delivered; the padded per-point arrays that plots and selection
rules use (:attr:`SweepResult.solution`) and the payoff matrices are built only when
something asks for them.
"""

from __future__ import annotations

import functools
import io
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import numpy.typing as npt

from explorer.core.game import COLUMN, ROW, Game
from explorer.core.numeric import PROBABILITY_TOLERANCE
from explorer.core.solve import BatchSolution, Equilibrium
from explorer.core.sweep.axes import Axis, Selection, grid_values
from explorer.core.sweep.chunks import ChunkResult, ChunkView
from explorer.core.sweep.export import CsvWriter, JsonWriter
from explorer.core.sweep.regimes import regime_order

FloatArray = npt.NDArray[np.float64]
BoolArray = npt.NDArray[np.bool_]
IntArray = npt.NDArray[np.int64]


@dataclass(frozen=True, eq=False)
class SweepResult:
    """Every point of a sweep: equilibria, regimes, and derived outcomes.

    ``regimes[regime_index[p]]`` names point p's regime; ``profiles`` names each distinct
    equilibrium profile (strategies used) and ``flat_profile[e]`` is equilibrium e's.
    """

    game: Game
    x: Axis
    y: Axis | None
    fixed: dict[str, float]
    parts: list[ChunkResult]
    regimes: list[str]
    regime_index: IntArray
    profiles: list[str]
    flat_profile: IntArray
    _flat: dict[str, Any] = field(default_factory=dict, repr=False)

    # --- where things are --------------------------------------------------------------------

    @property
    def shape(self) -> tuple[int, ...]:
        return (self.x.count,) if self.y is None else (self.y.count, self.x.count)

    def __len__(self) -> int:
        return int(self.regime_index.shape[0])

    def point(self, ix: int, iy: int = 0) -> int:
        return iy * self.x.count + ix

    @functools.cached_property
    def _axis_values(self) -> tuple[FloatArray, FloatArray | None]:
        return self.x.values(), None if self.y is None else self.y.values()

    def parameters_at(self, point: int) -> dict[str, float]:
        """Every parameter's value at a point (swept ones and fixed ones)."""
        values = dict(self.fixed)
        xs, ys = self._axis_values
        values[self.x.name] = float(xs[point % self.x.count])
        if self.y is not None and ys is not None:
            values[self.y.name] = float(ys[point // self.x.count])
        return values

    def grid_values(self, start: int = 0, stop: int | None = None) -> dict[str, FloatArray]:
        """Every parameter's values at points ``start .. stop`` (arrays, for evaluation)."""
        return grid_values(self.x, self.y, self.fixed, start, len(self) if stop is None else stop)

    # --- the flat equilibria -----------------------------------------------------------------

    def _joined(self, name: str) -> npt.NDArray[Any]:
        if name not in self._flat:
            self._flat[name] = np.concatenate([getattr(part, name) for part in self.parts])
        joined: npt.NDArray[Any] = self._flat[name]
        return joined

    @functools.cached_property
    def undefined(self) -> BoolArray:
        """Points where some payoff is undefined (NaN or infinite)."""
        return self._joined("undefined")

    @functools.cached_property
    def offsets(self) -> IntArray:
        """Point p's equilibria are flat rows ``offsets[p]:offsets[p + 1]``."""
        counts = np.concatenate([part.count for part in self.parts])
        return np.concatenate([[0], np.cumsum(counts)]).astype(np.int64)

    @property
    def count(self) -> IntArray:
        """Equilibria per point (0 where payoffs are undefined)."""
        count: IntArray = np.diff(self.offsets)
        return count

    def _part_of(self, point: int) -> tuple[ChunkResult, int]:
        starts = [part.start for part in self.parts]
        k = int(np.searchsorted(starts, point, side="right")) - 1
        return self.parts[k], point - self.parts[k].start

    def payoff_matrices(
        self, start: int = 0, stop: int | None = None
    ) -> tuple[FloatArray, FloatArray]:
        """The payoff matrices at points ``start .. stop``, evaluated again from the game."""
        return self.game.evaluate_grid(self.grid_values(start, stop))

    def equilibria_at(self, point: int) -> tuple[Equilibrium, ...]:
        """The point's equilibria (exact fractions worked out when asked for)."""
        part, local = self._part_of(point)
        if part.undefined[local]:
            return ()
        A, B = self.payoff_matrices(point, point + 1)
        start, stop = int(part.offsets[local]), int(part.offsets[local + 1])
        single = BatchSolution(
            A=A,
            B=B,
            offsets=np.array([0, stop - start], dtype=np.int64),
            flat_rows=part.rows[start:stop],
            flat_columns=part.columns[start:stop],
            flat_payoffs=part.payoffs[start:stop],
            evident_degenerate=np.zeros(1, dtype=bool),
            degeneracy_known=np.ones(1, dtype=bool),
            complete=part.complete[local : local + 1],
            method_index=np.zeros(1, dtype=np.int64),
            methods=(part.methods[int(part.method_index[local])],),
            note_index=np.zeros(1, dtype=np.int64),
            notes=(part.notes[int(part.note_index[local])],),
            requested="",
        )
        return single.equilibria(0)

    def regime_at(self, point: int) -> str:
        return self.regimes[int(self.regime_index[point])]

    @functools.cached_property
    def solution(self) -> BatchSolution:
        """All points as one :class:`~explorer.core.solve.BatchSolution` (padded arrays and
        payoff matrices on demand; NaN payoffs at undefined points)."""
        A, B = self.payoff_matrices()
        methods = sorted({m for part in self.parts for m in part.methods})
        notes = sorted({n for part in self.parts for n in part.notes})
        method_index = np.concatenate(
            [
                np.array([methods.index(m) for m in part.methods])[part.method_index]
                for part in self.parts
            ]
        )
        note_index = np.concatenate(
            [np.array([notes.index(n) for n in part.notes])[part.note_index] for part in self.parts]
        )
        return BatchSolution(
            A=A,
            B=B,
            offsets=self.offsets,
            flat_rows=self._joined("rows"),
            flat_columns=self._joined("columns"),
            flat_payoffs=self._joined("payoffs"),
            evident_degenerate=np.zeros(len(self), dtype=bool),
            degeneracy_known=self.undefined,
            complete=self._joined("complete"),
            method_index=method_index.astype(np.int64),
            methods=tuple(methods),
            note_index=note_index.astype(np.int64),
            notes=tuple(notes),
            requested="",
        )

    @functools.cached_property
    def profile_index(self) -> IntArray:
        """Each equilibrium's profile number, padded like :attr:`solution`'s arrays (-1)."""
        width = int(self.count.max(initial=0))
        padded = np.full((len(self), width), -1, dtype=np.int64)
        point = np.repeat(np.arange(len(self)), self.count)
        padded[point, np.arange(len(point)) - self.offsets[point]] = self.flat_profile
        return padded

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
        solution = self.solution
        A, B = solution.A, solution.B
        for point in np.flatnonzero(count >= 2):
            pure = [
                k
                for k in range(int(count[point]))
                if solution.rows[point, k].max() > 1 - PROBABILITY_TOLERANCE
                and solution.columns[point, k].max() > 1 - PROBABILITY_TOLERANCE
            ]
            if len(pure) != 2:
                continue
            products = []
            for k in pure:
                i = int(solution.rows[point, k].argmax())
                j = int(solution.columns[point, k].argmax())
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
        profile_index = self.profile_index
        for profile, label in enumerate(self.profiles):
            # Where the profile occurs twice at a point, the first equilibrium with a value.
            here = (profile_index == profile) & ~np.isnan(values)
            line = np.full(len(self), np.nan)
            has = here.any(axis=1)
            line[has] = values[has, here[has].argmax(axis=1)]
            result[label] = line
        return dict(sorted(result.items(), key=lambda item: regime_order(item[0])))

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
        import json

        buffer = io.StringIO()
        writer = JsonWriter(buffer, self.game, self.x, self.y, self.fixed)
        for part in self.parts:
            writer.write(self.chunk_view(part))
        writer.close()
        data: dict[str, Any] = json.loads(buffer.getvalue())
        return data

    def csv_text(self) -> str:
        """:meth:`csv_rows` as the text of a CSV file."""
        buffer = io.StringIO()
        writer = CsvWriter(buffer, self.game, self.x, self.y)
        for part in self.parts:
            writer.write(self.chunk_view(part))
        return buffer.getvalue()

    def csv_rows(self) -> Iterator[list[str]]:
        """A header, then one row per equilibrium per point (a row saying so where none)."""
        import csv

        yield from csv.reader(io.StringIO(self.csv_text()))

    def chunk_view(self, part: ChunkResult) -> ChunkView:
        """One chunk with its regime labels, as the export writers take it."""
        return ChunkView(part, self.regime_index[part.start : part.start + len(part)], self.regimes)


__all__ = ["SweepResult"]
