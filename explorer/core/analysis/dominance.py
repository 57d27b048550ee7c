"""Dominated strategies: by a pure strategy or, found by linear programming, a mixture."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from explorer.core.analysis.linear import LP_OPTIONS, best_worst_case, tidy_mixture
from explorer.core.analysis.payoffs import (
    PLAYERS,
    FloatArray,
    Survivors,
    as_bimatrix,
    check_player,
    own_payoffs,
    pure_index,
    slack_for,
    unit_vector,
)
from explorer.core.numeric import PROBABILITY_TOLERANCE, payoff_scale


class Dominated:
    """Shared by records that name a dominator as a mixed strategy."""

    dominator: tuple[float, ...]

    @property
    def pure_dominator(self) -> int | None:
        """The dominating pure strategy, or None when the dominator is a proper mixture."""
        return pure_index(self.dominator)


@dataclass(frozen=True)
class Dominance(Dominated):
    """A dominated pure strategy and what dominates it.

    ``dominator`` is a mixed strategy of the same player (probabilities over all its
    strategies); a pure dominator is a unit vector, see :attr:`pure_dominator`.
    """

    player: int
    strategy: int
    dominator: tuple[float, ...]
    strict: bool


def _dominates(
    U: FloatArray, strategy: int, mixture: FloatArray, slack: float, strict: bool
) -> bool:
    """Check a dominance claim directly: ``mixture`` against ``strategy``, opponent by opponent."""
    if np.any(mixture < 0) or abs(float(mixture.sum()) - 1.0) > PROBABILITY_TOLERANCE:
        return False
    gain = mixture @ U - U[strategy]
    if strict:
        return bool(np.all(gain > slack))
    return bool(np.all(gain >= -slack) and np.any(gain > slack))


def _strict_mixture(
    U: FloatArray, strategy: int, others: list[int], slack: float, scale: float
) -> tuple[float, FloatArray | None] | None:
    """The best smallest gain of a mixture of ``others`` over ``strategy``, and that mixture.

    Linear program: maximise the smallest gain ε over the opponent's strategies,

        max ε  subject to  σ·U[:, j] − U[strategy, j] ≥ ε for every j,  σ ≥ 0,  Σσ = 1.

    ``strategy`` is strictly dominated by some mixture exactly when the optimum ε is positive.
    In a two-player game that is also exactly when it is never a best response to any belief
    about the opponent (Osborne & Rubinstein 1994, Lemma 60.1), which is why elimination by
    mixtures removes all that rationality alone rules out.

    Returns ε in payoff units with the verified mixture (None unless ε exceeds ``slack``),
    or None if the program failed.
    """
    best = best_worst_case(U[others] / scale, U[strategy] / scale)
    if best is None:
        return None
    gain = best[0] * scale
    if gain <= slack:
        return gain, None
    mixture = np.zeros(U.shape[0])
    mixture[others] = best[1]
    return gain, tidy_mixture(mixture, lambda s: _dominates(U, strategy, s, slack, strict=True))


def _weak_mixture(
    U: FloatArray, strategy: int, others: list[int], slack: float, scale: float
) -> FloatArray | None:
    """A mixture of ``others`` that weakly dominates ``strategy``, if there is one.

    Weak dominance asks for a gain ≥ 0 against every opponent strategy and > 0 against one.
    The second condition is not linear, so the program maximises the total gain,

        max Σ_j (σ·U[:, j] − U[strategy, j])  subject to every gain ≥ 0,  σ ≥ 0,  Σσ = 1,

    which is positive exactly when some feasible σ gains somewhere; the answer is then
    checked directly against the payoff tolerance.
    """
    V = U[others] / scale
    target = U[strategy] / scale
    size = V.shape[0]
    from scipy.optimize import linprog  # slow to import: loaded on first use

    result = linprog(
        -V.sum(axis=1),
        A_ub=-V.T,
        b_ub=-target,
        A_eq=np.ones((1, size)),
        b_eq=np.ones(1),
        bounds=[(0.0, None)] * size,
        method="highs",
        options=LP_OPTIONS,
    )
    if result.status != 0:
        return None
    mixture = np.zeros(U.shape[0])
    mixture[others] = result.x
    return tidy_mixture(mixture, lambda s: _dominates(U, strategy, s, slack, strict=False))


def dominating_mixture(
    U: FloatArray, strategy: int, slack: float, scale: float, weak: bool
) -> tuple[FloatArray, bool] | None:
    """What dominates row ``strategy`` of the own-payoff matrix ``U``, and whether strictly.

    Strict dominance is reported before weak, and within each a pure dominator (the lowest
    index) before a mixture: the strongest and simplest statement that is true.
    """
    count = U.shape[0]
    others = [*range(strategy), *range(strategy + 1, count)]
    if not others:
        return None
    gains = U[others] - U[strategy]
    best_gain = gains.max(axis=0)
    strictly = np.all(gains > slack, axis=1)  # one test per other strategy, at once
    if strictly.any():
        return unit_vector(count, others[int(np.argmax(strictly))]), True
    # A best response to some pure strategy of the opponent cannot be strictly dominated: no
    # mixture of the others gains more than the best of them against that strategy. Likewise
    # a strategy that is the only best response to one cannot be weakly dominated.
    strict_possible = bool(np.all(best_gain > slack))
    weak_possible = weak and bool(np.all(best_gain >= -slack))
    smallest_gain = np.inf  # unknown until the strict program has run
    if strict_possible and len(others) > 1:
        found = _strict_mixture(U, strategy, others, slack, scale)
        if found is not None:
            smallest_gain, mixture = found
            if mixture is not None:
                return mixture, True
    if not weak_possible:
        return None
    weakly = np.all(gains >= -slack, axis=1) & np.any(gains > slack, axis=1)
    if weakly.any():
        return unit_vector(count, others[int(np.argmax(weakly))]), False
    # Weak dominance needs a mixture whose smallest gain is (up to the slack) at least zero;
    # when the strict program showed every mixture loses clearly somewhere, there is none.
    if smallest_gain < -2 * slack:
        return None
    if len(others) > 1:
        weak_mixture = _weak_mixture(U, strategy, others, slack, scale)
        if weak_mixture is not None:
            return weak_mixture, False
    return None


def find_dominator(
    A: npt.ArrayLike,
    B: npt.ArrayLike,
    player: int,
    strategy: int,
    *,
    weak: bool = False,
    tolerance: float | None = None,
) -> Dominance | None:
    """What dominates one pure strategy of one player, if anything does.

    Parameters
    ----------
    A, B
        Row and column player's payoffs, both of shape ``(m, n)``.
    player
        ``0`` for the row player, ``1`` for the column player.
    strategy
        Index of the player's pure strategy.
    weak
        Also look for weak dominance (never worse, sometimes better); strict dominance is
        still reported as strict when it holds.
    tolerance
        Payoffs within this count as equal; by default
        :func:`explorer.core.numeric.payoff_tolerance`.

    Returns
    -------
    Dominance or None
        A pure dominator when one exists, else a mixture of the player's other strategies
        found by linear programming; None if the strategy is not dominated.
    """
    A, B = as_bimatrix(A, B)
    check_player(player)
    U = own_payoffs(A, B, player)
    if not 0 <= strategy < U.shape[0]:
        raise ValueError(f"strategy {strategy} is out of range for a player with {U.shape[0]}")
    found = dominating_mixture(U, strategy, slack_for(A, B, tolerance), payoff_scale(A, B), weak)
    if found is None:
        return None
    mixture, strict = found
    return Dominance(player, strategy, tuple(float(p) for p in mixture), strict)


def dominated_strategies(
    A: npt.ArrayLike,
    B: npt.ArrayLike,
    *,
    weak: bool = False,
    tolerance: float | None = None,
    survivors: Survivors = ((), ()),
) -> tuple[Dominance, ...]:
    """Every dominated pure strategy of both players, each with what dominates it.

    Parameters
    ----------
    A, B
        Row and column player's payoffs, both of shape ``(m, n)``.
    weak
        Include weakly dominated strategies (``strict=False`` in their record).
    tolerance
        Payoffs within this count as equal; by default
        :func:`explorer.core.numeric.payoff_tolerance`.
    survivors
        Per player, strategies known to be best responses to strategies that survive
        elimination (see :func:`equilibrium_survivors`): with strict dominance they are
        not tested, which saves a linear program each.

    Returns
    -------
    tuple of Dominance
        Row player's strategies first, each player's in index order.
    """
    A, B = as_bimatrix(A, B)
    found = []
    for player in PLAYERS:
        for strategy in range(own_payoffs(A, B, player).shape[0]):
            if not weak and strategy in survivors[player]:
                continue
            dominance = find_dominator(A, B, player, strategy, weak=weak, tolerance=tolerance)
            if dominance is not None:
                found.append(dominance)
    return tuple(found)


def equilibrium_survivors(
    A: npt.ArrayLike,
    B: npt.ArrayLike,
    equilibria: Sequence[tuple[Sequence[float], Sequence[float]]],
    tolerance: float | None = None,
) -> Survivors:
    """Per player, the pure best responses to the other player's equilibrium strategies.

    None of them is ever strictly dominated, in the game or in any game iterated strict
    elimination leaves: the equilibrium strategies' supports are never removed
    (Osborne & Rubinstein 1994, §4.2), so the opponent's equilibrium strategy stays
    available, and a best response to it cannot lose by more than the tolerance to any
    mixture against it, so no mixture beats it everywhere.
    """
    A, B = as_bimatrix(A, B)
    slack = slack_for(A, B, tolerance)
    rows: set[int] = set()
    columns: set[int] = set()
    for x, y in equilibria:
        row_payoffs = A @ np.asarray(y, dtype=float)
        column_payoffs = np.asarray(x, dtype=float) @ B
        rows.update(int(i) for i in np.flatnonzero(row_payoffs >= row_payoffs.max() - slack))
        columns.update(
            int(j) for j in np.flatnonzero(column_payoffs >= column_payoffs.max() - slack)
        )
    return frozenset(rows), frozenset(columns)
