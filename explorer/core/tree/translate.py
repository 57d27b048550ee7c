"""A bundled tree in another language: the file's own translation of its names and texts.

A tree file's ``translations`` entry for a language may give ``title``, ``description``,
``players`` (``[{"name": ...}, {"name": ...}]``), ``parameters`` (name to description) and
``labels``: the translation of each action label, information-set name and outcome label,
by its English text. Strategy names of the strategic form follow from the actions.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from typing import Any

from explorer.core.game import GameError
from explorer.core.tree.model import GameTree, InformationSet, Node


def translation(tree: GameTree, language: str) -> Mapping[str, Any] | None:
    """The file's translation for ``language``, if it has one."""
    translations = tree.extras.get("translations", {})
    text = translations.get(language) if isinstance(translations, dict) else None
    return text if isinstance(text, dict) else None


def localized_tree(tree: GameTree, language: str) -> GameTree:
    """The tree with its translation for ``language`` applied; unchanged without one.

    A broken translation (wrong types, two actions of one node translated alike) leaves
    the tree as it is: it never stops a game from opening.
    """
    text = translation(tree, language)
    if text is None:
        return tree
    labels = text.get("labels", {})
    if not isinstance(labels, dict):
        return tree

    def word(label: str) -> str:
        translated = labels.get(label, label)
        return translated if isinstance(translated, str) and translated.strip() else label

    try:
        names = text.get("players")
        players = tree.players
        if isinstance(names, list) and len(names) == 2:
            first, second = (str(p.get("name", old)) for p, old in zip(names, players, strict=True))
            if first == second:
                return tree
            players = (first, second)
        descriptions = text.get("parameters", {})
        parameters = tuple(
            replace(p, description=str(descriptions.get(p.name, p.description)))
            for p in tree.parameters
        )
        nodes = tuple(_node(node, word) for node in tree.nodes)
        infosets = tuple(
            InformationSet(
                word(h.name) if h.name else "", h.player, tuple(map(word, h.actions)), h.members
            )
            for h in tree.information_sets
        )
    except (AttributeError, TypeError, ValueError, GameError):
        return tree
    if any(len(set(node.actions)) != len(node.actions) for node in nodes):
        return tree
    return replace(
        tree,
        title=str(text.get("title", tree.title)),
        description=str(text.get("description", tree.description)),
        players=players,
        parameters=parameters,
        nodes=nodes,
        information_sets=infosets,
    )


def _node(node: Node, word: Any) -> Node:
    return replace(
        node,
        actions=tuple(word(a) for a in node.actions),
        outcome=word(node.outcome) if node.outcome else "",
    )
