"""Every bundled game loads, carries its library entry and German translation, solves at its
defaults to verified equilibria, and round-trips through the JSON format byte for byte.

Game trees (format ``explorer-tree/1``) load as their reduced strategic form, so the same
checks apply; their translation names actions instead of strategies, and they must have a
subgame-perfect equilibrium with an explanation at their defaults."""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from explorer.core.families import family_of
from explorer.core.game import Game
from explorer.core.io import load_game
from explorer.core.io.json_format import parse_json_text, to_json_text
from explorer.core.solve import solve
from explorer.core.tree.bridge import tree_of
from explorer.core.tree.model import GameTree
from explorer.core.tree.perfect import subgame_perfect
from explorer.core.tree.words import explain

GAMES_DIR = Path(__file__).resolve().parents[2] / "games"
GAME_FILES = sorted(GAMES_DIR.glob("*.json"))
CLASSICS, AI_ECONOMICS = "Classics", "AI economics"
#: Slack for the independent best-response check, relative to the largest payoff.
RELATIVE_SLACK = 1e-7


def library_entry(game: Game) -> dict[str, Any]:
    entry = game.extras.get("library")
    return entry if isinstance(entry, dict) else {}


def round_trip_problems(path: Path, game: Game) -> list[str]:
    """The canonical writer reproduces the file exactly, and reading it back is lossless."""
    text = path.read_text(encoding="utf-8")
    found = []
    if to_json_text(game) != text:
        found.append("saving it again does not reproduce the file byte for byte")
    reread = parse_json_text(text)
    if reread != game or reread.extras != game.extras:
        found.append("parsing its text again gives a different game")
    return found


def library_problems(game: Game) -> list[str]:
    entry = library_entry(game)
    found = []
    group = entry.get("group")
    if group not in (CLASSICS, AI_ECONOMICS):
        found.append(f"library group {group!r} is not {CLASSICS!r} or {AI_ECONOMICS!r}")
    order = entry.get("order")
    if not isinstance(order, int) or isinstance(order, bool):
        found.append(f"library order {order!r} is not an integer")
    if group == AI_ECONOMICS:
        missing = {"subsidy", "trust_penalty"} - set(game.parameter_names)
        if missing:
            found.append(f"AI-economics model without the lever(s) {', '.join(sorted(missing))}")
    if not game.description.strip():
        found.append("the description is empty")
    found += [
        f"parameter '{p.name}' has no description"
        for p in game.parameters
        if not p.description.strip()
    ]
    return found


def _is_text(value: object) -> bool:
    return isinstance(value, str) and bool(value.strip())


def _german(game: Game) -> dict[str, Any] | None:
    translations = game.extras.get("translations")
    german = translations.get("de") if isinstance(translations, dict) else None
    return german if isinstance(german, dict) else None


def tree_translation_problems(tree: GameTree, german: dict[str, Any]) -> list[str]:
    """A tree's German player names and a German word for every action, information set
    and outcome label."""
    found = []
    players = german.get("players")
    names = [p.get("name") if isinstance(p, dict) else None for p in players or []]
    if len(names) != 2 or not all(_is_text(n) for n in names) or names[0] == names[1]:
        found.append("German players must be 2 distinct names ([{'name': ...}, {'name': ...}])")
    labels = german.get("labels")
    if not isinstance(labels, dict):
        return [*found, "German 'labels' (action, set and outcome labels) are missing"]
    wanted = {a for node in tree.nodes for a in node.actions}
    wanted |= {h.name for h in tree.information_sets if h.name}
    wanted |= {node.outcome for node in tree.nodes if node.outcome}
    missing = sorted(wanted - {k for k, v in labels.items() if _is_text(v)})
    if missing:
        found.append(f"German labels missing for: {', '.join(missing)}")
    for node in tree.nodes:
        translated = [labels.get(a, a) for a in node.actions]
        if len(set(translated)) != len(translated):
            found.append(f"two actions of one node have the same German label: {translated}")
    return found


def translation_problems(game: Game) -> list[str]:
    """A German title, description, player and strategy names (action labels for a tree)
    and parameter descriptions, shaped exactly like the game."""
    german = _german(game)
    if german is None:
        return ["no German translation ('translations': {'de': ...})"]
    found = [
        f"German {key} is missing or empty"
        for key in ("title", "description")
        if not _is_text(german.get(key))
    ]
    tree = tree_of(game)
    if tree is not None:
        return found + tree_translation_problems(tree, german) + _parameter_problems(game, german)
    players = german.get("players")
    if not isinstance(players, list) or len(players) != 2:
        found.append("German players must list exactly 2 players")
    else:
        for player, translated in zip(game.players, players, strict=True):
            names = translated.get("strategies") if isinstance(translated, dict) else None
            if not isinstance(translated, dict) or not _is_text(translated.get("name")):
                found.append(f"German name of {player.name} is missing")
            if names is None and family_of(game) is not None:
                continue  # a family's strategies are named by their values ("price=0.35")
            if not isinstance(names, list) or len(names) != len(player.strategies):
                found.append(
                    f"German strategies of {player.name} do not match its "
                    f"{len(player.strategies)} strategies"
                )
            elif not all(_is_text(n) for n in names) or len(set(names)) != len(names):
                found.append(f"German strategies of {player.name} must be distinct names")
        player_names = [p.get("name") if isinstance(p, dict) else None for p in players]
        if player_names[0] == player_names[1]:
            found.append("both German player names are the same")
    return found + _parameter_problems(game, german)


