"""Best responses, dominance, iterated elimination and security levels of a bimatrix game."""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass
from fractions import Fraction
from typing import Protocol

import numpy as np
import numpy.typing as npt

from explorer.core.game import COLUMN, ROW
from explorer.core.i18n import _
from explorer.core.numeric import PROBABILITY_TOLERANCE, payoff_scale, payoff_tolerance
from explorer.core.solve import as_bimatrix
from explorer.core.text import mixture_text

FloatArray = npt.NDArray[np.float64]
BoolArray = npt.NDArray[np.bool_]
#: Per player, strategies known to survive iterated strict elimination.
Survivors = tuple[Collection[int], Collection[int]]

#: The two players, row first: the order in which elimination looks at them.
PLAYERS: tuple[int, int] = (ROW, COLUMN)
#: Largest denominator tried when tidying a mixture found by a linear program.
MIXTURE_DENOMINATOR = 1000
#: Most payoff comparisons one sentence lists before it says "and N more".
SHOWN_COMPARISONS = 4

# The linear programs run on payoffs divided by the game's scale, so HiGHS's feasibility
# tolerances (tightened to its minimum) sit below the relative slack PAYOFF_TOLERANCE and
# every solution can be verified against the payoff tolerance in the game's own units.
_LP_OPTIONS = {"primal_feasibility_tolerance": 1e-10, "dual_feasibility_tolerance": 1e-10}


# --- results ----------------------------------------------------------------------------------


@dataclass(frozen=True, eq=False)
class BestResponses:
    """Which pure strategies are best responses, cell by cell.

    Both masks have the game's shape ``(m, n)`` and are read-only.
    ``row[i, j]`` is True when row strategy ``i`` is a best response to column strategy ``j``;
    ``column[i, j]`` is True when column strategy ``j`` is a best response to row strategy ``i``.
    """

    row: BoolArray
    column: BoolArray

    @property
    def both(self) -> BoolArray:
        """Cells that are mutual best responses: the pure Nash equilibria."""
        return self.row & self.column


class _Dominated:
    """Shared by records that name a dominator as a mixed strategy."""

    dominator: tuple[float, ...]

    @property
    def pure_dominator(self) -> int | None:
        """The dominating pure strategy, or None when the dominator is a proper mixture."""
        return _pure_index(self.dominator)


@dataclass(frozen=True)
class Dominance(_Dominated):
    """A dominated pure strategy and what dominates it.

    ``dominator`` is a mixed strategy of the same player (probabilities over all its
    strategies); a pure dominator is a unit vector, see :attr:`pure_dominator`.
    """

    player: int
    strategy: int
    dominator: tuple[float, ...]
    strict: bool


@dataclass(frozen=True)
class EliminationStep(_Dominated):
    """One strategy removed during iterated elimination, in the original game's indices.

    ``against`` lists the opponent's strategies still in play at this step; ``payoffs`` and
    ``dominator_payoffs`` are the eliminated strategy's and the dominator's payoffs against
    each of them, and ``tolerance`` the slack within which two payoffs count as equal.
    ``remaining`` holds both players' strategies left after the step.
    """

    number: int
    round: int
    player: int
    strategy: int
    dominator: tuple[float, ...]
    strict: bool
    against: tuple[int, ...]
    payoffs: tuple[float, ...]
    dominator_payoffs: tuple[float, ...]
    remaining: tuple[tuple[int, ...], tuple[int, ...]]
    tolerance: float


@dataclass(frozen=True)
class Elimination:
    """The whole record of an iterated elimination and the strategies that survive it."""

    steps: tuple[EliminationStep, ...]
    remaining: tuple[tuple[int, ...], tuple[int, ...]]
    weak: bool

    @property
    def solved(self) -> bool:
        """True when a single cell survives."""
        return len(self.remaining[ROW]) == 1 and len(self.remaining[COLUMN]) == 1


@dataclass(frozen=True)
class SecurityLevel:
    """What a player can guarantee itself whatever the opponent does (its maximin payoff).

    ``pure_strategies`` are all pure strategies attaining ``pure_value`` (within tolerance);
    ``mixed_strategy`` guarantees ``mixed_value`` against every strategy of the opponent.
    """

    player: int
    pure_value: float
    pure_strategies: tuple[int, ...]
    mixed_value: float
    mixed_strategy: tuple[float, ...]

    @property
    def pure_strategy(self) -> int:
        """The lowest-indexed pure maximin strategy."""
        return self.pure_strategies[0]


