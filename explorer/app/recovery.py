"""Autosave for crash recovery: unsaved work is written aside every few seconds.

Each running window owns one recovery file, guarded by a lock file. A clean save or close
removes it; after a crash or ``kill -9`` the file stays and its lock goes stale (the owning
process is gone), so the next start finds it and offers to restore it.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QLockFile, QObject, QTimer

from explorer.app.document import DocumentState, FormulaKey, GameDocument, Key, state_with_texts
from explorer.core.io.atomic import write_text_atomic
from explorer.core.io.json_format import parse_json_text, to_json_text

AUTOSAVE_INTERVAL_MS = 3000
RECOVERY_KEY = "recovery"


@dataclass(frozen=True)
class RecoveredWork:
    """What an orphaned recovery file holds."""

    file: Path
    state: DocumentState
    original_path: Path | None
    saved_at: datetime


class RecoveryManager(QObject):
    """Writes the document aside while it has unsaved changes; forgets it once saved."""

    def __init__(
        self, document: GameDocument, directory: Path, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.document = document
        self.directory = directory
        directory.mkdir(parents=True, exist_ok=True)
        self.file = directory / f"recovery-{uuid.uuid4().hex}.json"
        self._lock = QLockFile(str(self.file) + ".lock")
        self._lock.setStaleLockTime(0)
        self._lock.tryLock(0)
        self.timer = QTimer(self)
        self.timer.setInterval(AUTOSAVE_INTERVAL_MS)
        self.timer.timeout.connect(self.autosave)
        self.timer.start()

    def autosave(self) -> bool:
        """Write the current state aside if it has unsaved changes, else remove what was written.

        True if the recovery copy now holds the current state (or none is needed).
        """
        if not self.document.is_modified:
            self.discard()
            return True
        state = self.document.state
        game = state.game.with_changes(
            extras={
                **state.game.extras,
                RECOVERY_KEY: {
                    "path": str(self.document.path) if self.document.path else None,
                    "drafts": [
                        [*_key_list(key), draft.text] for key, draft in state.drafts.items()
                    ],
                    "saved_at": datetime.now().isoformat(timespec="seconds"),
                },
            }
        )
        # A full or read-only disk must not stop editing: recovery is best effort, and an
        # older copy stays whole when a newer one cannot be written.
        try:
            write_text_atomic(self.file, to_json_text(game), verify=parse_json_text)
        except (OSError, ValueError, RecursionError):
            return False
        return True

    def discard(self) -> None:
        self.file.unlink(missing_ok=True)

    def close(self) -> None:
        """A clean shutdown: no recovery needed next time."""
        self.timer.stop()
        self.discard()
        self._lock.unlock()


def _key_list(key: Key) -> list[object]:
    """A draft's key as the recovery file writes it: ``[i, j, player]`` for a cell,
    ``["formula", i, j, player]`` for a family's formula."""
    if isinstance(key, FormulaKey):
        return ["formula", key.i, key.j, key.player]
    return list(key)


def _key(entry: list[object]) -> Key:
    if entry and entry[0] == "formula":
        i, j, player = (int(str(v)) for v in entry[1:])
        return FormulaKey(i, j, player)
    i, j, player = (int(str(v)) for v in entry)
    return (i, j, player)


def find_orphans(directory: Path) -> list[Path]:
    """Recovery files whose owner is gone (its lock is free or stale)."""
    orphans = []
    for file in sorted(directory.glob("recovery-*.json")):
        lock = QLockFile(str(file) + ".lock")
        if lock.tryLock(0):
            lock.unlock()
            orphans.append(file)
    return orphans


def read_orphan(file: Path) -> RecoveredWork:
    """The game, drafts and original path kept in a recovery file."""
    game = parse_json_text(file.read_text(encoding="utf-8"))
    extras = dict(game.extras)
    info = extras.pop(RECOVERY_KEY, {}) or {}
    texts = {_key(entry[:-1]): str(entry[-1]) for entry in info.get("drafts", [])}
    state = state_with_texts(game.with_changes(extras=extras), texts)
    original = Path(info["path"]) if info.get("path") else None
    saved_at = datetime.fromisoformat(info.get("saved_at") or datetime.now().isoformat())
    return RecoveredWork(file, state, original, saved_at)
