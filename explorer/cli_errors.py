"""How the command line reports a fault of the program itself: one line, the traceback logged."""

from __future__ import annotations

import os
import sys
import tempfile
import traceback

#: The file a fault's traceback is appended to (the command line has no app folder).
FAULT_LOG = os.path.join(tempfile.gettempdir(), "explorer-errors.log")
#: The log is started afresh when it has grown past this many bytes.
MAX_LOG_BYTES = 1_000_000


def fault_sentence(error: Exception) -> str:
    """One line for a fault of the program, naming where its traceback was written."""
    what = " ".join(traceback.format_exception_only(error)[-1].split())[:300]
    log = FAULT_LOG
    try:
        mode = "w" if os.path.exists(log) and os.path.getsize(log) > MAX_LOG_BYTES else "a"
        with open(log, mode, encoding="utf-8") as stream:
            stream.write("".join(traceback.format_exception(error)) + "\n")
    except OSError:
        return f"something went wrong that should not have ({what})"
    return f"something went wrong that should not have ({what}); the details are in {log}"


def say(line: str) -> None:
    """A line on stderr, when there is one (a windowed app has none)."""
    if sys.stderr is not None:
        print(line, file=sys.stderr)
