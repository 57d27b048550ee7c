"""Regime colours any two of which are told apart at a glance, by the CIEDE2000 difference."""

from __future__ import annotations

import itertools

import pytest

from explorer.render.palette import MIN_REGIME_DIFFERENCE, REGIME_COLOURS, colour_difference, lab


@pytest.mark.parametrize(
    ("first", "second", "difference"),
    [
        # Sharma, Wu and Dalal (2005), table 1: pairs 1, 2, 7, 13 (hues 180° apart), 17 to 20.
        ((50.0, 2.6772, -79.7751), (50.0, 0.0, -82.7485), 2.0425),
        ((50.0, 3.1571, -77.2803), (50.0, 0.0, -82.7485), 2.8615),
        ((50.0, 0.0, 0.0), (50.0, -1.0, 2.0), 2.3669),
        ((50.0, 2.49, -0.001), (50.0, -2.49, 0.0009), 7.1792),
        ((50.0, 2.5, 0.0), (73.0, 25.0, -18.0), 27.1492),
        ((50.0, 2.5, 0.0), (61.0, -5.0, 29.0), 22.8977),
        ((50.0, 2.5, 0.0), (56.0, -27.0, -3.0), 31.9030),
        ((50.0, 2.5, 0.0), (58.0, 24.0, 15.0), 19.4535),
    ],
)
def test_the_colour_difference_of_the_published_test_pairs(first, second, difference) -> None:  # type: ignore[no-untyped-def]
    assert colour_difference(first, second) == pytest.approx(difference, abs=1e-4)
    assert colour_difference(second, first) == pytest.approx(difference, abs=1e-4)


def test_lab_of_white_black_and_a_primary() -> None:
    assert lab("#ffffff") == pytest.approx((100.0, 0.0, 0.0), abs=0.01)
    assert lab("#000000") == pytest.approx((0.0, 0.0, 0.0), abs=0.01)
    assert lab("#ff0000") == pytest.approx((53.24, 80.09, 67.20), abs=0.02)


def test_every_two_regime_colours_differ_clearly() -> None:
    """The issue's case: two light blues (#56B4E9 and #88CCEE, ΔE 8) on one map."""
    assert colour_difference(lab("#56B4E9"), lab("#88CCEE")) < MIN_REGIME_DIFFERENCE
    for first, second in itertools.combinations(REGIME_COLOURS, 2):
        assert colour_difference(lab(first), lab(second)) >= MIN_REGIME_DIFFERENCE, (first, second)
    assert len(set(REGIME_COLOURS)) == len(REGIME_COLOURS) >= 12
    # None is near the white of undefined points.
    assert all(
        colour_difference(lab(c), lab("#ffffff")) >= MIN_REGIME_DIFFERENCE for c in REGIME_COLOURS
    )
