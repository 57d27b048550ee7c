"""Nash equilibria through nashpy, made sound: tolerances, verification, degeneracy, fractions.

nashpy is the solver of record. This module drives it and checks what it returns:

* support enumeration walks nashpy's support pairs but solves the indifference equations
  with a tolerance (nashpy's exact float comparisons miss equilibria of ordinary float
  games), and every candidate is tested as a mutual best response within a tolerance
  scaled to the payoffs;
* vertex enumeration gets payoffs shifted to be positive, as its polytopes require;
* Lemke-Howson runs from every starting label with a pivot and time limit per label, since
  nashpy's loop can cycle on some games and never return;
* degeneracy is detected explicitly and reported in words, with vertex enumeration used to
  list the extreme equilibria of a degenerate game;
* where every payoff is a simple rational, each probability is also given as an exact
  fraction, checked exactly.
"""

from __future__ import annotations

import itertools
import math
import time
import warnings
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from fractions import Fraction
from typing import Literal

import numpy as np
import numpy.typing as npt

from explorer.core.i18n import N_, _
from explorer.core.numeric import (
    MAX_DENOMINATOR,
    PAYOFF_TOLERANCE,
    PROBABILITY_TOLERANCE,
    as_fraction,
    payoff_tolerance,
)

# nashpy (with scipy and networkx behind it) takes about a second to import, so it is
# imported where an algorithm first runs, off the GUI thread, not when this module loads.

FloatArray = npt.NDArray[np.float64]
Method = Literal["auto", "support", "vertex", "lemke-howson"]
METHODS: tuple[Method, ...] = ("auto", "support", "vertex", "lemke-howson")
METHOD_NAMES: dict[str, str] = {
    "auto": N_("automatic"),
    "support": N_("support enumeration"),
    "vertex": N_("vertex enumeration"),
    "lemke-howson": N_("Lemke-Howson"),
}

#: "auto" uses support enumeration up to this many support pairs (a 6×6 game has 923).
SUPPORT_PAIR_LIMIT = 1000
#: Games with at most this many strategies per player may use vertex enumeration.
VERTEX_SIZE_LIMIT = 8
#: Support enumeration refuses games with more support pairs than this (minutes of work).
SUPPORT_PAIR_HARD_LIMIT = 50_000
#: Lemke-Howson: pivots and seconds allowed per starting label.
LEMKE_HOWSON_PIVOTS = 2_000
LEMKE_HOWSON_SECONDS = 0.5
#: Games whose full degeneracy check solves at most this many small systems get it.
FULL_DEGENERACY_CHECK_LIMIT = 2_000

StopCheck = Callable[[], bool]


class SolveCancelled(Exception):
    """Raised when a caller's stop check asks a running solve to give up."""


@dataclass(frozen=True)
class Equilibrium:
    """One Nash equilibrium: both mixed strategies and both expected payoffs.

    ``row_exact`` / ``column_exact`` / ``payoffs_exact`` hold exact fractions where the game's
    payoffs are simple rationals and the fractions were checked to be an equilibrium exactly.
    """

    row: tuple[float, ...]
    column: tuple[float, ...]
    payoffs: tuple[float, float]
    row_exact: tuple[Fraction, ...] | None = None
    column_exact: tuple[Fraction, ...] | None = None
    payoffs_exact: tuple[Fraction, Fraction] | None = None

    @property
    def row_support(self) -> tuple[int, ...]:
        return support(np.array(self.row))

    @property
    def column_support(self) -> tuple[int, ...]:
        return support(np.array(self.column))

    @property
    def kind(self) -> Literal["pure", "mixed"]:
        pure = len(self.row_support) == 1 and len(self.column_support) == 1
        return "pure" if pure else "mixed"

    @property
    def is_exact(self) -> bool:
        return self.row_exact is not None and self.column_exact is not None

    def to_json(self) -> dict[str, object]:
        """The contract's JSON shape: ``row``, ``column``, ``payoffs``, ``kind``."""
        return {
            "row": list(self.row),
            "column": list(self.column),
            "payoffs": list(self.payoffs),
            "kind": self.kind,
        }


