"""Crashes in a windowed build: no console, yet each error reaches the log and a dialog."""

from __future__ import annotations

import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton

from explorer.app import crash


def crash_dialogs() -> list[QMessageBox]:
    return [
        w
        for w in QApplication.topLevelWidgets()
        if isinstance(w, QMessageBox) and w.objectName() == crash.DIALOG_NAME and w.isVisible()
    ]


def click(button: QPushButton) -> None:
    """Click the widget under the button's centre, as the mouse would."""
    centre = button.mapToGlobal(button.rect().center())
    target = QApplication.widgetAt(centre) or button
    QTest.mouseClick(target, Qt.MouseButton.LeftButton, pos=target.mapFromGlobal(centre))


@pytest.fixture
def windowed(qtbot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[Path]:  # type: ignore[no-untyped-def]
    """A windowed build's process: no stderr, no stdout; the log goes to ``tmp_path``."""
    log = tmp_path / "explorer.log"
    monkeypatch.setattr(crash, "log_path", lambda: log)
    monkeypatch.setattr(sys, "stderr", None)
    monkeypatch.setattr(sys, "stdout", None)
    yield log
    for dialog in crash_dialogs():
        dialog.close()
    notices = crash._crash_notices()
    qtbot.waitUntil(lambda: notices is None or notices.dialog is None)


def fail(message: str) -> None:
    raise RuntimeError(message)


def test_report_without_a_console_writes_the_log_and_opens_a_dialog(qtbot, windowed: Path) -> None:  # type: ignore[no-untyped-def]
    try:
        fail("something broke")
    except RuntimeError as error:
        crash.report_exception(type(error), error, error.__traceback__)  # returns at once
    assert "RuntimeError: something broke" in windowed.read_text(encoding="utf-8")
    qtbot.waitUntil(lambda: len(crash_dialogs()) == 1)
    dialog = crash_dialogs()[0]
    assert "RuntimeError: something broke" in dialog.text()
    assert str(windowed) in dialog.text()
    click(dialog.button(QMessageBox.StandardButton.Ok))
    qtbot.waitUntil(lambda: not crash_dialogs())


@pytest.mark.qt_no_exception_capture
def test_an_error_in_code_qt_calls_is_reported_and_the_app_goes_on(  # type: ignore[no-untyped-def]
    qtbot, windowed: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # restored after the test
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    crash.install_exception_handler()
    QTimer.singleShot(0, lambda: fail("a slot failed"))
    qtbot.waitUntil(lambda: len(crash_dialogs()) == 1)
    assert "a slot failed" in crash_dialogs()[0].text()
    later: list[str] = []
    QTimer.singleShot(0, lambda: later.append("still running"))
    qtbot.waitUntil(lambda: later == ["still running"])
    assert "RuntimeError: a slot failed" in windowed.read_text(encoding="utf-8")


@pytest.mark.qt_no_exception_capture
def test_errors_from_threads_are_all_logged_under_one_dialog(  # type: ignore[no-untyped-def]
    qtbot, windowed: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    crash.install_exception_handler()
    for name in ("first worker", "second worker"):
        worker = threading.Thread(target=fail, args=(name,))
        worker.start()
        worker.join(timeout=10)
    qtbot.waitUntil(lambda: len(crash_dialogs()) == 1)
    log = windowed.read_text(encoding="utf-8")
    assert "first worker" in log and "second worker" in log
    assert "first worker" in crash_dialogs()[0].text()
    # The burst showed one dialog; once it is closed the next error gets its own.
    click(crash_dialogs()[0].button(QMessageBox.StandardButton.Ok))
    qtbot.waitUntil(lambda: not crash_dialogs())
    notices = crash._crash_notices()
    qtbot.waitUntil(lambda: notices is not None and notices.dialog is None)
    try:
        fail("after the burst")
    except RuntimeError as error:
        crash.report_exception(type(error), error, error.__traceback__)
    qtbot.waitUntil(lambda: len(crash_dialogs()) == 1)
    assert "after the burst" in crash_dialogs()[0].text()


def test_an_unwritable_log_still_shows_the_dialog(qtbot, windowed: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    def no_disk(text: str) -> Path:
        raise OSError("read-only file system")

    monkeypatch.setattr(crash, "write_log", no_disk)
    try:
        fail("nowhere to write")
    except RuntimeError as error:
        crash.report_exception(type(error), error, error.__traceback__)
    qtbot.waitUntil(lambda: len(crash_dialogs()) == 1)
    dialog = crash_dialogs()[0]
    assert "nowhere to write" in dialog.text() and "explorer.log" not in dialog.text()
