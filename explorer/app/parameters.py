"""The parameters panel: a slider and a spin box per parameter, and editing of parameters."""

from __future__ import annotations

from collections.abc import Callable
from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QSlider,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from explorer.app import icons
from explorer.app.document import GameDocument
from explorer.app.fit import VerticalScrollArea
from explorer.app.parameter_names import display_name
from explorer.core import edit
from explorer.core.game import Game, GameError, Parameter
from explorer.core.text import format_number
from explorer.render.guard import guard_qt_calls
from explorer.render.style import ERROR_TEXT, set_text_colour

SLIDER_STEPS = 1000


@guard_qt_calls
class ParameterControl(QWidget):
    """One parameter: its name, range and description, a slider and a spin box kept in step."""

    valueEdited = Signal(str, float)
    editRequested = Signal(str)
    removeRequested = Signal(str)

    def __init__(self, parameter: Parameter, value: float, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.parameter = parameter
        self.setObjectName(f"parameter_{parameter.name}")
        shown = display_name(parameter.name)
        name = QLabel(f"<b>{escape(shown)}</b>", self)
        if shown != parameter.name:  # formulas use the name: it stays in sight
            name.setText(f"{name.text()} <small>({escape(parameter.name)})</small>")
        name.setWordWrap(True)  # a long German name and its formula name take two lines
        bounds = QLabel(
            f"{format_number(parameter.minimum)} – {format_number(parameter.maximum)}", self
        )
        bounds.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        set_text_colour(bounds, QPalette.ColorRole.Mid)
        self.slider = QSlider(Qt.Orientation.Horizontal, self)
        self.slider.setRange(0, SLIDER_STEPS)
        self.slider.setObjectName("slider")
        self.spin = QDoubleSpinBox(self)
        self.spin.setObjectName("spin")
        self.spin.setRange(parameter.minimum, parameter.maximum)
        self.spin.setDecimals(3)
        self.spin.setSingleStep((parameter.maximum - parameter.minimum) / 100)
        self.spin.setKeyboardTracking(False)
        menu_button = QToolButton(self)
        menu_button.setIcon(icons.more())
        menu_button.setToolTip(self.tr("Edit or remove this parameter"))
        menu_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(menu_button)
        menu.addAction(
            self.tr("Edit range and description…"), lambda: self.editRequested.emit(parameter.name)
        )
        menu.addAction(
            self.tr("Remove parameter"), lambda: self.removeRequested.emit(parameter.name)
        )
        menu_button.setMenu(menu)
        self.menu_button = menu_button
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 4, 0, 8)
        layout.addWidget(name, 0, 0)
        layout.addWidget(bounds, 0, 1)
        layout.addWidget(menu_button, 0, 2)
        layout.addWidget(self.slider, 1, 0, 1, 2)
        layout.addWidget(self.spin, 1, 2)
        if parameter.description:
            description = QLabel(parameter.description, self)
            description.setWordWrap(True)
            set_text_colour(description, QPalette.ColorRole.Dark)
            layout.addWidget(description, 2, 0, 1, 3)
        self.setToolTip(parameter.description)
        self.set_value(value)
        self.slider.valueChanged.connect(self.on_slider_moved)
        self.spin.valueChanged.connect(self.on_spin_changed)

    def _to_slider(self, value: float) -> int:
        p = self.parameter
        return round((value - p.minimum) / (p.maximum - p.minimum) * SLIDER_STEPS)

    def _from_slider(self, position: int) -> float:
        p = self.parameter
        return p.minimum + (p.maximum - p.minimum) * position / SLIDER_STEPS

    def set_value(self, value: float) -> None:
        """Show ``value`` without announcing it as an edit."""
        for widget in (self.slider, self.spin):
            widget.blockSignals(True)
        self.slider.setValue(self._to_slider(value))
        self.spin.setValue(value)
        for widget in (self.slider, self.spin):
            widget.blockSignals(False)

    def value(self) -> float:
        return self.spin.value()

    def on_slider_moved(self, position: int) -> None:
        value = self._from_slider(position)
        self.spin.blockSignals(True)
        self.spin.setValue(value)
        self.spin.blockSignals(False)
        self.valueEdited.emit(self.parameter.name, value)

    def on_spin_changed(self, value: float) -> None:
        self.slider.blockSignals(True)
        self.slider.setValue(self._to_slider(value))
        self.slider.blockSignals(False)
        self.valueEdited.emit(self.parameter.name, value)