@dataclass(frozen=True)
class Solution:
    """All that one solve found and what the user should know about it."""

    equilibria: tuple[Equilibrium, ...]
    method: str
    requested: str
    degenerate: bool
    complete: bool
    warnings: tuple[str, ...] = field(default=())

    @property
    def pure(self) -> tuple[Equilibrium, ...]:
        return tuple(e for e in self.equilibria if e.kind == "pure")


# --- small pieces of the mathematics ----------------------------------------------------------


def as_bimatrix(A: npt.ArrayLike, B: npt.ArrayLike) -> tuple[FloatArray, FloatArray]:
    """Both payoff matrices as finite float arrays of one non-empty 2-D shape (or ValueError)."""
    A = np.asarray(A, dtype=float)
    B = np.asarray(B, dtype=float)
    if A.ndim != 2 or A.shape != B.shape or A.size == 0:
        raise ValueError(
            f"payoff matrices must have the same non-empty 2-D shape, not {A.shape} and {B.shape}"
        )
    if not (np.all(np.isfinite(A)) and np.all(np.isfinite(B))):
        raise ValueError("payoff matrices must be finite")
    return A, B


def support(strategy: FloatArray, tolerance: float = PROBABILITY_TOLERANCE) -> tuple[int, ...]:
    """Indices of the pure strategies played with positive probability."""
    return tuple(int(i) for i in np.flatnonzero(strategy > tolerance))


def best_responses(payoffs_against: FloatArray, tolerance: float) -> tuple[int, ...]:
    """Indices whose payoff is within ``tolerance`` of the best in ``payoffs_against``."""
    best = float(np.max(payoffs_against))
    return tuple(int(i) for i in np.flatnonzero(payoffs_against >= best - tolerance))


def is_mixed_strategy(strategy: FloatArray, size: int) -> bool:
    """A probability vector of the right length (within float tolerance)."""
    return (
        strategy.shape == (size,)
        and bool(np.all(np.isfinite(strategy)))
        and bool(np.all(strategy >= -PROBABILITY_TOLERANCE))
        and abs(float(strategy.sum()) - 1.0) <= 1e-7
    )


def is_equilibrium(
    A: FloatArray, B: FloatArray, x: FloatArray, y: FloatArray, tolerance: float | None = None
) -> bool:
    """True if ``x`` and ``y`` are mutual best responses in the bimatrix game ``(A, B)``.

    Each player's expected payoff must be within ``tolerance`` of its best pure reply.
    """
    m, n = A.shape
    if not (is_mixed_strategy(x, m) and is_mixed_strategy(y, n)):
        return False
    slack = payoff_tolerance(A, B) if tolerance is None else tolerance
    row_payoffs, column_payoffs = A @ y, x @ B
    return bool(
        x @ row_payoffs >= row_payoffs.max() - slack
        and column_payoffs @ y >= column_payoffs.max() - slack
    )


def _clean(strategy: FloatArray) -> FloatArray:
    """Zero the float noise below the probability tolerance and renormalise."""
    cleaned: FloatArray = np.where(strategy > PROBABILITY_TOLERANCE, strategy, 0.0)
    normalised: FloatArray = cleaned / cleaned.sum()
    return normalised


# --- the three nashpy algorithms, each made safe -----------------------------------------------


