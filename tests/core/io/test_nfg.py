"""Gambit .nfg files: samples read right, both forms agree, exports read back, bad files fail."""

from __future__ import annotations

import io
import math
import time
from collections.abc import Sequence
from fractions import Fraction
from pathlib import Path

import numpy as np
import numpy.typing as npt
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from explorer.core.formula import MAX_MAGNITUDE
from explorer.core.game import MAX_NAME_LENGTH, Game, Parameter
from explorer.core.io import load_game, parse_game_text
from explorer.core.io.errors import GameFileError
from explorer.core.io.gambit import exact_number_text
from explorer.core.io.nfg import parse_nfg_text, to_nfg_text
from explorer.core.solve import solve

DATA = Path(__file__).resolve().parents[2] / "data" / "nfg"
FloatArray = npt.NDArray[np.float64]


def sample_text(path: Path) -> str:
    """The file as it is on disk: one sample uses CRLF line endings on purpose."""
    return path.read_bytes().decode("utf-8")


def read(name: str) -> Game:
    return parse_nfg_text(sample_text(DATA / name))


def names(game: Game) -> tuple[tuple[str, tuple[str, ...]], ...]:
    return tuple((player.name, player.strategies) for player in game.players)


def sources(game: Game) -> list[list[list[object]]]:
    return [[[formula.source for formula in cell] for cell in row] for row in game.payoffs]


def assert_same_matrices(first: Game, second: Game) -> None:
    A1, B1 = first.evaluate()
    A2, B2 = second.evaluate()
    assert np.array_equal(A1, A2) and np.array_equal(B1, B2)


MARKET_NAMES = (
    ("Entrant", ("Stay out", "Enter small", "Enter big")),
    ("Incumbent", ("Accommodate", "Fight")),
)
MARKET_A = [[0, 0], [2, -1], [3.5, -0.75]]
MARKET_B = [[5, 5], [3, 0.5], [1, -2]]


# --- the sample files ---------------------------------------------------------------------


def test_payoff_form_sample() -> None:
    game = read("market_entry_payoffs.nfg")
    assert game.title == "Market entry"
    assert names(game) == MARKET_NAMES
    assert game.description.startswith("An entrant chooses how big to enter")
    A, B = game.evaluate()
    assert A.tolist() == MARKET_A and B.tolist() == MARKET_B


def test_outcome_form_sample_is_the_same_game() -> None:
    payoff_form = read("market_entry_payoffs.nfg")
    outcome_form = read("market_entry_outcomes.nfg")
    assert names(outcome_form) == names(payoff_form)
    assert outcome_form.title == payoff_form.title
    assert outcome_form.description == payoff_form.description
    assert_same_matrices(outcome_form, payoff_form)
    assert sources(outcome_form) == sources(payoff_form)


def test_payoffs_keep_integers_rationals_and_decimals() -> None:
    assert sources(read("market_entry_payoffs.nfg")) == [
        [[0, 5], [0, 5]],
        [[2, 3], [-1, "1/2"]],
        [[3.5, 1], ["-3/4", -2]],
    ]


def test_strategy_counts_and_number_forms() -> None:
    game = read("number_forms.nfg")
    assert names(game) == (("Row", ("1", "2")), ("Column", ("1", "2", "3")))
    assert sources(game) == [
        [[10, -0.25], ["1/2", "-5/7"], [0, 3]],
        [[4, 0.25], ["1/3", 2], [1.5, -12]],
    ]
    A, B = game.evaluate()
    assert A[1, 1] == 1 / 3 and B[0, 1] == -5 / 7


def test_labels_escapes_null_outcome_and_layout() -> None:
    game = read("labels_and_layout.nfg")
    assert game.title == 'The "quoted" game'
    assert names(game) == (
        ("Player 1", ("Up_1", "Up_2", "3")),
        ("Player 2", ("Left", "Right side")),
    )
    assert game.description == 'First line of the notes,\nsecond line with a "quote".'
    A, B = game.evaluate()
    assert A.tolist() == [[4, 1 / 3], [0, 4], [1 / 3, 0]]
    assert B.tolist() == [[1, -2], [0, 1], [-2, 0]]


