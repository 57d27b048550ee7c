"""Tabs that build their contents the first time they are shown (their plots load slowly)."""

from __future__ import annotations

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QWidget

from explorer.render.style import style_every_plot


class LazyTab(QWidget):
    """A tab whose widgets are made on first show: pyqtgraph then loads after the window is
    up, not during start-up. Subclasses put their construction in :meth:`build`."""

    _built = False

    def showEvent(self, event: QShowEvent) -> None:
        self.ensure_built()
        super().showEvent(event)

    def ensure_built(self) -> None:
        if not self._built:
            self._built = True
            self.build()
            style_every_plot(self)  # its plots' texts at the size presenter mode asks for

    def build(self) -> None:
        raise NotImplementedError
