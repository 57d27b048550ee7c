"""Fixtures for GUI tests: a main window with its own settings and data folder, no dialogs."""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QFileDialog

from explorer.app import dialogs
from explorer.app.main import create_application
from tests.app.layout import SCREENS
from tests.helpers import collect_garbage

# The off-screen platform's screen is 800 × 800, smaller than the window (1440 × 900): a click
# aimed at a widget outside it would find nothing there. Tests get a 1920 × 1200 screen.
if os.environ.get("QT_QPA_PLATFORM") == "offscreen":
    screen = Path(__file__).with_name("offscreen_screen.json")
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={screen}"

BATTLE = {
    "format": "explorer-game/1",
    "title": "Battle of the sexes (test)",
    "players": [
        {"name": "Ann", "strategies": ["Opera", "Football"]},
        {"name": "Bob", "strategies": ["Opera", "Football"]},
    ],
    "parameters": [
        {"name": "bonus", "default": 0, "min": 0, "max": 2, "description": "Ann's extra joy"}
    ],
    "payoffs": [[[2, 1], [0, 0]], [[0, 0], ["1 + bonus", 2]]],
}


@pytest.fixture(autouse=True)
def _qt_garbage_collected_here() -> Iterator[None]:
    """What a test leaves behind is destroyed on the GUI thread (see collect_garbage)."""
    yield
    collect_garbage()


@pytest.fixture
def battle_file(tmp_path: Path) -> Path:
    path = tmp_path / "battle.json"
    path.write_text(json.dumps(BATTLE), encoding="utf-8")
    return path


@pytest.fixture
def answers(monkeypatch: pytest.MonkeyPatch) -> dict[str, object]:
    """The answers the app's questions get; tests change them as a user would click.

    ``open`` and ``save_as`` are the files the open and save dialogs return ("" cancels).
    """
    replies: dict[str, object] = {
        "save": dialogs.Choice.DISCARD,
        "restore": True,
        "errors": [],
        "open": "",
        "save_as": "",
    }
    monkeypatch.setattr(dialogs, "ask_save_changes", lambda parent, name: replies["save"])
    monkeypatch.setattr(dialogs, "ask_restore", lambda parent, title, when: replies["restore"])
    monkeypatch.setattr(
        dialogs,
        "show_error",
        lambda parent, title, text: replies["errors"].append(text),  # type: ignore[union-attr]
    )
    for name, answer in (("getOpenFileName", "open"), ("getSaveFileName", "save_as")):
        monkeypatch.setattr(
            QFileDialog, name, lambda *args, answer=answer: (str(replies[answer]), "")
        )
    return replies


@pytest.fixture
def make_window(qtbot, tmp_path: Path, answers):  # type: ignore[no-untyped-def]
    """A factory of main windows sharing one settings file and data folder (like restarts)."""
    create_application()
    settings_file = tmp_path / "settings.ini"
    data = tmp_path / "data"
    windows = []

    def make(tracked: bool = True):  # type: ignore[no-untyped-def]
        from explorer.app.main_window import MainWindow

        settings = QSettings(str(settings_file), QSettings.Format.IniFormat)
        window = MainWindow(settings=settings, data_folder=data)
        if tracked:  # closed by the fixture; a window a test "crashes" is not tracked
            qtbot.addWidget(window)
            windows.append(window)
        return window

    yield make
    for window in windows:
        if shiboken6.isValid(window):
            window.document.mark_saved()
            window.close()


@pytest.fixture
def window(make_window, battle_file: Path, qtbot) -> Iterator[object]:  # type: ignore[no-untyped-def]
    """A shown window with the test game open and solved."""
    win = make_window()
    win.show()
    with qtbot.waitSignal(win.reportShown, timeout=20_000):
        assert win.open_path(battle_file)
    qtbot.waitUntil(lambda: win.report is not None and win.report.game is win.document.game)
    yield win


@pytest.fixture
def bundled_window(make_window, qtbot):  # type: ignore[no-untyped-def]
    """A factory: a shown window with a bundled game open and solved."""
    from explorer.resources import games_dir

    def open_game(name: str):  # type: ignore[no-untyped-def]
        window = make_window()
        window.show()
        with qtbot.waitSignal(window.reportShown, timeout=20_000):
            assert window.open_path(games_dir() / name)
        return window

    return open_game


#: Every way a class sees the window: a projector and a monitor, presenting or not.
SCREEN_MODES = [(screen, presenting) for screen in SCREENS for presenting in (False, True)]


@pytest.fixture(
    params=SCREEN_MODES, ids=[f"{s}{'-presenter' if p else ''}" for s, p in SCREEN_MODES]
)
def screen_mode(request) -> tuple[str, bool]:  # type: ignore[no-untyped-def]
    """(screen, presenting): the window fills that screen, in presenter mode or not."""
    return request.param  # type: ignore[no-any-return]


def show_in_mode(window, mode: tuple[str, bool], qtbot) -> None:  # type: ignore[no-untyped-def]
    """Make ``window`` fill the screen ``mode`` names and press F5 if it is presenting."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from tests.app.user import activate, settled

    screen, presenting = mode
    window.resize(SCREENS[screen])
    activate(qtbot, window)  # keys go to the window a user works in
    if presenting:
        QTest.keyClick(window, Qt.Key.Key_F5)
        assert window.presenter.enabled
    qtbot.waitUntil(lambda: settled(window), timeout=20_000)


@pytest.fixture
def flagship_in_mode(bundled_window, screen_mode, qtbot):  # type: ignore[no-untyped-def]
    """The flagship game, solved, in a window filling the screen of ``screen_mode``."""
    from explorer.resources import flagship_path

    window = bundled_window(flagship_path().name)
    show_in_mode(window, screen_mode, qtbot)
    return window


@pytest.fixture
def english_afterwards(qapp):  # type: ignore[no-untyped-def]
    """Whatever language the test switched to (a restart installs translators anew), the
    next test starts in English."""
    from explorer.app.i18n import remove_translations

    yield
    remove_translations(qapp)


@pytest.fixture
def german(qapp, english_afterwards):  # type: ignore[no-untyped-def]
    """The app speaks German for this test (its translators and the core's catalog)."""
    from explorer.app.i18n import install_translations

    install_translations(qapp, "de")
