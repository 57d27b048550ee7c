"""The analysis behind one slider position: solve, best responses, dominance, elimination."""

from __future__ import annotations

import numpy as np
from hypothesis import given

from explorer.core.analysis import dominated_strategies, equilibrium_survivors, iterated_elimination
from explorer.core.game import Game, Parameter
from explorer.core.report import analyse
from tests.core.solve.games import SETTINGS, bimatrix


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
