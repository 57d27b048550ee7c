"""The solver: one engine for one game and for a million, every answer verified.

:func:`solve_batch` solves many games of one shape together; :func:`solve` is that solver
applied to a batch of one. Each runs the algorithm :mod:`explorer.core.solve.choice`
picks within the time and memory budget, falls back to Lemke-Howson when enumeration
runs out of time (every finite game has an equilibrium, and Lemke-Howson finds one in
polynomial time per path in practice), checks every candidate as a mutual best response,
and says in words what was and was not found.

It stays one module (over 400 lines) because it is the one place where a batch is routed,
recorded and verified; the algorithms themselves live in their own modules.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field

import numpy as np
import numpy.typing as npt

from explorer.core.i18n import _
from explorer.core.numeric import PROBABILITY_TOLERANCE
from explorer.core.solve.batch import BatchSolution
from explorer.core.solve.budget import ENUMERATION_SHARE, Budget, BudgetExhausted, StopCheck
from explorer.core.solve.choice import chosen_algorithm, enumeration_fits
from explorer.core.solve.degeneracy import degenerate_games, evident_degeneracy, pure_ties
from explorer.core.solve.lemke_howson import lemke_howson
from explorer.core.solve.nashpy_methods import nashpy_candidates
from explorer.core.solve.reduction import undominated
from explorer.core.solve.result import METHODS, Solution, method_name, method_name_capitalised
from explorer.core.solve.small import is_small, small_game_solution
from explorer.core.solve.support_enumeration import support_equilibria
from explorer.core.solve.verify import as_bimatrices, as_bimatrix, cleaned, mutual_best_responses
from explorer.core.solve.verify import payoff_slack as slack_of
from explorer.core.solve.vertex_enumeration import Profiles, extreme_equilibria

FloatArray = npt.NDArray[np.float64]
BoolArray = npt.NDArray[np.bool_]
IntArray = npt.NDArray[np.int64]

#: Digits to which two equilibria from different Lemke-Howson paths must agree to be one.
_DIGITS = 9
#: Share of a solve's time that removing dominated strategies may use before enumeration.
REDUCTION_SHARE = 0.2

#: Per game of a batch, the row and the column strategies kept (after removing dominated ones).
Kept = tuple[BoolArray, BoolArray]


def _seconds(budget: Budget) -> str:
    return f"{budget.seconds:g}" if budget.seconds is not None else "∞"


class _Labels:
    """Per game, a tuple of words (the methods run, or the notes), held as indices into the
    distinct tuples: a million games share a handful."""

    def __init__(self, games: int) -> None:
        self.index = np.zeros(games, dtype=np.int64)
        self.values: list[tuple[str, ...]] = [()]
        self._number: dict[tuple[str, ...], int] = {(): 0}

    def add(self, games: npt.ArrayLike, word: str) -> None:
        """Append ``word`` (unless already there) for each of ``games``."""
        games = np.asarray(games, dtype=np.int64)
        current = self.index[games]
        for old in np.unique(current):
            words = self.values[old]
            new = words if word in words else (*words, word)
            if new not in self._number:
                self._number[new] = len(self.values)
                self.values.append(new)
            self.index[games[current == old]] = self._number[new]

    def packed(self) -> tuple[IntArray, tuple[tuple[str, ...], ...]]:
        """Indices into the distinct tuples used, renumbered densely."""
        used, index = np.unique(self.index, return_inverse=True)
        return index.astype(np.int64), tuple(self.values[u] for u in used)


@dataclass
class _Record:
    """What the algorithms found, per game of the batch, while a solve runs."""

    games: int
    m: int
    n: int
    found: list[Profiles] = field(default_factory=list)
    methods: _Labels = field(init=False)
    notes: _Labels = field(init=False)
    complete: BoolArray = field(init=False)
    degenerate: BoolArray = field(init=False)
    known_degeneracy: BoolArray = field(init=False)
    deferred_degeneracy: BoolArray = field(init=False)

    def __post_init__(self) -> None:
        self.methods = _Labels(self.games)
        self.notes = _Labels(self.games)
        self.complete = np.zeros(self.games, dtype=bool)
        self.degenerate = np.zeros(self.games, dtype=bool)
        self.known_degeneracy = np.zeros(self.games, dtype=bool)
        self.deferred_degeneracy = np.zeros(self.games, dtype=bool)

    def add_profiles(self, game: int, found: list[tuple[FloatArray, FloatArray]]) -> None:
        """Equilibria of one game found one at a time (Lemke-Howson, nashpy)."""
        if found:
            self.found.append(
                Profiles(
                    np.full(len(found), game, dtype=np.int64),
                    np.array([x for x, _y in found]),
                    np.array([y for _x, y in found]),
                )
            )

    def used(self, games: npt.ArrayLike, method: str, note: str = "") -> None:
        self.methods.add(games, method)
        if note:
            self.notes.add(games, note)


def _enumerate(
    A: FloatArray,
    B: FloatArray,
    algorithm: str,
    budget: Budget,
    record: _Record,
    degeneracy: bool,
) -> bool:
    """Vertex or support enumeration of every game; False if the budget ran out."""
    every = range(record.games)
    try:
        if algorithm == "vertex":
            result = extreme_equilibria(A, B, budget.share(ENUMERATION_SHARE), degeneracy)
        else:
            result = support_equilibria(A, B, budget.share(ENUMERATION_SHARE))
    except BudgetExhausted:
        note = _(
            "{method} did not finish within the time budget of {seconds} s; the equilibria "
            "listed were found by Lemke-Howson, and the game may have others."
        ).format(method=method_name_capitalised(algorithm), seconds=_seconds(budget))
        record.used(every, algorithm, note)
        return False
    record.found.append(result.profiles)
    record.degenerate[:] = result.degenerate
    record.known_degeneracy[:] = result.known
    record.deferred_degeneracy[:] = ~result.known
    record.complete[:] = True if algorithm == "vertex" else ~result.degenerate
    record.used(every, algorithm)
    if algorithm == "support" and result.degenerate.any():
        record.notes.add(np.flatnonzero(result.degenerate), _support_note())
    return True


def _support_note() -> str:
    return _(
        "Support enumeration can miss equilibria of a degenerate game; try vertex enumeration."
    )


def _distinct(found: list[tuple[FloatArray, FloatArray]]) -> list[tuple[FloatArray, FloatArray]]:
    kept: dict[tuple[float, ...], tuple[FloatArray, FloatArray]] = {}
    for x, y in found:
        kept.setdefault(tuple(np.round(np.concatenate([x, y]), _DIGITS) + 0.0), (x, y))
    return list(kept.values())


def _lemke_howson(
    A: FloatArray,
    B: FloatArray,
    games: IntArray,
    budget: Budget,
    record: _Record,
    kept: Kept | None = None,
) -> None:
    """Lemke-Howson from every starting label of each game, the time split between games.

    With ``kept`` (the fallback for games too large to enumerate), each path runs on the
    strategies left after removing dominated ones, and every pure equilibrium is added by
    checking each strategy pair: only mixed equilibria can then be missing.
    """
    slack = slack_of(A, B)
    for position, g in enumerate(games):
        share = budget.share(1.0 / (len(games) - position))
        rows, columns = (
            (np.arange(record.m), np.arange(record.n))
            if kept is None
            else (np.flatnonzero(kept[0][g]), np.flatnonzero(kept[1][g]))
        )
        a, b = A[g][np.ix_(rows, columns)], B[g][np.ix_(rows, columns)]
        found = [] if kept is None else _pure_profiles(A[g], B[g], float(slack[g]))
        pure = len(found)
        labels = len(rows) + len(columns)
        done = 0
        for label in range(labels):
            try:
                x, y = lemke_howson(a, b, label, share)
            except BudgetExhausted:
                break
            found.append((_embedded(x, rows, record.m), _embedded(y, columns, record.n)))
            done += 1
        found = _distinct(found)
        record.add_profiles(int(g), found)
        if kept is None:
            note = _lemke_howson_note(done, labels, bool(found), budget)
        else:
            note = _fallback_note(done, labels, pure, bool(found), budget)
        record.used([g], "lemke-howson", note)


def _embedded(strategy: FloatArray, kept: IntArray, size: int) -> FloatArray:
    """A mixed strategy over the kept strategies, written over all ``size`` of them."""
    full = np.zeros(size)
    full[kept] = strategy
    return full


def _pure_profiles(
    A: FloatArray, B: FloatArray, slack: float
) -> list[tuple[FloatArray, FloatArray]]:
    """Every pure equilibrium of one game: each strategy pair checked for mutual best replies."""
    m, n = A.shape
    mutual = (A >= A.max(axis=0, keepdims=True) - slack) & (
        B >= B.max(axis=1, keepdims=True) - slack
    )
    return [(np.eye(m)[i], np.eye(n)[j]) for i, j in np.argwhere(mutual)]


def _lemke_howson_note(done: int, labels: int, found: bool, budget: Budget) -> str:
    if not found:
        return _(
            "No equilibrium was found within the time budget of {seconds} s. Every finite "
            "game has one; it was not reached in the time allowed."
        ).format(seconds=_seconds(budget))
    if done < labels:
        return _(
            "Lemke-Howson ran from {done} of {labels} starting labels before the time budget "
            "of {seconds} s ran out; the game may have other equilibria."
        ).format(done=done, labels=labels, seconds=_seconds(budget))
    return _("Lemke-Howson finds one equilibrium per starting label; the game may have others.")


def _fallback_note(done: int, labels: int, pure: int, found: bool, budget: Budget) -> str:
    """What a game too large to enumerate got: every pure equilibrium, mixed ones by chance."""
    if not found:
        return _(
            "The game has no pure equilibrium (every strategy pair was checked), and no mixed "
            "one was found within the time budget of {seconds} s. Every finite game has one; "
            "it was not reached in the time allowed."
        ).format(seconds=_seconds(budget))
    if done < labels:
        return _(
            "Lemke-Howson ran from {done} of {labels} starting labels before the time budget "
            "of {seconds} s ran out; all {pure} pure equilibria are listed (every strategy "
            "pair was checked), but the game may have other equilibria, mixed ones."
        ).format(done=done, labels=labels, seconds=_seconds(budget), pure=pure)
    return _(
        "All {pure} pure equilibria are listed (every strategy pair was checked); mixed ones "
        "were searched by Lemke-Howson, which finds one equilibrium per starting label, so the "
        "game may have other mixed equilibria."
    ).format(pure=pure)


def _enumerate_reduced(
    A: FloatArray, B: FloatArray, algorithm: str, budget: Budget, record: _Record
) -> tuple[Kept | None, IntArray]:
    """Remove strictly dominated strategies (:mod:`.reduction`) and enumerate every game
    whose remaining game fits the budget; the others are returned for Lemke-Howson.

    The remaining game has exactly the equilibria of the whole game, so an enumeration of
    it is as complete as one of the whole game would have been.
    """
    games, m, n = A.shape
    everything = np.arange(games)
    slack = slack_of(A, B)
    try:
        rows, columns = undominated(A, B, slack, budget.share(REDUCTION_SHARE))
    except BudgetExhausted:
        return None, everything
    sizes = np.stack([rows.sum(axis=1), columns.sum(axis=1)], axis=1)
    rest = []
    for mr, nr in np.unique(sizes, axis=0).tolist():
        group = np.flatnonzero((sizes == (mr, nr)).all(axis=1))
        if (mr, nr) == (m, n) or not enumeration_fits(mr, nr, len(group), budget):
            rest.append(group)
            if (mr, nr) != (m, n):
                record.notes.add(group, _still_too_large_note(mr, nr))
            continue
        row_index = np.nonzero(rows[group])[1].reshape(len(group), mr)
        column_index = np.nonzero(columns[group])[1].reshape(len(group), nr)
        take = (group[:, None, None], row_index[:, :, None], column_index[:, None, :])
        part = _Record(len(group), mr, nr)
        if not _enumerate(A[take], B[take], algorithm, budget, part, degeneracy=True):
            rest.append(group)
            continue
        for profiles in part.found:
            record.found.append(
                Profiles(
                    group[profiles.game],
                    _spread(profiles.rows, row_index[profiles.game], m),
                    _spread(profiles.columns, column_index[profiles.game], n),
                )
            )
        record.degenerate[group] = part.degenerate | pure_ties(A[group], B[group], slack[group])
        record.known_degeneracy[group] = True
        record.complete[group] = part.complete
        record.used(group, algorithm, _reduced_note(mr, nr, algorithm))
        for k, words in enumerate(part.notes.index):
            for word in part.notes.values[words]:
                record.notes.add([group[k]], word)
    left = np.sort(np.concatenate(rest)) if rest else np.zeros(0, dtype=np.int64)
    return (rows, columns), left


def _spread(strategies: FloatArray, kept: IntArray, size: int) -> FloatArray:
    """Mixed strategies over each profile's kept strategies, written over all ``size``."""
    full = np.zeros((len(strategies), size))
    np.put_along_axis(full, kept, strategies, axis=1)
    return full


