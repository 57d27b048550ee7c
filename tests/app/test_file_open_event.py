"""Games macOS hands the app (Finder double-click, "Open With") open in the main window."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFileOpenEvent
from PySide6.QtWidgets import QApplication

from explorer.app.main import ExplorerApplication
from explorer.resources import games_dir


@pytest.fixture
def app(qapp, monkeypatch: pytest.MonkeyPatch) -> ExplorerApplication:  # type: ignore[no-untyped-def]
    """The test session's application, with no window named yet and nothing waiting."""
    assert isinstance(qapp, ExplorerApplication)
    monkeypatch.setattr(qapp, "opener", None)
    monkeypatch.setattr(qapp, "pending_files", [])
    return qapp


def game_file(name: str, folder: Path) -> Path:
    """A copy of a bundled game, as a user's own file (bundled games open as untitled)."""
    path = folder / name
    path.write_bytes((games_dir() / name).read_bytes())
    return path


def send_file_open(path: Path) -> None:
    """What Qt's Cocoa plugin does when Finder asks the app to open a file."""
    QCoreApplication.postEvent(QApplication.instance(), QFileOpenEvent(str(path)))


def solved(window, path: Path) -> bool:  # type: ignore[no-untyped-def]
    report = window.report
    return (
        window.document.path == path
        and report is not None
        and report.game is window.document.game
        and bool(report.solution.equilibria)
    )


def test_a_file_sent_to_the_running_app_opens_in_its_window(  # type: ignore[no-untyped-def]
    qtbot, app, make_window, tmp_path: Path
) -> None:
    window = make_window()
    window.show()
    app.deliver_files_to(window)
    game = game_file("stag_hunt.json", tmp_path)
    send_file_open(game)
    qtbot.waitUntil(lambda: solved(window, game), timeout=20_000)
    assert window.document.game.title == "Stag Hunt"


def test_a_file_sent_before_the_window_exists_opens_once_it_does(  # type: ignore[no-untyped-def]
    qtbot, app, make_window, tmp_path: Path
) -> None:
    game = game_file("chicken.json", tmp_path)
    send_file_open(game)  # at launch, before the main window is made
    qtbot.waitUntil(lambda: app.pending_files == [game])
    window = make_window()
    window.show()
    app.deliver_files_to(window)
    qtbot.waitUntil(lambda: solved(window, game), timeout=20_000)
    assert app.pending_files == []


def test_a_file_that_is_no_game_says_why_and_keeps_the_open_game(  # type: ignore[no-untyped-def]
    qtbot, app, window, battle_file: Path, tmp_path: Path, answers
) -> None:
    broken = tmp_path / "notes.json"
    broken.write_text("{ this is not a game", encoding="utf-8")
    app.deliver_files_to(window)
    send_file_open(broken)
    qtbot.waitUntil(lambda: len(answers["errors"]) == 1)
    assert "notes.json" in answers["errors"][0]
    assert window.document.path == battle_file
