"""The bundled game library: every file in ``games/``, grouped and ordered for display."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from explorer.core.game import Game
from explorer.core.io import GameFileError, load_game

GROUPS = ("Classics", "AI economics")


@dataclass(frozen=True)
class LibraryEntry:
    """One bundled game and where it belongs in the library."""

    path: Path
    game: Game
    group: str
    order: int

    @property
    def title(self) -> str:
        return self.game.title


def bundled_games(directory: Path) -> tuple[list[LibraryEntry], list[str]]:
    """Load every ``*.json`` game in ``directory``.

    Returns
    -------
    (entries, problems)
        The games sorted by group and order, and one sentence per file that failed to load
        (so a broken file is reported without hiding the others).
    """
    entries, problems = [], []
    for path in sorted(directory.glob("*.json")):
        try:
            game = load_game(path)
        except GameFileError as error:
            problems.append(str(error))
            continue
        library = game.extras.get("library", {})
        group = library.get("group", "Other") if isinstance(library, dict) else "Other"
        order = library.get("order", 999) if isinstance(library, dict) else 999
        entries.append(LibraryEntry(path, game, str(group), int(order)))
    rank = {group: k for k, group in enumerate(GROUPS)}
    entries.sort(key=lambda e: (rank.get(e.group, len(GROUPS)), e.order, e.title))
    return entries, problems
