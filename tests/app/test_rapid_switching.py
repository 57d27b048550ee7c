"""Opening game after game faster than the workers answer: no answer for an earlier game ever
reaches a view, and every view ends showing the last game (issue 10: the Dynamics tab drew
the previous game's result with the new game's strategies, 21 times in 1,000 switches)."""

from __future__ import annotations

import random

import pytest
from PySide6.QtWidgets import QApplication

from explorer.core.game import COLUMN, ROW
from explorer.core.io.library import bundled_games
from explorer.resources import games_dir
from tests.app.user import click_tab, settled

SWITCHES = 150


def assert_every_view_shows(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    """Once settled, each view is of the document's game (names, shapes and results)."""
    qtbot.waitUntil(lambda: settled(window), timeout=60_000)
    game = window.document.game
    m, n = game.shape
    model = window.matrix.model
    assert (model.rowCount(), model.columnCount()) == (m, n)
    qtbot.waitUntil(lambda: window.report is not None and window.report.game is game)
    assert window.report.A.shape == (m, n)
    dynamics = window.dynamics
    if dynamics.trajectory is not None:
        assert dynamics.trajectory_game is game
        assert dynamics.trajectory.rows.shape[1] == m
        assert dynamics.trajectory.columns.shape[1] == n
    repeated = window.repeated
    controls = repeated.controls
    for player, combo in ((ROW, controls.cooperate[ROW]), (COLUMN, controls.cooperate[COLUMN])):
        offered = [combo.itemText(k) for k in range(combo.count())]
        assert offered == list(game.players[player].strategies)
    if repeated.match is not None:
        assert repeated.match.setup.game is game
    outcomes = [window.sweep.outcome.itemText(k) for k in range(window.sweep.outcome.count())]
    assert any(game.players[ROW].name in text for text in outcomes)


@pytest.mark.slow
@pytest.mark.parametrize("watched", ["dynamics", "repeated"])
def test_rapid_file_switches_leave_every_view_on_the_last_game(  # type: ignore[no-untyped-def]
    qtbot, window, answers, watched: str
) -> None:
    entries, _problems = bundled_games(games_dir())
    paths = [entry.path for entry in entries]
    qtbot.waitExposed(window)
    for tab in (window.repeated, window.dynamics, getattr(window, watched)):
        click_tab(window.tabs, window.tabs.indexOf(tab))  # built, and the watched one in view
        qtbot.waitUntil(lambda: settled(window), timeout=60_000)
    rng = random.Random(10)
    for _ in range(SWITCHES):
        assert window.open_path(rng.choice(paths))
        for _ in range(rng.randrange(4)):  # answers for this game or the last arrive between
            QApplication.processEvents()
    assert not answers["errors"]
    assert_every_view_shows(window, qtbot)
