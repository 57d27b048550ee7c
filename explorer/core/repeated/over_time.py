"""Critical discount factors when the stage game's payoffs change from period to period.

A target profile is sustained only if no deviation pays in any period. In period t a player
on the path earns u_t; its best deviation earns d_t once; after it the punishment pays it p_s
in every later period s. By the one-shot deviation principle the profile is subgame perfect
exactly when, for both players and every period t,

    d_t − u_t ≤ Σ_{s>t} δ^{s−t} (u_s − p_s)

(Abreu 1988; Mailath and Samuelson 2006, §2.2). The stage game holds the periods
t = 0, ..., T − 1 and the payoffs stay those of the last one from then on (see
:meth:`~explorer.core.repeated.stage.StageGame.horizon`), so the game is played for ever and
the sum's tail is geometric: with ℓ_s = u_s − p_s,

    C_t(δ) = δ (ℓ_{t+1} + C_{t+1}(δ)),    C_{T−1}(δ) = δ ℓ_{T−1} / (1 − δ).

With one period held this is the textbook δ ≥ (d − u) / (d − p). Each period's threshold is
the smallest δ from which on its constraint holds for every larger δ; the profile's is the
largest of them, the *binding* one. Thresholds are found on a grid fine near δ = 1, as the
last grid point where the constraint fails, then by linear interpolation between it and the
next (accurate to about 1e-7); the binding one is then solved exactly (Brent's method).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from explorer.core.game import COLUMN, ROW
from explorer.core.repeated.stage import FloatArray, IntArray, StageGame
from explorer.core.repeated.thresholds import minmax_values
from explorer.core.solve import Equilibrium

#: Points of the δ grid: δ = 1 − (1 − k/G)² for k = 0, ..., G − 1, so the grid is finest
#: near δ = 1 (its last point is 1 − 1/G²), where the sums grow like 1 / (1 − δ).
GRID_POINTS = 2048


def discount_grid(points: int = GRID_POINTS) -> FloatArray:
    """The δ grid the thresholds are searched on, from 0 to 1 − 1/points²."""
    u = np.arange(points, dtype=float) / points
    grid: FloatArray = 1.0 - (1.0 - u) ** 2
    return grid


def continuation(loss: FloatArray, delta: float) -> FloatArray:
    """C_t(δ) = Σ_{s>t} δ^{s−t} loss_s for every period t, ``loss`` constant from its last
    entry on (δ < 1)."""
    sums = np.empty(len(loss))
    sums[-1] = delta * loss[-1] / (1.0 - delta)
    for t in range(len(loss) - 2, -1, -1):
        sums[t] = delta * (loss[t + 1] + sums[t + 1])
    return sums


def _continuation_at(loss: FloatArray, period: int, delta: float) -> float:
    """C_t(δ) for one period: the finite sum to the last period held, then its tail."""
    ahead = loss[period + 1 :]
    if len(ahead) == 0:
        return float(delta * loss[-1] / (1.0 - delta))
    powers = delta ** np.arange(1, len(ahead) + 1)
    return float(powers @ ahead + powers[-1] * delta * loss[-1] / (1.0 - delta))


def period_thresholds(gain: FloatArray, loss: FloatArray, tolerance: float) -> FloatArray:
    """Each period's critical discount factor: the smallest δ from which on
    gain_t − C_t(δ') ≤ tolerance for every δ' in [δ, 1).

    Parameters
    ----------
    gain
        d_t − u_t, what the best deviation in period t gains at once (≥ 0), shape (T,).
    loss
        u_t − p_t, what the punishment costs the player in period t, shape (T,); constant
        from the last period held on.
    tolerance
        The game's payoff tolerance: gains within it are no gain.

    Returns
    -------
    ndarray
        Shape (T,): 0 where deviating gains nothing, NaN where no δ < 1 suffices.
    """
    grid = discount_grid()
    thresholds = np.zeros(len(gain))
    sums = grid * loss[-1] / (1.0 - grid)  # C_{T−1} on the grid, then backwards
    for t in range(len(gain) - 1, -1, -1):
        if t < len(gain) - 1:
            sums = grid * (loss[t + 1] + sums)
        if gain[t] <= tolerance:
            continue
        margin = sums - gain[t]  # ≥ −tolerance where period t's constraint holds
        failing = np.flatnonzero(margin < -tolerance)
        k = int(failing[-1])
        if k == len(grid) - 1:  # fails on the whole grid: only the tail can save it
            thresholds[t] = _root(gain, loss, t, grid[k], 1.0) if loss[-1] > tolerance else np.nan
            continue
        low, high = margin[k], margin[k + 1]
        step = (0.0 - low) / (high - low) if high > low else 1.0
        thresholds[t] = grid[k] + min(max(step, 0.0), 1.0) * (grid[k + 1] - grid[k])
    return thresholds


def _root(gain: FloatArray, loss: FloatArray, period: int, low: float, high: float) -> float:
    """The δ in [low, high) where C_t(δ) = gain_t (Brent's method), ``high`` at most 1."""
    from scipy.optimize import brentq  # slow to import: loaded on first use

    top = min(high, 1.0 - 1e-15)

    def margin(delta: float) -> float:
        return _continuation_at(loss, period, delta) - float(gain[period])

    if margin(low) >= 0:
        return low
    if margin(top) <= 0:
        return top
    return float(brentq(margin, low, top, xtol=1e-14))


def refined(gain: FloatArray, loss: FloatArray, period: int, estimate: float) -> float:
    """Period ``period``'s threshold solved exactly near its grid ``estimate``."""
    width = 4.0 / GRID_POINTS
    return _root(gain, loss, period, max(estimate - width, 0.0), min(estimate + width, 1.0))


@dataclass(frozen=True)
class Terms:
    """What every period's incentive constraints are made of, per period and player.

    Arrays of shape (T, 2), player ``ROW`` first: ``path`` the target profile's payoffs,
    ``deviation`` the best deviation's payoff and ``action`` its action, ``punishment`` the
    payoff after a deviation (under grim trigger or the minmax punishment).
    """

    path: FloatArray
    deviation: FloatArray
    action: IntArray
    punishment: FloatArray

    @property
    def gain(self) -> FloatArray:
        gain: FloatArray = self.deviation - self.path
        return gain

    @property
    def loss(self) -> FloatArray:
        loss: FloatArray = self.path - self.punishment
        return loss

    def thresholds(self, tolerance: float) -> FloatArray:
        """Each period's and player's critical δ, shape (T, 2) (NaN: none below 1)."""
        gain, loss = self.gain, self.loss
        return np.column_stack(
            [period_thresholds(gain[:, p], loss[:, p], tolerance) for p in range(2)]
        )

    def stationary_thresholds(self, tolerance: float) -> FloatArray:
        """Each period's critical δ if that period's payoffs lasted for ever, shape (T, 2).

        The textbook δ* = (d − u) / (d − p) with the period's own deviation d, path u and
        punishment p: 0 where deviating gains nothing, NaN where no δ < 1 suffices. It is
        what a class computes by hand for one period; whether the profile lasts depends
        on :meth:`thresholds`, which also counts the punishments of the periods to come.
        """
        gain, loss = self.gain, self.loss
        with np.errstate(divide="ignore", invalid="ignore"):
            ratio = gain / (gain + loss)
        stationary: FloatArray = np.where(
            gain <= tolerance, 0.0, np.where(loss > tolerance, ratio, np.nan)
        )
        return stationary

    def since(self, period: int) -> Terms:
        """The constraints from ``period`` on, ``period`` first."""
        return Terms(
            self.path[period:],
            self.deviation[period:],
            self.action[period:],
            self.punishment[period:],
        )

    def net_gain(self, delta: float) -> FloatArray:
        """What deviating in each period gains, net of the punishment to come, at ``delta``:
        gain_t − C_t(δ), shape (T, 2); positive where the deviation pays."""
        loss = self.loss
        sums = np.column_stack([continuation(loss[:, p], delta) for p in range(2)])
        net: FloatArray = self.gain - sums
        return net


def best_deviations(
    stage: StageGame, target: tuple[int, int]
) -> tuple[FloatArray, FloatArray, IntArray]:
    """Per period and player: the path payoff, the best deviation's payoff and its action."""
    i, j = target
    periods = len(stage.A)
    path, deviation = np.empty((periods, 2)), np.empty((periods, 2))
    action = np.empty((periods, 2), dtype=np.int64)
    path[:, ROW], path[:, COLUMN] = stage.A[:, i, j], stage.B[:, i, j]
    against = (stage.A[:, :, j], stage.B[:, i, :])  # each player's payoffs, its own action varying
    for player, own in enumerate(against):
        action[:, player] = own.argmax(axis=1)
        deviation[:, player] = own.max(axis=1)
    return path, deviation, action


def _worst_for(equilibria: tuple[Equilibrium, ...], player: int) -> Equilibrium:
    """The equilibrium that pays ``player`` least (the first of those that tie)."""
    payoffs = [e.payoffs[player] for e in equilibria]
    return equilibria[int(np.argmin(payoffs))]


def grim_terms(stage: StageGame, target: tuple[int, int]) -> tuple[Terms, list[list[Equilibrium]]]:
    """The constraints under grim trigger with each period's stage equilibrium that is worst
    for the deviator as its punishment (a credible threat: after a deviation every period
    is a stage equilibrium), and those equilibria, per period and player."""
    path, deviation, action = best_deviations(stage, target)
    punishment = np.empty_like(path)
    punishers: list[list[Equilibrium]] = []
    for t in range(len(stage.A)):
        equilibria = stage.equilibria(t)
        worst = [_worst_for(equilibria, player) for player in (ROW, COLUMN)]
        punishment[t] = worst[ROW].payoffs[ROW], worst[COLUMN].payoffs[COLUMN]
        punishers.append(worst)
    return Terms(path, deviation, action, punishment), punishers


def minmax_terms(stage: StageGame, target: tuple[int, int]) -> Terms:
    """The constraints when a deviator is held to each period's minmax value."""
    path, deviation, action = best_deviations(stage, target)
    return Terms(path, deviation, action, minmax_values(stage.A, stage.B))
