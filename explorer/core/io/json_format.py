"""The explorer's own game files (``*.json``, format ``explorer-game/1``): read, check, write.

The format is a contract (see ``architecture.md``): files written by users must keep loading,
so a change that is not backwards compatible bumps the version and adds a migration here.
"""

from __future__ import annotations

import json
import math
from collections.abc import Mapping, Sequence
from typing import Any

from explorer.core.formula import MAX_MAGNITUDE
from explorer.core.game import Game, GameError, Parameter
from explorer.core.io.errors import GameFileError, preview
from explorer.core.io.errors import kind_of as _kind
from explorer.core.io.sections import check_sections

FORMAT = "explorer-game/1"
#: The version that adds strategy families (:mod:`explorer.core.io.family_json`).
FAMILY_FORMAT = "explorer-game/2"
#: Largest game file read, in bytes.
MAX_FILE_BYTES = 5_000_000
_KNOWN_KEYS = {"format", "title", "description", "players", "parameters", "payoffs"}
#: Most digits of a whole number in a game file (a float holds at most 309 before its
#: point); Python itself refuses to read more than 4,300.
MAX_INTEGER_DIGITS = 400


def parse_json_text(text: str) -> Game:
    """Read a game from JSON text; :class:`GameFileError` with one sentence if it is bad."""
    return game_from_dict(decode_json_text(text))


def decode_json_text(text: str) -> object:
    """The JSON value of a game file's text; one sentence if it is not valid JSON."""
    if len(text) > MAX_FILE_BYTES:
        raise GameFileError(f"the file is larger than {MAX_FILE_BYTES // 1_000_000} MB")
    try:
        data = json.loads(text, parse_constant=_reject_constant, parse_int=_integer)
    except json.JSONDecodeError as error:
        raise GameFileError(
            f"not valid JSON: {error.msg} at line {error.lineno}, column {error.colno}"
        ) from None
    except RecursionError:
        raise GameFileError("the JSON is nested too deeply") from None
    except ValueError as error:
        raise GameFileError(str(error)) from None
    return data


def _integer(digits: str) -> int:
    if len(digits.lstrip("-")) > MAX_INTEGER_DIGITS:
        raise ValueError(
            f"a whole number of {len(digits.lstrip('-')):,} digits is too large "
            f"(a game file's numbers have at most {MAX_INTEGER_DIGITS} digits)"
        )
    return int(digits)


def _reject_constant(name: str) -> float:
    raise ValueError(f"'{name}' is not allowed in a game file; payoffs must be finite numbers")


def game_from_dict(data: object) -> Game:
    """Check a decoded JSON object against the format and build the :class:`Game`."""
    if not isinstance(data, dict):
        raise GameFileError(f"a game file must hold a JSON object, not {_kind(data)}")
    if str(data.get("format", "")).startswith("explorer-tree/"):
        # A game tree opens as its reduced strategic form; its reader builds on this module.
        from explorer.core.io.tree_json import tree_game_from_dict

        return tree_game_from_dict(data)
    if data.get("format") == FAMILY_FORMAT:
        # Version 2 adds strategy families; its reader builds on this module.
        from explorer.core.io.family_json import family_game_from_dict

        return family_game_from_dict(data)
    _check_format(data)
    players = _field(data, "players", list)
    if len(players) != 2:
        raise GameFileError(f"'players' must list exactly 2 players, not {len(players)}")
    player_specs = [_player(p, k) for k, p in enumerate(players, start=1)]
    raw_parameters = data.get("parameters", [])
    if not isinstance(raw_parameters, list):
        raise GameFileError(f"'parameters' must be a list, not {_kind(raw_parameters)}")
    parameters = [_parameter(p, k) for k, p in enumerate(raw_parameters, start=1)]
    payoffs = _payoffs(_field(data, "payoffs", list))
    extras = {k: v for k, v in data.items() if k not in _KNOWN_KEYS}
    check_sections(extras)
    try:
        return Game.build(
            title=_text(data, "title", required=True),
            players=player_specs,
            payoffs=payoffs,
            parameters=parameters,
            description=_text(data, "description", required=False),
            extras=extras,
        )
    except GameError as error:
        raise GameFileError(str(error)) from None


def game_to_dict(game: Game) -> dict[str, Any]:
    """The game as the format's JSON object; numbers stay numbers, formulas stay text.

    A game with a payoff model (a tree's strategic form) is written in the model's form.
    """
    if game.payoff_model is not None:
        return game.payoff_model.to_dict(game)
    data: dict[str, Any] = {
        "format": FORMAT,
        "title": game.title,
        "description": game.description,
        "players": [{"name": p.name, "strategies": list(p.strategies)} for p in game.players],
        "parameters": parameters_to_list(game.parameters),
        "payoffs": [[[f.source for f in cell] for cell in row] for row in game.payoffs],
    }
    data.update(game.extras)
    return data


def parameters_to_list(parameters: Sequence[Parameter]) -> list[dict[str, Any]]:
    """Parameters as the file formats write them."""
    return [
        {
            "name": p.name,
            "default": p.default,
            "min": p.minimum,
            "max": p.maximum,
            "description": p.description,
        }
        for p in parameters
    ]


