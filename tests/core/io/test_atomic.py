"""The one atomic writer: permissions kept, every write checked, what is committed is verified."""

from __future__ import annotations

import errno
import json
import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from explorer.core.io import atomic
from explorer.core.io.atomic import WriteVerificationError, write_bytes_atomic, write_text_atomic
from tests.helpers import FILE_SIZE_LIMIT_PRELUDE, fill, tiny_disk

OLD = b'{"old": true}'
NEW = b'{"new": "' + b"x" * 50_000 + b'"}'


@pytest.fixture
def target(tmp_path: Path) -> Path:
    path = tmp_path / "game.json"
    path.write_bytes(OLD)
    return path


def assert_untouched(target: Path) -> None:
    """The old file is there, whole, and nothing else was left in its folder."""
    assert target.read_bytes() == OLD
    assert [p.name for p in target.parent.iterdir()] == [target.name]


def test_new_file_gets_ordinary_permissions(tmp_path: Path) -> None:
    target = tmp_path / "game.json"
    write_text_atomic(target, "{}")
    umask = os.umask(0)
    os.umask(umask)
    assert stat.S_IMODE(target.stat().st_mode) == 0o666 & ~umask
    assert target.read_text() == "{}"


def test_existing_permissions_are_kept(target: Path) -> None:
    target.chmod(0o640)
    write_text_atomic(target, "new")
    assert stat.S_IMODE(target.stat().st_mode) == 0o640
    assert target.read_text() == "new"


def test_text_is_written_as_utf8_with_its_own_line_ends(tmp_path: Path) -> None:
    target = tmp_path / "note.tex"
    write_text_atomic(target, "δ ≥ ½\r\nnext\n")
    assert target.read_bytes() == "δ ≥ ½\r\nnext\n".encode()


def test_a_failed_rename_leaves_the_old_file_and_no_litter(
    target: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken_replace(source: str, _destination: object) -> None:
        raise OSError(errno.EIO, "device gone")

    monkeypatch.setattr(os, "replace", broken_replace)
    with pytest.raises(OSError, match="device gone"):
        write_bytes_atomic(target, NEW)
    assert_untouched(target)


def test_a_short_write_is_never_taken_as_done(
    target: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The first write stops half-way (as at a size limit); the rest fails with the reason."""
    real_write = os.write
    calls: list[int] = []

    def short_then_full(descriptor: int, data: bytes) -> int:
        calls.append(len(data))
        if len(calls) == 1:
            return real_write(descriptor, bytes(data[: len(data) // 2]))
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "write", short_then_full)
    with pytest.raises(OSError) as raised:
        write_bytes_atomic(target, NEW)
    assert raised.value.errno == errno.ENOSPC
    assert calls == [len(NEW), len(NEW) - len(NEW) // 2]  # the rest was tried, not skipped
    assert_untouched(target)


def test_a_write_that_makes_no_progress_is_a_full_disk(
    target: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(os, "write", lambda descriptor, data: 0)
    with pytest.raises(OSError) as raised:
        write_bytes_atomic(target, NEW)
    assert raised.value.errno == errno.ENOSPC
    assert_untouched(target)


def test_a_write_that_lies_is_caught_by_reading_back(
    target: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A device that reports every byte written but keeps fewer: the read-back sees it."""
    real_write = os.write

    def lying(descriptor: int, data: bytes) -> int:
        real_write(descriptor, bytes(data[:-100]))
        return len(data)

    monkeypatch.setattr(os, "write", lying)
    with pytest.raises(WriteVerificationError, match="read back"):
        write_bytes_atomic(target, NEW)
    assert_untouched(target)


def test_a_file_the_check_rejects_never_replaces_the_old_one(target: Path) -> None:
    def loads_as_json(data: bytes) -> object:
        return json.loads(data)

    with pytest.raises(WriteVerificationError, match="does not load"):
        write_bytes_atomic(target, b'{"cut": ', verify=loads_as_json)
    assert_untouched(target)
    write_bytes_atomic(target, NEW, verify=loads_as_json)
    assert target.read_bytes() == NEW


def test_the_committed_file_is_read_back(target: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Both the temporary file and the target are read back after writing."""
    read: list[str] = []
    real = atomic._read_back

    def spy(path: str | Path, expected: bytes) -> bytes:
        read.append(Path(path).name)
        return real(path, expected)

    monkeypatch.setattr(atomic, "_read_back", spy)
    write_bytes_atomic(target, NEW)
    assert len(read) == 2 and read[0].endswith(".tmp") and read[1] == target.name


def test_a_file_size_limit_fails_the_write_and_keeps_the_old_file(target: Path) -> None:
    """RLIMIT_FSIZE (SIGXFSZ ignored, as Python does): the write fails with EFBIG."""
    script = FILE_SIZE_LIMIT_PRELUDE + (
        "import sys\n"
        "from explorer.core.io.atomic import write_bytes_atomic\n"
        "limit_file_size(4096)\n"
        "try:\n"
        f"    write_bytes_atomic({str(target)!r}, b'x' * 100_000)\n"
        "except OSError as error:\n"
        "    print(error.errno)\n"
        "    sys.exit(0)\n"
        "sys.exit('the write under a 4 KB limit did not fail')\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
    assert int(result.stdout) == errno.EFBIG
    assert_untouched(target)


def test_a_full_disk_fails_the_write_and_keeps_the_old_file(tmp_path: Path) -> None:
    with tiny_disk(tmp_path / "disk") as disk:
        target = disk / "game.json"
        target.write_bytes(OLD)
        fill(disk)
        with pytest.raises(OSError) as raised:
            write_bytes_atomic(target, NEW)
        assert raised.value.errno == errno.ENOSPC
        assert target.read_bytes() == OLD
        assert sorted(p.name for p in disk.iterdir()) == ["filler", "game.json"]
        (disk / "filler").unlink()
        write_bytes_atomic(target, NEW)  # room again: the same write succeeds
        assert target.read_bytes() == NEW
