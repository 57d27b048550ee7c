"""Presenter mode: F5 makes everything larger and bolder and puts editing out of the way."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from explorer.app.presenter import PRESENTER_LINE_SCALE, PRESENTER_SCALE, PresenterMode
from explorer.render.style import line_width


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