def test_three_player_sample_is_refused_in_one_sentence() -> None:
    with pytest.raises(GameFileError, match=r"has 3 players; the explorer handles two-player"):
        read("three_players.nfg")


def test_samples_load_through_the_dispatcher() -> None:
    game = load_game(DATA / "market_entry_outcomes.nfg")
    assert names(game) == MARKET_NAMES
    text = (DATA / "number_forms.nfg").read_text(encoding="utf-8")
    assert parse_game_text(text, ".json").shape == (2, 3)  # recognised by its NFG header


# --- details of the format ------------------------------------------------------------------


def game_text(body: str, strategies: str = "{ 2 2 }", players: str = '{ "A" "B" }') -> str:
    return f'NFG 1 R "t" {players} {strategies}\n{body}\n'


@pytest.mark.parametrize(
    ("token", "stored", "value"),
    [
        ("7", 7, 7.0),
        ("+7", 7, 7.0),
        ("-0", 0, 0.0),
        ("4.000", 4, 4.0),
        ("8/2", 4, 4.0),
        ("1e3", 1000, 1000.0),
        ("2.5E-1", 0.25, 0.25),
        (".5", 0.5, 0.5),
        ("5.", 5, 5.0),
        ("1.131", 1.131, 1.131),
        ("2/6", "1/3", 1 / 3),
        ("-3/4", "-3/4", -0.75),
        ("1e-400", 0.0, 0.0),
        ("123456789012", 123456789012, 123456789012.0),
    ],
)
def test_number_tokens(token: str, stored: object, value: float) -> None:
    game = parse_nfg_text(game_text(f"{token} 0 0 0 0 0 0 0"))
    entry = game.payoffs[0][0][0]
    assert entry.source == stored and type(entry.source) is type(stored)
    assert game.evaluate()[0][0, 0] == value


def test_payoff_order_has_the_first_player_changing_fastest() -> None:
    game = parse_nfg_text(game_text("1 2 3 4 5 6 7 8 9 10 11 12", "{ 3 2 }"))
    A, B = game.evaluate()
    assert A.tolist() == [[1, 7], [3, 9], [5, 11]]
    assert B.tolist() == [[2, 8], [4, 10], [6, 12]]


def test_nested_strategy_names_with_a_payoff_list() -> None:
    # Gambit's own catalogue has files like this: names, no comment, then payoffs.
    text = 'NFG 1 R "c" { "P" "Q" }\n{ { "a" "b" }\n{ "x" "y" }\n}\n3 2 0 0 0 0 2 2\n'
    game = parse_nfg_text(text)
    assert names(game) == (("P", ("a", "b")), ("Q", ("x", "y")))
    assert game.evaluate()[0].tolist() == [[3, 0], [0, 2]]


def test_outcome_form_with_strategy_counts() -> None:
    game = parse_nfg_text(game_text('{ { "w" 1 2 } { 3, 4 } }\n0 1 2 0'))
    A, B = game.evaluate()
    assert A.tolist() == [[0, 3], [1, 0]] and B.tolist() == [[0, 4], [2, 0]]


def test_whitespace_is_not_significant() -> None:
    spaced = parse_nfg_text(game_text("1 2 3 4 5 6 7 8"))
    packed = parse_nfg_text('NFG 1 R"t"{"A""B"}{2 2}1 2 3 4 5 6 7 8')
    assert names(packed) == names(spaced)
    assert_same_matrices(packed, spaced)


def test_nfg_1_d_reads_like_nfg_1_r() -> None:
    r = parse_nfg_text(game_text("1 2 3 4 5 6 7 8"))
    d = parse_nfg_text(game_text("1 2 3 4 5 6 7 8").replace("NFG 1 R", "NFG 1 D"))
    assert_same_matrices(r, d)


def test_byte_order_mark_is_ignored() -> None:
    assert parse_nfg_text("\ufeff" + game_text("1 2 3 4 5 6 7 8")).shape == (2, 2)


