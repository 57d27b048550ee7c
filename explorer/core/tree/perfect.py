"""Subgame-perfect equilibria: backward induction, subgame by subgame (Selten 1965).

The proper subgames (:mod:`.subgames`) are solved from the innermost out. A subgame whose
every move leads to a leaf or to a solved subgame is one choice: its mover takes the actions
that give it the most (all of them where it is indifferent, within
:func:`explorer.core.numeric.payoff_tolerance`), or chance averages. That is backward
induction, and in a tree of perfect information it is all there is. Any other subgame, with
its solved subgames replaced by their payoffs, is solved as a strategic game (its reduced
form, by the explorer's engine); each of its equilibria is one continuation. Different
continuations of an inner subgame are carried up separately, so every combination is
found, up to :data:`MAX_SUBGAME_PERFECT` equilibria.
"""

from __future__ import annotations

import dataclasses
import itertools
import weakref
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field

import numpy as np
import numpy.typing as npt

from explorer.core.i18n import _
from explorer.core.numeric import payoff_tolerance
from explorer.core.solve import Budget, BudgetExhausted, Solution, solve
from explorer.core.tree.behaviour import Behaviour, Profile, TreePoint, behaviour_from_mixed
from explorer.core.tree.model import GameTree, TreeError
from explorer.core.tree.probabilities import accumulate
from explorer.core.tree.strategies import StrategicForm, strategic_form
from explorer.core.tree.subgames import Subgames

FloatArray = npt.NDArray[np.float64]
StopCheck = Callable[[], bool]
Value = tuple[float, float]
OwnBehaviour = tuple[tuple[int, tuple[float, ...] | None], ...]

#: Most subgame-perfect equilibria listed (ties off the path of play multiply them).
MAX_SUBGAME_PERFECT = 64
#: Continuations of subgames kept in all; beyond it, one per distinct payoff pair is kept.
CONTINUATION_BUDGET = 200_000
#: Equilibria listed times nodes, at most (each listed equilibrium names every move).
LISTED_MOVES = 4_000_000
#: Solved strategic forms of subgames remembered per tree.
SOLUTIONS_KEPT = 4_096


@dataclass(frozen=True, eq=False)
class _Continuation:
    """One equilibrium of a subgame: its payoffs, the behaviour at its own information sets,
    and the equilibria chosen for the subgames inside it (shared, not copied)."""

    value: Value
    own: OwnBehaviour
    parts: tuple[_Continuation, ...] = ()

    def behaviour(self, count: int) -> Behaviour:
        strategy: list[tuple[float, ...] | None] = [None] * count
        stack = [self]
        while stack:
            continuation = stack.pop()
            for infoset, probabilities in continuation.own:
                strategy[infoset] = probabilities
            stack.extend(continuation.parts)
        return tuple(strategy)


@dataclass(frozen=True, eq=False)
class SubgamePerfect:
    """The subgame-perfect equilibria of a tree at one point, as behaviour profiles."""

    point: TreePoint
    subgames: Subgames
    profiles: tuple[Profile, ...]
    complete: bool
    indifferent: bool  # some mover was indifferent somewhere (so mixtures are SPE too)
    warnings: tuple[str, ...] = field(default=())


def subgame_perfect(
    tree: GameTree,
    values: Mapping[str, float] | None = None,
    limit: int = MAX_SUBGAME_PERFECT,
    should_stop: StopCheck | None = None,
    budget: Budget | None = None,
) -> SubgamePerfect:
    """Every subgame-perfect equilibrium in which ties are broken each way (up to ``limit``).

    Parameters
    ----------
    tree
        Any valid tree; information sets are allowed.
    values
        Parameter values (defaults where missing).
    limit
        Most equilibria listed; ``complete`` is False when there are more.
    should_stop
        Polled between subgames; returning True raises :class:`SolveCancelled`.
    budget
        The time all subgames' strategic forms may take together (the engine's default,
        :data:`~explorer.core.solve.DEFAULT_SECONDS`, when None); ``should_stop`` joins it.

    Raises
    ------
    TreeError
        If the tree is not valid at ``values``, a subgame's strategic form is too large, or
        the subgames take longer than the budget.
    """
    return solve_at(TreePoint.of(tree, values), limit, should_stop, budget)


