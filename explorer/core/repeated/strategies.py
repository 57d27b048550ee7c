"""Repeated-game strategies: one class per strategy, each found by its name in one registry.

A :class:`Strategy` is plain data (its kind and a few settings), so the app can keep it in
a list and a worker can receive it. Playing it builds the registered :class:`Rule` of its
kind for one player in one match. Strategies see only the history of actions;
"cooperate" and "defect" mean the actions a :class:`Convention` names for each player, so
the same strategies work in the Prisoner's Dilemma and in the AI price war.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from dataclasses import dataclass
from typing import ClassVar, TypeVar

import numpy as np
import numpy.typing as npt

from explorer.core.numeric import payoff_tolerance
from explorer.core.repeated.stage import (
    MAX_PERIODS,
    Convention,
    RepeatedGameError,
    StageGame,
    whole_number,
)

IntArray = npt.NDArray[np.int64]

#: Periods a freemium strategy gives its product away in the standard line-up.
FREEMIUM_PERIODS = 5


@dataclass(frozen=True)
class Strategy:
    """A repeated-game strategy as data: a kind (a key of :data:`RULES`) and its settings.

    ``action`` is the index of the action that ``always`` plays (clipped to the player's
    actions), ``periods`` how long ``freemium`` defects, ``weights`` the odds of
    ``random`` (uniform when empty); ``label`` is the name people see.
    """

    kind: str
    action: int = 0
    periods: int = 0
    weights: tuple[float, ...] = ()
    label: str = ""

    def __post_init__(self) -> None:
        if self.kind not in RULES:
            raise RepeatedGameError(f"unknown strategy kind '{self.kind}'")
        if self.action < 0 or self.periods < 0:
            raise RepeatedGameError("a strategy's action and periods cannot be negative")
        weights = np.array(self.weights, dtype=float)
        if self.weights and not (np.all(np.isfinite(weights)) and np.all(weights >= 0)):
            raise RepeatedGameError("a random strategy's weights must be non-negative numbers")

    @property
    def name(self) -> str:
        """The label, or the kind when it has none."""
        return self.label or self.kind


@dataclass(frozen=True)
class Seat:
    """One player's place in a match: its index, the stage game and the convention."""

    player: int
    stage: StageGame
    convention: Convention

    @property
    def cooperate(self) -> int:
        return self.convention.cooperate[self.player]

    @property
    def defect(self) -> int:
        return self.convention.defect[self.player]

    @property
    def actions(self) -> int:
        """How many actions the player has."""
        return self.stage.shape[self.player]

    def opponent_defected(self, history: IntArray, periods_ago: int = 1) -> bool:
        """Whether the opponent did not cooperate ``periods_ago`` periods ago."""
        theirs = history[:, 1 - self.player]
        if len(theirs) < periods_ago:
            return False
        return bool(theirs[-periods_ago] != self.convention.cooperate[1 - self.player])


class Rule(ABC):
    """How one strategy plays for one player in one match: its opening action and its replies.

    Subclasses set ``kind`` (the name in :data:`RULES`, on the command line and in
    presets); ``setting`` names what may follow ``kind:`` when the strategy is written as
    text ("K" for ``freemium:K``). The names people see are in
    :mod:`explorer.core.words.labels`.
    """

    kind: ClassVar[str]
    setting: ClassVar[str] = ""

    def __init__(self, strategy: Strategy, seat: Seat) -> None:
        self.strategy, self.seat = strategy, seat

    def first(self, rng: np.random.Generator) -> int:
        """The action in the first period (cooperation, unless the strategy says otherwise)."""
        return self.seat.cooperate

    @abstractmethod
    def next(self, period: int, history: IntArray, payoff: float, rng: np.random.Generator) -> int:
        """The action in ``period`` (0-based, at least 1) given the actions so far.

        ``history`` has shape (period, 2), row player's action first; ``payoff`` is this
        player's payoff in the period before.
        """

    @classmethod
    def standard(cls) -> Strategy | None:
        """This strategy in the standard line-up of a tournament, or None if it is not in it."""
        return Strategy(cls.kind)

    @classmethod
    def parse(cls, setting: str, stage: StageGame, player: int) -> Strategy:
        """The strategy written ``kind:setting`` for ``player`` (``setting`` is "" for plain
        ``kind``); only strategies with a :attr:`setting` take one.

        Raises
        ------
        RepeatedGameError
            If the setting is not one this strategy takes.
        """
        if setting:
            raise RepeatedGameError(f"the strategy '{cls.kind}' takes no setting, not '{setting}'")
        return Strategy(cls.kind)


#: Every strategy by its kind, in the order of the standard line-up.
RULES: dict[str, type[Rule]] = {}

R = TypeVar("R", bound=type[Rule])


def register(rule: R) -> R:
    """Add a strategy class to :data:`RULES` under its ``kind``."""
    RULES[rule.kind] = rule
    return rule


def play(strategy: Strategy, seat: Seat) -> Rule:
    """The running strategy for one player in one match."""
    return RULES[strategy.kind](strategy, seat)


class Unconditional(Rule):
    """A strategy that follows the calendar and ignores what the opponent did."""

    @abstractmethod
    def action(self, period: int, rng: np.random.Generator) -> int:
        """The action in ``period`` (0-based)."""

    def first(self, rng: np.random.Generator) -> int:
        return self.action(0, rng)

    def next(self, period: int, history: IntArray, payoff: float, rng: np.random.Generator) -> int:
        return self.action(period, rng)


