"""Games shared by the core's tests: hypothesis strategies for bimatrix games, textbook games."""

from __future__ import annotations

import numpy as np
import numpy.typing as npt
from hypothesis import strategies as st
from hypothesis.extra.numpy import arrays

FloatArray = npt.NDArray[np.float64]

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
