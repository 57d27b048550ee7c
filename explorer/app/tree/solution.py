"""The Tree tab's solution page: how many subgame-perfect equilibria there are, the chosen
one's backward induction in sentences, and each player's behaviour at each information set."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QTextBrowser, QVBoxLayout, QWidget

from explorer.core.tree.report import PerfectEquilibrium, TreeReport
from explorer.core.tree.words import behaviour_text
from explorer.render.style import player_colour_hex


class SolutionPage(QWidget):
    """Shows a :class:`~explorer.core.tree.report.TreeReport` and one of its equilibria."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.status = QLabel(self)
        self.status.setObjectName("tree_status")
        self.status.setWordWrap(True)
        self.explanation = QTextBrowser(self)
        self.explanation.setObjectName("tree_explanation")
        self.behaviour = QLabel(self)
        self.behaviour.setObjectName("tree_behaviour")
        self.behaviour.setWordWrap(True)
        self.behaviour.setTextFormat(Qt.TextFormat.RichText)
        box = QVBoxLayout(self)
        box.addWidget(self.status)
        box.addWidget(self.explanation, 1)
        box.addWidget(self.behaviour)

    def show_solution(
        self, report: TreeReport | None, equilibrium: PerfectEquilibrium | None
    ) -> None:
        if report is None or equilibrium is None:
            self.explanation.clear()
            self.behaviour.clear()
            return
        count = len(report.equilibria)
        words = (
            self.tr("1 subgame-perfect equilibrium")
            if count == 1
            else self.tr("%1 subgame-perfect equilibria (ties broken each way)").replace(
                "%1", str(count)
            )
        )
        notes = "".join(f"<br><i>{escape(w)}</i>" for w in report.warnings)
        self.status.setText(f"<b>{words}</b>{notes}")
        self.explanation.setPlainText("\n\n".join(equilibrium.explanation))
        self.behaviour.setText(self._behaviour_html(equilibrium))

    def show_failure(self, message: str) -> None:
        """The tree cannot be solved at these values: why, in red."""
        self.status.setText(
            f"<span style='color:#b00020'>{escape(message)}</span><br>"
            + escape(self.tr("The drawing shows the tree without a solution."))
        )

    def show_busy(self) -> None:
        self.status.setText(self.tr("Solving…"))

    def _behaviour_html(self, equilibrium: PerfectEquilibrium) -> str:
        """Each information set: whose it is, where, and what that player does there."""
        tree = equilibrium.profile.tree
        line = self.tr("%1 at %2: %3")
        heading = self.tr("Behaviour at each information set")
        start = self.tr("the start")
        lines = [f"<b>{escape(heading)}</b>"]
        for k, infoset in enumerate(tree.information_sets):
            colour = player_colour_hex(infoset.player)
            player = f"<b style='color:{colour}'>{escape(tree.players[infoset.player])}</b>"
            where = escape(tree.information_set_label(k, start))
            does = escape(behaviour_text(tree, equilibrium.profile, k))
            lines.append(line.replace("%1", player).replace("%2", where).replace("%3", does))
        return "<br>".join(lines)
