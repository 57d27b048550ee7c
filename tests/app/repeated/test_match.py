"""The Match page: the simulated match follows δ and the strategies; totals as theory says."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from explorer.core.repeated import Strategy
from tests.app.user import POPUP, choose, click, click_tab, retype


def test_changing_delta_updates_the_match_and_its_totals(qtbot, repeated_tab) -> None:  # type: ignore[no-untyped-def]
    before = repeated_tab.match
    assert before.simulation.discount_factor == pytest.approx(0.9)
    slider = repeated_tab.controls.delta_slider
    click(slider)
    QTest.keyClick(slider, Qt.Key.Key_Home)
    for _ in range(4):
        QTest.keyClick(slider, Qt.Key.Key_PageUp)  # a page is ten steps: δ = 0.40
    qtbot.waitUntil(
        lambda: repeated_tab.match.simulation.discount_factor == pytest.approx(0.4),
        timeout=20_000,
    )
    assert repeated_tab.controls.delta.value() == pytest.approx(0.4)
    page = repeated_tab.match_page
    totals = repeated_tab.match.simulation.discounted_totals[-1]
    # Tit-for-tat against grim trigger cooperate throughout: 3 per period, discounted.
    assert totals[0] == pytest.approx(3 * (1 - 0.4**20) / (1 - 0.4))
    assert f"{totals[0]:.3f}" in page.totals.text()
    assert "backward induction" in page.totals.text()


def test_below_the_threshold_the_headline_and_the_match_show_the_deviation_that_pays(
    qtbot, repeated_tab
) -> None:  # type: ignore[no-untyped-def]
    """Cooperation in the prisoner's dilemma (5, 3, 1, 0) needs δ ≥ 1/2. At δ = 0.9 it lasts;
    at δ = 0.4 confessing once gains 5 − 3 = 2 now and loses (3 − 1) per period after,
    2 − 0.4·2/0.6 = 2/3 in all: the headline says so, and the match draws that deviation
    (both players' payoffs dashed) beside the match's own two lines."""
    page = repeated_tab.match_page
    assert "At δ = 0.90 it lasts" in repeated_tab.sentence.text()
    assert len(page.payoffs_plot.listDataItems()) == 2
    slider = repeated_tab.controls.delta_slider
    click(slider)
    QTest.keyClick(slider, Qt.Key.Key_Home)
    for _ in range(4):
        QTest.keyClick(slider, Qt.Key.Key_PageUp)
    qtbot.waitUntil(lambda: "At δ = 0.40" in repeated_tab.sentence.text(), timeout=20_000)
    text = repeated_tab.sentence.text()
    assert "lasts if δ ≥ 0.50" in text
    assert "At δ = 0.40 it does not last: in period 1 Prisoner A gains 0.67 by playing" in text
    assert len(page.payoffs_plot.listDataItems()) == 4
    assert "Dashed" in page.totals.text() and "0.67" in page.totals.text()


@POPUP
def test_switching_to_always_defect_shows_the_punishment(qtbot, repeated_tab) -> None:  # type: ignore[no-untyped-def]
    choose(repeated_tab.controls.column_strategy, "Always defect")
    qtbot.waitUntil(
        lambda: repeated_tab.match.simulation.actions[-1].tolist() == [1, 1], timeout=20_000
    )
    assert repeated_tab.match.simulation.actions[0].tolist() == [0, 1]


def test_strategies_are_plain_data(repeated_tab) -> None:  # type: ignore[no-untyped-def]
    combo = repeated_tab.controls.row_strategy
    assert all(isinstance(combo.itemData(k), Strategy) for k in range(combo.count()))


def test_a_match_that_cannot_be_played_says_why(qtbot, repeated_tab) -> None:  # type: ignore[no-untyped-def]
    page = repeated_tab.match_page
    with qtbot.waitSignal(page.failed, timeout=20_000) as failed:
        repeated_tab.document.edit_cell((0, 0, 0), "1 / 0")
    assert failed.args[0] and failed.args[0] == repeated_tab.sentence.text()


def test_the_repeated_price_war_says_where_its_threshold_binds_and_what_pays_below_it(
    qtbot, open_repeated
) -> None:  # type: ignore[no-untyped-def]
    """Issue 11's defect 14: below the threshold the sentence says so at the δ typed, and the
    match page draws the deviation that pays (computed by hand in
    tests/core/repeated/test_over_time.py: from period 21 on going free gains 0.12 at
    δ = 0.19); the payoff region page shows each period's threshold."""
    tab = open_repeated("ai_price_war_repeated.json")
    assert "binds from period 21 on" in tab.sentence.text()
    assert "At δ = 0.80 it lasts" in tab.sentence.text()
    retype(tab.controls.delta, "0.19")
    qtbot.waitUntil(lambda: "At δ = 0.19" in tab.sentence.text(), timeout=20_000)
    assert (
        "At δ = 0.19 it does not last: in period 21 Open provider gains 0.12 by playing Free "
        "instead of Paid." in tab.sentence.text()
    )
    page = tab.match_page
    assert len(page.payoffs_plot.listDataItems()) == 4
    assert "plays Free in period 21" in page.totals.text()
    click_tab(tab.views, 1)
    assert tab.region.timeline.isVisible()
    assert len(tab.region.timeline.listDataItems()) == 2  # grim trigger and minmax
