"""Presenter mode: larger fonts and bolder lines for a projector, editing out of the way."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Signal
from PySide6.QtWidgets import QApplication

from explorer.render.style import set_font_scale, set_line_scale

#: How much larger the fonts, how much bolder the plot lines.
PRESENTER_SCALE = 1.35
PRESENTER_LINE_SCALE = 1.8


class PresenterMode(QObject):
    """Scales the application's font (every widget's text follows it, plots' texts by
    :func:`~explorer.render.style.set_font_scale`) and the plots' lines; the parts follow
    :attr:`changed`.

    The window connects what each part does (the matrix grows by :attr:`scaled`'s factor,
    editing controls hide, plots redraw), so that this class knows no part of the window.
    """

    #: Presenting or not.
    changed = Signal(bool)
    #: The factor sizes change by: :data:`PRESENTER_SCALE` on, its inverse off.
    scaled = Signal(float)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.enabled = False

    @property
    def scale(self) -> float:
        """How much larger things are drawn now (1 when not presenting)."""
        return PRESENTER_SCALE if self.enabled else 1.0

    def set_enabled(self, on: bool) -> None:
        if on == self.enabled:
            return
        self.enabled = on
        factor = PRESENTER_SCALE if on else 1 / PRESENTER_SCALE
        set_font_scale(PRESENTER_SCALE if on else 1.0)
        set_line_scale(PRESENTER_LINE_SCALE if on else 1.0)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            font = app.font()
            font.setPointSizeF(font.pointSizeF() * factor)
            app.setFont(font)
            # Qt posts the change to every widget: deliver it now, so that the layout the
            # parts make next is measured in the new sizes.
            QCoreApplication.sendPostedEvents(None, QEvent.Type.ApplicationFontChange)
        self.scaled.emit(factor)
        self.changed.emit(on)