@pytest.mark.parametrize(
    ("labels", "expected"),
    [
        (["x", "x", "x_1"], ("x_2", "x_3", "x_1")),
        (["", "b", ""], ("1", "b", "3")),
        (["", "1"], ("1_1", "1_2")),
        (["a\tb", " c "], ("a b", "c")),
    ],
)
def test_strategy_labels_are_made_unique_and_nonempty(
    labels: list[str], expected: tuple[str, ...]
) -> None:
    quoted = " ".join(f'"{label}"' for label in labels)
    text = game_text(" ".join(["0"] * 2 * len(labels)), f'{{ {{ {quoted} }} {{ "only" }} }}')
    assert parse_nfg_text(text).players[0].strategies == expected


@pytest.mark.parametrize(
    ("players", "expected"),
    [
        ('{ "" "" }', ("Player 1", "Player 2")),
        ('{ "Same" "Same" }', ("Same_1", "Same_2")),
        ('{ "" "Player 1" }', ("Player 1_1", "Player 1_2")),
        ('{ "Line\none" "tab\there" }', ("Line one", "tab here")),
    ],
)
def test_player_names_are_made_distinct(players: str, expected: tuple[str, str]) -> None:
    game = parse_nfg_text(game_text("1 2 3 4 5 6 7 8", players=players))
    assert tuple(player.name for player in game.players) == expected


def test_long_names_are_shortened_within_the_limit() -> None:
    long = "n" * 150
    strategies = f'{{ {{ "{long}" "{long}" }} {{ "{"s" * 120}" }} }}'
    game = parse_nfg_text(game_text("0 0 0 0", strategies, players=f'{{ "{long}" "B" }}'))
    row, column = game.players
    assert len(row.name) == MAX_NAME_LENGTH and row.name.endswith("…")
    assert all(len(s) <= MAX_NAME_LENGTH for s in (*row.strategies, *column.strategies))
    assert row.strategies[0] != row.strategies[1]
    assert row.strategies[1].endswith("…_2")


def test_long_title_and_comment_are_shortened() -> None:
    text = f'NFG 1 R "{"t" * 30_000}" {{ "A" "B" }} {{ 1 1 }} "{"c" * 30_000}" 1 2'
    game = parse_nfg_text(text)
    assert len(game.title) <= 20_000 and len(game.description) <= 20_000


def test_backslashes_other_than_escapes_are_kept() -> None:
    game = parse_nfg_text(game_text("0 " * 8, '{ { "a\\\\b" "c\\d" } { "x" "y" } }'))
    assert game.players[0].strategies == ("a\\b", "c\\d")


# --- export ---------------------------------------------------------------------------------


def small_game() -> Game:
    return Game.build(
        title='Say "hi"',
        players=[("Row", ["Up", "Down \\ back"]), ("Column", ["Left", "Right"])],
        payoffs=[[[1, "1/3"], [0.5, -2]], [["2/7", 0.1], [3.25, 1e-05]]],
        description="Two lines\nof notes.",
    )


def test_export_text() -> None:
    assert to_nfg_text(small_game()) == (
        'NFG 1 R "Say \\"hi\\"" { "Row" "Column" }\n'
        "\n"
        '{ { "Up" "Down \\\\ back" }\n'
        '{ "Left" "Right" }\n'
        "}\n"
        '"Two lines\nof notes."\n'
        "\n"
        "1 1/3\n"
        "2/7 0.1\n"
        "0.5 -2\n"
        "3.25 1e-05\n"
    )


def test_export_then_import_gives_the_same_game() -> None:
    game = small_game()
    back = parse_nfg_text(to_nfg_text(game))
    assert names(back) == names(game)
    assert back.title == game.title and back.description == game.description
    assert_same_matrices(back, game)


def test_samples_survive_export_and_import() -> None:
    for path in sorted(DATA.glob("*.nfg")):
        if path.name == "three_players.nfg":
            continue
        game = parse_nfg_text(sample_text(path))
        back = parse_nfg_text(to_nfg_text(game))
        assert names(back) == names(game), path.name
        assert_same_matrices(back, game)


@pytest.mark.parametrize(
    ("value", "text"),
    [
        (3.0, "3"),
        (-0.0, "0"),
        (-12.0, "-12"),
        (1e12, "1000000000000"),
        (0.5, "0.5"),
        (-0.75, "-0.75"),
        (0.1, "0.1"),
        (1 / 3, "1/3"),
        (-2 / 7, "-2/7"),
        (100 / 3, "100/3"),
        (1e-05, "1e-05"),
        (math.pi, repr(math.pi)),
        (0.1 + 0.2, repr(0.1 + 0.2)),
    ],
)
def test_exact_number_text(value: float, text: str) -> None:
    assert exact_number_text(value) == text
    back = parse_nfg_text(game_text(f"{text} 0 0 0 0 0 0 0"))
    assert back.evaluate()[0][0, 0] == value


