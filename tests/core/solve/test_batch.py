"""The batched solver and the single-game solver give the same answers, game by game."""

from __future__ import annotations

import numpy as np
from hypothesis import given
from hypothesis import strategies as st
from hypothesis.extra.numpy import arrays

from explorer.core.solve import Budget, solve, solve_batch
from tests.core.solve.games import SETTINGS, profiles


@st.composite
def batches(draw: st.DrawFn, integers: bool) -> tuple[np.ndarray, np.ndarray]:
    """Several games of one shape: small integers (many ties: degenerate games) or floats
    on a grid of 1/100, some with a strategy repeated."""
    games = draw(st.integers(1, 6))
    m, n = draw(st.integers(1, 4)), draw(st.integers(1, 4))
    elements = st.integers(-2, 2) if integers else st.integers(-500, 500).map(lambda k: k / 100)
    A = draw(arrays(np.float64, (games, m, n), elements=elements))
    B = draw(arrays(np.float64, (games, m, n), elements=elements))
    if m > 1 and draw(st.booleans()):
        A[0, -1], B[0, -1] = A[0, 0], B[0, 0]
    return A, B


def assert_same_as_single(A: np.ndarray, B: np.ndarray, degeneracy: bool) -> None:
    batch = solve_batch(A, B, degeneracy=degeneracy)
    for g in range(len(A)):
        single = solve(A[g], B[g])
        assert profiles(batch.equilibria(g)) == profiles(single), g
        assert bool(batch.degenerate[g]) == single.degenerate, g
        assert bool(batch.complete[g]) == single.complete, g


@SETTINGS
@given(game=batches(integers=False), degeneracy=st.booleans())
def test_batched_equals_single_on_float_games(game, degeneracy) -> None:
    assert_same_as_single(*game, degeneracy)


@SETTINGS
@given(game=batches(integers=True), degeneracy=st.booleans())
def test_batched_equals_single_on_degenerate_games(game, degeneracy) -> None:
    assert_same_as_single(*game, degeneracy)


def test_large_batches_take_the_vectorised_path_and_agree() -> None:
    """Many games (each size solved on its own, closed forms) against one at a time."""
    rng = np.random.default_rng(5)
    for m, n in ((3, 3), (4, 5), (6, 2)):
        A = rng.integers(-2, 3, (700, m, n)).astype(float)
        B = rng.integers(-2, 3, (700, m, n)).astype(float)
        A[::3] = rng.normal(size=A[::3].shape)
        batch = solve_batch(A, B, degeneracy=False)
        for g in range(0, 700, 7):
            single = solve(A[g], B[g])
            assert profiles(batch.equilibria(g)) == profiles(single), (m, n, g)
            assert bool(batch.degenerate[g]) == single.degenerate, (m, n, g)


def test_padded_arrays_hold_the_flat_equilibria() -> None:
    rng = np.random.default_rng(2)
    A, B = rng.integers(-1, 2, (20, 3, 3)).astype(float), rng.integers(-1, 2, (20, 3, 3)) * 1.0
    batch = solve_batch(A, B)
    width = int(batch.count.max())
    assert batch.rows.shape == (20, width, 3) and batch.payoffs.shape == (20, width, 2)
    for g in range(20):
        for k, eq in enumerate(batch.equilibria(g)):
            assert tuple(batch.rows[g, k]) == eq.row and tuple(batch.columns[g, k]) == eq.column
            assert tuple(batch.payoffs[g, k]) == eq.payoffs
        assert np.isnan(batch.rows[g, batch.count[g] :]).all()
        assert batch.solution(g).equilibria == batch.equilibria(g)


def test_a_small_memory_bound_gives_the_same_answer() -> None:
    rng = np.random.default_rng(4)
    A, B = rng.normal(size=(3, 7, 6)), rng.normal(size=(3, 7, 6))
    tight = solve_batch(A, B, budget=Budget(memory=2**16))
    roomy = solve_batch(A, B)
    for g in range(3):
        assert profiles(tight.equilibria(g)) == profiles(roomy.equilibria(g))


def test_methods_and_notes_are_shared_not_copied_per_game() -> None:
    A = np.zeros((1000, 2, 2))
    batch = solve_batch(A, A, "support")
    assert batch.methods == ("support",) and len(batch.notes) == 1
    assert all("try vertex enumeration" in note for note in batch.notes[0])
