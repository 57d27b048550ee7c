"""Opening a large file never freezes the window: it loads in a worker, with Cancel (issue 10)."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QProgressDialog, QPushButton

from explorer.app import loading
from explorer.app.loading import LOAD_IN_PLACE_BYTES
from explorer.core.game import Game
from explorer.core.io import load_game
from tests.app.user import click
from tests.fuzz.files import outcome_nfg


@pytest.fixture
def big_file(tmp_path: Path) -> Path:
    """The 2.2 MB Gambit file with 200,000 outcomes that froze the app for 34 s."""
    path = tmp_path / "outcomes.nfg"
    path.write_text(outcome_nfg(200_000, np.random.default_rng(10)), encoding="utf-8")
    assert path.stat().st_size > 2_000_000
    return path


def loading_dialog(window) -> QProgressDialog | None:  # type: ignore[no-untyped-def]
    dialog = window.findChild(QProgressDialog, "loading_dialog")
    return dialog if dialog is not None and dialog.isVisible() else None


def when(condition: Callable[[], bool], action: Callable[[], None]) -> None:
    """Run ``action`` from the event loop as soon as ``condition`` holds (polled)."""

    def poll() -> None:
        if condition():
            action()
        else:
            QTimer.singleShot(10, poll)

    QTimer.singleShot(0, poll)


def test_a_large_file_loads_while_the_window_keeps_working(qtbot, window, big_file: Path) -> None:  # type: ignore[no-untyped-def]
    ticks: list[int] = []
    timer = QTimer(window)
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start(5)
    seen: list[bool] = []
    when(lambda: loading_dialog(window) is not None, lambda: seen.append(True))
    assert window.open_path(big_file)
    timer.stop()
    assert window.document.game.shape == (50, 50) and window.document.path == big_file
    assert seen == [True] and ticks  # a progress dialog showed, and events went on meanwhile
    assert loading_dialog(window) is None


def test_cancel_keeps_the_game_that_was_open(  # type: ignore[no-untyped-def]
    qtbot, window, big_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    release = threading.Event()

    def slow_load(path: Path) -> Game:
        release.wait(30)
        return load_game(path)

    monkeypatch.setattr(loading, "load_game", slow_load)
    before = window.document.game
    when(lambda: loading_dialog(window) is not None, lambda: click(cancel_button(window)))
    assert not window.open_path(big_file)
    release.set()
    assert window.document.game is before
    assert "cancelled" in window.status.text()
    qtbot.waitUntil(lambda: not window.files.loader.runner.isRunning())
    QApplication.processEvents()
    assert window.document.game is before  # the abandoned answer never arrives


def cancel_button(window) -> QPushButton:  # type: ignore[no-untyped-def]
    dialog = loading_dialog(window)
    assert dialog is not None
    return dialog.findChild(QPushButton)


def test_a_small_file_is_read_in_place(window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    assert LOAD_IN_PLACE_BYTES >= 50_000
    assert (Path(window.document.path).stat().st_size) < LOAD_IN_PLACE_BYTES
    assert window.files.loader.runner.generation == 0  # no worker was asked
