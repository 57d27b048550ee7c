"""A tree's reduced strategic form is an ordinary parametric Game: it evaluates point by
point and over grids alike, solves, sweeps, saves as the tree, and an edited table turns
into a plain matrix game."""

from __future__ import annotations

import json
from dataclasses import replace

import numpy as np
import pytest

from explorer.core.edit import rename_strategy, set_cell, update_parameter
from explorer.core.formula import Formula
from explorer.core.game import Game
from explorer.core.io import GameFileError, game_text, parse_game_text, parse_tree_text
from explorer.core.io.json_format import game_from_dict, game_to_dict, to_json_text
from explorer.core.io.library import localized
from explorer.core.solve import solve
from explorer.core.sweep import Axis, run_sweep
from explorer.core.tree.bridge import tree_game, tree_of
from explorer.core.tree.model import TreeError
from tests.core.tree.trees import ENTRY, ROOT, simultaneous, tree

GAMES = ROOT / "games"


def bundled(name: str) -> Game:
    return parse_game_text((GAMES / name).read_text(encoding="utf-8"))


def test_entry_deterrence_tree_has_the_matrix_of_the_bundled_matrix_game() -> None:
    game = tree_game(tree(ENTRY))
    matrix = parse_game_text((GAMES / "entry_deterrence.json").read_text(encoding="utf-8"))
    assert game.players[0].strategies == ("Stay out", "Enter")
    assert game.players[1].strategies == ("Accommodate", "Fight")
    for ours, theirs in zip(game.evaluate(), matrix.evaluate(), strict=True):
        assert np.array_equal(ours, theirs)


def test_a_simultaneous_tree_is_its_matrix() -> None:
    payoffs = [[(3, 1), (0, 0)], [(1, 2), (2, 3)], [(0, 5), (4, 4)]]
    A, B = tree_game(tree(simultaneous(payoffs))).evaluate()
    assert A.tolist() == [[c[0] for c in row] for row in payoffs]
    assert B.tolist() == [[c[1] for c in row] for row in payoffs]


@pytest.mark.parametrize("name", ["subsidy_first.json", "data_trust_tree.json", "ultimatum.json"])
def test_grid_evaluation_equals_evaluation_point_by_point(name: str) -> None:
    game = bundled(name)
    first, second = (game.parameters * 2)[:2] if len(game.parameters) == 1 else game.parameters[:2]
    second = second if second.name != first.name else None  # type: ignore[assignment]
    xs = np.linspace(first.minimum, first.maximum, 5)
    ys = np.linspace(second.minimum, second.maximum, 4) if second else np.zeros(4)
    grid = {first.name: xs[None, :]} | ({second.name: ys[:, None]} if second else {})
    A, B = game.evaluate_grid(grid)
    assert A.shape == ((4, 5) if second else (1, 5)) + game.shape
    for i, y in enumerate(ys[: A.shape[0]]):
        for j, x in enumerate(xs):
            point = {first.name: float(x)} | ({second.name: float(y)} if second else {})
            a, b = game.evaluate(point)
            assert np.allclose(A[i, j], a) and np.allclose(B[i, j], b)


def test_cells_hold_the_expected_payoffs_as_formulas() -> None:
    game = bundled("data_trust_tree.json")
    A, B = game.evaluate()
    for i, row in enumerate(game.payoffs):
        for j, (first, second) in enumerate(row):
            values = game.defaults()
            assert first.value(values) == pytest.approx(A[i, j])
            assert second.value(values) == pytest.approx(B[i, j])
    assert game.is_parametric


def test_the_matrix_machinery_solves_and_sweeps_a_tree() -> None:
    game = bundled("subsidy_first.json")
    solution = solve(*game.evaluate())
    assert solution.equilibria
    result = run_sweep(game, Axis("build_cost", 0.0, 0.5, 11))
    assert len(result) == 11 and len(result.regimes) >= 2


def test_a_tree_game_is_saved_as_the_tree_and_reads_back() -> None:
    game = bundled("centipede.json")
    data = game_to_dict(game)
    assert data["format"] == "explorer-tree/1"
    again = game_from_dict(json.loads(json.dumps(data)))
    assert again == game and again.payoff_model is not None
    assert to_json_text(game) == (GAMES / "centipede.json").read_text(encoding="utf-8")


def test_editing_a_cell_makes_a_plain_matrix_game() -> None:
    game = tree_game(tree(ENTRY))
    edited = set_cell(game, 0, 0, 0, Formula(7))
    assert edited.payoff_model is None
    assert edited.evaluate()[0][0, 0] == 7
    assert game_to_dict(edited)["format"] == "explorer-game/1"


def test_renaming_keeps_the_tree_and_the_file_has_the_new_names() -> None:
    game = tree_game(tree(ENTRY)).with_changes(title="Renamed")
    renamed = rename_strategy(game, 0, 0, "Keep out")
    assert renamed.payoff_model is not None
    saved = tree_of(renamed)
    assert saved is not None and saved.title == "Renamed"


