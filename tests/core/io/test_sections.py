"""A game file's optional sections and numeric limits, checked when it is read (issue 10)."""

from __future__ import annotations

import copy
import json
from typing import Any

import numpy as np
import pytest

from explorer.core.formula import MAX_MAGNITUDE, FormulaError
from explorer.core.game import Game, GameError, Parameter
from explorer.core.io import GameFileError, game_text, parse_game_text, parse_tree_text
from explorer.core.io.sections import MAX_DEPTH
from explorer.resources import games_dir
from tests.core.io.test_hostile_inputs import VALID
from tests.core.tree.trees import ENTRY


def nested(depth: int) -> object:
    """A value ``depth`` levels deep (a key's own value is level 1)."""
    value: object = 0
    for _ in range(depth - 1):
        value = [value]
    return value


def with_extras(base: dict[str, Any], **extras: object) -> str:
    return json.dumps({**copy.deepcopy(base), **extras})


def test_every_bundled_game_passes_its_own_checks() -> None:
    files = sorted(games_dir().glob("*.json"))
    assert len(files) > 20
    for path in files:
        parse_game_text(path.read_text(encoding="utf-8"))


def test_a_good_preset_with_actions_by_number_loads() -> None:
    preset = {"discount_factor": 1, "periods": 30.0, "row": "tft", "cooperate": ["Up", 1]}
    game = parse_game_text(with_extras(VALID, repeated=preset))
    assert game.extras["repeated"] == preset


@pytest.mark.parametrize("base", [VALID, ENTRY], ids=["matrix", "tree"])
def test_unknown_keys_load_and_save_up_to_the_depth_limit(base: dict[str, Any]) -> None:
    game = parse_game_text(with_extras(base, notes=nested(MAX_DEPTH)))
    again = parse_game_text(game_text(game))
    assert again.extras["notes"] == nested(MAX_DEPTH)
    with pytest.raises(GameFileError, match=f"'notes' is nested more than {MAX_DEPTH} deep"):
        parse_game_text(with_extras(base, notes=nested(MAX_DEPTH + 1)))


def test_a_tree_file_checks_its_sections_too() -> None:
    with pytest.raises(GameFileError, match="'discount_factor' must be a number from 0 to 1"):
        parse_tree_text(with_extras(ENTRY, repeated={"discount_factor": 2}))


def test_a_recovery_copy_of_a_large_game_with_many_drafts_fits() -> None:
    """The app's recovery copy keeps every draft cell in an extra key: 50 × 50 × 2 of them."""
    drafts = [[i, j, p, "1 +"] for i in range(50) for j in range(50) for p in range(2)]
    parse_game_text(with_extras(VALID, **{"explorer-recovery": {"drafts": drafts}}))


def test_a_parameter_at_the_limit_is_fine_beyond_it_refused() -> None:
    assert Parameter("x", 0, -MAX_MAGNITUDE, MAX_MAGNITUDE).maximum == MAX_MAGNITUDE
    for minimum, maximum in ((-MAX_MAGNITUDE * 2, 0), (0, 10**309)):
        with pytest.raises(GameError, match="too large"):
            Parameter("x", 0, minimum, maximum)


def power_game() -> Game:
    """A payoff within the limits at the default, far beyond them at the top of the range."""
    return Game.build(
        "Powers",
        [("Row", ["U"]), ("Column", ["L"])],
        [[["x ** 25", "-(x ** 25.7)"]]],
        parameters=[Parameter("x", 1, 0, MAX_MAGNITUDE)],
    )


def test_a_payoff_beyond_the_limit_is_a_sentence_at_one_point() -> None:
    game = power_game()
    assert game.evaluate()[0][0, 0] == 1
    with pytest.raises(FormulaError, match="'x \\*\\* 25' is 1e\\+300, beyond the limit"):
        game.evaluate({"x": MAX_MAGNITUDE})


def test_a_payoff_beyond_the_limit_is_undefined_on_a_grid() -> None:
    A, B = power_game().evaluate_grid({"x": np.array([1.0, 2.0, MAX_MAGNITUDE])})
    assert A[:, 0, 0].tolist()[:2] == [1.0, 2.0**25] and np.isnan(A[2, 0, 0])
    assert np.isnan(B[2, 0, 0]) and np.isfinite(B[:2]).all()


def test_a_constant_exponent_that_overflows_warns_nothing() -> None:
    """filterwarnings = error: a numpy RuntimeWarning here would fail the test."""
    with pytest.raises(GameFileError, match="exponent is too large"):
        parse_game_text(json.dumps({**VALID, "payoffs": [[[1, "2 ** 10 ** 400"], [0, 0]]] * 2}))
