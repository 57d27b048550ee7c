"""A game written with strategy families, and its expansion into an ordinary strategic form.

A :class:`FamilyTable` is a payoff table whose rows and columns are *blocks*: a family of
strategies (:class:`~explorer.core.families.model.StrategyRange`) or a single strategy.
Each pair of blocks has one pair of payoff formulas, written in the parameters and in the
variables of the two blocks (``(p - cost) * share``). An ordinary game is the table whose
blocks are all single strategies.

:func:`family_game` expands a table into a :class:`~explorer.core.game.Game`: the strategies
are the blocks' strategies in order, and the payoffs come from :class:`FamilyForm`, which
evaluates each block's formulas once over the whole grid of strategy values (and of
parameter values, for a sweep), never one formula per cell.
"""

from __future__ import annotations

import difflib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
import numpy.typing as npt

from explorer.core.families.cells import BoundFormula
from explorer.core.families.model import (
    MAX_FAMILY_STRATEGIES,
    Block,
    StrategyRange,
    block_label,
    block_names,
    block_size,
)
from explorer.core.formula import FloatArray, Formula, FormulaError
from explorer.core.game import COLUMN, ROW, Cell, Game, GameError, Parameter, Player

Blocks = tuple[Block, ...]


@dataclass(frozen=True)
class FamilyTable:
    """Both players' blocks and one pair of payoff formulas per pair of blocks.

    ``formulas[i][j]`` is ``(row payoff, column payoff)`` when the row player plays a
    strategy of block ``i`` and the column player one of block ``j``.
    """

    blocks: tuple[Blocks, Blocks]
    formulas: tuple[tuple[Cell, ...], ...]

    @property
    def has_ranges(self) -> bool:
        return any(isinstance(b, StrategyRange) for side in self.blocks for b in side)

    def variables(self, player: int) -> frozenset[str]:
        """The strategy variables of one player's families."""
        return frozenset(b.variable for b in self.blocks[player] if isinstance(b, StrategyRange))

    def names_at(self, i: int, j: int) -> frozenset[str]:
        """The strategy variables a formula of block pair (i, j) may use."""
        return frozenset(
            b.variable
            for b in (self.blocks[ROW][i], self.blocks[COLUMN][j])
            if isinstance(b, StrategyRange)
        )

    def offsets(self, player: int) -> tuple[int, ...]:
        """Where each block's strategies start in the player's list, and the total at the end."""
        starts = [0]
        for block in self.blocks[player]:
            starts.append(starts[-1] + block_size(block))
        return tuple(starts)

    def block_at(self, player: int, index: int) -> tuple[int, int]:
        """The block holding the player's strategy ``index``, and the strategy's place in it."""
        starts = self.offsets(player)
        block = int(np.searchsorted(starts, index, side="right")) - 1
        return block, index - starts[block]

    def strategy_names(self, player: int) -> tuple[str, ...]:
        return tuple(name for block in self.blocks[player] for name in block_names(block))

    def pair_label(self, i: int, j: int, player: int, players: Sequence[str]) -> str:
        """Words naming one formula: "Closed provider's payoff at (p = 0 … 1 (21 values), Free)"."""
        row, column = block_label(self.blocks[ROW][i]), block_label(self.blocks[COLUMN][j])
        return f"{players[player]}'s payoff at ({row}, {column})"


def compile_table(
    blocks: Sequence[Sequence[Block]],
    formulas: Sequence[Sequence[Sequence[str | float | Formula]]],
    parameters: Sequence[str],
    players: Sequence[str],
) -> FamilyTable:
    """Check blocks and formulas and build the :class:`FamilyTable`.

    Raises
    ------
    GameError
        One sentence naming the block, formula or variable at fault.
    """
    row_blocks, column_blocks = (tuple(side) for side in blocks)
    for player, side in enumerate((row_blocks, column_blocks)):
        if not side:
            raise GameError(f"{players[player]} needs at least one strategy")
    table = FamilyTable((row_blocks, column_blocks), ())
    _check_variables(table, parameters, players)
    if len(formulas) != len(row_blocks):
        raise GameError(
            f"the payoff table has {len(formulas)} rows but {players[ROW]} has "
            f"{len(row_blocks)} blocks of strategies"
        )
    rows = []
    for i, row in enumerate(formulas):
        if len(row) != len(column_blocks):
            raise GameError(
                f"payoff row {i + 1} has {len(row)} cells but {players[COLUMN]} has "
                f"{len(column_blocks)} blocks of strategies"
            )
        cells = []
        for j, cell in enumerate(row):
            if len(cell) != 2:
                raise GameError(f"cell ({i + 1}, {j + 1}) needs exactly two payoffs")
            allowed = table.names_at(i, j)
            first, second = (
                _compiled(entry, parameters, allowed, table.pair_label(i, j, p, players))
                for p, entry in enumerate(cell)
            )
            cells.append((first, second))
        rows.append(tuple(cells))
    return FamilyTable(table.blocks, tuple(rows))


