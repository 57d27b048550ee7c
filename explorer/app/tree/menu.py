"""The edits offered on the right button: at a node (add a move, delete the moves below, who
moves, its information set, delete its branch) or at a branch (move it, delete it)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QWidget

from explorer.app.tree.commands import TreeEditing
from explorer.core.tree.edit import joinable
from explorer.core.tree.model import CHANCE


class NodeMenu(QMenu):
    """The menu of one node, or of its branch ``action`` (>= 0); each entry one edit."""

    def __init__(self, editing: TreeEditing, node: int, action: int, parent: QWidget) -> None:
        super().__init__(parent)
        self.editing = editing
        tree = editing.tree
        assert tree is not None
        item = tree.nodes[node]
        if action >= 0:
            count = len(item.actions)
            self._add(
                self.tr("Move left"),
                lambda: editing.move_action(node, action, action - 1),
                action > 0,
            )
            self._add(
                self.tr("Move right"),
                lambda: editing.move_action(node, action, action + 1),
                action < count - 1,
            )
            self._add(
                self.tr("Delete this move"), lambda: editing.remove_action(node, action), count > 1
            )
            return
        if item.children:
            self._add(self.tr("Add a move"), lambda: editing.add_action(node))
            self._add(self.tr("Delete the moves below"), lambda: editing.make_leaf(node))
        movers = self.addMenu(self.tr("Who moves"))
        for player, name in (
            (0, tree.players[0]),
            (1, tree.players[1]),
            (CHANCE, self.tr("Chance")),
        ):
            choice = movers.addAction(name)
            choice.setCheckable(True)
            choice.setChecked(item.player == player)
            choice.triggered.connect(lambda _c=False, p=player: editing.set_player(node, p))
        if node > 0:
            self._add(self.tr("Delete this branch"), editing.delete_selected)
        if item.is_decision:
            sets = self.addMenu(self.tr("Information set"))
            own = sets.addAction(self.tr("Its own"))
            own.triggered.connect(lambda _c=False: editing.leave(node))
            for other in joinable(tree, node):
                join = sets.addAction(self.tr("Same as %1").replace("%1", tree.node_label(other)))
                join.triggered.connect(lambda _c=False, o=other: editing.join(node, o))

    def _add(self, text: str, edit: Callable[[], object], enabled: bool = True) -> QAction:
        entry = self.addAction(text)
        entry.setEnabled(enabled)
        entry.triggered.connect(lambda _checked=False: edit())
        return entry
