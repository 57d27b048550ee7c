"""The few questions the app asks; one place, so tests can answer them without a click."""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget


class Choice(Enum):
    SAVE = "save"
    DISCARD = "discard"
    CANCEL = "cancel"


translate = QCoreApplication.translate


def ask_save_changes(parent: QWidget, name: str) -> Choice:
    """Save, discard or cancel before unsaved changes would be lost."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(translate("Dialogs", "Unsaved changes"))
    box.setText(
        translate("Dialogs", "Save the changes to “%1” before closing it?").replace("%1", name)
    )
    box.setInformativeText(translate("Dialogs", "If you don't save, your changes will be lost."))
    box.setStandardButtons(
        QMessageBox.StandardButton.Save
        | QMessageBox.StandardButton.Discard
        | QMessageBox.StandardButton.Cancel
    )
    box.setDefaultButton(QMessageBox.StandardButton.Save)
    answer = box.exec()
    if answer == QMessageBox.StandardButton.Save:
        return Choice.SAVE
    if answer == QMessageBox.StandardButton.Discard:
        return Choice.DISCARD
    return Choice.CANCEL


def ask_restore(parent: QWidget | None, title: str, when: str) -> bool:
    """Offer to restore work that was not saved when the app last stopped."""
    answer = QMessageBox.question(
        parent,
        translate("Dialogs", "Restore unsaved work?"),
        translate(
            "Dialogs", "The explorer did not close normally. Restore “%1”, last autosaved %2?"
        )
        .replace("%1", title)
        .replace("%2", when),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.Yes,
    )
    return answer == QMessageBox.StandardButton.Yes


def show_error(parent: QWidget | None, title: str, text: str) -> None:
    QMessageBox.warning(parent, title, text)
