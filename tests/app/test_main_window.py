"""The main window's own part: its title, docks and tabs, drops, closing, the layout it keeps."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication

from explorer.app import dialogs
from explorer.app.workers import JobRunner
from tests.app.conftest import BATTLE
from tests.app.user import click_tab


def test_the_title_names_the_file_and_marks_unsaved_changes(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    assert window.windowTitle() == "battle.json[*] — Strategy Explorer"
    assert not window.isWindowModified()
    window.document.edit_cell((0, 0, 0), "7")
    assert window.isWindowModified()
    window.document.undo_stack.undo()
    assert not window.isWindowModified()


def test_opening_a_game_says_so_and_starts_the_stepper_over(qtbot, window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window.results.set_step(1)
    other = tmp_path / "other.json"
    other.write_text(json.dumps({**BATTLE, "title": "Other"}))
    assert window.open_path(other)
    assert window.status.text() == "Opened Other" and window.results.step == 0
    assert window.windowTitle().startswith("other.json")


def drag_events(path: Path) -> tuple[QMimeData, QDragEnterEvent, QDropEvent]:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    action, button, none = Qt.DropAction.CopyAction, Qt.MouseButton.LeftButton, Qt.KeyboardModifier
    enter = QDragEnterEvent(QPoint(10, 10), action, mime, button, none.NoModifier)
    drop = QDropEvent(QPointF(10, 10), action, mime, button, none.NoModifier)
    return mime, enter, drop


def test_a_game_file_dragged_onto_the_window_opens(qtbot, window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    target = tmp_path / "dropped.json"
    target.write_text(json.dumps({**BATTLE, "title": "Dropped"}))
    _mime, enter, drop = drag_events(target)
    QApplication.sendEvent(window, enter)
    assert enter.isAccepted()
    QApplication.sendEvent(window, drop)
    assert drop.isAccepted()
    assert window.document.game.title == "Dropped" and window.document.path == target


def test_other_files_are_not_taken(qtbot, window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    _mime, enter, _drop = drag_events(tmp_path / "notes.txt")
    enter.ignore()
    QApplication.sendEvent(window, enter)
    assert not enter.isAccepted()


def test_the_equilibria_dock_steps_aside_for_the_plots(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitExposed(window)
    results = window.docks["results"]
    assert results.isVisible()
    for tab in (window.sweep, window.repeated, window.dynamics):
        click_tab(window.tabs, window.tabs.indexOf(tab))
        assert not results.isVisible()
    click_tab(window.tabs, 0)
    assert results.isVisible()
    results.close()  # a dock the user closed stays closed across tab changes
    click_tab(window.tabs, window.tabs.indexOf(window.sweep))
    click_tab(window.tabs, 0)
    assert not results.isVisible()


def test_layout_and_zoom_are_remembered(qtbot, make_window) -> None:  # type: ignore[no-untyped-def]
    first = make_window()
    first.matrix.zoom(1)
    size = first.matrix.point_size()
    first.close()
    second = make_window()
    assert abs(second.matrix.point_size() - size) < 0.01


def test_closing_with_unsaved_changes_asks_first(qtbot, window, answers) -> None:  # type: ignore[no-untyped-def]
    window.document.edit_cell((0, 0, 0), "7")
    answers["save"] = dialogs.Choice.CANCEL
    assert not window.close() and window.isVisible()
    answers["save"] = dialogs.Choice.DISCARD
    assert window.close()


def test_a_clean_close_stops_every_worker_and_leaves_nothing_to_recover(
    qtbot, make_window, battle_file: Path
) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    window.open_path(battle_file)
    window.document.edit_cell((1, 1, 1), "42")
    window.recovery.autosave()
    assert window.recovery.file.exists()
    window.document.mark_saved()
    assert window.close()
    assert not window.recovery.file.exists()
    assert all(
        runner.isFinished() or not runner.isRunning() for runner in window.findChildren(JobRunner)
    )