def _reduced_note(m: int, n: int, algorithm: str) -> str:
    return _(
        "Removing strictly dominated strategies, round after round, left a {m}×{n} game, "
        "which {method} solved completely: every equilibrium is listed."
    ).format(m=m, n=n, method=method_name(algorithm))


def _still_too_large_note(m: int, n: int) -> str:
    return _(
        "Removing strictly dominated strategies left a {m}×{n} game, still too large to enumerate."
    ).format(m=m, n=n)


def _nashpy(A: FloatArray, B: FloatArray, budget: Budget, record: _Record) -> None:
    """nashpy's algorithms, one game after another (see :mod:`.nashpy_methods`)."""
    degenerate = degenerate_games(A, B, budget) if _enumerable(A, budget) else None
    for g in range(record.games):
        known = degenerate is not None
        flagged = bool(degenerate[g]) if degenerate is not None else False
        try:
            candidates, complete = nashpy_candidates(A[g], B[g], flagged, budget)
        except BudgetExhausted:
            candidates, complete = [], False
            record.notes.add(
                [g],
                _(
                    "nashpy's algorithms did not finish within the time budget of {seconds} s."
                ).format(seconds=_seconds(budget)),
            )
        record.add_profiles(g, _distinct([(cleaned(x), cleaned(y)) for x, y in candidates]))
        record.complete[g] = complete and known
        record.degenerate[g] = flagged
        record.known_degeneracy[g] = known
        record.used([g], "nashpy", _support_note() if flagged and not complete else "")


