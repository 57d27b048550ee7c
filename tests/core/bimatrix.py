"""Games shared by the core's tests: textbook games and hypothesis strategies for bimatrix games."""

from __future__ import annotations

import numpy as np
import numpy.typing as npt
from hypothesis import strategies as st
from hypothesis.extra.numpy import arrays

from explorer.core.game import Player

FloatArray = npt.NDArray[np.float64]

# --- games from the textbooks -----------------------------------------------------------------

# Prisoner's Dilemma: Defect pays more than Cooperate whatever the other does (5 > 3, 1 > 0).
PD_A = np.array([[3.0, 0.0], [5.0, 1.0]])
PD_B = PD_A.T.copy()
PD_PLAYERS = (
    Player("Row", ("Cooperate", "Defect")),
    Player("Column", ("Cooperate", "Defect")),
)

# A 3×3 game solved by iterated strict dominance; each step checked by hand:
#   round 1, row:    B (2,1,0) < T (3,2,1) everywhere; nothing else of the row player is
#                    dominated (M pays 4 against R; T pays 3 against L).
#   round 1, column: with B gone, R (2,1) < C (3,2); L (1,3) is not dominated by C (3,2).
#   round 2, row:    with R gone, M (1,1) < T (3,2).
#   round 2, column: with only T left, L (1) < C (3).
# Before B is removed R is not dominated (it pays 5 against B), so the order matters for the
# record even though strict elimination's survivors do not depend on it.
THREE_A = np.array([[3.0, 2.0, 1.0], [1.0, 1.0, 4.0], [2.0, 1.0, 0.0]])
THREE_B = np.array([[1.0, 3.0, 2.0], [3.0, 2.0, 1.0], [0.0, 0.0, 5.0]])
THREE_PLAYERS = (Player("Row", ("T", "M", "B")), Player("Column", ("L", "C", "R")))

# Bottom (1,1) is beaten by 1/2 Top + 1/2 Middle, which pays (1.5, 1.5), yet by neither pure
# strategy: Top pays 0 and Middle 0 against one of the columns. The maximiser of
# min(3p, 3(1 − p)) − 1 is p = 1/2 alone.
MIXED_ONLY_A = np.array([[3.0, 0.0], [0.0, 3.0], [1.0, 1.0]])
MIXED_ONLY_PLAYERS = (Player("Row", ("Top", "Middle", "Bottom")), Player("Column", ("L", "R")))

MATCHING_PENNIES = np.array([[1.0, -1.0], [-1.0, 1.0]])


# --- random games -----------------------------------------------------------------------------


SIZES = st.tuples(st.integers(1, 5), st.integers(1, 5))
INTEGER_PAYOFFS = st.integers(-9, 9).map(float)
# Floats on a grid of 1/100: closer payoffs are ties, not float noise. (Payoffs a hair apart,
# such as 0 and 1.2e-7, make an equilibrium within the solver's tolerance play a strategy
# that is dominated by more than that tolerance; that is float noise, not mathematics.)
FLOAT_PAYOFFS = st.integers(-1000, 1000).map(lambda k: k / 100)


def bimatrix_games(unique: bool = False) -> st.SearchStrategy[tuple[FloatArray, FloatArray]]:
    """Random bimatrix games with integer or float payoffs, 1 to 5 strategies each.

    ``unique`` draws every payoff distinct, so that no player is ever indifferent between
    two pure replies.
    """
    integers = st.integers(-1000, 1000).map(float) if unique else INTEGER_PAYOFFS

    def pair(
        shape: tuple[int, int], elements: st.SearchStrategy[float]
    ) -> st.SearchStrategy[tuple[FloatArray, FloatArray]]:
        matrix = arrays(np.float64, shape, elements=elements, unique=unique)
        return st.tuples(matrix, matrix)

    return SIZES.flatmap(lambda shape: pair(shape, integers) | pair(shape, FLOAT_PAYOFFS))
