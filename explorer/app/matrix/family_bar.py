"""The line above a family game's table: its families in words, and the switch that shows
every strategy of them one by one (when the full table is small enough to read)."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QWidget

from explorer.app.document import GameDocument
from explorer.core.families import StrategyRange, family_of
from explorer.core.game import COLUMN, MAX_STRATEGIES, ROW
from explorer.render.guard import guard_qt_calls
from explorer.render.style import player_colour_hex


@guard_qt_calls
class FamilyBar(QWidget):
    """Shown for a family game only. The table is collapsed (one row or column per family)
    unless "Show every strategy" is ticked, which a game of more than
    :data:`~explorer.core.game.MAX_STRATEGIES` strategies a player cannot be."""

    expandedChanged = Signal()

    def __init__(self, document: GameDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("family_bar")
        self.document = document
        self.summary = QLabel(self)
        self.summary.setObjectName("family_summary")
        self.summary.setWordWrap(True)
        self.expand = QCheckBox(self.tr("Show every strategy"), self)
        self.expand.setObjectName("show_every_strategy")
        self.expand.toggled.connect(lambda _on: self.expandedChanged.emit())
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 4)
        layout.addWidget(self.summary, 1)
        layout.addWidget(self.expand)
        document.gameChanged.connect(self.on_game_changed)
        self.on_game_changed()

    def collapsed(self) -> bool:
        """True if the table shows the game's families as one row or column each."""
        if family_of(self.document.game) is None:
            return False
        return not (self.expand.isChecked() and self.expandable())

    def expandable(self) -> bool:
        return max(self.document.game.shape) <= MAX_STRATEGIES

    def on_game_changed(self) -> None:
        form = family_of(self.document.game)
        self.setVisible(form is not None)
        if form is None:
            return
        self.expand.setEnabled(self.expandable())
        self.expand.setToolTip(
            self.tr("Show the payoffs of every pair of strategies, with best responses marked")
            if self.expandable()
            else self.tr("Too many strategies to show one by one (more than %1 a player)").replace(
                "%1", str(MAX_STRATEGIES)
            )
        )
        game = self.document.game
        parts = []
        for player in (ROW, COLUMN):
            families = [b.label for b in form.table.blocks[player] if isinstance(b, StrategyRange)]
            if families:
                name = escape(game.players[player].name)
                parts.append(
                    f"<span style='color:{player_colour_hex(player)}'><b>{name}</b>: "
                    f"{escape(', '.join(families))}</span>"
                )
        m, n = game.shape
        pairs = (
            self.tr(
                "%1 × %2 strategy pairs, payoffs written once per family as formulas of "
                "the strategy values"
            )
            .replace("%1", str(m))
            .replace("%2", str(n))
        )
        self.summary.setText(" · ".join(parts) + f"<br><i>{pairs}</i>")

    def legend_html(self) -> str:
        """Under the collapsed table: how to edit it."""
        return self.tr(
            "Each family is one row or column: its formulas hold for all its strategies. "
            "Double-click a cell to edit its formulas, a family's name to change its range; "
            "right-click for more."
        )