def _enumerable(A: FloatArray, budget: Budget) -> bool:
    games, m, n = A.shape
    return enumeration_fits(m, n, games, budget)


def _ordered(profiles: Profiles) -> Profiles:
    """By game; within a game pure equilibria first, then by decreasing weight on the first
    strategies (row, then column), as the equilibria are listed everywhere."""
    pure = ((profiles.rows > PROBABILITY_TOLERANCE).sum(-1) == 1) & (
        (profiles.columns > PROBABILITY_TOLERANCE).sum(-1) == 1
    )
    keys = [*(-profiles.columns.T[::-1]), *(-profiles.rows.T[::-1]), ~pure, profiles.game]
    return profiles.take(np.lexsort(keys))


def _budget(budget: Budget | None, should_stop: StopCheck | None) -> Budget:
    if budget is None:
        return Budget() if should_stop is None else Budget(should_stop=should_stop)
    if should_stop is None:
        return budget
    return dataclasses.replace(budget, should_stop=should_stop)


def solve_batch(
    A: npt.ArrayLike,
    B: npt.ArrayLike,
    method: str = "auto",
    should_stop: StopCheck | None = None,
    budget: Budget | None = None,
    degeneracy: bool = True,
) -> BatchSolution:
    """All equilibria ``method`` finds in every game of a batch, each one verified.

    Parameters
    ----------
    A, B
        Payoffs of shape ``(games, m, n)``, finite.
    method
        ``"auto"`` (vertex enumeration where it fits the budget, else Lemke-Howson),
        ``"vertex"``, ``"support"``, ``"lemke-howson"`` (from every starting label) or
        ``"nashpy"`` (nashpy's own algorithms, for comparison).
    should_stop
        Polled between steps; returning True raises
        :class:`~explorer.core.solve.budget.SolveCancelled`.
    budget
        Time and memory for the whole batch (default: :class:`Budget`'s). Enumeration uses
        at most :data:`~explorer.core.solve.budget.ENUMERATION_SHARE` of the time, so that
        Lemke-Howson can still find equilibria if it runs out.
    degeneracy
        Settle every game's degeneracy now. A sweep passes False: vertex enumeration then
        skips the column player's polytope wherever the row player's shows it is not
        needed for the equilibria, and :attr:`BatchSolution.degenerate` works the rest out
        if it is ever asked for.

    Returns
    -------
    BatchSolution
        Per game: equilibria (extreme equilibria for the enumeration methods, in a fixed
        order), degeneracy, completeness, the methods run and notes in words.
    """
    A, B = as_bimatrices(A, B)
    return _solve_checked(A, B, method, _budget(budget, should_stop), degeneracy)


