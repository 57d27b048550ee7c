"""Edits of a game tree: each gives a checked tree, says where the nodes went, and can be undone
by its opposite; an edit that breaks a rule is refused with the one sentence a file gets."""

from __future__ import annotations

from fractions import Fraction

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from explorer.core.edit import rename_player, rename_strategy, update_parameter
from explorer.core.game import GameError, Parameter
from explorer.core.io import load_tree
from explorer.core.io.tree_json import tree_from_dict, tree_to_dict
from explorer.core.tree import edit
from explorer.core.tree.bridge import tree_game
from explorer.core.tree.model import CHANCE, GameTree, TreeError
from explorer.core.tree.perfect import subgame_perfect
from explorer.resources import games_dir
from tests.core.tree.trees import BUNDLED, ENTRY, perfect_information_trees, tree


def labels(t: GameTree) -> list[str]:
    return [t.node_label(k) for k in range(len(t.nodes))]


def test_a_new_move_leads_to_a_leaf_paying_nothing() -> None:
    entry = tree(ENTRY)
    done = edit.add_action(entry, 2, "Exit")
    assert done.tree.nodes[2].actions == ("Accommodate", "Fight", "Exit")
    new = done.tree.nodes[done.selected]
    assert done.tree.node_label(done.selected) == "Enter → Exit"
    assert new.is_terminal and [f.source for f in new.payoffs or ()] == [0, 0]
    assert done.moved == {k: k for k in range(5)}


def test_moves_are_added_renamed_reordered_and_removed_at_every_node_of_a_set() -> None:
    subsidy = load_tree(games_dir() / "subsidy_first.json")
    members = subsidy.information_sets[subsidy.nodes[2].information_set].members
    added = edit.add_action(subsidy, 2, "Freemium")
    renamed = edit.rename_action(added.tree, 2, 2, "Ads")
    reordered = edit.move_action(renamed.tree, 2, 2, 0)
    for member in members:
        assert added.tree.nodes[added.moved[member]].actions == ("Free", "Paid", "Freemium")
        where = reordered.moved[renamed.moved[added.moved[member]]]
        assert reordered.tree.nodes[where].actions == ("Ads", "Free", "Paid")
    assert len(added.tree.nodes) == len(subsidy.nodes) + len(members)
    removed = edit.remove_action(reordered.tree, reordered.moved[2], 0)
    assert removed.tree == subsidy


def test_a_leaf_becomes_a_move_and_back() -> None:
    entry = tree(ENTRY)
    chance = edit.expand_leaf(entry, 1, CHANCE).tree
    node = chance.nodes[1]
    assert node.is_chance and [f.source for f in node.probabilities] == ["1/2", "1/2"]
    assert [f.source for f in chance.nodes[node.children[0]].payoffs or ()] == [0, 4]
    leaf = edit.make_leaf(chance, 1).tree
    assert leaf.nodes[1].is_terminal and len(leaf.nodes) == 5
    assert [f.source for f in leaf.nodes[1].payoffs or ()] == [0, 0]


def test_the_whole_tree_can_shrink_to_its_root() -> None:
    root = edit.make_leaf(tree(ENTRY), 0).tree
    assert len(root.nodes) == 1
    assert subgame_perfect(root).profiles[0].payoffs == (0.0, 0.0)


def test_removing_a_chance_move_rescales_the_other_numbers() -> None:
    chance = edit.expand_leaf(tree(ENTRY), 1, CHANCE).tree
    three = edit.add_action(chance, 1).tree
    three = edit.set_entries(
        three, {(1, "probability", 0): "1/4", (1, "probability", 2): 0.25}
    ).tree
    assert sum(Fraction(str(p.source)) for p in three.nodes[1].probabilities) == 1
    two = edit.remove_action(three, 1, 1).tree
    assert [p.source for p in two.nodes[1].probabilities] == ["1/2", "1/2"]


def test_probabilities_that_do_not_sum_to_one_are_refused_in_a_sentence() -> None:
    chance = edit.expand_leaf(tree(ENTRY), 1, CHANCE).tree
    with pytest.raises(TreeError, match=r"sum to 0\.833333, not 1"):
        edit.set_entries(chance, {(1, "probability", 0): "1/3"})
    both = edit.set_entries(chance, {(1, "probability", 0): "1/3", (1, "probability", 1): "2/3"})
    assert [p.source for p in both.tree.nodes[1].probabilities] == ["1/3", "2/3"]


def test_payoff_formulas_and_outcomes_at_inner_nodes() -> None:
    entry = tree(ENTRY)
    with pytest.raises(TreeError, match="unknown name 'cost'"):
        edit.set_entries(entry, {(4, "payoff", 0): "-cost"})
    outcome = edit.set_entries(entry, {(2, "payoff", 1): 1}).tree
    assert [f.source for f in outcome.nodes[2].payoffs or ()] == [0, 1]
    assert subgame_perfect(outcome).profiles[0].payoffs == (2.0, 3.0)
    assert edit.clear_outcome(outcome, 2).tree == entry
    with pytest.raises(TreeError, match="A leaf needs payoffs"):
        edit.clear_outcome(entry, 1)


def test_changing_the_mover() -> None:
    entry = tree(ENTRY)
    nature = edit.set_player(entry, 2, CHANCE).tree
    assert [p.source for p in nature.nodes[2].probabilities] == ["1/2", "1/2"]
    assert edit.set_player(nature, 2, 1).tree == entry
    first = edit.set_player(entry, 2, 0).tree
    assert first.mover(2) == "Entrant"
    assert edit.set_player(entry, 2, 1).tree is entry


