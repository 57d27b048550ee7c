"""The stage game over time, the default meaning of cooperation, actions named in text."""

from __future__ import annotations

import numpy as np
import pytest

from explorer.core.game import COLUMN, ROW, Game, Parameter
from explorer.core.repeated import MAX_PERIODS, Convention, RepeatedGameError, StageGame
from explorer.core.repeated.stage import whole_number
from tests.core.repeated.games import PD, growing_game


def test_payoffs_that_grow_with_the_period_then_stay() -> None:
    """period = 1, 2, 3, 4; after the last period held, payoffs repeat it."""
    stage = growing_game(4)
    assert stage.varies and stage.shape == (2, 2)
    assert [stage.payoffs(t)[0][0, 0] for t in range(6)] == [1, 2, 3, 4, 4, 4]
    assert stage.own_payoffs(COLUMN, 0).tolist() == stage.payoffs(0)[1].T.tolist()


def test_the_period_is_clipped_to_its_range() -> None:
    game = Game.build(
        "capped",
        [("R", ["a"]), ("C", ["x"])],
        [[["period", 0]]],
        [Parameter("period", 1, 1, 3)],
    )
    stage = StageGame.of(game, {"period": 50}, periods=5)  # a given period is ignored
    assert stage.A[:, 0, 0].tolist() == [1, 2, 3, 3, 3]


def test_a_game_without_a_period_holds_one_period() -> None:
    assert not PD.varies and len(PD.A) == 1
    assert PD.payoffs(999)[0].tolist() == [[3, 0], [5, 1]]


def test_undefined_payoffs_and_bad_periods_are_refused() -> None:
    game = Game.build(
        "undefined in period 3",
        [("R", ["a"]), ("C", ["x"])],
        [[["log(3 - period)", 0]]],
        [Parameter("period", 1, 1, 10)],
    )
    assert StageGame.of(game, periods=2).shape == (1, 1)
    with pytest.raises(RepeatedGameError, match="undefined"):
        StageGame.of(game, periods=3)
    for periods in (0, MAX_PERIODS + 1):
        with pytest.raises(RepeatedGameError, match="periods"):
            StageGame.of(PD.game, periods=periods)


def test_equilibria_are_solved_once_per_period() -> None:
    stage = growing_game(3)
    first = stage.equilibria(0)
    assert stage.equilibria(0) is first
    assert len(first) == 3  # a coordination game: two pure equilibria and a mixed one


def test_the_default_convention_cooperates_on_the_largest_total_and_threatens_the_worst() -> None:
    """In the Prisoner's Dilemma: cooperate (C, C) (total 6), threaten (D, D)."""
    convention = Convention.default(PD)
    assert convention.cooperate == (0, 0) and convention.defect == (1, 1)


def test_actions_by_name_or_number() -> None:
    assert PD.action_index(ROW, "D") == 1
    assert PD.action_index(COLUMN, "1") == 0
    for text in ("0", "3", "Dance", "²", "9" * 5000, "-1"):
        with pytest.raises(RepeatedGameError, match="is not an action of Row"):
            PD.action_index(ROW, text)


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("0", 0),
        ("17", 17),
        ("100", 100),
        ("101", None),
        ("1000", None),
        ("", None),
        ("+1", None),
        ("1.0", None),
        ("٣", 3),
    ],
)
def test_whole_numbers_in_text(text: str, number: int | None) -> None:
    assert whole_number(text, 100) == number


def test_stage_payoffs_are_arrays_of_the_periods() -> None:
    stage = growing_game(2)
    assert stage.A.shape == (2, 2, 2) and np.all(np.isfinite(stage.B))