def parametric_game() -> Game:
    return Game.build(
        title="Subsidy",
        players=[("Row", ["U", "D"]), ("Column", ["L", "R"])],
        payoffs=[[["s", "1 - s"], [0, 0]], [[0, 0], ["2 * s", "1/s"]]],
        parameters=[Parameter("s", 0.5, 0, 1)],
        description="Notes.",
    )


def test_export_evaluates_parameters_and_says_where() -> None:
    game = parametric_game()
    at_default = parse_nfg_text(to_nfg_text(game))
    assert at_default.evaluate()[0].tolist() == [[0.5, 0], [0, 1]]
    note = "Payoffs at s = 0.5 (exported from Strategy Explorer)."
    assert at_default.description == f"Notes.\n\n{note}"
    at_quarter = parse_nfg_text(to_nfg_text(game, {"s": 0.25}))
    assert at_quarter.evaluate()[1].tolist() == [[0.75, 0], [0, 4]]


@pytest.mark.parametrize(
    ("values", "fragment"),
    [
        ({"s": 2.0}, "outside its range"),
        ({"t": 0.5}, "unknown parameter"),
        ({"s": 0.0}, "infinite"),
    ],
)
def test_export_refuses_bad_values(values: dict[str, float], fragment: str) -> None:
    with pytest.raises(GameFileError, match=fragment):
        to_nfg_text(parametric_game(), values)


# --- property-based round trips ------------------------------------------------------------

LABEL = st.text(st.sampled_from('abcxyzXYZ019 -_"\\{},.*/éß'), min_size=1, max_size=12).filter(
    lambda s: s == s.strip() and bool(s)
)


def unique_labels(size: int) -> st.SearchStrategy[list[str]]:
    return st.lists(LABEL, min_size=size, max_size=size, unique=True)


def integers() -> st.SearchStrategy[int | float | str]:
    return st.integers(-(10**6), 10**6)


def rationals() -> st.SearchStrategy[int | float | str]:
    def text(fraction: Fraction) -> int | str:
        if fraction.denominator == 1:
            return fraction.numerator
        return f"{fraction.numerator}/{fraction.denominator}"

    return st.builds(Fraction, st.integers(-(10**5), 10**5), st.integers(1, 500)).map(text)


def floats() -> st.SearchStrategy[int | float | str]:
    """Every double a payoff may be (up to the explorer's limit, MAX_MAGNITUDE)."""
    return st.floats(-MAX_MAGNITUDE, MAX_MAGNITUDE, width=64)


@st.composite
def games(draw: st.DrawFn, entries: st.SearchStrategy[int | float | str]) -> Game:
    m = draw(st.integers(1, 6))
    n = draw(st.integers(1, 6))
    players = draw(unique_labels(2))
    payoffs = [[[draw(entries), draw(entries)] for _ in range(n)] for _ in range(m)]
    return Game.build(
        title=draw(LABEL),
        players=[(players[0], draw(unique_labels(m))), (players[1], draw(unique_labels(n)))],
        payoffs=payoffs,
        description=draw(st.text(st.sampled_from('ab \n"\\'), max_size=20)),
    )


def check_round_trip(game: Game) -> None:
    back = parse_nfg_text(to_nfg_text(game))
    assert names(back) == names(game)
    assert back.title == game.title
    assert back.description == game.description.replace("\r\n", "\n")
    assert_same_matrices(back, game)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(games(integers()))
def test_round_trip_integer_games(game: Game) -> None:
    check_round_trip(game)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(games(rationals()))
def test_round_trip_rational_games(game: Game) -> None:
    check_round_trip(game)
    for _i, _j, _player, formula in game.entries():
        # Gambit reads numbers exactly, so each written number must be the exact fraction.
        exact = Fraction(formula.source)
        assert Fraction(exact_number_text(float(exact))) == exact


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(games(floats()))
def test_round_trip_float_games(game: Game) -> None:
    check_round_trip(game)


