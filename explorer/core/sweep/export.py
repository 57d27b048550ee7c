"""Sweep exports written chunk by chunk: CSV (one row per equilibrium) and the JSON contract.

Each writer takes the chunks as they are solved (:class:`~explorer.core.sweep.chunks.ChunkView`),
so an export of a million points is never held in memory. Numbers are written with
``repr`` (the shortest text that reads back as the same float), as ``json`` does; text
(names, regimes) is quoted once per distinct value.
"""

from __future__ import annotations

import csv
import io
import json
from typing import TextIO

import numpy as np

from explorer.core.game import Game
from explorer.core.numeric import PROBABILITY_TOLERANCE
from explorer.core.sweep.axes import Axis
from explorer.core.sweep.chunks import ChunkView


def _csv_field(text: str) -> str:
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="").writerow([text])
    return buffer.getvalue()


def _kinds(part_rows: np.ndarray, part_columns: np.ndarray) -> list[str]:
    pure = ((part_rows > PROBABILITY_TOLERANCE).sum(-1) == 1) & (
        (part_columns > PROBABILITY_TOLERANCE).sum(-1) == 1
    )
    return np.where(pure, "pure", "mixed").tolist()  # type: ignore[no-any-return]


class _Writer:
    """What both writers share: axis values as text, point by point."""

    def __init__(self, stream: TextIO, game: Game, x: Axis, y: Axis | None) -> None:
        self.stream = stream
        self.game = game
        self.x, self.y = x, y
        self.x_text = [repr(float(v)) for v in x.values()]
        self.y_text = None if y is None else [repr(float(v)) for v in y.values()]

    def _where(self, point: int) -> list[str]:
        where = [self.x_text[point % self.x.count]]
        if self.y_text is not None:
            where.append(self.y_text[point // self.x.count])
        return where


class CsvWriter(_Writer):
    """CSV: a header, then one row per equilibrium per point (a row saying so where none)."""

    def __init__(self, stream: TextIO, game: Game, x: Axis, y: Axis | None) -> None:
        super().__init__(stream, game, x, y)
        self.regime_text: dict[int, str] = {}
        rows_names, column_names = (p.strategies for p in game.players)
        row_player, column_player = (p.name for p in game.players)
        axes = [x.name] + ([] if y is None else [y.name])
        header = [
            *axes,
            "equilibrium",
            "kind",
            *(f"{row_player}: P({s})" for s in rows_names),
            *(f"{column_player}: P({s})" for s in column_names),
            f"{row_player} payoff",
            f"{column_player} payoff",
            "regime",
        ]
        self.blanks = "," * (len(rows_names) + len(column_names) + 4)
        stream.write(",".join(_csv_field(h) for h in header) + "\n")

    def write(self, view: ChunkView) -> None:
        part = view.part
        kinds = _kinds(part.rows, part.columns)
        numbers = np.concatenate([part.rows, part.columns, part.payoffs], axis=1).tolist()
        offsets = part.offsets.tolist()
        lines = []
        for local, regime in enumerate(view.regime_index.tolist()):
            label = self.regime_text.get(regime)
            if label is None:
                label = self.regime_text[regime] = _csv_field(view.regimes[regime])
            where = ",".join(self._where(part.start + local))
            first, last = offsets[local], offsets[local + 1]
            if first == last:
                lines.append(f"{where},{self.blanks}{label}\n")
            for k in range(first, last):
                values = ",".join(map(repr, numbers[k]))
                lines.append(f"{where},{k - first + 1},{kinds[k]},{values},{label}\n")
        self.stream.write("".join(lines))


class JsonWriter(_Writer):
    """The ``explorer sweep --json`` object: ``{"x": ..., "y": ..., "points": [...]}``."""

    def __init__(
        self, stream: TextIO, game: Game, x: Axis, y: Axis | None, fixed: dict[str, float]
    ) -> None:
        super().__init__(stream, game, x, y)
        self.m, self.n = game.shape
        self.regime_text: dict[int, str] = {}
        fixed_text = "".join(f"{_json(name)}: {value!r}, " for name, value in fixed.items())
        self.prefix = '{"parameters": {' + fixed_text + _json(x.name) + ": "
        self.y_key = None if y is None else ", " + _json(y.name) + ": "
        self.first = True
        x_json, y_json = _json(x.to_json()), _json(None if y is None else y.to_json())
        stream.write(f'{{"x": {x_json}, "y": {y_json}, "points": [')

    def write(self, view: ChunkView) -> None:
        part = view.part
        m, n = self.m, self.n
        kinds = _kinds(part.rows, part.columns)
        numbers = np.concatenate([part.rows, part.columns, part.payoffs], axis=1).tolist()
        offsets = part.offsets.tolist()
        pieces = []
        for local, regime in enumerate(view.regime_index.tolist()):
            label = self.regime_text.get(regime)
            if label is None:
                label = self.regime_text[regime] = _json(view.regimes[regime])
            where = self._where(part.start + local)
            parameters = self.prefix + where[0]
            if self.y_key is not None:
                parameters += self.y_key + where[1]
            equilibria = []
            for k in range(offsets[local], offsets[local + 1]):
                row = ", ".join(map(repr, numbers[k][:m]))
                column = ", ".join(map(repr, numbers[k][m : m + n]))
                payoffs = ", ".join(map(repr, numbers[k][m + n :]))
                equilibria.append(
                    f'{{"row": [{row}], "column": [{column}], "payoffs": [{payoffs}], '
                    f'"kind": "{kinds[k]}"}}'
                )
            separator = "" if self.first else ", "
            self.first = False
            pieces.append(
                f'{separator}{parameters}}}, "equilibria": [{", ".join(equilibria)}], '
                f'"regime": {label}}}'
            )
        self.stream.write("".join(pieces))

    def close(self) -> None:
        """End the object (the caller closes the stream)."""
        self.stream.write("]}")


def _json(value: object) -> str:
    return json.dumps(value, ensure_ascii=False)


__all__ = ["CsvWriter", "JsonWriter"]
