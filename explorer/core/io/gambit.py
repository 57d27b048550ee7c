"""Gambit's text files (``.nfg`` and ``.efg``): the tokenizer, numbers, labels and the prologue.

Both Gambit formats are a stream of tokens, white space between them carrying no meaning:
braces, commas, quoted labels (``\"`` stands for a quote) and words (the file type, numbers,
letters). The readers of :mod:`explorer.core.io.nfg` and :mod:`explorer.core.io.efg` share
this tokenizer, its number rules (integers, decimals with an optional exponent, rationals such
as ``-3/4``, all exact in Gambit; a leading ``+`` is accepted here although Gambit 16.7 itself
refuses it), Gambit's rule for empty and repeated labels, the opening ``NFG 1 R`` / ``EFG 2 R``
with the list of players, and the way labels and numbers are written back.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from fractions import Fraction

from explorer.core.formula import MAX_MAGNITUDE
from explorer.core.game import MAX_NAME_LENGTH
from explorer.core.io.errors import GameFileError
from explorer.core.io.json_format import MAX_FILE_BYTES

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

Entry = int | float | str


# --- tokens ---------------------------------------------------------------------------------


def check_text(text: str) -> str:
    """The file's text without a byte-order mark, once it is small enough and holds no NUL."""
    if len(text) > MAX_FILE_BYTES:
        raise GameFileError(f"the file is larger than {MAX_FILE_BYTES // 1_000_000} MB")
    if "\x00" in text:
        raise GameFileError("the file holds binary data (a NUL character), not Gambit text")
    return text.removeprefix("\ufeff")


@dataclass(frozen=True)
class Token:
    """One token and where it starts in the file."""

    kind: str  # "{", "}", ",", "text", "word" or "end"
    value: str  # the label of a text (quotes removed, escapes resolved), the characters of a word
    offset: int


class Lexer:
    """Reads the file one token at a time, so a bad file fails at its first bad token.

    A reader may also try a pattern for a common run of tokens at the current position
    (:meth:`take`): a plain ``.nfg`` outcome is read in one match instead of six tokens.
    """

    def __init__(self, text: str) -> None:
        self._text = text
        self._position = 0
        self._peeked: Token | None = None

    def _scan(self) -> Token:
        match = _TOKEN.match(self._text, self._position)
        if match is None:  # only white space is left: every other character starts a token
            return Token("end", "", len(self._text))
        self._position = match.end()
        kind = match.lastgroup or ""
        position = match.start(kind)
        if kind == "open":
            raise self.error_at(position, "a quoted text that starts here is never closed")
        if kind == "text":
            label = match.group(kind)[1:-1]
            return Token("text", _ESCAPE.sub(r"\1", label) if "\\" in label else label, position)
        if kind == "word":
            return Token("word", match.group(kind), position)
        return Token(match.group(kind), match.group(kind), position)

    def take(self, pattern: re.Pattern[str]) -> re.Match[str] | None:
        """``pattern`` matched at the current position (and passed), or None (nothing read)."""
        if self._peeked is not None:
            return None
        match = pattern.match(self._text, self._position)
        if match is not None:
            self._position = match.end()
        return match

    def peek(self) -> Token:
        if self._peeked is None:
            self._peeked = self._scan()
        return self._peeked

    def next(self) -> Token:
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

    def unexpected(self, token: Token, wanted: str) -> GameFileError:
        if token.kind == "end":
            return GameFileError(f"the file ends too early: expected {wanted}")
        return self.error_at(token.offset, f"expected {wanted}, found {describe_token(token)}")

    def expect(self, kind: str, wanted: str) -> Token:
        token = self.next()
        if token.kind != kind:
            raise self.unexpected(token, wanted)
        return token


def describe_token(token: Token) -> str:
    """A token in words for an error message."""
    if token.kind == "text":
        return f'the text "{preview(token.value)}"'
    if token.kind == "word":
        return f"'{preview(token.value)}'"
    return f"'{token.kind}'"


def preview(text: str, limit: int = 30) -> str:
    """The start of a text on one line, for an error message."""
    flat = _CONTROL.sub(" ", text)
    return flat if len(flat) <= limit else flat[: limit - 3] + "..."


# --- numbers --------------------------------------------------------------------------------


