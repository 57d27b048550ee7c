"""Unexpected errors: write them to a log and say so in a dialog, instead of dying silently.

A windowed build (the packaged app on Windows) has no console: ``sys.stderr`` is ``None``.
The log and the dialog are what a user sees there, so neither depends on a console. The
dialog is shown from the event loop, never from inside the code that failed: a report from a
worker thread or from a Qt event handler reaches the GUI thread as a queued signal, and one
dialog stands for a burst of errors (the log has each of them).
"""

from __future__ import annotations

import sys
import threading
import traceback
from datetime import datetime
from pathlib import Path
from types import TracebackType

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QStandardPaths, Qt, QThread, Signal
from PySide6.QtWidgets import QApplication, QMessageBox

from explorer.render.guard import guard_qt_calls

MAX_LOG_BYTES = 1_000_000
#: The object name of the crash dialog, by which tests and the self-test find it.
DIALOG_NAME = "crashDialog"


def data_dir() -> Path:
    """The app's writable folder (logs, recovery files), created on demand."""
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    path = Path(location or Path.home() / ".strategy-explorer")
    path.mkdir(parents=True, exist_ok=True)
    return path


def log_path() -> Path:
    return data_dir() / "explorer.log"


def write_log(text: str) -> Path:
    """Append ``text`` with a time stamp; the log is started afresh when it grows too big."""
    path = log_path()
    mode = "w" if path.exists() and path.stat().st_size > MAX_LOG_BYTES else "a"
    with path.open(mode, encoding="utf-8") as log:
        log.write(f"--- {datetime.now().isoformat(timespec='seconds')}\n{text}\n")
    return path


def _tr(text: str) -> str:
    return QCoreApplication.translate("Crash", text)


def _to_console(text: str) -> None:
    """Echo to stderr when there is one (not in a windowed build, nor when it is closed)."""
    stream = sys.stderr
    if stream is None:
        return
    try:
        stream.write(text)
        stream.flush()
    except (OSError, ValueError):
        pass


@guard_qt_calls
class CrashNotices(QObject):
    """Shows the crash dialog on the GUI thread, one at a time, for reports from any thread."""

    reported = Signal(str, str)  # the error in one line, where the details were written

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.dialog: QMessageBox | None = None
        self.reported.connect(self.on_reported, Qt.ConnectionType.QueuedConnection)

    def on_reported(self, summary: str, where: str) -> None:
        if self.dialog is not None:  # the open dialog already says it; the log has the rest
            return
        try:
            self.dialog = crash_dialog(summary, where)
        except Exception:  # a failing report must not report itself again
            _to_console(traceback.format_exc())
            return
        self.dialog.destroyed.connect(self.on_dialog_destroyed)
        self.dialog.open()  # returns at once: the event loop goes on

    def on_dialog_destroyed(self) -> None:
        self.dialog = None


def crash_dialog(summary: str, where: str) -> QMessageBox:
    """The dialog for one error (``summary``), saying where the log is; deleted when closed."""
    details = _tr("Details were written to %1.").replace("%1", where) if where else ""
    dialog = QMessageBox(
        QMessageBox.Icon.Critical,
        _tr("Unexpected error"),
        _tr("Something went wrong: %1\n\nYour work is autosaved every few seconds. %2")
        .replace("%1", summary)
        .replace("%2", details),
        QMessageBox.StandardButton.Ok,
        QApplication.activeWindow(),
    )
    dialog.setObjectName(DIALOG_NAME)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    return dialog


_notices: CrashNotices | None = None


def _crash_notices() -> CrashNotices | None:
    """The app's notifier, made on the GUI thread the first time it is needed there."""
    global _notices
    app = QApplication.instance()
    if app is None:
        return None
    if _notices is None or not shiboken6.isValid(_notices):
        if QThread.currentThread() != app.thread():
            return None  # made only on the GUI thread, where its dialog lives
        _notices = CrashNotices(app)
    return _notices


def report_exception(
    kind: type[BaseException], error: BaseException, trace: TracebackType | None
) -> None:
    """Log the error, echo it to the console if any, and queue the dialog on the GUI thread.

    Safe to call from any thread and without a console; it never raises, so it can serve as
    ``sys.excepthook`` and inside the guards around code that Qt calls.
    """
    try:
        text = "".join(traceback.format_exception(kind, error, trace))
        summary = traceback.format_exception_only(kind, error)[-1].strip()
        try:
            where = str(write_log(text))
        except OSError:
            where = ""
        _to_console(text)
        notices = _crash_notices()
        if notices is not None:
            notices.reported.emit(summary, where)
    except Exception:  # the last resort must not fail in turn
        _to_console(f"while reporting {kind.__name__}: {traceback.format_exc()}")


def install_exception_handler() -> None:
    """Route uncaught exceptions (GUI thread and Python threads) to :func:`report_exception`."""
    _crash_notices()  # on the GUI thread now, so that reports from threads find it
    sys.excepthook = report_exception

    def thread_hook(args: threading.ExceptHookArgs) -> None:
        report_exception(args.exc_type, args.exc_value or args.exc_type(), args.exc_traceback)

    threading.excepthook = thread_hook
