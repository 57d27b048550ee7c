"""The file controller: open, save, new, drops, recent files, restoring after a crash, and a
save that never says "Saved" of a file that is not whole (full disk, file-size limit)."""

from __future__ import annotations

import errno
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QMimeData, QUrl

from explorer.app import dialogs
from explorer.app.recovery import read_orphan
from explorer.core.io import load_game
from tests.app.conftest import BATTLE
from tests.app.user import POPUP, choose_menu
from tests.helpers import FILE_SIZE_LIMIT_PRELUDE, fill, tiny_disk


def test_save_reopen_and_compare(qtbot, window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window.document.edit_cell((0, 1, 0), "0.5")
    window.document.edit_cell((0, 1, 1), "bonus / 2")
    target = tmp_path / "saved.json"
    assert window.files.save_to(target)
    assert not window.document.is_modified and not window.isWindowModified()
    assert load_game(target) == window.document.game
    assert f"Saved {target}" in window.status.text()
    edited = window.document.game
    window.files.new()
    assert window.document.game != edited
    assert window.open_path(target)
    assert window.document.game == edited
    assert json.loads(target.read_text())["payoffs"][0][1] == [0.5, "bonus / 2"]
    assert window.recent.paths()[0] == target.resolve()


def test_saving_as_gambit_says_what_it_keeps(qtbot, window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    target = tmp_path / "battle.nfg"
    assert window.files.save_to(target)
    assert "Gambit" in window.status.text() and "default parameter values" in window.status.text()
    assert load_game(target).shape == (2, 2)


def test_unsaved_changes_are_not_discarded_without_asking(qtbot, window, answers) -> None:  # type: ignore[no-untyped-def]
    window.document.edit_cell((0, 0, 0), "7")
    answers["save"] = dialogs.Choice.CANCEL
    window.files.new()
    assert window.document.game.payoffs[0][0][0].source == 7
    answers["save"] = dialogs.Choice.DISCARD
    window.files.new()
    assert window.document.game.title == "Untitled game"


def test_a_bad_file_opens_nothing_and_says_why(qtbot, window, answers, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "explorer-game/1", "title": 3}')
    before = window.document.game
    assert not window.open_path(bad)
    assert window.document.game is before
    assert answers["errors"] and "Cannot open bad.json" in answers["errors"][0]
    assert "Cannot open bad.json" in window.status.text()


def test_dropped_files_open_the_first_game_among_them(qtbot, window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    target = tmp_path / "dropped.json"
    target.write_text(json.dumps({**BATTLE, "title": "Dropped"}))
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(tmp_path / "notes.txt")), QUrl.fromLocalFile(str(target))])
    assert window.files.game_files(mime) == [target]
    assert window.files.drop(mime)
    assert window.document.game.title == "Dropped" and window.document.path == target
    nothing = QMimeData()
    nothing.setUrls([QUrl.fromLocalFile(str(tmp_path / "notes.txt"))])
    assert not window.files.drop(nothing)


