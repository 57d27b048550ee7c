"""The open game as the app edits it: the last valid game, cell drafts with errors, undo stack.

When a game tree is open, the tree is the source of truth: the game is its reduced strategic
form, derived from it, and texts typed at the tree's leaves and chance moves that are not
(yet) valid are kept as drafts while the last valid tree stays solved.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from explorer.core.edit import set_cell, set_family_formula
from explorer.core.families import table_of
from explorer.core.formula import Formula, FormulaError
from explorer.core.game import Game, GameError
from explorer.core.tree.bridge import tree_game, tree_of
from explorer.core.tree.edit import Slot, TreeEdit, entry_of, set_entries, tree_with_game
from explorer.core.tree.model import GameTree
from explorer.render.guard import guard_qt_calls

CellKey = tuple[int, int, int]  # (row strategy, column strategy, player)


@dataclass(frozen=True)
class FormulaKey:
    """One payoff formula of a family game: the row player's block ``i`` against the column
    player's block ``j`` (blocks as in :func:`explorer.core.families.table_of`)."""

    i: int
    j: int
    player: int


Key = CellKey | FormulaKey


@dataclass(frozen=True)
class Draft:
    """Text typed into a cell that is not (yet) a valid formula, and why."""

    text: str
    error: str


@dataclass(frozen=True)
class DocumentState:
    """Everything an undo step restores: the valid game and the invalid drafts on top of it.

    ``tree`` is the game tree the game is the reduced strategic form of (found from the
    game when not given), ``tree_drafts`` the texts typed at its leaves and chance moves
    that do not make a valid tree.
    """

    game: Game
    drafts: dict[Key, Draft] = field(default_factory=dict)
    tree: GameTree | None = None
    tree_drafts: dict[Slot, Draft] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if self.tree is None:
            object.__setattr__(self, "tree", tree_of(self.game))

    @classmethod
    def of_tree(cls, tree: GameTree, drafts: dict[Slot, Draft] | None = None) -> DocumentState:
        """The state of an open tree: the tree, its reduced strategic form, the drafts.

        Raises
        ------
        TreeError
            If the strategic form has more strategies than a game may have.
        """
        return cls(tree_game(tree), tree=tree, tree_drafts=dict(drafts or {}))


