"""Game trees: two players moving in turn, chance, information sets; solved and explained.

One idea per module:

* :mod:`.model` the immutable :class:`GameTree` (nodes in preorder, information sets);
* :mod:`.build` a file's nodes (ids, child references) checked into a tree, in sentences;
* :mod:`.recall` perfect recall; :mod:`.probabilities` the numbers at parameter values;
* :mod:`.strategies` reduced strategies and the strategic form's payoffs;
* :mod:`.bridge` the reduced strategic form as a parametric :class:`~explorer.core.game.Game`;
* :mod:`.behaviour` behaviour strategies, paths of play, Kuhn's theorem;
* :mod:`.nash` all Nash equilibria; :mod:`.subgames` and :mod:`.perfect` subgame perfection;
* :mod:`.words` explanations; :mod:`.translate` bundled trees in German;
  :mod:`.sweep` the subgame-perfect outcome over a grid;
* :mod:`.edit` edits as pure functions; :mod:`.report` what the Tree tab shows;
  :mod:`.layout` where nodes are drawn; :mod:`.marks` how much of a solution a drawing shows.
"""

from __future__ import annotations

from explorer.core.tree.behaviour import Profile, TreePoint
from explorer.core.tree.bridge import tree_game, tree_of
from explorer.core.tree.model import CHANCE, MAX_NODES, GameTree, InformationSet, Node, TreeError
from explorer.core.tree.nash import TreeNash, nash_equilibria
from explorer.core.tree.perfect import SubgamePerfect, subgame_perfect
from explorer.core.tree.strategies import StrategyLimitError, strategic_form

__all__ = [
    "CHANCE",
    "MAX_NODES",
    "GameTree",
    "InformationSet",
    "Node",
    "Profile",
    "StrategyLimitError",
    "SubgamePerfect",
    "TreeError",
    "TreeNash",
    "TreePoint",
    "nash_equilibria",
    "strategic_form",
    "subgame_perfect",
    "tree_game",
    "tree_of",
]
