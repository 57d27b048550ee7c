"""Unexpected errors: write them to a log and say so in a dialog, instead of dying silently."""

from __future__ import annotations

import sys
import threading
import traceback
from datetime import datetime
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QStandardPaths, QThread
from PySide6.QtWidgets import QApplication, QMessageBox

MAX_LOG_BYTES = 1_000_000


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


def report_exception(
    kind: type[BaseException], error: BaseException, trace: TracebackType | None
) -> None:
    """Log the error and, on the GUI thread, tell the user in a dialog."""
    text = "".join(traceback.format_exception(kind, error, trace))
    try:
        path = write_log(text)
    except OSError:
        path = None
    sys.stderr.write(text)
    app = QApplication.instance()
    on_gui_thread = app is not None and QThread.currentThread() == app.thread()
    if not on_gui_thread:
        return
    where = _tr("Details were written to %1.").replace("%1", str(path)) if path else ""
    QMessageBox.critical(
        QApplication.activeWindow(),
        _tr("Unexpected error"),
        _tr("Something went wrong: %1\n\nYour work is autosaved every few seconds. %2")
        .replace("%1", f"{kind.__name__}: {error}")
        .replace("%2", where),
    )


def install_exception_handler() -> None:
    """Route uncaught exceptions (GUI thread and Python threads) to :func:`report_exception`."""
    sys.excepthook = report_exception

    def thread_hook(args: threading.ExceptHookArgs) -> None:
        report_exception(args.exc_type, args.exc_value or args.exc_type(), args.exc_traceback)

    threading.excepthook = thread_hook
