"""The tree on screen: scroll and zoom, click a node or a branch, drag a branch sideways to
reorder it among its siblings, a menu of edits on the right button."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, Qt, Signal
from PySide6.QtGui import (
    QContextMenuEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QResizeEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import QGraphicsView, QWidget

from explorer.render.guard import guard_qt_calls
from explorer.render.tree_scene import TreeScene

#: Zoom per wheel notch or key press, and its limits.
ZOOM_STEP = 1.15
MIN_ZOOM, MAX_ZOOM = 0.1, 6.0
#: Fitting the tree into the view enlarges a small tree at most this much (a projector).
MAX_FIT = 1.75
#: A press that moves less than this many pixels before its release is a click.
DRAG_DISTANCE = 12


@guard_qt_calls
class TreeView(QGraphicsView):
    """Shows a :class:`~explorer.render.tree_scene.TreeScene`; says what the user points at
    in node numbers (the scene's hit tests), never in items."""

    #: A node was clicked (-1: the empty background).
    nodeClicked = Signal(int)
    #: A branch (node, action) was clicked: its label or its line.
    branchClicked = Signal(int, int)
    #: The branch (node, action) was dragged to position ``to`` among its siblings.
    branchMoved = Signal(int, int, int)
    #: The right button over a node (-1 for none) or a branch (action -1 for none).
    menuRequested = Signal(int, int, QPoint)
    #: Delete pressed with a node selected.
    deletePressed = Signal()

    def __init__(self, scene: TreeScene, parent: QWidget | None = None) -> None:
        super().__init__(scene, parent)
        self.tree_scene = scene
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.setDragMode(QGraphicsView.DragMode.NoDrag)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._pressed: tuple[QPointF, int, int] | None = None  # where, node, action
        self.zoom = 1.0
        #: Fit the whole tree whenever the view or the tree changes size, until the user zooms.
        self.auto_fit = True

    # --- what is under the mouse ------------------------------------------------------------

    def _radius(self) -> float:
        """How near a click must be to a node, in scene units (a fixed size on screen)."""
        return 14.0 / max(self.transform().m11(), 1e-6)

    def hit(self, where: QPoint) -> tuple[int, int]:
        """(node, -1) for a node at ``where`` (viewport pixels), (node, action) for a branch,
        (-1, -1) for nothing."""
        point = self.mapToScene(where)
        node = self.tree_scene.node_at(point, self._radius())
        if node is not None:
            return node, -1
        branch = self.tree_scene.branch_at(point, self._radius() / 2)
        return branch if branch is not None else (-1, -1)

    def viewport_point(self, scene_point: QPointF) -> QPoint:
        """Where a scene point is on the viewport (for tests acting as a user)."""
        return self.mapFromScene(scene_point)

    # --- mouse and keys -------------------------------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            node, action = self.hit(event.position().toPoint())
            self._pressed = (event.position(), node, action)
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        pressed, self._pressed = self._pressed, None
        super().mouseReleaseEvent(event)
        if pressed is None or event.button() != Qt.MouseButton.LeftButton:
            return
        start, node, action = pressed
        moved = event.position() - start
        if abs(moved.x()) >= DRAG_DISTANCE and (node >= 0 or action >= 0):
            self._dropped(node, action, event.position().toPoint())
        elif action >= 0:
            self.branchClicked.emit(node, action)
        else:
            self.nodeClicked.emit(node)

    def _dropped(self, node: int, action: int, where: QPoint) -> None:
        """A node (the child end of its branch) or a branch label dragged sideways: its new
        place among the siblings is where it was let go, by the siblings' positions."""
        tree = self.tree_scene.tree
        if tree is None:
            return
        if action < 0:  # a node was dragged: the branch that leads to it
            if node <= 0:
                return
            node, action = int(tree.parent[node]), int(tree.parent_action[node])
        x = self.mapToScene(where).x()
        siblings = tree.nodes[node].children
        others = [self.tree_scene.position(c).x() for k, c in enumerate(siblings) if k != action]
        to = sum(1 for position in others if position < x)
        if to != action:
            self.branchMoved.emit(node, action, to)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        node, action = self.hit(event.pos())
        self.menuRequested.emit(node, action, event.globalPos())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.deletePressed.emit()
        elif key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.zoom_by(ZOOM_STEP)
        elif key == Qt.Key.Key_Minus:
            self.zoom_by(1 / ZOOM_STEP)
        else:
            super().keyPressEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.auto_fit:
            self.fit()

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.zoom_by(ZOOM_STEP ** (event.angleDelta().y() / 120))
        else:
            super().wheelEvent(event)

    # --- zoom -------------------------------------------------------------------------------------

    def zoom_by(self, factor: float) -> None:
        """Zoom by ``factor`` (the user's choice: the view stops fitting the tree)."""
        self.auto_fit = False
        self._set_zoom(self.zoom * factor)

    def _set_zoom(self, zoom: float) -> None:
        wanted = min(MAX_ZOOM, max(MIN_ZOOM, zoom))
        self.scale(wanted / self.zoom, wanted / self.zoom)
        self.zoom = wanted

    def fit(self) -> None:
        """The whole tree in view (a small one enlarged up to :data:`MAX_FIT`), and kept so."""
        self.auto_fit = True
        area = self.tree_scene.sceneRect()
        view = self.viewport().rect()
        if area.isEmpty() or view.isEmpty():
            return
        factor = min(MAX_FIT, view.width() / area.width(), view.height() / area.height())
        self._set_zoom(factor * 0.98)
