"""Many small linear systems at once: ``N z = 1`` for stacks of k × k matrices.

Every enumeration method solves one such system per candidate support or set of tight
constraints, for thousands of candidates and games together. Up to k = 3 the solution is
written out (Cramer's rule with cross products), which vectorises at little cost; larger
systems go to LAPACK's batched solver.
"""

from __future__ import annotations

import functools
import itertools

import numpy as np
import numpy.typing as npt

try:  # the gufuncs behind np.linalg (see _lapack_solve_ones)
    from numpy.linalg import _umath_linalg
except ImportError:  # numpy 1.x and 2.x have them; a later one might move them
    _umath_linalg = None  # type: ignore[assignment]

FloatArray = npt.NDArray[np.float64]
IntArray = npt.NDArray[np.int64]


@functools.lru_cache(maxsize=256)
def subsets(size: int, k: int) -> IntArray:
    """All k-element subsets of ``range(size)`` in lexicographic order, shape (C(size, k), k)."""
    combinations = list(itertools.combinations(range(size), k))
    table = np.array(combinations, dtype=np.int64).reshape(len(combinations), k)
    table.flags.writeable = False
    return table


def solve_ones(N: FloatArray) -> FloatArray:
    """The solution ``z`` of ``N z = 1`` for every k × k matrix in ``N`` (shape ``(..., k, k)``).

    Rows of ``N`` are equations. Where a matrix is singular the solution is NaN or infinite,
    or (for a matrix singular only up to rounding) some point of the solution set; callers
    check what they get.
    """
    return solve_ones_with_determinant(N, want_determinant=False)[0]


def solve_ones_with_determinant(
    N: FloatArray, want_determinant: bool = True
) -> tuple[FloatArray, FloatArray | None]:
    """:func:`solve_ones` and, if wanted, each matrix's determinant."""
    k = N.shape[-1]
    with np.errstate(divide="ignore", invalid="ignore", over="ignore"):
        if k == 1:
            one: FloatArray = 1.0 / N[..., 0, :]
            return one, N[..., 0, 0] if want_determinant else None
        if k == 2:
            a, b, c, d = N[..., 0, 0], N[..., 0, 1], N[..., 1, 0], N[..., 1, 1]
            determinant = a * d - b * c
            two: FloatArray = np.stack([d - b, a - c], axis=-1) / determinant[..., None]
            return two, determinant
        if k == 3:
            # N^-1 has the columns r1 × r2, r2 × r0, r0 × r1 over det = r0 · (r1 × r2), so
            # N^-1 1 is their sum over the determinant.
            r0, r1, r2 = N[..., 0, :], N[..., 1, :], N[..., 2, :]
            c12 = _cross(r1, r2)
            adjugate_sum = c12 + _cross(r2, r0) + _cross(r0, r1)
            determinant = (r0 * c12).sum(-1)
            three: FloatArray = adjugate_sum / determinant[..., None]
            return three, determinant
    if not want_determinant:
        return _lapack_solve_ones(N), None
    return _lapack_solve_ones(N), np.linalg.det(N).astype(np.float64)


def singularity(N: FloatArray, determinant: FloatArray) -> FloatArray:
    """|det N| over the product of N's row lengths: 1 for orthogonal rows, 0 for singular
    ones (Hadamard's inequality), whatever the rows' scale."""
    lengths = np.sqrt((N * N).sum(-1)).prod(-1)
    ratio: FloatArray = np.abs(determinant) / lengths
    return ratio


def _cross(u: FloatArray, v: FloatArray) -> FloatArray:
    return np.stack(
        [
            u[..., 1] * v[..., 2] - u[..., 2] * v[..., 1],
            u[..., 2] * v[..., 0] - u[..., 0] * v[..., 2],
            u[..., 0] * v[..., 1] - u[..., 1] * v[..., 0],
        ],
        axis=-1,
    )


def _lapack_solve_ones(N: FloatArray) -> FloatArray:
    """LAPACK's batched solve, NaN for the singular matrices.

    ``np.linalg.solve`` raises for the whole stack when one matrix is singular, so the
    gufunc behind it is called directly with the invalid-value signal it raises from turned
    off: it then gives NaN for exactly those matrices, in one pass. Without that gufunc
    the singular matrices are found by their determinants and the rest solved again.
    """
    k = N.shape[-1]
    ones = np.ones((*N.shape[:-1], 1))
    if _umath_linalg is not None:
        with np.errstate(invalid="ignore", over="ignore", divide="ignore", under="ignore"):
            direct: FloatArray = _umath_linalg.solve(N, ones, signature="dd->d")[..., 0]
        return direct
    try:
        solved: FloatArray = np.linalg.solve(N, ones)[..., 0].astype(np.float64, copy=False)
        return solved
    except np.linalg.LinAlgError:
        pass
    singular = np.linalg.det(N) == 0
    regular = np.where(singular[..., None, None], np.eye(k), N)
    solution: FloatArray
    try:
        solution = np.linalg.solve(regular, ones)[..., 0]
    except np.linalg.LinAlgError:  # rounding left a zero pivot that the determinant missed
        flat = [_solve_one(matrix) for matrix in regular.reshape(-1, k, k)]
        solution = np.stack(flat).reshape(N.shape[:-1])
    solution[singular] = np.nan
    return solution


def _solve_one(matrix: FloatArray) -> FloatArray:
    try:
        solution: FloatArray = np.linalg.solve(matrix, np.ones(len(matrix))).astype(np.float64)
    except np.linalg.LinAlgError:
        solution = np.full(len(matrix), np.nan)
    return solution


__all__ = ["singularity", "solve_ones", "solve_ones_with_determinant", "subsets"]