@POPUP
def test_recent_files_are_offered_newest_first(qtbot, window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    first, second = tmp_path / "first.json", tmp_path / "second.json"
    for path in (first, second):
        path.write_text(json.dumps({**BATTLE, "title": path.stem}))
        assert window.open_path(path)
    menu = window.menus.recent_menu
    assert [a.text() for a in menu.actions()][:2] == ["second.json", "first.json"]
    qtbot.waitExposed(window)
    choose_menu(qtbot, window, "&File", "Open &Recent", "first.json")
    assert window.document.game.title == "first"


def test_crash_then_restore_from_recovery(qtbot, make_window, battle_file: Path, answers) -> None:  # type: ignore[no-untyped-def]
    first = make_window(tracked=False)
    first.open_path(battle_file)
    first.document.edit_cell((1, 1, 1), "42")
    first.document.edit_cell((0, 0, 0), "oops(")  # an invalid draft is work too
    assert first.recovery.autosave()
    first_file = first.recovery.file
    # A crash: the window disappears without closing (no prompt, no clean-up).
    first.shutdown_workers()
    first.recovery._lock.unlock()  # what the operating system does when the process dies
    with qtbot.waitSignal(first.destroyed):
        first.deleteLater()
    assert not shiboken6.isValid(first) and first_file.exists()
    second = make_window()
    answers["restore"] = True
    second.open_initial(None)
    game = second.document.game
    assert game.payoffs[1][1][1].source == 42
    assert second.document.cell_text((0, 0, 0)) == "oops("
    assert second.document.path == battle_file
    assert second.document.is_modified
    assert "Restored unsaved work" in second.status.text()


def test_declined_recovery_opens_the_file_asked_for(
    qtbot, make_window, battle_file: Path, answers
) -> None:  # type: ignore[no-untyped-def]
    first = make_window(tracked=False)
    first.open_path(battle_file)
    first.document.edit_cell((1, 1, 1), "42")
    first.recovery.autosave()
    first.shutdown_workers()
    first.recovery._lock.unlock()
    with qtbot.waitSignal(first.destroyed):
        first.deleteLater()
    answers["restore"] = False
    second = make_window()
    second.open_initial(battle_file)
    assert second.document.game == load_game(battle_file) and not second.document.is_modified
    assert not list(second.recovery.directory.glob("recovery-*.json"))  # the copy is gone


# --- saving that fails: the original stays, the work stays, one sentence says why ------------


def assert_failed_safely(window, target: Path, original: bytes, answers, reason: str) -> None:  # type: ignore[no-untyped-def]
    """The three promises of a failed save."""
    assert target.read_bytes() == original  # 1. the file on disk is the old one, whole
    assert load_game(target).title == BATTLE["title"]
    recovered = read_orphan(window.recovery.file)  # 2. the work is in the recovery copy
    assert recovered.state.game == window.document.game
    assert window.document.is_modified and window.isWindowModified()
    message = window.status.text()  # 3. one sentence says why, and that nothing is lost
    assert "\n" not in message and reason in message and "your work is safe" in message
    assert answers["errors"][-1] == message


def test_a_full_disk_keeps_the_file_the_work_and_says_so(
    qtbot, window, answers, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    with tiny_disk(tmp_path / "disk") as disk:
        target = disk / "battle.json"
        target.write_text(json.dumps(BATTLE))
        assert window.open_path(target)
        window.document.edit_cell((1, 1, 1), "42")
        assert window.recovery.autosave()  # the data folder is on another disk
        original = target.read_bytes()
        fill(disk)
        assert not window.files.save_to(target)
        assert_failed_safely(window, target, original, answers, "the disk is full")
        (disk / "filler").unlink()
        assert window.files.save_to(target)  # room again: the same save succeeds
        assert load_game(target) == window.document.game and not window.document.is_modified
        assert not window.recovery.file.exists()


REAL_WRITE = os.write


def half_then_full(descriptor: int, data: bytes) -> int:
    """ENOSPC after half of the bytes: what a full disk does where none can be mounted."""
    if len(data) > 64:
        return REAL_WRITE(descriptor, bytes(data[: len(data) // 2]))
    raise OSError(errno.ENOSPC, "No space left on device")


def lying(descriptor: int, data: bytes) -> int:
    """The reported defect: the device said every byte was written and kept only some."""
    REAL_WRITE(descriptor, bytes(data[:100]))
    return len(data)


@pytest.mark.parametrize(
    ("write", "reason"), [(half_then_full, "the disk is full"), (lying, "could not be read back")]
)
def test_a_write_that_fails_or_lies_keeps_the_file(
    qtbot, window, answers, battle_file: Path, monkeypatch: pytest.MonkeyPatch, write, reason: str
) -> None:  # type: ignore[no-untyped-def]
    window.document.edit_cell((1, 1, 1), "42")
    assert window.recovery.autosave()
    original = battle_file.read_bytes()
    with monkeypatch.context() as patch:
        patch.setattr(os, "write", write)
        assert not window.files.save_to(battle_file)
    assert_failed_safely(window, battle_file, original, answers, reason)


#: A window in a process of its own, saving under a file-size limit smaller than the game.
SAVE_UNDER_LIMIT = (
    FILE_SIZE_LIMIT_PRELUDE
    + """
import json, sys
from pathlib import Path
from PySide6.QtCore import QSettings
from explorer.app import dialogs
from explorer.app.main import create_application
from explorer.app.main_window import MainWindow

target, data = Path(sys.argv[1]), Path(sys.argv[2])
errors = []
dialogs.show_error = lambda parent, title, text: errors.append(text)
create_application()
window = MainWindow(QSettings(str(data / "s.ini"), QSettings.Format.IniFormat), data)
assert window.open_path(target)
window.document.edit_cell((1, 1, 1), "42")
assert window.recovery.autosave()
limit_file_size(4096)
saved = window.files.save_to(target)
window.shutdown_workers()
print(json.dumps({
    "saved": saved, "modified": window.document.is_modified, "status": window.status.text(),
    "errors": errors, "recovery": str(window.recovery.file),
}))
"""
)


def test_a_file_size_limit_keeps_the_file_and_the_work(tmp_path: Path) -> None:
    """RLIMIT_FSIZE below the game's size, as in the report (761 KB game, 2 KB file left)."""
    target = tmp_path / "big.json"
    notes = [f"line {k}: " + "a long note about the game " * 4 for k in range(3000)]
    target.write_text(json.dumps({**BATTLE, "notes": notes}))
    original = target.read_bytes()
    assert len(original) > 300_000
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path)}
    result = subprocess.run(
        [sys.executable, "-c", SAVE_UNDER_LIMIT, str(target), str(tmp_path / "data")],
        capture_output=True,
        text=True,
        timeout=120,
        env=environment,
    )
    assert result.returncode == 0, result.stderr
    outcome = json.loads(result.stdout.strip().splitlines()[-1])
    assert outcome["saved"] is False and outcome["modified"] is True
    assert target.read_bytes() == original and load_game(target).extras["notes"] == notes
    recovered = read_orphan(Path(outcome["recovery"]))
    assert recovered.state.game.payoffs[1][1][1].source == 42
    assert recovered.state.game.extras["notes"] == notes
    message = outcome["status"]
    assert "larger than this system allows" in message and "your work is safe" in message
    assert outcome["errors"] == [message]
