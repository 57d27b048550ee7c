"""Exports written chunk by chunk: the same text whatever the chunks, names quoted."""

from __future__ import annotations

import csv
import io
import json

from explorer.core.game import Game, Parameter
from explorer.core.sweep import Axis, CsvWriter, JsonWriter, run_sweep
from tests.core.solve.games import POLE_GAME, random_parametric_game


def test_chunks_do_not_change_the_exports() -> None:
    game = random_parametric_game(5, 3, 2, True)
    x, y = Axis("s", 0, 1, 9), Axis("t", 0, 1, 7)
    whole = run_sweep(game, x, y)
    pieces = run_sweep(game, x, y, chunk_points=5)
    assert whole.csv_text() == pieces.csv_text()
    assert whole.to_json() == pieces.to_json()


def test_writers_stream_what_the_result_holds() -> None:
    game = random_parametric_game(6, 2, 3, False)
    x, y = Axis("s", 0, 1, 6), Axis("t", 0, 1, 5)
    table, document = io.StringIO(), io.StringIO()
    writers = [CsvWriter(table, game, x, y), JsonWriter(document, game, x, y, {})]
    result = run_sweep(game, x, y, chunk_points=7, writers=writers)
    writers[1].close()  # type: ignore[attr-defined]
    assert table.getvalue() == result.csv_text()
    data = json.loads(document.getvalue())
    assert data == result.to_json()
    for point, entry in enumerate(data["points"]):
        assert entry["parameters"] == result.parameters_at(point)
        assert entry["regime"] == result.regime_at(point)
        assert entry["equilibria"] == [e.to_json() for e in result.equilibria_at(point)]


def test_names_with_commas_and_quotes_are_quoted() -> None:
    game = Game.build(
        "names",
        [('Row, "the first"', ["up, high", "down"]), ("Column", ['say "yes"', "no"])],
        [[["1 + s", 1], [0, 0]], [[0, 0], [1, 1]]],
        [Parameter("s", 0, 0, 1)],
    )
    rows = list(csv.reader(io.StringIO(run_sweep(game, Axis("s", 0, 1, 3)).csv_text())))
    header, body = rows[0], rows[1:]
    assert header[1:3] == ["equilibrium", "kind"]
    assert header[3] == 'Row, "the first": P(up, high)'
    assert all(len(row) == len(header) for row in body)
    assert all('up, high / say "yes"' in row[-1] for row in body)  # the regime, read back


def test_points_without_equilibria_and_undefined_points_get_a_row() -> None:
    game = POLE_GAME
    rows = list(csv.reader(io.StringIO(run_sweep(game, Axis("s", 0, 1, 3)).csv_text())))
    undefined = [row for row in rows[1:] if row[0] == "0.5"]
    assert len(undefined) == 1 and undefined[0][1:-1] == [""] * 8
    assert undefined[0][-1] == "payoffs undefined"
