"""Nash equilibria of bimatrix games: one verified engine for one game and for a million.

One module per algorithm, each with its single-game and batched form side by side:

* :mod:`.vertex_enumeration` (all extreme equilibria, degenerate games included) over the
  vertices (:mod:`.vertices`) of the best-response polytopes (:mod:`.polytope`), found as
  stacks of small systems (:mod:`.linalg`), and :mod:`.small`, the same for one small
  game in plain Python;
* :mod:`.support_enumeration`, :mod:`.lemke_howson` (lexicographic, exact when needed) and
  :mod:`.nashpy_methods` (nashpy's own algorithms, for comparison);
* :mod:`.degeneracy`, :mod:`.components` (maximal Nash subsets), :mod:`.verify` (every
  answer checked) and :mod:`.exact` (fractions on demand);
* :mod:`.budget` (time and memory), :mod:`.choice` (which algorithm) and :mod:`.engine`
  (:func:`solve` is :func:`solve_batch` on a batch of one).
"""

from __future__ import annotations

from explorer.core.numeric import PAYOFF_TOLERANCE, PROBABILITY_TOLERANCE, payoff_tolerance
from explorer.core.solve.batch import BatchSolution
from explorer.core.solve.budget import (
    DEFAULT_SECONDS,
    Budget,
    BudgetExhausted,
    SolveCancelled,
    StopCheck,
)
from explorer.core.solve.degeneracy import degeneracy_explanation
from explorer.core.solve.engine import solve, solve_batch
from explorer.core.solve.exact import rational_matrix
from explorer.core.solve.lemke_howson import lemke_howson
from explorer.core.solve.result import (
    METHOD_NAMES,
    METHODS,
    Equilibrium,
    Method,
    Solution,
    method_name,
)
from explorer.core.solve.verify import (
    FloatArray,
    as_bimatrix,
    best_responses,
    is_equilibrium,
    is_mixed_strategy,
    support,
)

__all__ = [
    "DEFAULT_SECONDS",
    "METHODS",
    "METHOD_NAMES",
    "PAYOFF_TOLERANCE",
    "PROBABILITY_TOLERANCE",
    "BatchSolution",
    "Budget",
    "BudgetExhausted",
    "Equilibrium",
    "FloatArray",
    "Method",
    "Solution",
    "SolveCancelled",
    "StopCheck",
    "as_bimatrix",
    "best_responses",
    "degeneracy_explanation",
    "is_equilibrium",
    "is_mixed_strategy",
    "lemke_howson",
    "method_name",
    "payoff_tolerance",
    "rational_matrix",
    "solve",
    "solve_batch",
    "support",
]
