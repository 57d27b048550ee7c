"""Edits of the open tree as undo commands on the document's one undo stack.

Each edit is a pure function of the core (:mod:`explorer.core.tree.edit`); the command keeps
the document's state before and after it, and the node selected before and after, so that
undo and redo bring back the tree, the texts typed at it and the selection. Typing at the
same payoff or probability again merges into one step, as typing into a payoff cell does.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand

from explorer.app.document import DocumentState, GameDocument
from explorer.core.game import GameError
from explorer.core.tree import edit
from explorer.core.tree.edit import Slot, TreeEdit
from explorer.core.tree.model import GameTree
from explorer.render.guard import guard_qt_calls


@guard_qt_calls
class TreeEditCommand(QUndoCommand):
    """One edit of the tree: the document's states and the selections around it."""

    ID = 1501

    def __init__(
        self,
        editing: TreeEditing,
        before: tuple[DocumentState, int | None],
        after: tuple[DocumentState, int | None],
        text: str,
        slot: Slot | None = None,
    ) -> None:
        super().__init__(text)
        self.editing, self.before, self.after, self.slot = editing, before, after, slot

    def id(self) -> int:
        return self.ID

    def mergeWith(self, other: QUndoCommand) -> bool:
        """Typing at the same field again is one step."""
        if not isinstance(other, TreeEditCommand) or other.slot is None or other.slot != self.slot:
            return False
        self.after = other.after
        return True

    def redo(self) -> None:
        self.editing.restore(*self.after)

    def undo(self) -> None:
        self.editing.restore(*self.before)


@guard_qt_calls
class TreeEditing(QObject):
    """Turns what the user asks of the tree into undoable edits; keeps the selected node.

    A refused edit changes nothing and is said in one sentence (:attr:`message`).
    """

    #: The selected node changed (-1: none).
    selectionChanged = Signal(int)
    #: An edit was refused, in one sentence.
    message = Signal(str)

    def __init__(self, document: GameDocument, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.selected: int | None = None
        document.gameChanged.connect(self.on_game_changed)

    @property
    def tree(self) -> GameTree | None:
        return self.document.tree

    def select(self, node: int | None) -> None:
        tree = self.tree
        valid = node if tree is not None and node is not None and 0 <= node < len(tree) else None
        if valid != self.selected:
            self.selected = valid
            self.selectionChanged.emit(-1 if valid is None else valid)

    def restore(self, state: DocumentState, selected: int | None) -> None:
        """Used by the commands: put back a state and its selection."""
        self.document.apply_state(state)
        self.select(selected)

    def on_game_changed(self) -> None:
        self.select(self.selected)  # drops a selection the tree no longer has

    # --- edits --------------------------------------------------------------------------------

    def apply(self, change: Callable[[GameTree], TreeEdit], description: str) -> bool:
        """One structural edit as one undo step; False (and a sentence) if refused."""
        tree = self.tree
        if tree is None:
            return False
        try:
            done = change(tree)
            state = self.document.tree_state(done)
        except GameError as error:
            self.message.emit(str(error))
            return False
        self._push(state, done.selected, description)
        return True

    def type_text(self, slot: Slot, text: str, description: str) -> None:
        """Text typed at a payoff or probability: taken if it makes a valid tree, else kept
        in the field with the tree's sentence while the last valid tree stays solved."""
        if self.tree is None or text == self.document.tree_text(slot):
            return
        state = self.document.text_state(slot, text)
        self._push(state, slot[0], description, slot)
        error = self.document.tree_error(slot)
        if error:
            self.message.emit(error)

    def _push(
        self, state: DocumentState, selected: int | None, description: str, slot: Slot | None = None
    ) -> None:
        if state == self.document.state:
            self.select(selected)
            return
        command = TreeEditCommand(
            self, (self.document.state, self.selected), (state, selected), description, slot
        )
        self.document.undo_stack.push(command)

    # --- the edits the tab offers, by name --------------------------------------------------------

    def add_action(self, node: int) -> bool:
        return self.apply(lambda t: edit.add_action(t, node), self.tr("Add move"))

    def remove_action(self, node: int, action: int) -> bool:
        return self.apply(lambda t: edit.remove_action(t, node, action), self.tr("Delete move"))

    def move_action(self, node: int, action: int, to: int) -> bool:
        return self.apply(lambda t: edit.move_action(t, node, action, to), self.tr("Move branch"))

    def rename_action(self, node: int, action: int, label: str) -> bool:
        tree = self.tree
        if tree is None or tree.nodes[node].actions[action] == label.strip():
            return False
        return self.apply(
            lambda t: edit.rename_action(t, node, action, label), self.tr("Rename move")
        )

    def rename_node(self, node: int, name: str) -> bool:
        tree = self.tree
        if tree is None or tree.nodes[node].name == name.strip():
            return False
        return self.apply(lambda t: edit.rename_node(t, node, name), self.tr("Rename node"))

    def set_player(self, node: int, player: int) -> bool:
        return self.apply(lambda t: edit.set_player(t, node, player), self.tr("Change who moves"))

    def make_leaf(self, node: int) -> bool:
        return self.apply(lambda t: edit.make_leaf(t, node), self.tr("Delete the moves below"))

    def clear_outcome(self, node: int) -> bool:
        return self.apply(lambda t: edit.clear_outcome(t, node), self.tr("Remove payoffs"))

    def join(self, node: int, other: int) -> bool:
        return self.apply(
            lambda t: edit.join_information_set(t, node, other), self.tr("Join information set")
        )

    def leave(self, node: int) -> bool:
        return self.apply(
            lambda t: edit.leave_information_set(t, node), self.tr("Leave information set")
        )

    def delete_selected(self) -> bool:
        """Delete key: the branch into the selected node (the root: the moves below it)."""
        tree, node = self.tree, self.selected
        if tree is None or node is None:
            return False
        if node == 0:
            return self.make_leaf(0)
        parent, action = int(tree.parent[node]), int(tree.parent_action[node])
        if len(tree.nodes[parent].actions) < 2:
            return self.make_leaf(parent)
        return self.remove_action(parent, action)
