"""The Sweep tab as a user drives it: run, watch progress, cancel, rerun, hover, click, export."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QPointF
from PySide6.QtWidgets import QApplication

from explorer.resources import flagship_path
from tests.app.user import POPUP, choose, click, click_tab, move_mouse, retype, settled


@pytest.fixture
def flagship_window(bundled_window, qtbot):  # type: ignore[no-untyped-def]
    window = bundled_window(flagship_path().name)
    qtbot.waitExposed(window)
    click_tab(window.tabs, window.tabs.indexOf(window.sweep))
    return window


def set_points(sweep, x: int, y: int | None = None) -> None:  # type: ignore[no-untyped-def]
    retype(sweep.x_axis.points, str(x))
    if y is not None:
        retype(sweep.y_axis.points, str(y))


def run_and_wait(qtbot, sweep) -> None:  # type: ignore[no-untyped-def]
    sweep.result = None
    click(sweep.run_button)
    qtbot.waitUntil(lambda: sweep.result is not None, timeout=60_000)
    wait_until_on_screen(qtbot, sweep.plot)


def wait_until_on_screen(qtbot, plot) -> None:  # type: ignore[no-untyped-def]
    """Until the plot is on the screen where it is laid out (a new plot is shown, and laid
    out, by the event loop after it was added to the tab)."""

    def on_screen() -> bool:
        found = QApplication.widgetAt(plot.mapToGlobal(plot.rect().center()))
        return found is not None and (found is plot or plot.isAncestorOf(found))

    qtbot.waitUntil(on_screen)


def test_sweep_shows_progress_can_be_cancelled_and_run_again(qtbot, flagship_window) -> None:  # type: ignore[no-untyped-def]
    sweep = flagship_window.sweep
    assert sweep.x_axis.name.currentText() == "subsidy"
    assert sweep.y_axis.name.currentText() == "trust_penalty"
    sweep.chunk_points = 200
    set_points(sweep, 301, 301)
    click(sweep.run_button)
    assert sweep.cancel_button.isEnabled() and not sweep.run_button.isEnabled()
    qtbot.waitUntil(lambda: sweep.progress.value() > 0, timeout=30_000)
    assert sweep.progress.maximum() == 301 * 301
    click(sweep.cancel_button)
    assert "cancelled" in sweep.status.text()
    assert sweep.result is None and sweep.run_button.isEnabled()
    qtbot.waitUntil(sweep.runner.isFinished, timeout=30_000)  # the worker gave up
    QApplication.processEvents()  # any answer it had sent would be delivered now
    assert sweep.result is None  # the cancelled sweep never delivers
    set_points(sweep, 21, 21)
    run_and_wait(qtbot, sweep)
    assert sweep.result.shape == (21, 21)
    legend = sweep.plot.legend.text()
    for regime in ("Premium / Paid", "Premium / Free", "Price cut / Free"):
        assert regime in legend
    assert "regime" in sweep.status.text()


def test_hover_names_the_equilibria_and_click_moves_the_sliders(qtbot, flagship_window) -> None:  # type: ignore[no-untyped-def]
    sweep = flagship_window.sweep
    set_points(sweep, 11, 11)
    run_and_wait(qtbot, sweep)
    qtbot.waitUntil(lambda: settled(flagship_window))
    hover_over(qtbot, sweep.plot, 0.1, 0.9)  # low subsidy, much distrust
    qtbot.waitUntil(lambda: "Premium / Paid" in sweep.hover.text())
    assert "subsidy = 0.1" in sweep.hover.text() and "trust_penalty = 0.9" in sweep.hover.text()
    qtbot.waitUntil(lambda: settled(flagship_window))
    click(sweep.plot.view.viewport(), plot_point(sweep.plot, 0.1, 0.9))  # where it is now
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
    click(sweep.use_y)
    assert not sweep.use_y.isChecked()
    set_points(sweep, 21)
    run_and_wait(qtbot, sweep)
    assert sweep.result.y is None
    assert "Closed provider: Premium / Paid" in sweep.plot.legend.text()
    assert "several equilibria" in sweep.plot.legend.text()
    for name in ("line.png", "line.svg", "line.csv"):
        assert sweep.export(str(tmp_path / name))
    assert (tmp_path / "line.svg").read_text().lstrip().startswith("<?xml")
    assert (tmp_path / "line.csv").read_text().startswith("subsidy,equilibrium,kind")
    assert (tmp_path / "line.png").stat().st_size > 5_000


def test_a_failed_export_says_why(
    qtbot, flagship_window, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    sweep = flagship_window.sweep
    set_points(sweep, 5, 5)
    run_and_wait(qtbot, sweep)
    messages: list[str] = []
    sweep.message.connect(messages.append)

    def full(descriptor: int, data: bytes) -> int:
        raise OSError(errno.ENOSPC, "No space left on device")

    with monkeypatch.context() as patch:
        patch.setattr(os, "write", full)
        assert not sweep.export(str(tmp_path / "map.csv"))
    assert messages == [
        "map.csv was not saved because the disk is full; "
        "any earlier file of that name is unchanged."
    ]
    assert not (tmp_path / "map.csv").exists()


@POPUP
def test_heatmap_uses_the_selection_rule(qtbot, flagship_window) -> None:  # type: ignore[no-untyped-def]
    sweep = flagship_window.sweep
    set_points(sweep, 11, 11)
    run_and_wait(qtbot, sweep)
    choose(sweep.outcome, "Closed provider's payoff")
    assert sweep.selection.isEnabled()
    assert "payoff" in sweep.plot.legend.text()
    assert sweep.plot.colour_bar is not None


def test_editing_the_game_marks_the_sweep_stale(qtbot, flagship_window) -> None:  # type: ignore[no-untyped-def]
    sweep = flagship_window.sweep
    set_points(sweep, 5, 5)
    run_and_wait(qtbot, sweep)
    flagship_window.document.edit_cell((0, 0, 0), "0.5")
    assert "changed since this sweep" in sweep.status.text()


def test_the_flagship_has_parameters_to_vary_before_the_first_run(qtbot, flagship_window) -> None:  # type: ignore[no-untyped-def]
    """Defect 3: the status said "no parameters" (left from the blank game built first)."""
    sweep = flagship_window.sweep
    assert "no parameters" not in sweep.status.text()
    assert "Run sweep" in sweep.status.text() and sweep.run_button.isEnabled()


@POPUP
def test_a_heatmap_names_the_equilibrium_it_shows(qtbot, flagship_window) -> None:  # type: ignore[no-untyped-def]
    """Defect 9: the heatmap used the payoff-dominant equilibrium while the combo said all."""
    sweep = flagship_window.sweep
    set_points(sweep, 11, 11)
    run_and_wait(qtbot, sweep)
    choose(sweep.outcome, "Closed provider's payoff")
    offered = [sweep.selection.itemText(k) for k in range(sweep.selection.count())]
    assert "all" not in offered
    for rule in ("risk-dominant", "payoff-dominant"):
        choose(sweep.selection, rule)
        assert f"({rule} equilibrium)" in sweep.plot.legend.text()
        assert rule in sweep.plot.view.plotItem.titleLabel.text


def plot_point(plot, x: float, y: float) -> QPoint:  # type: ignore[no-untyped-def]
    """Where the point (x, y), in parameter units, is drawn in the plot's viewport now."""
    view = plot.view
    return view.mapFromScene(view.plotItem.vb.mapViewToScene(QPointF(x, y)))