def _parameter_problems(game: Game, german: dict[str, Any]) -> list[str]:
    parameters = german.get("parameters")
    if not isinstance(parameters, dict) or set(parameters) != set(game.parameter_names):
        return ["German parameter descriptions must name exactly the game's parameters"]
    if not all(_is_text(text) for text in parameters.values()):
        return ["a German parameter description is empty"]
    return []


def tree_problems(game: Game) -> list[str]:
    """A tree has a subgame-perfect equilibrium at its defaults, explained in sentences."""
    tree = tree_of(game)
    if tree is None:
        return []
    solution = subgame_perfect(tree)
    if not solution.profiles:
        return ["no subgame-perfect equilibrium at the default parameter values"]
    if not all(explain(p, solution.subgames) for p in solution.profiles):
        return ["a subgame-perfect equilibrium has no explanation"]
    return []


def equilibrium_problems(game: Game) -> list[str]:
    """At least one equilibrium at the defaults, each one checked here as a mutual best
    response with our own arithmetic (not the solver's)."""
    A, B = game.evaluate()
    solution = solve(A, B)
    if not solution.equilibria:
        return ["no equilibrium found at the default parameter values"]
    slack = RELATIVE_SLACK * max(1.0, float(np.abs(A).max()), float(np.abs(B).max()))
    found = []
    for k, eq in enumerate(solution.equilibria, start=1):
        x, y = np.array(eq.row), np.array(eq.column)
        if x.shape != (A.shape[0],) or y.shape != (A.shape[1],):
            found.append(f"equilibrium {k} has strategies of the wrong length")
            continue
        for name, p in (("row", x), ("column", y)):
            if (p < -1e-12).any() or abs(p.sum() - 1) > 1e-9:
                found.append(f"equilibrium {k}: the {name} strategy is not a probability vector")
        row_values, column_values = A @ y, x @ B
        if x @ row_values < row_values.max() - slack:
            found.append(f"equilibrium {k}: {game.players[0].name} has a better reply")
        if column_values @ y < column_values.max() - slack:
            found.append(f"equilibrium {k}: {game.players[1].name} has a better reply")
        if not np.allclose(eq.payoffs, (x @ A @ y, x @ B @ y), atol=slack):
            found.append(f"equilibrium {k}: the reported payoffs are not the expected payoffs")
    return found


def problems(path: Path) -> list[str]:
    """Everything wrong with one bundled game file, in words (empty if nothing is)."""
    try:
        game = load_game(path)
    except Exception as error:  # report, do not stop: every file is checked
        return [f"does not load: {error}"]
    checks = (
        round_trip_problems(path, game),
        library_problems(game),
        translation_problems(game),
        equilibrium_problems(game),
        tree_problems(game),
    )
    return [problem for found in checks for problem in found]


def test_the_library_is_there() -> None:
    assert GAME_FILES, f"no game files in {GAMES_DIR}"


def test_every_bundled_game_together() -> None:
    """One report listing every problem of every file."""
    report = [f"{path.name}: {problem}" for path in GAME_FILES for problem in problems(path)]
    assert not report, "\n".join(report)


@pytest.mark.parametrize("path", GAME_FILES, ids=[p.stem for p in GAME_FILES])
def test_bundled_game(path: Path) -> None:
    found = problems(path)
    assert not found, "\n".join(found)


def test_library_groups_are_filled_and_ordered() -> None:
    entries = [library_entry(load_game(path)) for path in GAME_FILES]
    groups = Counter(entry.get("group") for entry in entries)
    assert groups[CLASSICS] >= 8, f"only {groups[CLASSICS]} classics"
    trees = [path.name for path in GAME_FILES if tree_of(load_game(path)) is not None]
    assert len(trees) >= 7, f"only {len(trees)} game trees: {trees}"
    assert groups[AI_ECONOMICS] >= 4, f"only {groups[AI_ECONOMICS]} AI-economics models"
    for group in (CLASSICS, AI_ECONOMICS):
        orders = [entry.get("order") for entry in entries if entry.get("group") == group]
        assert len(set(orders)) == len(orders), f"{group}: two games share a library order"


def test_the_flagship_is_the_first_ai_model() -> None:
    entry = library_entry(load_game(GAMES_DIR / "ai_price_war.json"))
    assert entry == {"group": AI_ECONOMICS, "order": 1}


@pytest.mark.parametrize(
    ("file", "count"),
    [("pure_coordination.json", 15), ("rock_paper_scissors.json", 1), ("chicken.json", 3)],
)
def test_classics_show_what_their_descriptions_promise(file: str, count: int) -> None:
    A, B = load_game(GAMES_DIR / file).evaluate()
    solution = solve(A, B)
    assert len(solution.equilibria) == count
    assert not solution.degenerate


def test_entry_deterrence_has_a_continuum_of_equilibria() -> None:
    A, B = load_game(GAMES_DIR / "entry_deterrence.json").evaluate()
    solution = solve(A, B)
    assert solution.degenerate
    fight_probabilities = sorted(
        eq.column[1] for eq in solution.equilibria if eq.row_support == (0,)
    )
    assert fight_probabilities == pytest.approx([2 / 3, 1.0])
