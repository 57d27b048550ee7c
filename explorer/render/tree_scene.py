"""A game tree drawn as textbooks draw it, as a QGraphicsScene the app shows and files export.

Decision nodes are discs in their player's colour with the player's name above, chance nodes
white squares, leaves small dots with the payoffs below them (each player's number in that
player's colour); actions label their branches, with the chance probability under the label;
nodes a player cannot tell apart are joined by a dashed line in that player's colour. A
solution adds the backward-induction choice at each node (a bold branch in the mover's
colour, with its probability where the move is mixed), the path of play (a green band under
the branches) and the payoffs each settled node is worth (in grey beside it); the step of
backward induction being explained is ringed. Fonts follow the application's font (which
presenter mode enlarges), lines :func:`~explorer.render.style.line_width`.

It needs Qt but no window: ``explorer.render.tree_export`` saves the same scene as a file.
"""

from __future__ import annotations

import itertools
from html import escape

import numpy as np
import numpy.typing as npt
from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsScene, QGraphicsSimpleTextItem, QGraphicsTextItem

from explorer.core.numeric import PROBABILITY_TOLERANCE
from explorer.core.text import format_number, simple_fraction
from explorer.core.tree.layout import TreeLayout
from explorer.core.tree.marks import TreeMarks, TreeNumbers
from explorer.core.tree.model import GameTree
from explorer.render.style import EQUILIBRIUM_FRAME, line_width, player_colour, player_colour_hex

FloatArray = npt.NDArray[np.float64]

#: The band under the path of play, the ring of the step being explained, the selection.
PATH_COLOUR = QColor("#b7e3c2")
STEP_COLOUR = QColor("#e69f00")
SELECTED_COLOUR = QColor("#0072b2")
#: Branches before a solution is known, and the actions a solution does not take.
PLAIN_BRANCH = QColor("#555555")
UNCHOSEN_BRANCH = QColor("#b3b3b3")
CHANCE_COLOUR = QColor("#333333")
VALUE_COLOUR = QColor("#6b6b6b")
#: Rows are this many text lines apart; a leaf's slot at least this many lines wide.
ROW_LINES = 5.5
SLOT_LINES = 5.0
MARGIN_LINES = 2.5
#: Branch labels wider than this many lines wrap (they must not reach the next branch).
LABEL_LINES = 8.0


def font(scale: float = 1.0, bold: bool = False, italic: bool = False) -> QFont:
    """The application's font (presenter mode enlarges it), ``scale`` times its size."""
    chosen = QFont()
    chosen.setPointSizeF(chosen.pointSizeF() * scale)
    chosen.setBold(bold)
    chosen.setItalic(italic)
    return chosen


def _number(value: float) -> str:
    return format_number(float(value)) if np.isfinite(value) else "?"