def hover_over(qtbot, plot, x: float, y: float) -> None:  # type: ignore[no-untyped-def]
    """Move the mouse over the point (x, y) of the plot, in parameter units, once the plot
    listens again (pyqtgraph ignores a move that follows the last one within 1/60 s)."""
    qtbot.waitUntil(plot.view.scene()._moveEventIsAllowed)
    move_mouse(plot.view.viewport(), plot_point(plot, x, y))


@POPUP
def test_the_hover_read_out_neither_outlives_its_plot_nor_squeezes_it(
    qtbot, flagship_window
) -> None:  # type: ignore[no-untyped-def]
    """Defect 10: the read-out stayed after the plot changed; the plot shrank by 24 px when
    it first appeared."""
    sweep = flagship_window.sweep
    set_points(sweep, 11, 11)
    run_and_wait(qtbot, sweep)
    qtbot.waitUntil(lambda: settled(flagship_window))
    height = sweep.plot.height()
    hover_over(qtbot, sweep.plot, 0.1, 0.9)
    qtbot.waitUntil(lambda: "Premium / Paid" in sweep.hover.text())
    qtbot.waitUntil(lambda: settled(flagship_window))
    assert sweep.plot.height() == height
    choose(sweep.outcome, "Number of equilibria")
    assert sweep.hover.text() == ""


def test_the_plots_mark_where_the_sliders_are(qtbot, flagship_window) -> None:  # type: ignore[no-untyped-def]
    """Where am I? A ring on the map at the current values, following the sliders, gone
    while they lie outside the map; a line across the 1-D plot."""
    window, sweep = flagship_window, flagship_window.sweep
    set_points(sweep, 11, 11)
    run_and_wait(qtbot, sweep)
    ring = sweep.plot.position
    trust = window.document.values["trust_penalty"]
    assert ring.isVisible() and list(zip(*ring.getData(), strict=True)) == [(0.6, trust)]
    assert "current parameter values" in sweep.plot.legend.text()
    click_tab(window.tabs, 0)
    retype(window.parameters.controls["subsidy"].spin, "0.25")
    click_tab(window.tabs, window.tabs.indexOf(sweep))
    assert list(zip(*ring.getData(), strict=True)) == [(0.25, trust)]
    retype(sweep.x_axis.start, "0.5")
    run_and_wait(qtbot, sweep)
    assert not sweep.plot.position.isVisible()  # 0.25 is left of the map now
    click(sweep.use_y)
    run_and_wait(qtbot, sweep)
    line = sweep.plot.position
    assert line.isVisible() is False  # still outside the range 0.5 … 1
    retype(sweep.x_axis.start, "0")
    run_and_wait(qtbot, sweep)
    assert sweep.plot.position.isVisible() and sweep.plot.position.value() == 0.25
