"""Tabs that build their contents the first time they are shown (their plots load slowly)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from explorer.render.guard import guard_qt_calls, reporting_errors
from explorer.render.style import style_every_plot


@guard_qt_calls
class LazyTab(QWidget):
    """A tab whose widgets are made on first show: pyqtgraph then loads after the window is
    up, not during start-up. Subclasses put their construction in :meth:`build`.

    :meth:`build` runs once, inside Qt's show event: if it fails, the error is reported
    (the crash dialog and the log), the tab says so in a sentence instead of its half-made
    widgets, and :attr:`_built` stays False, so the tab's other methods leave it alone.
    """

    _built = False
    _tried = False

    def showEvent(self, event: QShowEvent) -> None:
        self.ensure_built()
        super().showEvent(event)

    def ensure_built(self) -> None:
        if self._tried:
            return
        self._tried = True
        with reporting_errors() as failure:
            self.build()
            style_every_plot(self)  # its plots' texts at the size presenter mode asks for
        if failure:
            self._show_failure(failure[0])
        else:
            self._built = True

    def _show_failure(self, error: BaseException) -> None:
        for child in self.findChildren(QWidget):
            child.hide()
        sentence = QCoreApplication.translate(
            "LazyTab", "This tab could not be shown: %1. The details are in the log."
        )
        label = QLabel(sentence.replace("%1", str(error) or type(error).__name__), self)
        label.setObjectName("tab_failure")
        label.setWordWrap(True)
        layout = self.layout() or QVBoxLayout(self)
        layout.addWidget(label)

    def build(self) -> None:
        raise NotImplementedError
