"""A tree's reduced strategic form as a parametric :class:`~explorer.core.game.Game`.

:func:`tree_game` gives the matrix machinery (sliders, ``solve``, the regime sweep) a game
whose strategies are the tree's reduced strategies ("Pass; Take") and whose payoffs are the
tree's expected payoffs per strategy pair. The payoffs are computed by :class:`TreeForm`
from the leaves' formulas and the chance probabilities, vectorised over a grid of parameter
values; the cells carry the same expected payoffs as formulas for display (or the value at
the defaults where such a formula would break the formula limits).
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import replace
from typing import Any

import numpy as np
import numpy.typing as npt

from explorer.core.formula import Formula, FormulaError
from explorer.core.game import Cell, Game, Player
from explorer.core.numeric import as_fraction
from explorer.core.tree.behaviour import TreePoint
from explorer.core.tree.model import GameTree, TreeError
from explorer.core.tree.probabilities import grid_size, node_values, valid_points
from explorer.core.tree.strategies import StrategicForm, strategic_form

FloatArray = npt.NDArray[np.float64]
BoolArray = npt.NDArray[np.bool_]
#: Grid points times nodes evaluated at once (bounds the memory of a sweep chunk).
POINTS_TIMES_NODES = 2_000_000
#: Exact fractions shown in cells have at most this denominator.
CELL_DENOMINATOR = 10_000
#: Constants whose decimal is longer than this are shown as a fraction where they are one.
SHORT_DECIMAL = 8


class TreeForm:
    """The :class:`~explorer.core.game.PayoffModel` of a tree's reduced strategic form."""

    def __init__(self, tree: GameTree, form: StrategicForm, cells: tuple[tuple[Cell, ...], ...]):
        self.tree = tree
        self.form = form
        self.cells = cells

    @property
    def is_parametric(self) -> bool:
        return self.tree.is_parametric

    def describes(self, game: Game) -> bool:
        return (
            game.payoffs is self.cells or game.payoffs == self.cells
        ) and self.tree.used_names <= set(game.parameter_names)

    def evaluate(self, values: Mapping[str, float]) -> tuple[FloatArray, FloatArray]:
        point = TreePoint.of(self.tree, values, in_range=False)
        A, B = self.form.payoffs_at(point.probability[None], point.outcome[None])
        return A[0], B[0]

    def evaluate_grid(self, values: Mapping[str, npt.ArrayLike]) -> tuple[FloatArray, FloatArray]:
        shape = grid_size(values)
        points = math.prod(shape)
        flat = {
            name: np.broadcast_to(np.asarray(value, dtype=float), shape).reshape(points)
            for name, value in values.items()
        }
        m, n = self.form.shape
        A, B = np.empty((points, m, n)), np.empty((points, m, n))
        step = max(1, POINTS_TIMES_NODES // len(self.tree.nodes))
        for start in range(0, points, step):
            part = {name: array[start : start + step] for name, array in flat.items()}
            probability, outcome, _ = node_values(self.tree, part)
            a, b = self.form.payoffs_at(probability, outcome)
            valid = valid_points(self.tree, probability)
            a[~valid], b[~valid] = np.nan, np.nan
            A[start : start + step], B[start : start + step] = a, b
        return A.reshape(*shape, m, n), B.reshape(*shape, m, n)

    def tree_for(self, game: Game) -> GameTree:
        """The tree with ``game``'s title, description, player names, parameters and extras."""
        return replace(
            self.tree,
            title=game.title,
            description=game.description,
            players=(game.players[0].name, game.players[1].name),
            parameters=game.parameters,
            extras=dict(game.extras),
        )

    def to_dict(self, game: Game) -> dict[str, Any]:
        # The JSON tree form lives with the other file formats, which import this module.
        from explorer.core.io.tree_json import tree_to_dict

        return tree_to_dict(self.tree_for(game))


def tree_game(tree: GameTree) -> Game:
    """The reduced strategic form of ``tree`` as a parametric game.

    Raises
    ------
    explorer.core.tree.strategies.StrategyLimitError
        If a player has more reduced strategies than a game may have.
    """
    form = strategic_form(tree)
    cells = _cells(tree, form)
    players = tuple(
        Player(name, strategies.names)
        for name, strategies in zip(tree.players, form.players, strict=True)
    )
    return Game(
        title=tree.title,
        players=(players[0], players[1]),
        payoffs=cells,
        parameters=tree.parameters,
        description=tree.description,
        extras=dict(tree.extras),
        payoff_model=TreeForm(tree, form, cells),
    )


def tree_of(game: Game) -> GameTree | None:
    """The tree behind ``game`` (with the game's current names), or None for a matrix game."""
    model = game.payoff_model
    return model.tree_for(game) if isinstance(model, TreeForm) else None


# --- cells: the expected payoffs as formulas ------------------------------------------------------


def _cells(tree: GameTree, form: StrategicForm) -> tuple[tuple[Cell, ...], ...]:
    """Each cell's expected payoff as a formula: a number where it is constant, otherwise the
    sum over the leaves it reaches of chance probabilities times collected payoffs."""
    m, n = form.shape
    view = form.view
    probability, outcome, _ = node_values(tree, tree.defaults())
    at_defaults = form.payoffs_at(probability, outcome)
    names = tree.parameter_names
    paths = [_path_formulas(tree, view.nodes[z]) for z in view.leaves]
    bounds = [*form.starts.tolist(), len(form.pairs)]
    rows = []
    for i in range(m):
        row: list[Cell] = []
        for j in range(n):
            cell = i * n + j
            reached = [paths[z] for z in form.pairs[bounds[cell] : bounds[cell + 1], 1]]
            first, second = (
                _cell_formula(reached, player, float(at_defaults[player][0, i, j]), names)
                for player in (0, 1)
            )
            row.append((first, second))
        rows.append(tuple(row))
    return tuple(rows)


def _path_formulas(
    tree: GameTree, leaf: int
) -> tuple[list[Formula], list[tuple[Formula, Formula]]]:
    """The chance probabilities and the outcomes on the way from the root to ``leaf``."""
    probabilities = [
        tree.nodes[node].probabilities[action]
        for node, action in tree.path_to(leaf)
        if tree.nodes[node].is_chance
    ]
    outcomes = [
        payoffs
        for node in [*(n for n, _ in tree.path_to(leaf)), leaf]
        if (payoffs := tree.nodes[node].payoffs) is not None
    ]
    return probabilities, outcomes


def _cell_formula(
    paths: list[tuple[list[Formula], list[tuple[Formula, Formula]]]],
    player: int,
    value: float,
    names: tuple[str, ...],
) -> Formula:
    used = [
        f
        for probabilities, outcomes in paths
        for f in (*probabilities, *(o[player] for o in outcomes))
    ]
    if all(f.is_constant for f in used) and math.isfinite(value):
        return _number(value)
    terms = []
    for probabilities, outcomes in paths:
        payoff = " + ".join(o[player].text for o in outcomes) or "0"
        factors = [
            f"({p.text})"
            for p in probabilities
            if not (p.is_constant and float(p.evaluate({})) == 1)
        ]
        terms.append("*".join([*factors, f"({payoff})"]))
    try:
        return Formula(" + ".join(terms), names)
    except FormulaError:
        if not math.isfinite(value):
            raise TreeError(
                "an expected payoff of the strategic form is undefined at the default "
                "parameter values"
            ) from None
        return _number(value)


def _number(value: float) -> Formula:
    """A constant cell: an integer, a short decimal, an exact fraction such as 1/3, or the float."""
    if value.is_integer():
        return Formula(int(value))
    fraction = as_fraction(value, CELL_DENOMINATOR)
    if fraction is not None and len(repr(value)) > SHORT_DECIMAL:
        return Formula(f"{fraction.numerator}/{fraction.denominator}")
    return Formula(value)


__all__ = ["TreeForm", "tree_game", "tree_of"]
