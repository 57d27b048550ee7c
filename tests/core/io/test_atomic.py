"""Atomic saving: the old file survives a failed write, permissions are kept."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from explorer.core.io.atomic import write_text_atomic


def test_new_file_gets_ordinary_permissions(tmp_path: Path) -> None:
    target = tmp_path / "game.json"
    write_text_atomic(target, "{}")
    umask = os.umask(0)
    os.umask(umask)
    assert stat.S_IMODE(target.stat().st_mode) == 0o666 & ~umask
    assert target.read_text() == "{}"


def test_existing_permissions_are_kept(tmp_path: Path) -> None:
    target = tmp_path / "game.json"
    target.write_text("old")
    target.chmod(0o640)
    write_text_atomic(target, "new")
    assert stat.S_IMODE(target.stat().st_mode) == 0o640
    assert target.read_text() == "new"


def test_a_failed_write_leaves_the_old_file_and_no_litter(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "game.json"
    target.write_text("old")

    def broken_replace(source: str, destination: object) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", broken_replace)
    with pytest.raises(OSError, match="disk full"):
        write_text_atomic(target, "new")
    assert target.read_text() == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["game.json"]