def indifference_weights(blocks: FloatArray) -> FloatArray:
    """Weights that make the rows of each k × k block equally good; NaN where singular.

    ``blocks[..., r, c]`` is the payoff of the indifferent player's strategy r against the
    mixing player's strategy c. The k - 1 equalities (each row against the first) and the
    sum-to-one condition form a k × k system whose last row is all ones, so its solution is
    the last row's cofactors divided by their sum (the determinant). Up to k = 3 the
    cofactors are written out, which vectorises over thousands of games at little cost;
    larger systems go to LAPACK. The single-game solver and the batched one both call this,
    so they compute the same numbers.
    """
    k = blocks.shape[-1]
    differences = blocks[..., 1:, :] - blocks[..., :1, :]
    if k == 1:
        return np.ones(blocks.shape[:-1])
    if k == 2:
        d = differences[..., 0, :]
        cofactors = np.stack([d[..., 1], -d[..., 0]], axis=-1)
    elif k == 3:
        cofactors = np.cross(differences[..., 0, :], differences[..., 1, :])
    else:
        system = np.concatenate([differences, np.ones((*blocks.shape[:-2], 1, k))], axis=-2)
        determinant = np.linalg.det(system)
        singular = ~np.isfinite(determinant) | (determinant == 0)
        system[singular] = np.eye(k)
        target = np.zeros((*blocks.shape[:-2], k, 1))
        target[..., -1, 0] = 1.0
        weights: FloatArray = np.linalg.solve(system, target)[..., 0]
        weights[singular] = np.nan
        return weights
    determinant = cofactors.sum(axis=-1, keepdims=True)
    with np.errstate(divide="ignore", invalid="ignore"):
        ratio: FloatArray = np.where(determinant != 0, cofactors / determinant, np.nan)
    return ratio


def indifferent_mixture(
    M: FloatArray, indifferent: tuple[int, ...], support_: tuple[int, ...]
) -> FloatArray | None:
    """The mixture over columns ``support_`` of ``M`` that equalises the rows ``indifferent``.

    Returns the full-length strategy, or None if the indifference system is singular or
    a probability is negative beyond float noise.
    """
    weights = indifference_weights(M[np.ix_(indifferent, support_)])
    if not np.all(np.isfinite(weights)) or weights.min() < -PROBABILITY_TOLERANCE:
        return None
    strategy = np.zeros(M.shape[1])
    strategy[list(support_)] = np.clip(weights, 0.0, None)
    return strategy


def _support_candidates(
    A: FloatArray, B: FloatArray, stop: StopCheck
) -> Iterator[tuple[FloatArray, FloatArray]]:
    """Support enumeration (Algorithm 3.4 of Nisan et al. 2007) over nashpy's support pairs.

    For each pair of supports of equal size from nashpy's ``potential_support_pairs``,
    solve both players' indifference conditions and propose the pair of mixtures.
    The equations are solved here rather than by nashpy's ``solve_indifference``: that one
    rejects a probability of -1e-17 and nashpy's best-response test compares floats
    exactly, and each of the two loses equilibria of ordinary float games. Candidates are
    verified afterwards by :func:`is_equilibrium` within a tolerance scaled to the payoffs.
    """
    from nashpy.algorithms.support_enumeration import potential_support_pairs

    for rows, columns in potential_support_pairs(A, B, non_degenerate=True):
        if stop():
            raise SolveCancelled
        y = indifferent_mixture(A, rows, columns)
        if y is None:
            continue
        x = indifferent_mixture(B.T, columns, rows)
        if x is not None:
            yield x, y


def _shifted_positive(M: FloatArray) -> FloatArray:
    """Add a constant so every payoff is at least 1: equilibria are unchanged, and the
    best-response polytopes used by vertex enumeration and Lemke-Howson are bounded."""
    shifted: FloatArray = M - M.min() + 1.0
    return shifted


def _vertex_candidates(
    A: FloatArray, B: FloatArray, stop: StopCheck
) -> Iterator[tuple[FloatArray, FloatArray]]:
    """nashpy's vertex enumeration (Algorithm 3.5 of Nisan et al. 2007) on shifted payoffs."""
    from nashpy.algorithms.vertex_enumeration import vertex_enumeration

    for x, y in vertex_enumeration(_shifted_positive(A), _shifted_positive(B)):
        if stop():
            raise SolveCancelled
        yield np.asarray(x, dtype=float), np.asarray(y, dtype=float)


