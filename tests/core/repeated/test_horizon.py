"""The finitely repeated game: backward induction, nashpy's check, bounded on every shape."""

from __future__ import annotations

import math
import threading

import pytest

from explorer.core.game import Game
from explorer.core.repeated import (
    RepeatedGameError,
    StageGame,
    backward_induction,
    check_finite_horizon,
    largest_checkable_horizon,
    nashpy_check,
    repeated_game_size,
)
from tests.core.repeated.games import PD, growing_game


def test_finite_prisoners_dilemma_defects_every_period() -> None:
    horizon = backward_induction(PD, 6)
    assert horizon.unique and horizon.periods == 6
    assert all(e.row == (0.0, 1.0) and e.column == (0.0, 1.0) for e in horizon.path)


def test_several_stage_equilibria_make_the_outcome_one_of_many() -> None:
    horizon = backward_induction(growing_game(3), 3)  # a coordination game
    assert not horizon.unique and len(horizon.path) == 3


def test_backward_induction_agrees_with_nashpy_repeated_games() -> None:
    assert nashpy_check(PD, 1) and nashpy_check(PD, 2)
    with pytest.raises(RepeatedGameError, match="strategies"):
        nashpy_check(PD, 4)


@pytest.mark.parametrize(
    ("shape", "periods", "sizes"),
    [
        # H = Σ_{t<T} (mn)^t histories; m^H and n^H strategies.
        ((2, 2), 1, (2, 2)),
        ((2, 2), 2, (2**5, 2**5)),
        ((2, 2), 3, (2**21, 2**21)),
        ((1, 2), 3, (1, 2**7)),
        ((3, 2), 2, (3**7, 2**7)),
        ((1, 1), 500, (1, 1)),
    ],
)
def test_repeated_game_sizes_by_the_formula(
    shape: tuple[int, int], periods: int, sizes: tuple[int, int]
) -> None:
    assert repeated_game_size(shape, periods) == sizes


def test_huge_repeated_games_are_counted_as_infinite() -> None:
    assert repeated_game_size((2, 2), 20) == (math.inf, math.inf)


@pytest.mark.parametrize(
    ("shape", "checkable"),
    [((2, 2), 2), ((1, 2), 2), ((3, 3), 1), ((2, 3), 1), ((9, 9), 1), ((70, 2), 0), ((1, 1), 0)],
)
def test_the_largest_checkable_horizon(shape: tuple[int, int], checkable: int) -> None:
    """(2, 2): 32 strategies for 2 periods, 2^21 for 3; (3, 3): 3^10 for 2; 70 actions are
    already more than 64 strategies for one period."""
    assert largest_checkable_horizon(shape) == checkable


def test_a_one_by_one_game_does_not_loop_forever() -> None:
    """Issue 10: with one action each, the repeated game never grows, and the search for
    the largest horizon ran for ever. It must return at once (here: within 10 seconds)."""
    found: list[int] = []
    worker = threading.Thread(target=lambda: found.append(largest_checkable_horizon((1, 1))))
    worker.start()
    worker.join(timeout=10)
    assert not worker.is_alive() and found == [0]
    lonely = StageGame.of(Game.build("1×1", [("R", ["a"]), ("C", ["x"])], [[[1, 1]]]))
    check = check_finite_horizon(lonely, 10_000)
    assert check.checked == 0 and check.horizon.unique
    with pytest.raises(RepeatedGameError, match="1×1"):
        nashpy_check(lonely, 1)


def test_the_check_runs_on_the_longest_horizon_that_fits() -> None:
    assert check_finite_horizon(PD, 2).checked == 2
    long = check_finite_horizon(PD, 30)
    assert long.checked == 2 and long.agrees and long.strategies == math.inf


def test_no_check_for_changing_payoffs_or_mixed_stage_play() -> None:
    assert check_finite_horizon(growing_game(3), 3).checked == 0
    with pytest.raises(RepeatedGameError, match="change over time"):
        nashpy_check(growing_game(2), 1)
    pennies = Game.build(
        "pennies",
        [("R", ["H", "T"]), ("C", ["H", "T"])],
        [[[1, -1], [-1, 1]], [[-1, 1], [1, -1]]],
    )
    assert check_finite_horizon(StageGame.of(pennies), 2).checked == 0


def test_periods_out_of_range_are_refused() -> None:
    with pytest.raises(RepeatedGameError, match="periods"):
        backward_induction(PD, 0)
