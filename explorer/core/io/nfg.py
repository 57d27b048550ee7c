"""Gambit strategic-form (``.nfg``) files of two-player games: read both forms, write one."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from fractions import Fraction

from explorer.core.formula import MAX_MAGNITUDE, FormulaError
from explorer.core.game import (
    MAX_NAME_LENGTH,
    MAX_STRATEGIES,
    MAX_TEXT_LENGTH,
    FloatArray,
    Game,
    GameError,
)
from explorer.core.io.errors import GameFileError
from explorer.core.io.json_format import MAX_FILE_BYTES

# A Gambit .nfg file is a stream of tokens; white space between them carries no meaning:
#
#   NFG 1 R "title" { "Player 1" "Player 2" }     prologue: version 1, R or D, title, players
#   { 3 2 }  or  { { "a" "b" "c" } { "x" "y" } }  strategy counts, or strategy names per player
#   "comment"                                     optional
#   then either the payoff form:  one number per player per strategy profile, or
#   the outcome form:  { { "name" 1, 2 } ... }  then one outcome number per profile (0 = none).
#
# Profiles are listed with the first player's strategy changing fastest, so for two players
# the table is written column by column. Numbers are integers, decimals (with an optional
# exponent) or rationals such as -3/4, all exact in Gambit. A leading "+" is accepted here
# although Gambit 16.7 itself refuses it.

#: Longest number token accepted; a finite double needs at most 309 digits before the point.
MAX_NUMBER_LENGTH = 400
#: Largest decimal exponent accepted (1e400 is already beyond any double).
MAX_EXPONENT = 1000
#: Exported values that equal a fraction with at most this denominator are written as a/b.
MAX_EXPORT_DENOMINATOR = 10_000

_TOKEN = re.compile(
    r"""
    \s*                                     # white space before a token is skipped with it
    (?:
      (?P<brace>[{}])
    | (?P<comma>,)
    | (?P<text>"[^"\\]*(?:\\.[^"\\]*)*")    # a quoted label; \" stands for a quote
    | (?P<open>")                            # a quote that is never closed
    | (?P<word>[^\s{}",]+)                   # NFG, R, numbers, and anything unexpected
    )
    """,
    re.VERBOSE | re.DOTALL,
)
_ESCAPE = re.compile(r"\\([\"\\])")
_DECIMAL = re.compile(r"[+-]?(?:[0-9]+\.?[0-9]*|\.[0-9]+)(?:[eE](?P<exponent>[+-]?[0-9]+))?")
_RATIONAL = re.compile(r"[+-]?[0-9]+/[0-9]+")
_WHOLE = re.compile(r"\+?[0-9]+")
#: Digits with an optional sign and decimal part, short enough to be read directly.
_PLAIN = re.compile(r"([+-]?[0-9]{1,20})(?:\.([0-9]{0,30}))?")
_CONTROL = re.compile(r"[\x00-\x1f\x7f\u2028\u2029]+")
#: An outcome as most files write it, ``{ "name" 1, 2 }`` (name and commas optional, the
#: name without escapes): its two payoffs are groups 1 and 2. Others are read token by token.
_PLAIN_OUTCOME = re.compile(r'\s*\{\s*(?:"[^"\\]*"\s*)?([^\s{}",]+)\s*,?\s*([^\s{}",]+)\s*,?\s*\}')

Entry = int | float | str


# --- tokens ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Token:
    kind: str  # "{", "}", ",", "text", "word" or "end"
    value: str  # the label of a text (quotes removed, escapes resolved), the characters of a word
    offset: int


class _Lexer:
    """Reads the file one token at a time, so a bad file fails at its first bad token.

    The reader may also try a pattern for a common run of tokens at the current position
    (:meth:`take`): a plain outcome is read in one match instead of six tokens.
    """

    def __init__(self, text: str) -> None:
        self._text = text
        self._position = 0
        self._peeked: _Token | None = None

    def _scan(self) -> _Token:
        match = _TOKEN.match(self._text, self._position)
        if match is None:  # only white space is left: every other character starts a token
            return _Token("end", "", len(self._text))
        self._position = match.end()
        kind = match.lastgroup or ""
        position = match.start(kind)
        if kind == "open":
            raise self.error_at(position, "a quoted text that starts here is never closed")
        if kind == "text":
            label = match.group(kind)[1:-1]
            return _Token("text", _ESCAPE.sub(r"\1", label) if "\\" in label else label, position)
        if kind == "word":
            return _Token("word", match.group(kind), position)
        return _Token(match.group(kind), match.group(kind), position)

    def take(self, pattern: re.Pattern[str]) -> re.Match[str] | None:
        """``pattern`` matched at the current position (and passed), or None (nothing read)."""
        if self._peeked is not None:
            return None
        match = pattern.match(self._text, self._position)
        if match is not None:
            self._position = match.end()
        return match

    def peek(self) -> _Token:
        if self._peeked is None:
            self._peeked = self._scan()
        return self._peeked

    def next(self) -> _Token:
        token = self.peek()
        self._peeked = None
        return token

    @property
    def text(self) -> str:
        return self._text

    def line(self, offset: int) -> int:
        return self._text.count("\n", 0, offset) + 1

    def error_at(self, offset: int, message: str) -> GameFileError:
        return GameFileError(f"{message} (line {self.line(offset)})")

    def unexpected(self, token: _Token, wanted: str) -> GameFileError:
        if token.kind == "end":
            return GameFileError(f"the file ends too early: expected {wanted}")
        return self.error_at(token.offset, f"expected {wanted}, found {_describe(token)}")

    def expect(self, kind: str, wanted: str) -> _Token:
        token = self.next()
        if token.kind != kind:
            raise self.unexpected(token, wanted)
        return token


def _describe(token: _Token) -> str:
    if token.kind == "text":
        return f'the text "{_preview(token.value)}"'
    if token.kind == "word":
        return f"'{_preview(token.value)}'"
    return f"'{token.kind}'"


def _preview(text: str, limit: int = 30) -> str:
    flat = _CONTROL.sub(" ", text)
    return flat if len(flat) <= limit else flat[: limit - 3] + "..."


# --- numbers --------------------------------------------------------------------------------


def _number(lexer: _Lexer, text: str, offset: int, what: str) -> Fraction:
    """The exact value of a number token (integer, decimal, exponent or a/b)."""
    if len(text) > MAX_NUMBER_LENGTH:
        raise lexer.error_at(offset, f"{what} '{_preview(text)}' is too long to be a number")
    decimal = _DECIMAL.fullmatch(text)
    if decimal is None and _RATIONAL.fullmatch(text) is None:
        raise lexer.error_at(offset, f"{what} '{_preview(text)}' is not a number")
    exponent = decimal.group("exponent") if decimal else None
    if exponent is not None and abs(int(exponent)) > MAX_EXPONENT:
        raise lexer.error_at(offset, f"{what} '{_preview(text)}' is out of range")
    try:
        return Fraction(text)
    except ZeroDivisionError:
        raise lexer.error_at(offset, f"{what} '{text}' divides by zero") from None


def _payoff(lexer: _Lexer, token: _Token, what: str = "the payoff") -> Entry:
    """A payoff as the game stores it, exactly where that is cheap (see :func:`_payoff_at`)."""
    return _payoff_at(lexer, token.value, token.offset, what)


def _payoff_at(lexer: _Lexer, text: str, offset: int, what: str = "the payoff") -> Entry:
    """The payoff written ``text`` at ``offset`` of the file, as the game stores it.

    Integers (also ``4.0`` or ``8/2``) become ``int``. A rational such as ``-3/4`` becomes the
    formula text ``"-3/4"`` in lowest terms, so it stays exact and reads as the file wrote it.
    A decimal such as ``1.131`` becomes the nearest ``float``: the explorer computes in floats
    anyway, and a float keeps the game's own files and editors showing a plain number.
    Numbers beyond :data:`~explorer.core.formula.MAX_MAGNITUDE` are refused.
    """
    plain = _PLAIN.fullmatch(text)
    if plain is not None:  # the common case, read without building a Fraction
        whole, decimals = plain.groups()
        if not decimals or not decimals.strip("0"):
            value: int | float = int(whole)
        else:
            value = float(text)
        if abs(value) <= MAX_MAGNITUDE:
            return value
        raise lexer.error_at(offset, _too_large(what, text))
    exact = _number(lexer, text, offset, what)
    try:
        as_float = float(exact)
    except OverflowError:
        as_float = float("inf")
    if not abs(as_float) <= MAX_MAGNITUDE:
        raise lexer.error_at(offset, _too_large(what, text))
    if exact.denominator == 1:
        return int(exact)
    if "/" in text and max(abs(exact.numerator), exact.denominator) <= MAX_MAGNITUDE:
        return f"{exact.numerator}/{exact.denominator}"
    return as_float


def _too_large(what: str, text: str) -> str:
    return f"{what} '{_preview(text)}' is too large (the limit is {MAX_MAGNITUDE:g})"


def _whole_number(lexer: _Lexer, token: _Token, what: str) -> int:
    """A count or an outcome number: digits only, as in ``{ 3 2 }``."""
    if token.kind != "word":
        raise lexer.unexpected(token, what)
    if _WHOLE.fullmatch(token.value) is None or len(token.value) > MAX_NUMBER_LENGTH:
        raise lexer.error_at(token.offset, f"{what} must be a whole number, not {_describe(token)}")
    return int(token.value)


# --- labels ---------------------------------------------------------------------------------


def _clean_label(label: str) -> str:
    """A label on one line: control characters and line breaks become spaces, ends trimmed."""
    return _CONTROL.sub(" ", label).strip()


def _shorten(label: str, limit: int) -> str:
    return label if len(label) <= limit else label[: limit - 1].rstrip() + "…"


def _unique(labels: Sequence[str]) -> list[str]:
    """Gambit's rule: a label used more than once becomes ``label_1``, ``label_2``, ...

    Suffixes already taken by another label are skipped, and the result keeps within
    :data:`MAX_NAME_LENGTH` by shortening the label before its suffix.
    """
    counts = Counter(labels)
    used = set(labels)
    last_suffix: dict[str, int] = {}
    result = []
    for label in labels:
        if counts[label] == 1:
            result.append(label)
            continue
        while True:
            last_suffix[label] = last_suffix.get(label, 0) + 1
            suffix = f"_{last_suffix[label]}"
            candidate = _shorten(label, MAX_NAME_LENGTH - len(suffix)) + suffix
            if candidate not in used:
                break
        used.add(candidate)
        result.append(candidate)
    return result


def _player_names(raw: Sequence[str]) -> list[str]:
    """Empty names become "Player 1" and "Player 2"; long names are shortened; equal ones split."""
    names = [_clean_label(name) or f"Player {k}" for k, name in enumerate(raw, start=1)]
    return _unique([_shorten(name, MAX_NAME_LENGTH) for name in names])


def _strategy_names(raw: Sequence[str]) -> list[str]:
    """Empty labels become their position ("1", "2", ... as Gambit numbers unnamed strategies)."""
    names = [_clean_label(name) or str(k) for k, name in enumerate(raw, start=1)]
    return _unique([_shorten(name, MAX_NAME_LENGTH) for name in names])


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


def read_file_type(lexer: _Lexer, kind: str, version: str, other: str, other_message: str) -> None:
    """The opening tokens ``NFG 1 R`` (or ``EFG 2 R``, ``D`` for ``R``) of a Gambit file.

    ``other`` is the other Gambit kind, refused with ``other_message``.
    """
    token = lexer.next()
    if token.kind == "end":
        raise GameFileError("the file is empty")
    if token.kind == "word" and token.value == other:
        raise GameFileError(other_message)
    if token.kind != "word" or token.value != kind:
        what = "strategic game" if kind == "NFG" else "extensive game"
        raise GameFileError(
            f"not a Gambit {what}: the file should begin with '{kind} {version} R', "
            f"not {_describe(token)}"
        )
    number = lexer.next()
    if number.kind != "word" or number.value != version:
        raise lexer.unexpected(number, f"the format version {version} after '{kind}'")
    number_type = lexer.next()
    if number_type.kind != "word" or number_type.value not in ("R", "D"):
        raise lexer.unexpected(number_type, f"the letter R or D after '{kind} {version}'")


def _read_players(lexer: _Lexer) -> list[str]:
    lexer.expect("{", "'{' to open the list of player names")
    names = []
    while (token := lexer.next()).kind == "text":
        names.append(token.value)
    if token.kind != "}":
        raise lexer.unexpected(token, "a player name in double quotes or '}'")
    count = len(names)
    if count != 2:
        players = "no players" if count == 0 else f"{count} player{'s' * (count != 1)}"
        raise GameFileError(f"the game has {players}; the explorer handles two-player games")
    return _player_names(names)


def _check_strategy_count(player: str, count: int) -> None:
    if count == 0:
        raise GameFileError(f"{player} has no strategies; each player needs at least one")
    if count > MAX_STRATEGIES:
        raise GameFileError(
            f"{player} has {count} strategies; the explorer handles at most "
            f"{MAX_STRATEGIES} per player"
        )


def _read_strategy_labels(lexer: _Lexer, player: str) -> list[str]:
    lexer.expect("{", f"'{{' to open the list of {player}'s strategies")
    labels = []
    while (token := lexer.next()).kind == "text":
        labels.append(token.value)
    if token.kind != "}":
        raise lexer.unexpected(token, f"a strategy name of {player} in double quotes or '}}'")
    _check_strategy_count(player, len(labels))
    return _strategy_names(labels)


def _read_strategies(lexer: _Lexer, players: Sequence[str]) -> list[list[str]]:
    """Either ``{ 3 2 }`` (counts; strategies are then named 1, 2, 3) or nested name lists."""
    lexer.expect("{", "'{' to open the list of strategies")
    if lexer.peek().kind == "{":
        strategies = [_read_strategy_labels(lexer, player) for player in players]
    else:
        strategies = []
        for player in players:
            count = _whole_number(lexer, lexer.next(), f"the number of strategies of {player}")
            _check_strategy_count(player, count)
            strategies.append([str(k) for k in range(1, count + 1)])
    token = lexer.next()
    if token.kind != "}":
        raise lexer.unexpected(token, "'}' to close the list of strategies of the 2 players")
    return strategies


def _read_prologue(lexer: _Lexer) -> _Prologue:
    read_file_type(
        lexer,
        "NFG",
        "1",
        "EFG",
        "this is a Gambit extensive game (.efg); only strategic games (.nfg) can be opened",
    )
    prologue = _Prologue()
    title = lexer.expect("text", "the game's title in double quotes after 'NFG 1 R'").value
    prologue.title = _shorten(_clean_label(title), MAX_TEXT_LENGTH)
    prologue.players = _read_players(lexer)
    prologue.strategies = _read_strategies(lexer, prologue.players)
    if lexer.peek().kind == "text":
        comment = lexer.next().value.replace("\r\n", "\n")
        prologue.comment = _shorten(comment, MAX_TEXT_LENGTH)
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


def _expect_end(lexer: _Lexer, after: str) -> None:
    token = lexer.next()
    if token.kind != "end":
        raise lexer.error_at(
            token.offset, f"unexpected {_describe(token)} after the {after}; the file should end"
        )


def _read_payoff_list(lexer: _Lexer, m: int, n: int) -> Table:
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
            table[i][j][player] = _payoff(lexer, token)
    token = lexer.peek()
    if token.kind == "word":
        raise lexer.error_at(
            token.offset, f"the file has more than the {expected} payoffs a {m}×{n} game needs"
        )
    _expect_end(lexer, "payoffs")
    return table


def _read_outcome(lexer: _Lexer, number: int) -> tuple[Entry, Entry]:
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
                payoffs.append(_payoff(lexer, token))
    if token.kind != "}":
        raise lexer.unexpected(token, f"a payoff of outcome {number} or '}}' to close it")
    if count != 2:
        raise lexer.error_at(
            start.offset,
            f"outcome {number} has {count} payoff{'s' * (count != 1)}; "
            "a two-player game needs 2, one per player",
        )
    return payoffs[0], payoffs[1]


def _read_outcomes(lexer: _Lexer) -> list[tuple[Entry, Entry]]:
    lexer.expect("{", "'{' to open the list of outcomes")
    outcomes: list[tuple[Entry, Entry]] = []
    while True:
        plain = lexer.take(_PLAIN_OUTCOME)  # most outcomes: read in one match
        if plain is not None:
            row = _payoff_at(lexer, plain.group(1), plain.start(1))
            outcomes.append((row, _payoff_at(lexer, plain.group(2), plain.start(2))))
        elif lexer.peek().kind == "{":
            outcomes.append(_read_outcome(lexer, len(outcomes) + 1))
        else:
            break
    lexer.expect("}", "'{' to open an outcome or '}' to close the list of outcomes")
    return outcomes


def _read_outcome_form(lexer: _Lexer, m: int, n: int) -> Table:
    """The outcome form: the outcomes, then one outcome number per profile; 0 pays nothing."""
    outcomes = _read_outcomes(lexer)
    table = _empty_table(m, n)
    for index, (i, j) in enumerate(_profiles(m, n)):
        token = lexer.next()
        if token.kind == "end":
            raise GameFileError(
                f"the file ends after {index} of the {m * n} outcome numbers a {m}×{n} game needs"
            )
        number = _whole_number(lexer, token, "an outcome number")
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


def _read_body(lexer: _Lexer, m: int, n: int) -> Table:
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
    if len(text) > MAX_FILE_BYTES:
        raise GameFileError(f"the file is larger than {MAX_FILE_BYTES // 1_000_000} MB")
    if "\x00" in text:
        raise GameFileError("the file holds binary data (a NUL character), not Gambit text")
    lexer = _Lexer(text.removeprefix("\ufeff"))
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
        f"NFG 1 R {_quote(game.title)} {{ {_quote(row.name)} {_quote(column.name)} }}",
        "",
        f"{{ {_label_list(row.strategies)}",
        f"{_label_list(column.strategies)}",
        "}",
        _quote(_comment(game, point)),
        "",
        *_payoff_lines(A, B),
    ]
    return "\n".join(lines) + "\n"


# --- writing --------------------------------------------------------------------------------


def _quote(text: str) -> str:
    r"""A label in double quotes; quotes and backslashes escaped as Gambit writes them (\", \\)."""
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _label_list(labels: Sequence[str]) -> str:
    return "{ " + " ".join(_quote(label) for label in labels) + " }"


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


def exact_number_text(value: float) -> str:
    """A finite payoff as .nfg number text that reads back as exactly the same float.

    Parameters
    ----------
    value
        A finite float.

    Returns
    -------
    str
        ``"3"`` for whole numbers; the decimal (``"0.5"``, ``"2.426"``) when it is the exact
        fraction the value stands for; ``"a/b"`` (``"1/3"``) for other simple fractions; the
        shortest ``repr`` (``"0.1234567891"``, ``"1e-05"``) for everything else.
    """
    value = float(value)  # a numpy scalar's repr would name its type
    if value.is_integer():
        return str(int(value))
    text = repr(value)
    simple = Fraction(value).limit_denominator(MAX_EXPORT_DENOMINATOR)
    # The importer turns "a/b" into the formula a / b, evaluated as a float division (if the
    # numbers are within the explorer's limit; beyond it, into the nearest float).
    if float(simple.numerator) / float(simple.denominator) != value:
        return text
    if abs(simple.numerator) > MAX_MAGNITUDE:
        return text
    if "e" not in text and Fraction(text) == simple:
        return text
    return f"{simple.numerator}/{simple.denominator}"
