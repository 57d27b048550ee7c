"""Backward induction one step at a time, for teaching: each step rings one node of the tree
and says in a sentence what its mover prefers; "Show all" shows the whole solution again."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from explorer.core.tree.report import PerfectEquilibrium
from explorer.render.guard import guard_qt_calls


@guard_qt_calls
class BackwardInductionStepper(QWidget):
    """Back, Step, Start over and Show all over an equilibrium's steps.

    :attr:`step` is None while the whole solution shows, else how many steps are done
    (0: nothing settled yet); :attr:`stepChanged` follows every change.
    """

    stepChanged = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.equilibrium: PerfectEquilibrium | None = None
        self.step: int | None = None
        self.back = QPushButton(self.tr("◀ Back"), self)
        self.forward = QPushButton(self.tr("Step ▶"), self)
        self.restart = QPushButton(self.tr("Start over"), self)
        self.whole = QPushButton(self.tr("Show all"), self)
        for name, button in (
            ("back", self.back),
            ("step", self.forward),
            ("restart", self.restart),
            ("all", self.whole),
        ):
            button.setObjectName(f"stepper_{name}")
        self.sentence = QLabel(self)
        self.sentence.setObjectName("stepper_sentence")
        self.sentence.setWordWrap(True)
        buttons = QHBoxLayout()
        for button in (self.back, self.forward, self.restart, self.whole):
            buttons.addWidget(button)
        buttons.addStretch()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(buttons)
        layout.addWidget(self.sentence)
        self.back.clicked.connect(lambda: self.set_step((self.step or 0) - 1))
        self.forward.clicked.connect(self.on_forward)
        self.restart.clicked.connect(lambda: self.set_step(0))
        self.whole.clicked.connect(lambda: self.set_step(None))
        self.set_equilibrium(None)

    @property
    def total(self) -> int:
        return len(self.equilibrium.steps) if self.equilibrium is not None else 0

    def set_equilibrium(self, equilibrium: PerfectEquilibrium | None) -> None:
        """Walk through ``equilibrium``; a step under way stays where it is if it still fits."""
        self.equilibrium = equilibrium
        step = self.step if self.step is None else min(self.step, self.total)
        self.set_step(step)

    def on_forward(self) -> None:
        self.set_step(1 if self.step is None else self.step + 1)

    def set_step(self, step: int | None) -> None:
        total = self.total
        self.step = None if step is None else max(0, min(step, total))
        stepping = self.step is not None
        self.back.setEnabled(stepping and (self.step or 0) > 0)
        self.forward.setEnabled(total > 0 and (not stepping or (self.step or 0) < total))
        self.restart.setEnabled(total > 0 and self.step != 0)
        self.whole.setEnabled(stepping)
        self.sentence.setText(self._sentence())
        self.stepChanged.emit()

    def _sentence(self) -> str:
        equilibrium = self.equilibrium
        if equilibrium is None:
            return ""
        if self.step is None:
            return self.tr("Press Step to go through backward induction one node at a time.")
        if self.step == 0:
            return self.tr(
                "Backward induction starts at the end of the game: %1 step(s). Press Step."
            ).replace("%1", str(self.total))
        sentence = equilibrium.steps[self.step - 1].sentence
        where = (
            self.tr("Step %1 of %2").replace("%1", str(self.step)).replace("%2", str(self.total))
        )
        if self.step == self.total:
            sentence += " " + equilibrium.explanation[-1]
        return f"<b>{where}:</b> {sentence}"
