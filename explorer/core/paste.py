"""Blocks of payoffs pasted from a spreadsheet: tab-separated rows into payoff pairs."""

from __future__ import annotations

import re
from dataclasses import dataclass

#: Most cells a paste may hold (a spreadsheet copy of a whole sheet is refused politely).
MAX_PASTE_CELLS = 10_000

_PAIR = re.compile(r"^\(?\s*([^,;()]+?)\s*[,;]\s*([^,;()]+?)\s*\)?$")


class PasteError(ValueError):
    """Clipboard text that is not a block of payoffs."""


@dataclass(frozen=True)
class PastedBlock:
    """Payoff texts by cell: ``cells[i][j] = (row payoff or None, column payoff or None)``."""

    cells: list[list[tuple[str | None, str | None]]]
    layout: str  # "pairs", "side by side" or "row player only"

    @property
    def shape(self) -> tuple[int, int]:
        return len(self.cells), len(self.cells[0]) if self.cells else 0


def parse_block(text: str) -> PastedBlock:
    """Read clipboard text: rows by line, cells by tab.

    Three layouts are understood: every cell holding a pair such as ``3, 2`` (both payoffs);
    an even number of single numbers per row, read as (row payoff, column payoff) side by
    side; otherwise single entries, read as the row player's payoffs.
    """
    lines = [line for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
    while lines and not lines[-1].strip():
        lines.pop()
    if not lines:
        raise PasteError("the clipboard holds no payoffs")
    table = [[cell.strip() for cell in line.split("\t")] for line in lines]
    width = max(len(row) for row in table)
    if width * len(table) > MAX_PASTE_CELLS:
        raise PasteError(f"the clipboard holds more than {MAX_PASTE_CELLS} cells")
    table = [row + [""] * (width - len(row)) for row in table]
    pairs = [[_PAIR.match(cell) for cell in row] for row in table]
    if all(
        match or not cell
        for row, matches in zip(table, pairs, strict=True)
        for cell, match in zip(row, matches, strict=True)
    ) and any(any(r) for r in pairs):
        cells = [[(m.group(1), m.group(2)) if m else (None, None) for m in row] for row in pairs]
        return PastedBlock(cells, "pairs")
    if width % 2 == 0:
        cells = [
            [(row[k] or None, row[k + 1] or None) for k in range(0, width, 2)] for row in table
        ]
        return PastedBlock(cells, "side by side")
    return PastedBlock([[(cell or None, None) for cell in row] for row in table], "row player only")
