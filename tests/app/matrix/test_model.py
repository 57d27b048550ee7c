"""The payoff table model: values and texts per player, best responses, greying, renames."""

from __future__ import annotations

from PySide6.QtCore import Qt

from explorer.app.matrix.model import Role, payoff_text


def test_the_model_passes_qts_model_tester(qtbot, qtmodeltester, window) -> None:  # type: ignore[no-untyped-def]
    qtmodeltester.check(window.matrix.model)


def test_best_responses_and_pure_equilibria_are_marked(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    model = window.matrix.model
    assert model.index(0, 0).data(Role.EQUILIBRIUM) and model.index(1, 1).data(Role.EQUILIBRIUM)
    assert not model.index(0, 1).data(Role.EQUILIBRIUM)
    assert model.index(0, 0).data(Role.BEST) and model.index(0, 0).data(Role.BEST + 1)
    assert not model.index(1, 0).data(Role.BEST)


def test_cells_show_both_payoffs_and_the_formula_behind_them(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    model = window.matrix.model
    cell = model.index(1, 1)
    assert cell.data(Qt.ItemDataRole.DisplayRole) == "1 , 2"
    assert cell.data(Qt.ItemDataRole.EditRole) == ("1 + bonus", "2")
    assert "1 + bonus = 1" in cell.data(Qt.ItemDataRole.ToolTipRole)
    window.document.set_value("bonus", 2)
    assert cell.data(Qt.ItemDataRole.DisplayRole) == "3 , 2"


def test_a_draft_is_shown_with_its_error(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    window.document.edit_cell((0, 0, 0), "2 * bonuss")
    cell = window.matrix.model.index(0, 0)
    assert "unknown name 'bonuss'" in cell.data(Role.ERROR)
    assert cell.data(Role.TEXT) == "2 * bonuss" and cell.data(Role.VALUE) == 2.0
    assert "'2 * bonuss' is not valid" in cell.data(Qt.ItemDataRole.ToolTipRole)


def test_greyed_strategies_are_struck_through(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    model = window.matrix.model
    model.set_greyed({1}, set())
    assert model.index(1, 0).data(Role.DOMINATED) and not model.index(0, 0).data(Role.DOMINATED)
    font = model.headerData(1, Qt.Orientation.Vertical, Qt.ItemDataRole.FontRole)
    assert font.strikeOut()


def test_renaming_a_strategy_in_the_header_refuses_a_clash(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    model = window.matrix.model
    assert model.setHeaderData(0, Qt.Orientation.Horizontal, "Ballet")
    assert window.document.game.players[1].strategies == ("Ballet", "Football")
    assert not model.setHeaderData(1, Qt.Orientation.Horizontal, "Ballet")
    assert window.document.game.players[1].strategies == ("Ballet", "Football")


def test_a_payoff_without_a_value_reads_undefined() -> None:
    assert payoff_text(float("nan")) == "undefined" and payoff_text(None) == ""
    assert payoff_text(0.5) == "0.5"
