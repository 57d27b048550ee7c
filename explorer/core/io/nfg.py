"""Gambit strategic-form (``.nfg``) files of two-player games: read both forms, write one."""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field

from explorer.core.formula import FormulaError
from explorer.core.game import MAX_STRATEGIES, MAX_TEXT_LENGTH, FloatArray, Game, GameError
from explorer.core.io.errors import GameFileError
from explorer.core.io.gambit import (
    Entry,
    Lexer,
    check_text,
    clean_label,
    describe_token,
    exact_number_text,
    label_names,
    number_entry,
    number_entry_at,
    quote,
    read_file_type,
    read_players,
    shorten,
    whole_number,
)

# A Gambit .nfg file is a stream of tokens (explorer.core.io.gambit):
#
#   NFG 1 R "title" { "Player 1" "Player 2" }     prologue: version 1, R or D, title, players
#   { 3 2 }  or  { { "a" "b" "c" } { "x" "y" } }  strategy counts, or strategy names per player
#   "comment"                                     optional
#   then either the payoff form:  one number per player per strategy profile, or
#   the outcome form:  { { "name" 1, 2 } ... }  then one outcome number per profile (0 = none).
#
# Profiles are listed with the first player's strategy changing fastest, so for two players
# the table is written column by column.

#: An outcome as most files write it, ``{ "name" 1, 2 }`` (name and commas optional, the
#: name without escapes): its two payoffs are groups 1 and 2. Others are read token by token.
_PLAIN_OUTCOME = re.compile(r'\s*\{\s*(?:"[^"\\]*"\s*)?([^\s{}",]+)\s*,?\s*([^\s{}",]+)\s*,?\s*\}')


# --- the prologue -------------------------------------------------------------------------


@dataclass
class _Prologue:
    title: str = ""
    players: list[str] = field(default_factory=list)
    strategies: list[list[str]] = field(default_factory=list)
    comment: str = ""

    @property
    def shape(self) -> tuple[int, int]:
        return len(self.strategies[0]), len(self.strategies[1])


def _check_strategy_count(player: str, count: int) -> None:
    if count == 0:
        raise GameFileError(f"{player} has no strategies; each player needs at least one")
    if count > MAX_STRATEGIES:
        raise GameFileError(
            f"{player} has {count} strategies; the explorer handles at most "
            f"{MAX_STRATEGIES} per player"
        )


def _read_strategy_labels(lexer: Lexer, player: str) -> list[str]:
    lexer.expect("{", f"'{{' to open the list of {player}'s strategies")
    labels = []
    while (token := lexer.next()).kind == "text":
        labels.append(token.value)
    if token.kind != "}":
        raise lexer.unexpected(token, f"a strategy name of {player} in double quotes or '}}'")
    _check_strategy_count(player, len(labels))
    return label_names(labels)


def _read_strategies(lexer: Lexer, players: Sequence[str]) -> list[list[str]]:
    """Either ``{ 3 2 }`` (counts; strategies are then named 1, 2, 3) or nested name lists."""
    lexer.expect("{", "'{' to open the list of strategies")
    if lexer.peek().kind == "{":
        strategies = [_read_strategy_labels(lexer, player) for player in players]
    else:
        strategies = []
        for player in players:
            count = whole_number(lexer, lexer.next(), f"the number of strategies of {player}")
            _check_strategy_count(player, count)
            strategies.append([str(k) for k in range(1, count + 1)])
    token = lexer.next()
    if token.kind != "}":
        raise lexer.unexpected(token, "'}' to close the list of strategies of the 2 players")
    return strategies


def _read_prologue(lexer: Lexer) -> _Prologue:
    read_file_type(
        lexer,
        "NFG",
        "1",
        "EFG",
        "this is a Gambit extensive game (.efg); only strategic games (.nfg) can be opened",
    )
    prologue = _Prologue()
    title = lexer.expect("text", "the game's title in double quotes after 'NFG 1 R'").value
    prologue.title = shorten(clean_label(title), MAX_TEXT_LENGTH)
    prologue.players = read_players(lexer)
    prologue.strategies = _read_strategies(lexer, prologue.players)
    if lexer.peek().kind == "text":
        comment = lexer.next().value.replace("\r\n", "\n")
        prologue.comment = shorten(comment, MAX_TEXT_LENGTH)
    return prologue


