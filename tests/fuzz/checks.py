"""What every layer must do with a hostile file: one clean error or a loaded game, nothing else.

Each check returns ``"error"`` or ``"loaded"`` and lets anything else (an exception that is
not the loader's one sentence, a traceback, a second line) fail the caller.
"""

from __future__ import annotations

import contextlib
import io
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

from explorer.core.formula import FormulaError
from explorer.core.io import GameFileError, game_text, load_game, parse_game_text
from tests.fuzz.files import HostileFile
from tests.helpers import run_cli

ERROR, LOADED = "error", "loaded"
#: Seconds ``explorer solve`` may look for equilibria of a fuzzed game.
SOLVE_SECONDS = "1"


def one_sentence(text: str) -> None:
    """A message a user can read: one line, no traceback, not endless."""
    assert "\n" not in text.strip() and "Traceback" not in text, text
    assert 0 < len(text) < 2_000, text


def check_loader(path: Path) -> str:
    """The core loader: a game (that saves as JSON and evaluates or says why) or its sentence."""
    try:
        game = load_game(path)
    except GameFileError as error:
        one_sentence(str(error))
        return ERROR
    assert parse_game_text(game_text(game, ".json"), ".json") == game
    try:
        parse_game_text(game_text(game, ".nfg"), ".nfg")
    except GameFileError as error:  # not at its default values, say: one sentence
        one_sentence(str(error))
    try:
        game.evaluate()
    except FormulaError as error:
        one_sentence(str(error))
    return LOADED


def check_cli(path: Path) -> str:
    """``explorer solve FILE``, in-process: exit 0 with a table, or 1 with one line on stderr."""
    errors = io.StringIO()
    with contextlib.redirect_stderr(errors):
        status, printed = run_cli("solve", str(path), "--time-limit", SOLVE_SECONDS)
    if status == 0:
        assert "equilibri" in printed and not errors.getvalue(), errors.getvalue()
        return LOADED
    assert status == 1 and printed == "", (status, printed)
    message = errors.getvalue()
    one_sentence(message)
    assert message.startswith("explorer: error: "), message
    return ERROR


def check_window(window: Any, path: Path, errors: list[str]) -> str:
    """The window's open path: the game opens, or the game that was open stays, and the
    user reads why in one sentence (``errors`` collects what the error dialogs said)."""
    before, said = window.document.game, len(errors)
    if window.open_path(path):
        assert window.document.game is not before and len(errors) == said
        return LOADED
    assert window.document.game is before, "a file that did not open replaced the game"
    assert len(errors) == said + 1, errors[said:]
    one_sentence(errors[-1])
    assert window.status.text() == errors[-1]
    return ERROR


#: Seconds one file may take in the loader or the command line (they take milliseconds).
QUICKLY = 5.0


def run_all(
    files: list[HostileFile],
    folder: Path,
    check: Callable[[Path], str],
    seconds: float = QUICKLY,
) -> Counter[str]:
    """Each file through ``check``, timed; a failure names the file and how it was made."""
    outcomes: Counter[str] = Counter()
    for number, hostile in enumerate(files):
        path = hostile.write(folder, number)
        started = time.perf_counter()
        try:
            outcomes[check(path)] += 1
        except AssertionError as failure:
            raise AssertionError(f"{path.name} from {hostile.name}: {failure}") from None
        assert time.perf_counter() - started < seconds, f"{hostile.name} took too long"
    return outcomes
