"""Every solve has a time budget and a memory bound, and says what it did not find."""

from __future__ import annotations

import time

import numpy as np
import pytest

from explorer.core.solve import METHODS, Budget, SolveCancelled, choice, solve
from explorer.core.solve.nashpy_methods import support_pairs
from tests.core.solve.games import assert_mutual_best_response, profiles


def big_game(seed: int = 50, size: int = 50) -> tuple[np.ndarray, np.ndarray]:
    rng = np.random.default_rng(seed)
    return rng.normal(size=(size, size)), rng.normal(size=(size, size))


def test_a_large_game_returns_within_its_budget_and_says_what_it_did() -> None:
    """50 × 50 once ran past 20 s (Lemke-Howson from 100 labels with no overall limit).
    The bound checked here is generous: it is that the solve stops, not how fast it is."""
    A, B = big_game()
    started = time.monotonic()
    solution = solve(A, B, budget=Budget(seconds=0.5))
    assert time.monotonic() - started < 10
    assert solution.equilibria and not solution.complete
    for eq in solution.equilibria:
        assert_mutual_best_response(A, B, eq)
    words = " ".join(solution.warnings)
    assert "would take too long on a 50×50 game" in words
    assert "starting labels before the time budget of 0.5 s ran out" in words
    assert "may have other equilibria" in words


def test_no_time_at_all_never_reads_as_no_equilibrium() -> None:
    A, B = big_game(seed=3, size=12)
    solution = solve(A, B, "lemke-howson", budget=Budget(seconds=0.0))
    assert not solution.equilibria and not solution.complete
    words = " ".join(solution.warnings)
    assert "No equilibrium was found within the time budget" in words
    assert "Every finite game has one" in words


def test_enumeration_that_runs_out_hands_over_to_lemke_howson(monkeypatch) -> None:
    """If enumeration turns out slower than estimated, Lemke-Howson still gets time."""
    monkeypatch.setattr(choice, "SECONDS_PER_CANDIDATE", 1e-12)
    A, B = big_game(seed=9, size=13)
    solution = solve(A, B, budget=Budget(seconds=0.3))
    assert solution.method == "vertex+lemke-howson"
    assert solution.equilibria and not solution.complete
    assert any("did not finish within the time budget of 0.3 s" in w for w in solution.warnings)


def test_the_memory_bound_changes_how_not_what() -> None:
    rng = np.random.default_rng(7)
    A, B = rng.normal(size=(8, 7)), rng.normal(size=(8, 7))
    small = solve(A, B, budget=Budget(memory=2**14))
    assert profiles(small) == profiles(solve(A, B)) and small.complete


def test_cancelling_beats_the_budget() -> None:
    A, B = big_game(size=20)
    for method in ("auto", "lemke-howson", "vertex"):
        with pytest.raises(SolveCancelled):
            solve(A, B, method, budget=Budget(should_stop=lambda: True))


def test_budget_arithmetic() -> None:
    budget = Budget(seconds=2.0)
    assert 0 < budget.remaining() <= 2.0 and not budget.expired()
    assert budget.share(0.5).seconds is not None and budget.share(0.5).seconds <= 1.0
    unlimited = Budget(seconds=None)
    assert unlimited.remaining() == float("inf") and unlimited.share(0.1) is unlimited
    assert Budget(memory=800).elements() == 12


@pytest.mark.parametrize("method", METHODS)
def test_every_method_stops_within_its_budget_on_the_largest_game(method: str) -> None:
    """nashpy's support pairs once ran for hours on a 50 × 50 game with a 2 s budget: its
    generator filters all 2^50 column supports between two pairs, never reaching the check."""
    A, B = big_game(seed=11)
    started = time.monotonic()
    solution = solve(A, B, method, budget=Budget(seconds=0.3))
    assert time.monotonic() - started < 10
    assert not solution.complete
    assert "time budget of 0.3 s" in " ".join(solution.warnings)
    for eq in solution.equilibria:
        assert_mutual_best_response(A, B, eq)


@pytest.mark.parametrize("shape", [(1, 1), (2, 3), (4, 2), (4, 4), (5, 3)])
def test_nashpys_support_pairs_in_nashpys_order(shape: tuple[int, int]) -> None:
    from nashpy.algorithms.support_enumeration import potential_support_pairs

    A = np.zeros(shape)
    theirs = list(potential_support_pairs(A, A, non_degenerate=True))
    assert list(support_pairs(*shape)) == theirs


def test_nashpys_lemke_howson_paths_end_in_equilibria() -> None:
    """nashpy's tableaux, pivoted from every label under the budget, give mutual best
    responses (checked from first principles), on games with and without a pure one."""
    from types import SimpleNamespace

    from explorer.core.solve.nashpy_methods import lemke_howson_candidates

    rng = np.random.default_rng(5)
    games = [(np.array([[1.0, -1], [-1, 1]]), np.array([[-1.0, 1], [1, -1]]))]
    games += [(rng.normal(size=(3, 4)), rng.normal(size=(3, 4))) for _ in range(3)]
    for A, B in games:
        found = list(lemke_howson_candidates(A, B, Budget(seconds=5)))
        assert found
        for x, y in found:
            payoffs = (float(x @ A @ y), float(x @ B @ y))
            profile = SimpleNamespace(row=tuple(x), column=tuple(y), payoffs=payoffs)
            assert_mutual_best_response(A, B, profile)  # type: ignore[arg-type]
