"""Learning dynamics (nashpy's), as trajectories of both players' strategy shares over time."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from explorer.core.i18n import N_
from explorer.core.numeric import payoff_tolerance
from explorer.core.solve import SolveCancelled

FloatArray = npt.NDArray[np.float64]

#: The dynamics, by key, with their names.
DYNAMICS = {
    "fictitious": N_("Fictitious play"),
    "stochastic": N_("Stochastic fictitious play"),
    "replicator": N_("Replicator dynamics"),
    "asymmetric": N_("Asymmetric replicator dynamics"),
}

#: Pseudo-counts of the starting point in fictitious play (how firm the first beliefs are).
PRIOR_WEIGHT = 5.0
#: Time span of the replicator dynamics (in the dynamics' own units).
REPLICATOR_HORIZON = 20.0


class DynamicsError(ValueError):
    """A dynamic that cannot run on this game, in one sentence."""


@dataclass(frozen=True, eq=False)
class Trajectory:
    """Strategy shares over time: ``rows[t]`` and ``columns[t]`` are the players' mixes."""

    kind: str
    times: FloatArray
    rows: FloatArray
    columns: FloatArray

    def __len__(self) -> int:
        return len(self.times)


def is_symmetric(A: FloatArray, B: FloatArray) -> bool:
    """A symmetric game: both players have the same strategies and B is A transposed
    (within the game's payoff tolerance)."""
    if A.shape[0] != A.shape[1] or B.shape != A.shape:
        return False
    return bool(np.all(np.abs(B - A.T) <= payoff_tolerance(A, B)))


def trajectory(
    A: npt.ArrayLike,
    B: npt.ArrayLike,
    kind: str,
    start_row: npt.ArrayLike,
    start_column: npt.ArrayLike,
    steps: int = 200,
    seed: int = 0,
    should_stop: Callable[[], bool] | None = None,
) -> Trajectory:
    """Run one of nashpy's learning dynamics from a starting point.

    Parameters
    ----------
    A, B
        The payoff matrices.
    kind
        A key of :data:`DYNAMICS`.
    start_row, start_column
        Starting mixes (beliefs for fictitious play, population shares for replicators).
    steps
        Iterations (fictitious play) or time points (replicators).
    seed
        Fictitious play breaks ties at random; this makes runs repeatable.
    """
    import nashpy

    A = np.asarray(A, dtype=float)
    B = np.asarray(B, dtype=float)
    x0 = _mix(start_row, A.shape[0])
    y0 = _mix(start_column, A.shape[1])
    if kind not in DYNAMICS:
        raise DynamicsError(f"unknown dynamic '{kind}'; dynamics are: {', '.join(DYNAMICS)}")
    if not 2 <= steps <= 100_000:
        raise DynamicsError(f"use 2 to 100000 steps, not {steps}")
    game = nashpy.Game(A, B)
    stop = should_stop or (lambda: False)
    if kind in ("fictitious", "stochastic"):
        return _fictitious(game, kind, x0, y0, steps, seed, stop)
    times = np.linspace(0.0, REPLICATOR_HORIZON, steps)
    if kind == "replicator":
        if not is_symmetric(A, B):
            raise DynamicsError(
                "the replicator dynamics need a symmetric game (the column player's payoffs "
                "are the row player's, transposed); use the asymmetric replicator dynamics"
            )
        shares = np.asarray(game.replicator_dynamics(y0=x0, timepoints=times), dtype=float)
        return Trajectory(kind, times, shares, shares.copy())
    rows, columns = game.asymmetric_replicator_dynamics(x0=x0, y0=y0, timepoints=times)
    return Trajectory(kind, times, np.asarray(rows, dtype=float), np.asarray(columns, dtype=float))


def _mix(start: npt.ArrayLike, size: int) -> FloatArray:
    mix = np.asarray(start, dtype=float)
    if mix.shape != (size,) or not np.all(np.isfinite(mix)) or mix.min() < 0 or mix.sum() <= 0:
        raise DynamicsError(f"a starting point needs {size} non-negative shares")
    normalised: FloatArray = mix / mix.sum()
    return normalised


def _fictitious(
    game: object,
    kind: str,
    x0: FloatArray,
    y0: FloatArray,
    steps: int,
    seed: int,
    stop: Callable[[], bool],
) -> Trajectory:
    """Empirical frequencies of play, starting from beliefs worth PRIOR_WEIGHT plays."""
    # nashpy breaks ties with numpy's global generator: seeding it makes runs repeatable.
    np.random.seed(seed)
    counts = [x0 * PRIOR_WEIGHT, y0 * PRIOR_WEIGHT]
    if kind == "fictitious":
        plays = game.fictitious_play(iterations=steps - 1, play_counts=counts)  # type: ignore[attr-defined]
    else:
        plays = (
            entry[0]
            for entry in game.stochastic_fictitious_play(  # type: ignore[attr-defined]
                iterations=steps - 1, play_counts=counts
            )
        )
    rows, columns = [], []
    for row_counts, column_counts in plays:
        if stop():
            raise SolveCancelled
        rows.append(np.asarray(row_counts, dtype=float) / np.sum(row_counts))
        columns.append(np.asarray(column_counts, dtype=float) / np.sum(column_counts))
    return Trajectory(kind, np.arange(len(rows), dtype=float), np.array(rows), np.array(columns))
