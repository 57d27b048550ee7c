"""The finitely repeated game: backward induction, and nashpy's repeated game as a cross-check."""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

import numpy as np

from explorer.core.numeric import payoff_tolerance
from explorer.core.repeated.stage import RepeatedGameError, StageGame, check_periods
from explorer.core.solve import Equilibrium

#: Most strategies per player of nashpy's repeated game that the cross-check builds.
MAX_REPEATED_GAME_STRATEGIES = 64
#: Counts above 10^this are reported as "more than 10^300" (beyond any float).
MAX_COUNT_DIGITS = 300


@dataclass(frozen=True)
class FiniteHorizon:
    """Subgame-perfect play of the stage game repeated ``periods`` times, by backward induction."""

    periods: int
    path: tuple[Equilibrium, ...]  # the stage equilibrium played in each period
    unique: bool  # True when the stage game has one equilibrium: then this SPE is the only one


def backward_induction(stage: StageGame, periods: int) -> FiniteHorizon:
    """Backward induction from the last period: there, only a stage equilibrium can be
    played; with that fixed, the same holds one period earlier, and so on. With a unique
    stage equilibrium this gives the unique subgame-perfect outcome; with several, playing
    any one of them every period is subgame perfect (and others exist, not listed)."""
    check_periods(periods)
    path = tuple(stage.equilibria(t)[0] for t in range(periods))
    unique = all(len(stage.equilibria(t)) == 1 for t in range(min(periods, len(stage.A))))
    return FiniteHorizon(periods, path, unique)


def repeated_game_size(shape: tuple[int, int], periods: int) -> tuple[float, float]:
    """Pure strategies per player of the finitely repeated game (nashpy's construction).

    A strategy chooses an action after every history; there are H = Σ_{t<T} (mn)^t
    histories before the last period, so a player with m actions has m^H strategies.
    Computed in logarithms, since for a 2×2 game repeated 20 times the count has about
    10^11 digits; counts beyond 10^300 are infinite.
    """
    m, n = shape
    histories = sum((m * n) ** t for t in range(min(periods, 60)))

    def count(actions: int) -> float:
        digits = histories * math.log10(actions) if actions > 1 else 0.0
        return float(actions**histories) if digits < MAX_COUNT_DIGITS else math.inf

    return count(m), count(n)


def largest_checkable_horizon(shape: tuple[int, int]) -> int:
    """The most periods for which nashpy's repeated game stays small enough to build.

    0 for a 1×1 game: nashpy counts histories as ((mn)^T − 1) / (mn − 1), which divides by
    zero when mn = 1 (and with one action each there is nothing to check). For mn ≥ 2 the
    count at least doubles with each period, so the search ends within
    log2(:data:`MAX_REPEATED_GAME_STRATEGIES`) + 1 periods.
    """
    if shape[0] * shape[1] < 2:
        return 0
    periods = 0
    while max(repeated_game_size(shape, periods + 1)) <= MAX_REPEATED_GAME_STRATEGIES:
        periods += 1
    return periods


@dataclass(frozen=True)
class HorizonCheck:
    """Backward induction over ``horizon.periods`` with nashpy's cross-check where it fits.

    ``checked`` is the number of periods nashpy's repeated game was built for (0 when it
    was not: payoffs that change over time, a mixed stage equilibrium, or a 1×1 game), and
    ``agrees`` its verdict; ``strategies`` is the number of pure strategies per player the
    full horizon would need.
    """

    horizon: FiniteHorizon
    checked: int
    agrees: bool
    strategies: float


def check_finite_horizon(stage: StageGame, periods: int) -> HorizonCheck:
    """Backward induction for ``periods`` periods, cross-checked with nashpy on the longest
    horizon (at most ``periods``) whose repeated game is small enough to build."""
    horizon = backward_induction(stage, periods)
    strategies = repeated_game_size(stage.shape, periods)[0]
    checkable = min(periods, largest_checkable_horizon(stage.shape))
    # nashpy's check compares pure strategies of payoffs that do not change over time.
    if stage.varies or checkable == 0 or horizon.path[0].kind != "pure":
        return HorizonCheck(horizon, 0, True, strategies)
    return HorizonCheck(horizon, checkable, nashpy_check(stage, checkable), strategies)


def nashpy_check(stage: StageGame, periods: int) -> bool:
    """Cross-check with nashpy's ``repeated_games``: the backward-induction path, played
    whatever the history, is a Nash equilibrium of nashpy's repeated game.

    Raises
    ------
    RepeatedGameError
        When nashpy's full strategy space is too large to build (it grows as m^((mn)^T)),
        for a 1×1 game, or for payoffs that change over time.
    """
    import nashpy
    from nashpy.repeated_games import obtain_repeated_game, obtain_strategy_space

    if stage.shape == (1, 1):
        raise RepeatedGameError("nashpy's repeated game cannot be built for a 1×1 game")
    if periods > largest_checkable_horizon(stage.shape):
        raise RepeatedGameError(
            f"nashpy's repeated game over {periods} periods would have more than "
            f"{MAX_REPEATED_GAME_STRATEGIES} strategies per player"
        )
    if stage.varies:
        raise RepeatedGameError("nashpy's repeated games need payoffs that do not change over time")
    A, B = stage.payoffs(0)
    path = backward_induction(stage, periods).path[0]
    i, j = int(np.argmax(path.row)), int(np.argmax(path.column))
    repeated = obtain_repeated_game(nashpy.Game(A, B), repetitions=periods)
    RA, RB = repeated.payoff_matrices
    row_index = _constant_strategy(obtain_strategy_space(A, periods), i)
    column_index = _constant_strategy(obtain_strategy_space(B, periods, row_player=False), j)
    tolerance = payoff_tolerance(RA, RB)
    return bool(
        RA[row_index, column_index] >= RA[:, column_index].max() - tolerance
        and RB[row_index, column_index] >= RB[row_index, :].max() - tolerance
    )


def _constant_strategy(space: Iterable[Mapping[object, tuple[float, ...]]], action: int) -> int:
    """The index of the strategy that plays ``action`` after every history."""
    for index, strategy in enumerate(space):
        if all(int(np.argmax(choice)) == action for choice in strategy.values()):
            return index
    raise RepeatedGameError("no constant strategy found")  # pragma: no cover
