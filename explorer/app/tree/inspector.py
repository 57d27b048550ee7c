"""The selected node's fields: its name, who moves, its moves (labels, chance probabilities,
order), its payoffs as numbers or formulas, and its information set.

Each field commits when Enter is pressed or the focus leaves it, through
:class:`~explorer.app.tree.commands.TreeEditing` (one undo step). A text that is not a valid
formula, or that breaks the tree (probabilities that no longer sum to one), stays in its field,
red, with the sentence saying why, while the last valid tree stays drawn and solved.
"""

from __future__ import annotations

from collections.abc import Callable
from html import escape

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from explorer.app.document import GameDocument
from explorer.app.tree.commands import TreeEditing
from explorer.core.text import format_number
from explorer.core.tree.edit import PAYOFF, PROBABILITY, Slot, joinable
from explorer.core.tree.marks import TreeNumbers
from explorer.core.tree.model import CHANCE, GameTree
from explorer.render.guard import guard_qt_calls
from explorer.render.style import ERROR_BACKGROUND, player_colour_hex

translate = QCoreApplication.translate
#: The "who moves" choices after the two players: chance, or none (a leaf).
LEAF = -2
FieldKey = tuple[str, int]


@guard_qt_calls
class Field(QLineEdit):
    """A text field that commits once when Enter is pressed or the focus leaves it."""

    def __init__(self, text: str, commit: Callable[[str], object], parent: QWidget) -> None:
        super().__init__(text, parent)
        self._commit = commit
        self._committed = text
        self.editingFinished.connect(self.on_editing_finished)

    def on_editing_finished(self) -> None:
        text = self.text()
        if text != self._committed:
            self._committed = text
            self._commit(text)  # rebuilds the form: this field is hidden, deleted later


