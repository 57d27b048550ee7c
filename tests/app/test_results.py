"""The results panel: the equilibria, the method, why each is one, and the elimination stepper."""

from __future__ import annotations

import re
from fractions import Fraction

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.app.results import solved
from tests.app.user import POPUP, choose, click


def test_the_equilibria_model_passes_qts_model_tester(qtbot, qtmodeltester, window) -> None:  # type: ignore[no-untyped-def]
    qtmodeltester.check(window.results.equilibria)


def test_the_summary_counts_and_names_the_equilibria(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    results = window.results
    assert "3 equilibria" in results.summary.text() and "2 pure, 1 mixed" in results.summary.text()
    model = results.equilibria
    assert [model.headerData(k, Qt.Orientation.Horizontal) for k in range(2)] == ["Ann", "Bob"]
    kinds = [model.index(r, 3).data() for r in range(model.rowCount())]
    assert sorted(kinds) == ["mixed", "pure", "pure"]


@POPUP
def test_choosing_a_method_solves_again_with_it(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    combo = window.results.method
    choose(combo, combo.itemText(combo.findData("lemke-howson")))
    qtbot.waitUntil(lambda: solved(window) and window.report.solution.requested == "lemke-howson")
    assert "Lemke-Howson" in window.results.summary.text()


def test_clicking_an_equilibrium_explains_it_and_the_text_can_be_copied(
    qtbot, bundled_window
) -> None:  # type: ignore[no-untyped-def]
    window = bundled_window("battle_of_the_sexes.json")
    results = window.results
    mixed = next(k for k, e in enumerate(window.report.solution.equilibria) if e.kind == "mixed")
    table = results.table
    click(table.viewport(), table.visualRect(results.equilibria.index(mixed, 0)).center())
    click(results.copy_explanation)
    text = QApplication.clipboard().text()
    equilibrium = window.report.solution.equilibria[mixed]
    # Every probability the solver found appears in the text, as an exact fraction.
    for p in (*equilibrium.row_exact, *equilibrium.column_exact):
        assert str(p) in text
    found = [Fraction(f) for f in re.findall(r"equal at p = (\d+/\d+)", text)]
    assert found == [equilibrium.row_exact[0], equilibrium.column_exact[0]]
    assert str(equilibrium.payoffs_exact[0]) in text  # each earns the equilibrium payoff


def test_the_stepper_greys_one_elimination_step_at_a_time(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    # A prisoner's dilemma: each player's first strategy is strictly dominated.
    texts = {(0, 0): ("3", "3"), (0, 1): ("0", "5"), (1, 0): ("5", "0"), (1, 1): ("1", "1")}
    window.document.edit_cells(
        {(i, j, p): t for (i, j), pair in texts.items() for p, t in enumerate(pair)}, "PD"
    )
    qtbot.waitUntil(lambda: solved(window))
    results, model = window.results, window.matrix.model
    assert model.marks.greyed == ({0}, {0})  # step 0: the strictly dominated, all at once
    assert "2 step(s)" in results.step_label.text() and not results.step_back.isEnabled()
    click(results.step_next)
    assert "strictly dominated" in results.step_label.text()
    assert model.marks.greyed == ({0}, set())
    click(results.step_next)
    assert model.marks.greyed == ({0}, {0}) and not results.step_next.isEnabled()
    click(results.step_back)
    assert model.marks.greyed == ({0}, set())
    click(results.step_reset)
    assert results.step == 0


def test_the_cancel_button_stops_the_solve_and_says_so(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    before = window.report
    window.results.set_busy(True)  # as while a long solve runs
    click(window.results.cancel)
    assert "Solving cancelled" in window.status.text()
    assert not window.results.cancel.isVisible() and window.report is before
