"""The Payoff region page: the folk theorem's region, its thresholds, and where the match lands."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from tests.app.user import POPUP, choose, click, press


def test_the_region_names_the_minmax_point_and_the_match(repeated_tab) -> None:  # type: ignore[no-untyped-def]
    region = repeated_tab.region
    analysis = region.theory.analysis
    assert (analysis.minmax[0].value, analysis.minmax[1].value) == (1, 1)  # mutual confession
    legend = region.legend.text()
    assert "minmax point (1, 1)" in legend
    assert "the simulated match (3, 3)" in legend  # cooperation throughout
    stars = [i for i in region.plot.listDataItems() if i.opts.get("symbol") == "star"]
    assert len(stars) == 1 and stars[0].xData[0] == pytest.approx(3)


def test_delta_moves_the_match_but_not_the_thresholds(qtbot, repeated_tab) -> None:  # type: ignore[no-untyped-def]
    region, theory = repeated_tab.region, repeated_tab.region.theory
    asked = region.runner.generation
    slider = repeated_tab.controls.delta_slider
    click(slider)  # the focus (a click also moves the slider a page towards it)
    QTest.keyClick(slider, Qt.Key.Key_Home)
    press(slider, Qt.Key.Key_PageUp, 8)  # a page is ten steps: δ = 0.80
    qtbot.waitUntil(
        lambda: repeated_tab.match.simulation.discount_factor == pytest.approx(0.8),
        timeout=20_000,
    )
    assert region.runner.generation == asked and region.theory is theory  # not worked out again
    assert region.match is repeated_tab.match  # the star follows the match


@POPUP
def test_another_meaning_of_cooperation_has_its_own_thresholds(qtbot, repeated_tab) -> None:  # type: ignore[no-untyped-def]
    before = repeated_tab.region.theory
    choose(repeated_tab.controls.cooperate[1], "Confess")
    qtbot.waitUntil(lambda: repeated_tab.region.theory is not before, timeout=20_000)
    assert repeated_tab.region.theory.setup.convention.cooperate == (0, 1)
    qtbot.waitUntil(
        lambda: repeated_tab.sentence.text().startswith(repeated_tab.region.theory.sentence),
        timeout=20_000,
    )
    assert "it does not last" in repeated_tab.sentence.text()  # no δ sustains it
