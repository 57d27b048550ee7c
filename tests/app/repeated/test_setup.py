"""A repeated-game setup: what the pages work from, and what their caches are keyed by."""

from __future__ import annotations

from dataclasses import replace

from explorer.app.repeated.setup import RepeatedSetup
from explorer.core.game import Game, Parameter
from explorer.core.repeated import Convention, Strategy

GAME = Game.build(
    "PD",
    [("Row", ["C", "D"]), ("Column", ["C", "D"])],
    [[["3 + s", 3], [0, 5]], [[5, 0], [1, 1]]],
    parameters=[Parameter("s", 0, 0, 1)],
)
SETUP = RepeatedSetup(
    GAME, (("s", 0.5),), Convention((0, 0), (1, 1)), Strategy("tft"), Strategy("grim"), 20, 0.9, 0
)


def test_the_stage_game_is_at_the_setups_values() -> None:
    stage = SETUP.stage()
    A, _B = stage.payoffs(0)
    assert A[0, 0] == 3.5 and stage.names(0) == ("C", "D")


def test_the_stage_key_ignores_what_the_stage_game_does_not_depend_on() -> None:
    other = replace(SETUP, discount_factor=0.4, noise=0.1, row=Strategy("defect"))
    assert other.stage_key == SETUP.stage_key
    assert replace(SETUP, periods=21).stage_key != SETUP.stage_key
    assert replace(SETUP, values=(("s", 0.6),)).stage_key != SETUP.stage_key