def _lemke_howson_from(
    A: FloatArray, B: FloatArray, label: int, stop: StopCheck
) -> tuple[FloatArray, FloatArray] | None:
    """One Lemke-Howson path (Algorithm 3.6 of Nisan et al. 2007) over nashpy's tableaux.

    Follows nashpy's complementary pivoting, but gives up after a number of pivots or a
    time limit instead of looping forever on a cycling path.
    """
    from nashpy.linalg import create_col_tableau, create_row_tableau

    col_tableau = create_col_tableau(A, True)
    row_tableau = create_row_tableau(B, True)
    order = (row_tableau, col_tableau)
    if label not in row_tableau.non_basic_variables:
        order = (col_tableau, row_tableau)
    full_labels = col_tableau.labels
    deadline = time.perf_counter() + LEMKE_HOWSON_SECONDS
    entering = label
    for pivot in range(LEMKE_HOWSON_PIVOTS):
        entering = order[pivot % 2].pivot_and_drop_label(entering)
        labels = col_tableau.non_basic_variables | row_tableau.non_basic_variables
        if labels == full_labels:
            x = row_tableau.to_strategy(col_tableau.non_basic_variables)
            y = col_tableau.to_strategy(row_tableau.non_basic_variables)
            return np.asarray(x, dtype=float), np.asarray(y, dtype=float)
        if stop():
            raise SolveCancelled
        if time.perf_counter() > deadline:
            return None
    return None


def _lemke_howson_candidates(
    A: FloatArray, B: FloatArray, stop: StopCheck, skipped: list[int]
) -> Iterator[tuple[FloatArray, FloatArray]]:
    """Lemke-Howson from every starting label; labels whose path does not end are recorded."""
    A1, B1 = _shifted_positive(A), _shifted_positive(B)
    for label in range(sum(A.shape)):
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", RuntimeWarning)
            try:
                found = _lemke_howson_from(A1, B1, label, stop)
            except (ValueError, IndexError, KeyError, ZeroDivisionError, FloatingPointError):
                found = None
        if found is None:
            skipped.append(label)
            continue
        yield found


# --- degeneracy -----------------------------------------------------------------------------


def _has_extra_best_responses(A: FloatArray, B: FloatArray, eq: Equilibrium, slack: float) -> bool:
    """A mixed strategy with support of size k that has more than k pure best responses."""
    x, y = np.array(eq.row), np.array(eq.column)
    column_replies = best_responses(x @ B, slack)
    row_replies = best_responses(A @ y, slack)
    return len(column_replies) > len(eq.row_support) or len(row_replies) > len(eq.column_support)


def _pure_ties(A: FloatArray, B: FloatArray, slack: float) -> bool:
    """A pure strategy (support of size 1) with two or more pure best responses."""
    row_ties = any(len(best_responses(A[:, j], slack)) > 1 for j in range(A.shape[1]))
    column_ties = any(len(best_responses(B[i, :], slack)) > 1 for i in range(B.shape[0]))
    return row_ties or column_ties


def _mixed_strategy_with_extra_replies(M: FloatArray, slack: float) -> bool:
    """Some mixture of k rows of ``M`` makes k + 1 columns equally good, and best.

    ``M[i, j]`` is the opponent's payoff at (i, j) (rows: the mixing player's strategies).
    For every support I of size k and every set J of k + 1 opponent strategies, the k
    equalities between J's payoffs and the sum-to-one condition are k + 1 equations in k
    unknowns: generically inconsistent. A consistent, positive solution under which J
    holds best replies is exactly the definition of degeneracy (von Stengel 2007, Def. 3.2).
    """
    rows, columns = M.shape
    for k in range(1, min(rows, columns - 1) + 1):
        ones = np.ones((1, k))
        target = np.zeros(k + 1)
        target[-1] = 1.0
        for chosen in itertools.combinations(range(rows), k):
            sub = M[list(chosen)]
            for replies in itertools.combinations(range(columns), k + 1):
                first, others = replies[0], list(replies[1:])
                system = np.vstack([(sub[:, others] - sub[:, [first]]).T, ones])
                x, *_ = np.linalg.lstsq(system, target, rcond=None)
                if np.max(np.abs(system @ x - target)) > 1e-9 or np.min(x) <= PROBABILITY_TOLERANCE:
                    continue
                values = x @ sub
                if values[list(replies)].min() >= values.max() - slack:
                    return True
    return False


