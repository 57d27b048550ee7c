"""The one error type for game files that cannot be read or written."""

from __future__ import annotations


class GameFileError(ValueError):
    """A game file that cannot be used, with one readable sentence saying why."""
