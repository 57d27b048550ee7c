"""Random perfect-information trees: backward induction agrees with the strategic form.

Each subgame-perfect equilibrium is a Nash equilibrium of the reduced strategic form (its
behaviour turned back into mixed strategies), its payoffs are the ones an independent
backward induction finds, and in generic trees it is the only one.
"""

from __future__ import annotations

from typing import Any

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from explorer.core.solve import is_equilibrium
from explorer.core.tree.behaviour import mixed_from_behaviour
from explorer.core.tree.nash import nash_equilibria
from explorer.core.tree.perfect import subgame_perfect
from explorer.core.tree.strategies import strategic_form
from tests.core.tree.trees import backward_induction_values, perfect_information_trees, tree


def payoffs(pairs: Any) -> set[tuple[float, float]]:
    return {(round(float(a), 9), round(float(b), 9)) for a, b in pairs}


@settings(max_examples=150, deadline=None)
@given(perfect_information_trees())
def test_each_subgame_perfect_equilibrium_is_a_nash_equilibrium(data: dict[str, Any]) -> None:
    game = tree(data)
    perfect = subgame_perfect(game)
    assert perfect.profiles
    form = strategic_form(game)
    point = perfect.point
    A, B = (M[0] for M in form.payoffs_at(point.probability[None], point.outcome[None]))
    slack = 1e-9 * max(1.0, float(np.abs(A).max()), float(np.abs(B).max()))
    for profile in perfect.profiles:
        x, y = (mixed_from_behaviour(game, s, profile.behaviour) for s in form.players)
        assert is_equilibrium(A, B, x, y, slack)
        assert np.allclose((x @ A @ y, x @ B @ y), profile.payoffs)
        assert profile.is_pure()


@settings(max_examples=150, deadline=None)
@given(perfect_information_trees())
def test_subgame_perfect_payoffs_are_those_of_backward_induction(data: dict[str, Any]) -> None:
    perfect = subgame_perfect(tree(data))
    if perfect.complete:
        assert payoffs(p.payoffs for p in perfect.profiles) == payoffs(
            backward_induction_values(data)
        )
    else:
        assert payoffs(p.payoffs for p in perfect.profiles) <= payoffs(
            backward_induction_values(data)
        )


@settings(max_examples=150, deadline=None)
@given(perfect_information_trees(max_nodes=10, generic=True))
def test_a_generic_tree_has_one_subgame_perfect_equilibrium(data: dict[str, Any]) -> None:
    game = tree(data)
    perfect = subgame_perfect(game)
    assert len(perfect.profiles) == 1 and perfect.complete and not perfect.indifferent
    (only,) = perfect.profiles
    assert payoffs([only.payoffs]) == payoffs(backward_induction_values(data))


@settings(max_examples=40, deadline=None)
@given(perfect_information_trees(max_nodes=10, generic=True))
def test_the_subgame_perfect_payoffs_are_among_the_nash_payoffs(data: dict[str, Any]) -> None:
    game = tree(data)
    (only,) = subgame_perfect(game).profiles
    nash = nash_equilibria(game)
    # A pure equilibrium is an extreme one, so a complete list of extreme equilibria has it.
    if nash.solution.complete:
        assert payoffs([only.payoffs]) <= payoffs(e.payoffs for e in nash.solution.equilibria)


@settings(max_examples=40, deadline=None)
@given(perfect_information_trees(max_nodes=10))
def test_behaviour_of_each_nash_equilibrium_plays_like_its_mixed_strategies(
    data: dict[str, Any],
) -> None:
    """Kuhn's theorem: the behaviour read off a mixed equilibrium gives the same payoffs."""
    nash = nash_equilibria(tree(data))
    for equilibrium, profile in zip(nash.solution.equilibria, nash.profiles, strict=True):
        assert np.allclose(profile.payoffs, equilibrium.payoffs, atol=1e-9)
        assert abs(profile.reach[list(profile.tree.terminal_nodes())].sum() - 1) < 1e-9


@settings(max_examples=40, deadline=None)
@given(st.integers(1, 9), st.integers(1, 9))
def test_the_engine_counts_its_systems_without_listing_them(r: int, c: int) -> None:
    """The count that decides vertex enumeration or Lemke-Howson is the sum over sizes k of
    C(r, k) C(c, k); a tree's 7 × 49 strategic form must not list the subsets to get it."""
    from math import comb

    from explorer.core.solve.polytope import candidate_count

    assert candidate_count(r, c) == sum(comb(r, k) * comb(c, k) for k in range(1, min(r, c) + 1))
    assert candidate_count(7, 49) == comb(56, 7) - 1