# --- the two forms of the body ------------------------------------------------------------


Table = list[list[list[Entry]]]


def _empty_table(m: int, n: int) -> Table:
    return [[[0, 0] for _ in range(n)] for _ in range(m)]


def _profiles(m: int, n: int) -> Iterator[tuple[int, int]]:
    """Strategy profiles in file order: the first (row) player's strategy changes fastest."""
    for j in range(n):
        for i in range(m):
            yield i, j


def _expect_end(lexer: Lexer, after: str) -> None:
    token = lexer.next()
    if token.kind != "end":
        raise lexer.error_at(
            token.offset,
            f"unexpected {describe_token(token)} after the {after}; the file should end",
        )


def _read_payoff_list(lexer: Lexer, m: int, n: int) -> Table:
    """The payoff form: two numbers (row player's, column player's) per profile."""
    table = _empty_table(m, n)
    expected = 2 * m * n
    for index, (i, j) in enumerate(_profiles(m, n)):
        for player in (0, 1):
            token = lexer.next()
            if token.kind == "end":
                found = 2 * index + player
                raise GameFileError(
                    f"the file ends after {found} of the {expected} payoffs a {m}×{n} game needs"
                )
            if token.kind == ",":
                raise lexer.error_at(
                    token.offset, "payoffs in the payoff list are separated by spaces, not commas"
                )
            if token.kind != "word":
                raise lexer.unexpected(token, "a payoff number")
            table[i][j][player] = number_entry(lexer, token)
    token = lexer.peek()
    if token.kind == "word":
        raise lexer.error_at(
            token.offset, f"the file has more than the {expected} payoffs a {m}×{n} game needs"
        )
    _expect_end(lexer, "payoffs")
    return table


def _read_outcome(lexer: Lexer, number: int) -> tuple[Entry, Entry]:
    """One outcome: ``{ "name" 1, 2 }``; the name and the commas may be left out."""
    start = lexer.expect("{", "'{' to open an outcome")
    if lexer.peek().kind == "text":
        lexer.next()
    payoffs: list[Entry] = []
    count = 0
    while (token := lexer.next()).kind in ("word", ","):
        if token.kind == "word":
            count += 1
            if count <= 2:
                payoffs.append(number_entry(lexer, token))
    if token.kind != "}":
        raise lexer.unexpected(token, f"a payoff of outcome {number} or '}}' to close it")
    if count != 2:
        raise lexer.error_at(
            start.offset,
            f"outcome {number} has {count} payoff{'s' * (count != 1)}; "
            "a two-player game needs 2, one per player",
        )
    return payoffs[0], payoffs[1]


def _read_outcomes(lexer: Lexer) -> list[tuple[Entry, Entry]]:
    lexer.expect("{", "'{' to open the list of outcomes")
    outcomes: list[tuple[Entry, Entry]] = []
    while True:
        plain = lexer.take(_PLAIN_OUTCOME)  # most outcomes: read in one match
        if plain is not None:
            row = number_entry_at(lexer, plain.group(1), plain.start(1))
            outcomes.append((row, number_entry_at(lexer, plain.group(2), plain.start(2))))
        elif lexer.peek().kind == "{":
            outcomes.append(_read_outcome(lexer, len(outcomes) + 1))
        else:
            break
    lexer.expect("}", "'{' to open an outcome or '}' to close the list of outcomes")
    return outcomes


def _read_outcome_form(lexer: Lexer, m: int, n: int) -> Table:
    """The outcome form: the outcomes, then one outcome number per profile; 0 pays nothing."""
    outcomes = _read_outcomes(lexer)
    table = _empty_table(m, n)
    for index, (i, j) in enumerate(_profiles(m, n)):
        token = lexer.next()
        if token.kind == "end":
            raise GameFileError(
                f"the file ends after {index} of the {m * n} outcome numbers a {m}×{n} game needs"
            )
        number = whole_number(lexer, token, "an outcome number")
        if number > len(outcomes):
            raise lexer.error_at(
                token.offset,
                f"outcome number {number} does not exist; the file defines "
                f"{len(outcomes)} outcome{'s' * (len(outcomes) != 1)} (0 means no outcome)",
            )
        if number:
            table[i][j] = list(outcomes[number - 1])
    token = lexer.peek()
    if token.kind == "word":
        raise lexer.error_at(
            token.offset,
            f"the file has more than the {m * n} outcome numbers a {m}×{n} game needs",
        )
    _expect_end(lexer, "outcome numbers")
    return table