def test_information_sets_are_joined_and_left_with_perfect_recall_kept() -> None:
    subsidy = load_tree(games_dir() / "subsidy_first.json")
    assert edit.joinable(subsidy, 1) == (8,)
    assert edit.joinable(subsidy, 2) == ()  # the open side saw its own build decision
    with pytest.raises(TreeError, match="does not have perfect recall"):
        edit.join_information_set(subsidy, 2, 9)
    alone = edit.leave_information_set(subsidy, 5).tree
    assert len(alone.information_sets) == len(subsidy.information_sets) + 1
    assert edit.join_information_set(alone, 5, 2).tree == subsidy
    closed = edit.join_information_set(subsidy, 1, 8).tree
    assert not closed.is_perfect_information and len(closed.information_sets) == 4


def test_joining_a_set_takes_its_labels() -> None:
    data = {
        "format": "explorer-tree/1",
        "title": "t",
        "players": ["A", "B"],
        "nodes": [
            _move("r", 1, {"L": "x", "R": "y"}),
            _move("x", 2, {"a": "x1", "b": "x2"}),
            _move("y", 2, {"c": "y1", "d": "y2"}),
            *({"id": k, "payoffs": [1, 2]} for k in ("x1", "x2", "y1", "y2")),
        ],
    }
    joined = edit.join_information_set(tree(data), 4, 1).tree
    assert joined.nodes[4].actions == ("a", "b") and joined.nodes[4].information_set == 1


def _move(key: str, player: int, actions: dict[str, str]) -> dict[str, object]:
    return {
        "id": key,
        "player": player,
        "actions": [{"label": a, "child": c} for a, c in actions.items()],
    }


def test_renames_are_checked() -> None:
    entry = tree(ENTRY)
    with pytest.raises(GameError, match="twice"):
        edit.rename_action(entry, 2, 0, "Fight")
    with pytest.raises(GameError, match="empty"):
        edit.rename_action(entry, 2, 0, "  ")
    named = edit.rename_node(entry, 2, "Incumbent decides").tree
    assert named.node_label(2) == "Incumbent decides"
    assert named.node_label(3) == "Enter → Accommodate"
    with pytest.raises(TreeError, match="only move"):
        edit.remove_action(edit.remove_action(entry, 2, 0).tree, 2, 0)


def test_header_edits_of_the_strategic_form_reach_the_tree() -> None:
    trust = load_tree(games_dir() / "data_trust_tree.json")
    game = tree_game(trust)
    renamed = rename_player(game, 0, "Customer")
    assert edit.tree_with_game(trust, game, renamed).players[0] == "Customer"
    parameter = game.parameter("monetiser_share")
    moved = update_parameter(game, "monetiser_share", Parameter("share", **_range(parameter)))
    changed = edit.tree_with_game(trust, game, moved)
    texts = [f.text for node in changed.nodes for f in node.probabilities]
    assert any("share" in t and "monetiser_share" not in t for t in texts), texts
    assert subgame_perfect(changed, {"share": 0.5}).profiles
    with pytest.raises(TreeError, match="edit the tree in the Tree tab"):
        edit.tree_with_game(trust, game, rename_strategy(game, 0, 0, "Other"))


def _range(parameter: Parameter) -> dict[str, object]:
    return {
        "default": parameter.default,
        "minimum": parameter.minimum,
        "maximum": parameter.maximum,
        "description": parameter.description,
    }


@pytest.mark.parametrize("path", BUNDLED, ids=[p.stem for p in BUNDLED])
def test_every_edit_of_every_bundled_tree_round_trips_and_is_undone(path) -> None:  # type: ignore[no-untyped-def]
    """At each node: a move added (a leaf given a player), saved and read back, then undone."""
    original = load_tree(path)
    for node, before in enumerate(original.nodes):
        if before.is_terminal:
            done = edit.expand_leaf(original, node, 0)
        else:
            done = edit.add_action(original, node)
        assert tree_from_dict(tree_to_dict(done.tree)) == done.tree
        here = done.moved[node]
        if before.is_terminal:
            back = edit.make_leaf(done.tree, here).tree
            payoffs = {(here, "payoff", p): f.source for p, f in enumerate(before.payoffs or ())}
            back = edit.set_entries(back, payoffs).tree
        else:
            back = edit.remove_action(done.tree, here, len(before.actions)).tree
        assert back == original


@settings(max_examples=40, deadline=None)
@given(perfect_information_trees(max_nodes=10), st.data())
def test_moved_nodes_keep_what_they_hold(data, draw) -> None:  # type: ignore[no-untyped-def]
    """Wherever an edit moves a node, the node there has the same player, actions and payoffs."""
    original = tree_from_dict(data)
    node = draw.draw(st.sampled_from([k for k, n in enumerate(original.nodes) if n.children]))
    count = len(original.nodes[node].actions)
    action = draw.draw(st.integers(0, count - 1))
    to = draw.draw(st.integers(0, count - 1))
    for done in (
        edit.move_action(original, node, action, to),
        edit.add_action(original, node),
        edit.remove_action(original, node, action) if count > 1 else None,
    ):
        if done is None:
            continue
        for old, new in done.moved.items():
            if old == node:
                continue
            before, after = original.nodes[old], done.tree.nodes[new]
            assert (before.player, before.actions, before.payoffs) == (
                after.player,
                after.actions,
                after.payoffs,
            )
    there = edit.move_action(original, node, action, to)
    assert edit.move_action(there.tree, node, to, action).tree == original
