"""The Sweep tab on a tree: the subgame-perfect outcome over the subsidy (the state's choice
changing the price war), hover and click as on a matrix, and the Nash regimes of the
strategic form when asked."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPointF
from PySide6.QtTest import QTest

from tests.app.user import POPUP, choose, click, click_tab, retype, settled


@pytest.fixture
def subsidy_sweep(bundled_window, qtbot):  # type: ignore[no-untyped-def]
    window = bundled_window("subsidy_first.json")
    qtbot.waitExposed(window)
    click_tab(window.tabs, window.tabs.indexOf(window.sweep))
    return window


def run(qtbot, sweep) -> None:  # type: ignore[no-untyped-def]
    sweep.result, sweep.tree_result = None, None
    click(sweep.run_button)
    qtbot.waitUntil(lambda: sweep.shown is not None, timeout=60_000)


@POPUP
def test_the_subgame_perfect_outcome_over_the_subsidy(qtbot, subsidy_sweep) -> None:  # type: ignore[no-untyped-def]
    sweep = subsidy_sweep.sweep
    assert sweep.concept.isVisible() and sweep.concept.currentData() is True
    if sweep.use_y.isChecked():
        click(sweep.use_y)
    retype(sweep.x_axis.points, "21")
    run(qtbot, sweep)
    result = sweep.tree_result
    assert result is not None and result.x.name == "subsidy"
    assert result.regimes[0] == "No build → Premium → Paid"
    assert result.regimes[-1] == "Build data centres → Price cut → Free"
    legend = sweep.plot.legend.text()
    assert "Closed provider: No build → Premium → Paid" in legend
    assert "Open provider: Build data centres → Price cut → Free" in legend
    assert "regime(s) of subgame-perfect play" in sweep.status.text()
    view = sweep.plot.view
    qtbot.waitUntil(lambda: view.viewport().isVisible() and view.viewport().width() > 300)
    qtbot.waitUntil(lambda: settled(subsidy_sweep))
    scene_point = view.plotItem.vb.mapViewToScene(QPointF(0.9, 0.3))
    QTest.mouseMove(view.viewport(), view.mapFromScene(scene_point))
    qtbot.waitUntil(lambda: "subsidy = 0.9" in sweep.hover.text())
    assert "Build data centres → Price cut → Free" in sweep.hover.text()
    click(view.viewport(), view.mapFromScene(scene_point))
    assert subsidy_sweep.document.values["subsidy"] == pytest.approx(0.9)
    tab = subsidy_sweep.tree
    qtbot.waitUntil(
        lambda: tab.solver.report is not None and tab.solver.report.values["subsidy"] == 0.9
    )
    choose(sweep.concept, "the Nash equilibria of its strategic form")
    run(qtbot, sweep)
    assert sweep.result is not None and sweep.tree_result is None
    qtbot.waitUntil(lambda: settled(subsidy_sweep))
