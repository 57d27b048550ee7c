"""Trees in and out of files: .efg files open (dialog filter, drops, recent files), a tree is
saved as a tree (explorer-tree JSON or .efg) through the verified writer and reopens the same,
a tree whose strategic form is too large is refused in a sentence, pictures are saved, and
results for an older tree are never shown."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QUrl

from explorer.app.files import file_filter
from explorer.core.io import load_tree
from explorer.core.tree import edit
from explorer.core.tree.report import analyse_tree
from tests.app.user import POPUP, choose_menu, click, press_shortcut, settled
from tests.core.tree.trees import EFG_DIR

POKER = EFG_DIR / "gambit_tests" / "stripped_down_poker.efg"
MONTY = EFG_DIR / "gambit_tests" / "montyhal.efg"


def test_gambit_trees_are_offered_dropped_and_opened_as_trees(
    qtbot, window, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    assert "*.efg" in file_filter()
    target = tmp_path / "poker.efg"
    target.write_bytes(POKER.read_bytes())
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(target))])
    assert window.files.game_files(mime) == [target]
    assert window.files.drop(mime)
    assert window.document.tree == load_tree(POKER)
    assert window.tabs.currentWidget() is window.tree
    qtbot.waitUntil(lambda: window.tree.report is not None and settled(window))
    assert "King" in window.tree.equilibrium.path
    assert window.recent.paths()[0] == target.resolve()


@POPUP
def test_a_tree_is_saved_as_a_tree_and_reopens_the_same(
    qtbot, window, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    from explorer.app import files

    assert window.open_path(POKER)
    changed = edit.rename_action(window.document.tree, 0, 0, "Ace")
    window.tree.editing.apply(lambda _t: changed, "rename")
    for name in ("poker.json", "poker.efg"):
        target = tmp_path / name
        monkeypatch.setattr(  # the user types this name into the save dialog
            files.QFileDialog, "getSaveFileName", lambda *_a, t=target: (str(t), "")
        )
        choose_menu(qtbot, window, "&File", "Save &As…")
        qtbot.waitUntil(lambda t=target: t.exists() and not window.document.is_modified)
        assert load_tree(target) == window.document.tree
    assert json.loads((tmp_path / "poker.json").read_text())["format"] == "explorer-tree/1"
    assert "Gambit" in window.status.text()


def test_a_tree_too_large_for_its_strategic_form_is_refused_in_a_sentence(
    qtbot, window, answers
) -> None:  # type: ignore[no-untyped-def]
    before = window.document.game
    assert not window.open_path(MONTY)
    assert window.document.game is before
    assert "reduced strategies" in answers["errors"][0]


def test_the_picture_of_the_tree_is_saved_as_png_and_svg(
    qtbot, window, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    from explorer.app.tree import tab as tree_tab

    assert window.open_path(POKER)
    qtbot.waitUntil(lambda: window.tree.report is not None and settled(window))
    for name in ("poker.png", "poker.svg"):
        target = tmp_path / name
        monkeypatch.setattr(  # the user types this name into the save dialog
            tree_tab.QFileDialog, "getSaveFileName", lambda *_a, t=target: (str(t), "")
        )
        click(window.tree.toolbar.save_picture)
        qtbot.waitUntil(lambda t=target: f"Saved {t}" in window.status.text())
        assert target.stat().st_size > 1000
    assert (tmp_path / "poker.svg").read_text().lstrip().startswith("<?xml")


def test_an_answer_for_an_older_tree_is_dropped(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    assert window.open_path(POKER)
    qtbot.waitUntil(lambda: window.tree.report is not None and settled(window))
    solver = window.tree.solver
    old = analyse_tree(window.document.tree)
    window.tree.editing.add_action(0)
    qtbot.waitUntil(lambda: window.tree.report is not None and settled(window))
    shown = solver.report
    solver.on_finished(solver.runner.generation, old)  # a late answer for the tree before
    assert solver.report is shown and window.tree.report is shown
    assert window.tree.report.tree is window.document.tree


def test_presenter_mode_draws_the_tree_larger(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    assert window.open_path(POKER)
    qtbot.waitUntil(lambda: window.tree.report is not None and settled(window))
    before = window.tree.scene.sceneRect().width()
    press_shortcut(window, window.menus.presenter)  # F5
    try:
        qtbot.waitUntil(lambda: window.tree.scene.sceneRect().width() > before * 1.2)
    finally:
        press_shortcut(window, window.menus.presenter)
    qtbot.waitUntil(lambda: abs(window.tree.scene.sceneRect().width() - before) < 1)


def test_a_tree_too_large_to_draw_is_solved_and_said_so(qtbot, window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from explorer.app.tree.tab import MAX_DRAWN_NODES

    width = 101  # chance twice, 101 × 100 leaves: more nodes than the tab draws

    def chance(key: str, children: list[str]) -> dict[str, object]:
        share = f"1/{len(children)}"
        return {
            "id": key,
            "player": "chance",
            "actions": [{"label": c, "probability": share, "child": c} for c in children],
        }

    nodes = [chance("root", [f"c{k}" for k in range(width)])]
    for k in range(width):
        nodes.append(chance(f"c{k}", [f"z{k}.{j}" for j in range(width - 1)]))
        nodes.extend({"id": f"z{k}.{j}", "payoffs": [j % 3, 1]} for j in range(width - 1))
    assert len(nodes) > MAX_DRAWN_NODES
    target = tmp_path / "wide.json"
    data = {"format": "explorer-tree/1", "title": "Wide", "players": ["A", "B"], "nodes": nodes}
    target.write_text(json.dumps(data))
    assert window.open_path(target)
    tab = window.tree
    qtbot.waitUntil(lambda: tab.report is not None and settled(window), timeout=30_000)
    assert "draws trees of up to 10,000" in tab.scene.shapes[0].text
    assert tab.equilibrium is not None and tab.equilibrium.payoffs[1] == pytest.approx(1)