@guard_qt_calls
class NodeInspector(QWidget):
    """Edits the node :class:`TreeEditing` has selected; rebuilt when the tree changes."""

    def __init__(self, document: GameDocument, editing: TreeEditing, parent: QWidget) -> None:
        super().__init__(parent)
        self.document = document
        self.editing = editing
        self.fields: dict[FieldKey, QLineEdit] = {}
        self.content: QWidget | None = None
        self.error = QLabel(self)
        self.error.setObjectName("tree_error")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020;")
        self.outer = QVBoxLayout(self)
        self.outer.setContentsMargins(0, 0, 0, 0)
        self.outer.addWidget(self.error)
        editing.selectionChanged.connect(self.rebuild)
        document.gameChanged.connect(self.rebuild)
        document.valuesChanged.connect(self.rebuild)
        self.rebuild()

    # --- building the form ----------------------------------------------------------------------

    def rebuild(self, *_args: object) -> None:
        focused = next((k for k, f in self.fields.items() if f.hasFocus()), None)
        if self.content is not None:
            self.content.hide()
            self.content.deleteLater()
        self.fields = {}
        self.content = QWidget(self)
        self.outer.insertWidget(0, self.content)
        grid = QGridLayout(self.content)
        grid.setContentsMargins(0, 0, 0, 0)
        tree, node = self.document.tree, self.editing.selected
        if tree is None or node is None:
            hint = QLabel(self.tr("Click a node of the tree to edit it."), self.content)
            hint.setWordWrap(True)
            grid.addWidget(hint, 0, 0)
        else:
            self._form(grid, tree, node)
        errors = [e for e in (self.document.tree_error(s) for s in self._slots(tree, node)) if e]
        self.error.setText(errors[0] if errors else "")
        self.error.setVisible(bool(errors))
        self.content.show()  # the new fields in place now, not after the next event
        self.outer.activate()
        if focused in self.fields:
            self.fields[focused].setFocus()

    def _slots(self, tree: GameTree | None, node: int | None) -> list[Slot]:
        if tree is None or node is None:
            return []
        slots: list[Slot] = [(node, PAYOFF, 0), (node, PAYOFF, 1)]
        if tree.nodes[node].is_chance:
            slots += [(node, PROBABILITY, k) for k in range(len(tree.nodes[node].actions))]
        return slots

    def _form(self, grid: QGridLayout, tree: GameTree, node: int) -> None:
        item = tree.nodes[node]
        title = QLabel(
            f"<b>{escape(tree.node_label(node, self.tr('The start')))}</b>", self.content
        )
        title.setWordWrap(True)
        grid.addWidget(title, 0, 0, 1, 5)
        row = 1
        grid.addWidget(QLabel(self.tr("Name"), self.content), row, 0)
        name = self._field(("name", 0), item.name, lambda t: self.editing.rename_node(node, t))
        name.setPlaceholderText(self.tr("(labelled by its path)"))
        grid.addWidget(name, row, 1, 1, 4)
        row += 1
        grid.addWidget(QLabel(self.tr("Who moves"), self.content), row, 0)
        grid.addWidget(self._mover(tree, node), row, 1, 1, 4)
        row += 1
        if item.children:
            row = self._moves(grid, row, tree, node)
        row = self._payoffs(grid, row, tree, node)
        if item.is_decision:
            grid.addWidget(QLabel(self.tr("Information set"), self.content), row, 0)
            grid.addWidget(self._information_set(tree, node), row, 1, 1, 4)
            row += 1
        grid.setRowStretch(row, 1)
        grid.setColumnStretch(1, 3)
        grid.setColumnStretch(2, 2)

    def _field(self, key: FieldKey, text: str, commit: Callable[[str], object]) -> QLineEdit:
        field = Field(text, commit, self.content or self)
        field.setObjectName(f"tree_{key[0]}_{key[1]}")
        self.fields[key] = field
        return field

    def _mover(self, tree: GameTree, node: int) -> QComboBox:
        combo = QComboBox(self.content)
        combo.setObjectName("tree_mover")
        combo.addItem(tree.players[0], 0)
        combo.addItem(tree.players[1], 1)
        combo.addItem(self.tr("Chance"), CHANCE)
        combo.addItem(self.tr("Nobody: a leaf with payoffs"), LEAF)
        item = tree.nodes[node]
        current = LEAF if item.is_terminal else item.player
        combo.setCurrentIndex(combo.findData(current))
        combo.activated.connect(lambda index: self.on_mover_chosen(node, combo.itemData(index)))
        return combo

    def on_mover_chosen(self, node: int, player: int) -> None:
        tree = self.document.tree
        if tree is None:
            return
        if player == LEAF:
            if not tree.nodes[node].is_terminal:
                self.editing.make_leaf(node)
        else:
            self.editing.set_player(node, player)

    def _moves(self, grid: QGridLayout, row: int, tree: GameTree, node: int) -> int:
        item = tree.nodes[node]
        grid.addWidget(QLabel(self.tr("<b>Moves</b>"), self.content), row, 0, 1, 5)
        row += 1
        count = len(item.actions)
        for action, label in enumerate(item.actions):
            grid.addWidget(QLabel(str(action + 1), self.content), row, 0)
            field = self._field(("action", action), label, self._renamer(node, action))
            grid.addWidget(field, row, 1)
            if item.is_chance:
                slot: Slot = (node, PROBABILITY, action)
                grid.addWidget(self._formula(("probability", action), slot), row, 2)
            for column, (text, tip, enabled, act) in enumerate(
                (
                    ("◀", self.tr("Move this branch left"), action > 0, (node, action, action - 1)),
                    (
                        "▶",
                        self.tr("Move this branch right"),
                        action < count - 1,
                        (node, action, action + 1),
                    ),
                ),
                start=3,
            ):
                button = QPushButton(text, self.content)
                button.setToolTip(tip)
                button.setEnabled(enabled)
                button.setMaximumWidth(36)
                button.clicked.connect(lambda _c=False, a=act: self.editing.move_action(*a))
                grid.addWidget(button, row, column)
            remove = QPushButton("✕", self.content)
            remove.setObjectName(f"tree_remove_{action}")
            remove.setToolTip(self.tr("Delete this move and everything after it"))
            remove.setMaximumWidth(36)
            remove.setEnabled(count > 1)
            remove.clicked.connect(lambda _c=False, a=action: self.editing.remove_action(node, a))
            grid.addWidget(remove, row, 5)
            row += 1
        add = QPushButton(self.tr("Add move"), self.content)
        add.setObjectName("tree_add_move")
        add.clicked.connect(lambda: self.editing.add_action(node))
        grid.addWidget(add, row, 1)
        return row + 1

    def _renamer(self, node: int, action: int) -> Callable[[str], object]:
        return lambda text: self.editing.rename_action(node, action, text)

    def _payoffs(self, grid: QGridLayout, row: int, tree: GameTree, node: int) -> int:
        item = tree.nodes[node]
        heading = (
            self.tr("<b>Payoffs</b>")
            if item.is_terminal
            else self.tr("<b>Payoffs here</b> (added to everything below, as in Gambit)")
        )
        label = QLabel(heading, self.content)
        label.setWordWrap(True)
        grid.addWidget(label, row, 0, 1, 5)
        row += 1
        numbers = TreeNumbers.at(tree, self.document.values)
        for player in (0, 1):
            name = QLabel(tree.players[player], self.content)
            name.setStyleSheet(f"color: {player_colour_hex(player)}; font-weight: bold;")
            grid.addWidget(name, row, 0)
            grid.addWidget(self._formula(("payoff", player), (node, PAYOFF, player)), row, 1, 1, 2)
            if item.payoffs is not None:
                value = QLabel(f"= {format_number(float(numbers.outcome[node, player]))}")
                value.setStyleSheet("color: #6b6b6b;")
                grid.addWidget(value, row, 3, 1, 3)
            row += 1
        if item.payoffs is not None and not item.is_terminal:
            clear = QPushButton(self.tr("Remove these payoffs"), self.content)
            clear.clicked.connect(lambda: self.editing.clear_outcome(node))
            grid.addWidget(clear, row, 1)
            row += 1
        return row

    def _formula(self, key: FieldKey, slot: Slot) -> QLineEdit:
        text = self.document.tree_text(slot)
        description = (
            translate("NodeInspector", "Edit a payoff")
            if slot[1] == PAYOFF
            else (translate("NodeInspector", "Edit a probability"))
        )
        field = self._field(key, text, lambda t: self.editing.type_text(slot, t, description))
        error = self.document.tree_error(slot)
        if error:
            field.setStyleSheet(f"background: {ERROR_BACKGROUND.name()};")
            field.setToolTip(error)
        else:
            field.setToolTip(self.tr("A number or a formula of the game's parameters"))
        return field

    def _information_set(self, tree: GameTree, node: int) -> QComboBox:
        combo = QComboBox(self.content)
        combo.setObjectName("tree_information_set")
        infoset = tree.information_sets[tree.nodes[node].information_set]
        others = [m for m in infoset.members if m != node]
        if others:
            combo.addItem(
                self.tr("Shared with %1").replace(
                    "%1", ", ".join(tree.node_label(m) for m in others)
                ),
                None,
            )
            combo.addItem(self.tr("Its own (the player sees how it got here)"), -1)
        else:
            combo.addItem(self.tr("Its own (the player sees how it got here)"), None)
        for other in joinable(tree, node):
            combo.addItem(
                self.tr("Join: the player cannot tell it from %1").replace(
                    "%1", tree.node_label(other)
                ),
                other,
            )
        combo.activated.connect(lambda index: self.on_set_chosen(node, combo.itemData(index)))
        return combo

    def on_set_chosen(self, node: int, other: int | None) -> None:
        if other is None:
            return
        if other < 0:
            self.editing.leave(node)
        else:
            self.editing.join(node, other)