# --- malformed files ------------------------------------------------------------------------

HEADER = 'NFG 1 R "t" { "A" "B" }'
NAMES = '{ { "u" "d" } { "l" "r" } }'
FIFTY_ONE = '"s" ' * 51

# (name, file text, a fragment of the one-sentence message)
MALFORMED: list[tuple[str, str, str]] = [
    ("empty", "", "the file is empty"),
    ("blank", " \n\t ", "the file is empty"),
    ("extensive game", 'EFG 2 R "t" { "A" "B" }', "extensive game"),
    ("not gambit", "hello world", "should begin with 'NFG 1 R'"),
    ("json", '{"format": "explorer-game/1"}', "should begin with 'NFG 1 R'"),
    ("version 2", 'NFG 2 R "t" { "A" "B" } { 1 1 } 1 1', "format version 1"),
    ("number type", 'NFG 1 X "t" { "A" "B" } { 1 1 } 1 1', "R or D"),
    ("no title", 'NFG 1 R { "A" "B" } { 1 1 } 1 1', "title"),
    ("three players", 'NFG 1 R "t" { "A" "B" "C" } { 1 1 1 } 1 1 1', "has 3 players"),
    ("one player", 'NFG 1 R "t" { "A" } { 2 } 1 2', "has 1 player;"),
    ("no players", 'NFG 1 R "t" { } { } ', "has no players"),
    ("player not quoted", 'NFG 1 R "t" { A B } { 1 1 } 1 1', "player name"),
    ("too many counted", f"{HEADER} {{ 51 2 }}", "A has 51 strategies"),
    ("huge count", f"{HEADER} {{ 2 99999999999999999999 }}", "has 99999999999999999999 strategies"),
    ("too many named", f'{HEADER} {{ {{ {FIFTY_ONE}}} {{ "x" }} }}', "A has 51 strategies"),
    ("no strategies", f'{HEADER} {{ {{ }} {{ "x" }} }}', "A has no strategies"),
    ("count not whole", f"{HEADER} {{ 2.5 2 }}", "must be a whole number"),
    ("count missing", f"{HEADER} {{ 2 }} 1 1", "number of strategies of B"),
    ("extra strategy list", f'{HEADER} {{ {{ "a" }} {{ "b" }} {{ "c" }} }}', "close the list"),
    ("missing payoffs", f"{HEADER} {{ 2 2 }}", "ends too early"),
    ("too few payoffs", f"{HEADER} {{ 2 2 }} 1 2 3", "ends after 3 of the 8 payoffs"),
    ("too many payoffs", f"{HEADER} {{ 2 2 }} 1 2 3 4 5 6 7 8 9", "more than the 8 payoffs"),
    ("trailing brace", f"{HEADER} {{ 1 1 }} 1 2 }}", "after the payoffs"),
    ("commas in payoffs", f"{HEADER} {{ 1 1 }} 1, 2", "not commas"),
    ("payoff word", f"{HEADER} {{ 1 1 }} 1 abc", "'abc' is not a number"),
    ("payoff lone minus", f"{HEADER} {{ 1 1 }} 1 -", "is not a number"),
    ("payoff two slashes", f"{HEADER} {{ 1 1 }} 1 1/2/3", "is not a number"),
    ("payoff nan", f"{HEADER} {{ 1 1 }} nan inf", "'nan' is not a number"),
    ("divide by zero", f"{HEADER} {{ 1 1 }} 1 1/0", "divides by zero"),
    ("huge payoff", f"{HEADER} {{ 1 1 }} 1 1e400", "too large"),
    ("payoff beyond the limit", f"{HEADER} {{ 1 1 }} 1 -1234567890123", "limit is 1e+12"),
    ("huge exponent", f"{HEADER} {{ 1 1 }} 1 1e999999999", "out of range"),
    ("long number", f"{HEADER} {{ 1 1 }} 1 {'9' * 5000}", "too long"),
    ("unclosed text", f'{HEADER} {{ 1 1 }} "comment 1 2', "never closed"),
    ("truncated names", f'{HEADER} {{ {{ "u" "d"', "ends too early"),
    ("outcome index range", f'{HEADER} {NAMES} {{ {{ "" 1 2 }} }} 1 1 1 5', "number 5 does not"),
    ("outcome index decimal", f'{HEADER} {NAMES} {{ {{ "" 1 2 }} }} 1 1.5 1 1', "whole number"),
    ("outcome index minus", f'{HEADER} {NAMES} {{ {{ "" 1 2 }} }} 1 -1 1 1', "whole number"),
    (
        "outcome three payoffs",
        f'{HEADER} {NAMES} {{ {{ "" 1 2 }} {{ "" 1 2 3 }} }} 1',
        "has 3 payoffs",
    ),
    ("outcome one payoff", f'{HEADER} {NAMES} {{ {{ "" 1 }} }} 1 1 1 1', "has 1 payoff;"),
    ("outcome unclosed", f'{HEADER} {NAMES} {{ {{ "" 1 2 }} 1 1 1 1', "close the list of outcomes"),
    ("too few outcomes", f'{HEADER} {NAMES} {{ {{ "" 1 2 }} }} 1 1', "ends after 2 of the 4"),
    ("too many outcomes", f'{HEADER} {NAMES} {{ {{ "" 1 2 }} }} 1 1 1 1 1', "more than the 4"),
    ("binary junk", "\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary data"),
    ("control junk", "\x89PNG\r\n\x1a\n\x01\x02IHDR", "should begin with"),
    ("megabyte of braces", "{" * 1_000_000, "should begin with 'NFG 1 R'"),
    ("braces after header", HEADER + " {" * 500_000, "strategy name of A"),
    ("braces in outcomes", f"{HEADER} {NAMES} " + "{" * 1_000_000, "outcome"),
    ("megabyte of quotes", '"' * 1_000_001, "should begin with"),
    ("unclosed title", 'NFG 1 R "' + "x" * 1_000_000, "never closed"),
    ("unclosed megabyte", f'{HEADER} {{ 1 1 }} "' + "x" * 1_000_000, "never closed"),
    ("megabyte word", f"{HEADER} {{ 1 1 }} 1 " + "7" * 1_000_000, "too long"),
    ("too large", "NFG " + " " * 5_000_001, "larger than 5 MB"),
]


