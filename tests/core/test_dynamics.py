"""Learning dynamics: known limits of fictitious play and the replicator, bad input refused."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from explorer.core.dynamics import (
    DYNAMICS,
    PRIOR_WEIGHT,
    DynamicsError,
    is_symmetric,
    trajectory,
)
from explorer.core.solve import SolveCancelled
from explorer.core.words.dynamics import EXPLANATIONS

PD = np.array([[3.0, 0.0], [5.0, 1.0]])  # the row player's payoffs; B = PD.T
PENNIES = np.array([[1.0, -1.0], [-1.0, 1.0]])
RPS = np.array([[0.0, -1.0, 1.0], [1.0, 0.0, -1.0], [-1.0, 1.0, 0.0]])
HALF = [0.5, 0.5]


def test_every_dynamic_has_a_name_and_an_explanation() -> None:
    assert set(DYNAMICS) == set(EXPLANATIONS)
    assert all(DYNAMICS[k] and EXPLANATIONS[k] for k in DYNAMICS)


def test_symmetric_games() -> None:
    assert is_symmetric(PD, PD.T)
    assert not is_symmetric(PENNIES, -PENNIES)  # B = −A, not Aᵀ
    assert not is_symmetric(np.zeros((2, 3)), np.zeros((2, 3)))
    assert not is_symmetric(np.zeros((2, 2)), np.zeros((3, 3)))
    # Within the payoff tolerance (1e-9 of the largest payoff) a difference is float noise.
    assert is_symmetric(PD * 1e6, PD.T * 1e6 + 1e-4)
    assert not is_symmetric(PD, PD.T + 1e-6)


def test_fictitious_play_in_the_prisoners_dilemma_counts_defections() -> None:
    """Defect is the best reply to every belief, so after k rounds the share of C is the
    prior's 1/2 · PRIOR_WEIGHT over PRIOR_WEIGHT + k."""
    path = trajectory(PD, PD.T, "fictitious", HALF, HALF, steps=30)
    k = np.arange(30)
    assert path.rows[:, 0] == pytest.approx(0.5 * PRIOR_WEIGHT / (PRIOR_WEIGHT + k))
    assert path.columns[:, 0] == pytest.approx(path.rows[:, 0])
    assert len(path) == 30 and path.times.tolist() == k.tolist()


def test_fictitious_play_in_matching_pennies_approaches_the_mixed_equilibrium() -> None:
    """Robinson (1951): in zero-sum games the empirical frequencies converge to the value's
    strategies, here 1/2 each (slowly: within 0.1 after 3,000 rounds)."""
    path = trajectory(PENNIES, -PENNIES, "fictitious", [0.9, 0.1], [0.2, 0.8], steps=3000)
    assert abs(path.rows[-1, 0] - 0.5) < 0.1 and abs(path.columns[-1, 0] - 0.5) < 0.1


def test_stochastic_fictitious_play_is_reproducible_from_the_seed() -> None:
    runs = [
        trajectory(PENNIES, -PENNIES, "stochastic", HALF, HALF, steps=50, seed=s) for s in (3, 3)
    ]
    assert np.array_equal(runs[0].rows, runs[1].rows)
    assert np.allclose(runs[0].rows.sum(axis=1), 1.0)


def test_the_replicator_drives_out_cooperation_in_the_prisoners_dilemma() -> None:
    """ẋ = x(1 − x)(f_C − f_D) with f_D − f_C = 1 + x ≥ 1: from x = 0.9, by time 20 the
    share of C is below 0.9 e^(−20) / 0.1 ≈ 2e−8."""
    path = trajectory(PD, PD.T, "replicator", [0.9, 0.1], HALF, steps=200)
    assert path.rows[0, 0] == pytest.approx(0.9)
    assert path.rows[-1, 0] < 1e-6
    assert np.all(np.diff(path.rows[:, 0]) <= 1e-12)  # it only falls
    assert np.array_equal(path.rows, path.columns)  # one population


def test_the_replicator_keeps_rock_paper_scissors_on_its_orbit() -> None:
    """For zero-sum rock-paper-scissors, x_R · x_P · x_S is a constant of motion."""
    path = trajectory(RPS, RPS.T, "replicator", [0.5, 0.3, 0.2], [1, 1, 1], steps=400)
    product = path.rows.prod(axis=1)
    assert product == pytest.approx(np.full(len(product), 0.03), rel=1e-3)


def test_the_asymmetric_replicator_needs_no_symmetry() -> None:
    path = trajectory(PENNIES, -PENNIES, "asymmetric", [0.6, 0.4], [0.3, 0.7], steps=100)
    assert np.allclose(path.rows.sum(axis=1), 1) and np.allclose(path.columns.sum(axis=1), 1)
    assert path.rows.min() >= 0 and path.columns.min() >= 0
    assert path.rows[0].tolist() == pytest.approx([0.6, 0.4])


@settings(max_examples=25, deadline=None)
@given(
    start=st.lists(st.floats(0.01, 10), min_size=2, max_size=2),
    other=st.lists(st.floats(0.01, 10), min_size=2, max_size=2),
    kind=st.sampled_from(sorted(DYNAMICS)),
)
def test_shares_stay_mixed_strategies(start: list[float], other: list[float], kind: str) -> None:
    """Starting points are normalised, and every point of every path is a mix."""
    path = trajectory(PD, PD.T, kind, start, other, steps=20)
    for shares in (path.rows, path.columns):
        assert np.allclose(shares.sum(axis=1), 1.0) and shares.min() >= -1e-9


@pytest.mark.parametrize(
    ("kind", "start", "steps", "fragment"),
    [
        ("wobble", HALF, 10, "unknown dynamic 'wobble'"),
        ("fictitious", HALF, 1, "use 2 to 100000 steps"),
        ("fictitious", HALF, 100_001, "use 2 to 100000 steps"),
        ("fictitious", [1.0], 10, "needs 2 non-negative shares"),
        ("fictitious", [-1.0, 2.0], 10, "non-negative"),
        ("fictitious", [0.0, 0.0], 10, "non-negative"),
        ("fictitious", [float("nan"), 1.0], 10, "non-negative"),
    ],
)
def test_bad_requests_get_one_sentence(
    kind: str, start: list[float], steps: int, fragment: str
) -> None:
    with pytest.raises(DynamicsError, match=fragment):
        trajectory(PD, PD.T, kind, start, HALF, steps=steps)


def test_the_replicator_refuses_an_asymmetric_game() -> None:
    with pytest.raises(DynamicsError, match="symmetric game"):
        trajectory(PENNIES, -PENNIES, "replicator", HALF, HALF)


def test_fictitious_play_can_be_cancelled() -> None:
    with pytest.raises(SolveCancelled):
        trajectory(PD, PD.T, "fictitious", HALF, HALF, steps=100, should_stop=lambda: True)
