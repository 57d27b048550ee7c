"""The Dynamics tab: a learning dynamic computed in a worker and played back, paused, stepped."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from tests.app.user import POPUP, choose, click, click_tab


def dynamics_tab(window, qtbot):  # type: ignore[no-untyped-def]
    qtbot.waitExposed(window)
    click_tab(window.tabs, window.tabs.indexOf(window.dynamics))
    tab = window.dynamics
    qtbot.waitUntil(lambda: tab.trajectory is not None, timeout=30_000)
    return tab


def test_play_pause_and_step(qtbot, bundled_window) -> None:  # type: ignore[no-untyped-def]
    tab = dynamics_tab(bundled_window("battle_of_the_sexes.json"), qtbot)
    assert "best-responds" in tab.explanation.text()
    click(tab.speed)
    QTest.keyClick(tab.speed, Qt.Key.Key_End)  # the fastest speed
    click(tab.play)  # plays from the start
    assert tab.play.isChecked() and tab.timer.isActive()
    qtbot.waitUntil(lambda: tab.frame > 10, timeout=10_000)
    click(tab.play)
    paused = tab.frame
    assert not tab.timer.isActive()  # no more frames can come
    QApplication.processEvents()
    assert tab.frame == paused and 0 < paused < len(tab.trajectory) - 1
    click(tab.step)
    assert tab.frame > paused
    assert "step" in tab.plot.plotItem.titleLabel.text
    click(tab.restart)
    assert tab.frame == 0


def test_clicking_the_square_starts_there(qtbot, bundled_window) -> None:  # type: ignore[no-untyped-def]
    tab = dynamics_tab(bundled_window("matching_pennies.json"), qtbot)
    before = tab.trajectory
    view_box = tab.plot.plotItem.vb
    scene_point = view_box.mapViewToScene(QPointF(0.2, 0.9))  # q across, p up
    point = tab.plot.mapFromScene(scene_point)
    click(tab.plot.viewport(), point)
    qtbot.waitUntil(lambda: tab.trajectory is not before, timeout=30_000)
    assert tab.start_point[0][0] == pytest.approx(0.9, abs=0.02)
    assert tab.start_point[1][0] == pytest.approx(0.2, abs=0.02)
    # Fictitious play starts from beliefs worth a few plays at the chosen point.
    assert tab.trajectory.rows[0][0] == pytest.approx(0.9, abs=0.2)


@POPUP
def test_replicator_dynamics_on_a_symmetric_game(qtbot, bundled_window) -> None:  # type: ignore[no-untyped-def]
    tab = dynamics_tab(bundled_window("rock_paper_scissors.json"), qtbot)
    choose(tab.kind, tab.kind.itemText(tab.kind.findData("replicator")))
    qtbot.waitUntil(
        lambda: tab.trajectory is not None and tab.trajectory.kind == "replicator", timeout=30_000
    )
    shares = tab.trajectory.rows
    assert shares.shape[1] == 3 and shares.sum(axis=1) == pytest.approx(1.0)
    assert "Rock" in tab.legend.text()


@POPUP
def test_replicator_on_an_asymmetric_game_shows_the_asymmetric_ones(qtbot, bundled_window) -> None:  # type: ignore[no-untyped-def]
    tab = dynamics_tab(bundled_window("battle_of_the_sexes.json"), qtbot)
    choose(tab.kind, tab.kind.itemText(tab.kind.findData("replicator")))
    qtbot.waitUntil(lambda: tab.trajectory.kind == "asymmetric", timeout=30_000)
    assert "symmetric game" in tab.status.text()
