"""The payoff matrix as a LaTeX tabular for slides and hand-outs, best responses underlined."""

from __future__ import annotations

import numpy as np
import numpy.typing as npt

from explorer.core.game import COLUMN, ROW, Game
from explorer.core.text import format_number

_SPECIAL = {
    "\\": r"\textbackslash{}",
    "&": r"\&",
    "%": r"\%",
    "$": r"\$",
    "#": r"\#",
    "_": r"\_",
    "{": r"\{",
    "}": r"\}",
    "~": r"\textasciitilde{}",
    "^": r"\textasciicircum{}",
}


def escape(text: str) -> str:
    """Text safe inside LaTeX (its special characters written as commands)."""
    return "".join(_SPECIAL.get(char, char) for char in text)


def matrix_to_latex(
    game: Game,
    A: npt.ArrayLike,
    B: npt.ArrayLike,
    row_best: npt.ArrayLike,
    column_best: npt.ArrayLike,
    digits: int = 3,
) -> str:
    """A ``tabular``: rows are the row player's strategies, each cell "row payoff, column
    payoff", a payoff underlined where it is that player's best response."""
    A, B = np.asarray(A, dtype=float), np.asarray(B, dtype=float)
    row_best, column_best = np.asarray(row_best, dtype=bool), np.asarray(column_best, dtype=bool)
    rows, columns = game.players[ROW], game.players[COLUMN]
    n = len(columns.strategies)

    def payoff(value: float, best: bool) -> str:
        number = f"${format_number(value, digits)}$"
        return rf"\underline{{{number}}}" if best else number

    lines = [
        r"% Strategy Explorer: " + escape(game.title),
        r"% Underlined: a best response. Rows: "
        + escape(rows.name)
        + "; columns: "
        + escape(columns.name)
        + ".",
        r"\begin{tabular}{r|" + "c" * n + "}",
        rf" & \multicolumn{{{n}}}{{c}}{{{escape(columns.name)}}} \\",
        rf"{escape(rows.name)} & " + " & ".join(escape(s) for s in columns.strategies) + r" \\",
        r"\hline",
    ]
    for i, strategy in enumerate(rows.strategies):
        cells = [
            f"{payoff(A[i, j], bool(row_best[i, j]))}, {payoff(B[i, j], bool(column_best[i, j]))}"
            for j in range(n)
        ]
        lines.append(f"{escape(strategy)} & " + " & ".join(cells) + r" \\")
    lines.append(r"\end{tabular}")
    return "\n".join(lines) + "\n"
