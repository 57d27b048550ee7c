"""The Tournament page: every ticked strategy meets every other; progress, cancel, standings."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from tests.app.user import click, click_tab, retype


def untick_all_but(qtbot, page, keep: set[str]) -> None:  # type: ignore[no-untyped-def]
    """Click each entrant to keep or drop and toggle it with the space bar."""
    entrants = page.entrants
    for k in range(entrants.count()):
        item = entrants.item(k)
        ticked = item.checkState() == Qt.CheckState.Checked
        if (item.data(Qt.ItemDataRole.UserRole).kind in keep) != ticked:
            click(entrants.viewport(), entrants.visualItemRect(item).center())
            QTest.keyClick(entrants, Qt.Key.Key_Space)


def test_a_tournament_runs_and_can_be_cancelled(qtbot, repeated_tab) -> None:  # type: ignore[no-untyped-def]
    click_tab(repeated_tab.views, 2)
    page = repeated_tab.tournament
    retype(repeated_tab.controls.periods, "1000")
    retype(page.repetitions, "50")
    click(page.run)
    assert page.cancel.isEnabled() and not page.run.isEnabled()
    qtbot.waitUntil(lambda: page.progress.value() > 0, timeout=30_000)
    click(page.cancel)
    assert "cancelled" in page.status.text() and page.table.rowCount() == 0
    retype(repeated_tab.controls.periods, "20")
    retype(page.repetitions, "1")
    untick_all_but(qtbot, page, {"tft", "defect", "cooperate"})
    assert len(page.entrant_strategies()) == 3
    click(page.run)
    qtbot.waitUntil(lambda: page.table.rowCount() == 3, timeout=30_000)
    names = [page.table.item(r, 1).text() for r in range(3)]
    assert set(names) == {"Tit-for-tat", "Always defect", "Always cooperate"}
    assert "wins" in page.status.text()


def test_a_tournament_needs_an_entrant(qtbot, repeated_tab) -> None:  # type: ignore[no-untyped-def]
    click_tab(repeated_tab.views, 2)
    page = repeated_tab.tournament
    untick_all_but(qtbot, page, set())
    click(page.run)
    assert page.status.text() == "Tick at least one strategy."
    assert page.run.isEnabled()


def test_an_asymmetric_game_shows_each_roles_score_and_says_the_score_is_their_mean(
    qtbot, open_repeated
) -> None:  # type: ignore[no-untyped-def]
    """The repeated price war's players are in different positions: the table shows each
    role's score beside the mean, played at the preset's δ = 0.8."""
    tab = open_repeated("ai_price_war_repeated.json")
    assert tab.controls.delta.value() == 0.8
    click_tab(tab.views, 2)
    page = tab.tournament
    retype(page.repetitions, "1")
    untick_all_but(qtbot, page, {"grim", "defect"})
    click(page.run)
    qtbot.waitUntil(lambda: page.table.rowCount() == 2, timeout=30_000)
    assert "not in the same position" in page.roles.text()
    headers = [page.table.horizontalHeaderItem(c).text() for c in (4, 5)]
    assert headers == ["as Closed provider", "as Open provider"]
    assert not page.table.isColumnHidden(4) and not page.table.isColumnHidden(5)
    for row in range(2):
        mean, by_row, by_column = (float(page.table.item(row, c).text()) for c in (2, 4, 5))
        assert abs(mean - (by_row + by_column) / 2) < 1e-3


def test_a_symmetric_game_hides_the_role_columns(qtbot, repeated_tab) -> None:  # type: ignore[no-untyped-def]
    click_tab(repeated_tab.views, 2)
    page = repeated_tab.tournament
    untick_all_but(qtbot, page, {"tft", "defect"})
    click(page.run)
    qtbot.waitUntil(lambda: page.table.rowCount() == 2, timeout=30_000)
    assert "symmetric" in page.roles.text() and page.table.isColumnHidden(4)
