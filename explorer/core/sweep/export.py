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
from typing import Protocol

import numpy as np

from explorer.core.game import Game
from explorer.core.numeric import PROBABILITY_TOLERANCE
from explorer.core.sweep.axes import Axis
from explorer.core.sweep.chunks import ChunkView


class TextSink(Protocol):
    """Where the writers put their text: an open text file, standard output, or the
    atomic writer's checked stream."""

    def write(self, text: str, /) -> int: ...


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


def number_pairs(values: np.ndarray, separator: str) -> list[str]:
    """Each row of two numbers as text (``repr``), joined by ``separator``; each distinct
    number is formatted once (payoffs repeat across a grid: a formula of one parameter
    takes one value per row of the grid)."""
    distinct, where = np.unique(values, return_inverse=True)
    texts = np.array([repr(v) for v in distinct.tolist()], dtype=object)
    return [f"{a}{separator}{b}" for a, b in texts[where.reshape(values.shape)].tolist()]


class _Writer:
    """What both writers share: axis values as text, point by point."""

    def __init__(self, stream: TextSink, game: Game, x: Axis, y: Axis | None) -> None:
        self.stream = stream
        self.game = game
        self.x, self.y = x, y
        self.x_text = [repr(float(v)) for v in x.values()]
        self.y_text = None if y is None else [repr(float(v)) for v in y.values()]

    def _where(self, start: int, stop: int, separator: str) -> list[str]:
        """Each point's swept values, joined by ``separator``."""
        x_text, count = self.x_text, self.x.count
        if self.y_text is None:
            return [x_text[p % count] for p in range(start, stop)]
        y_text = self.y_text
        return [f"{x_text[p % count]}{separator}{y_text[p // count]}" for p in range(start, stop)]


class CsvWriter(_Writer):
    """CSV: a header, then one row per equilibrium per point (a row saying so where none)."""

    def __init__(self, stream: TextSink, game: Game, x: Axis, y: Axis | None) -> None:
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
        payoffs = number_pairs(part.payoffs, ",")
        labels = self._labels(view)
        where = self._where(part.start, part.start + len(part), ",")
        # One line per equilibrium, and one for each point that has none.
        count = part.count
        lines_per_point = np.maximum(count, 1)
        point = np.repeat(np.arange(len(part)), lines_per_point).tolist()
        line_start = np.repeat(np.cumsum(lines_per_point) - lines_per_point, lines_per_point)
        number = (np.arange(len(point)) - line_start).tolist()  # 0, 1, ... within the point
        first = part.offsets[:-1].tolist()
        has = (count > 0).tolist()
        blanks = self.blanks
        lines = [
            f"{where[p]},{k + 1},{texts.kinds[first[p] + k]},{texts.rows[first[p] + k]},"
            f"{texts.columns[first[p] + k]},{payoffs[first[p] + k]},{labels[p]}\n"
            if has[p]
            else f"{where[p]},{blanks}{labels[p]}\n"
            for p, k in zip(point, number, strict=True)
        ]
        self.stream.write("".join(lines))

    def _labels(self, view: ChunkView) -> list[str]:
        """Each point's regime as a CSV field (quoted once per regime)."""
        known = self.regime_text
        for regime in np.unique(view.regime_index).tolist():
            if regime not in known:
                known[regime] = _csv_field(view.regimes[regime])
        return [known[r] for r in view.regime_index.tolist()]


class JsonWriter(_Writer):
    """The ``explorer sweep --json`` object: ``{"x": ..., "y": ..., "points": [...]}``."""

    def __init__(
        self, stream: TextSink, game: Game, x: Axis, y: Axis | None, fixed: dict[str, float]
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
        payoffs = number_pairs(part.payoffs, ", ")
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
