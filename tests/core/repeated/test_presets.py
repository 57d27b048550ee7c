"""A game file's preset, checked; strategies written as text; the standard line-up."""

from __future__ import annotations

from typing import Any

import pytest

from explorer.core.game import COLUMN, ROW, Game
from explorer.core.repeated import (
    RULES,
    STRATEGY_NAMES,
    RepeatedGameError,
    StageGame,
    Strategy,
    convention_from,
    library,
    parse_strategy,
    settings_of,
)
from explorer.core.repeated.strategies import FREEMIUM_PERIODS
from tests.core.repeated.games import CONVENTION, PD, prisoners_dilemma_game


def with_preset(preset: object) -> Game:
    game = prisoners_dilemma_game(5, 3, 1, 0)
    return Game.build(
        game.title,
        [(p.name, list(p.strategies)) for p in game.players],
        [[[3, 3], [0, 5]], [[5, 0], [1, 1]]],
        extras={"repeated": preset},
    )


def test_a_good_preset_is_read_whole() -> None:
    preset = {
        "discount_factor": 0.8,
        "periods": 30,
        "row": "grim",
        "column": "freemium:5",
        "cooperate": ["C", "C"],
        "defect": ["D", 2],
    }
    assert settings_of(with_preset(preset)) == {
        **preset,
        "cooperate": ("C", "C"),
        "defect": ("D", "2"),
    }


@pytest.mark.parametrize(
    ("key", "value"),
    [
        ("discount_factor", "abc"),
        ("discount_factor", 1.5),
        ("discount_factor", float("nan")),
        ("discount_factor", True),
        ("periods", 1e308),
        ("periods", 0),
        ("periods", 2.5),
        ("periods", "30"),
        ("row", 5),
        ("cooperate", 5),
        ("cooperate", ["C"]),
        ("cooperate", ["C", None]),
        ("defect", [True, "D"]),
    ],
)
def test_a_bad_value_is_left_out_so_the_default_applies(key: str, value: Any) -> None:
    """Issue 10: a preset such as "discount_factor": "abc" or "cooperate": 5 crashed the tab."""
    assert key not in settings_of(with_preset({key: value}))


def test_no_preset_or_not_a_mapping_is_empty() -> None:
    assert settings_of(prisoners_dilemma_game(5, 3, 1, 0)) == {}
    assert settings_of(with_preset(["not", "a", "mapping"])) == {}
    assert settings_of(with_preset({"unknown": 1})) == {}


def test_strategies_are_parsed_by_name_and_labelled() -> None:
    assert parse_strategy("tft", PD, ROW) == Strategy("tft", label="Tit-for-tat")
    assert parse_strategy(" GRIM ", PD, ROW).kind == "grim"
    assert parse_strategy("freemium", PD, ROW).periods == FREEMIUM_PERIODS
    freemium = parse_strategy("freemium:3", PD, COLUMN)
    assert (freemium.periods, freemium.name) == (3, "Freemium (3 periods)")
    always = parse_strategy("always:D", PD, COLUMN)
    assert (always.action, always.name) == (1, "Always D")
    assert parse_strategy("always:1", PD, ROW).action == 0


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ("sometimes", "unknown strategy 'sometimes'; strategies are: grim, tft"),
        ("sometimes", "freemium:K, always:ACTION"),
        ("freemium:x", "freemium:K needs a whole number of periods from 0 to 10000, not 'x'"),
        ("freemium:-1", "not '-1'"),
        ("freemium:99999", "not '99999'"),
        ("always:Dance", "'Dance' is not an action of Row; actions: C, D"),
        ("always:", "'' is not an action"),
        ("tft:3", "the strategy 'tft' takes no setting, not '3'"),
    ],
)
def test_bad_strategies_get_one_sentence(text: str, fragment: str) -> None:
    with pytest.raises(RepeatedGameError) as error:
        parse_strategy(text, PD, ROW)
    assert fragment in str(error.value) and "\n" not in str(error.value)


def test_the_line_up_is_every_standard_strategy_named() -> None:
    names = [s.name for s in library(PD, CONVENTION)]
    assert names == [
        "Grim trigger",
        "Tit-for-tat",
        "Tit-for-two-tats",
        "Win-stay, lose-shift",
        "Best response to last",
        "Random",
        "Always cooperate",
        "Always defect",
        "Freemium: D for 5 periods, then C",
    ]
    assert set(STRATEGY_NAMES) == set(RULES)
    assert STRATEGY_NAMES["freemium"] == "Freemium (defect k periods, then cooperate)"


def test_the_convention_from_the_preset_or_the_default() -> None:
    stage = StageGame.of(with_preset({}))
    chosen = convention_from(stage, {"cooperate": ["D", "D"], "defect": ("1", "C")})
    assert (chosen.cooperate, chosen.defect) == ((1, 1), (0, 0))
    half = convention_from(stage, {"defect": ["C", "C"]})
    assert (half.cooperate, half.defect) == ((0, 0), (0, 0))  # cooperate: the default
    default = convention_from(stage, {"cooperate": 5})
    assert (default.cooperate, default.defect) == ((0, 0), (1, 1))
    with pytest.raises(RepeatedGameError, match="'Dance' is not an action of Column"):
        convention_from(stage, {"cooperate": ["C", "Dance"]})
