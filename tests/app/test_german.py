"""A German class: every label in German, names that fit or end in "…", grammar that holds
for any player's name, and the parameters under German names (formulas keep theirs)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from explorer.app.parameter_names import display_name
from explorer.core.io import load_game
from explorer.resources import flagship_path, games_dir
from tests.app.user import click, click_tab, settled


def test_the_sweep_tab_and_its_map_speak_german(qtbot, german, bundled_window) -> None:  # type: ignore[no-untyped-def]
    """Defect 12: "from / to / points" and "Equilibrium regime" stayed English."""
    window = bundled_window(flagship_path().name)
    qtbot.waitExposed(window)
    sweep = window.sweep
    click_tab(window.tabs, window.tabs.indexOf(sweep))
    labels = {label.text() for label in sweep.findChildren(QLabel)}
    assert {"von", "bis", "Punkte"} <= labels and not {"from", "to", "points"} & labels
    sweep.result = None
    click(sweep.run_button)
    qtbot.waitUntil(lambda: sweep.result is not None, timeout=30_000)
    assert "Gleichgewichtsregime" in sweep.plot.legend.text()
    assert "Equilibrium regime" not in sweep.plot.legend.text()
    assert sweep.plot.view.plotItem.titleLabel.text == "Gleichgewichtsregime"


def test_long_player_names_end_in_an_ellipsis_and_show_whole_as_a_tooltip(
    qtbot, german, bundled_window
) -> None:  # type: ignore[no-untyped-def]
    """Defect 12: the equilibria table's headers were cut at both ends."""
    window = bundled_window(flagship_path().name)
    qtbot.waitExposed(window)
    table = window.results.table
    header = table.horizontalHeader()
    assert header.textElideMode() == Qt.TextElideMode.ElideRight
    model = table.model()
    for section, name in enumerate(("Geschlossener Anbieter", "Offener Anbieter")):
        assert (
            model.headerData(section, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
            == name
        )
    for matrix_header in (
        window.matrix.view.horizontalHeader(),
        window.matrix.view.verticalHeader(),
    ):
        assert matrix_header.textElideMode() == Qt.TextElideMode.ElideRight


def test_the_best_response_legend_holds_for_any_name(qtbot, german, bundled_window) -> None:  # type: ignore[no-untyped-def]
    """Defect 12: "beste Antwort von Geschlossener Anbieter" (the name does not decline)."""
    window = bundled_window(flagship_path().name)
    qtbot.waitUntil(lambda: settled(window) and window.results.diagram is not None)
    legend = window.results.diagram_legend.text()
    assert "Geschlossener Anbieter: beste Antwort" in legend and " von Geschlossener" not in legend


def test_parameters_show_german_names_and_keep_their_formula_names(
    qtbot, german, bundled_window
) -> None:  # type: ignore[no-untyped-def]
    """Defect 12: the parameter names had no German display label."""
    window = bundled_window(flagship_path().name)
    qtbot.waitExposed(window)
    control = window.parameters.controls["subsidy"]
    shown = " ".join(label.text() for label in control.findChildren(QLabel))
    assert "Subvention" in shown and "subsidy" in shown  # formulas still say subsidy
    click_tab(window.tabs, window.tabs.indexOf(window.sweep))
    axis = window.sweep.x_axis
    assert axis.name.currentText() == "Subvention (subsidy)" and axis.parameter() == "subsidy"


def test_every_bundled_parameter_has_a_german_name(qtbot, german) -> None:  # type: ignore[no-untyped-def]
    missing = {
        parameter.name
        for path in games_dir().glob("*.json")
        for parameter in load_game(path).parameters
        if display_name(parameter.name) == parameter.name
    }
    assert not missing, f"give these a German name in parameter_names.py: {sorted(missing)}"
