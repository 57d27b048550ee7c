"""Every bundled tree in the Tree tab: drawn with its solution, edited (a move added at the
root with the button, then undone by key) and stepped through backward induction to the end."""

from __future__ import annotations

import pytest

from tests.app.user import click, press_shortcut, settled
from tests.core.tree.trees import BUNDLED


@pytest.mark.parametrize("path", BUNDLED, ids=[p.stem for p in BUNDLED])
def test_every_bundled_tree_draws_edits_and_steps(qtbot, bundled_window, path) -> None:  # type: ignore[no-untyped-def]
    window = bundled_window(path.name)
    tab = window.tree
    qtbot.waitUntil(lambda: window.tabs.currentWidget() is tab)
    qtbot.waitUntil(lambda: tab.report is not None and settled(window))
    original = window.document.tree
    assert tab.scene.sceneRect().width() > 100
    assert len(tab.scene.shapes) > len(original.nodes)
    assert tab.equilibrium is not None and tab.solution.explanation.toPlainText()
    click(tab.view.viewport(), tab.view.viewport_point(tab.scene.position(0)))
    qtbot.waitUntil(lambda: tab.editing.selected == 0)
    click(tab.inspector.findChild(type(tab.toolbar.fit_button), "tree_add_move"))
    qtbot.waitUntil(
        lambda: len(window.document.tree.nodes[0].actions) == len(original.nodes[0].actions) + 1
    )
    qtbot.waitUntil(lambda: tab.report is not None and settled(window))
    press_shortcut(window, window.menus.undo)
    qtbot.waitUntil(lambda: window.document.tree == original and tab.report is not None)
    stepper = tab.stepper
    for step in range(1, stepper.total + 1):
        click(stepper.forward)
        assert stepper.step == step
        assert f"Step {step} of {stepper.total}" in stepper.sentence.text()
        assert tab.scene.shapes
    assert "Path of play" in stepper.sentence.text()
    assert not stepper.forward.isEnabled()