def _solve_checked(
    A: FloatArray, B: FloatArray, method: str, budget: Budget, degeneracy: bool = True
) -> BatchSolution:
    """:func:`solve_batch` on payoffs already checked."""
    if method not in METHODS:
        raise ValueError(f"unknown method '{method}'; methods are: {', '.join(METHODS)}")
    games, m, n = A.shape
    algorithm, note = chosen_algorithm(method, m, n, games, budget)
    if games == 1 and algorithm == "vertex" and is_small(m, n):
        budget.check()
        return small_game_solution(A[0], B[0], method)
    record = _Record(games, m, n)
    if note:  # too large to enumerate: first see what is left without dominated strategies
        wanted = "vertex" if method == "auto" else method
        kept, rest = _enumerate_reduced(A, B, wanted, budget, record)
        record.notes.add(rest, note)
        _lemke_howson(A, B, rest, budget, record, kept or _everything(games, m, n))
    elif algorithm in ("vertex", "support"):
        if not _enumerate(A, B, algorithm, budget, record, degeneracy):
            _lemke_howson(A, B, np.arange(games), budget.reserve(), record)
    elif algorithm == "nashpy":
        _nashpy(A, B, budget, record)
    else:
        _lemke_howson(A, B, np.arange(games), budget, record)
    return _assembled(A, B, method, record)