def _check_variables(table: FamilyTable, parameters: Sequence[str], players: Sequence[str]) -> None:
    for player in (ROW, COLUMN):
        count = sum(block_size(b) for b in table.blocks[player])
        if table.has_ranges and count > MAX_FAMILY_STRATEGIES:
            raise GameError(
                f"{players[player]} has {count} strategies; a player of a game with strategy "
                f"families has at most {MAX_FAMILY_STRATEGIES}"
            )
        for variable in sorted(table.variables(player) & set(parameters)):
            raise GameError(f"the strategy variable '{variable}' is also the name of a parameter")
    for variable in sorted(table.variables(ROW) & table.variables(COLUMN)):
        raise GameError(
            f"both players' strategies use the variable '{variable}'; give each player its own"
        )


def _compiled(
    entry: str | float | Formula, parameters: Sequence[str], variables: frozenset[str], where: str
) -> Formula:
    try:
        formula = entry if isinstance(entry, Formula) else Formula(entry)
    except FormulaError as error:
        raise GameError(f"{where}: {error.message}") from None
    unknown = sorted(formula.names - variables - set(parameters))
    if unknown:
        known = sorted(variables) + sorted(parameters)
        close = difflib.get_close_matches(unknown[0], known, n=1)
        hint = f" (did you mean '{close[0]}'?)" if close else ""
        names = ", ".join(known) or "none"
        raise GameError(f"{where}: unknown name '{unknown[0]}'{hint}; names here are: {names}")
    return formula


class FamilyForm:
    """The :class:`~explorer.core.game.PayoffModel` of a family game.

    Block pair (i, j)'s formulas are evaluated once with the row variable as a column
    vector of the block's values and the column variable as a row vector, so numpy
    broadcasts them over every strategy pair of the block (and over a parameter grid).
    """

    def __init__(self, table: FamilyTable) -> None:
        self.table = table
        self.names = (table.strategy_names(ROW), table.strategy_names(COLUMN))
        self.starts = (table.offsets(ROW), table.offsets(COLUMN))
        self.cells = _cells(table)
        self.used = frozenset(
            name
            for i, row in enumerate(table.formulas)
            for j, cell in enumerate(row)
            for f in cell
            for name in f.names - table.names_at(i, j)
        )

    @property
    def shape(self) -> tuple[int, int]:
        return self.starts[ROW][-1], self.starts[COLUMN][-1]

    @property
    def is_parametric(self) -> bool:
        return bool(self.used)

    def describes(self, game: Game) -> bool:
        return (
            game.payoffs is self.cells
            and (game.players[ROW].strategies, game.players[COLUMN].strategies) == self.names
            and self.used <= set(game.parameter_names)
        )

    def evaluate(self, values: Mapping[str, float]) -> tuple[FloatArray, FloatArray]:
        return self.evaluate_grid(values)

    def evaluate_grid(self, values: Mapping[str, npt.ArrayLike]) -> tuple[FloatArray, FloatArray]:
        arrays = {name: np.asarray(value, dtype=float) for name, value in values.items()}
        shape = np.broadcast_shapes(*(a.shape for a in arrays.values())) if arrays else ()
        point: dict[str, npt.ArrayLike] = {n: a[..., None, None] for n, a in arrays.items()}
        m, n = self.shape
        A, B = np.empty((*shape, m, n)), np.empty((*shape, m, n))
        rows, columns = self.table.blocks
        for i, row_block in enumerate(rows):
            r0, r1 = self.starts[ROW][i], self.starts[ROW][i + 1]
            if isinstance(row_block, StrategyRange):
                point[row_block.variable] = np.array(row_block.values)[:, None]
            for j, column_block in enumerate(columns):
                c0, c1 = self.starts[COLUMN][j], self.starts[COLUMN][j + 1]
                if isinstance(column_block, StrategyRange):
                    point[column_block.variable] = np.array(column_block.values)[None, :]
                for target, formula in zip((A, B), self.table.formulas[i][j], strict=True):
                    target[..., r0:r1, c0:c1] = formula.evaluate(point)
        return A, B

    def to_dict(self, game: Game) -> dict[str, Any]:
        # The file form lives with the other formats, which import this module.
        from explorer.core.io.family_json import family_game_to_dict

        return family_game_to_dict(game, self.table)


