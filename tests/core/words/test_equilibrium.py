"""Equilibria in sentences: best responses with their payoffs, the indifference equation, German."""

from __future__ import annotations

import numpy as np

from explorer.core.game import Game
from explorer.core.i18n import CATALOG
from explorer.core.solve import solve
from explorer.core.words.equilibrium import explain_equilibrium, join_words, show_number
from explorer.resources import translations_dir

BATTLE = Game.build(
    "Battle of the sexes",
    [("Ann", ["Opera", "Football"]), ("Bob", ["Opera", "Football"])],
    [[[2, 1], [0, 0]], [[0, 0], [1, 2]]],
)
RPS = Game.build(
    "Rock, paper, scissors",
    [("Ann", ["Rock", "Paper", "Scissors"]), ("Bob", ["Rock", "Paper", "Scissors"])],
    [
        [[0, 0], [-1, 1], [1, -1]],
        [[1, -1], [0, 0], [-1, 1]],
        [[-1, 1], [1, -1], [0, 0]],
    ],
)


def sentences(game: Game, kind: str, index: int = 0) -> list[str]:
    A, B = game.evaluate()
    equilibria = [e for e in solve(A, B).equilibria if e.kind == kind]
    return explain_equilibrium(game, A, B, equilibria[index])


def test_a_pure_equilibrium_compares_each_strategy_with_the_other() -> None:
    first, second = sentences(BATTLE, "pure")
    assert first == (
        "Ann: Opera earns 2 against Opera, more than Football's 0, so Opera is a best response."
    )
    assert second == (
        "Bob: Opera earns 1 against Opera, more than Football's 0, so Opera is a best response."
    )


def test_a_mixed_equilibrium_states_the_indifference_and_solves_it() -> None:
    """Ann's p = 2/3 solves Bob's 1·p + 0·(1 − p) = 0·p + 2·(1 − p)."""
    text = sentences(BATTLE, "mixed")
    assert len(text) == 4
    assert text[0].startswith("Ann is indifferent between Opera and Football against ")
    assert "each earns 2/3" in text[0]
    assert text[2] == (
        "Ann's mix Opera 2/3 · Football 1/3 is what makes Bob indifferent: with p = P(Opera), "
        "Bob's Opera earns 1·p + 0·(1 − p) and its Football earns 0·p + 2·(1 − p); these are "
        "equal at p = 2/3."
    )
    assert "p = 1/3" in text[3]


def test_a_tie_is_called_as_much_as() -> None:
    game = Game.build(
        "ties", [("Ann", ["Up", "Down"]), ("Bob", ["Left", "Right"])], [[[1, 1], [1, 0]]] * 2
    )
    text = sentences(game, "pure")
    assert "Up earns 1 against Left, as much as Down's 1, so Up is a best response." in text[0]


def test_a_single_strategy_is_its_only_strategy() -> None:
    game = Game.build("one", [("Ann", ["Stay"]), ("Bob", ["Left", "Right"])], [[[1, 0], [0, 2]]])
    first, second = sentences(game, "pure")
    assert first == "Ann: Stay earns 0 against Right, its only strategy."
    assert "Right earns 2 against Stay, more than Left's 0" in second


def test_three_strategies_in_the_support_give_the_common_value() -> None:
    text = sentences(RPS, "mixed")
    assert "indifferent between Rock, Paper and Scissors" in text[0]
    assert text[2] == (
        "Ann's mix Rock 1/3 · Paper 1/3 · Scissors 1/3 is what makes Bob indifferent: against "
        "it, Rock, Paper and Scissors each earn 0."
    )


def test_a_mixing_player_says_what_would_earn_less() -> None:
    """The battle of the sexes with a third option for Ann that always pays her −1."""
    game = Game.build(
        "with a night in",
        [("Ann", ["Opera", "Football", "Night in"]), ("Bob", ["Opera", "Football"])],
        [[[2, 1], [0, 0]], [[0, 0], [1, 2]], [[-1, 0], [-1, 0]]],
    )
    text = sentences(game, "mixed")
    assert text[0].endswith("is a best response; Night in's -1 would earn less.")


def test_numbers_and_lists_read_naturally() -> None:
    from fractions import Fraction

    assert show_number(Fraction(4, 2)) == "2" and show_number(Fraction(1, 3)) == "1/3"
    assert show_number(0.41234) == "0.412"
    assert join_words([]) == "" and join_words(["a"]) == "a"
    assert join_words(["a", "b", "c"]) == "a, b and c"


def test_the_sentences_in_german() -> None:
    with CATALOG.using("de", translations_dir()):
        first = sentences(BATTLE, "pure")[0]
        mixed = sentences(BATTLE, "mixed")
    assert first == (
        "Ann: Opera bringt 2 gegen Opera, mehr als Football (0), also ist Opera eine beste Antwort."
    )
    assert "gleich bei p = 2/3" in mixed[2]
    assert np.all([isinstance(s, str) for s in mixed])


def test_many_worse_strategies_are_counted_and_the_best_of_them_named() -> None:
    """A family of 21 prices: the sentence counts the 20 other prices and names the three
    that earn most, in the order of their payoffs, instead of listing all 20."""
    from explorer.core.families import StrategyRange, family_game

    game = family_game(
        "Monopoly",
        [("Seller", [StrategyRange("p", 0, 1, 21)]), ("Buyer", ["Buy"])],
        [[["p * (1 - p)", "1 - p"]]],
    )
    first, _ = sentences(game, "pure")
    assert first.startswith("Seller: p=0.5 earns 1/4 against Buy, more than each of its other")
    named = first.split("(the best of them: ")[1].split(")")[0]
    # p (1 - p) is highest next to 0.5: 0.45 and 0.55 tie at 99/400, then 0.4 and 0.6
    assert {"p=0.45's 99/400", "p=0.55's 99/400"} < set(named.replace(" and ", ", ").split(", "))
    assert named.count("'s ") == 3 and ("p=0.4's 6/25" in named or "p=0.6's 6/25" in named)
    assert "other 20 strategies" in first and first.endswith("so p=0.5 is a best response.")


def test_a_strategy_that_earns_a_little_less_never_reads_as_earning_as_much() -> None:
    """1 + √2 p (1 − p) / 10 is 1.03536 at p = 0.5 and 1.03534 at p = 0.49: both read
    1.035 at three decimals, so the runner-up gets a fourth."""
    from explorer.core.families import StrategyRange, family_game

    game = family_game(
        "Flat top",
        [("Seller", [StrategyRange("p", 0, 1, 101)]), ("Buyer", ["Buy"])],
        [[["1 + sqrt(2) * p * (1 - p) / 10", "1 - p"]]],
    )
    first, _ = sentences(game, "pure")
    assert first.startswith("Seller: p=0.5 earns 1.035 against Buy")
    assert "p=0.49's 1.0353" in first and "p=0.51's 1.0353" in first
