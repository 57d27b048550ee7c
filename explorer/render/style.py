"""Colours, line widths, line styles and text sizes shared by every drawing: the app's and
the CLI's; presenter mode scales the widths and sizes."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication, QWidget

from explorer.render.guard import guard_qt_calls
from explorer.render.palette import REGIME_COLOURS as REGIME_COLOURS  # re-exported

#: Row player: blue; column player: vermillion (Okabe-Ito, distinguishable by colour-blind eyes).
PLAYER_COLOURS = (QColor("#0a62a8"), QColor("#c24e00"))
EQUILIBRIUM_FRAME = QColor("#1b7f3b")
ERROR_BACKGROUND = QColor("#fde2e1")
ERROR_TEXT = QColor("#b00020")
DOMINATED_BACKGROUND = QColor("#e6e6e6")
DOMINATED_TEXT = QColor("#9a9a9a")
EQUILIBRIUM_BACKGROUND = QColor("#eaf6ec")

UNDEFINED_COLOUR = "#ffffff"
LINE_STYLES = (
    Qt.PenStyle.SolidLine,
    Qt.PenStyle.DashLine,
    Qt.PenStyle.DotLine,
    Qt.PenStyle.DashDotLine,
)
#: The same styles as text, for the legend.
LINE_SAMPLES = ("━━━", "╸ ╸ ╸", "┈┈┈", "━ · ━")


def player_colour(player: int) -> QColor:
    return PLAYER_COLOURS[player]


def player_colour_hex(player: int) -> str:
    return PLAYER_COLOURS[player].name()


#: How much thicker lines are drawn (presenter mode makes them bolder for a projector).
_line_scale = 1.0


def set_line_scale(scale: float) -> None:
    global _line_scale
    _line_scale = scale


def line_width(base: float) -> float:
    """A plot line's width, scaled for presenter mode."""
    return base * _line_scale


#: Point sizes of a plot's texts at normal size: tick labels, axis names, the title.
TICK_POINTS, LABEL_POINTS, TITLE_POINTS = 11.0, 13.0, 13.0

#: How much larger every text is drawn (presenter mode: the factor the app's font grew by).
_font_scale = 1.0


def set_font_scale(scale: float) -> None:
    global _font_scale
    _font_scale = scale


def font_scale() -> float:
    return _font_scale


def plot_font(points: float) -> QFont:
    """A font of ``points`` (at normal size) for a plot's text, scaled for presenter mode."""
    font = QFont()
    font.setPointSizeF(points * _font_scale)
    return font


def style_plot_texts(plot: Any) -> None:
    """Size a pyqtgraph plot's tick labels, axis names and title for the current scale.

    ``plot`` is a ``PlotWidget`` (pyqtgraph has no type information). The axis names keep
    their text and colour; their size comes from the label's font, so that a later
    ``setLabel(text, color=...)`` keeps it.
    """
    item = plot.getPlotItem()
    for side in ("left", "bottom"):
        axis = item.getAxis(side)
        axis.setTickFont(plot_font(TICK_POINTS))
        axis.label.setFont(plot_font(LABEL_POINTS))
        axis.labelStyle = {k: v for k, v in axis.labelStyle.items() if k != "font-size"}
        axis.setLabel(axis.labelText, axis.labelUnits, axis.labelUnitPrefix)
    title = item.titleLabel
    title.item.setFont(plot_font(TITLE_POINTS))
    title.opts.pop("size", None)
    if title.isVisible():
        title.setText(title.text)


def style_every_plot(root: QWidget) -> None:
    """:func:`style_plot_texts` for every pyqtgraph plot shown inside ``root``."""
    for view in root.findChildren(QWidget):
        if hasattr(view, "getPlotItem") and hasattr(view, "getAxis"):
            style_plot_texts(view)


@guard_qt_calls
class _RelativeFont(QObject):
    """Keeps a widget's font a fixed multiple of its parent's, whatever that becomes (a
    widget with a font of its own is not told when the application's font changes, but its
    parent is)."""

    def __init__(self, widget: QWidget, factor: float, bold: bool) -> None:
        super().__init__(widget)
        self.widget, self.factor, self.bold = widget, factor, bold
        parent = widget.parentWidget()
        if parent is not None:
            parent.installEventFilter(self)
        self.apply()

    def apply(self) -> None:
        parent = self.widget.parentWidget()
        font = QFont(parent.font() if parent is not None else QApplication.font())
        font.setPointSizeF(font.pointSizeF() * self.factor)
        font.setBold(self.bold)
        self.widget.setFont(font)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FontChange:
            self.apply()
        return False


def set_relative_font(widget: QWidget, factor: float, bold: bool = False) -> None:
    """Draw ``widget``'s text ``factor`` times its parent's font (a title, a headline),
    following it when presenter mode scales the application's font."""
    _RelativeFont(widget, factor, bold)


def set_text_colour(widget: QWidget, colour: QColor | QPalette.ColorRole) -> None:
    """Colour a widget's text by its palette (a style sheet would stop its font from
    following the application's, so presenter mode would leave it small)."""
    palette = widget.palette()
    if isinstance(colour, QPalette.ColorRole):  # the application's, not one set before
        colour = QApplication.palette().color(colour)
    palette.setColor(QPalette.ColorRole.WindowText, colour)
    palette.setColor(QPalette.ColorRole.Text, colour)
    widget.setPalette(palette)


#: The least width, in pixels, of a small plot beside text (the p–q square, best-response
#: curves): pyqtgraph's axes alone would ask for more than a projector's panel has.
SMALL_PLOT_WIDTH = 160
