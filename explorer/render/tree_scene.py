"""A game tree drawn as textbooks draw it, as a QGraphicsScene the app shows and files export.

Decision nodes are discs in their player's colour with the player's name above, chance nodes
white squares, leaves small dots with the payoffs below them (each player's number in that
player's colour); actions label their branches, with the chance probability under the label;
nodes a player cannot tell apart are joined by a dashed line in that player's colour. A
solution adds the backward-induction choice at each node (a bold branch in the mover's
colour, with its probability where the move is mixed), the path of play (a green band under
the branches) and the payoffs each settled node is worth (in green beside it); the step of
backward induction being explained is ringed. Fonts follow the application's font (which
presenter mode enlarges), lines :func:`~explorer.render.style.line_width`.

The drawing is a list of shapes (:mod:`~explorer.render.tree_shapes`) painted by one item,
which paints only what is in view. It needs Qt but no window: ``explorer.render.tree_export``
saves the same scene as a file.

It stays one module (over 400 lines) because the layout and every mark of the solution
use the same node positions.
"""

from __future__ import annotations

import functools
import itertools

import numpy as np
import numpy.typing as npt
from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsScene

from explorer.core.numeric import PROBABILITY_TOLERANCE
from explorer.core.text import format_number, simple_fraction
from explorer.core.tree.layout import TreeLayout
from explorer.core.tree.marks import TreeMarks, TreeNumbers
from explorer.core.tree.model import GameTree
from explorer.render.style import EQUILIBRIUM_FRAME, line_width, player_colour
from explorer.render.tree_shapes import Ellipse, Lettering, Line, Path, Shape, TreePicture

FloatArray = npt.NDArray[np.float64]

#: The band under the path of play, the ring of the step being explained, the selection.
PATH_COLOUR = QColor("#b7e3c2")
STEP_COLOUR = QColor("#e69f00")
SELECTED_COLOUR = QColor("#0072b2")
#: Branches before a solution is known, and the actions a solution does not take.
PLAIN_BRANCH = QColor("#555555")
UNCHOSEN_BRANCH = QColor("#b3b3b3")
CHANCE_COLOUR = QColor("#333333")
TEXT_COLOUR = QColor("#222222")
NAME_COLOUR = QColor("#6b6b6b")
GROUND = QColor(255, 255, 255, 215)
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


@functools.lru_cache(maxsize=4096)
def _number(value: float) -> str:
    return format_number(float(value)) if np.isfinite(value) else "?"


@functools.lru_cache(maxsize=4096)
def _fraction(value: float) -> str:
    return simple_fraction(value)


def _pen(colour: QColor, width: float, style: Qt.PenStyle = Qt.PenStyle.SolidLine) -> QPen:
    pen = QPen(colour, line_width(width), style)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    return pen


def _around(point: QPointF, radius: float) -> QRectF:
    return QRectF(point.x() - radius, point.y() - radius, 2 * radius, 2 * radius)


