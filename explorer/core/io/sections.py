"""The optional sections of a game file (presets, library entry, translations, other keys): checked.

A game file may carry keys besides the game itself: ``repeated`` (the Repeated tab's preset),
``library`` (where a bundled game sits in the library), ``translations`` (the game in other
languages) and any other key, kept through load and save unchanged. Each is checked when
the file is read, with the same one-sentence errors as the rest of the loader, so that no
part of the app or the command line meets a value it cannot use: a discount factor that is
text, a nesting so deep that writing the file back overflows the stack, a number of 309
digits where a count belongs.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping
from typing import Any

from explorer.core.game import MAX_NAME_LENGTH, MAX_STRATEGIES, MAX_TEXT_LENGTH
from explorer.core.io.errors import GameFileError, kind_of

#: Deepest nesting of lists and objects in a game file's optional sections (a key's value
#: is level 1).
MAX_DEPTH = 16
#: Most values (numbers, texts, lists, objects) the optional sections together may hold.
MAX_VALUES = 100_000
#: Longest language code in ``translations`` (``"de"``, ``"pt-BR"``).
MAX_LANGUAGE_LENGTH = 20
#: Largest ``order`` of a library entry, either way.
MAX_ORDER = 1_000_000


def check_sections(extras: Mapping[str, Any]) -> None:
    """Check a game file's keys besides the game: the size of all, then the known sections.

    Parameters
    ----------
    extras
        The decoded JSON object's keys that are not part of the game itself.

    Raises
    ------
    GameFileError
        One sentence naming the key and what is wrong with it.
    """
    _check_size(extras)
    for key, check in SECTIONS.items():
        if key in extras:
            check(extras[key])


def _check_size(extras: Mapping[str, Any]) -> None:
    """Bounded depth, number of values and length of texts, walked without recursion."""
    stack: list[tuple[str, object, int]] = [(key, value, 1) for key, value in extras.items()]
    count = 0
    while stack:
        key, item, level = stack.pop()
        count += 1
        if count > MAX_VALUES:
            raise GameFileError(
                f"the keys besides the game hold more than {MAX_VALUES:,} values; "
                "that is the most a game file may carry"
            )
        if level > MAX_DEPTH:
            raise GameFileError(f"the key '{_short(key)}' is nested more than {MAX_DEPTH} deep")
        if isinstance(item, str) and len(item) > MAX_TEXT_LENGTH:
            raise GameFileError(
                f"the key '{_short(key)}' holds a text of more than {MAX_TEXT_LENGTH:,} characters"
            )
        if isinstance(item, dict):
            stack.extend((key, name, level + 1) for name in item)
            stack.extend((key, value, level + 1) for value in item.values())
        elif isinstance(item, list):
            stack.extend((key, value, level + 1) for value in item)


def _short(text: str, limit: int = 30) -> str:
    shown = "".join(c if c.isprintable() else " " for c in text[:limit])
    return shown + ("..." if len(text) > limit else "")


def _number(value: object) -> float | None:
    """``value`` as a finite float, or None if it is not a number a float can hold."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    try:
        number = float(value)
    except OverflowError:  # an integer of 309 digits or more
        return None
    return number if math.isfinite(number) else None


def _whole(value: object, low: int, high: int) -> int | None:
    """``value`` as a whole number (``30`` or ``30.0``) from ``low`` to ``high``, else None."""
    number = _number(value)
    if number is None or not number.is_integer() or not low <= number <= high:
        return None
    return int(number)


def _shown(value: object) -> str:
    """A wrong value in a sentence: a number as itself, anything else by its kind."""
    number = _number(value)
    if number is None and isinstance(value, int) and not isinstance(value, bool):
        return f"a whole number of {len(str(abs(value))):,} digits"
    return kind_of(value) if number is None else f"{number:g}"


def _name(value: object, where: str) -> None:
    if not isinstance(value, str):
        raise GameFileError(f"{where} must be text, not {_shown(value)}")
    if len(value) > MAX_NAME_LENGTH:
        raise GameFileError(f"{where} is longer than {MAX_NAME_LENGTH} characters")