def test_there_are_enough_malformed_cases() -> None:
    assert len(MALFORMED) >= 12


@pytest.mark.parametrize(("name", "text", "fragment"), MALFORMED, ids=[c[0] for c in MALFORMED])
def test_malformed_file_gives_one_sentence(name: str, text: str, fragment: str) -> None:
    started = time.perf_counter()
    with pytest.raises(GameFileError) as caught:
        parse_nfg_text(text)
    assert time.perf_counter() - started < 2.0, "the reader must stay linear-time"
    message = str(caught.value)
    assert fragment in message
    assert "\n" not in message and len(message) < 300
    assert type(caught.value) is GameFileError


def test_errors_name_the_line() -> None:
    text = f"{HEADER}\n{{ 1 1 }}\n\n1 oops\n"
    with pytest.raises(GameFileError, match=r"'oops' is not a number \(line 4\)"):
        parse_nfg_text(text)


def test_binary_file_through_the_dispatcher(tmp_path: Path) -> None:
    path = tmp_path / "junk.nfg"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\xff\xfe\x00")
    with pytest.raises(GameFileError, match="not a UTF-8 text file"):
        load_game(path)


VALID_TEXTS = [
    sample_text(DATA / name)
    for name in ("market_entry_outcomes.nfg", "number_forms.nfg", "labels_and_layout.nfg")
]


def parse_or_refuse(text: str) -> None:
    try:
        parse_nfg_text(text)
    except GameFileError as error:
        assert "\n" not in str(error)


@settings(max_examples=300, deadline=None)
@given(st.text(st.sampled_from('NFG1RD {}",\\/.-+e0123456789abc\n'), max_size=200))
def test_random_text_only_ever_raises_game_file_error(text: str) -> None:
    parse_or_refuse(text)
    parse_or_refuse('NFG 1 R "t" { "A" "B" } ' + text)


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(VALID_TEXTS), st.data())
def test_damaged_files_only_ever_raise_game_file_error(text: str, data: st.DataObject) -> None:
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, min(len(text), start + 20)))
    insert = data.draw(st.text(max_size=5))
    parse_or_refuse(text[:start] + insert + text[end:])


