"""Gambit's own two-player trees: the explorer's Nash equilibrium payoffs equal pygambit's
``enummixed`` on the tree, its subgame-perfect payoffs equal an independent backward
induction on pygambit's tree, and Gambit reads the explorer's exported ``.efg`` files as
the same game. Skipped where pygambit is not installed."""

from __future__ import annotations

import functools
import itertools
import json
import tempfile
from fractions import Fraction
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from explorer.core.io import GameFileError, load_tree
from explorer.core.io.efg import parse_efg_text, to_efg_text
from explorer.core.solve import is_equilibrium
from explorer.core.tree.behaviour import mixed_from_behaviour
from explorer.core.tree.model import GameTree
from explorer.core.tree.nash import nash_equilibria
from explorer.core.tree.perfect import subgame_perfect
from explorer.core.tree.strategies import strategic_form
from explorer.core.tree.subgames import Subgames
from tests.core.tree.trees import BUNDLED, EFG_FILES, perfect_information_trees, simultaneous, tree
from tests.helpers import run_cli

gbt = pytest.importorskip("pygambit")

#: Trees Gambit's enummixed would take minutes on (12 × 512 strategies) or cannot read
#: (pygambit 16.7 refuses the repeated node labels of its own contrib file nim.efg).
TOO_BIG_OR_UNREADABLE = {"montyhal.efg", "nim.efg"}


def two_player_trees() -> list[Path]:
    chosen = []
    for path in EFG_FILES:
        if path.name in TOO_BIG_OR_UNREADABLE:
            continue
        game = gbt.read_efg(str(path))
        if len(game.players) == 2 and game.is_perfect_recall:
            chosen.append(path)
    return chosen


TREES = two_player_trees()
IDS = [p.stem for p in TREES]


def payoff_set(pairs: Any) -> set[tuple[float, float]]:
    return {(round(float(a), 7), round(float(b), 7)) for a, b in pairs}


@functools.cache
def gambit_nash_payoffs(path: Path) -> frozenset[tuple[float, float]]:
    game = gbt.read_efg(str(path))
    first, second = list(game.players)
    result = gbt.nash.enummixed_solve(game, rational=False)
    return frozenset(payoff_set((e.payoff(first), e.payoff(second)) for e in result.equilibria))


def test_the_catalogue_is_there() -> None:
    assert len(TREES) >= 30, [p.name for p in TREES]


@pytest.mark.parametrize("path", TREES, ids=IDS)
def test_nash_payoffs_equal_gambits_enummixed(path: Path) -> None:
    tree = load_tree(path)
    nash = nash_equilibria(tree)
    assert nash.solution.complete
    assert payoff_set(e.payoffs for e in nash.solution.equilibria) == gambit_nash_payoffs(path)


def nashpy_vertex_equilibria(A: np.ndarray, B: np.ndarray) -> list[tuple[np.ndarray, np.ndarray]]:
    """nashpy's vertex enumeration on payoffs shifted to be positive (its polytopes need it),
    keeping what is a mutual best response of the original game."""
    import warnings

    import nashpy

    game = nashpy.Game(A - A.min() + 1, B - B.min() + 1)
    found = []
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        for x, y in game.vertex_enumeration():
            x, y = (np.clip(np.asarray(v, float), 0, None) for v in (x, y))
            x, y = x / x.sum(), y / y.sum()
            if is_equilibrium(A, B, x, y, 1e-7):
                found.append((x, y))
    return found


#: Reduced forms small enough for nashpy's vertex enumeration to finish in a test.
NASHPY_SIZE = 12


