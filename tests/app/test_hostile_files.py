"""Hostile files opened in the app as a user would, then every tab visited, a sweep and the
dynamics run, and the game saved: the app stays alive, a file that did not open leaves the
game that was open with a readable message, and saving works or says why (issue 10)."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication

from explorer.core.formula import MAX_MAGNITUDE
from explorer.core.game import MAX_TEXT_LENGTH
from explorer.core.io import load_game
from explorer.resources import games_dir
from tests.app.conftest import BATTLE
from tests.app.user import POPUP, choose_menu, click, click_tab, settled
from tests.fuzz.checks import ERROR, LOADED, check_window, one_sentence, run_all
from tests.fuzz.files import hostile_files, outcome_nfg

#: Seconds the window may take over one file: opening, solving and settling.
SETTLE_MS = 60_000


def battle(**changes: Any) -> dict[str, Any]:
    data = copy.deepcopy(BATTLE)
    data.update(changes)
    return data


def payoffs(row: list[list[object]], column: list[list[object]]) -> list[list[list[object]]]:
    return [[[a, b] for a, b in zip(r, c, strict=True)] for r, c in zip(row, column, strict=True)]


def nested(depth: int) -> object:
    value: object = "bottom"
    for _ in range(depth - 1):
        value = {"deeper": value}
    return value


LIMIT = MAX_MAGNITUDE
RANDOM = np.random.default_rng(10).integers(-1000, 1000, (2, 6, 6)).tolist()

#: Files that load with extreme but legal values: (name, content).
LOADING: list[tuple[str, object]] = [
    (
        "ranges and payoffs at the limit",
        battle(
            parameters=[{"name": "x", "default": 0, "min": -LIMIT, "max": LIMIT}],
            payoffs=payoffs([[LIMIT, "x"], [-LIMIT, 0]], [["-x", 0], [LIMIT, -LIMIT]]),
        ),
    ),
    (
        "a tiny range",
        battle(parameters=[{"name": "bonus", "default": 1e-10, "min": 0, "max": 1e-9}]),
    ),
    (
        "payoffs beyond the limit at the top of the range",
        battle(
            parameters=[{"name": "x", "default": 1, "min": 0, "max": LIMIT}],
            payoffs=payoffs([["x ** 25", 0], [0, 1]], [["-(x ** 25.7)", 1], [0, 2]]),
        ),
    ),
    (
        "payoffs undefined at the defaults",
        battle(
            parameters=[{"name": "x", "default": 0, "min": 0, "max": 1}],
            payoffs=payoffs([["1 / x", 0], [0, 1]], [["log(x)", 1], [0, 2]]),
        ),
    ),
    (
        "a one-by-one game with a preset at its extremes",
        battle(
            players=[{"name": "A", "strategies": ["Only"]}, {"name": "B", "strategies": ["One"]}],
            parameters=[],
            payoffs=[[[1, 1]]],
            repeated={"discount_factor": 1, "periods": 10_000, "cooperate": [1, 1]},
        ),
    ),
    (
        "a six-by-six game with names in several scripts",
        battle(
            players=[
                {"name": "Ünïcödé ‮", "strategies": [f"عربى {k}" for k in range(6)]},
                {"name": "x" * 100, "strategies": [f"🎲 {k}" for k in range(6)]},
            ],
            description="a long description " * 1_000,
            payoffs=payoffs(*RANDOM),
            notes=nested(16),
        ),
    ),
    ("the 2.8 MB Gambit file with 200,000 outcomes", "BIG_NFG"),
]

#: Files that fail to open: (name, content, what the sentence says).
FAILING: list[tuple[str, object, str]] = [
    (
        "a range near the largest double",
        battle(parameters=[{"name": "bonus", "default": 0, "min": -1.7e308, "max": 1.7e308}]),
        "too large",
    ),
    (
        "payoffs near the largest double",
        battle(payoffs=payoffs([[1e308, 0], [0, 1]], [[-1e308, 0], [0, 1]])),
        "too large",
    ),
    ("an extra key nested 900 deep", battle(notes=nested(900)), "nested more than"),
    ("a preset's cooperate of 5", battle(repeated={"cooperate": 5}), "'cooperate'"),
    (
        "a preset's discount factor as text",
        battle(repeated={"discount_factor": "abc"}),
        "from 0 to 1",
    ),
    ("a 309-digit integer", "DIGITS", "too large"),
    ("binary junk", b"\x89PNG\r\n\x1a\n\x00\x00\xff\xfe", "UTF-8"),
]


def write(folder: Path, name: str, content: object) -> Path:
    if content == "BIG_NFG":
        path = folder / "outcomes.nfg"
        path.write_text(outcome_nfg(200_000, np.random.default_rng(10)), encoding="utf-8")
        return path
    path = folder / f"{name.replace(' ', '_')[:40]}.json"
    if isinstance(content, bytes):
        path.write_bytes(content)
    elif content == "DIGITS":
        text = json.dumps(battle(parameters=[{"name": "bonus", "default": 0, "min": 0, "max": 7}]))
        path.write_text(text.replace('"max": 7', '"max": ' + "9" * 309), encoding="utf-8")
    else:
        path.write_text(json.dumps(content, ensure_ascii=False), encoding="utf-8")
    return path


def drop(window, path: Path) -> None:  # type: ignore[no-untyped-def]
    """Drag ``path`` over the window and drop it, as the window system delivers it."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    where = QPointF(window.width() / 2, window.height() / 2)
    action, button, none = Qt.DropAction.CopyAction, Qt.MouseButton.LeftButton, Qt.KeyboardModifier
    QApplication.sendEvent(
        window, QDragEnterEvent(where.toPoint(), action, mime, button, none.NoModifier)
    )
    QApplication.sendEvent(window, QDropEvent(where, action, mime, button, none.NoModifier))


