"""Edits of a game as pure functions: each takes a game and returns a new, validated one."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from explorer.core.families import (
    Block,
    FamilyTable,
    StrategyRange,
    compile_table,
    family_of,
    game_with_table,
    replace_names,
    table_of,
)
from explorer.core.families.cells import number_source
from explorer.core.formula import Formula, FormulaError
from explorer.core.game import COLUMN, ROW, Cell, Game, GameError, Parameter, Player

ZERO = Formula(0)


def blank_game() -> Game:
    """A new 2×2 game with zero payoffs, the start of File > New."""
    return Game(
        title="Untitled game",
        players=(
            Player("Row player", ("Top", "Bottom")),
            Player("Column player", ("Left", "Right")),
        ),
        payoffs=(((ZERO, ZERO), (ZERO, ZERO)), ((ZERO, ZERO), (ZERO, ZERO))),
    )


def set_cell(game: Game, i: int, j: int, player: int, formula: Formula) -> Game:
    """Replace one payoff; the formula must use only the game's parameters.

    In a family game only a cell of two single strategies has a payoff of its own; the
    others come from a family's formula (:func:`set_family_formula`).
    """
    if family_of(game) is not None:
        table = table_of(game)
        bi, bj = table.block_at(ROW, i)[0], table.block_at(COLUMN, j)[0]
        for block in (table.blocks[ROW][bi], table.blocks[COLUMN][bj]):
            if isinstance(block, StrategyRange):
                raise GameError(
                    f"{game.cell_label(i, j, player)} comes from the formula of the family "
                    f"{block.label}; edit that formula, or turn the family into single "
                    "strategies first"
                )
        return set_family_formula(game, bi, bj, player, formula)
    rows = [list(row) for row in game.payoffs]
    cell = list(rows[i][j])
    cell[player] = formula
    rows[i][j] = (cell[0], cell[1])
    return replace(game, payoffs=tuple(tuple(row) for row in rows))


def _unique_name(base: str, taken: Sequence[str]) -> str:
    if base not in taken:
        return base
    k = 2
    while f"{base} {k}" in taken:
        k += 1
    return f"{base} {k}"


# --- strategies: every game as a table of blocks (a block is one strategy or a family) --------


def _with_lines(
    table: FamilyTable, player: int, blocks: Sequence[Block], lines: Sequence[tuple[Cell, ...]]
) -> FamilyTable:
    """``table`` with ``player``'s blocks replaced and, for each, its line of payoff cells
    (a row of the table for the row player, a column for the column player)."""
    if player == ROW:
        return FamilyTable((tuple(blocks), table.blocks[COLUMN]), tuple(lines))
    formulas = tuple(zip(*lines, strict=True)) if lines else ()
    return FamilyTable((table.blocks[ROW], tuple(blocks)), formulas)


def _rebuilt(
    game: Game,
    table: FamilyTable,
    player: int,
    blocks: Sequence[Block],
    lines: Sequence[tuple[Cell, ...]],
) -> Game:
    """``game`` with ``player``'s blocks and their payoff lines replaced (:func:`_with_lines`)."""
    return game_with_table(game, _with_lines(table, player, blocks, lines))


def _lines(table: FamilyTable, player: int) -> list[tuple[Cell, ...]]:
    """The payoff cells block by block: the rows of the table, or its columns."""
    if player == ROW:
        return list(table.formulas)
    return [tuple(row[j] for row in table.formulas) for j in range(len(table.blocks[COLUMN]))]


def _single(game: Game, table: FamilyTable, player: int, index: int, doing: str) -> int:
    """The block of the player's strategy ``index``, which must be a single strategy."""
    block, _ = table.block_at(player, index)
    found = table.blocks[player][block]
    if isinstance(found, StrategyRange):
        name = game.players[player].strategies[index]
        raise GameError(
            f"'{name}' is one of the family {found.label}: to {doing} it, change the family's "
            "range or turn the family into single strategies first"
        )
    return block


