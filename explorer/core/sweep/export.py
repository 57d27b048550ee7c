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


class _Texts:
    """One chunk's equilibria as text: each one's kind, strategies and payoffs.

    A pure equilibrium's probabilities are exactly 0 and 1, so their text comes from a
    table; only mixed strategies and payoffs are formatted number by number.
    """

    def __init__(self, part_rows: np.ndarray, part_columns: np.ndarray, separator: str) -> None:
        self.kinds, self.rows = self._strategies(part_rows, separator)
        column_kinds, self.columns = self._strategies(part_columns, separator)
        self.kinds = [
            "pure" if row == column == "pure" else "mixed"
            for row, column in zip(self.kinds, column_kinds, strict=True)
        ]

    @staticmethod
    def _strategies(strategies: np.ndarray, separator: str) -> tuple[list[str], list[str]]:
        size = strategies.shape[1]
        unit = ((strategies == 1.0).sum(-1) == 1) & ((strategies == 0.0).sum(-1) == size - 1)
        table = [separator.join(repr(float(i == k)) for i in range(size)) for k in range(size)]
        which = strategies.argmax(-1).tolist()
        texts = [
            table[k] if pure else separator.join(map(repr, row))
            for k, pure, row in zip(which, unit.tolist(), strategies.tolist(), strict=True)
        ]
        kinds = [
            "pure" if used == 1 else "mixed"
            for used in (strategies > PROBABILITY_TOLERANCE).sum(-1).tolist()
        ]
        return kinds, texts


class _Numbers:
    """Numbers as text with ``repr``, remembering the last many: payoffs repeat across a
    grid (a formula of one parameter takes one value per row of the grid)."""

    def __init__(self, size: int = 200_000) -> None:
        self.size = size
        self.known: dict[float, str] = {}

    def pairs(self, values: np.ndarray, separator: str) -> list[str]:
        """Each row of two numbers as text, joined by ``separator``."""
        known = self.known
        if len(known) > self.size:
            known.clear()
        texts = []
        for a, b in values.tolist():
            first = known.get(a)
            if first is None:
                first = known[a] = repr(a)
            second = known.get(b)
            if second is None:
                second = known[b] = repr(b)
            texts.append(f"{first}{separator}{second}")
        return texts


class _Writer:
    """What both writers share: axis values as text, point by point."""

    def __init__(self, stream: TextIO, game: Game, x: Axis, y: Axis | None) -> None:
        self.stream = stream
        self.game = game
        self.x, self.y = x, y
        self.x_text = [repr(float(v)) for v in x.values()]
        self.y_text = None if y is None else [repr(float(v)) for v in y.values()]
        self.numbers = _Numbers()

    def _where(self, start: int, stop: int, separator: str) -> list[str]:
        """Each point's swept values, joined by ``separator``."""
        x_text, count = self.x_text, self.x.count
        if self.y_text is None:
            return [x_text[p % count] for p in range(start, stop)]
        y_text = self.y_text
        return [f"{x_text[p % count]}{separator}{y_text[p // count]}" for p in range(start, stop)]


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
        texts = _Texts(part.rows, part.columns, ",")
        payoffs = self.numbers.pairs(part.payoffs, ",")
        offsets = part.offsets.tolist()
        where = self._where(part.start, part.start + len(part), ",")
        lines = []
        for local, regime in enumerate(view.regime_index.tolist()):
            label = self.regime_text.get(regime)
            if label is None:
                label = self.regime_text[regime] = _csv_field(view.regimes[regime])
            first, last = offsets[local], offsets[local + 1]
            if first == last:
                lines.append(f"{where[local]},{self.blanks}{label}\n")
            for k in range(first, last):
                lines.append(
                    f"{where[local]},{k - first + 1},{texts.kinds[k]},{texts.rows[k]},"
                    f"{texts.columns[k]},{payoffs[k]},{label}\n"
                )
        self.stream.write("".join(lines))


class JsonWriter(_Writer):
    """The ``explorer sweep --json`` object: ``{"x": ..., "y": ..., "points": [...]}``."""

    def __init__(
        self, stream: TextIO, game: Game, x: Axis, y: Axis | None, fixed: dict[str, float]
    ) -> None:
        super().__init__(stream, game, x, y)
        self.regime_text: dict[int, str] = {}
        fixed_text = "".join(f"{_json(name)}: {value!r}, " for name, value in fixed.items())
        self.prefix = '{"parameters": {' + fixed_text + _json(x.name) + ": "
        self.y_key = None if y is None else ", " + _json(y.name) + ": "
        self.first = True
        x_json, y_json = _json(x.to_json()), _json(None if y is None else y.to_json())
        stream.write(f'{{"x": {x_json}, "y": {y_json}, "points": [')

    def write(self, view: ChunkView) -> None:
        part = view.part
        texts = _Texts(part.rows, part.columns, ", ")
        payoffs = self.numbers.pairs(part.payoffs, ", ")
        offsets = part.offsets.tolist()
        where = self._where(part.start, part.start + len(part), self.y_key or "")
        pieces = []
        for local, regime in enumerate(view.regime_index.tolist()):
            label = self.regime_text.get(regime)
            if label is None:
                label = self.regime_text[regime] = _json(view.regimes[regime])
            parameters = self.prefix + where[local]
            equilibria = []
            for k in range(offsets[local], offsets[local + 1]):
                equilibria.append(
                    f'{{"row": [{texts.rows[k]}], "column": [{texts.columns[k]}], '
                    f'"payoffs": [{payoffs[k]}], "kind": "{texts.kinds[k]}"}}'
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