def _cells(table: FamilyTable) -> tuple[tuple[Cell, ...], ...]:
    """Each strategy pair's payoffs: the block's formulas with the two values filled in."""
    rows: list[list[Cell]] = []
    for i, row_block in enumerate(table.blocks[ROW]):
        row_values = _values(row_block)
        block_rows: list[list[Cell]] = [[] for _ in row_values]
        for j, column_block in enumerate(table.blocks[COLUMN]):
            column_values = _values(column_block)
            first, second = (
                _bound_cells(f, row_block, column_block, row_values, column_values)
                for f in table.formulas[i][j]
            )
            for a, (row_firsts, row_seconds) in enumerate(zip(first, second, strict=True)):
                block_rows[a].extend(zip(row_firsts, row_seconds, strict=True))
        rows.extend(block_rows)
    return tuple(tuple(row) for row in rows)


def _values(block: Block) -> tuple[float, ...]:
    return block.values if isinstance(block, StrategyRange) else (0.0,)


def _bound_cells(
    formula: Formula,
    row_block: Block,
    column_block: Block,
    row_values: tuple[float, ...],
    column_values: tuple[float, ...],
) -> list[list[Formula]]:
    """``formula`` at every pair of the two blocks' values: the formula itself where it
    uses neither block's variable, else a :class:`BoundFormula` for each pair."""
    row_variable = row_block.variable if isinstance(row_block, StrategyRange) else None
    column_variable = column_block.variable if isinstance(column_block, StrategyRange) else None
    uses_row, uses_column = row_variable in formula.names, column_variable in formula.names
    if not (uses_row or uses_column):
        return [[formula] * len(column_values) for _ in row_values]
    names = formula.names - {row_variable, column_variable}
    cells: list[list[Formula]] = []
    for x in row_values:
        fixed_row = {row_variable: x} if uses_row and row_variable else {}
        if uses_column and column_variable:
            cells.append(
                [
                    BoundFormula(formula, {**fixed_row, column_variable: y}, names)
                    for y in column_values
                ]
            )
        else:
            cell = BoundFormula(formula, fixed_row, names)
            cells.append([cell] * len(column_values))
    return cells


def family_game(
    title: str,
    players: Sequence[tuple[str, Sequence[Block]]],
    formulas: Sequence[Sequence[Sequence[str | float | Formula]]],
    parameters: Sequence[Parameter] = (),
    description: str = "",
    extras: Mapping[str, Any] | None = None,
) -> Game:
    """A game whose strategies are blocks (families or single strategies), expanded.

    Without any family the result is an ordinary game whose cells are the formulas.

    Raises
    ------
    GameError
        One sentence naming the player, block, formula or variable at fault.
    """
    names = [name for name, _ in players]
    if len(players) != 2:
        raise GameError(f"a game needs exactly 2 players, not {len(players)}")
    table = compile_table(
        [blocks for _, blocks in players], formulas, [p.name for p in parameters], names
    )
    expanded, payoffs, model = _expanded(names, table)
    return Game(
        title=title,
        players=expanded,
        payoffs=payoffs,
        parameters=tuple(parameters),
        description=description,
        extras=dict(extras or {}),
        payoff_model=model,
    )


def game_with_table(
    game: Game, table: FamilyTable, parameters: tuple[Parameter, ...] | None = None
) -> Game:
    """``game`` (its title, players' names, parameters, notes) with the strategies and
    payoffs of ``table`` (and other ``parameters``, if given): a family game, or an ordinary
    one if no family is left. Another payoff model (a tree's) stays as long as it still
    describes the table (a renamed strategy)."""
    players, payoffs, family = _expanded([p.name for p in game.players], table)
    kept = game.payoff_model if family_of(game) is None else None
    return game.with_changes(
        players=players,
        payoffs=payoffs,
        payoff_model=family or kept,
        parameters=game.parameters if parameters is None else parameters,
    )


def _expanded(
    names: Sequence[str], table: FamilyTable
) -> tuple[tuple[Player, Player], tuple[tuple[Cell, ...], ...], FamilyForm | None]:
    """The players, the cells and the payoff model of a table's game."""
    players = (
        Player(names[ROW], table.strategy_names(ROW)),
        Player(names[COLUMN], table.strategy_names(COLUMN)),
    )
    if not table.has_ranges:
        return players, table.formulas, None
    model = FamilyForm(table)
    return players, model.cells, model


def family_of(game: Game) -> FamilyForm | None:
    """The families behind ``game``, or None for an ordinary game."""
    model = game.payoff_model
    return model if isinstance(model, FamilyForm) else None


def table_of(game: Game) -> FamilyTable:
    """``game`` as a table of blocks: its families' table, or one block per strategy."""
    form = family_of(game)
    if form is not None:
        return form.table
    return FamilyTable(
        (game.players[ROW].strategies, game.players[COLUMN].strategies), game.payoffs
    )


__all__ = [
    "FamilyForm",
    "FamilyTable",
    "compile_table",
    "family_game",
    "family_of",
    "game_with_table",
    "table_of",
]
