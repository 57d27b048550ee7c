"""The parameters panel: sliders and spin boxes move the values; parameters come and go."""

from __future__ import annotations

from fractions import Fraction

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialogButtonBox

from explorer.app.parameters import ParameterDialog
from tests.app.results import solved
from tests.app.user import click, press, retype


def test_dragging_a_slider_resolves_off_the_gui_thread(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    control = window.parameters.controls["bonus"]
    assert window.report.values["bonus"] == 0
    click(control.slider)  # takes the focus (and moves one page towards the click)
    press(control.slider, Qt.Key.Key_Right, 40)  # a drag: many small moves in a burst
    QTest.keyClick(control.slider, Qt.Key.Key_End)
    qtbot.waitUntil(lambda: solved(window) and window.report.values["bonus"] == 2.0)
    mixed = next(e for e in window.report.solution.equilibria if e.kind == "mixed")
    # Bob makes Ann indifferent: 2q = 3(1 - q) at bonus = 2, so q = 3/5.
    assert mixed.column_exact == (Fraction(3, 5), Fraction(2, 5))
    assert control.spin.value() == 2.0


def test_typing_a_value_moves_the_slider(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    control = window.parameters.controls["bonus"]
    retype(control.spin, "1.5")
    assert window.document.values["bonus"] == pytest.approx(1.5)
    assert control.slider.value() == 750
    qtbot.waitUntil(lambda: solved(window))


def test_reset_goes_back_to_the_files_defaults(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    window.document.set_value("bonus", 1.2)
    reset = next(b for b in window.parameters.editing_buttons if "Reset" in b.text())
    click(reset)
    assert window.document.values == {"bonus": 0.0}
    assert window.parameters.controls["bonus"].spin.value() == 0.0


def test_a_parameter_is_added_through_its_dialog(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    add = next(b for b in window.parameters.editing_buttons if "Add" in b.text())
    click(add)
    dialog = window.parameters.findChild(ParameterDialog)
    qtbot.waitExposed(dialog)
    retype(dialog.name, "tax", enter=False)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    retype(dialog.name, "2 tax", enter=False)  # not a name formulas can use: said, OK refused
    assert dialog.problem.text() and not ok.isEnabled()
    retype(dialog.name, "tax", enter=False)
    assert ok.isEnabled()
    click(ok)
    assert window.document.game.parameter_names == ("bonus", "tax")
    assert "tax" in window.parameters.controls


def test_presenting_hides_the_editing_but_keeps_the_sliders(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    panel = window.parameters
    panel.set_editing(False)
    assert not any(b.isVisible() for b in panel.editing_buttons)
    assert panel.controls["bonus"].slider.isVisible()
    assert not panel.controls["bonus"].menu_button.isVisible()
