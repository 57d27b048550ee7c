"""Game files with strategy families (format ``explorer-game/2``): read and write.

Version 2 is version 1 with one addition: an entry of a player's ``strategies`` may be a
family, ``{"variable": "price", "start": 0, "stop": 1, "count": 21}``, instead of a name,
and ``payoffs[I][J]`` then gives the payoffs of the I-th row *entry* against the J-th column
entry, as formulas that may use the two entries' variables. Every version-1 file is a
version-2 file with names only. A game is written as version 1 unless it has a family, so
files without families stay readable by earlier versions of the explorer.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from explorer.core.families import Block, FamilyTable, StrategyRange, family_game
from explorer.core.game import Game, GameError
from explorer.core.io.errors import GameFileError
from explorer.core.io.errors import kind_of as _kind
from explorer.core.io.json_format import (
    _KNOWN_KEYS,
    FAMILY_FORMAT,
    _field,
    _number,
    _parameter,
    _payoffs,
    _text,
    parameters_to_list,
)

_FAMILY_KEYS = ("variable", "start", "stop", "count")


def family_game_from_dict(data: Mapping[str, Any]) -> Game:
    """Check a decoded ``explorer-game/2`` object and build the (expanded) :class:`Game`."""
    players = _field(data, "players", list)
    if len(players) != 2:
        raise GameFileError(f"'players' must list exactly 2 players, not {len(players)}")
    specs = [_player(spec, k) for k, spec in enumerate(players, start=1)]
    raw_parameters = data.get("parameters", [])
    if not isinstance(raw_parameters, list):
        raise GameFileError(f"'parameters' must be a list, not {_kind(raw_parameters)}")
    parameters = [_parameter(p, k) for k, p in enumerate(raw_parameters, start=1)]
    payoffs = _payoffs(_field(data, "payoffs", list))
    try:
        return family_game(
            title=_text(data, "title", required=True),
            players=specs,
            formulas=payoffs,
            parameters=parameters,
            description=_text(data, "description", required=False),
            extras={k: v for k, v in data.items() if k not in _KNOWN_KEYS},
        )
    except GameError as error:
        raise GameFileError(str(error)) from None


def _player(spec: object, number: int) -> tuple[str, list[Block]]:
    where = f"player {number}: "
    if not isinstance(spec, dict):
        raise GameFileError(f"{where}must be an object with 'name' and 'strategies'")
    entries = _field(spec, "strategies", list, where)
    return _text(spec, "name", True, where), [
        _block(entry, f"{where}strategy entry {k}: ") for k, entry in enumerate(entries, start=1)
    ]


def _block(entry: object, where: str) -> Block:
    if isinstance(entry, str):
        return entry
    if not isinstance(entry, dict):
        raise GameFileError(
            f"{where}must be a strategy name or a family "
            f'{{"variable", "start", "stop", "count"}}, not {_kind(entry)}'
        )
    unknown = sorted(set(entry) - set(_FAMILY_KEYS))
    if unknown:
        raise GameFileError(
            f"{where}unknown key '{unknown[0]}'; a family has the keys {', '.join(_FAMILY_KEYS)}"
        )
    count = entry.get("count")
    if isinstance(count, bool) or not isinstance(count, int):
        if count is None:
            raise GameFileError(f"{where}the key 'count' is missing")
        raise GameFileError(f"{where}'count' must be a whole number, not {_kind(count)}")
    try:
        return StrategyRange(
            variable=_text(entry, "variable", True, where),
            start=_number(entry, "start", where),
            stop=_number(entry, "stop", where),
            count=count,
        )
    except GameError as error:
        raise GameFileError(f"{where}{error}") from None


def block_to_json(block: Block) -> str | dict[str, Any]:
    """A block as the file writes it: a name, or the family's four keys."""
    if isinstance(block, str):
        return block
    return {
        "variable": block.variable,
        "start": _plain(block.start),
        "stop": _plain(block.stop),
        "count": block.count,
    }


def _plain(number: float) -> float | int:
    return int(number) if float(number).is_integer() else float(number)


def family_game_to_dict(game: Game, table: FamilyTable) -> dict[str, Any]:
    """The family game as the ``explorer-game/2`` JSON object (``table`` gives its blocks)."""
    data: dict[str, Any] = {
        "format": FAMILY_FORMAT,
        "title": game.title,
        "description": game.description,
        "players": [
            {"name": player.name, "strategies": [block_to_json(b) for b in blocks]}
            for player, blocks in zip(game.players, table.blocks, strict=True)
        ],
        "parameters": parameters_to_list(game.parameters),
        "payoffs": [[[f.source for f in cell] for cell in row] for row in table.formulas],
    }
    data.update(game.extras)
    return data


__all__ = ["FAMILY_FORMAT", "block_to_json", "family_game_from_dict", "family_game_to_dict"]