def solve_at(
    point: TreePoint,
    limit: int = MAX_SUBGAME_PERFECT,
    should_stop: StopCheck | None = None,
    budget: Budget | None = None,
) -> SubgamePerfect:
    """:func:`subgame_perfect` of a tree already evaluated at a point."""
    time = budget or Budget()
    if should_stop is not None:
        time = dataclasses.replace(time, should_stop=should_stop)
    try:
        return _Solver(point, limit, time).run()
    except BudgetExhausted:
        raise TreeError(
            _("Solving the subgames took longer than the time limit of {seconds} s.").format(
                seconds=f"{time.seconds:g}"
            )
        ) from None


@dataclass
class _Structure:
    """What the solver needs of a tree's shape, worked out once per tree (a sweep solves
    the same tree at many points)."""

    subgames: Subgames
    forms: dict[int, StrategicForm] = field(default_factory=dict)
    # Solutions of subgames' strategic forms by their payoffs: a sweep meets the same
    # subgame with the same payoffs at many points (bounded by SOLUTIONS_KEPT).
    solutions: dict[tuple[int, bytes, bytes], Solution] = field(default_factory=dict)


_structures: weakref.WeakKeyDictionary[GameTree, _Structure] = weakref.WeakKeyDictionary()


def _structure(tree: GameTree) -> _Structure:
    known = _structures.get(tree)
    if known is None:
        known = _structures[tree] = _Structure(Subgames.of(tree))
    return known