# --- cross-checks against Gambit itself (only where pygambit is installed) ------------------


def gambit_text(game: object) -> str:
    """The .nfg text pygambit writes for a game (the method's name changed between versions)."""
    for method in ("to_nfg", "to_nfg_file"):
        writer = getattr(game, method, None)
        if writer is not None:
            return str(writer())
    buffer = io.StringIO()
    game.write(buffer, format="nfg")  # type: ignore[attr-defined]
    return buffer.getvalue()


def random_integer_games(
    seed: int, count: int, smallest: int = 1
) -> list[tuple[FloatArray, FloatArray]]:
    """Games of 1 (or ``smallest``) to 4 strategies a side with payoffs from -9 to 9."""
    rng = np.random.default_rng(seed)
    found: list[tuple[FloatArray, FloatArray]] = []
    while len(found) < count:
        m, n = rng.integers(smallest, 5, size=2)
        A = rng.integers(-9, 10, size=(m, n)).astype(float)
        B = rng.integers(-9, 10, size=(m, n)).astype(float)
        found.append((A, B))
    return found


def test_games_written_by_pygambit_read_the_same() -> None:
    gbt = pytest.importorskip("pygambit")
    for A, B in random_integer_games(seed=7, count=20):
        written = gbt.Game.from_arrays(A.astype(int), B.astype(int), title="From Gambit")
        game = parse_nfg_text(gambit_text(written))
        assert game.title == "From Gambit"
        got_A, got_B = game.evaluate()
        assert np.array_equal(got_A, A) and np.array_equal(got_B, B)


def test_pygambit_rationals_and_labels_read_exactly() -> None:
    gbt = pytest.importorskip("pygambit")
    A = np.array([[Fraction(1, 3), Fraction(-3, 4)], [Fraction(5, 2), 0]], dtype=object)
    B = np.array([[1, Fraction(2, 7)], [Fraction(-1, 9), 4]], dtype=object)
    written = gbt.Game.from_arrays(A, B, title='A "quoted" title')
    row, column = list(written.players)
    row.label, column.label = "Row", "Column"
    for strategy, label in zip(row.strategies, ["Up", "Down"], strict=True):
        strategy.label = label
    game = parse_nfg_text(gambit_text(written))
    assert names(game) == (("Row", ("Up", "Down")), ("Column", ("1", "2")))
    assert game.title == 'A "quoted" title'
    got_A, got_B = game.evaluate()
    assert np.array_equal(got_A, A.astype(float)) and np.array_equal(got_B, B.astype(float))
    assert game.payoffs[0][0][0].source == "1/3"


@pytest.mark.parametrize(
    "name", ["market_entry_payoffs.nfg", "market_entry_outcomes.nfg", "number_forms.nfg"]
)
def test_pygambit_reads_the_samples_as_we_do(name: str) -> None:
    # (labels_and_layout.nfg is left out: Gambit 16.7 refuses labels with line breaks.)
    gbt = pytest.importorskip("pygambit")
    theirs = gbt.read_nfg(str(DATA / name))
    ours = read(name)
    assert ours.title == theirs.title and ours.description == theirs.description
    assert names(ours) == tuple(
        (player.label, tuple(s.label for s in player.strategies)) for player in theirs.players
    )
    their_A, their_B = theirs.to_arrays(dtype=Fraction)
    A, B = ours.evaluate()
    assert np.array_equal(A, their_A.astype(float)) and np.array_equal(B, their_B.astype(float))


def test_pygambit_reads_our_export_the_same() -> None:
    gbt = pytest.importorskip("pygambit")
    game = small_game()
    read_back = gbt.read_nfg(io.StringIO(to_nfg_text(game)))
    A, B = game.evaluate()
    row, column = list(read_back.players)
    assert read_back.title == game.title
    assert (row.label, column.label) == ("Row", "Column")
    # (Gambit's reader keeps "\\" as two backslashes, so only the plain labels are compared.)
    assert [s.label for s in column.strategies] == list(game.players[1].strategies)
    for i in range(2):
        for j in range(2):
            # Gambit holds each number exactly; a/b and decimals must be the intended fraction.
            assert Fraction(str(read_back[i, j][row])) == Fraction(exact_number_text(A[i, j]))
            assert Fraction(str(read_back[i, j][column])) == Fraction(exact_number_text(B[i, j]))
    assert str(read_back[0, 0][column]) == "1/3"