class PlayerNames(Protocol):
    """A player's name and its strategies' names (a :class:`explorer.core.game.Player`)."""

    @property
    def name(self) -> str: ...

    @property
    def strategies(self) -> Sequence[str]: ...


# --- small pieces -----------------------------------------------------------------------------


def _game(A: npt.ArrayLike, B: npt.ArrayLike) -> tuple[FloatArray, FloatArray]:
    """Both payoff matrices as finite float arrays of one 2-D shape."""
    return as_bimatrix(A, B)


def _tolerance(A: FloatArray, B: FloatArray, tolerance: float | None) -> float:
    """The caller's slack, or :func:`explorer.core.numeric.payoff_tolerance` of the game."""
    return payoff_tolerance(A, B) if tolerance is None else float(tolerance)


def _check_player(player: int) -> None:
    if player not in PLAYERS:
        raise ValueError(f"player must be {ROW} (row) or {COLUMN} (column), not {player!r}")


def _own_payoffs(A: FloatArray, B: FloatArray, player: int) -> FloatArray:
    """The player's payoffs with its own strategies as rows and the opponent's as columns."""
    return A if player == ROW else B.T


def _pure_index(weights: Sequence[float]) -> int | None:
    support = [k for k, p in enumerate(weights) if p > PROBABILITY_TOLERANCE]
    return support[0] if len(support) == 1 else None


def _unit(size: int, index: int) -> FloatArray:
    vector = np.zeros(size)
    vector[index] = 1.0
    return vector


def _tidy_mixture(raw: FloatArray, acceptable: Callable[[FloatArray], bool]) -> FloatArray | None:
    """The simplest form of a linear program's mixture that still does its job.

    Tried in order: every weight as a fraction with a small denominator (LP vertices of
    rational games are rational), weights below the tolerance set to zero, the raw solution.
    """
    clipped = np.clip(raw, 0.0, None)
    if clipped.sum() <= 0:
        return None
    clipped = clipped / clipped.sum()
    fractions = [Fraction(float(p)).limit_denominator(MIXTURE_DENOMINATOR) for p in clipped]
    candidates = []
    if sum(fractions) == 1:
        candidates.append(np.array([float(f) for f in fractions]))
    cleaned = np.where(clipped > PROBABILITY_TOLERANCE, clipped, 0.0)
    candidates += [cleaned / cleaned.sum(), clipped]
    for candidate in candidates:
        if acceptable(candidate):
            return candidate
    return None


# --- best responses and pure equilibria -------------------------------------------------------


def best_response_masks(
    A: npt.ArrayLike, B: npt.ArrayLike, tolerance: float | None = None
) -> BestResponses:
    """Every pure best response of each player to each pure strategy of the other.

    Parameters
    ----------
    A, B
        Row and column player's payoffs, both of shape ``(m, n)``.
    tolerance
        Payoffs within this of the best count as best (ties); by default
        :func:`explorer.core.numeric.payoff_tolerance`.

    Returns
    -------
    BestResponses
        ``row[i, j]``: row ``i`` is a best response to column ``j``; ``column[i, j]``: column
        ``j`` is a best response to row ``i``.
    """
    A, B = _game(A, B)
    slack = _tolerance(A, B, tolerance)
    row = A.max(axis=0, keepdims=True) - slack <= A
    column = B.max(axis=1, keepdims=True) - slack <= B
    row.flags.writeable = False
    column.flags.writeable = False
    return BestResponses(row=row, column=column)


def pure_equilibria(
    A: npt.ArrayLike, B: npt.ArrayLike, tolerance: float | None = None
) -> tuple[tuple[int, int], ...]:
    """The pure Nash equilibria: cells where each strategy is a best response to the other.

    Parameters
    ----------
    A, B
        Row and column player's payoffs, both of shape ``(m, n)``.
    tolerance
        Slack for best responses, as in :func:`best_response_masks`.

    Returns
    -------
    tuple of (int, int)
        ``(row strategy, column strategy)`` pairs in row-major order.
    """
    mutual = best_response_masks(A, B, tolerance).both
    return tuple((int(i), int(j)) for i, j in zip(*np.nonzero(mutual), strict=True))


# --- dominance --------------------------------------------------------------------------------


def _dominates(
    U: FloatArray, strategy: int, mixture: FloatArray, slack: float, strict: bool
) -> bool:
    """Check a dominance claim directly: ``mixture`` against ``strategy``, opponent by opponent."""
    if np.any(mixture < 0) or abs(float(mixture.sum()) - 1.0) > 1e-9:
        return False
    gain = mixture @ U - U[strategy]
    if strict:
        return bool(np.all(gain > slack))
    return bool(np.all(gain >= -slack) and np.any(gain > slack))


