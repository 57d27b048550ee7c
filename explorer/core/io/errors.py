"""The one error type for game files that cannot be read or written, and the words it uses."""

from __future__ import annotations


class GameFileError(ValueError):
    """A game file that cannot be used, with one readable sentence saying why."""


def kind_of(value: object) -> str:
    """The kind of a decoded JSON value in a user's words ("text", "a list", "null", ...)."""
    names = {dict: "an object", list: "a list", str: "text", bool: "true/false", type(None): "null"}
    for python_type, name in names.items():
        if isinstance(value, python_type):
            return name
    return "a number" if isinstance(value, int | float) else type(value).__name__


def preview(value: object, limit: int = 40) -> str:
    """A value from a file, quoted in a sentence: text on one line and shortened, else its kind."""
    if not isinstance(value, str):
        return kind_of(value)
    flat = "".join(c if c.isprintable() else " " for c in value[: limit + 1])
    return repr(flat if len(value) <= limit else flat[: limit - 3] + "...")