def _degeneracy_check_size(m: int, n: int) -> int:
    """How many (support, reply set) systems the full degeneracy check solves."""

    def count(rows: int, columns: int) -> int:
        return sum(math.comb(rows, k) * math.comb(columns, k + 1) for k in range(1, rows + 1))

    return count(m, n) + count(n, m)


def _support_pair_count(m: int, n: int) -> int:
    """Pairs of supports of equal size: the systems support enumeration solves."""
    return sum(math.comb(m, k) * math.comb(n, k) for k in range(1, min(m, n) + 1))


# --- exact fractions ------------------------------------------------------------------------


def rational_matrix(M: FloatArray) -> list[list[Fraction]] | None:
    """The matrix as exact fractions, or ``None`` if some entry is not a simple rational."""
    rows = []
    for row in M:
        fractions = [as_fraction(float(v)) for v in row]
        if any(f is None for f in fractions):
            return None
        rows.append(fractions)
    return rows  # type: ignore[return-value]


def _exact_strategy(strategy: FloatArray) -> tuple[Fraction, ...] | None:
    fractions: list[Fraction] = []
    for p in strategy:
        f = as_fraction(float(p), MAX_DENOMINATOR, PROBABILITY_TOLERANCE)
        if f is None or f < 0:
            return None
        fractions.append(f)
    return tuple(fractions) if sum(fractions) == 1 else None


def _exact_equilibrium(
    A: list[list[Fraction]], B: list[list[Fraction]], eq: Equilibrium
) -> Equilibrium:
    """Attach exact fractions to ``eq`` if they are a mutual best response in exact arithmetic."""
    x = _exact_strategy(np.array(eq.row))
    y = _exact_strategy(np.array(eq.column))
    if x is None or y is None:
        return eq
    row_payoffs = [sum((a * q for a, q in zip(row, y, strict=True)), Fraction(0)) for row in A]
    column_payoffs = [
        sum((B[i][j] * x[i] for i in range(len(x))), Fraction(0)) for j in range(len(y))
    ]
    row_value = sum((p * v for p, v in zip(x, row_payoffs, strict=True)), Fraction(0))
    column_value = sum((q * v for q, v in zip(y, column_payoffs, strict=True)), Fraction(0))
    if row_value != max(row_payoffs) or column_value != max(column_payoffs):
        return eq
    return Equilibrium(
        row=tuple(float(p) for p in x),
        column=tuple(float(q) for q in y),
        payoffs=(float(row_value), float(column_value)),
        row_exact=x,
        column_exact=y,
        payoffs_exact=(row_value, column_value),
    )


# --- putting it together --------------------------------------------------------------------


class _Collector:
    """Keeps the verified, distinct equilibria among the candidates the algorithms propose."""

    def __init__(self, A: FloatArray, B: FloatArray) -> None:
        self.A, self.B = A, B
        self.slack = payoff_tolerance(A, B)
        self.found: list[Equilibrium] = []
        self.rejected = 0
        self.game_degenerate: bool | None = None  # the payoffs' own verdict, worked out once

    def add(self, x: FloatArray, y: FloatArray) -> None:
        if not is_equilibrium(self.A, self.B, x, y, self.slack):
            self.rejected += 1
            return
        x, y = _clean(x), _clean(y)
        for known in self.found:
            if np.allclose(known.row, x, atol=1e-7) and np.allclose(known.column, y, atol=1e-7):
                return
        payoffs = (float(x @ self.A @ y), float(x @ self.B @ y))
        self.found.append(Equilibrium(tuple(map(float, x)), tuple(map(float, y)), payoffs))

    def add_all(self, candidates: Iterator[tuple[FloatArray, FloatArray]]) -> None:
        for x, y in candidates:
            self.add(x, y)


