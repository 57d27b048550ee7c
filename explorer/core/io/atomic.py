"""Atomic file writes: a temporary file beside the target, flushed, then renamed over it."""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
from pathlib import Path


def _mode_for(target: Path) -> int:
    """Keep an existing file's permissions; a new file gets the usual ones (0666 less umask).

    ``mkstemp`` creates its file readable by the owner only, which a rename would carry over.
    """
    try:
        return stat.S_IMODE(target.stat().st_mode)
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


def write_text_atomic(path: str | os.PathLike[str], text: str) -> None:
    """Write ``text`` (UTF-8) to ``path`` so that readers see the old file or the new, never half.

    The text goes to a temporary file in the same folder, is flushed to disk, and then
    replaces the target with :func:`os.replace`, which is atomic on POSIX and Windows.
    """
    target = Path(path)
    handle, temporary = tempfile.mkstemp(
        prefix=f".{target.name}.", suffix=".tmp", dir=target.parent
    )
    try:
        os.chmod(temporary, _mode_for(target))
        with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as stream:
            stream.write(text)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temporary, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise
