"""Game files: one loader and one saver for every format, used by the app, the CLI and tests."""

from __future__ import annotations

import os
from pathlib import Path

from explorer.core.game import Game
from explorer.core.io.atomic import write_text_atomic
from explorer.core.io.errors import GameFileError
from explorer.core.io.json_format import MAX_FILE_BYTES, parse_json_text, to_json_text
from explorer.core.io.nfg import parse_nfg_text, to_nfg_text

#: File name endings the loader understands, with a description for file dialogs.
FORMATS = {".json": "Explorer game", ".nfg": "Gambit strategic game"}


def parse_game_text(text: str, suffix: str = ".json") -> Game:
    """Read a game from text; ``suffix`` chooses the format (Gambit text is also recognised)."""
    if suffix.lower() == ".nfg" or text.lstrip().startswith("NFG"):
        return parse_nfg_text(text)
    return parse_json_text(text)


def load_game(path: str | os.PathLike[str]) -> Game:
    """Load a game file (explorer JSON or Gambit ``.nfg``).

    Raises
    ------
    GameFileError
        One sentence naming the file and what is wrong with it.
    """
    file = Path(path)
    try:
        if file.stat().st_size > MAX_FILE_BYTES:
            raise GameFileError(f"the file is larger than {MAX_FILE_BYTES // 1_000_000} MB")
        text = file.read_bytes().decode("utf-8-sig")
        return parse_game_text(text, file.suffix)
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


def game_text(game: Game, suffix: str = ".json") -> str:
    """The game in the format chosen by ``suffix`` (Gambit files get the default values)."""
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
    "load_game",
    "parse_game_text",
    "save_game",
]
