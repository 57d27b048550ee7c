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
