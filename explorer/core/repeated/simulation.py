"""One match of a repeated game: both strategies played period by period, payoffs discounted."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from explorer.core.game import COLUMN, ROW
from explorer.core.repeated.stage import (
    Convention,
    IntArray,
    RepeatedGameError,
    StageGame,
    check_periods,
)
from explorer.core.repeated.strategies import Seat, Strategy, play

FloatArray = npt.NDArray[np.float64]


@dataclass(frozen=True, eq=False)
class Simulation:
    """One match: actions and payoffs per period, and running discounted totals."""

    actions: IntArray  # (T, 2)
    payoffs: FloatArray  # (T, 2)
    discount_factor: float

    @property
    def discounted_totals(self) -> FloatArray:
        """Running sums Σ_{s≤t} δ^s u_s, shape (T, 2)."""
        weights = self.discount_factor ** np.arange(len(self.payoffs))
        totals: FloatArray = np.cumsum(self.payoffs * weights[:, None], axis=0)
        return totals

    @property
    def average_payoffs(self) -> FloatArray:
        """Discounted average payoffs (1 − δ) Σ δ^t u_t / (1 − δ^T), comparable with stage
        payoffs: a constant stream u has average u (the plain mean at δ = 1)."""
        periods = len(self.payoffs)
        delta = self.discount_factor
        if delta >= 1.0:
            mean: FloatArray = self.payoffs.mean(axis=0)
            return mean
        if delta == 0.0:
            first: FloatArray = self.payoffs[0].copy()
            return first
        scale = (1 - delta) / (1 - delta**periods)
        totals: FloatArray = self.discounted_totals[-1] * scale
        return totals


def check_play(discount_factor: float, noise: float) -> None:
    """Refuse a discount factor outside [0, 1] or a tremble probability outside [0, 1]."""
    if not 0.0 <= discount_factor <= 1.0:
        raise RepeatedGameError(f"the discount factor must be in [0, 1], not {discount_factor:g}")
    if not 0.0 <= noise <= 1.0:
        raise RepeatedGameError(f"the tremble probability must be in [0, 1], not {noise:g}")


def simulate(
    stage: StageGame,
    row: Strategy,
    column: Strategy,
    periods: int,
    discount_factor: float,
    convention: Convention,
    noise: float = 0.0,
    seed: int = 0,
) -> Simulation:
    """Play ``row`` against ``column`` for ``periods`` periods.

    With ``noise`` > 0, each intended action is replaced, with that probability, by a
    uniformly random other action (a trembling hand); ``seed`` makes runs reproducible.

    Raises
    ------
    RepeatedGameError
        If the periods, the discount factor or the noise are out of range.
    """
    check_periods(periods)
    check_play(discount_factor, noise)
    rng = np.random.default_rng(seed)
    rules = (
        play(row, Seat(ROW, stage, convention)),
        play(column, Seat(COLUMN, stage, convention)),
    )
    actions = np.zeros((periods, 2), dtype=np.int64)
    payoffs = np.zeros((periods, 2))
    for t in range(periods):
        for player, rule in enumerate(rules):
            intended = (
                rule.first(rng)
                if t == 0
                else rule.next(t, actions[:t], float(payoffs[t - 1, player]), rng)
            )
            actions[t, player] = _tremble(intended, stage.shape[player], noise, rng)
        A, B = stage.payoffs(t)
        payoffs[t] = A[actions[t, 0], actions[t, 1]], B[actions[t, 0], actions[t, 1]]
    return Simulation(actions, payoffs, discount_factor)


def _tremble(action: int, size: int, noise: float, rng: np.random.Generator) -> int:
    """With probability ``noise``, a uniformly drawn other action instead of ``action``."""
    if noise <= 0 or size < 2 or rng.random() >= noise:
        return action
    others = [a for a in range(size) if a != action]
    return int(rng.choice(others))
