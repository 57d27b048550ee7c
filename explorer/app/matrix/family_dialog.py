"""The dialog that asks for a family's variable and range, checked as the user types."""

from __future__ import annotations

import re

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from explorer.core.families import MAX_FAMILY_STRATEGIES, StrategyRange
from explorer.core.game import GameError
from explorer.render.guard import guard_qt_calls

#: A new family's range unless the user says otherwise: 0 to 1 in steps of 0.1.
NEW_RANGE = (0.0, 1.0, 11)


def variable_for(name: str) -> str:
    """A variable name made from a strategy's name ("Price cut" gives "price_cut")."""
    words = re.sub(r"\W+", "_", name.strip().lower()).strip("_")
    if not words or not words[0].isalpha():
        words = f"x_{words}" if words else "x"
    return words[:40]


@guard_qt_calls
class FamilyDialog(QDialog):
    """A family's variable, start, stop and number of values; OK only when they make one."""

    def __init__(self, title: str, family: StrategyRange, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("family_dialog")
        self.setWindowTitle(title)
        self.variable = QLineEdit(family.variable, self)
        self.variable.setObjectName("family_variable")
        self.start, self.stop = self._number(family.start), self._number(family.stop)
        self.start.setObjectName("family_start")
        self.stop.setObjectName("family_stop")
        self.count = QSpinBox(self)
        self.count.setObjectName("family_count")
        self.count.setRange(1, MAX_FAMILY_STRATEGIES * 10)
        self.count.setValue(family.count)
        self.preview = QLabel(self)
        self.preview.setWordWrap(True)
        self.problem = QLabel(self)
        self.problem.setObjectName("family_problem")
        self.problem.setStyleSheet("color: #b00020;")
        self.problem.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("Variable"), self.variable)
        form.addRow(self.tr("From"), self.start)
        form.addRow(self.tr("To"), self.stop)
        form.addRow(self.tr("Number of values"), self.count)
        form.addRow(self.preview)
        form.addRow(self.problem)
        form.addRow(self.buttons)
        self.variable.textChanged.connect(self.on_changed)
        for spin in (self.start, self.stop, self.count):
            spin.valueChanged.connect(self.on_changed)
        self.setMinimumWidth(420)
        self.on_changed()

    def _number(self, value: float) -> QDoubleSpinBox:
        spin = QDoubleSpinBox(self)
        spin.setRange(-1e9, 1e9)
        spin.setDecimals(4)
        spin.setValue(value)
        return spin

    def family(self) -> StrategyRange:
        """The family the fields describe (:class:`GameError` in one sentence if none)."""
        return StrategyRange(
            self.variable.text().strip(), self.start.value(), self.stop.value(), self.count.value()
        )

    def on_changed(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        try:
            family = self.family()
        except GameError as error:
            self.problem.setText(str(error))
            self.preview.setText("")
            ok.setEnabled(False)
            return
        self.problem.setText("")
        shown = ", ".join(family.names[:3]) + (
            ", …, " + family.names[-1] if family.count > 3 else ""
        )
        self.preview.setText(self.tr("Strategies: %1").replace("%1", shown))
        ok.setEnabled(True)
