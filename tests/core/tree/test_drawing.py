"""What a drawing of a tree is built from, without Qt: where each node goes (layout) and what
a solution marks on it (marks), on every bundled tree."""

from __future__ import annotations

import numpy as np
import pytest

from explorer.core.io import load_tree
from explorer.core.numeric import PROBABILITY_TOLERANCE
from explorer.core.tree.layout import TreeLayout, settled_at
from explorer.core.tree.marks import TreeNumbers, solution_marks
from explorer.core.tree.report import analyse_tree
from tests.core.tree.trees import BUNDLED


@pytest.mark.parametrize("path", BUNDLED, ids=[p.stem for p in BUNDLED])
def test_the_layout_is_a_textbook_one(path) -> None:  # type: ignore[no-untyped-def]
    """Leaves side by side in preorder, each inner node centred over its first and last
    child, one row per move from the root."""
    tree = load_tree(path)
    layout = TreeLayout.of(tree)
    leaves = [n for n, node in enumerate(tree.nodes) if node.is_terminal]
    assert list(layout.x[leaves]) == list(range(len(leaves))) and layout.slots == len(leaves)
    for n, node in enumerate(tree.nodes):
        if node.children:
            first, last = node.children[0], node.children[-1]
            assert layout.x[n] == pytest.approx((layout.x[first] + layout.x[last]) / 2)
            assert all(layout.row[c] == layout.row[n] + 1 for c in node.children)
    assert layout.row[0] == 0 and layout.rows == int(layout.row.max()) + 1


@pytest.mark.parametrize("path", BUNDLED, ids=[p.stem for p in BUNDLED])
def test_a_solution_marks_its_choices_its_path_and_its_steps(path) -> None:  # type: ignore[no-untyped-def]
    tree = load_tree(path)
    report = analyse_tree(tree)
    equilibrium = report.equilibria[0]
    marks = solution_marks(equilibrium)
    assert marks.reach is not None and marks.reach[0]  # the path of play starts at the root
    for n, node in enumerate(tree.nodes):
        chosen = marks.chosen[n]
        if node.is_decision:
            assert chosen is not None and sum(chosen) == pytest.approx(1.0)
        else:
            assert chosen is None
        if marks.reach[n] and node.children:  # the path goes on through a played move
            assert any(marks.reach[c] for c in node.children)
    assert set(marks.values) == {n for n, node in enumerate(tree.nodes) if node.children}
    # Stepping: nothing is settled before the first step, everything after the last.
    roots = [s.node for s in equilibrium.steps]
    settled = settled_at(tree, roots)
    assert all(settled[n] >= 0 for n in roots)
    first = solution_marks(equilibrium, step=0)
    assert first.reach is None and not first.values and first.current is None
    assert all(c is None for c in first.chosen)
    last = solution_marks(equilibrium, step=len(roots))
    assert last.reach is not None and last.chosen == marks.chosen
    assert last.current == roots[-1]


@pytest.mark.parametrize("path", BUNDLED, ids=[p.stem for p in BUNDLED])
def test_the_numbers_shown_are_the_trees_at_its_values(path) -> None:  # type: ignore[no-untyped-def]
    tree = load_tree(path)
    numbers = TreeNumbers.at(tree, {})
    count = len(tree.nodes)
    assert numbers.probability.shape == (count,) and numbers.outcome.shape == (count, 2)
    for node in tree.nodes:
        if node.is_chance:
            total = sum(numbers.probability[c] for c in node.children)
            assert abs(total - 1) <= PROBABILITY_TOLERANCE
    assert np.isfinite(
        numbers.outcome[[n for n, d in enumerate(tree.nodes) if d.is_terminal]]
    ).all()
