"""Games and checks the solver tests share: random games (generic, tied, degenerate
constructions), parametric grids, and a first-principles equilibrium check."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence

import numpy as np
import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.extra.numpy import arrays

from explorer.core.game import Game, Parameter
from explorer.core.solve import Equilibrium, Solution

SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@st.composite
def bimatrix(
    draw: st.DrawFn, max_size: int = 4, integers: bool = False, min_size: int = 1
) -> tuple[np.ndarray, np.ndarray]:
    """A random game; floats on a grid of 1/100 (payoffs closer than that are ties, not
    float noise) or small integers (many ties: degenerate games)."""
    m = draw(st.integers(min_size, max_size))
    n = draw(st.integers(min_size, max_size))
    hundredths = st.integers(-1000, 1000).map(lambda k: k / 100)
    elements = st.integers(-3, 3) if integers else hundredths
    A = draw(arrays(np.float64, (m, n), elements=elements))
    B = draw(arrays(np.float64, (m, n), elements=elements))
    return A, B


@st.composite
def degenerate_bimatrix(draw: st.DrawFn, max_size: int = 4) -> tuple[np.ndarray, np.ndarray]:
    """A game made degenerate on purpose: a duplicated strategy, a constant row or column of
    the opponent's payoffs, a zero matrix, or small integer payoffs."""
    A, B = draw(bimatrix(max_size=max_size, integers=draw(st.booleans())))
    m, n = A.shape
    construction = draw(st.sampled_from(["row", "column", "constant", "zero", "none"]))
    if construction == "row" and m > 1:
        A[-1], B[-1] = A[0], B[0]
    elif construction == "column" and n > 1:
        A[:, -1], B[:, -1] = A[:, 0], B[:, 0]
    elif construction == "constant":
        B[0, :] = B[0, 0]
    elif construction == "zero":
        A[:] = 0.0
    return A, B


def random_games(
    seed: int, count: int, sizes: list[tuple[int, int]], kinds: tuple[str, ...]
) -> list[tuple[np.ndarray, np.ndarray]]:
    """Seeded random games of the given shapes: 'normal' (generic), 'integer' (ties in
    -2..2), 'binary' (0/1: heavily tied), 'duplicate' (a repeated row)."""
    rng = np.random.default_rng(seed)
    games = []
    for k in range(count):
        m, n = sizes[k % len(sizes)]
        kind = kinds[k % len(kinds)]
        if kind == "normal":
            A, B = rng.normal(size=(m, n)), rng.normal(size=(m, n))
        elif kind == "binary":
            A = rng.integers(0, 2, (m, n)).astype(float)
            B = rng.integers(0, 2, (m, n)).astype(float)
        else:
            A = rng.integers(-2, 3, (m, n)).astype(float)
            B = rng.integers(-2, 3, (m, n)).astype(float)
            if kind == "duplicate" and m > 1:
                A[-1], B[-1] = A[0], B[0]
        games.append((A, B))
    return games


def assert_mutual_best_response(A: np.ndarray, B: np.ndarray, eq: Equilibrium) -> None:
    """Checked here from first principles, not with the package's own helper."""
    x, y = np.array(eq.row), np.array(eq.column)
    slack = 1e-7 * max(1.0, np.abs(A).max(), np.abs(B).max())
    assert np.all(x >= 0) and np.all(y >= 0)
    assert x.sum() == pytest.approx(1.0) and y.sum() == pytest.approx(1.0)
    assert x @ A @ y >= (A @ y).max() - slack
    assert x @ B @ y >= (x @ B).max() - slack
    assert eq.payoffs == pytest.approx((x @ A @ y, x @ B @ y), abs=slack)


