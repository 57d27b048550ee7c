"""The Repeated tab: δ moves the sentence and the plots; tournaments run and can be cancelled."""

from __future__ import annotations

import pytest

from explorer.core.repeated import Strategy


@pytest.fixture
def repeated_tab(bundled_window, qtbot):  # type: ignore[no-untyped-def]
    window = bundled_window("repeated_prisoners_dilemma.json")
    window.tabs.setCurrentWidget(window.repeated)
    tab = window.repeated
    qtbot.waitUntil(lambda: tab.match is not None and tab.theory is not None, timeout=30_000)
    return tab


def test_the_preset_is_applied(repeated_tab) -> None:  # type: ignore[no-untyped-def]
    assert repeated_tab.controls.delta.value() == pytest.approx(0.9)
    assert repeated_tab.controls.row_strategy.currentData().kind == "tft"
    assert repeated_tab.controls.column_strategy.currentData().kind == "grim"
    assert repeated_tab.controls.cooperate[0].currentText() == "Stay silent"
    assert "lasts if δ ≥ 0.50" in repeated_tab.sentence.text()


def test_changing_delta_updates_the_match_and_its_totals(qtbot, repeated_tab) -> None:  # type: ignore[no-untyped-def]
    before = repeated_tab.match
    assert before.simulation.discount_factor == pytest.approx(0.9)
    repeated_tab.controls.delta_slider.setValue(40)
    qtbot.waitUntil(
        lambda: (
            repeated_tab.match is not before
            and repeated_tab.match.simulation.discount_factor == pytest.approx(0.4)
        ),
        timeout=20_000,
    )
    assert repeated_tab.controls.delta.value() == pytest.approx(0.4)
    totals = repeated_tab.match.simulation.discounted_totals[-1]
    # Tit-for-tat against grim trigger cooperate throughout: 3 per period, discounted.
    assert totals[0] == pytest.approx(3 * (1 - 0.4**20) / (1 - 0.4))
    assert f"{totals[0]:.3f}" in repeated_tab.match_page.totals.text()
    assert len(repeated_tab.match_page.payoffs_plot.listDataItems()) == 2


def test_switching_to_always_defect_shows_the_punishment(qtbot, repeated_tab) -> None:  # type: ignore[no-untyped-def]
    combo = repeated_tab.controls.column_strategy
    combo.setCurrentIndex([combo.itemData(k).kind for k in range(combo.count())].index("defect"))
    qtbot.waitUntil(
        lambda: repeated_tab.match.simulation.actions[-1].tolist() == [1, 1], timeout=20_000
    )
    assert repeated_tab.match.simulation.actions[0].tolist() == [0, 1]


def test_tournament_runs_and_can_be_cancelled(qtbot, repeated_tab) -> None:  # type: ignore[no-untyped-def]
    repeated_tab.views.setCurrentIndex(2)
    repeated_tab.controls.periods.setValue(1000)
    repeated_tab.tournament.repetitions.setValue(50)
    repeated_tab.tournament.run.click()
    assert repeated_tab.tournament.cancel.isEnabled()
    qtbot.waitUntil(lambda: repeated_tab.tournament.progress.value() > 0, timeout=30_000)
    repeated_tab.tournament.cancel.click()
    assert "cancelled" in repeated_tab.tournament.status.text()
    assert repeated_tab.tournament.table.rowCount() == 0
    repeated_tab.controls.periods.setValue(20)
    repeated_tab.tournament.repetitions.setValue(1)
    for k in range(repeated_tab.tournament.entrants.count()):  # a smaller field: three strategies
        item = repeated_tab.tournament.entrants.item(k)
        keep = item.data(256).kind in ("tft", "defect", "cooperate")
        item.setCheckState(item.checkState().Checked if keep else item.checkState().Unchecked)
    repeated_tab.tournament.run.click()
    qtbot.waitUntil(lambda: repeated_tab.tournament.table.rowCount() == 3, timeout=30_000)
    names = [repeated_tab.tournament.table.item(r, 1).text() for r in range(3)]
    assert set(names) == {"Tit-for-tat", "Always defect", "Always cooperate"}
    assert "wins" in repeated_tab.tournament.status.text()


def test_collusion_view_reuses_the_sweep(qtbot, bundled_window) -> None:  # type: ignore[no-untyped-def]
    window = bundled_window("ai_price_war_repeated.json")
    window.tabs.setCurrentWidget(window.repeated)
    tab = window.repeated
    assert tab.collusion.lever.currentText() == "subsidy"
    tab.collusion.points.setValue(11)
    tab.views.setCurrentIndex(3)
    tab.collusion.run.click()
    qtbot.waitUntil(
        lambda: "holds under grim trigger" in tab.collusion.plot.legend.text(), timeout=30_000
    )
    assert "does not hold" in tab.collusion.plot.legend.text()


def test_strategies_are_plain_data(repeated_tab) -> None:  # type: ignore[no-untyped-def]
    assert all(
        isinstance(repeated_tab.controls.row_strategy.itemData(k), Strategy)
        for k in range(repeated_tab.controls.row_strategy.count())
    )
