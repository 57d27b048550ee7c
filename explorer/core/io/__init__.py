"""Game files: one loader and one saver for every format, used by the app, the CLI and tests."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from explorer.core.game import Game
from explorer.core.io.atomic import write_text_atomic
from explorer.core.io.efg import parse_efg_text, to_efg_text
from explorer.core.io.errors import GameFileError
from explorer.core.io.json_format import (
    MAX_FILE_BYTES,
    decode_json_text,
    game_from_dict,
    to_json_text,
)
from explorer.core.io.nfg import parse_nfg_text, to_nfg_text
from explorer.core.io.tree_json import is_tree_dict, strategic_game, tree_from_dict
from explorer.core.tree.bridge import tree_of
from explorer.core.tree.model import GameTree

T = TypeVar("T")

#: Every file name ending the loader understands and the app's dialogs offer, described.
FORMATS = {
    ".json": "Explorer game",
    ".nfg": "Gambit strategic game",
    ".efg": "Gambit extensive game",
}


def _is_efg(text: str, suffix: str) -> bool:
    return suffix.lower() == ".efg" or text.lstrip("\ufeff \t\r\n").startswith("EFG")


def parse_document(text: str, suffix: str = ".json") -> Game | GameTree:
    """A game tree (``.efg`` or an ``explorer-tree`` JSON file) or a strategic game."""
    if _is_efg(text, suffix):
        return parse_efg_text(text)
    if suffix.lower() == ".nfg" or text.lstrip().startswith("NFG"):
        return parse_nfg_text(text)
    data = decode_json_text(text)
    if isinstance(data, dict) and is_tree_dict(data):
        return tree_from_dict(data)
    return game_from_dict(data)


def parse_game_text(text: str, suffix: str = ".json") -> Game:
    """Read a game from text; ``suffix`` chooses the format (Gambit text is also recognised).

    A game tree gives its reduced strategic form (:func:`~explorer.core.tree.bridge.tree_game`).
    """
    document = parse_document(text, suffix)
    return strategic_game(document) if isinstance(document, GameTree) else document


def parse_tree_text(text: str, suffix: str = ".json") -> GameTree:
    """Read a game tree; a strategic game is refused with a sentence."""
    document = parse_document(text, suffix)
    if not isinstance(document, GameTree):
        raise GameFileError("it is a strategic game (a payoff table), not a game tree")
    return document


def _load(path: str | os.PathLike[str], parse: Callable[[str, str], T]) -> T:
    """Read ``path`` and parse it; every failure is one sentence naming the file."""
    file = Path(path)
    try:
        if file.stat().st_size > MAX_FILE_BYTES:
            raise GameFileError(f"the file is larger than {MAX_FILE_BYTES // 1_000_000} MB")
        text = file.read_bytes().decode("utf-8-sig")
        return parse(text, file.suffix)
    except GameFileError as error:
        raise GameFileError(f"Cannot open {file.name}: {error}") from None
    except FileNotFoundError:
        raise GameFileError(f"Cannot open {file}: there is no such file") from None
    except IsADirectoryError:
        raise GameFileError(f"Cannot open {file}: it is a folder, not a game file") from None
    except PermissionError:
        raise GameFileError(f"Cannot open {file}: permission denied") from None
    except UnicodeDecodeError:
        raise GameFileError(f"Cannot open {file.name}: it is not a UTF-8 text file") from None
    except OSError as error:
        raise GameFileError(f"Cannot open {file}: {error.strerror or error}") from None


def load_game(path: str | os.PathLike[str]) -> Game:
    """Load a game file (explorer JSON, Gambit ``.nfg``, or a tree as its strategic form).

    Raises
    ------
    GameFileError
        One sentence naming the file and what is wrong with it.
    """
    return _load(path, parse_game_text)


def load_tree(path: str | os.PathLike[str]) -> GameTree:
    """Load a game tree (an ``explorer-tree`` JSON file or a Gambit ``.efg`` file)."""
    return _load(path, parse_tree_text)


def load_document(path: str | os.PathLike[str]) -> Game | GameTree:
    """Load any game file as what it is: a tree, or a strategic game."""
    return _load(path, parse_document)


def game_text(game: Game, suffix: str = ".json") -> str:
    """The game in the format chosen by ``suffix`` (Gambit files get the default values)."""
    if suffix.lower() == ".efg":
        tree = tree_of(game)
        if tree is None:
            raise GameFileError("only a game tree can be saved as a Gambit extensive game (.efg)")
        return to_efg_text(tree)
    return to_nfg_text(game) if suffix.lower() == ".nfg" else to_json_text(game)


def save_game(game: Game, path: str | os.PathLike[str]) -> None:
    """Save atomically in the format chosen by the file name's ending.

    Raises
    ------
    GameFileError
        If the file cannot be written (the old file, if any, is left as it was).
    """
    file = Path(path)
    try:
        write_text_atomic(file, game_text(game, file.suffix))
    except OSError as error:
        raise GameFileError(f"Cannot save {file}: {error.strerror or error}") from None


__all__ = [
    "FORMATS",
    "GameFileError",
    "game_text",
    "load_document",
    "load_game",
    "load_tree",
    "parse_document",
    "parse_game_text",
    "parse_tree_text",
    "save_game",
]
