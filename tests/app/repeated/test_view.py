"""The Repeated tab: its preset on opening, the headline sentence, pages kept to their games."""

from __future__ import annotations

from pathlib import Path

import pytest

from explorer.resources import games_dir
from tests.app.user import click


def test_the_preset_is_applied(repeated_tab) -> None:  # type: ignore[no-untyped-def]
    controls = repeated_tab.controls
    assert controls.delta.value() == pytest.approx(0.9)
    assert controls.row_strategy.currentData().kind == "tft"
    assert controls.column_strategy.currentData().kind == "grim"
    assert controls.cooperate[0].currentText() == "Stay silent"
    assert "lasts if δ ≥ 0.50" in repeated_tab.sentence.text()


def test_a_game_without_a_preset_gets_the_defaults(qtbot, open_repeated) -> None:  # type: ignore[no-untyped-def]
    tab = open_repeated("stag_hunt.json")
    controls = tab.controls
    assert controls.delta.value() == pytest.approx(0.9) and controls.periods.value() == 30
    assert controls.row_strategy.currentData().kind == "grim"
    assert tab.match.setup.game is tab.document.game


def test_another_game_replaces_every_page(qtbot, repeated_tab) -> None:  # type: ignore[no-untyped-def]
    window = repeated_tab.window()
    before = repeated_tab.match
    assert window.open_path(games_dir() / "stag_hunt.json")
    game = window.document.game
    qtbot.waitUntil(
        lambda: (
            repeated_tab.match is not before
            and repeated_tab.match.setup.game is game
            and repeated_tab.theory.setup.game is game
        ),
        timeout=30_000,
    )
    assert "Stag" in repeated_tab.controls.cooperate[0].currentText()
    assert game.title in repeated_tab.controls.stage_label.text()


def test_the_save_button_saves_the_page_shown(
    qtbot, repeated_tab, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    from explorer.app import plots

    target = tmp_path / "match.svg"
    monkeypatch.setattr(plots.QFileDialog, "getSaveFileName", lambda *a: (str(target), ""))
    click(repeated_tab.save_plot)
    assert b"<svg" in target.read_bytes()
