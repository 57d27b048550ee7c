"""The payoff matrix as LaTeX: special characters escaped, best responses underlined."""

from __future__ import annotations

import numpy as np

from explorer.core.analysis import best_response_masks
from explorer.core.game import Game
from explorer.core.io.latex import escape, matrix_to_latex

PD = Game.build(
    "PD & co",
    [("Row_1", ["C", "D"]), ("Col", ["C", "D"])],
    [[[3, 3], [0, 5]], [[5, 0], [1, 1]]],
)


def test_special_characters_are_escaped() -> None:
    assert escape(r"50% of $x_1 & {y}#~^\ ") == (
        r"50\% of \$x\_1 \& \{y\}\#\textasciitilde{}\textasciicircum{}\textbackslash{} "
    )
    assert escape("plain text") == "plain text"


def test_the_prisoners_dilemma_underlines_defect_as_the_best_response() -> None:
    """Defect is each player's best response to either strategy: 5 > 3 and 1 > 0."""
    A, B = PD.evaluate()
    masks = best_response_masks(A, B)
    lines = matrix_to_latex(PD, A, B, masks.row, masks.column).splitlines()
    assert lines[0] == r"% Strategy Explorer: PD \& co"
    assert lines[2] == r"\begin{tabular}{r|cc}"
    assert lines[3] == r" & \multicolumn{2}{c}{Col} \\"
    assert lines[4] == r"Row\_1 & C & D \\"
    assert lines[6] == r"C & $3$, $3$ & $0$, \underline{$5$} \\"
    assert lines[7] == r"D & \underline{$5$}, $0$ & \underline{$1$}, \underline{$1$} \\"
    assert lines[-1] == r"\end{tabular}"


def test_payoffs_are_written_for_people_with_the_chosen_digits() -> None:
    game = Game.build("g", [("R", ["a"]), ("C", ["x", "y"])], [[[1 / 3, -0.5], [2, 0.125]]])
    A, B = game.evaluate()
    none = np.zeros((1, 2), dtype=bool)
    text = matrix_to_latex(game, A, B, none, none, digits=2)
    assert (
        r"a & $0.33$, $-0.5$ & $2$, $0.12$ \\" in text
        and r"\underline" not in text.split(r"\hline")[1]
    )
