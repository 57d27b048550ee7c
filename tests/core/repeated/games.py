"""Stage games shared by the repeated-game tests: the Prisoner's Dilemma and friends."""

from __future__ import annotations

from explorer.core.game import Game, Parameter
from explorer.core.repeated import Convention, StageGame


def prisoners_dilemma_game(T: float, R: float, P: float, S: float) -> Game:
    """Cooperate (C) or defect (D): temptation T, reward R, punishment P, sucker's payoff S."""
    return Game.build(
        "PD",
        [("Row", ["C", "D"]), ("Column", ["C", "D"])],
        [[[R, R], [S, T]], [[T, S], [P, P]]],
    )


def prisoners_dilemma(T: float, R: float, P: float, S: float) -> StageGame:
    return StageGame.of(prisoners_dilemma_game(T, R, P, S))


def growing_game(periods: int) -> StageGame:
    """Coordination whose (a, x) payoff to the row player is the period number 1, 2, 3, ..."""
    game = Game.build(
        "growing",
        [("R", ["a", "b"]), ("C", ["x", "y"])],
        [[["period", 0], [0, 0]], [[0, 0], [1, 1]]],
        [Parameter("period", 1, 1, 100)],
    )
    return StageGame.of(game, periods=periods)


#: The textbook Prisoner's Dilemma (T, R, P, S) = (5, 3, 1, 0); cooperating is (C, C).
PD = prisoners_dilemma(5, 3, 1, 0)
CONVENTION = Convention((0, 0), (1, 1))
