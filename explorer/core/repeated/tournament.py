"""Round-robin tournaments of repeated-game strategies (in the manner of Axelrod 1984)."""

from __future__ import annotations

import itertools
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np

from explorer.core.game import COLUMN, ROW
from explorer.core.numeric import payoff_tolerance
from explorer.core.repeated.simulation import check_play, simulate
from explorer.core.repeated.stage import Convention, RepeatedGameError, StageGame, check_periods
from explorer.core.repeated.strategies import Strategy
from explorer.core.solve import SolveCancelled

#: Most repetitions of a tournament, most strategies in one, and most periods played in all
#: (matches × periods; the Repeated tab's largest, 9 strategies in 100 repetitions of 1,000
#: periods, plays 8.1 million).
MAX_REPETITIONS = 1000
MAX_ENTRANTS = 100
MAX_PERIODS_PLAYED = 10_000_000


@dataclass(frozen=True)
class Standing:
    """A strategy's place in a tournament: its mean payoff per period over all its matches,
    and over those it played as the row player and as the column player (in an asymmetric
    game the two roles are different positions, and ``score`` averages them)."""

    strategy: Strategy
    score: float
    spread: float
    matches: int
    row_score: float = float("nan")
    column_score: float = float("nan")


def is_symmetric(stage: StageGame) -> bool:
    """Whether both players are in the same position in every period: as many actions each,
    and B = Aᵀ (within the payoff tolerance). Only then does a tournament's mean over both
    roles compare like with like."""
    m, n = stage.shape
    if m != n:
        return False
    transposed = np.swapaxes(stage.B, 1, 2)
    return bool(np.all(np.abs(stage.A - transposed) <= payoff_tolerance(stage.A, stage.B)))


def tournament(
    stage: StageGame,
    strategies: Sequence[Strategy],
    convention: Convention,
    periods: int = 50,
    discount_factor: float = 1.0,
    noise: float = 0.0,
    repetitions: int = 1,
    seed: int = 0,
    progress: Callable[[int, int], None] | None = None,
    should_stop: Callable[[], bool] | None = None,
) -> list[Standing]:
    """A round robin: every strategy meets every strategy (itself too) in both roles.

    A strategy's score is its discounted average payoff per period (see
    :attr:`explorer.core.repeated.simulation.Simulation.average_payoffs`), averaged over
    its matches and repetitions, in both roles (each role's mean is kept too: see
    :func:`is_symmetric`); ``spread`` is the standard deviation over them. Seeds are
    derived from ``seed``, so results are reproducible. The work is at most
    ``len(strategies)² × repetitions`` matches of ``periods`` periods, at most
    :data:`MAX_PERIODS_PLAYED` periods in all, checked before the first match.

    Raises
    ------
    RepeatedGameError
        If there is no strategy, too many, or a setting is out of range.
    SolveCancelled
        If ``should_stop`` asked to give up.
    """
    if not 1 <= len(strategies) <= MAX_ENTRANTS:
        raise RepeatedGameError(
            f"choose 1 to {MAX_ENTRANTS} strategies for the tournament, not {len(strategies)}"
        )
    if not 1 <= repetitions <= MAX_REPETITIONS or seed < 0:
        raise RepeatedGameError(f"use 1 to {MAX_REPETITIONS} repetitions and a seed of 0 or more")
    check_periods(periods)
    check_play(discount_factor, noise)
    pairs = list(itertools.product(range(len(strategies)), repeat=2))
    total = len(pairs) * repetitions
    if total * periods > MAX_PERIODS_PLAYED:
        raise RepeatedGameError(
            f"{total} matches of {periods} periods are too many; a tournament plays at most "
            f"{MAX_PERIODS_PLAYED:,} periods in all"
        )
    stop = should_stop or (lambda: False)
    scores: list[list[float]] = [[] for _ in strategies]
    roles: list[tuple[list[float], list[float]]] = [([], []) for _ in strategies]
    done = 0
    for repetition in range(repetitions):
        for r, c in pairs:
            if stop():
                raise SolveCancelled
            match = simulate(
                stage,
                strategies[r],
                strategies[c],
                periods,
                discount_factor,
                convention,
                noise,
                seed=seed * 1_000_003 + repetition * 10_007 + r * 101 + c,
            )
            average = match.average_payoffs
            scores[r].append(float(average[ROW]))
            scores[c].append(float(average[COLUMN]))
            roles[r][ROW].append(float(average[ROW]))
            roles[c][COLUMN].append(float(average[COLUMN]))
            done += 1
            if progress is not None:
                progress(done, total)
    standings = [
        Standing(
            s, float(np.mean(v)), float(np.std(v)), len(v), float(np.mean(r)), float(np.mean(c))
        )
        for s, v, (r, c) in zip(strategies, scores, roles, strict=True)
    ]
    return sorted(standings, key=lambda s: -s.score)
