"""The one loader and saver: the format by the name's ending, one sentence for each failure."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from explorer.core import io
from explorer.core.game import Game
from explorer.core.io import GameFileError, game_text, load_game, parse_game_text, save_game

GAME = Game.build(
    "Save me", [("Ann", ["Up", "Down"]), ("Bob", ["Left"])], [[[1, 2]], [[3.5, "1/4"]]]
)


@pytest.mark.parametrize("suffix", [".json", ".nfg", ".NFG"])
def test_a_saved_game_loads_back_the_same(tmp_path: Path, suffix: str) -> None:
    path = tmp_path / f"game{suffix}"
    save_game(GAME, path)
    loaded = load_game(path)
    assert loaded.title == GAME.title and loaded.players == GAME.players
    assert [a.tolist() for a in loaded.evaluate()] == [a.tolist() for a in GAME.evaluate()]
    assert path.read_text(encoding="utf-8") == game_text(GAME, suffix)


def test_gambit_text_is_recognised_whatever_the_name() -> None:
    text = game_text(GAME, ".nfg")
    assert text.startswith("NFG 1 R")
    assert parse_game_text(text, ".json").players == GAME.players


def test_a_byte_order_mark_is_accepted(tmp_path: Path) -> None:
    path = tmp_path / "bom.json"
    path.write_bytes(b"\xef\xbb\xbf" + game_text(GAME).encode("utf-8"))
    assert load_game(path).title == "Save me"


def test_a_file_too_large_is_refused_before_it_is_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "big.json"
    path.write_text(game_text(GAME), encoding="utf-8")
    monkeypatch.setattr(io, "MAX_FILE_BYTES", 10)
    with pytest.raises(GameFileError, match=r"Cannot open big\.json: the file is larger than"):
        load_game(path)


def test_an_unreadable_path_gives_its_reason(tmp_path: Path) -> None:
    too_long = tmp_path / ("x" * 300 + ".json")  # longer than any file name may be
    with pytest.raises(GameFileError, match="Cannot open"):
        load_game(too_long)


@pytest.mark.skipif(
    getattr(os, "geteuid", lambda: 0)() == 0, reason="permissions do not bind the superuser"
)
def test_a_file_without_permission(tmp_path: Path) -> None:
    path = tmp_path / "locked.json"
    path.write_text(game_text(GAME), encoding="utf-8")
    path.chmod(0)
    with pytest.raises(GameFileError, match="permission denied"):
        load_game(path)


def test_a_failed_save_says_why_and_leaves_the_old_file(tmp_path: Path) -> None:
    folder = tmp_path / "a folder.json"
    folder.mkdir()
    with pytest.raises(GameFileError, match="Cannot save"):
        save_game(GAME, folder)
    with pytest.raises(GameFileError, match="Cannot save"):
        save_game(GAME, tmp_path / "missing" / "game.json")
    assert folder.is_dir()
