"""Entry point of the packaged app (PyInstaller): the same as the ``explorer`` command.

Both programs write UTF-8, whatever the system's code page: into a pipe or a file Windows
would use cp1252, which cannot write "δ ≥ 0.33", and the command would stop on the first
such line. A windowed build has no streams at all (``None``); they stay so.
"""

import sys

from explorer.cli import main


def write_utf8() -> None:
    for stream in (sys.stdout, sys.stderr):
        if stream is not None and hasattr(stream, "reconfigure"):
            stream.reconfigure(encoding="utf-8", errors="backslashreplace")


if __name__ == "__main__":
    write_utf8()
    sys.exit(main())
