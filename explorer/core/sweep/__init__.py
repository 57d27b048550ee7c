"""Comparative statics: a game solved over a grid of one or two parameters, and its regimes.

The payoff formulas are evaluated for a whole chunk of the grid at once, the chunk's games
are solved together by :func:`explorer.core.solve.solve_batch`, and each chunk is folded
into the result's arrays (and any export) as it arrives. Chunks bound the memory a large
grid needs and can run on any :class:`concurrent.futures.Executor` (a process pool, or a
Dask cluster's executor).
"""

from __future__ import annotations

from explorer.core.sweep.axes import (
    MAX_AXIS_POINTS,
    MAX_POINTS,
    Axis,
    Outcome,
    Selection,
    SweepError,
    grid_values,
)
from explorer.core.sweep.chunks import ChunkResult, ChunkView, solve_chunk
from explorer.core.sweep.export import CsvWriter, JsonWriter
from explorer.core.sweep.regimes import (
    RegimeTable,
    no_equilibrium_label,
    profile_regime,
    regime_order,
    supports_label,
    undefined_label,
)
from explorer.core.sweep.result import SweepResult
from explorer.core.sweep.run import CHUNK_POINTS, ChunkWriter, fixed_values, run_sweep

__all__ = [
    "CHUNK_POINTS",
    "MAX_AXIS_POINTS",
    "MAX_POINTS",
    "Axis",
    "ChunkResult",
    "ChunkView",
    "ChunkWriter",
    "CsvWriter",
    "JsonWriter",
    "Outcome",
    "RegimeTable",
    "Selection",
    "SweepError",
    "SweepResult",
    "fixed_values",
    "grid_values",
    "no_equilibrium_label",
    "profile_regime",
    "regime_order",
    "run_sweep",
    "solve_chunk",
    "supports_label",
    "undefined_label",
]