def add_strategy(game: Game, player: int, position: int, name: str | None = None) -> Game:
    """Insert a strategy with zero payoffs at ``position`` of ``player``'s list (between
    two blocks in a family game)."""
    table = table_of(game)
    strategies = game.players[player].strategies
    blocks, lines = list(table.blocks[player]), _lines(table, player)
    block, offset = (
        table.block_at(player, position) if position < len(strategies) else (len(blocks), 0)
    )
    if offset:
        _single(game, table, player, position, "insert a strategy inside")
    other = len(table.blocks[1 - player])
    blocks.insert(block, name or _unique_name(f"Strategy {len(strategies) + 1}", strategies))
    lines.insert(block, ((ZERO, ZERO),) * other)
    return _rebuilt(game, table, player, blocks, lines)


def remove_strategy(game: Game, player: int, index: int) -> Game:
    """Delete one strategy and its payoffs; a player keeps at least one strategy."""
    if len(game.players[player].strategies) == 1:
        raise GameError(f"{game.players[player].name} needs at least one strategy")
    table = table_of(game)
    block = _single(game, table, player, index, "remove")
    blocks, lines = list(table.blocks[player]), _lines(table, player)
    del blocks[block], lines[block]
    return _rebuilt(game, table, player, blocks, lines)


def move_strategy(game: Game, player: int, index: int, to: int) -> Game:
    """Move a strategy (with its payoffs) from ``index`` to position ``to`` (in a family game,
    to the place of the block at ``to``)."""
    table = table_of(game)
    block = _single(game, table, player, index, "move")
    target, _ = table.block_at(player, to)
    blocks, lines = list(table.blocks[player]), _lines(table, player)
    blocks.insert(target, blocks.pop(block))
    lines.insert(target, lines.pop(block))
    return _rebuilt(game, table, player, blocks, lines)


def rename_strategy(game: Game, player: int, index: int, name: str) -> Game:
    """Rename one strategy (a family's strategies are named by their values)."""
    table = table_of(game)
    block = _single(game, table, player, index, "rename")
    blocks = list(table.blocks[player])
    blocks[block] = name.strip()
    return _rebuilt(game, table, player, blocks, _lines(table, player))


def rename_player(game: Game, player: int, name: str) -> Game:
    renamed = Player(name.strip(), game.players[player].strategies)
    players = (renamed, game.players[COLUMN]) if player == ROW else (game.players[ROW], renamed)
    return replace(game, players=players)


def add_parameter(game: Game, parameter: Parameter) -> Game:
    return replace(game, parameters=(*game.parameters, parameter))


def update_parameter(game: Game, name: str, parameter: Parameter) -> Game:
    """Replace the parameter ``name`` (range, default, description, or its name).

    A new name is written into every formula that uses the old one.
    """
    parameters = tuple(parameter if p.name == name else p for p in game.parameters)
    if parameter.name == name:
        return replace(game, parameters=parameters)
    table = table_of(game)

    def renamed(cell: Cell) -> Cell:
        return (
            rename_in_formula(cell[ROW], name, parameter.name),
            rename_in_formula(cell[COLUMN], name, parameter.name),
        )

    formulas = tuple(tuple(renamed(cell) for cell in row) for row in table.formulas)
    return game_with_table(game, FamilyTable(table.blocks, formulas), parameters)


def remove_parameter(game: Game, name: str) -> Game:
    """Delete a parameter that no formula uses (otherwise say which payoff uses it)."""
    for i, j, player, formula in game.entries():
        if name in formula.names:
            raise GameError(f"'{name}' is still used by {game.cell_label(i, j, player)}")
    return replace(game, parameters=tuple(p for p in game.parameters if p.name != name))


def rename_in_formula(
    formula: Formula, old: str, new: str, names: Sequence[str] | None = None
) -> Formula:
    """The formula with every use of the name ``old`` written as ``new``, spacing kept;
    checked against ``names`` (the names it may use) where given."""
    return _replaced(formula, old, new, f"renaming '{old}'", names)