def best_worst_case(
    V: FloatArray, target: FloatArray | None = None
) -> tuple[float, FloatArray] | None:
    """The mixture σ over the rows of ``V`` that maximises its smallest gain, by an LP:

        max t  subject to  σ·V[:, j] − target[j] ≥ t for every column j,  σ ≥ 0,  Σσ = 1.

    With ``target`` zero this is the maximin strategy and value of a payoff matrix; against
    a strategy's own payoffs it is the best mixture's margin over that strategy. Returns
    (t, σ), or None if the program failed. Pass payoffs near unit scale: the tolerances are
    HiGHS's tightest.
    """
    size, columns = V.shape
    cost = np.zeros(size + 1)
    cost[-1] = -1.0
    from scipy.optimize import linprog  # slow to import: loaded on first use

    result = linprog(
        cost,
        A_ub=np.hstack([-V.T, np.ones((columns, 1))]),
        b_ub=-target if target is not None else np.zeros(columns),
        A_eq=np.hstack([np.ones((1, size)), np.zeros((1, 1))]),
        b_eq=np.ones(1),
        bounds=[(0.0, None)] * size + [(None, None)],
        method="highs",
        options=_LP_OPTIONS,
    )
    if result.status != 0:
        return None
    return -float(result.fun), result.x[:size]


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
    return gain, _tidy_mixture(mixture, lambda s: _dominates(U, strategy, s, slack, strict=True))


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
        options=_LP_OPTIONS,
    )
    if result.status != 0:
        return None
    mixture = np.zeros(U.shape[0])
    mixture[others] = result.x
    return _tidy_mixture(mixture, lambda s: _dominates(U, strategy, s, slack, strict=False))


def _dominator(
    U: FloatArray, strategy: int, slack: float, scale: float, weak: bool
) -> tuple[FloatArray, bool] | None:
    """What dominates row ``strategy`` of the own-payoff matrix ``U``, and whether strictly.

    Strict dominance is reported before weak, and within each a pure dominator (the lowest
    index) before a mixture: the strongest and simplest statement that is true.
    """
    count = U.shape[0]
    others = [k for k in range(count) if k != strategy]
    if not others:
        return None
    gains = U[others] - U[strategy]
    best_gain = gains.max(axis=0)
    for k, gain in zip(others, gains, strict=True):
        if np.all(gain > slack):
            return _unit(count, k), True
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
    for k, gain in zip(others, gains, strict=True):
        if np.all(gain >= -slack) and np.any(gain > slack):
            return _unit(count, k), False
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
    A, B = _game(A, B)
    _check_player(player)
    U = _own_payoffs(A, B, player)
    if not 0 <= strategy < U.shape[0]:
        raise ValueError(f"strategy {strategy} is out of range for a player with {U.shape[0]}")
    found = _dominator(U, strategy, _tolerance(A, B, tolerance), payoff_scale(A, B), weak)
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
    A, B = _game(A, B)
    found = []
    for player in PLAYERS:
        for strategy in range(_own_payoffs(A, B, player).shape[0]):
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
    A, B = _game(A, B)
    slack = _tolerance(A, B, tolerance)
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


# --- iterated elimination ---------------------------------------------------------------------


