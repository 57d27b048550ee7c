"""Presenter mode: F5 makes everything larger and bolder and puts editing out of the way."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from explorer.app.presenter import PRESENTER_LINE_SCALE, PRESENTER_SCALE, PresenterMode
from explorer.render.style import line_width
from explorer.resources import flagship_path
from tests.app.conftest import show_in_mode
from tests.app.layout import steady_layout, visit_pages, wait_for_layout
from tests.app.user import click, settled


def test_f5_enlarges_hides_editing_and_f5_again_undoes_it(qtbot, bundled_window) -> None:  # type: ignore[no-untyped-def]
    window = bundled_window("prisoners_dilemma.json")
    qtbot.waitExposed(window)
    app_font, matrix = QApplication.font().pointSizeF(), window.matrix.point_size()
    QTest.keyClick(window, Qt.Key.Key_F5)
    assert window.presenter.enabled and window.menus.presenter.isChecked()
    assert QApplication.font().pointSizeF() == pytest.approx(app_font * PRESENTER_SCALE)
    assert window.matrix.point_size() == pytest.approx(matrix * PRESENTER_SCALE)
    assert line_width(2) == pytest.approx(2 * PRESENTER_LINE_SCALE)
    assert not window.docks["library"].isVisible()
    assert not window.header.edit_button.isVisible()
    assert not any(button.isVisible() for button in window.parameters.editing_buttons)
    QTest.keyClick(window, Qt.Key.Key_F5)
    assert not window.presenter.enabled and not window.menus.presenter.isChecked()
    assert QApplication.font().pointSizeF() == pytest.approx(app_font)
    assert window.matrix.point_size() == pytest.approx(matrix)
    assert line_width(2) == 2
    assert window.docks["library"].isVisible() and window.header.edit_button.isVisible()


def test_asking_twice_for_the_same_mode_changes_nothing(qtbot, qapp) -> None:  # type: ignore[no-untyped-def]
    presenter = PresenterMode()
    with qtbot.assertNotEmitted(presenter.changed):
        presenter.set_enabled(False)
    with qtbot.waitSignals([presenter.scaled, presenter.changed]):
        presenter.set_enabled(True)
    assert presenter.scale == PRESENTER_SCALE
    with qtbot.assertNotEmitted(presenter.scaled):
        presenter.set_enabled(True)
    presenter.set_enabled(False)
    assert presenter.scale == 1.0


def font_sizes(window) -> dict[int, tuple[str, float]]:  # type: ignore[no-untyped-def]
    """The point size of every visible widget's font and of every plot's texts, by item."""
    import pyqtgraph as pg

    sizes: dict[int, tuple[str, float]] = {}
    for widget in window.findChildren(QWidget):
        # The table's corner button shows no text (it follows the matrix's zoom when it does).
        if widget.objectName() == "qt_tableview_cornerbutton":
            continue
        if widget.isVisible() and widget.window() is window:
            sizes[id(widget)] = (
                f"{type(widget).__name__} {widget.objectName()}",
                widget.font().pointSizeF(),
            )
    for plot in window.findChildren(pg.PlotWidget):
        if not plot.isVisible():
            continue
        for side in ("left", "bottom"):
            axis = plot.getAxis(side)
            font = axis.style["tickFont"]
            sizes[id(axis)] = (f"{side} ticks of {plot!r}", font.pointSizeF() if font else 0.0)
            sizes[id(axis.label)] = (f"{side} label of {plot!r}", axis.label.font().pointSizeF())
        title = plot.getPlotItem().titleLabel.item
        sizes[id(title)] = (f"title of {plot!r}", title.font().pointSizeF())
    return sizes


def test_presenter_mode_scales_every_text_by_one_factor(qtbot, bundled_window) -> None:  # type: ignore[no-untyped-def]
    """Defect 8: the title, parameter descriptions and ranges, axis labels, tick labels and
    dock titles stayed small. Every text on every page grows by the one factor."""

    window = bundled_window(flagship_path().name)
    show_in_mode(window, ("1920x1080", False), qtbot)
    normal = {page: font_sizes(window) for page in visit_pages(window, qtbot)}
    QTest.keyClick(window, Qt.Key.Key_F5)
    assert window.presenter.enabled, QApplication.activeWindow()
    unscaled = []
    for page in visit_pages(window, qtbot):
        presenting = font_sizes(window)
        unscaled += [
            f"{page}: {name}: {size} -> {presenting[key][1]}"
            for key, (name, size) in normal[page].items()
            if key in presenting
            and presenting[key][1] != pytest.approx(size * PRESENTER_SCALE, rel=0.06)
        ]
    assert not unscaled, "\n".join(unscaled)


@pytest.mark.parametrize("screen", ["1280x800", "1920x1080"])
def test_a_presenter_round_trip_gives_the_layout_back(qtbot, bundled_window, screen: str) -> None:  # type: ignore[no-untyped-def]
    """Defects 5 and 6: after F5 on and off the Library was about 60 px wide and the
    window's minimum width 1462 px."""

    window = bundled_window(flagship_path().name)
    show_in_mode(window, (screen, False), qtbot)
    before = steady_layout(qtbot, window)
    for _ in range(2):
        QTest.keyClick(window, Qt.Key.Key_F5)
        qtbot.waitUntil(lambda: settled(window))
    wait_for_layout(qtbot, window, before)


def test_presenting_is_not_kept_as_the_layout_of_the_next_start(
    qtbot, make_window, battle_file
) -> None:  # type: ignore[no-untyped-def]
    """Defect 6: the layout presenter mode makes was saved for every later start."""

    first = make_window()
    show_in_mode(first, ("1280x800", False), qtbot)
    with qtbot.waitSignal(first.reportShown):
        first.open_path(battle_file)
    qtbot.waitUntil(lambda: settled(first))
    before = steady_layout(qtbot, first)
    for _ in range(3):  # a round trip, and presenting again
        QTest.keyClick(first, Qt.Key.Key_F5)
    assert first.presenter.enabled
    assert first.close()  # closed while presenting
    second = make_window()
    second.show()
    qtbot.waitExposed(second)
    with qtbot.waitSignal(second.reportShown):
        second.open_path(battle_file)
    qtbot.waitUntil(lambda: settled(second))
    assert not second.presenter.enabled
    wait_for_layout(qtbot, second, before)


def test_presenting_on_a_projector_cuts_no_explanation_and_keeps_each_mark_with_its_word(
    qtbot, bundled_window
) -> None:  # type: ignore[no-untyped-def]
    """Defect 8: the "Why is it an equilibrium?" text was cut after four lines, and the
    diagram's legend wrapped its dot away from its word."""
    window = bundled_window(flagship_path().name)
    show_in_mode(window, ("1280x800", True), qtbot)
    results = window.results
    table = results.table
    click(table.viewport(), table.visualRect(table.model().index(0, 0)).center())
    explanation = results.explanation
    qtbot.waitUntil(lambda: "best response" in explanation.toPlainText())
    qtbot.waitUntil(lambda: settled(window))
    document = explanation.document().size().height()
    bar = explanation.verticalScrollBar()
    assert document <= explanation.viewport().height() or bar.isVisible()  # all of it, or a scroll
    legend = results.diagram_legend
    assert legend.isVisible()
    for line in legend.text().split("<br>"):
        word = re.sub(r"<[^>]+>", "", line)
        assert re.match(r"^\W+&nbsp;\w", word), f"the mark can wrap away from its word: {line}"
