"""What the matrix editor offers for strategy families: make one from a strategy, change its
range, write it out as single strategies. Each is one undo step (core/edit.py's functions)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from explorer.app.matrix.family_dialog import NEW_RANGE, FamilyDialog, variable_for
from explorer.core import edit
from explorer.core.families import StrategyRange, table_of
from explorer.core.game import Game

Apply = Callable[[Callable[[Game], Game], str], bool]


class FamilyActions(QObject):
    """The family edits of one matrix editor; ``apply`` runs an edit on its document."""

    def __init__(self, editor: QWidget, game: Callable[[], Game], apply: Apply) -> None:
        super().__init__(editor)
        self.editor = editor
        self.game = game
        self.apply = apply
        self.dialog: FamilyDialog | None = None  # the one open now

    def actions(self, player: int, block: int) -> list[QAction]:
        """For a family: change its range, write it out; for a single strategy: make a family."""
        found = table_of(self.game()).blocks[player][block]
        if isinstance(found, StrategyRange):
            specs = [
                (
                    self.tr("Change the range of %1…").replace("%1", found.variable),
                    lambda: self.change_range(player, block),
                ),
                (
                    self.tr("Write %1 out as single strategies").replace("%1", found.variable),
                    lambda: self.write_out(player, block),
                ),
            ]
        else:
            specs = [
                (
                    self.tr("Make '%1' a family of strategies…").replace("%1", found),
                    lambda: self.make_family(player, block),
                )
            ]
        made = []
        for text, slot in specs:
            action = QAction(text, self.editor)
            action.triggered.connect(slot)
            made.append(action)
        return made

    def make_family(self, player: int, block: int) -> FamilyDialog:
        """Ask for a range, then turn the single strategy ``block`` into that family."""
        name = str(table_of(self.game()).blocks[player][block])
        start, stop, count = NEW_RANGE
        suggestion = StrategyRange(_free_name(self.game(), variable_for(name)), start, stop, count)
        return self._ask(
            self.tr("Make a family of strategies"),
            suggestion,
            lambda family: self.apply(
                lambda g: edit.make_family(g, player, block, family),
                self.tr("Make a family of strategies"),
            ),
        )

    def change_range(self, player: int, block: int) -> FamilyDialog:
        """Ask for another range (or variable) for the family ``block``."""
        family = table_of(self.game()).blocks[player][block]
        assert isinstance(family, StrategyRange)
        return self._ask(
            self.tr("Change the range of %1").replace("%1", family.variable),
            family,
            lambda chosen: self.apply(
                lambda g: edit.set_family_range(g, player, block, chosen),
                self.tr("Change a family's range"),
            ),
        )

    def write_out(self, player: int, block: int) -> bool:
        return self.apply(
            lambda g: edit.split_family(g, player, block),
            self.tr("Write a family out as single strategies"),
        )

    def _ask(
        self, title: str, family: StrategyRange, then: Callable[[StrategyRange], object]
    ) -> FamilyDialog:
        dialog = FamilyDialog(title, family, self.editor)
        dialog.accepted.connect(lambda: then(dialog.family()))
        dialog.finished.connect(dialog.deleteLater)
        self.dialog = dialog
        dialog.open()
        return dialog


def _free_name(game: Game, wanted: str) -> str:
    """``wanted``, or ``wanted_2``, ... if a parameter or another family already uses it."""
    table = table_of(game)
    taken = set(game.parameter_names) | table.variables(0) | table.variables(1)
    name, k = wanted, 2
    while name in taken:
        name, k = f"{wanted}_{k}", k + 1
    return name
