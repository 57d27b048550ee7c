"""Explanations in sentences: backward induction, threats, paths of play, in English and German."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from explorer.core import i18n
from explorer.core.io import load_tree
from explorer.core.tree.nash import nash_equilibria
from explorer.core.tree.perfect import subgame_perfect
from explorer.core.tree.translate import localized_tree
from explorer.core.tree.words import explain, not_credible, path_of_play
from explorer.resources import translations_dir
from tests.core.tree.trees import EFG_DIR, ENTRY, ROOT, tree


@pytest.fixture
def german() -> Iterator[None]:
    assert i18n.set_language("de", translations_dir())
    yield
    i18n.set_language("en", translations_dir())


def entry_explanation() -> list[str]:
    solution = subgame_perfect(tree(ENTRY))
    (profile,) = solution.profiles
    return explain(profile, solution.subgames)


def test_entry_deterrence_in_words() -> None:
    assert entry_explanation() == [
        "After Enter, Incumbent prefers Accommodate (2 > -1), so the threat to Fight is not "
        "credible.",
        "At the start, Entrant prefers Enter (2 > 0).",
        "Path of play: Enter → Accommodate; payoffs 2, 2.",
    ]


def test_entry_deterrence_in_german(german: None) -> None:
    game = localized_tree(load_tree(ROOT / "games" / "entry_deterrence_tree.json"), "de")
    solution = subgame_perfect(game)
    (profile,) = solution.profiles
    assert explain(profile, solution.subgames) == [
        "Nach Eintreten zieht Platzhirsch Dulden vor (2 > -1), die Drohung mit Bekämpfen ist "
        "also nicht glaubwürdig.",
        "Zu Beginn zieht Neueinsteiger Eintreten vor (2 > 0).",
        "Spielverlauf: Eintreten → Dulden; Auszahlungen 2, 2.",
    ]


def test_nash_equilibria_that_rely_on_a_threat_are_named() -> None:
    nash = nash_equilibria(tree(ENTRY))
    notes = [not_credible(p) for p in nash.profiles]
    assert notes.count(None) == 1
    assert (
        "Not subgame perfect: after Enter, Incumbent would play Fight, although Accommodate "
        "gives it more than Fight (2 > -1); the threat is not credible." in notes
    )


def test_ties_are_said_and_broken_each_way() -> None:
    game = load_tree(ROOT / "games" / "ultimatum.json")
    solution = subgame_perfect(game)
    assert [path_of_play(p) for p in solution.profiles] == ["Offer 0 → Accept", "Offer 1 → Accept"]
    sentences = explain(solution.profiles[0], solution.subgames)
    assert (
        "After Offer 0, Responder is indifferent between Accept and Reject (0 each); "
        in " ".join(sentences)
    )
    assert any("mixing the tied actions" in w for w in solution.warnings)


def test_chance_and_mixing_show_as_branches() -> None:
    game = load_tree(EFG_DIR / "gambit_tests" / "stripped_down_poker.efg")
    (profile,) = subgame_perfect(game).profiles
    assert path_of_play(profile) == (
        "[King 1/2: Bet → [Call 2/3; Fold 1/3]; "
        "Queen 1/2: [Bet 1/3: [Call 2/3; Fold 1/3]; Fold 2/3]]"
    )
    assert path_of_play(profile, probabilities=False) == (
        "[King: Bet → [Call; Fold]; Queen: [Bet: [Call; Fold]; Fold]]"
    )


def test_a_subgame_with_hidden_moves_is_explained_as_a_strategic_game() -> None:
    game = load_tree(ROOT / "games" / "subsidy_first.json")
    solution = subgame_perfect(game)
    (profile,) = solution.profiles
    text = " ".join(explain(profile, solution.subgames))
    assert "After Build data centres, not every move is seen by the player who moves next" in text
    assert "Closed provider plays Price cut and Open provider plays Free" in text
    assert "At the start, Open provider prefers Build data centres" in text
