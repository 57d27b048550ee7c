"""The Collusion page: the sweep engine over a lever, the thresholds at each point, a map."""

from __future__ import annotations

from tests.app.user import click, click_tab, retype


def test_the_map_shows_where_collusion_holds(qtbot, open_repeated) -> None:  # type: ignore[no-untyped-def]
    tab = open_repeated("ai_price_war_repeated.json")
    page = tab.collusion
    assert page.lever.currentText() == "subsidy"
    click_tab(tab.views, 3)
    retype(page.points, "11")
    click(page.run)
    qtbot.waitUntil(lambda: page.result is not None, timeout=30_000)
    legend = page.plot.legend.text()
    assert "holds under grim trigger" in legend and "does not hold" in legend
    assert page.result.axis.count == 11 and len(page.result.grim) == 11
    assert page.progress.isHidden()
    assert "Where Premium / Paid lasts" in page.plot.view.plotItem.titleLabel.text
