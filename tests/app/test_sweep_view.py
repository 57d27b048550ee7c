"""The Sweep tab as a user drives it: run, watch progress, cancel, rerun, hover, click, export."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPointF

from explorer.resources import flagship_path


@pytest.fixture
def flagship_window(bundled_window):  # type: ignore[no-untyped-def]
    window = bundled_window(flagship_path().name)
    window.tabs.setCurrentWidget(window.sweep)
    return window


class FakeClick:
    def __init__(self, position: QPointF) -> None:
        self._position = position

    def scenePos(self) -> QPointF:
        return self._position


def run_and_wait(qtbot, sweep) -> None:  # type: ignore[no-untyped-def]
    sweep.result = None
    sweep.run_button.click()
    qtbot.waitUntil(lambda: sweep.result is not None, timeout=60_000)


def test_sweep_shows_progress_can_be_cancelled_and_run_again(qtbot, flagship_window) -> None:  # type: ignore[no-untyped-def]
    sweep = flagship_window.sweep
    assert (
        sweep.x_axis.name.currentText() == "subsidy"
        and sweep.y_axis.name.currentText() == "trust_penalty"
    )
    sweep.chunk_points = 200
    sweep.x_axis.points.setValue(301)
    sweep.y_axis.points.setValue(301)
    sweep.run_button.click()
    assert sweep.cancel_button.isEnabled() and not sweep.run_button.isEnabled()
    qtbot.waitUntil(lambda: sweep.progress.value() > 0, timeout=30_000)
    assert sweep.progress.maximum() == 301 * 301
    sweep.cancel_button.click()
    assert "cancelled" in sweep.status.text()
    assert sweep.result is None and sweep.run_button.isEnabled()
    qtbot.wait(300)
    assert sweep.result is None  # the cancelled sweep never delivers
    sweep.x_axis.points.setValue(21)
    sweep.y_axis.points.setValue(21)
    run_and_wait(qtbot, sweep)
    assert sweep.result.shape == (21, 21)
    legend = sweep.plot.legend.text()
    for regime in ("Premium / Paid", "Premium / Free", "Price cut / Free"):
        assert regime in legend
    assert "regime" in sweep.status.text()


def test_hover_names_the_equilibria_and_click_moves_the_sliders(qtbot, flagship_window) -> None:  # type: ignore[no-untyped-def]
    sweep = flagship_window.sweep
    sweep.x_axis.points.setValue(11)
    sweep.y_axis.points.setValue(11)
    run_and_wait(qtbot, sweep)
    view_box = sweep.plot.view.plotItem.vb
    position = view_box.mapViewToScene(QPointF(0.1, 0.9))  # low subsidy, high distrust
    sweep.plot.on_mouse_moved(position)
    assert "subsidy = 0.1" in sweep.hover.text() and "trust_penalty = 0.9" in sweep.hover.text()
    assert "Premium / Paid" in sweep.hover.text()
    sweep.plot.on_mouse_clicked(FakeClick(position))
    values = flagship_window.document.values
    assert values["subsidy"] == pytest.approx(0.1) and values["trust_penalty"] == pytest.approx(0.9)
    assert flagship_window.parameters.controls["subsidy"].spin.value() == pytest.approx(0.1)
    qtbot.waitUntil(
        lambda: (
            flagship_window.report is not None
            and flagship_window.report.values["subsidy"] == pytest.approx(0.1)
        )
    )
    assert [e.row for e in flagship_window.report.solution.equilibria] == [(1.0, 0.0)]


def test_one_parameter_lines_and_exports(qtbot, flagship_window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    sweep = flagship_window.sweep
    sweep.use_y.setChecked(False)
    sweep.x_axis.points.setValue(21)
    run_and_wait(qtbot, sweep)
    assert sweep.result.y is None
    assert "Closed provider: Premium / Paid" in sweep.plot.legend.text()
    assert "several equilibria" in sweep.plot.legend.text()
    for name in ("line.png", "line.svg", "line.csv"):
        assert sweep.export(str(tmp_path / name))
    assert (tmp_path / "line.svg").read_text().lstrip().startswith("<?xml")
    assert (tmp_path / "line.csv").read_text().startswith("subsidy,equilibrium,kind")
    assert (tmp_path / "line.png").stat().st_size > 5_000


def test_heatmap_uses_the_selection_rule(qtbot, flagship_window) -> None:  # type: ignore[no-untyped-def]
    sweep = flagship_window.sweep
    sweep.x_axis.points.setValue(11)
    sweep.y_axis.points.setValue(11)
    run_and_wait(qtbot, sweep)
    sweep.outcome.setCurrentIndex(1)  # the closed provider's payoff
    assert sweep.selection.isEnabled()
    assert "payoff" in sweep.plot.legend.text()
    assert sweep.plot.colour_bar is not None


def test_editing_the_game_marks_the_sweep_stale(qtbot, flagship_window) -> None:  # type: ignore[no-untyped-def]
    sweep = flagship_window.sweep
    sweep.x_axis.points.setValue(5)
    sweep.y_axis.points.setValue(5)
    run_and_wait(qtbot, sweep)
    flagship_window.document.edit_cell((0, 0, 0), "0.5")
    assert "changed since this sweep" in sweep.status.text()
