"""What the Tree tab shows: each subgame-perfect equilibrium with its steps of backward
induction (innermost first, each node after every node below it) and its cell of the
reduced strategic form, which is a Nash equilibrium there."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings

from explorer.core.io import load_tree
from explorer.core.io.tree_json import tree_from_dict
from explorer.core.solve import is_equilibrium
from explorer.core.tree.model import CHANCE
from explorer.core.tree.report import analyse_tree
from explorer.core.tree.strategies import strategic_form
from explorer.resources import games_dir
from tests.core.tree.trees import BUNDLED, ENTRY, perfect_information_trees, tree


def test_entry_deterrence_step_by_step() -> None:
    report = analyse_tree(tree(ENTRY))
    (equilibrium,) = report.equilibria
    assert [(s.node, s.kind) for s in equilibrium.steps] == [(2, "choice"), (0, "choice")]
    assert "the threat to Fight is not credible" in equilibrium.steps[0].sentence
    assert equilibrium.path == "Enter → Accommodate"
    form = strategic_form(report.tree)
    row, column = equilibrium.cell or (-1, -1)
    assert (form.players[0].names[row], form.players[1].names[column]) == ("Enter", "Accommodate")
    assert equilibrium.chosen(2) == (1.0, 0.0) and equilibrium.chosen(1) is None


def test_ties_give_one_equilibrium_each_way_with_its_own_cell() -> None:
    report = analyse_tree(load_tree(games_dir() / "ultimatum.json"))
    assert [e.path for e in report.equilibria] == ["Offer 0 → Accept", "Offer 1 → Accept"]
    assert len({e.cell for e in report.equilibria}) == 2
    assert any("mixing the tied actions" in w for w in report.warnings)


def test_chance_is_a_step_of_its_own() -> None:
    data = dict(ENTRY)
    data["nodes"] = [
        {
            "id": "start",
            "player": "chance",
            "actions": [
                {"label": "Rain", "probability": "1/4", "child": "wet"},
                {"label": "Sun", "probability": "3/4", "child": "dry"},
            ],
        },
        {"id": "wet", "payoffs": [4, 0]},
        {"id": "dry", "payoffs": [0, 4]},
    ]
    (equilibrium,) = analyse_tree(tree(data)).equilibria
    (step,) = equilibrium.steps
    assert step.kind == "chance"
    assert step.sentence == (
        "At the start, chance moves; the expected payoffs are 1 for Entrant and 3 for Incumbent."
    )


@pytest.mark.parametrize("path", BUNDLED, ids=[p.stem for p in BUNDLED])
def test_every_bundled_tree_is_explained_and_its_equilibria_are_nash(path) -> None:  # type: ignore[no-untyped-def]
    report = analyse_tree(load_tree(path))
    assert report.equilibria
    form = strategic_form(report.tree)
    A, B = (
        M[0]
        for M in form.payoffs_at(
            report.perfect.point.probability[None], report.perfect.point.outcome[None]
        )
    )
    for equilibrium in report.equilibria:
        _check_order(report.tree, [s.node for s in equilibrium.steps])
        assert equilibrium.explanation[-1].startswith("Path of play")
        if equilibrium.cell is not None:
            i, j = equilibrium.cell
            x, y = np.eye(A.shape[0])[i], np.eye(A.shape[1])[j]
            assert is_equilibrium(A, B, x, y, 1e-9)
            assert (float(A[i, j]), float(B[i, j])) == pytest.approx(equilibrium.payoffs)


def _check_order(t, nodes: list[int]) -> None:  # type: ignore[no-untyped-def]
    """Each step comes after the steps of every subgame inside it."""
    for k, node in enumerate(nodes):
        later = nodes[k + 1 :]
        assert not any(t.in_subtree(other, node) and other != node for other in later)


@settings(max_examples=30, deadline=None)
@given(perfect_information_trees(max_nodes=12))
def test_in_a_perfect_information_tree_every_move_is_a_step(data) -> None:  # type: ignore[no-untyped-def]
    t = tree_from_dict(data)
    report = analyse_tree(t)
    moves = {k for k, n in enumerate(t.nodes) if n.children}
    for equilibrium in report.equilibria:
        assert {s.node for s in equilibrium.steps} == moves
        kinds = {s.node: s.kind for s in equilibrium.steps}
        assert all((kinds[k] == "chance") == (t.nodes[k].player == CHANCE) for k in moves)
        assert equilibrium.cell is not None