def test_efg_text_of_a_tree_game_and_refusal_for_a_matrix() -> None:
    game = tree_game(tree(ENTRY))
    assert game_text(game, ".efg").startswith("EFG 2 R")
    matrix = parse_game_text((GAMES / "chicken.json").read_text(encoding="utf-8"))
    with pytest.raises(GameFileError, match="only a game tree"):
        game_text(matrix, ".efg")


def test_invalid_probabilities_are_undefined_points_of_a_grid() -> None:
    data = {
        "format": "explorer-tree/1",
        "title": "Coin",
        "players": ["A", "B"],
        "parameters": [{"name": "p", "default": 0.5, "min": 0, "max": 2}],
        "nodes": [
            {
                "id": "c",
                "player": "chance",
                "actions": [
                    {"label": "h", "probability": "p", "child": "a"},
                    {"label": "t", "probability": "1 - p", "child": "b"},
                ],
            },
            {
                "id": "a",
                "player": 1,
                "actions": [{"label": "x", "child": "z1"}, {"label": "y", "child": "z2"}],
            },
            {"id": "b", "payoffs": [0, 0]},
            {"id": "z1", "payoffs": [1, 0]},
            {"id": "z2", "payoffs": [0, 1]},
        ],
    }
    game = tree_game(tree(data))
    A, _ = game.evaluate_grid({"p": np.array([0.25, 1.5])})
    assert np.isfinite(A[0]).all() and np.isnan(A[1]).all()
    with pytest.raises(TreeError, match="cannot be negative"):
        game.evaluate({"p": 1.5})


def test_bundled_trees_open_in_german() -> None:
    from explorer.core import i18n
    from explorer.resources import translations_dir

    assert i18n.set_language("de", translations_dir())
    try:
        game = localized(bundled("price_leadership_closed.json"), "de")
        assert game.title.startswith("Preisführerschaft")
        assert (
            game.players[1].strategies[0] == "Kostenlos nach Premium; Kostenlos nach Preissenkung"
        )
        assert tree_of(game) is not None
    finally:
        i18n.set_language("en", translations_dir())


def test_a_tree_file_is_not_a_strategic_game_for_the_tree_loader() -> None:
    with pytest.raises(GameFileError, match="not a game tree"):
        parse_tree_text((GAMES / "chicken.json").read_text(encoding="utf-8"))


def test_a_wider_range_keeps_the_tree_and_evaluates_beyond_the_old_one() -> None:
    game = bundled("ultimatum.json")
    fairness = game.parameter("fairness")
    wider = update_parameter(game, "fairness", replace(fairness, maximum=5.0))
    assert wider.payoff_model is not None
    A, B = wider.evaluate({"fairness": 4.0})
    assert (A[0, 0], B[0, 0]) == pytest.approx((3, 0 - 3 * 4.0))  # offer 0 accepted: 0 - 3 x 4
    result = run_sweep(wider, Axis("fairness", 0.0, 5.0, 6))
    assert len(result) == 6


@pytest.mark.parametrize(
    "name", ["price_leadership_closed.json", "price_leadership_open.json", "subsidy_first.json"]
)
def test_the_price_war_trees_play_the_flagship_s_price_war(name: str) -> None:
    """Each leaf pays what the flagship's cell of its prices pays (the open side less the
    build cost after a build, without the subsidy without one), with the flagship's levers,
    at its defaults and at random points: the trees cannot drift from the matrix game."""
    flagship = bundled("ai_price_war.json")
    game_tree = parse_tree_text((GAMES / name).read_text(encoding="utf-8"))
    assert {p.name: p for p in flagship.parameters}.items() <= {
        p.name: p for p in game_tree.parameters
    }.items()
    closed, free = flagship.players[0].strategies, flagship.players[1].strategies
    rng = np.random.default_rng(15)
    points = [game_tree.defaults()] + [
        {p.name: float(rng.uniform(p.minimum, p.maximum)) for p in game_tree.parameters}
        for _ in range(5)
    ]
    for point in points:
        for leaf in game_tree.terminal_nodes():
            labels = [game_tree.nodes[n].actions[a] for n, a in game_tree.path_to(leaf)]
            here = point if "No build" not in labels else {**point, "subsidy": 0.0}
            A, B = flagship.evaluate({k: v for k, v in here.items() if k != "build_cost"})
            row = next(closed.index(x) for x in labels if x in closed)
            column = next(free.index(x) for x in labels if x in free)
            cost = point.get("build_cost", 0.0) if "Build data centres" in labels else 0.0
            payoffs = [f.value(point) for f in game_tree.nodes[leaf].payoffs or ()]
            assert payoffs == pytest.approx([A[row, column], B[row, column] - cost])
