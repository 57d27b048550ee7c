"""The one atomic writer: every write checked, flushed, verified, then renamed over the target.

Every file the explorer writes (games, recovery copies, CSV, LaTeX, PNG and SVG exports)
goes through :func:`write_bytes_atomic` (or, for exports too large to hold in memory,
:func:`atomic_text_stream`), so that a full disk, a file-size limit or a failing device
never leaves a truncated file behind a message that says "Saved".
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import os
import stat
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path

#: A check of the bytes read back from disk; it raises if they are not acceptable.
Verify = Callable[[bytes], object]


class WriteVerificationError(OSError):
    """What was read back is not what was meant to be written (or does not load)."""


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


def _write_all(descriptor: int, data: bytes) -> None:
    """Write every byte of ``data`` or raise.

    A write that returns fewer bytes than it was given (the disk filled up, or the
    process reached its file-size limit) is never taken as done: the rest is written
    again, and the system then reports why it cannot (``ENOSPC``, ``EFBIG``, ...). A
    write that makes no progress at all is reported as a full disk.
    """
    view = memoryview(data)
    while view:
        written = os.write(descriptor, view)
        if written <= 0:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        view = view[written:]


def _digest_of(path: str | Path) -> tuple[int, bytes]:
    """Size and SHA-256 of a file, read in blocks (for files too large to hold)."""
    digest = hashlib.sha256()
    size = 0
    with open(path, "rb") as stream:
        while block := stream.read(1 << 20):
            digest.update(block)
            size += len(block)
    return size, digest.digest()


def _read_back(path: str | Path, expected: bytes) -> bytes:
    with open(path, "rb") as stream:
        found = stream.read()
    if found != expected:
        raise WriteVerificationError(
            errno.EIO, f"the file read back has {len(found)} bytes, not the {len(expected)} written"
        )
    return found


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable (POSIX); folders cannot be opened for syncing on Windows."""
    if os.name != "posix":
        return
    descriptor = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    except OSError as error:  # some file systems cannot sync a folder; the data is synced
        if error.errno not in (errno.EINVAL, errno.ENOTSUP, errno.EBADF):
            raise
    finally:
        os.close(descriptor)


def _commit(temporary: str, target: Path, check: Callable[[str | Path], object]) -> None:
    """Steps 3 and 4 of :func:`write_bytes_atomic`: rename, sync the folder, read back."""
    os.replace(temporary, target)
    _sync_folder(target.parent)
    check(target)


def write_bytes_atomic(
    path: str | os.PathLike[str], data: bytes, verify: Verify | None = None
) -> None:
    """Write ``data`` to ``path`` so that readers see the old file or the new, never half.

    1. The bytes go to a temporary file in the target's folder; every write is checked
       (:func:`_write_all`) and the file is flushed to the device (``fsync``).
    2. The temporary file is read back: it must hold exactly ``data``, and ``verify``
       (for a game: "it loads as a game") must accept what was read.
    3. Only then does :func:`os.replace` put it in place of the target, atomically on
       POSIX and Windows, and the folder is synced so that the rename survives a crash.
    4. The target is read back once more and must hold the same bytes: what was
       committed is what was verified.

    Raises
    ------
    OSError
        Whatever the system reported (``ENOSPC``, ``EFBIG``, ``EACCES``, ...), or a
        :class:`WriteVerificationError`. If the failure comes before step 3 (all the
        failures a full disk or a size limit cause), the old file is untouched; the
        temporary file is always removed.
    """
    target = Path(path)
    descriptor, temporary = tempfile.mkstemp(
        prefix=f".{target.name}.", suffix=".tmp", dir=target.parent
    )
    try:
        try:
            os.chmod(temporary, _mode_for(target))
            _write_all(descriptor, data)
            os.fsync(descriptor)
        finally:
            os.close(descriptor)
        written = _read_back(temporary, data)
        if verify is not None:
            try:
                verify(written)
            except Exception as error:
                raise WriteVerificationError(
                    errno.EIO, f"the written file does not load: {error}"
                ) from error
        _commit(temporary, target, lambda committed: _read_back(committed, data))
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise


def write_text_atomic(
    path: str | os.PathLike[str], text: str, verify: Callable[[str], object] | None = None
) -> None:
    """:func:`write_bytes_atomic` for UTF-8 text; ``verify`` gets the text read back."""

    def check(data: bytes) -> object:
        return verify(data.decode("utf-8")) if verify is not None else None

    write_bytes_atomic(path, text.encode("utf-8"), check if verify is not None else None)


class CheckedTextStream:
    """A UTF-8 text sink whose every write is checked (:func:`_write_all`) and hashed."""

    #: Text is encoded and written in blocks of about this many bytes.
    BLOCK = 1 << 20

    def __init__(self, descriptor: int) -> None:
        self._descriptor = descriptor
        self._pending: list[bytes] = []
        self._pending_size = 0
        self.size = 0
        self.digest = hashlib.sha256()

    def write(self, text: str) -> int:
        data = text.encode("utf-8")
        self._pending.append(data)
        self._pending_size += len(data)
        if self._pending_size >= self.BLOCK:
            self.flush()
        return len(text)

    def flush(self) -> None:
        data = b"".join(self._pending)
        self._pending, self._pending_size = [], 0
        _write_all(self._descriptor, data)
        self.digest.update(data)
        self.size += len(data)


@contextlib.contextmanager
def atomic_text_stream(path: str | os.PathLike[str]) -> Iterator[CheckedTextStream]:
    """A text stream whose contents replace ``path`` only when the block ends well.

    The same four steps as :func:`write_bytes_atomic`, for exports written piece by piece
    without holding them in memory: every write checked, ``fsync``, the temporary file
    read back and compared (size and SHA-256) with what was written, renamed over the
    target, the folder synced and the target compared once more. On any error the target
    is left as it was and the temporary file removed.
    """
    target = Path(path)
    descriptor, temporary = tempfile.mkstemp(
        prefix=f".{target.name}.", suffix=".tmp", dir=target.parent
    )
    try:
        try:
            os.chmod(temporary, _mode_for(target))
            stream = CheckedTextStream(descriptor)
            yield stream
            stream.flush()
            os.fsync(descriptor)
        finally:
            os.close(descriptor)
        expected = (stream.size, stream.digest.digest())

        def check(written: str | Path) -> None:
            found = _digest_of(written)
            if found != expected:
                raise WriteVerificationError(
                    errno.EIO,
                    f"the file read back has {found[0]} bytes, not the {expected[0]} written",
                )

        check(temporary)
        _commit(temporary, target, check)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise
