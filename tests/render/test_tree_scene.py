"""The tree drawn as textbooks do: every bundled tree readable (no branch label over another,
no payoffs over each other), hit tests that find what is drawn where, fonts that follow the
application's (presenter mode), and pictures that are whole PNG or SVG files."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QFont, QImage
from PySide6.QtWidgets import QApplication

from explorer.core.io import load_tree
from explorer.core.text import format_number
from explorer.core.tree.marks import TreeMarks, TreeNumbers, solution_marks
from explorer.core.tree.report import analyse_tree
from explorer.render.style import player_colour
from explorer.render.tree_export import save_tree_picture, scene_bytes
from explorer.render.tree_scene import PATH_COLOUR, TreeScene
from explorer.render.tree_shapes import Ellipse, Line, Text
from explorer.render.tree_shapes import Path as TreePath
from tests.core.tree.trees import BUNDLED, EFG_DIR, ROOT


def drawn(path: Path, step: int | None = None) -> TreeScene:
    tree = load_tree(path)
    scene = TreeScene()
    marks = solution_marks(analyse_tree(tree).equilibria[0], step)
    scene.draw(tree, TreeNumbers.at(tree, tree.defaults()), marks)
    return scene


@pytest.mark.parametrize("path", BUNDLED, ids=[p.stem for p in BUNDLED])
def test_no_label_covers_another(qapp, path: Path) -> None:  # type: ignore[no-untyped-def]
    scene = drawn(path)
    tree = scene.tree
    assert tree is not None
    labels = [
        scene.label_rect(n, a)
        for n, node in enumerate(tree.nodes)
        for a in range(len(node.actions))
    ]
    payoffs = [scene.payoff_rect(n) for n in tree.terminal_nodes()]
    for first, second in itertools.combinations(labels, 2):
        assert not first.intersects(second), (first, second)
    for first, second in itertools.combinations(payoffs, 2):
        assert not first.intersects(second), (first, second)


@pytest.mark.parametrize("path", BUNDLED, ids=[p.stem for p in BUNDLED])
def test_hit_tests_find_the_nodes_and_branches_drawn(qapp, path: Path) -> None:  # type: ignore[no-untyped-def]
    scene = drawn(path, step=1)
    tree = scene.tree
    assert tree is not None
    for node in range(len(tree.nodes)):
        assert scene.node_at(scene.position(node), 4) == node
    for node, item in enumerate(tree.nodes):
        for action, child in enumerate(item.children):
            middle = (scene.position(node) + scene.position(child)) / 2
            assert scene.branch_at(scene.label_rect(node, action).center(), 3) == (node, action)
            assert scene.branch_at(middle, 3) is not None
    assert scene.node_at(QPointF(-1000, -1000), 10) is None


def test_fonts_follow_the_application_font(qapp) -> None:  # type: ignore[no-untyped-def]
    path = BUNDLED[0]
    normal = drawn(path).sceneRect()
    font = QApplication.font()
    try:
        larger = QFont(font)
        larger.setPointSizeF(font.pointSizeF() * 1.35)
        QApplication.setFont(larger)
        bigger = drawn(path).sceneRect()
    finally:
        QApplication.setFont(font)
    assert bigger.width() > normal.width() * 1.2 and bigger.height() > normal.height() * 1.2


def test_a_tree_without_a_solution_and_one_with_chance_and_hidden_moves(qapp) -> None:  # type: ignore[no-untyped-def]
    tree = load_tree(EFG_DIR / "gambit_tests" / "stripped_down_poker.efg")
    scene = TreeScene()
    scene.draw(tree, TreeNumbers.at(tree, {}), TreeMarks(selected=2))
    assert scene.sceneRect().width() > 200
    assert scene.tree is tree and len(scene.shapes) > len(tree.nodes)


def test_pictures_are_whole_png_and_svg_files(qapp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    scene = drawn(BUNDLED[0])
    save_tree_picture(scene, tmp_path / "tree.png")
    save_tree_picture(scene, tmp_path / "tree.svg")
    image = QImage(str(tmp_path / "tree.png"))
    assert image.width() >= scene.sceneRect().width() * 1.9
    assert "Strategy Explorer game tree" in (tmp_path / "tree.svg").read_text()
    assert scene_bytes(scene, ".PNG")[:4] == b"\x89PNG"


def test_the_drawing_shows_what_a_textbook_shows(qapp) -> None:  # type: ignore[no-untyped-def]
    """The trust game: a chance move with its probabilities under the labels, movers' discs
    and names in their colours, payoffs at the leaves in each player's colour, the customer's
    two nodes joined by a dashed line in its colour, the choices of backward induction bold
    in the mover's colour and the path of play as a green band."""
    path = ROOT / "games" / "data_trust_tree.json"
    scene = drawn(path)
    tree = scene.tree
    assert tree is not None
    shapes = scene.shapes
    texts = [s for s in shapes if isinstance(s, Text)]
    words = [t.text for t in texts]
    assert "7/10" in words and "3/10" in words  # 1 − monetiser_share and monetiser_share
    for player, name in enumerate(tree.players):
        assert any(t.text == name and t.colour == player_colour(player) for t in texts)
        discs = [
            s for s in shapes if isinstance(s, Ellipse) and s.brush.color() == player_colour(player)
        ]
        assert len(discs) == sum(1 for n in tree.nodes if n.player == player)
    leaf = tree.terminal_nodes()[0]
    values = TreeNumbers.at(tree, tree.defaults()).outcome[leaf]
    inside = [t for t in texts if scene.payoff_rect(leaf).contains(t.rect.center())]
    assert [t.colour for t in inside if t.text in {format_number(v) for v in values}] == [
        player_colour(0),
        player_colour(1),
    ]
    dashed = [
        s for s in shapes if isinstance(s, TreePath) and s.pen.style() == Qt.PenStyle.DashLine
    ]
    assert [s.pen.color() for s in dashed] == [player_colour(0)]  # the customer's set
    customer = tree.information_sets[0].members
    for member in customer:
        assert dashed[0].bounds().contains(scene.position(member))
    lines = [s for s in shapes if isinstance(s, Line)]
    bands = [s for s in lines if s.pen.color() == PATH_COLOUR]
    assert len(bands) == 2 + 2 * 2  # both types, the customer's and the provider's choice
    bold = [s for s in lines if s.pen.widthF() >= 4 and s.pen.color() != PATH_COLOUR]
    movers = {s.pen.color().name() for s in bold}
    assert movers == {player_colour(0).name(), player_colour(1).name()}
    assert len(bold) == sum(1 for n in tree.nodes if n.is_decision)  # one choice at each
