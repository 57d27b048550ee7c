"""The status bar's line: one sentence about what just happened, gone once it no longer holds,
and the offer to restart when the language has been changed."""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QPushButton, QStatusBar

from explorer.app.fit import ElidedLabel
from explorer.render.style import ERROR_TEXT, set_text_colour


class About(Enum):
    """What a message is about, so that it can be taken back when that is gone."""

    EVENT = "event"  # something that happened (saved, pasted, opened): true until the next game
    CELL = "cell"  # a payoff cell's formula is not valid
    LANGUAGE = "language"  # the language chosen is not the one shown


class StatusLine(QObject):
    """The message shown in ``bar`` (cut with "…" where the window is narrow, whole in its
    tooltip) and a *Restart now* button, shown while a restart is offered."""

    #: The user asked to restart now (in the language chosen).
    restartRequested = Signal()

    def __init__(self, bar: QStatusBar) -> None:
        super().__init__(bar)
        self.label = ElidedLabel(bar)
        self.label.setObjectName("status_message")
        self.restart = QPushButton(self.tr("Restart now"), bar)
        self.restart.setObjectName("restart_now")
        self.restart.hide()
        self.restart.clicked.connect(self.restartRequested)
        bar.addWidget(self.label, 1)
        bar.addPermanentWidget(self.restart)
        self.about: About | None = None

    def show(self, text: str, error: bool = False, about: About = About.EVENT) -> None:
        """Say ``text`` (in red if it is an ``error``) until what it is ``about`` is gone."""
        set_text_colour(self.label, ERROR_TEXT if error else QPalette.ColorRole.WindowText)
        self.label.setText(text)
        self.about = about

    def take_back(self, *about: About) -> None:
        """Clear the message if it is about one of ``about`` (all messages when none named)."""
        if self.about is not None and (not about or self.about in about):
            self.label.setText("")
            self.about = None

    def offer_restart(self, text: str) -> None:
        """Say ``text`` and offer the *Restart now* button beside it."""
        self.show(text, about=About.LANGUAGE)
        self.restart.show()

    def withdraw_restart(self) -> None:
        self.restart.hide()
        self.take_back(About.LANGUAGE)
