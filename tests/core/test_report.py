"""Everything shown about one game at one point: equilibria, best responses, dominance."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given

from explorer.core.analysis import dominated_strategies, equilibrium_survivors, iterated_elimination
from explorer.core.formula import FormulaError
from explorer.core.game import COLUMN, ROW, Game, Parameter
from explorer.core.report import analyse
from explorer.core.solve import SolveCancelled
from tests.core.solve.games import SETTINGS, bimatrix

# A Prisoner's Dilemma whose temptation is a parameter T (defect pays T against cooperate).
PD = Game.build(
    "PD over T",
    [("Row", ["C", "D"]), ("Column", ["C", "D"])],
    [[[3, 3], [0, "T"]], [["T", 0], [1, 1]]],
    [Parameter("T", 5, 0, 10)],
)


def test_the_prisoners_dilemma_at_its_default() -> None:
    """T = 5 > 3: D strictly dominates C for both, (D, D) is the one equilibrium."""
    report = analyse(PD, {})
    assert report.values == {"T": 5.0}
    assert report.A.tolist() == [[3, 0], [5, 1]] and report.B.tolist() == [[3, 5], [0, 1]]
    (equilibrium,) = report.solution.equilibria
    assert equilibrium.row == (0.0, 1.0) and equilibrium.column == (0.0, 1.0)
    assert report.best_responses.both.tolist() == [[False, False], [False, True]]
    assert {(d.player, d.strategy, d.strict) for d in report.dominated} == {
        (ROW, 0, True),
        (COLUMN, 0, True),
    }
    assert report.elimination.solved and report.elimination.remaining == ((1,), (1,))


def test_a_low_temptation_makes_a_coordination_game() -> None:
    """T = 2 < 3 (and 1 > 0): (C, C) and (D, D) are both equilibria; nothing is dominated."""
    report = analyse(PD, {"T": 2.0})
    pure = {(e.row, e.column) for e in report.solution.equilibria if e.kind == "pure"}
    assert pure == {((1.0, 0.0), (1.0, 0.0)), ((0.0, 1.0), (0.0, 1.0))}
    assert len(report.solution.equilibria) == 3  # and the mixed one between them
    assert report.dominated == () and not report.elimination.solved


def test_undefined_payoffs_raise_one_sentence() -> None:
    game = Game.build(
        "undefined",
        [("R", ["a"]), ("C", ["x"])],
        [[["1 / x", 0]]],
        [Parameter("x", 1, 0, 2)],
    )
    with pytest.raises(FormulaError, match="infinite"):
        analyse(game, {"x": 0.0})


def test_a_stop_request_cancels() -> None:
    with pytest.raises(SolveCancelled):
        analyse(PD, {}, should_stop=lambda: True)


@SETTINGS
@given(game=bimatrix(max_size=5))
def test_skipping_known_survivors_changes_nothing(game) -> None:
    """Best responses to equilibrium strategies are never strictly dominated, so skipping
    their linear programs gives the same dominance records and elimination steps."""
    from explorer.core.solve import solve

    A, B = game
    equilibria = [(e.row, e.column) for e in solve(A, B).equilibria]
    survivors = equilibrium_survivors(A, B, equilibria)
    assert dominated_strategies(A, B, survivors=survivors) == dominated_strategies(A, B)
    assert iterated_elimination(A, B, survivors=survivors) == iterated_elimination(A, B)
    for x, y in equilibria:  # the supports themselves are among the survivors
        assert {i for i, p in enumerate(x) if p > 0} <= set(survivors[0])
        assert {j for j, q in enumerate(y) if q > 0} <= set(survivors[1])


def test_a_report_holds_what_the_app_shows() -> None:
    game = Game.build(
        "dominance",
        [("Row", ["up", "down", "bad"]), ("Column", ["left", "right"])],
        [[["3 + s", 1], [0, 0]], [[0, 0], [1, 3]], [[-1, 0], [-1, 0]]],
        [Parameter("s", 0.0, 0.0, 1.0)],
    )
    report = analyse(game, {"s": 0.5})
    assert report.values == {"s": 0.5}
    assert np.array_equal(report.A, game.evaluate({"s": 0.5})[0])
    assert len(report.solution.equilibria) == 3
    assert [(d.player, d.strategy) for d in report.dominated] == [(0, 2)]
    assert [step.strategy for step in report.elimination.steps] == [2]
    assert report.best_responses.both.sum() == 2