def _replaced(
    formula: Formula, name: str, text: str, doing: str, names: Sequence[str] | None = None
) -> Formula:
    """The formula with the name ``name`` written as ``text`` (another name, or a number)."""
    if name not in formula.names or not isinstance(formula.source, str):
        return formula
    try:
        return Formula(replace_names(formula.source, {name: text}), names)
    except FormulaError as error:
        raise GameError(f"{doing} would break the formula '{formula.text}': {error}") from None


# --- strategy families (block indices as in :func:`explorer.core.families.table_of`) -----------


def _compiled(game: Game, table: FamilyTable) -> Game:
    """``game`` with the strategies and payoffs of ``table``, its formulas checked again."""
    checked = compile_table(
        table.blocks, table.formulas, game.parameter_names, [p.name for p in game.players]
    )
    return game_with_table(game, checked)


def _family(table: FamilyTable, player: int, block: int) -> StrategyRange:
    found = table.blocks[player][block]
    if not isinstance(found, StrategyRange):
        raise GameError(f"'{found}' is a single strategy, not a family")
    return found


def set_family_formula(
    game: Game, i: int, j: int, player: int, formula: Formula | str | float
) -> Game:
    """Replace one payoff formula of the block pair (i, j): the row player's block ``i``
    against the column player's block ``j``. It may use the two blocks' variables."""
    table = table_of(game)
    try:
        entry = formula if isinstance(formula, Formula) else Formula(formula)
    except FormulaError as error:
        where = table.pair_label(i, j, player, [p.name for p in game.players])
        raise GameError(f"{where}: {error.message}") from None
    formulas = [list(row) for row in table.formulas]
    cell = list(formulas[i][j])
    cell[player] = entry
    formulas[i][j] = (cell[0], cell[1])
    return _compiled(game, FamilyTable(table.blocks, tuple(tuple(r) for r in formulas)))


def make_family(game: Game, player: int, block: int, family: StrategyRange) -> Game:
    """Turn the single strategy ``block`` into ``family``: its payoff formulas stay, and may
    now use the family's variable."""
    table = table_of(game)
    found = table.blocks[player][block]
    if isinstance(found, StrategyRange):
        raise GameError(f"{found.label} is a family already")
    blocks = list(table.blocks[player])
    blocks[block] = family
    return _compiled(game, _with_lines(table, player, blocks, _lines(table, player)))


def set_family_range(game: Game, player: int, block: int, family: StrategyRange) -> Game:
    """Give the family ``block`` another range or variable; a new variable name is written
    into the formulas that use the old one."""
    table = table_of(game)
    old = _family(table, player, block)
    blocks, lines = list(table.blocks[player]), _lines(table, player)
    blocks[block] = family
    if family.variable != old.variable:
        lines[block] = tuple(
            (
                rename_in_formula(cell[ROW], old.variable, family.variable),
                rename_in_formula(cell[COLUMN], old.variable, family.variable),
            )
            for cell in lines[block]
        )
    return _compiled(game, _with_lines(table, player, blocks, lines))


def split_family(game: Game, player: int, block: int) -> Game:
    """Turn the family ``block`` into single strategies named by their values
    (``price=0.35``), each with the family's formulas at its value."""
    table = table_of(game)
    family = _family(table, player, block)
    blocks, lines = list(table.blocks[player]), _lines(table, player)
    doing = f"writing out {family.label}"
    blocks[block : block + 1] = family.names
    lines[block : block + 1] = [
        tuple(
            (
                _replaced(cell[ROW], family.variable, number_source(value), doing),
                _replaced(cell[COLUMN], family.variable, number_source(value), doing),
            )
            for cell in lines[block]
        )
        for value in family.values
    ]
    return _compiled(game, _with_lines(table, player, blocks, lines))


__all__ = [
    "add_parameter",
    "add_strategy",
    "blank_game",
    "make_family",
    "move_strategy",
    "remove_parameter",
    "remove_strategy",
    "rename_player",
    "rename_strategy",
    "set_cell",
    "set_family_formula",
    "set_family_range",
    "split_family",
    "update_parameter",
]
