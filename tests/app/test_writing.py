"""Writing files from the app: why a write failed, in words; how an export went, in a sentence."""

from __future__ import annotations

import errno
from pathlib import Path

import pytest

from explorer.app.writing import export_file, reason, save_failure
from explorer.core.io.atomic import WriteVerificationError


@pytest.mark.parametrize(
    ("code", "words"),
    [
        (errno.ENOSPC, "the disk is full"),
        (errno.EFBIG, "larger than this system allows"),
        (errno.EACCES, "permission"),
        (errno.EROFS, "read-only"),
        (errno.ENOENT, "folder does not exist"),
    ],
)
def test_each_failure_has_words_a_user_can_act_on(qapp, code: int, words: str) -> None:  # type: ignore[no-untyped-def]
    assert words in reason(OSError(code, "system text"))


def test_an_unusual_failure_keeps_the_systems_words(qapp) -> None:  # type: ignore[no-untyped-def]
    assert reason(OSError(errno.EIO, "Input/output error")) == "Input/output error"
    assert "read back" in reason(WriteVerificationError(errno.EIO, "12 bytes, not 40"))


def test_a_failed_save_says_why_and_that_the_work_is_safe(qapp) -> None:  # type: ignore[no-untyped-def]
    sentence = save_failure(Path("/x/game.json"), OSError(errno.ENOSPC, "No space"))
    assert sentence.startswith("game.json was not saved because the disk is full")
    assert "unchanged" in sentence and "your work is safe" in sentence


def test_an_export_reports_success_or_the_reason(qapp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    target = tmp_path / "plot.png"
    done = export_file(target, lambda: target.write_bytes(b"x"))
    assert done.ok and done.message == f"Saved {target}"

    def full() -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    failed = export_file(target, full)
    assert not failed.ok and "plot.png was not saved because the disk is full" in failed.message