class TreeScene(QGraphicsScene):
    """The drawing of one tree; :meth:`draw` replaces it whenever tree, values or marks change.

    Hit tests (:meth:`node_at`, :meth:`branch_at`) answer in node numbers, so the view that
    shows the scene needs no knowledge of what is drawn.
    """

    def __init__(self) -> None:
        super().__init__()
        self.tree: GameTree | None = None
        self.shapes: list[Shape] = []
        self._points: list[QPointF] = []
        self._labels: dict[tuple[int, int], QRectF] = {}
        self._payoff_rects: dict[int, QRectF] = {}
        self._label_width = 0.0
        self._letters: dict[str, Lettering] = {}
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

    def show_note(self, text: str) -> None:
        """No tree drawn, one sentence instead (a tree too large to draw)."""
        self.clear()
        self.tree, self._points, self._labels, self._payoff_rects = None, [], {}, {}
        note = Lettering(font()).text(text, TEXT_COLOUR, QPointF(0, 0))
        self.shapes = [note]
        self.addItem(TreePicture(self.shapes))
        self.setSceneRect(note.rect.adjusted(-20, -20, 20, 20))

    def draw(self, tree: GameTree, numbers: TreeNumbers, marks: TreeMarks | None = None) -> None:
        """Draw ``tree`` with its numbers, and what ``marks`` says of a solution."""
        self.clear()
        marks = marks or TreeMarks()
        self.tree = tree
        layout = TreeLayout.of(tree)
        self._letters = {
            "plain": Lettering(font()),
            "bold": Lettering(font(bold=True)),
            "name": Lettering(font(0.85, italic=True)),
            "value": Lettering(font(0.9, italic=True)),
            "chance": Lettering(font(italic=True)),
        }
        line = self._letters["plain"].height
        slot = max(
            SLOT_LINES * line,
            self._widest_leaf(tree, numbers) + 1.6 * line,
            min(self._widest_action(tree), LABEL_LINES * line),
        )
        self._label_width = slot
        row, margin = ROW_LINES * line, MARGIN_LINES * line
        self._points = [
            QPointF(margin + float(x) * slot, margin + float(r) * row)
            for x, r in zip(layout.x, layout.row, strict=True)
        ]
        self._labels, self._payoff_rects = {}, {}
        bands: list[Shape] = []
        lines: list[Shape] = []
        texts: list[Shape] = []
        self._information_sets(tree, line, lines, texts)
        for node in range(len(tree.nodes)):
            self._branches(tree, node, numbers, marks, line, (bands, lines, texts))
        nodes: list[Shape] = []
        for node in range(len(tree.nodes)):
            self._node(tree, node, numbers, marks, line, nodes, texts)
        self.shapes = [*bands, *lines, *texts, *nodes]
        picture = TreePicture(self.shapes)
        self.addItem(picture)
        self.setSceneRect(picture.boundingRect().adjusted(-line, -line, line, line))

    def _widest_action(self, tree: GameTree) -> float:
        plain = self._letters["plain"]
        labels = {label for node in tree.nodes for label in node.actions}
        return max((plain.width(label) for label in labels), default=0.0)

    def _widest_leaf(self, tree: GameTree, numbers: TreeNumbers) -> float:
        bold = self._letters["bold"]
        texts = {
            f"({_number(numbers.outcome[n, 0])}, {_number(numbers.outcome[n, 1])})"
            for n in tree.terminal_nodes()
        }
        return max((bold.width(text) for text in texts), default=0.0)

    def _branches(
        self,
        tree: GameTree,
        node: int,
        numbers: TreeNumbers,
        marks: TreeMarks,
        line: float,
        layers: tuple[list[Shape], list[Shape], list[Shape]],
    ) -> None:
        bands, lines, texts = layers
        item = tree.nodes[node]
        start = self._points[node]
        chosen = marks.chosen[node] if node < len(marks.chosen) else None
        for action, child in enumerate(item.children):
            end = self._points[child]
            segment = QLineF(start, end)
            on_path = marks.reach is not None and bool(marks.reach[child])
            if on_path:
                bands.append(Line(segment, _pen(PATH_COLOUR, 11)))
            probability = chosen[action] if chosen is not None else None
            if item.is_chance:
                pen = _pen(CHANCE_COLOUR, 2.4 if on_path else 1.6)
            elif probability is None:
                pen = _pen(PLAIN_BRANCH, 1.6)
            elif probability > PROBABILITY_TOLERANCE and item.player is not None:
                pen = _pen(player_colour(item.player), 4.0)
            else:
                pen = _pen(UNCHOSEN_BRANCH, 1.4)
            lines.append(Line(segment, pen))
            detail = ""
            if item.is_chance:
                detail = _fraction(float(numbers.probability[child]))
            elif (
                probability is not None
                and PROBABILITY_TOLERANCE < probability < 1 - PROBABILITY_TOLERANCE
            ):
                detail = _fraction(probability)
            self._branch_label(node, action, detail, (start, end), line, texts)

    def _branch_label(
        self,
        node: int,
        action: int,
        detail: str,
        branch: tuple[QPointF, QPointF],
        line: float,
        texts: list[Shape],
    ) -> None:
        """The action's label beside the middle of its branch (left of branches that go
        left, right of the others), wrapped when long; a probability under it in bold."""
        tree = self.tree
        assert tree is not None
        start, end = branch
        leftward = end.x() < start.x() - 1
        plain, bold = self._letters["plain"], self._letters["bold"]
        label = tree.nodes[node].actions[action]
        pieces = [(text, plain) for text in plain.wrapped(label, self._label_width)]
        if detail:
            pieces.append((detail, bold))
        widths = [letters.width(text) for text, letters in pieces]
        height = line * len(pieces)
        middle = (start + end) / 2
        top = middle.y() - height / 2
        right = middle.x() - 0.2 * line
        left = middle.x() + 0.2 * line
        width = max(widths)
        area = QRectF(right - width if leftward else left, top, width, height)
        for k, ((text, letters), w) in enumerate(zip(pieces, widths, strict=True)):
            x = right - w if leftward else left
            texts.append(letters.text(text, TEXT_COLOUR, QPointF(x, top + k * line), GROUND))
        self._labels[(node, action)] = area

    def _node(
        self,
        tree: GameTree,
        node: int,
        numbers: TreeNumbers,
        marks: TreeMarks,
        line: float,
        nodes: list[Shape],
        texts: list[Shape],
    ) -> None:
        item = tree.nodes[node]
        point = self._points[node]
        radius = 0.42 * line
        if marks.current == node:
            nodes.append(Ellipse(_around(point, 2.1 * radius), _pen(STEP_COLOUR, 3.5)))
        if marks.selected == node:
            frame = _pen(SELECTED_COLOUR, 1.8, Qt.PenStyle.DashLine)
            nodes.append(Ellipse(_around(point, 1.7 * radius), frame, square=True))
        if item.is_terminal:
            dot = Ellipse(
                _around(point, 0.22 * line), QPen(Qt.PenStyle.NoPen), QBrush(PLAIN_BRANCH)
            )
            nodes.append(dot)
            self._payoffs(
                node, numbers.outcome[node], QPointF(point.x(), point.y() + 0.45 * line), nodes
            )
        elif item.is_chance:
            nodes.append(
                Ellipse(
                    _around(point, radius),
                    _pen(CHANCE_COLOUR, 1.8),
                    QBrush(Qt.GlobalColor.white),
                    True,
                )
            )
            self._mover_label("chance", CHANCE_COLOUR, point, radius, nodes, italic=True)
        else:
            assert item.player is not None
            colour = player_colour(item.player)
            disc = QPen(colour.darker(130), line_width(1.2))
            nodes.append(Ellipse(_around(point, radius), disc, QBrush(colour)))
            self._mover_label(tree.players[item.player], colour, point, radius, nodes)
        if item.name:
            names = self._letters["name"]
            corner = QPointF(
                point.x() - names.width(item.name) - 1.4 * radius, point.y() - line / 2
            )
            texts.append(names.text(item.name, NAME_COLOUR, corner))
        if item.payoffs is not None and not item.is_terminal:
            corner = QPointF(point.x() + 1.6 * radius, point.y() + 0.2 * line)
            self._payoffs(node, numbers.outcome[node], corner, nodes, prefix="+")
        value = marks.values.get(node)
        if value is not None and not item.is_terminal:
            shown = f"({_number(value[0])}, {_number(value[1])})"
            values = self._letters["value"]
            gap = (2.3 if marks.current == node else 1.3) * radius
            corner = QPointF(point.x() + gap, point.y() - values.height / 2)
            nodes.append(values.text(shown, EQUILIBRIUM_FRAME, corner, GROUND))

    def _mover_label(
        self,
        name: str,
        colour: QColor,
        point: QPointF,
        radius: float,
        shapes: list[Shape],
        italic: bool = False,
    ) -> None:
        letters = self._letters["chance" if italic else "bold"]
        corner = QPointF(
            point.x() - letters.width(name) / 2, point.y() - radius - letters.height - 2
        )
        shapes.append(letters.text(name, colour, corner))

    def _payoffs(
        self, node: int, outcome: FloatArray, top: QPointF, shapes: list[Shape], prefix: str = ""
    ) -> None:
        """ "(2, 1)": each player's payoff in that player's colour, centred under ``top``
        (a leaf) or starting there (an outcome at an inner node, marked "+")."""
        first, second = (_number(v) for v in outcome)
        bold = self._letters["bold"]
        parts = [
            (f"{prefix}(", TEXT_COLOUR),
            (first, player_colour(0)),
            (", ", TEXT_COLOUR),
            (second, player_colour(1)),
            (")", TEXT_COLOUR),
        ]
        width = sum(bold.width(text) - 2 for text, _ in parts)
        x = top.x() if prefix else top.x() - width / 2
        pieces = bold.runs(parts, QPointF(x, top.y()))
        shapes.extend(pieces)
        area = QRectF(pieces[0].rect.topLeft(), pieces[-1].rect.bottomRight())
        self._payoff_rects[node] = area

    def _information_sets(
        self, tree: GameTree, line: float, lines: list[Shape], texts: list[Shape]
    ) -> None:
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
            colour = player_colour(infoset.player)
            lines.append(Path(path, _pen(colour, 2.2, Qt.PenStyle.DashLine)))
            if infoset.name:
                names = self._letters["name"]
                middle = (points[0] + points[-1]) / 2
                corner = QPointF(
                    middle.x() - names.width(infoset.name) / 2, middle.y() + 0.35 * line
                )
                texts.append(names.text(infoset.name, colour, corner))


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
