"""The bundled library: every game loads, in its group and order, in either language."""

from __future__ import annotations

import json
from pathlib import Path

from explorer.core.io.library import GROUPS, bundled_games
from explorer.resources import games_dir


def test_every_bundled_game_loads_in_its_group_and_order() -> None:
    entries, problems = bundled_games(games_dir())
    assert problems == [] and len(entries) == len(list(games_dir().glob("*.json")))
    ranks = [(GROUPS.index(e.group), e.order) for e in entries]
    assert ranks == sorted(ranks)
    assert len({(e.group, e.order) for e in entries}) == len(entries)  # a place each


def test_german_titles_names_and_the_repeated_preset_follow_the_translation() -> None:
    english, _ = bundled_games(games_dir())
    german, _ = bundled_games(games_dir(), "de")
    for en, de in zip(english, german, strict=True):
        assert en.path == de.path and de.game.shape == en.game.shape
        translations = en.game.extras.get("translations", {}).get("de")
        if translations and "title" in translations:
            assert de.title == translations["title"]
        preset = de.game.extras.get("repeated")
        if isinstance(preset, dict) and "cooperate" in preset:
            for name, player in zip(preset["cooperate"], de.game.players, strict=True):
                assert name in player.strategies  # the preset names the German strategies


def test_broken_files_are_reported_and_the_others_still_load(tmp_path: Path) -> None:
    good = json.loads((games_dir() / "prisoners_dilemma.json").read_text(encoding="utf-8"))
    (tmp_path / "good.json").write_text(json.dumps(good), encoding="utf-8")
    (tmp_path / "broken.json").write_text("{", encoding="utf-8")
    broken_translation = dict(good, translations={"de": {"players": [{"name": 3}, "x"]}})
    (tmp_path / "odd.json").write_text(json.dumps(broken_translation), encoding="utf-8")
    entries, problems = bundled_games(tmp_path, "de")
    assert [e.path.name for e in entries] == ["good.json"]
    assert len(problems) == 2 and all(p.startswith("Cannot open") for p in problems)
    assert "'name' must be text" in " ".join(problems)  # a broken translation is one sentence
