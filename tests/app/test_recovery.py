"""Crash recovery: unsaved work is written aside, found again after a crash, forgotten when safe."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest
from PySide6.QtCore import QLockFile

from explorer.app.document import GameDocument
from explorer.app.recovery import RecoveryManager, find_orphans, read_orphan
from explorer.core import edit


@pytest.fixture
def document(qapp) -> GameDocument:  # type: ignore[no-untyped-def]
    return GameDocument(edit.blank_game(), Path("/games/mine.json"))


@pytest.fixture
def manager(document: GameDocument, tmp_path: Path):  # type: ignore[no-untyped-def]
    recovery = RecoveryManager(document, tmp_path / "recovery")
    yield recovery
    recovery.close()


def test_unsaved_work_and_its_drafts_are_written_aside(document, manager) -> None:  # type: ignore[no-untyped-def]
    assert manager.autosave() and not manager.file.exists()  # nothing unsaved: nothing aside
    document.edit_cell((0, 0, 0), "4")
    document.edit_cell((0, 0, 1), "1 +")  # a draft
    assert manager.autosave()
    work = read_orphan(manager.file)
    assert work.state.game == document.game
    assert work.state.drafts[(0, 0, 1)].text == "1 +"
    assert work.original_path == Path("/games/mine.json")
    assert "recovery" not in work.state.game.extras  # the bookkeeping is taken out again


def test_once_saved_the_copy_is_removed(document, manager) -> None:  # type: ignore[no-untyped-def]
    document.edit_cell((0, 0, 0), "4")
    manager.autosave()
    document.mark_saved()
    assert manager.autosave() and not manager.file.exists()


def test_the_copy_is_refreshed_on_a_timer(qtbot, document, manager) -> None:  # type: ignore[no-untyped-def]
    manager.timer.setInterval(10)
    document.edit_cell((0, 0, 0), "4")
    qtbot.waitUntil(manager.file.exists)
    document.edit_cell((0, 0, 0), "5")
    qtbot.waitUntil(lambda: read_orphan(manager.file).state.game == document.game)


def test_a_copy_that_cannot_be_written_keeps_the_older_one(
    document, manager, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    document.edit_cell((0, 0, 0), "4")
    manager.autosave()
    document.edit_cell((0, 0, 0), "5")

    def full(descriptor: int, data: bytes) -> int:
        raise OSError(errno.ENOSPC, "No space left on device")

    with monkeypatch.context() as patch:
        patch.setattr(os, "write", full)
        assert not manager.autosave()  # best effort: editing goes on
    assert read_orphan(manager.file).state.game.payoffs[0][0][0].source == 4


def test_only_copies_whose_owner_is_gone_are_orphans(document, manager, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    document.edit_cell((0, 0, 0), "4")
    manager.autosave()
    assert find_orphans(manager.directory) == []  # its owner (this manager) holds the lock
    crashed = tmp_path / "recovery" / "recovery-crashed.json"
    crashed.write_bytes(manager.file.read_bytes())
    stale = QLockFile(str(crashed) + ".lock")
    assert stale.tryLock(0)
    stale.unlock()  # the owner died: its lock went with it
    assert find_orphans(manager.directory) == [crashed]


def test_a_clean_close_leaves_nothing_to_recover(document, manager) -> None:  # type: ignore[no-untyped-def]
    document.edit_cell((0, 0, 0), "4")
    manager.autosave()
    manager.close()
    assert not manager.file.exists() and not manager.timer.isActive()
