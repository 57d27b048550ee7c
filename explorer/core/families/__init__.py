"""Strategy families: strategies generated from a numeric range, payoffs written once.

:mod:`~.model` (a range of values and the blocks of a player's strategies), :mod:`~.cells`
(an expanded cell: the family's formula with the values filled in), :mod:`~.form` (a table
of blocks and its expansion into a :class:`~explorer.core.game.Game`) and :mod:`~.curves`
(best-response curves over the strategy values).
"""

from __future__ import annotations

from explorer.core.families.cells import BoundFormula, replace_names
from explorer.core.families.curves import (
    BestResponseCurve,
    BestResponseCurves,
    best_response_curves,
    strategy_values,
)
from explorer.core.families.form import (
    FamilyForm,
    FamilyTable,
    compile_table,
    family_game,
    family_of,
    game_with_table,
    table_of,
)
from explorer.core.families.model import (
    MAX_FAMILY_STRATEGIES,
    Block,
    StrategyRange,
    block_label,
    block_names,
    block_size,
    check_variable,
    value_text,
)

__all__ = [
    "MAX_FAMILY_STRATEGIES",
    "BestResponseCurve",
    "BestResponseCurves",
    "Block",
    "BoundFormula",
    "FamilyForm",
    "FamilyTable",
    "StrategyRange",
    "best_response_curves",
    "block_label",
    "block_names",
    "block_size",
    "check_variable",
    "compile_table",
    "family_game",
    "family_of",
    "game_with_table",
    "replace_names",
    "strategy_values",
    "table_of",
    "value_text",
]
