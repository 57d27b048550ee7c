"""Payoff formulas: the whitelisted language, vectorised evaluation, errors that say where."""

from __future__ import annotations

import math

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from explorer.core.formula import MAX_LENGTH, Formula, FormulaError

PARAMETERS = ["subsidy", "trust_penalty"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1.0 - 0.5*trust_penalty", 1.0 - 0.5 * 0.3),
        ("0.3 + subsidy", 0.5),
        ("-subsidy ** 2", -(0.2**2)),
        ("(1 + subsidy) / (1 - trust_penalty)", 1.2 / 0.7),
        ("min(subsidy, trust_penalty, 0.25)", 0.2),
        ("max(subsidy, trust_penalty)", 0.3),
        ("exp(log(2))", 2.0),
        ("sqrt(abs(-16))", 4.0),
        ("where(subsidy > 0.1, 1, 2)", 1.0),
        ("1 if trust_penalty >= 0.5 else 2", 2.0),
        ("clip(subsidy * 10, 0, 1)", 1.0),
        ("(subsidy < trust_penalty) + (subsidy == 0.2)", 2.0),
        ("0 < subsidy < trust_penalty", 1.0),
        ("not subsidy", 0.0),
        ("subsidy > 0 and trust_penalty > 0", 1.0),
        ("subsidy > 1 or trust_penalty > 1", 0.0),
        ("+7", 7.0),
        ("1e-3 * 1000", 1.0),
    ],
)
def test_formula_value_at_one_point(text: str, expected: float) -> None:
    value = Formula(text, PARAMETERS).value({"subsidy": 0.2, "trust_penalty": 0.3})
    assert value == pytest.approx(expected)


def test_one_call_evaluates_a_whole_grid() -> None:
    formula = Formula("subsidy - trust_penalty * 2", PARAMETERS)
    s = np.linspace(0, 1, 5)[:, None]
    t = np.linspace(0, 1, 3)[None, :]
    result = formula.evaluate({"subsidy": s, "trust_penalty": t})
    assert result.shape == (5, 3)
    np.testing.assert_allclose(result, s - 2 * t)


def test_a_constant_formula_has_no_names_and_broadcasts_later() -> None:
    formula = Formula(2.5, PARAMETERS)
    assert formula.is_constant
    assert formula.evaluate({"subsidy": np.zeros(4)}).shape == ()
    assert formula.text == "2.5"


def test_unknown_name_says_which_where_and_what_exists() -> None:
    with pytest.raises(FormulaError) as caught:
        Formula("2 * subsidyy", PARAMETERS)
    assert str(caught.value) == (
        "unknown name 'subsidyy' at column 5 (did you mean 'subsidy'?); "
        "parameters are: subsidy, trust_penalty"
    )
    assert caught.value.column == 5


def test_column_counts_leading_white_space() -> None:
    with pytest.raises(FormulaError) as caught:
        Formula("   x + 1", PARAMETERS)
    assert caught.value.column == 4


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ("log(0)", "infinite"),
        ("sqrt(-1)", "NaN"),
        ("1 / (subsidy - 0.2)", "infinite"),
        ("exp(1000)", "infinite"),
    ],
)
def test_nan_or_infinity_at_the_current_values_is_an_error(text: str, fragment: str) -> None:
    formula = Formula(text, PARAMETERS)
    with pytest.raises(FormulaError, match=fragment):
        formula.value({"subsidy": 0.2, "trust_penalty": 0.3})


def test_nonfinite_points_stay_visible_in_a_grid() -> None:
    result = Formula("1 / subsidy", PARAMETERS).evaluate({"subsidy": np.array([0.0, 0.5])})
    assert math.isinf(result[0]) and result[1] == 2.0


def test_the_unused_branch_of_where_does_not_poison_the_result() -> None:
    formula = Formula("where(subsidy > 0, log(subsidy), 0)", PARAMETERS)
    np.testing.assert_allclose(formula.evaluate({"subsidy": np.array([0.0, 1.0])}), [0.0, 0.0])


def test_length_limit() -> None:
    with pytest.raises(FormulaError, match="too long"):
        Formula("1+" * MAX_LENGTH + "1", PARAMETERS)


def test_equality_is_by_source() -> None:
    assert Formula("1 + subsidy", PARAMETERS) == Formula("1 + subsidy", None)
    assert Formula("1 + subsidy", PARAMETERS) != Formula("subsidy + 1", PARAMETERS)


@given(
    a=st.floats(-1e6, 1e6, allow_nan=False),
    b=st.floats(-1e6, 1e6, allow_nan=False),
)
def test_arithmetic_matches_python(a: float, b: float) -> None:
    formula = Formula("(a + b) * 2 - a * b + max(a, b) - abs(a)", ["a", "b"])
    expected = (a + b) * 2 - a * b + max(a, b) - abs(a)
    assert formula.value({"a": a, "b": b}) == pytest.approx(expected, rel=1e-12, abs=1e-6)