# --- reacting to the opponent ------------------------------------------------------------------


@register
class GrimTrigger(Rule):
    """Cooperate until the opponent defects once, then defect for ever (Friedman 1971)."""

    kind = "grim"

    def __init__(self, strategy: Strategy, seat: Seat) -> None:
        super().__init__(strategy, seat)
        self.triggered = False

    def next(self, period: int, history: IntArray, payoff: float, rng: np.random.Generator) -> int:
        self.triggered = self.triggered or self.seat.opponent_defected(history)
        return self.seat.defect if self.triggered else self.seat.cooperate


@register
class TitForTat(Rule):
    """Cooperate first, then do what the opponent did last period (Axelrod 1984)."""

    kind = "tft"

    def next(self, period: int, history: IntArray, payoff: float, rng: np.random.Generator) -> int:
        return self.seat.defect if self.seat.opponent_defected(history) else self.seat.cooperate


@register
class TitForTwoTats(Rule):
    """Defect only after the opponent defected in each of the last two periods."""

    kind = "tf2t"

    def next(self, period: int, history: IntArray, payoff: float, rng: np.random.Generator) -> int:
        twice = self.seat.opponent_defected(history) and self.seat.opponent_defected(history, 2)
        return self.seat.defect if twice else self.seat.cooperate


@register
class WinStayLoseShift(Rule):
    """Keep the last action after a "win", switch between cooperating and defecting after a
    loss (Pavlov; Nowak and Sigmund 1993).

    A win is a payoff at least halfway from mutual defection to mutual cooperation, for
    this player in that period; in the Prisoner's Dilemma the temptation and the reward
    win, the punishment and the sucker's payoff lose.
    """

    kind = "wsls"

    def next(self, period: int, history: IntArray, payoff: float, rng: np.random.Generator) -> int:
        own = self.seat.stage.own_payoffs(self.seat.player, period - 1)
        c, d, player = self.seat.convention.cooperate, self.seat.convention.defect, self.seat.player
        aspiration = (own[c[player], c[1 - player]] + own[d[player], d[1 - player]]) / 2
        mine = int(history[-1, player])
        if payoff >= aspiration - payoff_tolerance(own):
            return mine
        return self.seat.defect if mine == self.seat.cooperate else self.seat.cooperate


@register
class BestResponseToLast(Rule):
    """Play this period's best reply to the opponent's last action (myopic best response)."""

    kind = "best-response"

    def next(self, period: int, history: IntArray, payoff: float, rng: np.random.Generator) -> int:
        theirs = int(history[-1, 1 - self.seat.player])
        own = self.seat.stage.own_payoffs(self.seat.player, period)
        return int(np.argmax(own[:, theirs]))


# --- following the calendar --------------------------------------------------------------------


@register
class RandomPlay(Unconditional):
    """Each period an action drawn with the strategy's weights (uniformly without any)."""

    kind = "random"

    def action(self, period: int, rng: np.random.Generator) -> int:
        size = self.seat.actions
        weights = np.zeros(size)
        given = np.array(self.strategy.weights[:size], dtype=float)
        weights[: len(given)] = given
        if weights.sum() <= 0:
            weights[:] = 1.0
        return int(rng.choice(size, p=weights / weights.sum()))


@register
class AlwaysCooperate(Unconditional):
    """Cooperate in every period."""

    kind = "cooperate"

    def action(self, period: int, rng: np.random.Generator) -> int:
        return self.seat.cooperate


@register
class AlwaysDefect(Unconditional):
    """Defect in every period."""

    kind = "defect"

    def action(self, period: int, rng: np.random.Generator) -> int:
        return self.seat.defect


@register
class Freemium(Unconditional):
    """Defect for the first ``periods`` periods, then cooperate: for the open provider, give
    the model away (Free) and charge later (Paid)."""

    kind, setting = "freemium", "K"

    def action(self, period: int, rng: np.random.Generator) -> int:
        return self.seat.defect if period < self.strategy.periods else self.seat.cooperate

    @classmethod
    def standard(cls) -> Strategy:
        return Strategy(cls.kind, periods=FREEMIUM_PERIODS)

    @classmethod
    def parse(cls, setting: str, stage: StageGame, player: int) -> Strategy:
        """``freemium:K``: free for K periods (:data:`FREEMIUM_PERIODS` without K)."""
        if not setting:
            return cls.standard()
        periods = whole_number(setting, MAX_PERIODS)
        if periods is None:
            raise RepeatedGameError(
                f"freemium:K needs a whole number of periods from 0 to {MAX_PERIODS}, "
                f"not '{setting}'"
            )
        return Strategy(cls.kind, periods=periods)


@register
class AlwaysAction(Unconditional):
    """Play one chosen action in every period."""

    kind, setting = "always", "ACTION"

    def action(self, period: int, rng: np.random.Generator) -> int:
        return min(self.strategy.action, self.seat.actions - 1)

    @classmethod
    def standard(cls) -> None:
        return None  # one per action; the app lists them beside the line-up

    @classmethod
    def parse(cls, setting: str, stage: StageGame, player: int) -> Strategy:
        """``always:ACTION``: an action of ``player``, by name or number (from 1)."""
        return Strategy(cls.kind, action=stage.action_index(player, setting))
