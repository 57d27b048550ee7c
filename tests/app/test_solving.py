"""Solving in the background: one request per change, merged slider moves, the newest answer."""

from __future__ import annotations

from fractions import Fraction

import pytest

from explorer.app.document import GameDocument
from explorer.app.solving import SolveController
from explorer.core.game import Game, Parameter

BATTLE = Game.build(
    "Battle",
    [("Ann", ["Opera", "Football"]), ("Bob", ["Opera", "Football"])],
    [[[2, 1], [0, 0]], [[0, 0], ["1 + bonus", 2]]],
    parameters=[Parameter("bonus", 0, 0, 2)],
)


@pytest.fixture
def solving(qtbot):  # type: ignore[no-untyped-def]
    controller = SolveController(GameDocument(BATTLE))
    with qtbot.waitSignal(controller.reportShown, timeout=20_000):
        controller.request()
    yield controller
    controller.runner.shutdown()


def test_the_same_request_is_not_solved_twice(solving) -> None:  # type: ignore[no-untyped-def]
    generation = solving.runner.generation
    solving.request()
    solving.document.gameChanged.emit()  # e.g. a draft typed: the game itself is the same
    assert solving.runner.generation == generation


def test_the_same_file_opened_again_at_once_still_gets_its_answer(qtbot, solving) -> None:  # type: ignore[no-untyped-def]
    """A double-click in the library opens the file twice: two equal games. The answer for
    the first is dropped as stale, so the second must be asked for, not taken as a repeat."""
    from dataclasses import replace

    from explorer.app.document import DocumentState

    document = solving.document
    first = replace(BATTLE, title="Battle again")
    document.reset(DocumentState(first), None)
    second = replace(BATTLE, title="Battle again")
    assert second == first and second is not first
    document.reset(DocumentState(second), None)
    qtbot.waitUntil(lambda: solving.report.game is second, timeout=20_000)


def test_every_edit_asks_and_the_newest_answer_is_shown(qtbot, solving) -> None:  # type: ignore[no-untyped-def]
    document = solving.document
    shown: list[Game] = []
    solving.reportShown.connect(lambda report: shown.append(report.game))
    document.edit_cell((0, 0, 0), "-1")
    document.edit_cell((0, 0, 0), "-2")
    qtbot.waitUntil(lambda: solving.report.game is document.game, timeout=20_000)
    assert shown[-1] is document.game  # an answer for the older game never comes last
    assert [e.kind for e in solving.report.solution.equilibria] == ["pure"]


def test_slider_moves_are_merged_into_one_solve(qtbot, solving) -> None:  # type: ignore[no-untyped-def]
    document, before = solving.document, solving.runner.generation
    for k in range(1, 21):
        document.set_value("bonus", k / 10)
    assert solving.runner.generation - before == 1  # the first move at once, the rest wait
    qtbot.waitUntil(lambda: solving.report.values["bonus"] == 2.0, timeout=20_000)
    assert solving.runner.generation - before <= 2
    mixed = next(e for e in solving.report.solution.equilibria if e.kind == "mixed")
    assert mixed.column_exact == (Fraction(3, 5), Fraction(2, 5))  # 2q = 3(1 − q)


def test_the_method_is_used_and_a_cancel_keeps_the_last_answer(qtbot, solving) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(solving.reportShown, timeout=20_000):
        solving.set_method("lemke-howson")
    assert solving.report.solution.requested == "lemke-howson"
    last = solving.report
    with qtbot.waitSignal(solving.busy) as busy:
        solving.cancel()
    assert busy.args == [False] and solving.report is last
    with qtbot.waitSignal(solving.reportShown, timeout=20_000):
        solving.request()  # after a cancel the same request is asked again


def test_a_game_undefined_at_these_values_says_why(qtbot, solving) -> None:  # type: ignore[no-untyped-def]
    last = solving.report
    with qtbot.waitSignal(solving.failed, timeout=20_000) as failed:
        solving.document.edit_cell((0, 0, 0), "1 / bonus")  # bonus = 0: undefined
    assert "bonus" in failed.args[0] or "undefined" in failed.args[0]
    assert solving.report is last
