"""The shapes a drawn tree is made of, painted by one graphics item that draws only what is
in view: a tree of 100,000 nodes is one item, not half a million, so drawing it again after
an edit or a slider move costs the layout, and painting costs what is on screen."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from explorer.render.guard import guard_qt_calls


@dataclass(frozen=True)
class Line:
    line: QLineF
    pen: QPen

    def bounds(self) -> QRectF:
        pad = self.pen.widthF()
        rect = QRectF(self.line.p1(), self.line.p2()).normalized()
        return rect.adjusted(-pad, -pad, pad, pad)

    def paint(self, painter: QPainter) -> None:
        painter.setPen(self.pen)
        painter.drawLine(self.line)


@dataclass(frozen=True)
class Ellipse:
    rect: QRectF
    pen: QPen
    brush: QBrush = field(default_factory=lambda: QBrush(Qt.BrushStyle.NoBrush))
    square: bool = False

    def bounds(self) -> QRectF:
        pad = self.pen.widthF()
        return self.rect.adjusted(-pad, -pad, pad, pad)

    def paint(self, painter: QPainter) -> None:
        painter.setPen(self.pen)
        painter.setBrush(self.brush)
        if self.square:
            painter.drawRect(self.rect)
        else:
            painter.drawEllipse(self.rect)


@dataclass(frozen=True)
class Path:
    path: QPainterPath
    pen: QPen

    def bounds(self) -> QRectF:
        pad = self.pen.widthF()
        return self.path.boundingRect().adjusted(-pad, -pad, pad, pad)

    def paint(self, painter: QPainter) -> None:
        painter.setPen(self.pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(self.path)


@dataclass(frozen=True)
class Text:
    """One line of text in one font and colour, its box at ``rect``, maybe on a white ground."""

    rect: QRectF
    text: str
    font: QFont
    colour: QColor
    ground: QColor | None = None

    def bounds(self) -> QRectF:
        return self.rect

    def paint(self, painter: QPainter) -> None:
        if self.ground is not None:
            painter.fillRect(self.rect, self.ground)
        painter.setFont(self.font)
        painter.setPen(self.colour)
        painter.drawText(self.rect, int(Qt.AlignmentFlag.AlignCenter), self.text)


Shape = Line | Ellipse | Path | Text


class Lettering:
    """A font with the widths of the texts drawn in it remembered (trees repeat labels)."""

    def __init__(self, font: QFont) -> None:
        self.font = font
        self._metrics = QFontMetricsF(font)
        self.height = self._metrics.height()
        self._widths: dict[str, float] = {}

    def width(self, text: str) -> float:
        known = self._widths.get(text)
        if known is None:
            known = self._widths[text] = self._metrics.horizontalAdvance(text) + 2
        return known

    def text(self, text: str, colour: QColor, point: QPointF, ground: QColor | None = None) -> Text:
        """``text`` with its top-left corner at ``point``."""
        box = QRectF(point.x(), point.y(), self.width(text), self.height)
        return Text(box, text, self.font, colour, ground)

    def runs(self, parts: Sequence[tuple[str, QColor]], point: QPointF) -> list[Text]:
        """Pieces of one line in different colours, side by side from ``point``."""
        shapes, x = [], point.x()
        for text, colour in parts:
            shapes.append(self.text(text, colour, QPointF(x, point.y())))
            x += self.width(text) - 2
        return shapes

    def wrapped(self, text: str, width: float) -> list[str]:
        """``text`` in lines no wider than ``width`` (a single long word keeps its line)."""
        if self.width(text) <= width:
            return [text]
        lines: list[str] = []
        for word in text.split(" "):
            if lines and self.width(f"{lines[-1]} {word}") <= width:
                lines[-1] = f"{lines[-1]} {word}"
            else:
                lines.append(word)
        return lines


@guard_qt_calls
class TreePicture(QGraphicsItem):
    """Paints a list of shapes, in order, skipping those outside the area being painted."""

    def __init__(self, shapes: Sequence[Shape]) -> None:
        super().__init__()
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemUsesExtendedStyleOption)  # exposedRect
        self.shapes = list(shapes)
        self._bounds = [shape.bounds() for shape in self.shapes]
        whole = QRectF()
        for rect in self._bounds:
            whole = whole.united(rect)
        self._whole = whole

    def boundingRect(self) -> QRectF:
        return self._whole

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionGraphicsItem,
        widget: QWidget | None = None,
    ) -> None:
        area = option.exposedRect
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        for shape, rect in zip(self.shapes, self._bounds, strict=True):
            if rect.intersects(area):
                shape.paint(painter)