def _everything(games: int, m: int, n: int) -> Kept:
    return np.ones((games, m), dtype=bool), np.ones((games, n), dtype=bool)


def _assembled(A: FloatArray, B: FloatArray, requested: str, record: _Record) -> BatchSolution:
    """Verify, order and pack what was found."""
    games, m, n = A.shape
    profiles = Profiles.joined(record.found, m, n)
    verified = mutual_best_responses(
        A, B, profiles.game, profiles.rows, profiles.columns, slack_of(A, B)
    )
    rejected = np.bincount(profiles.game[~verified], minlength=games)
    for g in np.flatnonzero(rejected):
        record.notes.add(
            [g],
            _(
                "{count} candidate(s) failed the check as mutual best responses and were left out."
            ).format(count=rejected[g]),
        )
    profiles = _ordered(profiles.take(verified))
    unknown = ~record.known_degeneracy & ~record.deferred_degeneracy
    if unknown.any():
        evident = evident_degeneracy(A, B, profiles.game, profiles.rows, profiles.columns)
        record.degenerate[unknown] = evident[unknown]
    payoffs = np.stack(
        [
            np.einsum("ei,eij,ej->e", profiles.rows, A[profiles.game], profiles.columns),
            np.einsum("ei,eij,ej->e", profiles.rows, B[profiles.game], profiles.columns),
        ],
        axis=-1,
    )
    offsets = np.concatenate([[0], np.cumsum(np.bincount(profiles.game, minlength=games))])
    method_index, method_tuples = record.methods.packed()
    methods = tuple("+".join(used) for used in method_tuples)
    note_index, notes = record.notes.packed()
    return BatchSolution(
        A=A,
        B=B,
        offsets=offsets.astype(np.int64),
        flat_rows=profiles.rows,
        flat_columns=profiles.columns,
        flat_payoffs=payoffs,
        evident_degenerate=record.degenerate,
        degeneracy_known=~record.deferred_degeneracy,
        complete=record.complete,
        method_index=method_index,
        methods=methods,
        note_index=note_index,
        notes=notes,
        requested=requested,
    )


def solve(
    A: npt.ArrayLike,
    B: npt.ArrayLike,
    method: str = "auto",
    should_stop: StopCheck | None = None,
    budget: Budget | None = None,
) -> Solution:
    """All Nash equilibria that ``method`` can find in one game, each verified.

    The batched solver (:func:`solve_batch`) applied to a batch of one.

    Parameters
    ----------
    A, B
        The row and column player's payoff matrices, both of shape ``(m, n)``, finite.
    method, should_stop, budget
        As for :func:`solve_batch`.

    Returns
    -------
    Solution
        Equilibria (verified as mutual best responses, exact fractions on demand where the
        payoffs are simple rationals), the method used, a degeneracy flag, whether the list
        is known to be complete, and warnings in words.
    """
    A, B = as_bimatrix(A, B)
    return _solve_checked(A[None], B[None], method, _budget(budget, should_stop)).solution(0)


__all__ = ["solve", "solve_batch"]