class TreeScene(QGraphicsScene):
    """The drawing of one tree; :meth:`draw` replaces it whenever tree, values or marks change.

    Hit tests (:meth:`node_at`, :meth:`branch_at`) answer in node numbers, so the view that
    shows the scene needs no knowledge of its items.
    """

    def __init__(self) -> None:
        super().__init__()
        self.tree: GameTree | None = None
        self.layout: TreeLayout | None = None
        self._points: list[QPointF] = []
        self._labels: dict[tuple[int, int], QRectF] = {}
        self._payoff_rects: dict[int, QRectF] = {}
        self._label_width = 0.0
        self.setBackgroundBrush(QBrush(Qt.GlobalColor.white))

    # --- geometry ---------------------------------------------------------------------------------

    def position(self, node: int) -> QPointF:
        """Where ``node`` is drawn, in scene coordinates."""
        return self._points[node]

    def label_rect(self, node: int, action: int) -> QRectF:
        """The area of the label of ``node``'s branch ``action``."""
        return self._labels[(node, action)]

    def payoff_rect(self, node: int) -> QRectF:
        """The area of the payoffs written at ``node`` (a leaf's, or an outcome's)."""
        return self._payoff_rects[node]

    def node_at(self, point: QPointF, radius: float) -> int | None:
        """The node drawn nearest to ``point``, if within ``radius``."""
        if not self._points:
            return None
        xs = np.array([p.x() for p in self._points])
        ys = np.array([p.y() for p in self._points])
        distance = np.hypot(xs - point.x(), ys - point.y())
        nearest = int(np.argmin(distance))
        return nearest if distance[nearest] <= radius else None

    def branch_at(self, point: QPointF, radius: float) -> tuple[int, int] | None:
        """The branch (node, action) whose label holds ``point``, or whose line passes
        within ``radius`` of it."""
        for key, rect in self._labels.items():
            if rect.contains(point):
                return key
        tree = self.tree
        if tree is None:
            return None
        best: tuple[float, tuple[int, int] | None] = (radius, None)
        for node, item in enumerate(tree.nodes):
            for action, child in enumerate(item.children):
                distance = _distance(point, self._points[node], self._points[child])
                if distance <= best[0]:
                    best = (distance, (node, action))
        return best[1]

    # --- drawing ----------------------------------------------------------------------------------

    def draw(self, tree: GameTree, numbers: TreeNumbers, marks: TreeMarks | None = None) -> None:
        """Draw ``tree`` with its numbers, and what ``marks`` says of a solution."""
        self.clear()
        marks = marks or TreeMarks()
        self.tree = tree
        self.layout = TreeLayout.of(tree)
        text = font()
        line = QFontMetricsF(text).height()
        slot = max(
            SLOT_LINES * line,
            self._widest_leaf(tree, numbers) + 1.6 * line,
            min(self._widest_action(tree), LABEL_LINES * line),
        )
        self._label_width = slot
        row, margin = ROW_LINES * line, MARGIN_LINES * line
        self._points = [
            QPointF(margin + float(x) * slot, margin + float(r) * row)
            for x, r in zip(self.layout.x, self.layout.row, strict=True)
        ]
        self._labels = {}
        self._payoff_rects = {}
        self._information_sets(tree, line)
        for node in range(len(tree.nodes)):
            self._branches(tree, node, numbers, marks, line)
        for node in range(len(tree.nodes)):
            self._node(tree, node, numbers, marks, line)
        bounds = self.itemsBoundingRect()
        self.setSceneRect(bounds.adjusted(-line, -line, line, line))

    @staticmethod
    def _widest_action(tree: GameTree) -> float:
        metrics = QFontMetricsF(font())
        labels = {label for node in tree.nodes for label in node.actions}
        return max((metrics.horizontalAdvance(label) for label in labels), default=0.0)

    def _widest_leaf(self, tree: GameTree, numbers: TreeNumbers) -> float:
        metrics = QFontMetricsF(font())
        widest = 0.0
        for node in tree.terminal_nodes():
            first, second = (_number(v) for v in numbers.outcome[node])
            widest = max(widest, metrics.horizontalAdvance(f"({first}, {second})"))
        return widest

    def _pen(
        self, colour: QColor, width: float, style: Qt.PenStyle = Qt.PenStyle.SolidLine
    ) -> QPen:
        pen = QPen(colour, line_width(width), style)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        return pen

    def _branches(
        self, tree: GameTree, node: int, numbers: TreeNumbers, marks: TreeMarks, line: float
    ) -> None:
        item = tree.nodes[node]
        if not item.children:
            return
        start = self._points[node]
        chosen = marks.chosen[node] if node < len(marks.chosen) else None
        for action, child in enumerate(item.children):
            end = self._points[child]
            segment = QLineF(start, end)
            on_path = marks.reach is not None and bool(marks.reach[child])
            if on_path:
                band = self.addLine(segment, self._pen(PATH_COLOUR, 11))
                band.setZValue(-20)
            probability = chosen[action] if chosen is not None else None
            if probability is None:
                pen = self._pen(PLAIN_BRANCH, 1.6)
            elif probability > PROBABILITY_TOLERANCE:
                assert item.player is not None and not item.is_chance
                pen = self._pen(player_colour(item.player), 4.0)
            else:
                pen = self._pen(UNCHOSEN_BRANCH, 1.4)
            if item.is_chance:
                pen = self._pen(CHANCE_COLOUR, 2.4 if on_path else 1.6)
            self.addLine(segment, pen).setZValue(-10)
            detail = ""
            if item.is_chance:
                detail = simple_fraction(float(numbers.probability[child]))
            elif probability is not None and PROBABILITY_TOLERANCE < probability < 1 - 1e-9:
                detail = simple_fraction(probability)
            self._branch_label(node, action, item.actions[action], detail, (start, end), line)

    def _branch_label(
        self,
        node: int,
        action: int,
        label: str,
        detail: str,
        branch: tuple[QPointF, QPointF],
        line: float,
    ) -> None:
        """The action's label beside the middle of its branch: left of branches that go left,
        right of the others; a probability under it."""
        start, end = branch
        leftward = end.x() < start.x() - 1
        text = escape(label) + (f"<br><b>{escape(detail)}</b>" if detail else "")
        align = "right" if leftward else "left"
        label_item = QGraphicsTextItem()
        label_item.setFont(font())
        label_item.setHtml(
            f"<div align='{align}' style='background-color: rgba(255,255,255,210)'>{text}</div>"
        )
        label_item.setDefaultTextColor(QColor("#222222"))
        if label_item.boundingRect().width() > self._label_width:
            label_item.setTextWidth(self._label_width)
        rect = label_item.boundingRect()
        middle = (start + end) / 2
        if leftward:
            origin = QPointF(middle.x() - rect.width() - 0.2 * line, middle.y() - rect.height() / 2)
        else:
            origin = QPointF(middle.x() + 0.2 * line, middle.y() - rect.height() / 2)
        label_item.setPos(origin)
        label_item.setZValue(5)
        self.addItem(label_item)
        self._labels[(node, action)] = QRectF(origin, rect.size())

    def _node(
        self, tree: GameTree, node: int, numbers: TreeNumbers, marks: TreeMarks, line: float
    ) -> None:
        item = tree.nodes[node]
        point = self._points[node]
        radius = 0.42 * line
        if marks.current == node:
            ring = self.addEllipse(_around(point, 2.1 * radius), self._pen(STEP_COLOUR, 3.5))
            ring.setZValue(8)
        if marks.selected == node:
            frame = self.addRect(
                _around(point, 1.7 * radius), self._pen(SELECTED_COLOUR, 1.8, Qt.PenStyle.DashLine)
            )
            frame.setZValue(8)
        if item.is_terminal:
            self.addEllipse(
                _around(point, 0.22 * line), QPen(Qt.PenStyle.NoPen), QBrush(PLAIN_BRANCH)
            ).setZValue(6)
            self._payoffs(node, numbers.outcome[node], QPointF(point.x(), point.y() + 0.45 * line))
        elif item.is_chance:
            square = self.addRect(
                _around(point, radius), self._pen(CHANCE_COLOUR, 1.8), QBrush(Qt.GlobalColor.white)
            )
            square.setZValue(6)
            self._mover_label("chance", CHANCE_COLOUR, point, radius, italic=True)
        else:
            assert item.player is not None
            colour = player_colour(item.player)
            disc = self.addEllipse(
                _around(point, radius), QPen(colour.darker(130), line_width(1.2)), QBrush(colour)
            )
            disc.setZValue(6)
            self._mover_label(tree.players[item.player], colour, point, radius)
        if item.name:
            name = QGraphicsSimpleTextItem(item.name)
            name.setFont(font(0.85, italic=True))
            name.setBrush(QBrush(VALUE_COLOUR))
            rect = name.boundingRect()
            name.setPos(point.x() - rect.width() - 1.4 * radius, point.y() - rect.height() / 2)
            self.addItem(name)
        if item.payoffs is not None and not item.is_terminal:
            self._payoffs(
                node,
                numbers.outcome[node],
                QPointF(point.x() + 1.6 * radius, point.y() + 0.2 * line),
                prefix="+",
            )
        value = marks.values.get(node)
        if value is not None and not item.is_terminal:
            self._value(value, point, radius)

    def _mover_label(
        self, name: str, colour: QColor, point: QPointF, radius: float, italic: bool = False
    ) -> None:
        label = QGraphicsSimpleTextItem(name)
        label.setFont(font(bold=not italic, italic=italic))
        label.setBrush(QBrush(colour))
        rect = label.boundingRect()
        label.setPos(point.x() - rect.width() / 2, point.y() - radius - rect.height() - 2)
        label.setZValue(7)
        self.addItem(label)

    def _payoffs(self, node: int, outcome: FloatArray, top: QPointF, prefix: str = "") -> None:
        first, second = (_number(v) for v in outcome)
        html = (
            f"{prefix}(<span style='color:{player_colour_hex(0)}'>{first}</span>, "
            f"<span style='color:{player_colour_hex(1)}'>{second}</span>)"
        )
        item = QGraphicsTextItem()
        item.setFont(font(bold=True))
        item.setHtml(html)
        rect = item.boundingRect()
        x = top.x() - rect.width() / 2 if not prefix else top.x()
        item.setPos(x, top.y())
        item.setZValue(7)
        self.addItem(item)
        self._payoff_rects[node] = item.sceneBoundingRect()

    def _value(self, value: tuple[float, float], point: QPointF, radius: float) -> None:
        """What a settled node is worth to the two players, beside it on a white ground."""
        label = QGraphicsTextItem()
        label.setFont(font(0.9, italic=True))
        label.setDefaultTextColor(EQUILIBRIUM_FRAME)
        label.setHtml(
            "<span style='background-color: rgba(255,255,255,225)'>"
            f"({_number(value[0])}, {_number(value[1])})</span>"
        )
        rect = label.boundingRect()
        label.setPos(point.x() + 1.3 * radius, point.y() - rect.height() / 2)
        label.setZValue(7)
        self.addItem(label)

    def _information_sets(self, tree: GameTree, line: float) -> None:
        for infoset in tree.information_sets:
            if len(infoset.members) < 2:
                continue
            points = sorted((self._points[m] for m in infoset.members), key=lambda p: p.x())
            path = QPainterPath(points[0])
            for before, after in itertools.pairwise(points):
                if abs(before.y() - after.y()) < 1:
                    path.lineTo(after)
                else:  # members on different rows: a dashed curve between them
                    middle = (before + after) / 2
                    path.quadTo(QPointF(middle.x(), min(before.y(), after.y()) - line), after)
            item = self.addPath(
                path, self._pen(player_colour(infoset.player), 2.2, Qt.PenStyle.DashLine)
            )
            item.setZValue(-5)
            if infoset.name:
                label = QGraphicsSimpleTextItem(infoset.name)
                label.setFont(font(0.85, italic=True))
                label.setBrush(QBrush(player_colour(infoset.player)))
                rect = label.boundingRect()
                middle = (points[0] + points[-1]) / 2
                label.setPos(middle.x() - rect.width() / 2, middle.y() + 0.35 * line)
                label.setZValue(4)
                self.addItem(label)


def _around(point: QPointF, radius: float) -> QRectF:
    return QRectF(point.x() - radius, point.y() - radius, 2 * radius, 2 * radius)


def _distance(point: QPointF, start: QPointF, end: QPointF) -> float:
    """Distance from ``point`` to the segment from ``start`` to ``end``."""
    d = end - start
    length = d.x() ** 2 + d.y() ** 2
    if length == 0:
        return float(np.hypot(point.x() - start.x(), point.y() - start.y()))
    t = ((point.x() - start.x()) * d.x() + (point.y() - start.y()) * d.y()) / length
    t = min(1.0, max(0.0, t))
    closest = start + d * t
    return float(np.hypot(point.x() - closest.x(), point.y() - closest.y()))