@pytest.mark.parametrize("path", TREES, ids=IDS)
def test_nashpy_finds_no_equilibrium_the_engine_misses(path: Path) -> None:
    """The engine alone lists every extreme equilibrium; nashpy is only a cross-check."""
    nash = nash_equilibria(load_tree(path))
    if max(nash.A.shape) > NASHPY_SIZE:
        pytest.skip("too large for nashpy's vertex enumeration in a test")
    engine = nash.solution.equilibria
    for x, y in nashpy_vertex_equilibria(nash.A, nash.B):
        assert any(
            np.allclose(e.row, x, atol=1e-6) and np.allclose(e.column, y, atol=1e-6) for e in engine
        ), (x, y)


@pytest.mark.parametrize("path", TREES, ids=IDS)
def test_reduced_form_has_gambits_strategy_counts(path: Path) -> None:
    game = gbt.read_efg(str(path))
    form = strategic_form(load_tree(path))
    assert form.shape == tuple(len(p.strategies) for p in game.players)


def gambit_backward_induction(path: Path) -> set[tuple[Fraction, Fraction]]:
    """Subgame-perfect payoffs of a perfect-information tree, every tie broken each way,
    by recursion over pygambit's own nodes in exact rationals."""
    game = gbt.read_efg(str(path))
    players = list(game.players)

    def own(node: Any) -> tuple[Fraction, Fraction]:
        try:
            first, second = (Fraction(str(node.outcome[p])) for p in players)
        except (KeyError, TypeError):  # pygambit's way of saying: no outcome here
            return Fraction(0), Fraction(0)
        return first, second

    def values(node: Any) -> set[tuple[Fraction, Fraction]]:
        here = own(node)
        if node.is_terminal:
            return {here}
        below = [values(child) for child in node.children]
        if node.player.is_chance:
            found = {(Fraction(0), Fraction(0))}
            for action, options in zip(node.infoset.actions, below, strict=True):
                p = Fraction(str(action.prob))
                found = {(a + p * x, b + p * y) for a, b in found for x, y in options}
        else:
            mover = players.index(node.player)
            found = set()
            for choice in itertools.product(*below):
                best = max(v[mover] for v in choice)
                found |= {v for v in choice if v[mover] == best}
        return {(here[0] + x, here[1] + y) for x, y in found}

    return values(game.root)


PERFECT_INFORMATION = [p for p in TREES if load_tree(p).is_perfect_information]


def test_some_trees_have_perfect_information() -> None:
    assert len(PERFECT_INFORMATION) >= 6


@pytest.mark.parametrize("path", PERFECT_INFORMATION, ids=[p.stem for p in PERFECT_INFORMATION])
def test_subgame_perfect_payoffs_equal_independent_backward_induction(path: Path) -> None:
    solution = subgame_perfect(load_tree(path))
    assert solution.complete
    expected = payoff_set(gambit_backward_induction(path))
    assert payoff_set(p.payoffs for p in solution.profiles) == expected


@pytest.mark.parametrize("path", TREES, ids=IDS)
def test_every_subgame_perfect_equilibrium_is_nash_in_every_subgame(path: Path) -> None:
    """Checked on the reduced form of each subgame, with the behaviour turned back into
    mixed strategies (Kuhn): a mutual best response there, and in the whole game."""
    tree = load_tree(path)
    solution = subgame_perfect(tree)
    assert solution.profiles
    subgames = Subgames.of(tree)
    point = solution.point
    for root in subgames.roots:
        form = strategic_form(tree, root)
        A, B = (M[0] for M in form.payoffs_at(point.probability[None], point.outcome[None]))
        for profile in solution.profiles:
            x, y = (
                mixed_from_behaviour(tree, strategies, profile.behaviour)
                for strategies in form.players
            )
            assert is_equilibrium(A, B, x, y, 1e-7 * max(1.0, np.abs(A).max(), np.abs(B).max()))


@pytest.mark.parametrize("path", TREES, ids=IDS)
def test_gambit_reads_the_exported_file_as_the_same_game(path: Path, tmp_path: Path) -> None:
    exported = tmp_path / path.name
    exported.write_text(to_efg_text(load_tree(path)), encoding="utf-8")
    assert gambit_nash_payoffs(exported) == gambit_nash_payoffs(path)
    assert load_tree(exported) == load_tree(path)