def _object(value: object, where: str) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise GameFileError(f"{where} must be an object, not {kind_of(value)}")
    return value


# --- the known sections ---------------------------------------------------------------------


def _check_repeated(value: object) -> None:
    """``repeated``: the Repeated tab's starting choices (read by ``repeated.settings_of``)."""
    from explorer.core.repeated.stage import MAX_PERIODS  # the repeated games load late

    preset = _object(value, "the repeated-game preset ('repeated')")
    where = "the repeated-game preset's"
    if "discount_factor" in preset:
        delta = _number(preset["discount_factor"])
        if delta is None or not 0 <= delta <= 1:
            raise GameFileError(
                f"{where} 'discount_factor' must be a number from 0 to 1, "
                f"not {_shown(preset['discount_factor'])}"
            )
    if "periods" in preset and _whole(preset["periods"], 1, MAX_PERIODS) is None:
        raise GameFileError(
            f"{where} 'periods' must be a whole number from 1 to {MAX_PERIODS:,}, "
            f"not {_shown(preset['periods'])}"
        )
    for key in ("row", "column"):
        if key in preset:
            _name(preset[key], f"{where} '{key}' (a strategy such as \"grim\")")
    for key in ("cooperate", "defect"):
        pair = preset.get(key, ["", ""])
        actions_ok = isinstance(pair, list) and len(pair) == 2
        if actions_ok:
            for action in pair:
                if isinstance(action, str):
                    _name(action, f"{where} '{key}'")
                else:
                    actions_ok = actions_ok and _whole(action, 1, MAX_STRATEGIES) is not None
        if not actions_ok:
            raise GameFileError(
                f"{where} '{key}' must be a pair of actions, the row player's first "
                f"(by name or by number from 1), not {_shown(pair)}"
            )


def _check_library(value: object) -> None:
    """``library``: the group and the place of a bundled game in the library."""
    entry = _object(value, "the library entry ('library')")
    if "group" in entry:
        _name(entry["group"], "the library entry's 'group'")
    if "order" in entry and _whole(entry["order"], -MAX_ORDER, MAX_ORDER) is None:
        raise GameFileError(
            f"the library entry's 'order' must be a whole number, not {_shown(entry['order'])}"
        )


def _check_translations(value: object) -> None:
    """``translations``: for each language code, the game's texts in that language."""
    translations = _object(value, "'translations'")
    for code, text in translations.items():
        if not 1 <= len(code) <= MAX_LANGUAGE_LENGTH:
            raise GameFileError(f"'translations' has the language code '{_short(code)}'")
        where = f"the translation '{code}'"
        _object(text, where)
        for key in ("title", "description"):
            if key in text and not isinstance(text[key], str):
                raise GameFileError(f"{where}: '{key}' must be text, not {kind_of(text[key])}")
        if "players" in text:
            _translated_players(text["players"], where)
        for key in ("parameters", "labels"):  # descriptions by parameter, labels by label
            for translated in _object(text.get(key, {}), f"{where}: '{key}'").values():
                if not isinstance(translated, str):
                    raise GameFileError(f"{where}: '{key}' must hold only text")


def _translated_players(value: object, where: str) -> None:
    if not isinstance(value, list) or len(value) != 2:
        raise GameFileError(f"{where}: 'players' must be a list of 2 players")
    for number, item in enumerate(value, start=1):
        player = _object(item, f"{where}: player {number}")
        if "name" in player:
            _name(player["name"], f"{where}: player {number}'s 'name'")
        strategies = player.get("strategies", [])
        if not isinstance(strategies, list):
            raise GameFileError(f"{where}: player {number}'s 'strategies' must be a list")
        for strategy in strategies:
            _name(strategy, f"{where}: a strategy of player {number}")


#: The sections the explorer reads, each with its check.
SECTIONS: dict[str, Callable[[object], None]] = {
    "repeated": _check_repeated,
    "library": _check_library,
    "translations": _check_translations,
}