class _Solver:
    def __init__(self, point: TreePoint, limit: int, time: Budget) -> None:
        self.point = point
        self.tree = point.tree
        structure = _structure(self.tree)
        self.subgames = structure.subgames
        self.forms = structure.forms
        self.solutions = structure.solutions
        self.limit = max(1, min(limit, LISTED_MOVES // len(self.tree.nodes)))
        self.continuations = CONTINUATION_BUDGET
        self.time = time
        self.complete = True
        self.indifferent = False
        self.notes: list[str] = []
        leaves = np.array(self.tree.terminal_nodes(), dtype=np.int64)
        _, collected = accumulate(self.tree.parent, point.probability[None], point.outcome[None])
        self.slack = payoff_tolerance(collected[0, leaves])

    def run(self) -> SubgamePerfect:
        options: dict[int, list[_Continuation]] = {}
        for root in reversed(self.subgames.roots):
            self.time.check()
            options[root] = self._solve(root, options)
            for inner in self.subgames.inner[root]:
                del options[inner]
        count = len(self.tree.information_sets)
        top = options.get(0, [_Continuation((0.0, 0.0), ())])
        profiles = tuple(Profile(self.point, c.behaviour(count)) for c in top)
        if not self.complete:
            self.notes.append(
                _(
                    "There are more subgame-perfect equilibria than the {count} listed: "
                    "ties multiply them."
                ).format(count=self.limit)
            )
        if self.indifferent:
            self.notes.append(
                _(
                    "Where a mover is indifferent, mixing the tied actions is subgame perfect "
                    "too; the list shows each tie broken each way."
                )
            )
        return SubgamePerfect(
            self.point,
            self.subgames,
            profiles,
            self.complete,
            self.indifferent,
            tuple(dict.fromkeys(self.notes)),
        )

    def _solve(self, root: int, options: Mapping[int, list[_Continuation]]) -> list[_Continuation]:
        """The root's continuations: for each distinct combination of inner values, the
        subgame's equilibria, each joined with every inner continuation of those values."""
        inner = self.subgames.inner[root]
        groups = [_by_value(options[c]) for c in inner]
        if self.continuations <= 0:  # keep the search bounded: one continuation per payoff pair
            groups = [{v: members[:1] for v, members in g.items()} for g in groups]
            self.complete = self.complete and all(
                len(o) == len(g) for o, g in zip((options[c] for c in inner), groups, strict=True)
            )
        found: list[_Continuation] = []
        combinations = itertools.product(*(list(g) for g in groups))
        for values in combinations:
            stops = dict(zip(inner, values, strict=True))
            for value, own in self._equilibria(root, stops):
                chosen = [group[v] for group, v in zip(groups, values, strict=True)]
                for parts in itertools.product(*chosen):
                    if len(found) == self.limit:
                        self.complete = False
                        self.continuations -= len(found)
                        return found
                    found.append(_Continuation(value, own, parts))
        self.continuations -= len(found)
        return found

    def _equilibria(
        self, root: int, stops: Mapping[int, Value]
    ) -> Iterator[tuple[Value, OwnBehaviour]]:
        node = self.tree.nodes[root]
        outcome = self.point.outcome[root]
        if not self.subgames.is_single_move(self.tree, root):
            yield from self._strategic(root, stops)
            return
        after = [
            np.asarray(stops[c]) if c in stops else self.point.outcome[c] for c in node.children
        ]
        if node.is_chance:
            probability = self.point.probability[list(node.children)]
            total = outcome + sum(p * v for p, v in zip(probability, after, strict=True))
            yield (float(total[0]), float(total[1])), ()
            return
        player = node.player
        assert player is not None
        payoffs = [outcome + v for v in after]
        best = max(float(v[player]) for v in payoffs)
        chosen = [k for k, v in enumerate(payoffs) if float(v[player]) >= best - self.slack]
        if len(chosen) > 1:
            self.indifferent = True
        for action in chosen:
            pure = tuple(float(k == action) for k in range(len(node.children)))
            value = payoffs[action]
            yield (float(value[0]), float(value[1])), ((node.information_set, pure),)

    def _strategic(
        self, root: int, stops: Mapping[int, Value]
    ) -> Iterator[tuple[Value, OwnBehaviour]]:
        """Equilibria of the subgame as a strategic game, inner subgames as their payoffs."""
        form = self.forms.get(root)
        if form is None:
            form = strategic_form(self.tree, root, stops=tuple(stops))
            self.forms[root] = form
        outcome = self.point.outcome.copy()
        for stop, value in stops.items():
            outcome[stop] = value
        A, B = (M[0] for M in form.payoffs_at(self.point.probability[None], outcome[None]))
        key = (root, A.tobytes(), B.tobytes())
        solution = self.solutions.get(key)
        if solution is None:
            solution = solve(A, B, budget=self.time)
            if len(self.solutions) >= SOLUTIONS_KEPT:
                self.solutions.clear()
            self.solutions[key] = solution
        if not solution.complete:
            self.complete = False
            self.notes.append(
                _("A subgame's list of equilibria may be incomplete ({method}).").format(
                    method=solution.method
                )
            )
        if solution.degenerate:
            self.notes.append(
                _(
                    "A subgame's strategic form is degenerate: its equilibria form sets, and "
                    "the list shows their extreme points."
                )
            )
        for equilibrium in solution.equilibria:
            own: dict[int, tuple[float, ...] | None] = {}
            for strategies, mixed in zip(
                form.players, (equilibrium.row, equilibrium.column), strict=True
            ):
                own.update(behaviour_from_mixed(self.tree, strategies, mixed))
            yield equilibrium.payoffs, tuple(own.items())


def _by_value(continuations: Sequence[_Continuation]) -> dict[Value, list[_Continuation]]:
    groups: dict[Value, list[_Continuation]] = {}
    for continuation in continuations:
        groups.setdefault(continuation.value, []).append(continuation)
    return groups
