"""Edits of a game as pure functions: each takes a game and returns a new, validated one."""

from __future__ import annotations

import ast
from collections.abc import Sequence
from dataclasses import replace

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
    """Replace one payoff; the formula must use only the game's parameters."""
    rows = [list(row) for row in game.payoffs]
    cell = list(rows[i][j])
    cell[player] = formula
    rows[i][j] = (cell[0], cell[1])
    return replace(game, payoffs=tuple(tuple(row) for row in rows))


def _players_with(game: Game, player: int, strategies: Sequence[str]) -> tuple[Player, Player]:
    updated = Player(game.players[player].name, tuple(strategies))
    return (updated, game.players[COLUMN]) if player == ROW else (game.players[ROW], updated)


def _unique_name(base: str, taken: Sequence[str]) -> str:
    if base not in taken:
        return base
    k = 2
    while f"{base} {k}" in taken:
        k += 1
    return f"{base} {k}"


def add_strategy(game: Game, player: int, position: int, name: str | None = None) -> Game:
    """Insert a strategy with zero payoffs at ``position`` of ``player``'s list."""
    strategies = list(game.players[player].strategies)
    strategies.insert(position, name or _unique_name(f"Strategy {len(strategies) + 1}", strategies))
    rows = [list(row) for row in game.payoffs]
    if player == ROW:
        rows.insert(position, [(ZERO, ZERO)] * game.shape[1])
    else:
        for row in rows:
            row.insert(position, (ZERO, ZERO))
    return replace(
        game,
        players=_players_with(game, player, strategies),
        payoffs=tuple(tuple(row) for row in rows),
    )


def remove_strategy(game: Game, player: int, index: int) -> Game:
    """Delete one strategy and its payoffs; a player keeps at least one strategy."""
    strategies = list(game.players[player].strategies)
    if len(strategies) == 1:
        raise GameError(f"{game.players[player].name} needs at least one strategy")
    del strategies[index]
    rows = [list(row) for row in game.payoffs]
    if player == ROW:
        del rows[index]
    else:
        for row in rows:
            del row[index]
    return replace(
        game,
        players=_players_with(game, player, strategies),
        payoffs=tuple(tuple(row) for row in rows),
    )


def move_strategy(game: Game, player: int, index: int, to: int) -> Game:
    """Move a strategy (with its payoffs) from ``index`` to position ``to``."""
    order = list(range(len(game.players[player].strategies)))
    order.insert(to, order.pop(index))
    strategies = [game.players[player].strategies[k] for k in order]
    if player == ROW:
        payoffs = tuple(game.payoffs[k] for k in order)
    else:
        payoffs = tuple(tuple(row[k] for k in order) for row in game.payoffs)
    return replace(game, players=_players_with(game, player, strategies), payoffs=payoffs)


def rename_strategy(game: Game, player: int, index: int, name: str) -> Game:
    strategies = list(game.players[player].strategies)
    strategies[index] = name.strip()
    return replace(game, players=_players_with(game, player, strategies))


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
    names = [p.name for p in parameters]

    def renamed(cell: Cell) -> Cell:
        return (
            rename_in_formula(cell[ROW], name, parameter.name, names),
            rename_in_formula(cell[COLUMN], name, parameter.name, names),
        )

    payoffs = tuple(tuple(renamed(cell) for cell in row) for row in game.payoffs)
    return replace(game, parameters=parameters, payoffs=payoffs)


def remove_parameter(game: Game, name: str) -> Game:
    """Delete a parameter that no formula uses (otherwise say which payoff uses it)."""
    for i, j, player, formula in game.entries():
        if name in formula.names:
            raise GameError(f"'{name}' is still used by {game.cell_label(i, j, player)}")
    return replace(game, parameters=tuple(p for p in game.parameters if p.name != name))


def rename_in_formula(formula: Formula, old: str, new: str, names: Sequence[str]) -> Formula:
    """The formula with every use of the name ``old`` written as ``new``, spacing kept.

    The parser reports where each name stands in UTF-8 bytes (a name such as ``α`` takes
    two), so the text is edited as bytes.
    """
    if old not in formula.names or not isinstance(formula.source, str):
        return formula
    text = formula.source.encode("utf-8")
    indent = len(text) - len(formula.source.lstrip().encode("utf-8"))
    tree = ast.parse(formula.source.strip(), mode="eval")
    spans = sorted(
        (node.col_offset + indent, (node.end_col_offset or node.col_offset) + indent)
        for node in ast.walk(tree)
        if isinstance(node, ast.Name) and node.id == old
    )
    for start, end in reversed(spans):
        text = text[:start] + new.encode("utf-8") + text[end:]
    try:
        return Formula(text.decode("utf-8"), names)
    except FormulaError as error:  # pragma: no cover - a valid rename keeps a valid formula
        raise GameError(f"renaming '{old}' broke the formula '{formula.text}': {error}") from None
