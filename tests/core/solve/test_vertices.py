"""Vertices of the best-response polytopes: every path (one pass, size by size, plain
Python) finds the same vertices."""

from __future__ import annotations

import numpy as np
from hypothesis import given

from explorer.core.solve import Budget
from explorer.core.solve import vertices as vertices_module
from explorer.core.solve.polytope import best_response_polytopes, scaled_rows
from explorer.core.solve.small import vertices_of
from explorer.core.solve.verify import payoff_slack
from explorer.core.solve.vertices import vertices
from tests.core.solve.games import SETTINGS, degenerate_bimatrix


def as_set(points, games: int) -> list[set[int]]:  # type: ignore[no-untyped-def]
    found: list[set[int]] = [set() for _ in range(games)]
    for g, mask in zip(points.game, points.mask, strict=True):
        found[int(g)].add(int(mask))
    return found


@SETTINGS
@given(game=degenerate_bimatrix(max_size=5))
def test_one_pass_size_by_size_and_plain_python_agree(game) -> None:
    A, B = game
    P, _ = best_response_polytopes(A[None], B[None], payoff_slack(A[None], B[None]))
    one_pass, degenerate = vertices(P, Budget())
    saved = vertices_module.ONE_PASS_SYSTEMS
    vertices_module.ONE_PASS_SYSTEMS = 0
    try:
        by_size, degenerate_by_size = vertices(P, Budget())
    finally:
        vertices_module.ONE_PASS_SYSTEMS = saved
    rows, tolerance = scaled_rows(B.tolist(), float(payoff_slack(A[None], B[None])[0]))
    plain, plain_degenerate = vertices_of(rows, tolerance)
    assert as_set(one_pass, 1) == as_set(by_size, 1) == [{v[0] for v in plain}]
    assert bool(degenerate[0]) == bool(degenerate_by_size[0]) == plain_degenerate


def test_vertices_are_points_of_the_polytope_with_the_labels_they_claim() -> None:
    rng = np.random.default_rng(6)
    A, B = rng.integers(-2, 3, (50, 4, 3)).astype(float), rng.normal(size=(50, 4, 3))
    P, _ = best_response_polytopes(A, B, payoff_slack(A, B))
    found, _ = vertices(P, Budget())
    for g, z, mask in zip(found.game, found.point, found.mask, strict=True):
        values = z @ P.M[g]
        assert (z >= 0).all() and (values <= 1 + 1e-9).all()
        zeros = {i for i in range(4) if z[i] <= 1e-9 * z.sum()}
        tight = {4 + j for j in range(3) if values[j] >= 1 - P.tolerance[g] * z.sum()}
        assert {bit for bit in range(7) if mask >> bit & 1} == zeros | tight