class GameDocument(QObject):
    """Holds the game being edited; every edit goes through :attr:`undo_stack`.

    A cell whose text is not a valid formula keeps the text as a draft (shown in red with
    its error) while the game, and so every result, stays at the last valid formula.
    """

    gameChanged = Signal()
    valuesChanged = Signal()
    pathChanged = Signal()

    def __init__(self, game: Game, path: Path | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.undo_stack = QUndoStack(self)
        self._state = DocumentState(game)
        self._values = game.defaults()
        self._path = path

    # --- reading ------------------------------------------------------------------------------

    @property
    def game(self) -> Game:
        return self._state.game

    @property
    def state(self) -> DocumentState:
        return self._state

    @property
    def tree(self) -> GameTree | None:
        """The open game tree (None for a payoff table)."""
        return self._state.tree

    @property
    def values(self) -> dict[str, float]:
        """The current parameter values (the sliders), not the saved defaults."""
        return dict(self._values)

    @property
    def path(self) -> Path | None:
        return self._path

    def set_path(self, path: Path | None) -> None:
        self._path = path
        self.pathChanged.emit()

    @property
    def is_modified(self) -> bool:
        return not self.undo_stack.isClean()

    def mark_saved(self) -> None:
        self.undo_stack.setClean()

    def cell_text(self, key: Key) -> str:
        draft = self._state.drafts.get(key)
        if draft is not None:
            return draft.text
        if isinstance(key, FormulaKey):
            return table_of(self.game).formulas[key.i][key.j][key.player].text
        i, j, player = key
        return self.game.payoffs[i][j][player].text

    def cell_error(self, key: Key) -> str | None:
        draft = self._state.drafts.get(key)
        return None if draft is None else draft.error

    def key_label(self, key: Key) -> str:
        """Words naming one payoff or one family formula."""
        game = self.game
        if isinstance(key, FormulaKey):
            names = [p.name for p in game.players]
            return table_of(game).pair_label(key.i, key.j, key.player, names)
        return game.cell_label(*key)

    @property
    def errors(self) -> dict[Key, str]:
        return {key: draft.error for key, draft in self._state.drafts.items()}

    def tree_text(self, slot: Slot) -> str:
        """What a tree's payoff or probability shows in its field: a draft, or the formula."""
        draft = self._state.tree_drafts.get(slot)
        if draft is not None:
            return draft.text
        tree = self._state.tree
        formula = entry_of(tree, slot) if tree is not None else None
        return "" if formula is None else formula.text

    def tree_error(self, slot: Slot) -> str | None:
        draft = self._state.tree_drafts.get(slot)
        return None if draft is None else draft.error

    # --- edits, each an undoable command ------------------------------------------------------

    def edit_cell(self, key: Key, text: str) -> None:
        """Type ``text`` into one payoff; consecutive edits of the same cell merge.

        A tree's strategic form follows from the tree: its cells are not edited.
        """
        if text == self.cell_text(key) or self.tree is not None:
            return
        self.undo_stack.push(EditCellCommand(self, key, self.cell_text(key), text))

    def edit_cells(self, edits: dict[CellKey, str], description: str) -> None:
        """Several payoffs in one undo step (a paste); not into a tree's strategic form."""
        if self.tree is not None:
            return
        state = self._state
        for key, text in edits.items():
            state = _with_cell_text(state, key, text)
        self.replace_state(state, description)

    def apply(self, change: Callable[[Game], Game], description: str) -> str | None:
        """A structural edit as one undo step; the reason in words if the edit is refused.

        For a tree the edit must keep the strategic form (a title, a player's name, a
        parameter); it is carried over to the tree.
        """
        try:
            game = change(self.game)
            tree = self._state.tree
            if tree is None:
                self.replace_game(game, description)
            else:
                state = DocumentState.of_tree(tree_with_game(tree, self.game, game))
                self.replace_state(state, description)
        except GameError as error:
            return str(error)
        return None

    def tree_state(self, edit: TreeEdit) -> DocumentState:
        """The state after a structural edit of the tree: texts typed at nodes that moved
        go with them, those of deleted nodes are dropped.

        Raises
        ------
        TreeError
            If the tree's strategic form would be too large.
        """
        drafts = {
            (edit.moved[node], kind, index): draft
            for (node, kind, index), draft in self._state.tree_drafts.items()
            if node in edit.moved
        }
        return DocumentState.of_tree(edit.tree, drafts)

    def text_state(self, slot: Slot, text: str) -> DocumentState:
        """The state after typing ``text`` at a tree's payoff or probability.

        The drafts are tried together with the new text: once they make a valid tree (the
        second of two probabilities that must sum to one), all are taken. Otherwise the new
        text alone is tried, and if it too breaks the tree it is kept as a draft with the
        tree's sentence, the tree staying as it was.
        """
        tree = self._state.tree
        assert tree is not None, "only a tree has payoffs at nodes"
        others = {k: d for k, d in self._state.tree_drafts.items() if k != slot}
        together = {**{k: d.text for k, d in others.items()}, slot: text}
        attempts = [together, {slot: text}] if others else [together]
        error = ""
        for texts in attempts:
            try:
                edited = set_entries(tree, {k: typed_entry(v) for k, v in texts.items()}).tree
            except GameError as problem:
                error = str(problem)  # the last attempt's: the new text on its own
                continue
            kept = {k: d for k, d in others.items() if k not in texts}
            return DocumentState.of_tree(edited, kept)
        return DocumentState.of_tree(tree, {**others, slot: Draft(text, error)})

    def reset(self, state: DocumentState, path: Path | None, modified: bool = False) -> None:
        """Start over with another game (File > Open, New, Restore): a fresh undo history."""
        self.undo_stack.clear()
        self._state = state
        self._values = state.game.defaults()
        self._path = path
        self.gameChanged.emit()
        self.valuesChanged.emit()
        self.pathChanged.emit()
        if modified:
            # A restored game differs from its file: an undoable marker keeps it "modified".
            self.undo_stack.push(ReplaceStateCommand(self, state, state, self.tr("Restore")))

    def replace_game(self, game: Game, description: str) -> None:
        """A structural edit (strategies, players, parameters, title): one undo step."""
        drafts = {k: d for k, d in self._state.drafts.items() if _fits(k, game)}
        self.replace_state(DocumentState(game, drafts), description)

    def replace_state(self, state: DocumentState, description: str) -> None:
        if state != self._state:
            self.undo_stack.push(ReplaceStateCommand(self, self._state, state, description))

    # --- parameter values (the sliders): not part of the game, not undoable -------------------

    def set_value(self, name: str, value: float) -> None:
        parameter = self.game.parameter(name)
        value = min(max(float(value), parameter.minimum), parameter.maximum)
        if self._values.get(name) != value:
            self._values[name] = value
            self.valuesChanged.emit()

    def set_values(self, values: dict[str, float]) -> None:
        for name, value in values.items():
            parameter = self.game.parameter(name)
            self._values[name] = min(max(float(value), parameter.minimum), parameter.maximum)
        self.valuesChanged.emit()

    # --- used by the undo commands only -----------------------------------------------------

    def apply_state(self, state: DocumentState) -> None:
        self._state = state
        self._sync_values()
        self.gameChanged.emit()

    def apply_cell_text(self, key: Key, text: str) -> None:
        self.apply_state(_with_cell_text(self._state, key, text))

    def _sync_values(self) -> None:
        """Keep slider values for parameters that still exist and still fit their range."""
        values = {}
        for parameter in self.game.parameters:
            value = self._values.get(parameter.name, parameter.default)
            values[parameter.name] = value if parameter.contains(value) else parameter.default
        if values != self._values:
            self._values = values
            self.valuesChanged.emit()


def state_with_texts(game: Game, texts: dict[Key, str]) -> DocumentState:
    """``game`` with some cells retyped; texts that are not valid formulas become drafts."""
    state = DocumentState(game)
    for key, text in texts.items():
        if _fits(key, game):
            state = _with_cell_text(state, key, text)
    return state


def _fits(key: Key, game: Game) -> bool:
    if isinstance(key, FormulaKey):
        rows, columns = table_of(game).blocks
        return key.i < len(rows) and key.j < len(columns)
    m, n = game.shape
    return key[0] < m and key[1] < n


def _with_cell_text(state: DocumentState, key: Key, text: str) -> DocumentState:
    """The state after typing ``text`` into a cell (or a family's formula): a valid formula
    updates the game, an invalid one becomes a draft that records the error."""
    game = state.game
    drafts = {k: d for k, d in state.drafts.items() if k != key}
    try:
        if isinstance(key, FormulaKey):
            game = set_family_formula(game, key.i, key.j, key.player, typed_entry(text))
        else:
            i, j, player = key
            formula = Formula(typed_entry(text), game.parameter_names)
            game = set_cell(game, i, j, player, formula)
    except (FormulaError, GameError) as error:
        drafts[key] = Draft(text, str(error))
    return DocumentState(game, drafts)


def typed_entry(text: str) -> str | float:
    """Plain numbers are stored as numbers (so files keep numbers), formulas as text."""
    stripped = text.strip()
    try:
        number = float(stripped)
    except ValueError:
        return text
    if stripped.lower() in ("nan", "inf", "-inf", "infinity", "-infinity", "+inf"):
        return text
    return (
        int(number)
        if number.is_integer() and "." not in stripped and "e" not in stripped.lower()
        else number
    )


@guard_qt_calls
class EditCellCommand(QUndoCommand):
    """Typing into one payoff cell; merges with the next edit of the same cell."""

    ID = 1001

    def __init__(self, document: GameDocument, key: Key, old: str, new: str) -> None:
        super().__init__(document.tr("Edit %1").replace("%1", document.key_label(key)))
        self.document, self.key, self.old, self.new = document, key, old, new

    def id(self) -> int:
        return self.ID

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, EditCellCommand) or other.key != self.key:
            return False
        self.new = other.new
        return True

    def redo(self) -> None:
        self.document.apply_cell_text(self.key, self.new)

    def undo(self) -> None:
        self.document.apply_cell_text(self.key, self.old)


@guard_qt_calls
class ReplaceStateCommand(QUndoCommand):
    """Any other edit: the whole state before and after (games are immutable and small)."""

    def __init__(
        self, document: GameDocument, before: DocumentState, after: DocumentState, text: str
    ) -> None:
        super().__init__(text)
        self.document, self.before, self.after = document, before, after

    def redo(self) -> None:
        self.document.apply_state(self.after)

    def undo(self) -> None:
        self.document.apply_state(self.before)