def test_imperfect_recall_and_other_player_counts_are_refused_as_gambit_says() -> None:
    refused = []
    for path in EFG_FILES:
        if path.name == "nim.efg":
            continue
        game = gbt.read_efg(str(path))
        if len(game.players) != 2 or not game.is_perfect_recall:
            with pytest.raises(GameFileError) as caught:
                load_tree(path)
            refused.append(path.name)
            message = str(caught.value)
            assert any(
                words in message
                for words in ("perfect recall", "already moved", "two-player games")
            ), message
    assert len(refused) >= 10


@pytest.mark.parametrize("path", TREES, ids=IDS)
def test_explorer_solve_json_gives_gambits_payoffs_and_the_subgame_perfect_outcome(
    path: Path,
) -> None:
    """The issue's "done when": ``explorer solve FILE.efg --json`` on Gambit's catalogue."""
    status, text = run_cli("solve", str(path), "--json")
    assert status == 0
    data = json.loads(text)
    assert payoff_set(e["payoffs"] for e in data["equilibria"]) == gambit_nash_payoffs(path)
    assert data["subgame_perfect"]
    if load_tree(path).is_perfect_information:
        perfect = payoff_set(p["payoffs"] for p in data["subgame_perfect"])
        assert perfect == payoff_set(gambit_backward_induction(path))


def exported(tree: GameTree, folder: Path, name: str) -> Path:
    """The tree written in Gambit's format, for pygambit to read."""
    path = folder / f"{name}.efg"
    path.write_text(to_efg_text(tree), encoding="utf-8")
    return path


def assert_agrees_with_gambit(tree: GameTree, path: Path) -> None:
    """Nash payoffs equal Gambit's enummixed on the file; subgame-perfect payoffs equal
    backward induction over pygambit's nodes where information is perfect."""
    nash = nash_equilibria(tree)
    assert nash.solution.complete
    assert payoff_set(e.payoffs for e in nash.solution.equilibria) == gambit_nash_payoffs(path)
    solution = subgame_perfect(tree)
    assert solution.profiles
    if tree.is_perfect_information:
        perfect = payoff_set(p.payoffs for p in solution.profiles)
        assert perfect == payoff_set(gambit_backward_induction(path))


@pytest.mark.parametrize("path", BUNDLED, ids=[p.stem for p in BUNDLED])
def test_bundled_trees_agree_with_gambit(path: Path, tmp_path: Path) -> None:
    """Each bundled tree, written as ``.efg`` at its defaults and solved by Gambit."""
    tree = load_tree(path)
    fixed = parse_efg_text(to_efg_text(tree))  # the formulas' values at the defaults
    assert_agrees_with_gambit(fixed, exported(tree, tmp_path, path.stem))


@settings(max_examples=25, deadline=None)
@given(perfect_information_trees(max_nodes=10))
def test_random_trees_written_for_gambit_agree_with_it(data: dict[str, object]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        first = tree(data)
        assert_agrees_with_gambit(first, exported(first, Path(folder), "random"))


@settings(max_examples=25, deadline=None)
@given(
    st.integers(2, 3).flatmap(
        lambda rows: st.integers(2, 3).flatmap(
            lambda columns: st.lists(
                st.lists(
                    st.tuples(st.integers(-3, 3), st.integers(-3, 3)),
                    min_size=columns,
                    max_size=columns,
                ),
                min_size=rows,
                max_size=rows,
            )
        )
    )
)
def test_random_trees_with_hidden_moves_agree_with_gambit(
    payoffs: list[list[tuple[int, int]]],
) -> None:
    """Simultaneous moves as a tree (one information set), ties and all."""
    with tempfile.TemporaryDirectory() as folder:
        first = tree(simultaneous(payoffs))
        assert_agrees_with_gambit(first, exported(first, Path(folder), "hidden"))
