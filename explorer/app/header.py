"""The game's header above the matrix: its title, edited in place, and its description."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from explorer.app.document import GameDocument
from explorer.render.guard import guard_qt_calls
from explorer.render.style import set_relative_font

#: The title's size, relative to the application's font.
TITLE_SCALE = 1.6


@guard_qt_calls
class GameHeader(QWidget):
    """The game's title (editable in place) and its description (shown, editable in a dialog)."""

    def __init__(self, document: GameDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.title = QLineEdit(self)
        self.title.setObjectName("title")
        self.title.setFrame(False)
        set_relative_font(self.title, TITLE_SCALE, bold=True)
        self.title.setToolTip(self.tr("The game's title: click to edit"))
        self.title.editingFinished.connect(self.on_title_edited)
        self.description = QTextBrowser(self)
        self.description.setObjectName("description")
        self.description.setOpenExternalLinks(False)
        lines = self.fontMetrics().height()
        self.description.setMaximumHeight(lines * 6)
        self.description.setMinimumHeight(lines * 2)  # it scrolls; the matrix needs the room
        self.edit_button = QPushButton(self.tr("Edit description…"), self)
        self.edit_button.setObjectName("edit_description")
        self.edit_button.clicked.connect(self.on_edit_description)
        row = QHBoxLayout()
        row.addWidget(self.title, 1)
        row.addWidget(self.edit_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.description)
        document.gameChanged.connect(self.on_game_changed)
        self.on_game_changed()

    def on_game_changed(self) -> None:
        game = self.document.game
        if self.title.text() != game.title:
            self.title.setText(game.title)
            self.title.setCursorPosition(0)  # a long title shows its start, not its end
        self.description.setPlainText(game.description)
        self.description.setVisible(bool(game.description))

    def on_title_edited(self) -> None:
        title = self.title.text().strip()
        if title and title != self.document.game.title:
            self.document.apply(lambda g: g.with_changes(title=title), self.tr("Edit title"))

    def on_edit_description(self) -> None:
        self.description_dialog().open()

    def description_dialog(self) -> QDialog:
        """A dialog to edit the description; OK applies it as one undo step."""
        dialog = QDialog(self)
        dialog.setObjectName("description_dialog")
        dialog.setWindowTitle(self.tr("Game description"))
        text = QPlainTextEdit(self.document.game.description, dialog)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, dialog
        )
        buttons.accepted.connect(dialog.accept)
        buttons.rejected.connect(dialog.reject)
        layout = QVBoxLayout(dialog)
        layout.addWidget(text)
        layout.addWidget(buttons)
        dialog.resize(640, 420)
        dialog.accepted.connect(lambda: self.set_description(text.toPlainText()))
        return dialog

    def set_description(self, description: str) -> None:
        if description != self.document.game.description:
            self.document.apply(
                lambda g: g.with_changes(description=description), self.tr("Edit description")
            )

    def set_editing(self, editing: bool) -> None:
        """Offer the description editor or not (presenter mode puts it out of the way)."""
        self.edit_button.setVisible(editing)
