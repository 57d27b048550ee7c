"""Colours, line widths and line styles shared by every drawing: the app's and the CLI's."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

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
