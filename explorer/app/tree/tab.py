"""The Tree tab: the open game tree drawn, edited, solved by backward induction and explained.

The tree fills the left; on the right, the chosen subgame-perfect equilibrium (a chooser
where ties give several), the stepper through backward induction, the sentences, each
player's behaviour at each information set, the selected node's fields and the reduced
strategic form. Solving runs in :class:`~explorer.app.tree.solving.TreeSolver`'s worker;
the drawing is :class:`~explorer.render.tree_scene.TreeScene`, which also saves pictures.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QLabel,
    QMenu,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from explorer.app.document import GameDocument
from explorer.app.tabs import LazyTab
from explorer.app.tree.commands import TreeEditing
from explorer.app.tree.menu import NodeMenu
from explorer.app.tree.side import TreeSidePanel
from explorer.app.tree.solving import TreeSolver
from explorer.app.tree.stepper import BackwardInductionStepper
from explorer.app.tree.toolbar import TreeToolbar
from explorer.app.tree.view import TreeView
from explorer.app.writing import export_file
from explorer.core.tree.marks import TreeMarks, TreeNumbers, solution_marks
from explorer.core.tree.report import PerfectEquilibrium, TreeReport
from explorer.render.guard import guard_qt_calls
from explorer.render.style import player_colour_hex
from explorer.render.tree_scene import PATH_COLOUR, STEP_COLOUR, TreeScene

#: The side panel goes right of the tree when the tab is this many times wider than high.
WIDE_RATIO = 1.5
#: The tree's share of the splitter at first.
TREE_SHARE = 0.62
#: Larger trees are solved and explained but not drawn (drawing 10,000 nodes takes ~1 s,
#: ``benchmarks/tree_tab_benchmark.py``, on the GUI thread).
MAX_DRAWN_NODES = 10_000


@guard_qt_calls
class TreeTab(LazyTab):
    """Draws, edits and solves the document's tree; a payoff table gets a sentence instead."""

    #: One sentence for the status bar: what an edit did not do, or what was saved.
    message = Signal(str)
    #: The user asks for a new game tree (the window confirms and opens one).
    newTreeRequested = Signal()

    def __init__(self, document: GameDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.editing = TreeEditing(document, self)
        self.solver = TreeSolver(document, self)
        self.scene: TreeScene | None = None
        self.view: TreeView | None = None
        document.gameChanged.connect(self.solver.request)
        document.valuesChanged.connect(self.solver.throttle.trigger)
        self.solver.request()

    # --- construction (on first show) -----------------------------------------------------------

    def build(self) -> None:
        self.scene = TreeScene()
        self.view = TreeView(self.scene, self)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self._empty_page())
        self.stack.addWidget(self._tree_page())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.stack)
        self._connect_signals()
        self.arrange()
        self.refresh()

    def _empty_page(self) -> QWidget:
        page = QWidget(self)
        text = QLabel(
            self.tr(
                "This game is a payoff table, not a game tree. Open a tree from the library "
                "(the entries marked “Tree:”) or a Gambit .efg file, or start a new one."
            ),
            page,
        )
        text.setWordWrap(True)
        self.new_tree = QPushButton(self.tr("New game tree"), page)
        layout = QVBoxLayout(page)
        layout.addStretch()
        layout.addWidget(text)
        layout.addWidget(self.new_tree, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(2)
        return page

    def _tree_page(self) -> QWidget:
        assert self.view is not None
        page = QWidget(self)
        self.toolbar = TreeToolbar(page)
        self.chooser = self.toolbar.chooser
        self.side = TreeSidePanel(self.document, self.editing, page)
        self.solution, self.inspector, self.form = (
            self.side.solution,
            self.side.inspector,
            self.side.form,
        )
        self.splitter = QSplitter(Qt.Orientation.Horizontal, page)
        self.splitter.addWidget(self.view)
        self.splitter.addWidget(self.side)
        self.splitter.setChildrenCollapsible(False)
        self._arranged: Qt.Orientation | None = None
        self.stepper = BackwardInductionStepper(page)
        self.legend = QLabel(self._legend(), page)
        self.legend.setObjectName("tree_legend")
        self.legend.setWordWrap(True)
        self.legend.setStyleSheet("color: #555555;")
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.stepper)
        layout.addWidget(self.legend)
        return page

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.arrange()

    def arrange(self) -> None:
        """The side panel right of the tree in a wide tab, under it in a narrow one (1280 ×
        800 with the docks open); the tree gets :data:`TREE_SHARE` of the room."""
        if not self._built:
            return
        wide = self.width() > WIDE_RATIO * self.height()
        orientation = Qt.Orientation.Horizontal if wide else Qt.Orientation.Vertical
        if orientation == self._arranged:
            return
        self._arranged = orientation
        self.splitter.setOrientation(orientation)
        room = self.width() if wide else self.height()
        self.splitter.setSizes([int(room * TREE_SHARE), int(room * (1 - TREE_SHARE))])

    def _legend(self) -> str:
        return (
            self.tr(
                "<span style='color:%1'>▬</span> bold: the choice backward induction makes · "
                "<span style='background:%2'>&nbsp;green&nbsp;</span>: the path of play · "
                "dashed: nodes a player cannot tell apart · "
                "<span style='color:%3'>○</span> the step explained · (a, b) grey-green: what a "
                "node is worth · click a node to edit it, drag a branch sideways to reorder"
            )
            .replace("%1", player_colour_hex(0))
            .replace("%2", PATH_COLOUR.name())
            .replace("%3", STEP_COLOUR.name())
        )

    def _connect_signals(self) -> None:
        assert self.view is not None
        view = self.view
        self.new_tree.clicked.connect(self.newTreeRequested)
        self.toolbar.fit_button.clicked.connect(view.fit)
        self.toolbar.zoom_in.clicked.connect(lambda: view.zoom_by(1.25))
        self.toolbar.zoom_out.clicked.connect(lambda: view.zoom_by(0.8))
        self.toolbar.save_picture.clicked.connect(self.on_save_picture)
        view.nodeClicked.connect(self.on_node_clicked)
        view.branchClicked.connect(self.on_branch_clicked)
        view.branchMoved.connect(self.editing.move_action)
        view.menuRequested.connect(self.on_menu_requested)
        view.deletePressed.connect(self.editing.delete_selected)
        self.editing.selectionChanged.connect(self.refresh)
        self.editing.message.connect(self.message)
        self.toolbar.chosen.connect(self.on_equilibrium_chosen)
        self.stepper.stepChanged.connect(self.draw)
        self.solver.reportShown.connect(self.on_report)
        self.solver.failed.connect(self.on_failed)
        self.solver.busy.connect(self.on_busy)
        self.document.gameChanged.connect(self.refresh)
        self.document.valuesChanged.connect(self.refresh)

    # --- showing ----------------------------------------------------------------------------------

    @property
    def report(self) -> TreeReport | None:
        """The analysis shown, if it is of the tree open now."""
        report = self.solver.report
        return report if report is not None and report.tree is self.document.tree else None

    @property
    def equilibrium(self) -> PerfectEquilibrium | None:
        report = self.report
        if report is None or not report.equilibria:
            return None
        index = self.toolbar.index if self._built else 0
        return report.equilibria[min(index, len(report.equilibria) - 1)]

    def refresh(self, *_args: object) -> None:
        """Everything again from the document and the last report."""
        if not self._built:
            return
        tree = self.document.tree
        self.stack.setCurrentIndex(0 if tree is None else 1)
        if tree is None:
            return
        self.toolbar.fill(self.report)
        self.stepper.set_equilibrium(self.equilibrium)
        self.draw()
        self.solution.show_solution(self.report, self.equilibrium)
        cell = self.equilibrium.cell if self.equilibrium is not None else None
        self.form.show_game(self.document.game, self.document.values, cell)

    def draw(self) -> None:
        """The tree with as much of the chosen equilibrium as the stepper shows."""
        tree, scene, view = self.document.tree, self.scene, self.view
        if tree is None or scene is None or view is None:
            return
        if len(tree.nodes) > MAX_DRAWN_NODES:
            scene.show_note(
                self.tr("This tree has %1 nodes; the Tree tab draws trees of up to %2.")
                .replace("%1", f"{len(tree.nodes):,}")
                .replace("%2", f"{MAX_DRAWN_NODES:,}")
            )
            return
        equilibrium = self.equilibrium
        selected = self.editing.selected
        if equilibrium is None:
            marks = TreeMarks(selected=selected)
        else:
            marks = solution_marks(equilibrium, self.stepper.step, selected)
        scene.draw(tree, TreeNumbers.at(tree, self.document.values), marks)
        if view.auto_fit:
            view.fit()

    def redraw(self) -> None:
        """Draw again at the current font and line sizes (presenter mode), whole."""
        if self._built and self.view is not None:
            self.view.auto_fit = True
            self.draw()

    def fit_on_open(self) -> None:
        """A new game is open: nothing selected, the tree shown whole once drawn."""
        self.editing.select(None)
        if self.view is not None:
            self.view.auto_fit = True
            self.draw()

    # --- what the solver says --------------------------------------------------------------------

    def on_report(self, _report: TreeReport) -> None:
        self.refresh()

    def on_failed(self, message: str) -> None:
        if self._built:
            self.solution.show_failure(message)
            self.draw()

    def on_busy(self, busy: bool) -> None:
        if self._built and busy and self.report is None:
            self.solution.show_busy()

    # --- what the user does ---------------------------------------------------------------------

    def on_node_clicked(self, node: int) -> None:
        self.editing.select(None if node < 0 else node)
        if node >= 0:
            self.side.show_node()

    def on_branch_clicked(self, node: int, action: int) -> None:
        self.editing.select(node)
        self.side.show_node(("action", action))

    def on_equilibrium_chosen(self, _index: int) -> None:
        self.stepper.set_equilibrium(self.equilibrium)
        self.refresh()

    def on_menu_requested(self, node: int, action: int, where: QPoint) -> None:
        menu = self.node_menu(node, action)
        if menu is not None:
            menu.popup(where)

    def node_menu(self, node: int, action: int) -> QMenu | None:
        """The edits offered at a node (or at a branch: ``action`` >= 0)."""
        if self.document.tree is None or node < 0:
            return None
        self.editing.select(node)
        return NodeMenu(self.editing, node, action, self)

    def on_save_picture(self) -> None:
        tree = self.document.tree
        if tree is None:
            return
        suggested = str(Path.home() / f"{tree.title} tree.png")
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save picture"),
            suggested,
            self.tr("PNG image (*.png);;SVG drawing (*.svg)"),
        )
        if path:
            self.export(path)

    def export(self, path: str) -> bool:
        """Save the tree as drawn now (PNG, or SVG by the file name's ending)."""
        from explorer.render.tree_export import save_tree_picture

        scene = self.scene
        if scene is None:
            return False
        file = Path(path)
        written = export_file(file, lambda: save_tree_picture(scene, file))
        self.message.emit(written.message)
        return written.ok
