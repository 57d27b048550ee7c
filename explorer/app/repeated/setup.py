"""What the Repeated tab's pages work from: the stage game's source and the user's choices."""

from __future__ import annotations

from dataclasses import dataclass

from explorer.core.game import Game
from explorer.core.repeated import PERIOD_PARAMETER, Convention, StageGame, Strategy


@dataclass(frozen=True)
class RepeatedSetup:
    """The repeated game as set up in the tab, taken on the GUI thread and read in workers.

    ``values`` are the parameter values (a sorted tuple, so that a setup can key a cache);
    a game's ``period`` among them is the period the repeated game starts in.
    """

    game: Game
    values: tuple[tuple[str, float], ...]
    convention: Convention
    row: Strategy
    column: Strategy
    periods: int
    discount_factor: float
    noise: float

    @property
    def first_period(self) -> int:
        """The period the repeated game starts in: the ``period`` slider's, to a whole one."""
        if PERIOD_PARAMETER not in self.game.parameter_names:
            return 1
        return max(1, round(dict(self.values).get(PERIOD_PARAMETER, 1.0)))

    def stage(self, periods: int | None = None) -> StageGame:
        """The stage game at these values (solved: it knows its equilibria), over ``periods``."""
        return StageGame.of(
            self.game, dict(self.values), periods or self.periods, self.first_period
        )

    def horizon(self) -> StageGame:
        """Every period the game defines from the first on: the thresholds' stage game."""
        return StageGame.horizon(self.game, dict(self.values), self.first_period)

    @property
    def stage_key(self) -> tuple[object, ...]:
        """What the stage game depends on: the game, the values and the number of periods."""
        return (self.game, self.values, self.periods)
