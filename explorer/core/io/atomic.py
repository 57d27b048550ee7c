"""Atomic file writes: a temporary file beside the target, flushed, then renamed over it."""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import TextIO


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


@contextlib.contextmanager
def atomic_text_stream(path: str | os.PathLike[str]) -> Iterator[TextIO]:
    """A text stream (UTF-8) whose contents replace ``path`` only when the block ends well.

    Written to a temporary file in the same folder, flushed to disk, then renamed over the
    target with :func:`os.replace` (atomic on POSIX and Windows); on any error the target
    is left as it was and the temporary file removed. Lets large exports be written piece
    by piece without holding them in memory.
    """
    target = Path(path)
    handle, temporary = tempfile.mkstemp(
        prefix=f".{target.name}.", suffix=".tmp", dir=target.parent
    )
    try:
        os.chmod(temporary, _mode_for(target))
        with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as stream:
            yield stream
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temporary, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise


def write_text_atomic(path: str | os.PathLike[str], text: str) -> None:
    """Write ``text`` (UTF-8) to ``path`` so that readers see the old file or the new, never half
    (see :func:`atomic_text_stream`)."""
    with atomic_text_stream(path) as stream:
        stream.write(text)
