"""Elimination steps in sentences: names, the dominator, the payoffs compared, ties, German."""

from __future__ import annotations

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from explorer.core.analysis import iterated_elimination
from explorer.core.game import Game, Player
from explorer.core.i18n import CATALOG
from explorer.core.words.dominance import describe_step
from explorer.resources import translations_dir
from tests.core.bimatrix import (
    MIXED_ONLY_A,
    MIXED_ONLY_PLAYERS,
    PD_A,
    PD_B,
    PD_PLAYERS,
    FloatArray,
    bimatrix_games,
)


def test_the_example_sentence_from_the_specification() -> None:
    game = Game.build(
        "Platform pricing",
        [("Closed provider", ["Premium", "Price cut"]), ("Open provider", ["Free", "Paid"])],
        [[(0.35, 0.3), (0.20, 0.1)], [(0.10, 0.1), (0.05, 0.3)]],
    )
    A, B = game.evaluate()
    step = iterated_elimination(A, B).steps[0]
    assert describe_step(step, game.players) == (
        "Step 1: Closed provider's Price cut is strictly dominated by Premium: it pays less "
        "against every remaining strategy of Open provider (0.10 < 0.35 against Free, "
        "0.05 < 0.20 against Paid)."
    )


def test_description_names_the_players_and_strategies() -> None:
    first, second = iterated_elimination(PD_A, PD_B).steps
    text = describe_step(second, PD_PLAYERS)
    assert text.startswith("Step 2: Column's Cooperate is strictly dominated by Defect")
    # Only the row player's Defect is left when the column player's turn comes.
    assert "the only remaining strategy of Row (0 < 1 against Defect)" in text
    assert describe_step(first, PD_PLAYERS) == (
        "Step 1: Row's Cooperate is strictly dominated by Defect: it pays less against every "
        "remaining strategy of Column (3 < 5 against Cooperate, 0 < 1 against Defect)."
    )


def test_description_of_a_mixture() -> None:
    step = iterated_elimination(MIXED_ONLY_A, np.zeros_like(MIXED_ONLY_A)).steps[0]
    text = describe_step(step, MIXED_ONLY_PLAYERS)
    assert "Bottom is strictly dominated by the mix 1/2 Top + 1/2 Middle" in text
    assert "1 < 1.50 against L" in text


def test_description_of_weak_dominance_shows_ties() -> None:
    A = np.array([[1.0, 1.0], [1.0, 0.0]])
    step = iterated_elimination(A, np.zeros_like(A), weak=True).steps[0]
    players = (Player("Ann", ("Up", "Down")), Player("Bob", ("Left", "Right")))
    text = describe_step(step, players)
    assert "Ann's Down is weakly dominated by Up" in text
    assert "strictly" not in text
    assert "1 = 1 against Left" in text
    assert "0 < 1 against Right" in text


def test_long_descriptions_are_cut_short() -> None:
    A = np.array([[1.0] * 7, [0.0] * 7])
    players = (Player("Ann", ("Up", "Down")), Player("Bob", tuple(f"S{k}" for k in range(7))))
    text = describe_step(iterated_elimination(A, np.zeros_like(A)).steps[0], players)
    assert "and 3 more" in text
    assert "S4" not in text


def test_comparisons_keep_enough_decimals_to_differ() -> None:
    A = np.array([[0.1004, 2.0], [0.1001, 1.0]])
    step = iterated_elimination(A, np.zeros_like(A)).steps[0]
    players = (Player("Ann", ("Up", "Down")), Player("Bob", ("Left", "Right")))
    assert "0.1001 < 0.1004 against Left" in describe_step(step, players)


@settings(max_examples=40, deadline=None)
@given(bimatrix_games(), st.booleans())
def test_every_step_is_described_with_its_names(
    game: tuple[FloatArray, FloatArray], weak: bool
) -> None:
    A, B = game
    m, n = A.shape
    players = (
        Player("Ann", tuple(f"a{i}" for i in range(m))),
        Player("Bob", tuple(f"b{j}" for j in range(n))),
    )
    for step in iterated_elimination(A, B, weak=weak).steps:
        text = describe_step(step, players)
        own, other = players[step.player], players[1 - step.player]
        assert text.startswith(f"Step {step.number}: {own.name}'s {own.strategies[step.strategy]} ")
        assert ("is strictly dominated" if step.strict else "is weakly dominated") in text
        assert other.name in text
        # The dominator's words name exactly the strategies it plays.
        dominator_words = set(text.split(" dominated by ")[1].split(": it ")[0].split())
        for k, p in enumerate(step.dominator):
            assert (own.strategies[k] in dominator_words) == (p > 0)
        assert text.endswith(").")


def test_the_sentence_in_german() -> None:
    with CATALOG.using("de", translations_dir()):
        first, _second = iterated_elimination(PD_A, PD_B).steps
        text = describe_step(first, PD_PLAYERS)
    assert text == (
        "Schritt 1: Cooperate von Row wird strikt dominiert durch Defect: sie bringt gegen "
        "jede verbleibende Strategie von Column weniger (3 < 5 gegen Cooperate, 0 < 1 gegen "
        "Defect)."
    )
