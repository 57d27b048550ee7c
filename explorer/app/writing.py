"""Writing files from the app: all through the core's atomic writer, a failure in one sentence."""

from __future__ import annotations

import errno
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from explorer.core.io.atomic import WriteVerificationError

translate = QCoreApplication.translate


def reason(error: OSError) -> str:
    """Why a write failed, in words a user can act on."""
    if isinstance(error, WriteVerificationError):
        return translate("Writing", "what was written could not be read back correctly")
    reasons = {
        errno.ENOSPC: translate("Writing", "the disk is full"),
        errno.EDQUOT: translate("Writing", "the disk quota is used up"),
        errno.EFBIG: translate("Writing", "the file would be larger than this system allows"),
        errno.EACCES: translate("Writing", "you do not have permission to write there"),
        errno.EPERM: translate("Writing", "you do not have permission to write there"),
        errno.EROFS: translate("Writing", "the disk is read-only"),
        errno.ENOENT: translate("Writing", "the folder does not exist"),
        errno.EISDIR: translate("Writing", "a folder of that name is in the way"),
    }
    return reasons.get(error.errno or 0) or error.strerror or str(error)


def save_failure(path: Path, error: OSError) -> str:
    """The one sentence after a failed save: why, and that nothing was lost."""
    return (
        translate(
            "Writing",
            "%1 was not saved because %2; the file on disk is unchanged and your work is safe "
            "(it stays open here and in a recovery copy).",
        )
        .replace("%1", path.name)
        .replace("%2", reason(error))
    )


@dataclass(frozen=True)
class Written:
    """How an export went: whether the file is there, and the sentence saying so."""

    ok: bool
    message: str


def export_file(path: Path, write: Callable[[], object]) -> Written:
    """Run ``write`` (which raises ``OSError`` on failure) and say how it went."""
    try:
        write()
    except OSError as error:
        return Written(
            False,
            translate(
                "Writing",
                "%1 was not saved because %2; any earlier file of that name is unchanged.",
            )
            .replace("%1", path.name)
            .replace("%2", reason(error)),
        )
    return Written(True, translate("Writing", "Saved %1").replace("%1", str(path)))
