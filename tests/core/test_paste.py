"""Payoffs pasted from a spreadsheet: the three layouts, line endings, gaps, limits."""

from __future__ import annotations

import pytest

from explorer.core.paste import MAX_PASTE_CELLS, PasteError, parse_block


def test_cells_holding_pairs() -> None:
    block = parse_block("3, 3\t0, 5\n5, 0\t(1; 1)\n")
    assert block.layout == "pairs" and block.shape == (2, 2)
    assert block.cells == [[("3", "3"), ("0", "5")], [("5", "0"), ("1", "1")]]


def test_pairs_with_empty_cells_and_formulas() -> None:
    block = parse_block("1 + bonus, 2\t\n\t x*2 , -1 ")
    assert block.layout == "pairs"
    assert block.cells == [[("1 + bonus", "2"), (None, None)], [(None, None), ("x*2", "-1")]]


def test_numbers_side_by_side() -> None:
    """An even number of columns: (row payoff, column payoff) next to each other."""
    block = parse_block("3\t3\t0\t5\r\n5\t0\t1\t\r\n")
    assert block.layout == "side by side" and block.shape == (2, 2)
    assert block.cells == [[("3", "3"), ("0", "5")], [("5", "0"), ("1", None)]]


def test_single_numbers_are_the_row_players() -> None:
    block = parse_block("1\t2\t3\r4\t5")  # old Mac line endings, a short last row
    assert block.layout == "row player only" and block.shape == (2, 3)
    assert block.cells[1] == [("4", None), ("5", None), (None, None)]


def test_trailing_blank_lines_are_ignored() -> None:
    assert parse_block("7\n\n  \n").shape == (1, 1)


@pytest.mark.parametrize("text", ["", "\n\n", "   \n\t\n"])
def test_an_empty_clipboard_is_refused(text: str) -> None:
    with pytest.raises(PasteError, match="no payoffs"):
        parse_block(text)


def test_a_whole_sheet_is_refused_politely() -> None:
    rows = MAX_PASTE_CELLS // 100 + 1
    with pytest.raises(PasteError, match=f"more than {MAX_PASTE_CELLS} cells"):
        parse_block("\n".join(["\t".join(["1"] * 100)] * rows))
    assert parse_block("\n".join(["\t".join(["1"] * 100)] * (rows - 1))).shape == (rows - 1, 50)