def _read_body(lexer: Lexer, m: int, n: int) -> Table:
    token = lexer.peek()
    if token.kind == "{":
        return _read_outcome_form(lexer, m, n)
    if token.kind == "word":
        return _read_payoff_list(lexer, m, n)
    raise lexer.unexpected(token, "the payoffs (numbers) or the list of outcomes ('{')")


# --- public functions -----------------------------------------------------------------------


def parse_nfg_text(text: str) -> Game:
    """Read a two-player game from the text of a Gambit ``.nfg`` file.

    Both forms of the format are read: the payoff form (all payoffs listed, one per player
    per strategy profile) and the outcome form (numbered outcomes, then one outcome number
    per profile, 0 paying nothing). Strategies given only as counts are named "1", "2", ...
    as in Gambit; empty names are filled in and repeated ones numbered (``a_1``, ``a_2``).

    Parameters
    ----------
    text
        The whole file, header ``NFG 1 R`` (or ``NFG 1 D``) first.

    Returns
    -------
    Game
        Integer payoffs as ``int``, rationals such as ``1/3`` as exact formula text, decimals
        as ``float``; the file's comment becomes the description.

    Raises
    ------
    GameFileError
        With one sentence (naming the line where it helps) for any file that is not a
        readable two-player strategic game within the explorer's limits.
    """
    lexer = Lexer(check_text(text))
    prologue = _read_prologue(lexer)
    table = _read_body(lexer, *prologue.shape)
    try:
        return Game.build(
            title=prologue.title,
            players=list(zip(prologue.players, prologue.strategies, strict=True)),
            payoffs=table,
            description=prologue.comment,
        )
    except GameError as error:
        raise GameFileError(str(error)) from None


def to_nfg_text(game: Game, values: Mapping[str, float] | None = None) -> str:
    """The game as a Gambit ``.nfg`` file in the payoff form, with strategy names.

    Gambit has no parameters, so the payoffs are those at ``values`` (each parameter at its
    default where no value is given); for a parametric game the comment says which values.

    Parameters
    ----------
    game
        Any game of the explorer.
    values
        Parameter values to export at; unknown names or values out of range are refused.

    Returns
    -------
    str
        ``NFG 1 R`` text: title, players, strategy names, the description as the comment,
        then one line per strategy profile. Numbers are written by :func:`exact_number_text`
        (integers, ``a/b`` for simple fractions, otherwise the shortest ``repr``); reading
        the file back gives exactly the same payoff matrices.

    Raises
    ------
    GameFileError
        If the values are not valid for the game or some payoff is not finite there.
    """
    try:
        point = game.resolve(values)
        A, B = game.evaluate(point)
    except (GameError, FormulaError) as error:
        raise GameFileError(f"cannot write the Gambit file: {error}") from None
    row, column = game.players
    lines = [
        f"NFG 1 R {quote(game.title)} {{ {quote(row.name)} {quote(column.name)} }}",
        "",
        f"{{ {_label_list(row.strategies)}",
        f"{_label_list(column.strategies)}",
        "}",
        quote(_comment(game, point)),
        "",
        *_payoff_lines(A, B),
    ]
    return "\n".join(lines) + "\n"


# --- writing --------------------------------------------------------------------------------


def _label_list(labels: Sequence[str]) -> str:
    return "{ " + " ".join(quote(label) for label in labels) + " }"


def _comment(game: Game, point: Mapping[str, float]) -> str:
    """The description, plus the parameter values used when the game has formulas."""
    if not game.is_parametric:
        return game.description
    used = ", ".join(f"{name} = {point[name]:.10g}" for name in game.parameter_names)
    note = f"Payoffs at {used} (exported from Strategy Explorer)."
    return f"{game.description}\n\n{note}" if game.description else note


def _payoff_lines(A: FloatArray, B: FloatArray) -> list[str]:
    m, n = A.shape
    return [
        f"{exact_number_text(A[i, j])} {exact_number_text(B[i, j])}" for i, j in _profiles(m, n)
    ]