class ProfileSet:
    """Equilibrium profiles compared within a tolerance, used like a set of (row, column).

    Rounding both sides to a fixed number of digits is not a comparison: two solvers that
    agree to 1e-12 can round 0.5140625 to different sides. Here two profiles are the same
    when every probability is within ``10**-digits``; ``==``, ``<=``, ``>=``, ``in`` and
    ``|`` match each profile to one of the other side.
    """

    def __init__(self, items: Iterable[tuple[Sequence[float], Sequence[float]]], digits: int = 6):
        self.tolerance = 10.0**-digits
        self.items: list[tuple[tuple[float, ...], tuple[float, ...]]] = []
        for row, column in items:
            profile = (tuple(float(p) for p in row), tuple(float(q) for q in column))
            if profile not in self:
                self.items.append(profile)

    def _same(self, a: tuple[tuple[float, ...], ...], b: Sequence[Sequence[float]]) -> bool:
        return all(
            len(u) == len(v) and np.allclose(u, v, rtol=0.0, atol=self.tolerance)
            for u, v in zip(a, b, strict=True)
        )

    def __contains__(self, profile: object) -> bool:
        return any(self._same(item, profile) for item in self.items)  # type: ignore[arg-type]

    def __iter__(self) -> Iterator[tuple[tuple[float, ...], tuple[float, ...]]]:
        return iter(self.items)

    def __len__(self) -> int:
        return len(self.items)

    def __le__(self, other: object) -> bool:
        return all(item in other for item in self.items)  # type: ignore[operator]

    def __ge__(self, other: object) -> bool:
        return all(item in self for item in other)  # type: ignore[attr-defined]

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, (ProfileSet, set, frozenset)):
            return NotImplemented
        return self <= other and self >= other and len(self) == len(ProfileSet(other))

    def __or__(self, other: Iterable[tuple[Sequence[float], Sequence[float]]]) -> ProfileSet:
        digits = round(-np.log10(self.tolerance))
        return ProfileSet([*self.items, *other], digits)

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return "{" + ", ".join(repr(item) for item in self.items) + "}"


def profiles(equilibria: Solution | tuple[Equilibrium, ...], digits: int = 6) -> ProfileSet:
    """The equilibria as a set of (row, column) pairs, compared to ``10**-digits``."""
    found = equilibria.equilibria if isinstance(equilibria, Solution) else equilibria
    return ProfileSet(((e.row, e.column) for e in found), digits)


def gambit_profiles(A: np.ndarray, B: np.ndarray, digits: int = 6) -> ProfileSet:
    """Gambit's enummixed on the same game (exact arithmetic where the payoffs are integers)."""
    gbt = pytest.importorskip("pygambit")
    integral = bool(np.all(A == np.round(A)) and np.all(B == np.round(B)))
    game = (
        gbt.Game.from_arrays(A.astype(int), B.astype(int))
        if integral
        else gbt.Game.from_arrays(A, B)
    )
    result = gbt.nash.enummixed_solve(game, rational=integral)
    row_player, column_player = list(game.players)
    return ProfileSet(
        (
            (
                tuple(float(profile[s]) for s in row_player.strategies),
                tuple(float(profile[s]) for s in column_player.strategies),
            )
            for profile in result.equilibria
        ),
        digits,
    )


REGRESSION_GAME = Game.build(
    "3x3 parametric game where exact float comparisons miss equilibria",
    [("Row", ["a", "b", "c"]), ("Column", ["x", "y", "z"])],
    [
        [["1 + s", "0.3*t"], ["0.2", "1 - t"], ["0.1*s", "0.6"]],
        [["0.4", "0.7 + s"], ["0.9*t", "0.1"], ["0.5", "s*t"]],
        [["0.3*t", "0.2"], ["1.1 - s", "0.4 + t"], ["0.7", "0.3*s"]],
    ],
    [Parameter("s", 0.5, 0, 1), Parameter("t", 0.5, 0, 1)],
)


def random_parametric_game(seed: int, m: int, n: int, integer: bool) -> Game:
    """Payoffs a + b*s + c*t with random coefficients: integer ones make many exact ties."""
    rng = np.random.default_rng(seed)

    def entry() -> str:
        if integer:
            a, b, c = rng.integers(-3, 4, size=3)
        else:
            a, b, c = np.round(rng.normal(size=3), 3)
        return f"{a} + {b}*s + {c}*t"

    payoffs = [[[entry(), entry()] for _ in range(n)] for _ in range(m)]
    return Game.build(
        f"random {seed}",
        [("Row", [f"r{i}" for i in range(m)]), ("Column", [f"c{j}" for j in range(n)])],
        payoffs,
        [Parameter("s", 0.5, 0, 1), Parameter("t", 0.5, 0, 1)],
    )


#: A 2 × 2 game whose row payoff at (a, x) has a pole at s = 1/2 (undefined there).
POLE_GAME = Game.build(
    "pole",
    [("R", ["a", "b"]), ("C", ["x", "y"])],
    [[["1 / (s - 0.5)", 1], [0, 0]], [[0, 0], [1, 1]]],
    [Parameter("s", 0, 0, 1)],
)


def grid_payoffs(game: Game, points: int) -> tuple[np.ndarray, np.ndarray]:
    """The game's payoffs over a points × points grid of (s, t) in [0, 1]², as a batch."""
    grid = np.linspace(0, 1, points)
    A, B = game.evaluate_grid({"s": grid[:, None], "t": grid[None, :]})
    m, n = game.shape
    return A.reshape(-1, m, n), B.reshape(-1, m, n)