def random_entry(rng: np.random.Generator) -> int | float | str:
    """An integer, a fraction a/b, a float of any size, or a short decimal."""
    kind = rng.integers(4)
    if kind == 0:
        return int(rng.integers(-50, 50))
    if kind == 1:
        return f"{rng.integers(-50, 50)}/{rng.integers(1, 40)}"
    if kind == 2:
        return float(rng.normal() * 10.0 ** rng.integers(-6, 6))
    return round(float(rng.uniform(-5, 5)), 3)


def test_pygambit_reads_random_exports_to_the_same_floats() -> None:
    gbt = pytest.importorskip("pygambit")
    rng = np.random.default_rng(11)
    for _ in range(30):
        m, n = (int(k) for k in rng.integers(1, 7, size=2))
        game = Game.build(
            title="Random",
            players=[("Row", [f"r{i}" for i in range(m)]), ("Column", [f"c{j}" for j in range(n)])],
            payoffs=[[[random_entry(rng), random_entry(rng)] for _ in range(n)] for _ in range(m)],
        )
        theirs = gbt.read_nfg(io.StringIO(to_nfg_text(game)))
        row, column = list(theirs.players)
        A, B = game.evaluate()
        for i in range(m):
            for j in range(n):
                assert float(Fraction(str(theirs[i, j][row]))) == A[i, j]
                assert float(Fraction(str(theirs[i, j][column]))) == B[i, j]


def equilibria_set(
    profiles: Sequence[tuple[Sequence[float], Sequence[float]]],
) -> set[tuple[float, ...]]:
    return {tuple(round(float(p), 6) + 0.0 for p in (*row, *column)) for row, column in profiles}


def test_solver_agrees_with_gambit_enummixed() -> None:
    gbt = pytest.importorskip("pygambit")
    checked = 0
    for A, B in random_integer_games(seed=2024, count=200, smallest=2):
        ours = solve(A, B)
        if ours.degenerate:
            continue
        written = gbt.Game.from_arrays(A.astype(int), B.astype(int))
        game = parse_nfg_text(gambit_text(written))  # through our reader, as a user would
        got_A, got_B = game.evaluate()
        assert np.array_equal(got_A, A) and np.array_equal(got_B, B)
        result = gbt.nash.enummixed_solve(written, rational=True)
        theirs = [
            tuple([float(eq[s]) for s in player.strategies] for player in written.players)
            for eq in result.equilibria
        ]
        assert equilibria_set([(e.row, e.column) for e in ours.equilibria]) == equilibria_set(
            theirs  # type: ignore[arg-type]
        ), (A.tolist(), B.tolist())
        checked += 1
        if checked == 36:
            break
    assert checked >= 30


NUMBER_TEXT = st.one_of(
    st.integers(-(10**13), 10**13).map(str),
    st.decimals(-(10**13), 10**13, allow_nan=False, allow_infinity=False).map(str),
    st.floats(-1e13, 1e13).map(repr),
    st.sampled_from(["+7", "-0", "5.", ".5", "1e3", "2/6", "-3/4", "4.000", "1e-400", "x", "1/0"]),
)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(NUMBER_TEXT, NUMBER_TEXT), min_size=1, max_size=4))
def test_plain_outcomes_read_at_once_as_token_by_token(pairs: list[tuple[str, str]]) -> None:
    """Most outcomes are read in one match; an escaped quote in the name reads token by token."""

    def outcome_file(name: str) -> str:
        outcomes = " ".join(f'{{ "{name}" {a}, {b} }}' for a, b in pairs)
        return game_text(f"{{ {outcomes} }} 1 1 1 1", "{ 2 2 }")

    def read(text: str) -> object:
        try:
            return [f.source for _i, _j, _p, f in parse_nfg_text(text).entries()]
        except GameFileError as error:
            return str(error)

    assert read(outcome_file("o")) == read(outcome_file('o\\"'))
