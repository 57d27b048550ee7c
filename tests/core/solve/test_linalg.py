"""Stacks of small systems: closed forms agree with LAPACK; singular ones are not trusted."""

from __future__ import annotations

import numpy as np

from explorer.core.solve.linalg import singularity, solve_ones, solve_ones_with_determinant, subsets


def test_closed_forms_agree_with_lapack() -> None:
    rng = np.random.default_rng(0)
    for k in (1, 2, 3, 4, 6):
        N = rng.uniform(1, 2, size=(500, k, k))
        z, determinant = solve_ones_with_determinant(N)
        assert np.allclose(np.einsum("vjk,vk->vj", N, z), 1.0)
        assert determinant is not None and np.allclose(determinant, np.linalg.det(N))


def test_singular_systems_give_no_trusted_solution() -> None:
    N = np.ones((4, 3, 3))
    N[1] = np.eye(3)
    z = solve_ones(N)
    assert not np.isfinite(z[0]).all() and np.allclose(z[1], 1.0)
    big = np.ones((3, 5, 5))
    big[2] = np.eye(5) + 1
    solved = solve_ones(big)
    assert np.isnan(solved[0]).all() and np.isfinite(solved[2]).all()
    _, determinant = solve_ones_with_determinant(N)
    assert determinant is not None
    assert singularity(N, determinant)[1] == 1.0 and singularity(N, determinant)[0] == 0.0


def test_subsets() -> None:
    assert subsets(4, 2).tolist() == [[0, 1], [0, 2], [0, 3], [1, 2], [1, 3], [2, 3]]
    assert subsets(3, 0).shape == (1, 0)


def test_without_numpys_gufunc_singular_systems_are_found_by_their_determinants(
    monkeypatch,
) -> None:  # type: ignore[no-untyped-def]
    """The fallback for a numpy that no longer has the gufunc gives the same answers."""
    import explorer.core.solve.linalg as linalg

    rng = np.random.default_rng(3)
    N = rng.uniform(1, 2, size=(6, 5, 5))
    N[2] = 1.0  # singular
    with_gufunc = solve_ones(N)
    monkeypatch.setattr(linalg, "_umath_linalg", None)
    without = solve_ones(N)
    regular = [0, 1, 3, 4, 5]
    assert np.allclose(without[regular], with_gufunc[regular])
    assert np.allclose(np.einsum("vjk,vk->vj", N[regular], without[regular]), 1.0)
    assert np.isnan(without[2]).all()
