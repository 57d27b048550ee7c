"""Numbers, probabilities and profiles for people: fractions where exact, short decimals else."""

from __future__ import annotations

from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from explorer.core.game import Game
from explorer.core.i18n import CATALOG
from explorer.core.solve import Equilibrium, solve
from explorer.core.text import (
    capitalised,
    format_number,
    format_probability,
    mixed_strategy_label,
    mixture_text,
    payoff_label,
    profile_label,
    simple_fraction,
)
from explorer.resources import translations_dir

GAME = Game.build(
    "g", [("Ann", ["Premium", "Cut"]), ("Bob", ["Free", "Paid"])], [[[1, 0], [0, 1]]] * 2
)


@pytest.mark.parametrize(
    ("value", "digits", "text"),
    [
        (2.0, 3, "2"),
        (0.5, 3, "0.5"),
        (1 / 3, 3, "0.333"),
        (2 / 3, 2, "0.67"),
        (-0.0001, 3, "0"),  # rounds to -0.000: never "-0"
        (-1.25, 3, "-1.25"),
        (1234.5, 0, "1234"),  # Python rounds halves to even
        (0.0, 3, "0"),
    ],
)
def test_format_number_for_people(value: float, digits: int, text: str) -> None:
    assert format_number(value, digits) == text


@given(st.floats(-1e6, 1e6, allow_nan=False))
def test_format_number_has_no_trailing_zeros_and_no_minus_zero(value: float) -> None:
    text = format_number(value)
    assert text != "-0" and not (("." in text) and text.endswith("0")) and not text.endswith(".")
    assert abs(float(text) - value) <= 0.0005 + 1e-9 * abs(value)


def test_format_probability_prefers_the_exact_fraction() -> None:
    assert format_probability(2 / 3, Fraction(2, 3)) == "2/3"
    assert format_probability(2 / 3) == "0.667"
    assert format_probability(0.5, None, 1) == "0.5"


@pytest.mark.parametrize(
    ("p", "text"),
    [
        (0.5, "1/2"),
        (1 / 3, "1/3"),
        (2 / 7, "2/7"),
        (1.0, "1"),
        (0.0, "0"),
        (0.37, "0.37"),
        (0.3712, "0.371"),
        (0.3, "3/10"),
        (0.0004, "0.0004"),  # too small for three decimals: two significant digits
        (1 / 21, "0.048"),  # denominator above 20: a decimal
    ],
)
def test_probabilities_as_simple_fractions_or_decimals(p: float, text: str) -> None:
    assert simple_fraction(p) == text


def test_mixture_text_skips_unplayed_strategies() -> None:
    assert mixture_text((0.25, 0.0, 0.75), ("A", "B", "C")) == "1/4 A + 3/4 C"
    assert mixture_text((0.0, 1.0), ("A", "B")) == "B"


def test_mixed_strategy_label_names_a_pure_strategy_and_weighs_a_mix() -> None:
    names = ("Premium", "Cut")
    assert mixed_strategy_label((1.0, 0.0), names) == "Premium"
    assert mixed_strategy_label((2 / 3, 1 / 3), names) == "Premium 0.667 · Cut 0.333"
    exact = (Fraction(2, 3), Fraction(1, 3))
    assert mixed_strategy_label((2 / 3, 1 / 3), names, exact) == "Premium 2/3 · Cut 1/3"
    assert mixed_strategy_label((0.5, 0.5), names, None, ", ") == "Premium 0.5, Cut 0.5"


def _matching_pennies_equilibrium() -> Equilibrium:
    """Matching pennies with payoffs 1 and 0: each mixes 1/2 · 1/2 and expects 1/2."""
    (equilibrium,) = solve([[1, 0], [0, 1]], [[0, 1], [1, 0]]).equilibria
    return equilibrium


def test_profile_label_and_payoff_label() -> None:
    pure = Equilibrium((1.0, 0.0), (0.0, 1.0), (0.0, 1.0))
    assert profile_label(GAME, pure) == "Premium / Paid"
    mixed = _matching_pennies_equilibrium()
    assert profile_label(GAME, mixed) == "mixed: Premium 1/2 · Cut 1/2 / Free 1/2 · Paid 1/2"
    assert profile_label(GAME, mixed, mixed_prefix=False).startswith("Premium 1/2")
    assert payoff_label(mixed) == "1/2, 1/2"
    assert payoff_label(Equilibrium((1.0,), (1.0,), (0.41234, 2.0))) == "0.412, 2"


def test_the_mixed_prefix_is_translated() -> None:
    mixed = _matching_pennies_equilibrium()
    with CATALOG.using("de", translations_dir()):
        label = profile_label(GAME, mixed)
    assert label == "gemischt: Premium 1/2 · Cut 1/2 / Free 1/2 · Paid 1/2"


def test_capitalised_keeps_the_rest() -> None:
    assert capitalised("lemke-Howson") == "Lemke-Howson"
    assert capitalised("") == ""
