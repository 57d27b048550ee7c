"""Games too large to enumerate: dominated strategies go first, pure equilibria are all found."""

from __future__ import annotations

import math
import time

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from explorer.core.solve import Budget, solve, solve_batch
from explorer.core.solve.polytope import candidate_count
from explorer.core.solve.reduction import undominated
from explorer.core.solve.verify import payoff_slack
from tests.core.solve.games import (
    SETTINGS,
    ProfileSet,
    assert_mutual_best_response,
    bimatrix,
    profiles,
)


def padded(A: np.ndarray, B: np.ndarray, extra: int, seed: int) -> tuple[np.ndarray, np.ndarray]:
    """The game with ``extra`` more strategies per player, each strictly worse for its owner
    than every original strategy against everything (so dominated from the start), shuffled
    in among the originals; returns the big game and where the originals went."""
    rng = np.random.default_rng(seed)
    m, n = A.shape
    size = (m + extra, n + extra)
    low = min(A.min(), B.min()) - 1.0
    rows, columns = np.sort(rng.permutation(size[0])[:m]), np.sort(rng.permutation(size[1])[:n])
    new_rows = np.setdiff1d(np.arange(size[0]), rows)
    new_columns = np.setdiff1d(np.arange(size[1]), columns)
    # Below every original payoff by 1 to 6; a player's own new strategies lower still.
    big_A, big_B = low - rng.uniform(0, 5, size), low - rng.uniform(0, 5, size)
    big_A[new_rows] -= 10
    big_B[:, new_columns] -= 10
    big_A[np.ix_(rows, columns)], big_B[np.ix_(rows, columns)] = A, B
    return big_A, big_B, rows, columns


def embedded(
    found: ProfileSet, rows: np.ndarray, columns: np.ndarray, m: int, n: int
) -> ProfileSet:
    """The small game's profiles as profiles of the big game (compared within a tolerance)."""
    out = []
    for x, y in found:
        full_x, full_y = np.zeros(m), np.zeros(n)
        full_x[rows], full_y[columns] = x, y
        out.append((tuple(full_x), tuple(full_y)))
    return ProfileSet(out)


def test_candidates_are_counted_not_listed() -> None:
    """A 31 × 31 game once listed its 9e17 candidate systems to count them (out of memory)."""
    for r, c in [(1, 1), (3, 5), (7, 7), (10, 4)]:
        assert candidate_count(r, c) == sum(
            math.comb(r, k) * math.comb(c, k) for k in range(1, min(r, c) + 1)
        )
    started = time.perf_counter()
    assert candidate_count(31, 31) == math.comb(62, 31) - 1
    assert time.perf_counter() - started < 0.01


@settings(max_examples=25, deadline=None)
@given(game=bimatrix(max_size=4), extra=st.integers(20, 28), seed=st.integers(0, 10**6))
def test_a_big_game_with_dominated_strategies_gets_every_equilibrium(game, extra, seed) -> None:
    """Too large to enumerate, but once the dominated strategies are gone the small game is
    enumerated: the same (complete) list as for the small game alone."""
    A, B = game
    m, n = A.shape
    big_A, big_B, rows, columns = padded(A, B, extra, seed)
    small, big = solve(A, B), solve(big_A, big_B)
    assert big.complete and big.method == "vertex"
    assert profiles(big) == embedded(profiles(small), rows, columns, m + extra, n + extra)
    assert big.degenerate == small.degenerate or big.degenerate
    assert any("Removing strictly dominated strategies" in w for w in big.warnings)


@SETTINGS
@given(game=bimatrix(max_size=5, min_size=2))
def test_no_strategy_used_in_an_equilibrium_is_removed(game) -> None:
    A, B = game
    rows, columns = undominated(A[None], B[None], payoff_slack(A[None], B[None]), Budget())
    for eq in solve(A, B).equilibria:
        assert rows[0][list(eq.row_support)].all() and columns[0][list(eq.column_support)].all()


def test_ties_never_remove_a_strategy() -> None:
    A = np.zeros((30, 30))
    rows, columns = undominated(A[None], A[None], payoff_slack(A[None], A[None]), Budget())
    assert rows.all() and columns.all()


def test_every_pure_equilibrium_of_a_big_game_is_listed() -> None:
    """A 30 × 30 coordination game: nothing is dominated, Lemke-Howson alone finds a few of
    its equilibria; checking every strategy pair lists all 30 pure ones."""
    rng = np.random.default_rng(4)
    A = np.eye(30) * rng.uniform(1, 2, 30)
    B = np.eye(30) * rng.uniform(1, 2, 30)
    solution = solve(A, B, budget=Budget(seconds=2.0))
    assert len(solution.pure) == 30 and not solution.complete
    for eq in solution.equilibria:
        assert_mutual_best_response(A, B, eq)
    assert any("All 30 pure equilibria are listed" in w for w in solution.warnings)
    assert solution.method == "lemke-howson"


def test_a_sweep_of_big_games_is_reduced_game_by_game() -> None:
    """A batch whose games shrink to different sizes: each group enumerated, each complete."""
    rng = np.random.default_rng(8)
    games = []
    for k in range(6):
        size = 2 + k % 3
        A, B = rng.normal(size=(size, size)), rng.normal(size=(size, size))
        games.append(padded(A, B, 24 - size, seed=k)[:2])
    A, B = np.stack([g[0] for g in games]), np.stack([g[1] for g in games])
    batch = solve_batch(A, B, degeneracy=False)
    assert batch.complete.all()
    for g in range(len(games)):
        assert profiles(batch.solution(g)) == profiles(solve(A[g], B[g]))
