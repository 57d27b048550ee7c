"""The Tree tab's tool row: which subgame-perfect equilibrium to show (where ties give
several), fitting and zooming the drawing, and saving it as a picture."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QWidget

from explorer.core.text import format_number
from explorer.core.tree.report import PerfectEquilibrium, TreeReport


class TreeToolbar(QWidget):
    """The equilibrium chooser and the picture's buttons; :attr:`chosen` follows the chooser."""

    #: The user picked another equilibrium in the chooser.
    chosen = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.chooser = QComboBox(self)
        self.chooser.setObjectName("tree_equilibrium")
        self.chooser.setToolTip(self.tr("Where ties give several, which one to show"))
        self.chooser.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.chooser.setMinimumContentsLength(8)
        self.fit_button = QPushButton(self.tr("Fit"), self)
        self.zoom_out = QPushButton("−", self)
        self.zoom_in = QPushButton("+", self)
        self.save_picture = QPushButton(self.tr("Save picture…"), self)
        for button, tip in (
            (self.fit_button, self.tr("Show the whole tree")),
            (self.zoom_out, self.tr("Smaller (−, or Ctrl + wheel)")),
            (self.zoom_in, self.tr("Larger (+, or Ctrl + wheel)")),
            (self.save_picture, self.tr("Save the tree as a PNG or SVG picture")),
        ):
            button.setToolTip(tip)
        for button in (self.zoom_out, self.zoom_in):
            button.setMaximumWidth(40)
        self.label = QLabel(self.tr("Subgame-perfect equilibrium:"), self)
        self.label.setMinimumWidth(0)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.label)
        row.addWidget(self.chooser, 1)
        for button in (self.fit_button, self.zoom_out, self.zoom_in, self.save_picture):
            row.addWidget(button)
        self.chooser.currentIndexChanged.connect(self.chosen)

    @property
    def index(self) -> int:
        """Which equilibrium of the report is chosen (0 when none is)."""
        return max(0, self.chooser.currentIndex())

    def fill(self, report: TreeReport | None) -> None:
        """One entry per subgame-perfect equilibrium (path and payoffs), keeping the choice."""
        entries = [] if report is None else [_choice(k, e) for k, e in enumerate(report.equilibria)]
        shown = [self.chooser.itemText(k) for k in range(self.chooser.count())]
        if shown == entries:
            return
        index = self.chooser.currentIndex()
        self.chooser.blockSignals(True)
        self.chooser.clear()
        self.chooser.addItems(entries)
        self.chooser.setCurrentIndex(min(max(index, 0), len(entries) - 1))
        self.chooser.blockSignals(False)
        self.chooser.setEnabled(len(entries) > 1)


def _choice(k: int, equilibrium: PerfectEquilibrium) -> str:
    payoffs = ", ".join(format_number(v) for v in equilibrium.payoffs)
    return f"{k + 1}: {equilibrium.path} ({payoffs})"
