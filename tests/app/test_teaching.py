"""Teaching features: learning dynamics, explanations, presenter mode, exports for slides."""

from __future__ import annotations

import re
from fractions import Fraction
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication


def dynamics_tab(window, qtbot):  # type: ignore[no-untyped-def]
    window.tabs.setCurrentWidget(window.dynamics)
    tab = window.dynamics
    qtbot.waitUntil(lambda: tab.trajectory is not None, timeout=30_000)
    return tab


def test_run_a_dynamic_pause_it_and_step(qtbot, bundled_window) -> None:  # type: ignore[no-untyped-def]
    window = bundled_window("battle_of_the_sexes.json")
    tab = dynamics_tab(window, qtbot)
    assert "best-responds" in tab.explanation.text()
    tab.speed.setValue(60)
    tab.play.setChecked(True)  # plays from the start
    qtbot.waitUntil(lambda: tab.frame > 10, timeout=10_000)
    tab.play.setChecked(False)
    paused = tab.frame
    qtbot.wait(200)
    assert tab.frame == paused and 0 < paused < len(tab.trajectory) - 1
    tab.step.click()
    assert tab.frame > paused
    assert "step" in tab.plot.plotItem.titleLabel.text


def test_clicking_the_square_sets_the_start(qtbot, bundled_window) -> None:  # type: ignore[no-untyped-def]
    window = bundled_window("matching_pennies.json")
    tab = dynamics_tab(window, qtbot)
    before = tab.trajectory
    tab.set_start(0.9, 0.2)
    qtbot.waitUntil(lambda: tab.trajectory is not before, timeout=30_000)
    # Fictitious play starts from beliefs worth a few plays at the chosen point.
    assert tab.trajectory.rows[0][0] == pytest.approx(0.9, abs=0.2)


def test_replicator_dynamics_on_a_symmetric_game(qtbot, bundled_window) -> None:  # type: ignore[no-untyped-def]
    window = bundled_window("rock_paper_scissors.json")
    tab = dynamics_tab(window, qtbot)
    tab.kind.setCurrentIndex(tab.kind.findData("replicator"))
    qtbot.waitUntil(
        lambda: tab.trajectory is not None and tab.trajectory.kind == "replicator", timeout=30_000
    )
    shares = tab.trajectory.rows
    assert shares.shape[1] == 3 and shares.sum(axis=1) == pytest.approx(1.0)


def test_copied_explanation_matches_the_solver(qtbot, bundled_window) -> None:  # type: ignore[no-untyped-def]
    window = bundled_window("battle_of_the_sexes.json")
    results = window.results
    mixed = next(k for k, e in enumerate(window.report.solution.equilibria) if e.kind == "mixed")
    results.explain(mixed)
    results.copy_explanation.click()
    text = QApplication.clipboard().text()
    equilibrium = window.report.solution.equilibria[mixed]
    # Every probability the solver found appears in the text, as an exact fraction.
    for p in (*equilibrium.row_exact, *equilibrium.column_exact):
        assert str(p) in text
    found = [Fraction(f) for f in re.findall(r"equal at p = (\d+/\d+)", text)]
    assert found == [equilibrium.row_exact[0], equilibrium.column_exact[0]]
    assert str(equilibrium.payoffs_exact[0]) in text  # each earns the equilibrium payoff


def test_presenter_mode_enlarges_and_hides_editing(qtbot, bundled_window) -> None:  # type: ignore[no-untyped-def]
    window = bundled_window("prisoners_dilemma.json")
    app_font = QApplication.font().pointSizeF()
    matrix = window.matrix.point_size()
    window.menus.presenter.trigger()
    assert QApplication.font().pointSizeF() > app_font * 1.2
    assert window.matrix.point_size() > matrix
    assert not window.docks["library"].isVisible()
    assert not window.header.edit_button.isVisible()
    window.menus.presenter.trigger()
    assert QApplication.font().pointSizeF() == pytest.approx(app_font)
    assert window.matrix.point_size() == pytest.approx(matrix)
    assert window.docks["library"].isVisible()


def test_latex_and_png_exports(qtbot, bundled_window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window = bundled_window("prisoners_dilemma.json")
    text = window.exports.latex()
    assert r"\begin{tabular}{r|cc}" in text
    assert r"\underline{$1$}, \underline{$1$}" in text  # (Confess, Confess): both best responses
    assert "Stay silent & $3$, $3$" in text
    assert window.exports.write_latex(tmp_path / "pd.tex", text)
    assert (tmp_path / "pd.tex").read_text() == text
    assert window.exports.save_png(tmp_path / "pd.png")
    assert (tmp_path / "pd.png").stat().st_size > 5_000
