"""Strategies do what their names say, each one class in one registry; strategies are data."""

from __future__ import annotations

import pickle

import numpy as np
import pytest

from explorer.core.repeated import RULES, Convention, RepeatedGameError, Strategy, simulate
from explorer.core.repeated.strategies import FREEMIUM_PERIODS, Rule, Seat, play
from explorer.core.words.labels import TITLES
from tests.core.repeated.games import CONVENTION, PD, growing_game, prisoners_dilemma


def actions(row: Strategy, column: Strategy, periods: int, player: int = 0) -> list[int]:
    return simulate(PD, row, column, periods, 0.9, CONVENTION).actions[:, player].tolist()


def test_the_registry_holds_one_class_per_strategy_with_a_name() -> None:
    assert list(RULES) == [
        "grim",
        "tft",
        "tf2t",
        "wsls",
        "best-response",
        "random",
        "cooperate",
        "defect",
        "freemium",
        "always",
    ]
    assert all(issubclass(rule, Rule) and rule.kind == kind for kind, rule in RULES.items())
    assert len(set(RULES.values())) == len(RULES)
    assert set(TITLES) == set(RULES)  # every strategy has a name people see


def test_grim_trigger_defects_for_ever_after_one_defection() -> None:
    """Against a defector in period 1 only: C, then D for ever."""
    one_defection = Strategy("freemium", periods=1)  # D once, then C
    assert actions(Strategy("grim"), one_defection, 5) == [0, 1, 1, 1, 1]


def test_tit_for_tat_copies_the_last_move() -> None:
    assert actions(Strategy("tft"), Strategy("freemium", periods=2), 5) == [0, 1, 1, 0, 0]


def test_tit_for_two_tats_waits_for_two_defections() -> None:
    assert actions(Strategy("tf2t"), Strategy("defect"), 4) == [0, 0, 1, 1]
    assert actions(Strategy("tf2t"), Strategy("freemium", periods=1), 4) == [0, 0, 0, 0]


def test_win_stay_lose_shift() -> None:
    """Against always defect: C earns S (lose: shift), D earns P (lose: shift), ..."""
    assert actions(Strategy("wsls"), Strategy("defect"), 4) == [0, 1, 0, 1]
    # Against always cooperate: C earns R (win: stay).
    assert actions(Strategy("wsls"), Strategy("cooperate"), 3) == [0, 0, 0]


def test_win_stay_lose_shift_judges_each_period_by_its_own_payoffs() -> None:
    """In the growing game mutual cooperation (a, x) pays the row player t in period t and
    mutual defection (b, y) pays 1, so a win needs (t + 1) / 2: (a, x) always wins, while
    (b, y) wins in period 1 only."""
    stage = growing_game(5)
    convention = Convention((0, 0), (1, 1))
    stay = simulate(stage, Strategy("wsls"), Strategy("cooperate"), 5, 1.0, convention)
    assert stay.actions[:, 0].tolist() == [0, 0, 0, 0, 0]
    # Against y for ever: a earns 0 (lose: shift to b); b earns 1 < 3/2 in period 2 (lose:
    # shift back to a); and so on. Judged by period 1's payoffs, b would have stayed.
    shift = simulate(stage, Strategy("wsls"), Strategy("defect"), 4, 1.0, convention)
    assert shift.actions[:, 0].tolist() == [0, 1, 0, 1]


def test_best_response_to_the_last_action() -> None:
    assert actions(Strategy("best-response"), Strategy("cooperate"), 3) == [0, 1, 1]


def test_freemium_defects_then_cooperates() -> None:
    assert actions(Strategy("freemium", periods=3), Strategy("cooperate"), 6) == [1, 1, 1, 0, 0, 0]
    assert actions(Strategy("freemium"), Strategy("cooperate"), 2) == [0, 0]  # zero periods


def test_always_plays_its_action_clipped_to_the_players_actions() -> None:
    assert actions(Strategy("always", action=1), Strategy("cooperate"), 3) == [1, 1, 1]
    assert actions(Strategy("cooperate"), Strategy("always", action=7), 2, player=1) == [1, 1]
    assert actions(Strategy("defect"), Strategy("cooperate"), 2) == [1, 1]


def test_random_play_follows_its_weights() -> None:
    never_cooperate = Strategy("random", weights=(0.0, 1.0))
    assert actions(never_cooperate, Strategy("cooperate"), 50) == [1] * 50
    uniform = simulate(PD, Strategy("random"), Strategy("cooperate"), 400, 1.0, CONVENTION)
    share = uniform.actions[:, 0].mean()
    assert 0.4 < share < 0.6  # 400 fair coin flips: 5 standard deviations either side
    zero = Strategy("random", weights=(0.0, 0.0))
    assert set(actions(zero, Strategy("cooperate"), 60)) == {0, 1}  # no odds: uniform
    short = Strategy("random", weights=(1.0,))  # odds for fewer actions: the rest get 0
    assert actions(short, Strategy("cooperate"), 20) == [0] * 20


def test_a_strategy_plays_either_role() -> None:
    """The same strategy for the column player mirrors the row player's."""
    stage = prisoners_dilemma(5, 3, 1, 0)
    match = simulate(stage, Strategy("defect"), Strategy("tft"), 3, 0.9, CONVENTION)
    assert match.actions[:, 1].tolist() == [0, 1, 1]


def test_a_running_strategy_is_its_registered_class() -> None:
    seat = Seat(0, PD, CONVENTION)
    for kind, rule in RULES.items():
        assert type(play(Strategy(kind), seat)) is rule


@pytest.mark.parametrize(
    ("settings", "fragment"),
    [
        ({"kind": "sometimes"}, "unknown strategy kind"),
        ({"kind": "always", "action": -1}, "negative"),
        ({"kind": "freemium", "periods": -2}, "negative"),
        ({"kind": "random", "weights": (1.0, -1.0)}, "weights"),
        ({"kind": "random", "weights": (float("nan"), 1.0)}, "weights"),
    ],
)
def test_a_strategy_that_cannot_exist_is_refused(
    settings: dict[str, object], fragment: str
) -> None:
    with pytest.raises(RepeatedGameError, match=fragment):
        Strategy(**settings)  # type: ignore[arg-type]


def test_strategies_are_plain_picklable_data() -> None:
    strategy = Strategy("freemium", periods=FREEMIUM_PERIODS, label="Freemium")
    assert pickle.loads(pickle.dumps(strategy)) == strategy
    assert strategy.name == "Freemium" and Strategy("tft").name == "tft"
    assert np.array(Strategy("random", weights=(1.0, 2.0)).weights).sum() == 3