def open_by_menu(qtbot, window, answers, path: Path) -> None:  # type: ignore[no-untyped-def]
    answers["open"] = path
    choose_menu(qtbot, window, "&File", "&Open…")


def use_every_part(qtbot, window, answers, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Every tab and every Repeated page, a sweep, the dynamics played, then Save As."""
    wait = lambda: qtbot.waitUntil(lambda: settled(window), timeout=SETTLE_MS)  # noqa: E731
    wait()
    for index in range(window.tabs.count()):
        click_tab(window.tabs, index)
        wait()
    click_tab(window.tabs, window.tabs.indexOf(window.repeated))
    pages = window.repeated.views
    for index in range(pages.count()):
        click_tab(pages, index)
        wait()
    click_tab(window.tabs, window.tabs.indexOf(window.sweep))
    if window.sweep.run_button.isEnabled():
        click(window.sweep.run_button)
        wait()
        one_sentence(window.sweep.status.text())
    click_tab(window.tabs, window.tabs.indexOf(window.dynamics))
    wait()
    if window.dynamics.trajectory is not None:
        click(window.dynamics.step)
        assert window.dynamics.frame >= 0
    target = tmp_path / "saved.json"
    answers["save_as"] = target
    errors_before = len(answers["errors"])
    choose_menu(qtbot, window, "&File", "Save &As…")
    wait()
    if len(answers["errors"]) > errors_before:  # it says why, and nothing half-written is left
        one_sentence(answers["errors"][-1])
    else:
        assert load_game(target) == window.document.game
        assert str(target) in window.status.text()
    click_tab(window.tabs, 0)


@POPUP
@pytest.mark.slow
@pytest.mark.parametrize(("name", "content"), LOADING, ids=[c[0] for c in LOADING])
def test_a_file_with_extreme_values_opens_and_every_part_works(  # type: ignore[no-untyped-def]
    qtbot, window, answers, tmp_path: Path, name: str, content: object
) -> None:
    path = write(tmp_path, name, content)
    open_by_menu(qtbot, window, answers, path)
    assert window.document.path == path, answers["errors"]
    use_every_part(qtbot, window, answers, tmp_path)
    assert window.isVisible()


@POPUP
@pytest.mark.slow
@pytest.mark.parametrize(("name", "content", "fragment"), FAILING, ids=[c[0] for c in FAILING])
def test_a_file_that_does_not_open_leaves_the_game_and_says_why(  # type: ignore[no-untyped-def]
    qtbot, window, answers, tmp_path: Path, name: str, content: object, fragment: str
) -> None:
    before, path = window.document.game, window.document.path
    drop(window, write(tmp_path, name, content))
    assert window.document.game is before and window.document.path == path
    assert len(answers["errors"]) == 1 and fragment in answers["errors"][0]
    one_sentence(answers["errors"][0])
    assert window.status.text() == answers["errors"][0]
    use_every_part(qtbot, window, answers, tmp_path)
    assert window.document.game == before


def test_the_window_open_path_fuzzed(qtbot, window, answers, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Mutated files (tests/fuzz) through the window's open path, each settled after."""

    def open_in_window(path: Path) -> str:
        outcome = check_window(window, path, answers["errors"])
        qtbot.waitUntil(lambda: settled(window), timeout=SETTLE_MS)
        return outcome

    files = list(hostile_files(80, seed=3))
    outcomes = run_all(files, tmp_path, open_in_window, seconds=SETTLE_MS / 1000)
    assert outcomes[ERROR] > 20 and outcomes[LOADED] > 5, outcomes


def test_a_bundled_game_reopens_after_the_hostile_ones(window, answers) -> None:  # type: ignore[no-untyped-def]
    assert window.open_path(games_dir() / "prisoners_dilemma.json")
    assert not answers["errors"]


@POPUP
def test_a_long_title_never_widens_the_window(qtbot, window, answers, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """A fuzzed .nfg with a 20,000-character title once made the status line (and so the
    window) 139,814 pixels wide: every tab then took tens of seconds to paint."""
    title = ("emoji 🎲🎲" * 3_000)[:MAX_TEXT_LENGTH]
    path = write(tmp_path, "long title", battle(title=title))
    width = window.width()
    open_by_menu(qtbot, window, answers, path)
    qtbot.waitUntil(lambda: settled(window), timeout=SETTLE_MS)
    assert window.document.game.title == title
    assert window.statusBar().minimumSizeHint().width() < width
    for index in range(window.tabs.count()):
        click_tab(window.tabs, index)
        qtbot.waitUntil(lambda: settled(window), timeout=SETTLE_MS)
        assert window.width() == width, window.tabs.tabText(index)
    assert title in window.status.toolTip()