def _number(lexer: Lexer, text: str, offset: int, what: str) -> Fraction:
    """The exact value of a number written ``text`` (integer, decimal, exponent or a/b)."""
    if len(text) > MAX_NUMBER_LENGTH:
        raise lexer.error_at(offset, f"{what} '{preview(text)}' is too long to be a number")
    decimal = _DECIMAL.fullmatch(text)
    if decimal is None and _RATIONAL.fullmatch(text) is None:
        raise lexer.error_at(offset, f"{what} '{preview(text)}' is not a number")
    exponent = decimal.group("exponent") if decimal else None
    if exponent is not None and abs(int(exponent)) > MAX_EXPONENT:
        raise lexer.error_at(offset, f"{what} '{preview(text)}' is out of range")
    try:
        return Fraction(text)
    except ZeroDivisionError:
        raise lexer.error_at(offset, f"{what} '{text}' divides by zero") from None


def number_entry(lexer: Lexer, token: Token, what: str = "the payoff") -> Entry:
    """A payoff token as the game stores it (see :func:`number_entry_at`)."""
    return number_entry_at(lexer, token.value, token.offset, what)


def number_entry_at(lexer: Lexer, text: str, offset: int, what: str = "the payoff") -> Entry:
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
        value: int | float = int(whole) if not decimals or not decimals.strip("0") else float(text)
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
    return f"{what} '{preview(text)}' is too large (the limit is {MAX_MAGNITUDE:g})"


def whole_number(lexer: Lexer, token: Token, what: str) -> int:
    """A count or an outcome number: digits only, as in ``{ 3 2 }``."""
    if token.kind != "word":
        raise lexer.unexpected(token, what)
    if _WHOLE.fullmatch(token.value) is None or len(token.value) > MAX_NUMBER_LENGTH:
        raise lexer.error_at(
            token.offset, f"{what} must be a whole number, not {describe_token(token)}"
        )
    return int(token.value)


# --- labels ---------------------------------------------------------------------------------


def clean_label(label: str) -> str:
    """A label on one line: control characters and line breaks become spaces, ends trimmed."""
    return _CONTROL.sub(" ", label).strip()


def shorten(label: str, limit: int) -> str:
    """At most ``limit`` characters, an ellipsis marking a cut."""
    return label if len(label) <= limit else label[: limit - 1].rstrip() + "…"


def unique_labels(labels: Sequence[str]) -> list[str]:
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
            candidate = shorten(label, MAX_NAME_LENGTH - len(suffix)) + suffix
            if candidate not in used:
                break
        used.add(candidate)
        result.append(candidate)
    return result


def player_names(raw: Sequence[str]) -> list[str]:
    """Empty names become "Player 1" and "Player 2"; long names are shortened; equal ones split."""
    names = [clean_label(name) or f"Player {k}" for k, name in enumerate(raw, start=1)]
    return unique_labels([shorten(name, MAX_NAME_LENGTH) for name in names])


def label_names(raw: Sequence[str]) -> list[str]:
    """Empty labels become their position ("1", "2", ... as Gambit numbers unnamed strategies)."""
    names = [clean_label(name) or str(k) for k, name in enumerate(raw, start=1)]
    return unique_labels([shorten(name, MAX_NAME_LENGTH) for name in names])


# --- the prologue -------------------------------------------------------------------------


def read_file_type(lexer: Lexer, kind: str, version: str, other: str, other_message: str) -> None:
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
            f"not {describe_token(token)}"
        )
    number = lexer.next()
    if number.kind != "word" or number.value != version:
        raise lexer.unexpected(number, f"the format version {version} after '{kind}'")
    number_type = lexer.next()
    if number_type.kind != "word" or number_type.value not in ("R", "D"):
        raise lexer.unexpected(number_type, f"the letter R or D after '{kind} {version}'")


def read_players(lexer: Lexer) -> list[str]:
    """The list of exactly two player names in braces, cleaned as :func:`player_names` says."""
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
    return player_names(names)


# --- writing --------------------------------------------------------------------------------


def quote(text: str) -> str:
    r"""A label in double quotes; quotes and backslashes escaped as Gambit writes them (\", \\)."""
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def exact_number_text(value: float) -> str:
    """A finite payoff as Gambit number text that reads back as exactly the same float.

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
