"""Repeated games: strategies as state machines, simulation, tournaments, and folk-theorem numbers.

The stage game is any two-player game at chosen parameter values. If the game has a
parameter named ``period`` it is set to 1, 2, 3, ... in turn, so a model's payoffs can grow
over time (a freemium model whose free users become worth more). Strategies see only the
history of actions; "cooperate" and "defect" mean actions the user picks for each player,
so the same strategies work in the Prisoner's Dilemma and in the AI price war.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import numpy.typing as npt

from explorer.core.analysis import best_worst_case
from explorer.core.game import COLUMN, ROW, Game
from explorer.core.i18n import N_, _
from explorer.core.numeric import payoff_tolerance
from explorer.core.solve import Equilibrium, SolveCancelled, solve
from explorer.core.text import profile_label

FloatArray = npt.NDArray[np.float64]
IntArray = npt.NDArray[np.int64]

#: The parameter that, when a game has it, counts the periods (1, 2, 3, ...).
PERIOD_PARAMETER = "period"
#: Most periods simulated; most strategies per player in nashpy's repeated game.
MAX_PERIODS = 10_000
MAX_REPEATED_GAME_STRATEGIES = 64


class RepeatedGameError(ValueError):
    """A repeated-game request that cannot be met, in one sentence."""


# --- the stage game over time -----------------------------------------------------------------


@dataclass(frozen=True, eq=False)
class StageGame:
    """The game played every period: payoffs ``A[t], B[t]`` for period t = 0, 1, ..."""

    game: Game
    values: dict[str, float]
    A: FloatArray  # (periods, m, n); one period when the payoffs do not change
    B: FloatArray
    _equilibria: dict[int, tuple[Equilibrium, ...]] = field(
        default_factory=dict, init=False, repr=False
    )

    @classmethod
    def of(cls, game: Game, values: dict[str, float] | None = None, periods: int = 1) -> StageGame:
        point = game.resolve({k: v for k, v in (values or {}).items() if k != PERIOD_PARAMETER})
        if PERIOD_PARAMETER in point:
            parameter = game.parameter(PERIOD_PARAMETER)
            times = np.clip(
                np.arange(1, periods + 1, dtype=float), parameter.minimum, parameter.maximum
            )
            A, B = game.evaluate_grid({**point, PERIOD_PARAMETER: times})
        else:
            A, B = game.evaluate(point)
            A, B = A[None], B[None]
        if not (np.isfinite(A).all() and np.isfinite(B).all()):
            raise RepeatedGameError("a payoff is undefined at these parameter values")
        return cls(game, point, A, B)

    @property
    def shape(self) -> tuple[int, int]:
        return self.A.shape[1], self.A.shape[2]

    def _index(self, period: int) -> int:
        return min(period, len(self.A) - 1)  # payoffs repeat once they stop changing

    def payoffs(self, period: int) -> tuple[FloatArray, FloatArray]:
        t = self._index(period)
        return self.A[t], self.B[t]

    def equilibria(self, period: int) -> tuple[Equilibrium, ...]:
        """The stage equilibria of ``period``, solved once per stage game and period."""
        t = self._index(period)
        if t not in self._equilibria:
            self._equilibria[t] = solve(self.A[t], self.B[t]).equilibria
        return self._equilibria[t]

    def names(self, player: int) -> tuple[str, ...]:
        return self.game.players[player].strategies


@dataclass(frozen=True)
class Convention:
    """What cooperating and defecting mean: one action of each kind for each player."""

    cooperate: tuple[int, int]
    defect: tuple[int, int]

    @classmethod
    def default(cls, stage: StageGame) -> Convention:
        """Cooperate: the pure profile with the largest total payoff. Defect: each player's
        action in the stage equilibrium that is worst for the other (the natural threat)."""
        A, B = stage.payoffs(0)
        total = A + B
        cooperate = np.unravel_index(int(np.argmax(total)), total.shape)
        threat = min(stage.equilibria(0), key=lambda e: e.payoffs[0] + e.payoffs[1])
        defect = (int(np.argmax(threat.row)), int(np.argmax(threat.column)))
        return cls((int(cooperate[0]), int(cooperate[1])), defect)


# --- strategies as state machines -------------------------------------------------------------


@dataclass(frozen=True)
class Strategy:
    """A repeated-game strategy: a kind plus its few settings (picklable, printable).

    Kinds: ``cooperate`` and ``defect`` (always), ``always`` (always ``action``, an index
    into the player's own actions), ``grim`` (grim trigger), ``tft`` (tit-for-tat),
    ``tf2t`` (tit-for-two-tats), ``wsls`` (win-stay, lose-shift), ``freemium`` (defect for
    ``periods`` periods, then cooperate: for the open provider, Free and then Paid),
    ``random`` (``weights`` over the actions) and ``best-response`` (to the opponent's
    last action). Cooperating and defecting are translated into each player's actions by
    a :class:`Convention`, so every strategy can play either role.
    """

    kind: str
    action: int = 0
    periods: int = 0
    weights: tuple[float, ...] = ()
    label: str = ""

    @property
    def name(self) -> str:
        return self.label or self.kind


class _Machine:
    """The running state of one strategy for one player in one match."""

    def __init__(self, strategy: Strategy, player: int, stage: StageGame, convention: Convention):
        self.strategy, self.player, self.stage = strategy, player, stage
        self.cooperate = convention.cooperate[player]
        self.defect = convention.defect[player]
        self.their_cooperate = convention.cooperate[1 - player]
        self.triggered = False
        self.current = self.cooperate
        A, B = stage.payoffs(0)
        own = A if player == ROW else B.T  # own[a, b]: my payoff, my action a, theirs b
        c, d = convention.cooperate, convention.defect
        mine = (c[player], c[1 - player]), (d[player], d[1 - player])
        # Win-stay, lose-shift: a "win" is at least halfway from mutual defection to mutual
        # cooperation (in the Prisoner's Dilemma: the temptation and the reward).
        self.aspiration = (own[mine[0]] + own[mine[1]]) / 2

    def first(self, rng: np.random.Generator) -> int:
        kind = self.strategy.kind
        if kind in ("defect",) or (kind == "freemium" and self.strategy.periods > 0):
            return self.defect
        if kind == "always":
            return min(self.strategy.action, self.stage.shape[self.player] - 1)
        if kind == "random":
            return self._random(rng)
        return self.cooperate

    def next(self, period: int, history: IntArray, payoff: float, rng: np.random.Generator) -> int:
        """The action in ``period`` (0-based) given the actions so far (shape (period, 2))."""
        kind = self.strategy.kind
        theirs = history[:, 1 - self.player]
        defected = theirs[-1] != self.their_cooperate
        if kind in ("cooperate", "defect", "always"):
            return self.first(rng)
        if kind == "grim":
            self.triggered = self.triggered or bool(defected)
            return self.defect if self.triggered else self.cooperate
        if kind == "tft":
            return self.defect if defected else self.cooperate
        if kind == "tf2t":
            twice = len(theirs) >= 2 and theirs[-2] != self.their_cooperate
            return self.defect if defected and twice else self.cooperate
        if kind == "wsls":
            mine = int(history[-1, self.player])
            if payoff >= self.aspiration - 1e-12:
                return mine
            return self.defect if mine == self.cooperate else self.cooperate
        if kind == "freemium":
            return self.defect if period < self.strategy.periods else self.cooperate
        if kind == "random":
            return self._random(rng)
        if kind == "best-response":
            A, B = self.stage.payoffs(period)
            own = A[:, theirs[-1]] if self.player == ROW else B[theirs[-1], :]
            return int(np.argmax(own))
        raise RepeatedGameError(f"unknown strategy kind '{kind}'")

    def _random(self, rng: np.random.Generator) -> int:
        size = self.stage.shape[self.player]
        weights = np.array(self.strategy.weights or [1.0] * size, dtype=float)[:size]
        return int(rng.choice(size, p=weights / weights.sum()))


def library(stage: StageGame, convention: Convention) -> list[Strategy]:
    """The standard strategies for this stage game, named in its strategy names."""

    free = stage.names(COLUMN)[convention.defect[COLUMN]]
    paid = stage.names(COLUMN)[convention.cooperate[COLUMN]]
    return [
        Strategy("grim", label=_("Grim trigger")),
        Strategy("tft", label=_("Tit-for-tat")),
        Strategy("tf2t", label=_("Tit-for-two-tats")),
        Strategy("wsls", label=_("Win-stay, lose-shift")),
        Strategy("best-response", label=_("Best response to last")),
        Strategy("random", label=_("Random")),
        Strategy("cooperate", label=_("Always cooperate")),
        Strategy("defect", label=_("Always defect")),
        Strategy(
            "freemium",
            periods=5,
            label=_("Freemium: {free} for 5 periods, then {paid}").format(free=free, paid=paid),
        ),
    ]


# --- simulation -------------------------------------------------------------------------------


@dataclass(frozen=True, eq=False)
class Simulation:
    """One match: actions and payoffs per period, and running discounted totals."""

    actions: IntArray  # (T, 2)
    payoffs: FloatArray  # (T, 2)
    discount_factor: float

    @property
    def discounted_totals(self) -> FloatArray:
        """Running sums of δ^t u_t, shape (T, 2)."""
        weights = self.discount_factor ** np.arange(len(self.payoffs))
        totals: FloatArray = np.cumsum(self.payoffs * weights[:, None], axis=0)
        return totals

    @property
    def average_payoffs(self) -> FloatArray:
        """Discounted average payoffs (1-δ)Σδ^t u_t / (1-δ^T): comparable with stage payoffs."""
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
    """
    if not 1 <= periods <= MAX_PERIODS:
        raise RepeatedGameError(f"use 1 to {MAX_PERIODS} periods, not {periods}")
    if not 0.0 <= discount_factor <= 1.0:
        raise RepeatedGameError(f"the discount factor must be in [0, 1], not {discount_factor:g}")
    rng = np.random.default_rng(seed)
    machines = (
        _Machine(row, ROW, stage, convention),
        _Machine(column, COLUMN, stage, convention),
    )
    actions = np.zeros((periods, 2), dtype=np.int64)
    payoffs = np.zeros((periods, 2))
    for t in range(periods):
        for player, machine in enumerate(machines):
            intended = (
                machine.first(rng)
                if t == 0
                else machine.next(t, actions[:t], float(payoffs[t - 1, player]), rng)
            )
            actions[t, player] = _tremble(intended, stage.shape[player], noise, rng)
        A, B = stage.payoffs(t)
        payoffs[t] = A[actions[t, 0], actions[t, 1]], B[actions[t, 0], actions[t, 1]]
    return Simulation(actions, payoffs, discount_factor)


def _tremble(action: int, size: int, noise: float, rng: np.random.Generator) -> int:
    if noise <= 0 or size < 2 or rng.random() >= noise:
        return action
    others = [a for a in range(size) if a != action]
    return int(rng.choice(others))


# --- tournament -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Standing:
    """A strategy's place in a tournament: its mean payoff per period over all its matches."""

    strategy: Strategy
    score: float
    spread: float
    matches: int


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

    A strategy's score is its discounted average payoff per period, averaged over its
    matches and repetitions. Seeds are derived from ``seed``, so results are reproducible.
    """
    if not strategies:
        raise RepeatedGameError("choose at least one strategy for the tournament")
    stop = should_stop or (lambda: False)
    pairs = list(itertools.product(range(len(strategies)), repeat=2))
    scores: list[list[float]] = [[] for _ in strategies]
    total = len(pairs) * repetitions
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
            done += 1
            if progress is not None:
                progress(done, total)
    standings = [
        Standing(s, float(np.mean(v)), float(np.std(v)), len(v))
        for s, v in zip(strategies, scores, strict=True)
    ]
    return sorted(standings, key=lambda s: -s.score)


# --- theory: minmax, critical discount factors, the feasible region ---------------------------


@dataclass(frozen=True)
class Minmax:
    """The lowest payoff the opponent can hold a player to: pure and with mixing."""

    player: int
    pure_value: float
    value: float
    punisher: tuple[float, ...]  # the opponent's (mixed) strategy that achieves ``value``


def minmax(A: FloatArray, B: FloatArray, player: int) -> Minmax:
    """min over the opponent's mixed strategies of the player's best-reply payoff (an LP)."""
    own = A if player == ROW else B.T  # own[i, j]: the player's payoff, its i, opponent's j
    pure = float(own.max(axis=0).min())
    pure_punisher = tuple(np.eye(own.shape[1])[int(own.max(axis=0).argmin())])
    # The opponent's best worst case in the game with the player's payoffs negated (scaled
    # to unit size for the LP's tolerances; the mixture does not depend on the scale).
    best = best_worst_case(-own.T / max(float(np.abs(own).max()), 1e-300))
    if best is None:
        return Minmax(player, pure, pure, pure_punisher)
    mix = np.clip(best[1], 0, None)
    mix = mix / mix.sum()
    value = float((own @ mix).max())
    if value > pure:  # float noise of the LP: a pure punisher is as good
        return Minmax(player, pure, pure, pure_punisher)
    return Minmax(player, pure, value, tuple(float(p) for p in mix))


@dataclass(frozen=True)
class Threshold:
    """How patient the players must be to sustain a target profile with a punishment.

    ``discount_factor`` is None when no patience suffices (a player earns less on the path
    than under the punishment while deviating pays).
    """

    discount_factor: float | None
    punishment: str
    per_player: tuple[float | None, float | None]


def _critical(on_path: float, deviation: float, punishment: float) -> float | None:
    """Smallest δ with on_path >= (1-δ) deviation + δ punishment (one-shot deviation)."""
    if deviation <= on_path + 1e-12:
        return 0.0
    if punishment >= on_path - 1e-12:
        return None
    return (deviation - on_path) / (deviation - punishment)


def critical_discount_factor(
    A: FloatArray, B: FloatArray, target: tuple[int, int], punishment: tuple[float, float]
) -> tuple[float | None, tuple[float | None, float | None]]:
    """The δ above which the target profile is sustained, given each player's punishment
    payoff: max over players of (best deviation - path) / (best deviation - punishment)."""
    i, j = target
    row = _critical(float(A[i, j]), float(A[:, j].max()), punishment[ROW])
    column = _critical(float(B[i, j]), float(B[i, :].max()), punishment[COLUMN])
    if row is None or column is None:
        return None, (row, column)
    return max(row, column), (row, column)


@dataclass(frozen=True)
class Analysis:
    """The folk-theorem numbers of a stage game for one target profile."""

    target: tuple[int, int]
    stage_equilibria: tuple[Equilibrium, ...]
    grim: Threshold
    harshest: Threshold
    minmax: tuple[Minmax, Minmax]
    region: FloatArray  # vertices of the feasible, individually rational payoff region
    hull: FloatArray  # vertices of all feasible payoffs (convex hull of the stage payoffs)


def analyse_repeated(stage: StageGame, target: tuple[int, int]) -> Analysis:
    """Critical discount factors for ``target`` under grim trigger (reverting to the stage
    equilibrium that makes it lowest) and under the minmax punishment, the minmax values,
    and the feasible and individually rational region (of the first period's payoffs)."""
    A, B = stage.payoffs(0)
    equilibria = stage.equilibria(0)
    best: Threshold | None = None
    for eq in equilibria:
        delta, per_player = critical_discount_factor(A, B, target, eq.payoffs)
        label = profile_label(stage.game, eq, mixed_prefix=False)
        candidate = Threshold(
            delta, _("the stage equilibrium {profile}").format(profile=label), per_player
        )
        if best is None or _lower(candidate, best):
            best = candidate
    assert best is not None  # every finite game has an equilibrium
    minmaxes = (minmax(A, B, ROW), minmax(A, B, COLUMN))
    delta, per_player = critical_discount_factor(
        A, B, target, (minmaxes[ROW].value, minmaxes[COLUMN].value)
    )
    harshest = Threshold(delta, _("the minmax punishment"), per_player)
    points = np.column_stack([A.ravel(), B.ravel()])
    hull = convex_hull(points)
    region = clip_polygon(hull, minmaxes[ROW].value, minmaxes[COLUMN].value)
    return Analysis(target, equilibria, best, harshest, minmaxes, region, hull)


def _lower(a: Threshold, b: Threshold) -> bool:
    if a.discount_factor is None:
        return False
    return b.discount_factor is None or a.discount_factor < b.discount_factor


def threshold_sentence(analysis: Analysis, stage: StageGame) -> str:
    """For example: "Premium / Paid lasts if δ ≥ 0.62 (grim trigger, punishment: the stage
    equilibrium Price cut / Free); under the minmax punishment δ ≥ 0.41 suffices."""
    i, j = analysis.target
    target = f"{stage.names(ROW)[i]} / {stage.names(COLUMN)[j]}"
    grim, harsh = analysis.grim, analysis.harshest
    if grim.discount_factor == 0.0:
        return _("{target} is itself a stage equilibrium: it lasts at any discount factor.").format(
            target=target
        )
    if grim.discount_factor is None:
        first = _(
            "{target} cannot be sustained by grim trigger: no stage equilibrium punishes enough"
        ).format(target=target)
    else:
        first = _("{target} lasts if δ ≥ {delta} (grim trigger, punishment: {punishment})").format(
            target=target, delta=f"{grim.discount_factor:.2f}", punishment=grim.punishment
        )
    if harsh.discount_factor is None:
        return first + _("; not even the minmax punishment sustains it.")
    return first + _("; under {punishment} δ ≥ {delta} suffices.").format(
        punishment=harsh.punishment, delta=f"{harsh.discount_factor:.2f}"
    )


def convex_hull(points: FloatArray) -> FloatArray:
    """Vertices of the convex hull of 2-D points, counter-clockwise (Andrew's monotone chain)."""
    unique = np.unique(np.round(points, 12), axis=0)
    if len(unique) <= 2:
        return unique

    def cross(o: FloatArray, a: FloatArray, b: FloatArray) -> float:
        return float((a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0]))

    lower: list[FloatArray] = []
    for p in unique:
        while len(lower) >= 2 and cross(lower[-2], lower[-1], p) <= 1e-12:
            lower.pop()
        lower.append(p)
    upper: list[FloatArray] = []
    for p in unique[::-1]:
        while len(upper) >= 2 and cross(upper[-2], upper[-1], p) <= 1e-12:
            upper.pop()
        upper.append(p)
    return np.array(lower[:-1] + upper[:-1])


def clip_polygon(polygon: FloatArray, row_floor: float, column_floor: float) -> FloatArray:
    """The part of a convex polygon where u_row >= row_floor and u_column >= column_floor
    (Sutherland-Hodgman clipping by the two half-planes)."""
    result = [np.asarray(p, dtype=float) for p in polygon]
    for axis, floor in ((0, row_floor), (1, column_floor)):
        if len(result) == 0:
            break
        clipped: list[FloatArray] = []
        for k, current in enumerate(result):
            previous = result[k - 1]
            inside_now, inside_before = (
                current[axis] >= floor - 1e-12,
                previous[axis] >= floor - 1e-12,
            )
            if inside_now != inside_before and len(result) > 1:
                share = (floor - previous[axis]) / (current[axis] - previous[axis])
                clipped.append(previous + share * (current - previous))
            if inside_now:
                clipped.append(current)
        result = [p for k, p in enumerate(clipped) if k == 0 or not np.allclose(p, clipped[k - 1])]
        if len(result) > 1 and np.allclose(result[0], result[-1]):
            result.pop()
    return np.array(result) if result else np.zeros((0, 2))


# --- finite horizon ---------------------------------------------------------------------------


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
    path = tuple(stage.equilibria(t)[0] for t in range(periods))
    unique = all(len(stage.equilibria(t)) == 1 for t in range(min(periods, len(stage.A))))
    return FiniteHorizon(periods, path, unique)


def repeated_game_size(shape: tuple[int, int], periods: int) -> tuple[float, float]:
    """Pure strategies per player of the finitely repeated game (nashpy's construction): an
    action for every history, m^(number of histories). Computed in logarithms, since for
    a 2×2 game repeated 20 times the count has about 10^11 digits."""
    m, n = shape
    histories = sum((m * n) ** t for t in range(min(periods, 60)))

    def count(actions: int) -> float:
        digits = histories * math.log10(actions) if actions > 1 else 0.0
        return float(actions**histories) if digits < 300 else math.inf

    return count(m), count(n)


def largest_checkable_horizon(shape: tuple[int, int]) -> int:
    """The most periods for which nashpy's repeated game stays small enough to build."""
    periods = 0
    while max(repeated_game_size(shape, periods + 1)) <= MAX_REPEATED_GAME_STRATEGIES:
        periods += 1
    return periods


def finite_horizon_sentence(stage: StageGame, periods: int) -> str:
    """Backward induction in words, with nashpy's cross-check where it is small enough."""
    horizon = backward_induction(stage, periods)
    first = profile_label(stage.game, horizon.path[0], mixed_prefix=False)
    same = all(
        e.row == horizon.path[0].row and e.column == horizon.path[0].column for e in horizon.path
    )
    if same:
        played = _("{profile} in all {periods} periods").format(profile=first, periods=periods)
    else:
        played = _("{profile} first, a stage equilibrium in every period").format(profile=first)
    kind = (
        _("the unique subgame-perfect outcome")
        if horizon.unique
        else _("one subgame-perfect outcome (others exist)")
    )
    sentence = _("With a known last period, backward induction gives {played}: {kind}.").format(
        played=played, kind=kind
    )
    checkable = largest_checkable_horizon(stage.shape)
    if len(stage.A) > 1 or checkable == 0 or horizon.path[0].kind != "pure":
        return sentence  # nashpy's check compares pure strategies of fixed payoffs
    if periods <= checkable:  # nashpy's strategy space grows with the number of periods
        agrees = nashpy_check(stage, periods)
        return (
            sentence
            + " "
            + (
                _("nashpy's repeated game agrees.")
                if agrees
                else _("nashpy's repeated game DISAGREES.")
            )
        )
    agrees = nashpy_check(stage, checkable)
    verdict = _("agrees") if agrees else _("DISAGREES")
    rows, _columns = repeated_game_size(stage.shape, periods)
    return (
        sentence
        + " "
        + _(
            "nashpy's repeated game, which lists every strategy, would need {count} for {periods} "
            "periods; for {checkable} period(s) it {verdict}."
        ).format(count=_count_words(rows), periods=periods, checkable=checkable, verdict=verdict)
    )


def _count_words(count: float) -> str:
    if math.isinf(count):
        return _("more than 10^300 strategies")
    return _("{count} strategies").format(count=f"{count:.3g}")


def nashpy_check(stage: StageGame, periods: int) -> bool:
    """Cross-check with nashpy's ``repeated_games``: the backward-induction path, played
    whatever the history, is a Nash equilibrium of nashpy's repeated game.

    Raises
    ------
    RepeatedGameError
        When nashpy's full strategy space is too large to build (it grows as m^(mn)^T).
    """
    import nashpy
    from nashpy.repeated_games import obtain_repeated_game, obtain_strategy_space

    rows, columns = repeated_game_size(stage.shape, periods)
    if max(rows, columns) > MAX_REPEATED_GAME_STRATEGIES:
        raise RepeatedGameError(
            f"nashpy's repeated game would have {_count_words(max(rows, columns))} per player; "
            f"it is built only up to {MAX_REPEATED_GAME_STRATEGIES} per player"
        )
    if len(stage.A) > 1:
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


def _constant_strategy(space: Any, action: int) -> int:
    """The index of the strategy that plays ``action`` after every history."""
    for index, strategy in enumerate(space):
        if all(int(np.argmax(choice)) == action for choice in strategy.values()):
            return index
    raise RepeatedGameError("no constant strategy found")  # pragma: no cover


def settings_of(game: Game) -> dict[str, Any]:
    """The game file's optional ``repeated`` settings (a preset), or an empty dict.

    Keys: ``discount_factor``, ``periods``, ``row`` and ``column`` (strategy names as for
    :func:`parse_strategy`), ``cooperate`` and ``defect`` (each a pair of action names).
    """
    value = game.extras.get("repeated", {})
    return dict(value) if isinstance(value, dict) else {}


#: Strategy names on the command line and in presets, with their labels.
STRATEGY_NAMES = {
    "grim": "Grim trigger",
    "tft": "Tit-for-tat",
    "tf2t": "Tit-for-two-tats",
    "wsls": "Win-stay, lose-shift",
    "best-response": "Best response to last",
    "random": "Random",
    "cooperate": "Always cooperate",
    "defect": "Always defect",
    "freemium": "Freemium (defect k periods, then cooperate)",
    "always": "Always one action",
}


def parse_strategy(text: str, stage: StageGame, player: int) -> Strategy:
    """A strategy from its name: ``grim``, ``tft``, ..., ``freemium:K`` or ``always:ACTION``
    (an action of ``player``, by name or number)."""
    kind, _, argument = text.strip().partition(":")
    kind = kind.strip().lower()
    if kind not in STRATEGY_NAMES:
        known = ", ".join([*STRATEGY_NAMES, "freemium:K", "always:ACTION"])
        raise RepeatedGameError(f"unknown strategy '{text}'; strategies are: {known}")
    if kind == "freemium":
        try:
            periods = int(argument) if argument else 5
        except ValueError:
            raise RepeatedGameError(
                f"freemium:K needs a whole number of periods, not '{argument}'"
            ) from None
        return Strategy("freemium", periods=periods, label=f"Freemium ({periods} periods)")
    if kind == "always":
        action = _action_index(argument, stage.names(player), stage.game.players[player].name)
        return Strategy("always", action=action, label=f"Always {stage.names(player)[action]}")
    return Strategy(kind, label=STRATEGY_NAMES[kind])


def _action_index(text: str, names: Sequence[str], player: str) -> int:
    if text in names:
        return list(names).index(text)
    if text.isdigit() and 1 <= int(text) <= len(names):
        return int(text) - 1
    raise RepeatedGameError(f"'{text}' is not an action of {player}; actions: {', '.join(names)}")


def convention_from(stage: StageGame, settings: dict[str, Any]) -> Convention:
    """The preset's cooperate/defect actions (by name), else :meth:`Convention.default`."""
    default = Convention.default(stage)
    pairs = []
    for key, fallback in (("cooperate", default.cooperate), ("defect", default.defect)):
        named = settings.get(key)
        if not named:
            pairs.append(fallback)
            continue
        players = stage.game.players
        pairs.append(
            (
                _action_index(str(named[0]), stage.names(ROW), players[ROW].name),
                _action_index(str(named[1]), stage.names(COLUMN), players[COLUMN].name),
            )
        )
    return Convention(pairs[0], pairs[1])


__all__ = [
    "COLLUSION_REGIMES",
    "PERIOD_PARAMETER",
    "STRATEGY_NAMES",
    "Analysis",
    "Convention",
    "FiniteHorizon",
    "Minmax",
    "RepeatedGameError",
    "Simulation",
    "StageGame",
    "Standing",
    "Strategy",
    "Threshold",
    "analyse_repeated",
    "backward_induction",
    "clip_polygon",
    "collusion_map",
    "collusion_thresholds",
    "convention_from",
    "convex_hull",
    "critical_discount_factor",
    "finite_horizon_sentence",
    "largest_checkable_horizon",
    "library",
    "minmax",
    "nashpy_check",
    "parse_strategy",
    "repeated_game_size",
    "settings_of",
    "simulate",
    "threshold_sentence",
    "tournament",
]


# --- collusion over a parameter sweep ----------------------------------------------------------

#: Regimes of a collusion map, in the order of their index.
COLLUSION_REGIMES = (
    N_("holds under grim trigger"),
    N_("holds only under the minmax punishment"),
    N_("does not hold"),
)


def collusion_thresholds(result: Any, target: tuple[int, int]) -> tuple[FloatArray, FloatArray]:
    """Per point of a sweep (a :class:`explorer.core.sweep.SweepResult`): the critical
    discount factors of ``target`` under grim trigger (the lowest over the point's stage
    equilibria) and under the minmax punishment; NaN where no patience suffices."""
    solution = result.solution
    points = len(result)
    grim = np.full(points, np.nan)
    harsh = np.full(points, np.nan)
    for point in np.flatnonzero(~result.undefined):
        A, B = solution.A[point], solution.B[point]
        options = [
            critical_discount_factor(A, B, target, tuple(solution.payoffs[point, k]))[0]
            for k in range(int(solution.count[point]))
        ]
        finite = [d for d in options if d is not None]
        grim[point] = min(finite) if finite else np.nan
        punishment = (minmax(A, B, ROW).value, minmax(A, B, COLUMN).value)
        delta, _ = critical_discount_factor(A, B, target, punishment)
        harsh[point] = np.nan if delta is None else delta
    return grim, harsh


def collusion_map(grim: FloatArray, harsh: FloatArray, deltas: FloatArray) -> IntArray:
    """Regime index (see :data:`COLLUSION_REGIMES`) for every (discount factor, point):
    shape (len(deltas), points)."""
    delta = deltas[:, None]
    holds_grim = ~np.isnan(grim)[None, :] & (delta >= np.nan_to_num(grim, nan=np.inf)[None, :])
    holds_harsh = ~np.isnan(harsh)[None, :] & (delta >= np.nan_to_num(harsh, nan=np.inf)[None, :])
    index: IntArray = np.where(holds_grim, 0, np.where(holds_harsh, 1, 2)).astype(np.int64)
    return index
