"""The Repeated tab's choices: filled from a preset, read back as one setup, δ two ways."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from explorer.app.repeated.controls import RepeatedControls, preset_number
from explorer.core.game import Game
from explorer.core.repeated import Convention, StageGame
from tests.app.user import POPUP, choose, click, retype

PD = Game.build(
    "PD",
    [("Row", ["C", "D"]), ("Column", ["C", "D"])],
    [[[3, 3], [0, 5]], [[5, 0], [1, 1]]],
)


@pytest.fixture
def controls(qtbot):  # type: ignore[no-untyped-def]
    widget = RepeatedControls()
    qtbot.addWidget(widget)
    widget.show_game(PD)
    widget.apply_preset(StageGame.of(PD), Convention((0, 0), (1, 1)), {"row": "tft"})
    widget.resize(900, 200)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_a_preset_fills_every_choice(controls) -> None:  # type: ignore[no-untyped-def]
    setup = controls.setup(PD, {})
    assert setup.row.kind == "tft" and setup.column.kind == "grim"
    assert setup.convention == Convention((0, 0), (1, 1))
    assert setup.discount_factor == pytest.approx(0.9) and setup.periods == 30
    always = [controls.row_strategy.itemText(k) for k in range(controls.row_strategy.count())]
    assert always[-2:] == ["Always C", "Always D"]
    assert "PD" in controls.stage_label.text()


@pytest.mark.parametrize(
    ("value", "expected"),
    [("abc", 0.9), (float("nan"), 0.9), (None, 0.9), ([1], 0.9), (2.0, 0.99), ("0.5", 0.5)],
)
def test_an_unusable_preset_number_falls_back(value: object, expected: float) -> None:
    assert preset_number(value, 0.9, 0.0, 0.99) == pytest.approx(expected)


def test_a_preset_with_unusable_numbers_still_fills_the_choices(controls) -> None:  # type: ignore[no-untyped-def]
    settings = {"discount_factor": "abc", "periods": 1e308, "column": "always:D"}
    controls.apply_preset(StageGame.of(PD), Convention((0, 0), (1, 1)), settings)
    assert controls.delta.value() == pytest.approx(0.9)
    assert controls.periods.value() == controls.periods.maximum()
    assert controls.column_strategy.currentText() == "Always D"


def test_the_slider_and_the_box_show_the_same_delta(qtbot, controls) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(controls.changed):
        retype(controls.delta, "0.45")
    assert controls.delta_slider.value() == 45
    click(controls.delta_slider)
    QTest.keyClick(controls.delta_slider, Qt.Key.Key_Home)
    assert controls.delta.value() == 0.0


@POPUP
def test_changing_what_cooperation_means_is_a_change(qtbot, controls) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(controls.changed):
        choose(controls.cooperate[1], "D")
    assert controls.setup(PD, {}).convention.cooperate == (0, 1)