def _run_vertex(collector: _Collector, stop: StopCheck, notes: list[str]) -> bool:
    """Vertex enumeration into ``collector``; False (with a note) if qhull could not do it."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            collector.add_all(_vertex_candidates(collector.A, collector.B, stop))
    except SolveCancelled:
        raise
    except Exception as error:  # qhull and scipy's LP raise several unrelated types
        notes.append(
            _("Vertex enumeration could not run on this game ({error}).").format(
                error=type(error).__name__
            )
        )
        return False
    return True


def _run_lemke_howson(collector: _Collector, stop: StopCheck, notes: list[str]) -> None:
    skipped: list[int] = []
    collector.add_all(_lemke_howson_candidates(collector.A, collector.B, stop, skipped))
    if skipped:
        labels = ", ".join(map(str, skipped))
        notes.append(
            _(
                "Lemke-Howson did not finish from starting label(s) {labels} within its limit; "
                "the other labels were used."
            ).format(labels=labels)
        )


def _feasible(method: str, m: int, n: int, notes: list[str]) -> str:
    """The requested method, or Lemke-Howson (with a note) where it would take far too long."""
    too_big = (method == "support" and _support_pair_count(m, n) > SUPPORT_PAIR_HARD_LIMIT) or (
        method == "vertex" and max(m, n) > VERTEX_SIZE_LIMIT
    )
    if not too_big:
        return method
    notes.append(
        _("{method} would take too long on a {m}×{n} game; Lemke-Howson was used instead.").format(
            method=method_name(method)[:1].upper() + method_name(method)[1:], m=m, n=n
        )
    )
    return "lemke-howson"


def _choose_method(m: int, n: int) -> str:
    if _support_pair_count(m, n) <= SUPPORT_PAIR_LIMIT:
        return "support"
    if max(m, n) <= VERTEX_SIZE_LIMIT:
        return "vertex"
    return "lemke-howson"


def _is_degenerate(collector: _Collector, parity_applies: bool) -> bool:
    """Degenerate if some strategy of support size k has more than k pure best responses.

    Checked for every equilibrium found; when the list of equilibria is meant to be
    complete, by its parity (a nondegenerate game has an odd number of equilibria, Shapley
    1974); and for the game itself (:func:`_game_is_degenerate`, once per solve).
    """
    A, B, slack = collector.A, collector.B, collector.slack
    if any(_has_extra_best_responses(A, B, e, slack) for e in collector.found):
        return True
    if parity_applies and len(collector.found) % 2 == 0:
        return True
    if collector.game_degenerate is None:
        collector.game_degenerate = _game_is_degenerate(A, B, slack)
    return collector.game_degenerate


def _game_is_degenerate(A: FloatArray, B: FloatArray, slack: float) -> bool:
    """What the payoffs alone say: ties among pure best responses, and on games small
    enough, every support (:func:`_mixed_strategy_with_extra_replies`)."""
    if _pure_ties(A, B, slack):
        return True
    if _degeneracy_check_size(*A.shape) <= FULL_DEGENERACY_CHECK_LIMIT:
        return _mixed_strategy_with_extra_replies(B, slack) or _mixed_strategy_with_extra_replies(
            A.T, slack
        )
    return False


def _method_notes(collector: _Collector, used: list[str], complete: bool) -> list[str]:
    if not collector.found:
        return [
            _("No equilibrium was found; every finite game has one, so the method failed here.")
        ]
    if used[-1] == "lemke-howson":
        return [
            _("Lemke-Howson finds one equilibrium per starting label; the game may have others.")
        ]
    if not complete:
        return [
            _(
                "Support enumeration can miss equilibria of a degenerate game; "
                "try vertex enumeration."
            )
        ]
    return []


def _never() -> bool:
    return False


def solve(
    A: npt.ArrayLike,
    B: npt.ArrayLike,
    method: str = "auto",
    should_stop: StopCheck | None = None,
) -> Solution:
    """All Nash equilibria that ``method`` can find, each verified, with what to know about them.

    Parameters
    ----------
    A, B
        The row and column player's payoff matrices, both of shape ``(m, n)``, finite.
    method
        ``"support"``, ``"vertex"``, ``"lemke-howson"`` or ``"auto"``: support enumeration
        for games small enough, vertex enumeration when the game is degenerate or support
        enumeration finds an even number of equilibria, Lemke-Howson for large games.
    should_stop
        Called now and then; returning True raises :class:`SolveCancelled`.

    Returns
    -------
    Solution
        Equilibria (verified as mutual best responses, duplicates removed, exact fractions
        where the payoffs are simple rationals), the method used, a degeneracy flag, whether
        the list is known to be complete, and warnings in words.
    """
    A, B = as_bimatrix(A, B)
    if method not in METHODS:
        raise ValueError(f"unknown method '{method}'; methods are: {', '.join(METHODS)}")
    stop = should_stop or _never
    m, n = A.shape
    collector = _Collector(A, B)
    notes: list[str] = []
    one_dimensional = min(m, n) == 1
    if one_dimensional:
        # One player has a single strategy: the other's pure best replies are the extreme
        # equilibria, which support enumeration lists (the polytope methods need two dimensions).
        chosen = "support"
    else:
        chosen = _choose_method(m, n) if method == "auto" else _feasible(method, m, n, notes)
    used = [chosen]
    if chosen == "support":
        collector.add_all(_support_candidates(A, B, stop))
    elif chosen == "vertex":
        if not _run_vertex(collector, stop, notes):
            used.append("lemke-howson")
            _run_lemke_howson(collector, stop, notes)
    else:
        _run_lemke_howson(collector, stop, notes)

    degenerate = _is_degenerate(collector, parity_applies=used[-1] != "lemke-howson")
    complete = used[-1] == "vertex" or (chosen == "support" and (one_dimensional or not degenerate))
    polytopes_apply = not one_dimensional and max(m, n) <= VERTEX_SIZE_LIMIT
    if method == "auto" and chosen == "support" and not complete and polytopes_apply:
        used.append("vertex")
        complete = _run_vertex(collector, stop, notes)
        degenerate = _is_degenerate(collector, parity_applies=complete)
    if not collector.found and "lemke-howson" not in used:
        used.append("lemke-howson")
        _run_lemke_howson(collector, stop, notes)
    notes.extend(_method_notes(collector, used, complete))

    equilibria = _with_exact_fractions(A, B, collector.found)
    return Solution(
        equilibria=tuple(sorted(equilibria, key=_order)),
        method="+".join(dict.fromkeys(used)),
        requested=method,
        degenerate=degenerate or _is_degenerate(collector, parity_applies=complete),
        complete=complete,
        warnings=tuple(notes),
    )


def _with_exact_fractions(
    A: FloatArray, B: FloatArray, found: list[Equilibrium]
) -> list[Equilibrium]:
    exact_A, exact_B = rational_matrix(A), rational_matrix(B)
    if exact_A is None or exact_B is None:
        return found
    return [_exact_equilibrium(exact_A, exact_B, e) for e in found]


def _order(eq: Equilibrium) -> tuple[int, tuple[float, ...], tuple[float, ...]]:
    """Pure equilibria first, then by decreasing weight on the first strategies."""
    return (0 if eq.kind == "pure" else 1, tuple(-p for p in eq.row), tuple(-q for q in eq.column))


def degeneracy_explanation() -> str:
    """What degeneracy means, in words a class can follow."""
    return _(
        "This game is degenerate: some strategy, pure or mixed over k strategies, leaves the "
        "other player more than k equally good best replies (a tie). Equilibria may then "
        "form connected sets with infinitely many members; the list shows their corners "
        "(the extreme equilibria)."
    )


def method_name(method: str) -> str:
    """A method's name in words, in the current language."""
    return _(METHOD_NAMES[method])


__all__ = [
    "METHODS",
    "PAYOFF_TOLERANCE",
    "PROBABILITY_TOLERANCE",
    "Equilibrium",
    "Solution",
    "SolveCancelled",
    "best_responses",
    "degeneracy_explanation",
    "is_equilibrium",
    "payoff_tolerance",
    "solve",
    "support",
]