@guard_qt_calls
class ParameterDialog(QDialog):
    """Add or edit a parameter: name, range, default, description, checked as you type."""

    def __init__(self, parameter: Parameter | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Edit parameter") if parameter else self.tr("Add parameter"))
        start = parameter or Parameter("new_parameter", 0.5, 0.0, 1.0)
        self.name = QLineEdit(start.name, self)
        self.minimum = self._number(start.minimum)
        self.maximum = self._number(start.maximum)
        self.default = self._number(start.default)
        self.description = QLineEdit(start.description, self)
        self.problem = QLabel(self)
        set_text_colour(self.problem, ERROR_TEXT)
        self.problem.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Minimum"), self.minimum)
        form.addRow(self.tr("Maximum"), self.maximum)
        form.addRow(self.tr("Default"), self.default)
        form.addRow(self.tr("Description"), self.description)
        form.addRow(self.problem)
        form.addRow(self.buttons)
        for field in (self.name, self.description):
            field.textChanged.connect(self.on_changed)
        for spin in (self.minimum, self.maximum, self.default):
            spin.valueChanged.connect(self.on_changed)
        self.on_changed()

    def _number(self, value: float) -> QDoubleSpinBox:
        spin = QDoubleSpinBox(self)
        spin.setRange(-1e9, 1e9)
        spin.setDecimals(4)
        spin.setValue(value)
        return spin

    def parameter(self) -> Parameter:
        return Parameter(
            self.name.text().strip(),
            self.default.value(),
            self.minimum.value(),
            self.maximum.value(),
            self.description.text().strip(),
        )

    def on_changed(self) -> None:
        try:
            self.parameter()
        except GameError as error:
            self.problem.setText(str(error))
            self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)
        else:
            self.problem.setText("")
            self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(True)


@guard_qt_calls
class ParametersPanel(QWidget):
    """All of a game's parameters; moving a slider changes the document's current values."""

    message = Signal(str)

    def __init__(self, document: GameDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.controls: dict[str, ParameterControl] = {}
        self._shown: tuple[Parameter, ...] | None = None
        self.rows = QVBoxLayout()
        self.rows.addStretch(1)  # controls go above it, so they keep their natural height
        holder = QWidget(self)
        holder.setLayout(self.rows)
        scroll = VerticalScrollArea(self)
        scroll.setWidget(holder)
        self.empty = QLabel(
            self.tr("This game has no parameters. Add one to write payoffs as formulas."), self
        )
        self.empty.setWordWrap(True)
        add = QPushButton(self.tr("Add parameter…"), self)
        add.clicked.connect(self.on_add)
        reset = QPushButton(self.tr("Reset to defaults"), self)
        reset.clicked.connect(self.on_reset)
        self.editing_buttons = (add, reset)
        self._editing = True
        # One above the other: side by side, long labels ("Auf Standardwerte zurücksetzen")
        # would widen the panel beyond a projector's room.
        buttons = QVBoxLayout()
        for button in (add, reset):
            buttons.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty)
        layout.addWidget(scroll, 1)
        layout.addLayout(buttons)
        self.document.gameChanged.connect(self.on_game_changed)
        self.document.valuesChanged.connect(self.on_values_changed)
        self.on_game_changed()

    def on_game_changed(self) -> None:
        parameters = self.document.game.parameters
        if parameters == self._shown:
            return
        self._shown = parameters
        for control in self.controls.values():
            control.deleteLater()
        self.controls = {}
        values = self.document.values
        for parameter in parameters:
            control = ParameterControl(parameter, values[parameter.name], self)
            control.valueEdited.connect(self.document.set_value)
            control.editRequested.connect(self.on_edit)
            control.removeRequested.connect(self.on_remove)
            control.menu_button.setVisible(self._editing)
            self.rows.insertWidget(self.rows.count() - 1, control)
            self.controls[parameter.name] = control
        self.empty.setVisible(not parameters)

    def set_editing(self, editing: bool) -> None:
        """Show or hide the editing controls (presenter mode hides them; sliders stay)."""
        self._editing = editing
        for button in self.editing_buttons:
            button.setVisible(editing)
        for control in self.controls.values():
            control.menu_button.setVisible(editing)

    def on_values_changed(self) -> None:
        for name, value in self.document.values.items():
            control = self.controls.get(name)
            if control is not None and abs(control.value() - value) > 1e-12:
                control.set_value(value)

    def on_reset(self) -> None:
        self.document.set_values(self.document.game.defaults())

    def on_add(self) -> None:
        dialog = ParameterDialog(None, self)
        dialog.accepted.connect(lambda: self.add_parameter(dialog.parameter()))
        dialog.open()

    def on_edit(self, name: str) -> None:
        dialog = ParameterDialog(self.document.game.parameter(name), self)
        dialog.accepted.connect(lambda: self.update_parameter(name, dialog.parameter()))
        dialog.open()

    def on_remove(self, name: str) -> None:
        self._apply(lambda g: edit.remove_parameter(g, name), self.tr("Remove parameter"))

    def add_parameter(self, parameter: Parameter) -> None:
        self._apply(lambda g: edit.add_parameter(g, parameter), self.tr("Add parameter"))

    def update_parameter(self, name: str, parameter: Parameter) -> None:
        self._apply(lambda g: edit.update_parameter(g, name, parameter), self.tr("Edit parameter"))

    def _apply(self, change: Callable[[Game], Game], description: str) -> None:
        problem = self.document.apply(change, description)
        if problem:
            self.message.emit(problem)