def iterated_elimination(
    A: npt.ArrayLike,
    B: npt.ArrayLike,
    *,
    weak: bool = False,
    tolerance: float | None = None,
    survivors: Survivors = ((), ()),
) -> Elimination:
    """Remove dominated strategies one at a time until none is left, recording each step.

    Each round gives the row player, then the column player, a turn. In a turn the player's
    lowest-indexed dominated strategy (pure or mixed dominator, in the game that remains) is
    removed, the game is reduced and the search starts again, until none of that player's
    strategies is dominated. Rounds continue until one removes nothing.

    With strict dominance the strategies that survive do not depend on this order, and no
    strategy used in a Nash equilibrium is ever removed (Osborne & Rubinstein 1994, §4.2).
    With weak dominance the survivors can depend on the order and equilibria can be lost
    (§4.3); the fixed order here makes the result reproducible, not canonical.

    Parameters
    ----------
    A, B
        Row and column player's payoffs, both of shape ``(m, n)``.
    weak
        Eliminate weakly dominated strategies too.
    tolerance
        Payoffs within this count as equal; by default
        :func:`explorer.core.numeric.payoff_tolerance` of the full game, used at every step.
    survivors
        As for :func:`dominated_strategies`: with strict dominance these are never tested
        (they are never removed), so the steps are the same, found with fewer programs.

    Returns
    -------
    Elimination
        The steps in order, in the original game's indices, and the surviving strategies.
    """
    A, B = _game(A, B)
    slack = _tolerance(A, B, tolerance)
    scale = payoff_scale(A, B)
    alive = [list(range(A.shape[0])), list(range(A.shape[1]))]
    steps: list[EliminationStep] = []
    round_number = 0
    removed_in_round = True
    while removed_in_round:
        removed_in_round = False
        round_number += 1
        for player in PLAYERS:
            while True:
                kept = () if weak else survivors[player]
                found = _next_step(A, B, alive, player, slack, scale, weak, kept)
                if found is None:
                    break
                U, local, mixture, strict = found
                dominator = np.zeros(A.shape[player])
                dominator[alive[player]] = mixture
                eliminated = alive[player].pop(local)
                steps.append(
                    EliminationStep(
                        number=len(steps) + 1,
                        round=round_number,
                        player=player,
                        strategy=eliminated,
                        dominator=tuple(float(p) for p in dominator),
                        strict=strict,
                        against=tuple(alive[1 - player]),
                        payoffs=tuple(float(v) for v in U[local]),
                        dominator_payoffs=tuple(float(v) for v in mixture @ U),
                        remaining=(tuple(alive[ROW]), tuple(alive[COLUMN])),
                        tolerance=slack,
                    )
                )
                removed_in_round = True
    return Elimination(tuple(steps), (tuple(alive[ROW]), tuple(alive[COLUMN])), weak)


def _next_step(
    A: FloatArray,
    B: FloatArray,
    alive: list[list[int]],
    player: int,
    slack: float,
    scale: float,
    weak: bool,
    kept: Collection[int] = (),
) -> tuple[FloatArray, int, FloatArray, bool] | None:
    """The player's lowest-indexed dominated strategy in the reduced game (strategies in
    ``kept``, known survivors, are not tested).

    Returns the player's own payoffs in the reduced game, the strategy's index in it, the
    dominating mixture over the player's remaining strategies, and whether it is strict.
    """
    cells = np.ix_(alive[ROW], alive[COLUMN])
    U = _own_payoffs(A[cells], B[cells], player)
    for local in range(U.shape[0]):
        if alive[player][local] in kept:
            continue
        found = _dominator(U, local, slack, scale, weak)
        if found is not None:
            return U, local, found[0], found[1]
    return None


# --- security levels --------------------------------------------------------------------------


def security_level(
    A: npt.ArrayLike, B: npt.ArrayLike, player: int, tolerance: float | None = None
) -> SecurityLevel:
    """The payoff a player can guarantee itself, with a pure and with a mixed strategy.

    The pure security level is max_s min_t u(s, t). The mixed one, max_σ min_t u(σ, t), is the
    value of the zero-sum game in which the opponent tries to minimise the player's payoff
    (von Neumann's minimax theorem; Osborne & Rubinstein 1994, §2.5), found by the linear
    program

        max v  subject to  σ·U[:, t] ≥ v for every opponent strategy t,  σ ≥ 0,  Σσ = 1.

    Parameters
    ----------
    A, B
        Row and column player's payoffs, both of shape ``(m, n)``.
    player
        ``0`` for the row player, ``1`` for the column player.
    tolerance
        Pure strategies within this of the best guarantee are all listed; by default
        :func:`explorer.core.numeric.payoff_tolerance`.

    Returns
    -------
    SecurityLevel
        Pure value and the pure strategies attaining it; mixed value and a mixed strategy
        attaining it. The mixed value is the strategy's actual worst case, never below the
        pure value.
    """
    A, B = _game(A, B)
    _check_player(player)
    slack = _tolerance(A, B, tolerance)
    U = _own_payoffs(A, B, player)
    worst = U.min(axis=1)
    pure_value = float(worst.max())
    pure = tuple(int(k) for k in np.flatnonzero(worst >= pure_value - slack))
    mixture = _maximin_mixture(U, payoff_scale(A, B), slack)
    if mixture is None or float((mixture @ U).min()) < pure_value:
        mixture = _unit(U.shape[0], int(np.argmax(worst)))
    return SecurityLevel(
        player=player,
        pure_value=pure_value,
        pure_strategies=pure,
        mixed_value=float((mixture @ U).min()),
        mixed_strategy=tuple(float(p) for p in mixture),
    )