def to_json_text(game: Game) -> str:
    """The game as readable JSON text: one payoff row, one strategy list per line."""
    data = game_to_dict(game)
    if data.get("format") not in (FORMAT, FAMILY_FORMAT):
        # A tree's strategic form is saved as the tree, in the tree form's layout.
        from explorer.core.io.tree_json import tree_dict_text

        return tree_dict_text(data)
    return _dump(data, 0) + "\n"


def _is_flat(value: object) -> bool:
    """A list short enough in structure to sit on one line (scalars, or lists of scalars)."""
    if not isinstance(value, list):
        return not isinstance(value, dict)
    return all(
        not isinstance(v, dict | list) or (isinstance(v, list) and _is_flat_scalars(v))
        for v in value
    )


def _is_flat_scalars(value: list[Any]) -> bool:
    return all(not isinstance(v, dict | list) for v in value)


def _dump(value: Any, level: int) -> str:
    pad, inner = "  " * level, "  " * (level + 1)
    if isinstance(value, dict) and value:
        items = [
            f"{inner}{json.dumps(k, ensure_ascii=False)}: {_dump(v, level + 1)}"
            for k, v in value.items()
        ]
        return "{\n" + ",\n".join(items) + f"\n{pad}}}"
    if isinstance(value, list) and value and not _is_flat(value):
        items = [f"{inner}{_dump(v, level + 1)}" for v in value]
        return "[\n" + ",\n".join(items) + f"\n{pad}]"
    return json.dumps(value, ensure_ascii=False, allow_nan=False)


# --- field checks with messages a user can act on ----------------------------------------------


def _check_format(data: Mapping[str, Any]) -> None:
    version = data.get("format")
    if version is None:
        raise GameFileError(
            f"not an explorer game file: the 'format' key (\"{FORMAT}\") is missing"
        )
    if version != FORMAT:
        if isinstance(version, str) and version.startswith("explorer-game/"):
            raise GameFileError(
                f"the file's format {preview(version)} is not supported; this version reads "
                f"{FORMAT!r} and {FAMILY_FORMAT!r}"
            )
        raise GameFileError(f"unknown format {preview(version)}; expected {FORMAT!r}")


def _field(data: Mapping[str, Any], key: str, expected: type, where: str = "") -> Any:
    if key not in data:
        raise GameFileError(f"{where}the key '{key}' is missing")
    value = data[key]
    if not isinstance(value, expected) or isinstance(value, bool):
        wanted = {"list": "a list", "dict": "an object", "str": "text"}[expected.__name__]
        raise GameFileError(f"{where}'{key}' must be {wanted}, not {_kind(value)}")
    return value


def _text(data: Mapping[str, Any], key: str, required: bool, where: str = "") -> str:
    if key not in data and not required:
        return ""
    return str(_field(data, key, str, where))


def _number(data: Mapping[str, Any], key: str, where: str) -> float:
    if key not in data:
        raise GameFileError(f"{where}the key '{key}' is missing")
    value = data[key]
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise GameFileError(f"{where}'{key}' must be a number, not {_kind(value)}")
    try:
        number = float(value)
    except OverflowError:  # an integer of 309 digits or more
        raise GameFileError(
            f"{where}'{key}' is too large (the limit is {MAX_MAGNITUDE:g} either way)"
        ) from None
    if not math.isfinite(number):
        raise GameFileError(f"{where}'{key}' must be a finite number")
    return number


def _player(spec: object, number: int) -> tuple[str, list[str]]:
    where = f"player {number}: "
    if not isinstance(spec, dict):
        raise GameFileError(f"{where}must be an object with 'name' and 'strategies'")
    strategies = _field(spec, "strategies", list, where)
    for strategy in strategies:
        if not isinstance(strategy, str):
            raise GameFileError(f"{where}strategy names must be text, not {_kind(strategy)}")
    return _text(spec, "name", True, where), strategies


def _parameter(spec: object, number: int) -> Parameter:
    where = f"parameter {number}: "
    if not isinstance(spec, dict):
        raise GameFileError(f"{where}must be an object with name, default, min and max")
    try:
        return Parameter(
            name=_text(spec, "name", True, where),
            default=_number(spec, "default", where),
            minimum=_number(spec, "min", where),
            maximum=_number(spec, "max", where),
            description=_text(spec, "description", False, where),
        )
    except GameError as error:
        raise GameFileError(str(error)) from None


def _payoffs(rows: list[Any]) -> list[list[list[str | float]]]:
    for i, row in enumerate(rows, start=1):
        if not isinstance(row, list):
            raise GameFileError(f"payoff row {i} must be a list of cells, not {_kind(row)}")
        for j, cell in enumerate(row, start=1):
            if not isinstance(cell, list) or len(cell) != 2:
                raise GameFileError(
                    f"payoff cell ({i}, {j}) must be a pair [row payoff, column payoff]"
                )
            for entry in cell:
                if isinstance(entry, bool) or not isinstance(entry, str | int | float):
                    raise GameFileError(
                        f"payoff cell ({i}, {j}) holds {_kind(entry)}; "
                        "a payoff is a number or a formula"
                    )
    return rows
