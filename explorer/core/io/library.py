"""The bundled game library: every file in ``games/``, grouped and ordered for display."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from explorer.core.game import Game
from explorer.core.io import GameFileError, load_game
from explorer.core.tree.bridge import tree_game, tree_of
from explorer.core.tree.translate import localized_tree

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


def bundled_games(directory: Path, language: str = "en") -> tuple[list[LibraryEntry], list[str]]:
    """Load every ``*.json`` game in ``directory``, in ``language`` where the file has it.

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
        game = localized(game, language)
        library = game.extras.get("library", {})
        group = library.get("group", "Other") if isinstance(library, dict) else "Other"
        order = library.get("order", 999) if isinstance(library, dict) else 999
        entries.append(LibraryEntry(path, game, str(group), int(order)))
    rank = {group: k for k, group in enumerate(GROUPS)}
    entries.sort(key=lambda e: (rank.get(e.group, len(GROUPS)), e.order, e.title))
    return entries, problems


def localized(game: Game, language: str) -> Game:
    """The game with the file's translation for ``language`` applied (title, description,
    players' and strategies' names, parameter descriptions; a tree's action labels);
    unchanged without one."""
    from dataclasses import replace

    from explorer.core.game import GameError, Player

    tree = tree_of(game)
    if tree is not None:  # a tree translates its actions; the strategies follow from them
        return tree_game(localized_tree(tree, language))
    translations = game.extras.get("translations", {})
    text = translations.get(language) if isinstance(translations, dict) else None
    if not isinstance(text, dict):
        return game
    try:
        players = game.players
        names = text.get("players")
        if isinstance(names, list) and len(names) == 2:
            players = tuple(  # type: ignore[assignment]
                Player(str(spec.get("name", p.name)), tuple(spec.get("strategies", p.strategies)))
                for p, spec in zip(game.players, names, strict=True)
            )
        descriptions = text.get("parameters", {})
        parameters = tuple(
            replace(p, description=str(descriptions.get(p.name, p.description)))
            for p in game.parameters
        )
        return replace(
            game,
            title=str(text.get("title", game.title)),
            description=str(text.get("description", game.description)),
            players=players,
            parameters=parameters,
            extras=_renamed_preset(game, players),
        )
    except (GameError, TypeError, AttributeError):
        return game  # a broken translation never stops the game from opening


def _renamed_preset(game: Game, players: tuple[Any, ...]) -> dict[str, Any]:
    """The extras with the repeated-game preset's action names in the translated names."""
    extras = dict(game.extras)
    preset = extras.get("repeated")
    if not isinstance(preset, dict):
        return extras
    preset = dict(preset)
    for key in ("cooperate", "defect"):
        names = preset.get(key)
        if isinstance(names, list) and len(names) == 2:
            preset[key] = [
                new.strategies[old.strategies.index(name)] if name in old.strategies else name
                for name, old, new in zip(names, game.players, players, strict=True)
            ]
    extras["repeated"] = preset
    return extras
