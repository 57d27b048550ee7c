"""What the Repeated tab's pages work from: the stage game's source and the user's choices."""

from __future__ import annotations

from dataclasses import dataclass

from explorer.core.game import Game
from explorer.core.repeated import Convention, StageGame, Strategy


@dataclass(frozen=True)
class RepeatedSetup:
    """The repeated game as set up in the tab, taken on the GUI thread and read in workers.

    ``values`` are the parameter values (a sorted tuple, so that a setup can key a cache).
    """

    game: Game
    values: tuple[tuple[str, float], ...]
    convention: Convention
    row: Strategy
    column: Strategy
    periods: int
    discount_factor: float
    noise: float

    def stage(self, periods: int | None = None) -> StageGame:
        """The stage game at these values (solved: it knows its equilibria), over ``periods``."""
        return StageGame.of(self.game, dict(self.values), periods or self.periods)

    @property
    def stage_key(self) -> tuple[object, ...]:
        """What the stage game depends on: the game, the values and the number of periods."""
        return (self.game, self.values, self.periods)