def _maximin_mixture(U: FloatArray, scale: float, slack: float) -> FloatArray | None:
    """The maximin mixed strategy of the own-payoff matrix ``U`` by linear programming."""
    if U.shape[0] == 1:
        return np.ones(1)
    best = best_worst_case(U / scale)
    if best is None:
        return None
    value = best[0] * scale
    return _tidy_mixture(best[1], lambda s: float((s @ U).min()) >= value - slack)


def security_levels(
    A: npt.ArrayLike, B: npt.ArrayLike, tolerance: float | None = None
) -> tuple[SecurityLevel, SecurityLevel]:
    """Both players' security levels, row player first; see :func:`security_level`.

    Parameters
    ----------
    A, B
        Row and column player's payoffs, both of shape ``(m, n)``.
    tolerance
        As in :func:`security_level`.

    Returns
    -------
    (SecurityLevel, SecurityLevel)
        The row player's and the column player's.
    """
    return (security_level(A, B, ROW, tolerance), security_level(A, B, COLUMN, tolerance))


# --- words ------------------------------------------------------------------------------------


def _is_integral(value: float) -> bool:
    return abs(value - round(value)) <= 1e-9 * max(1.0, abs(value))


def _number(value: float, decimals: int) -> str:
    if _is_integral(value):
        return str(round(value))
    return f"{value:.{decimals}f}"


def _comparison_decimals(pairs: Sequence[tuple[float, float, bool]]) -> int:
    """The fewest decimals (at least 2) at which every strict comparison still shows."""
    for decimals in (2, 3, 4, 6, 9):
        if all(
            _number(low, decimals) != _number(high, decimals) for low, high, less in pairs if less
        ):
            return decimals
    return 12


def describe_step(step: EliminationStep, players: Sequence[PlayerNames]) -> str:
    """One elimination step as a plain English sentence for a class.

    Parameters
    ----------
    step
        A step of :func:`iterated_elimination`.
    players
        Row player then column player, each with ``name`` and ``strategies`` (the game's
        ``players``).

    Returns
    -------
    str
        Such as "Step 1: Closed provider's Price cut is strictly dominated by Premium: it
        pays less against every remaining strategy of Open provider (0.10 < 0.35 against
        Free, 0.05 < 0.20 against Paid)."
    """
    own, opponent = players[step.player], players[1 - step.player]
    if step.pure_dominator is not None:
        dominator = own.strategies[step.pure_dominator]
    else:
        dominator = _("the mix {mix}").format(mix=mixture_text(step.dominator, own.strategies))
    pairs = [
        (low, high, high - low > step.tolerance)
        for low, high in zip(step.payoffs, step.dominator_payoffs, strict=True)
    ]
    shown = list(range(len(pairs)))[:SHOWN_COMPARISONS]
    # Weak dominance is only shown to be weak-but-real by a comparison where it gains.
    if not any(pairs[k][2] for k in shown):
        shown[-1] = next((k for k, pair in enumerate(pairs) if pair[2]), shown[-1])
    decimals = _comparison_decimals([pairs[k] for k in shown])
    comparisons = []
    for k in shown:
        low, high, less = pairs[k]
        relation = f"{_number(low, decimals)} < {_number(high, decimals)}"
        if not less:
            relation = f"{_number(low, decimals)} = {_number(low, decimals)}"
        comparisons.append(
            _("{relation} against {strategy}").format(
                relation=relation, strategy=opponent.strategies[step.against[k]]
            )
        )
    if len(pairs) > len(shown):
        comparisons.append(_("and {count} more").format(count=len(pairs) - len(shown)))
    if step.strict and len(pairs) == 1:
        claim = _("it pays less against the only remaining strategy of {player}").format(
            player=opponent.name
        )
    elif step.strict:
        claim = _("it pays less against every remaining strategy of {player}").format(
            player=opponent.name
        )
    else:
        claim = _(
            "it pays no more against any remaining strategy of {player}, "
            "and less against at least one"
        ).format(player=opponent.name)
    strength = _("strictly") if step.strict else _("weakly")
    return (
        _("Step {number}: {player}'s {strategy} is {strength} dominated by {dominator}: ").format(
            number=step.number,
            player=own.name,
            strategy=own.strategies[step.strategy],
            strength=strength,
            dominator=dominator,
        )
        + f"{claim} ({', '.join(comparisons)})."
    )


__all__ = [
    "PLAYERS",
    "BestResponses",
    "Dominance",
    "Elimination",
    "EliminationStep",
    "PlayerNames",
    "SecurityLevel",
    "best_response_masks",
    "describe_step",
    "dominated_strategies",
    "find_dominator",
    "iterated_elimination",
    "pure_equilibria",
    "security_level",
    "security_levels",
]
