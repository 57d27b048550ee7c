"""The Tree tab: the open game tree drawn, edited, solved by backward induction and explained.

The tree fills the left; on the right, the chosen subgame-perfect equilibrium (a chooser
where ties give several), the stepper through backward induction, the sentences, each
player's behaviour at each information set, the selected node's fields and the reduced
strategic form. Solving runs in :class:`~explorer.app.tree.solving.TreeSolver`'s worker;
the drawing is :class:`~explorer.render.tree_scene.TreeScene`, which also saves pictures.
"""

from __future__ import annotations

from html import escape
from pathlib import Path

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtGui import QAction, QResizeEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from explorer.app.document import GameDocument
from explorer.app.tabs import LazyTab
from explorer.app.tree.commands import TreeEditing
from explorer.app.tree.form_table import StrategicFormTable
from explorer.app.tree.inspector import NodeInspector
from explorer.app.tree.solving import TreeSolver
from explorer.app.tree.stepper import BackwardInductionStepper
from explorer.app.tree.view import TreeView
from explorer.app.writing import export_file
from explorer.core.text import format_number
from explorer.core.tree.edit import joinable
from explorer.core.tree.marks import TreeMarks, TreeNumbers, solution_marks
from explorer.core.tree.model import CHANCE
from explorer.core.tree.report import PerfectEquilibrium, TreeReport
from explorer.core.tree.words import behaviour_text
from explorer.render.style import player_colour_hex
from explorer.render.tree_scene import PATH_COLOUR, STEP_COLOUR, TreeScene

#: The side panel's page with the selected node's fields.
EDIT_PAGE = 1
#: The side panel goes right of the tree when the tab is this many times wider than high.
WIDE_RATIO = 1.5
#: The tree's share of the splitter at first.
TREE_SHARE = 0.62
#: Larger trees are solved and explained but not drawn (drawing 10,000 nodes takes ~1 s,
#: ``benchmarks/tree_tab_benchmark.py``, on the GUI thread).
MAX_DRAWN_NODES = 10_000


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
        self.chooser = QComboBox(page)
        self.chooser.setObjectName("tree_equilibrium")
        self.chooser.setToolTip(self.tr("Where ties give several, which one to show"))
        self.chooser.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.chooser.setMinimumContentsLength(8)
        self.fit_button = QPushButton(self.tr("Fit"), page)
        self.zoom_out = QPushButton("−", page)
        self.zoom_in = QPushButton("+", page)
        self.save_picture = QPushButton(self.tr("Save picture…"), page)
        for button, tip in (
            (self.fit_button, self.tr("Show the whole tree")),
            (self.zoom_out, self.tr("Smaller (−, or Ctrl + wheel)")),
            (self.zoom_in, self.tr("Larger (+, or Ctrl + wheel)")),
            (self.save_picture, self.tr("Save the tree as a PNG or SVG picture")),
        ):
            button.setToolTip(tip)
        for button in (self.zoom_out, self.zoom_in):
            button.setMaximumWidth(40)
        tools = QHBoxLayout()
        self.chooser_label = QLabel(self.tr("Subgame-perfect equilibrium:"), page)
        self.chooser_label.setMinimumWidth(0)
        tools.addWidget(self.chooser_label)
        tools.addWidget(self.chooser, 1)
        for button in (self.fit_button, self.zoom_out, self.zoom_in, self.save_picture):
            tools.addWidget(button)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, page)
        self.splitter.addWidget(self.view)
        self.splitter.addWidget(self._side_panel())
        self.splitter.setChildrenCollapsible(False)
        self._arranged: Qt.Orientation | None = None
        self.stepper = BackwardInductionStepper(page)
        self.legend = QLabel(self._legend(), page)
        self.legend.setObjectName("tree_legend")
        self.legend.setWordWrap(True)
        self.legend.setStyleSheet("color: #555555;")
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(tools)
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

    def _side_panel(self) -> QWidget:
        self.side = QTabWidget(self)
        self.side.setObjectName("tree_side")
        self.side.setMinimumSize(260, 200)
        solution = QWidget(self.side)
        self.status = QLabel(solution)
        self.status.setObjectName("tree_status")
        self.status.setWordWrap(True)
        self.explanation = QTextBrowser(solution)
        self.explanation.setObjectName("tree_explanation")
        self.behaviour = QLabel(solution)
        self.behaviour.setObjectName("tree_behaviour")
        self.behaviour.setWordWrap(True)
        self.behaviour.setTextFormat(Qt.TextFormat.RichText)
        box = QVBoxLayout(solution)
        box.addWidget(self.status)
        box.addWidget(self.explanation, 1)
        box.addWidget(self.behaviour)
        self.inspector = NodeInspector(self.document, self.editing, self.side)
        node = QScrollArea(self.side)
        node.setWidgetResizable(True)
        node.setWidget(self.inspector)
        form = QWidget(self.side)
        self.form = StrategicFormTable(form)
        self.form.setObjectName("tree_form")
        caption = QLabel(
            self.tr(
                "Green: a pure Nash equilibrium; ▶ the subgame-perfect one shown. It follows "
                "from the tree (the Game tab shows it too, read-only)."
            ),
            form,
        )
        caption.setWordWrap(True)
        form_box = QVBoxLayout(form)
        form_box.addWidget(self.form, 1)
        form_box.addWidget(caption)
        self.side.addTab(solution, self.tr("Solution"))
        self.side.addTab(node, self.tr("Edit node"))
        self.side.addTab(form, self.tr("Strategic form"))
        return self.side

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
        self.fit_button.clicked.connect(view.fit)
        self.zoom_in.clicked.connect(lambda: view.zoom_by(1.25))
        self.zoom_out.clicked.connect(lambda: view.zoom_by(0.8))
        self.save_picture.clicked.connect(self.on_save_picture)
        view.nodeClicked.connect(self.on_node_clicked)
        view.branchClicked.connect(self.on_branch_clicked)
        view.branchMoved.connect(self.editing.move_action)
        view.menuRequested.connect(self.on_menu_requested)
        view.deletePressed.connect(self.editing.delete_selected)
        self.editing.selectionChanged.connect(self.refresh)
        self.editing.message.connect(self.message)
        self.chooser.currentIndexChanged.connect(self.on_equilibrium_chosen)
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
        index = max(0, self.chooser.currentIndex()) if self._built else 0
        return report.equilibria[min(index, len(report.equilibria) - 1)]

    def refresh(self, *_args: object) -> None:
        """Everything again from the document and the last report."""
        if not self._built:
            return
        tree = self.document.tree
        self.stack.setCurrentIndex(0 if tree is None else 1)
        if tree is None:
            return
        self._fill_chooser()
        self.stepper.set_equilibrium(self.equilibrium)
        self.draw()
        self._show_solution()
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

    def _fill_chooser(self) -> None:
        report = self.report
        entries = (
            [] if report is None else [self._choice(k, e) for k, e in enumerate(report.equilibria)]
        )
        shown = [self.chooser.itemText(k) for k in range(self.chooser.count())]
        if shown == entries:
            return
        index = self.chooser.currentIndex()
        self.chooser.blockSignals(True)
        self.chooser.clear()
        self.chooser.addItems(entries)
        self.chooser.setCurrentIndex(min(max(index, 0), len(entries) - 1))
        self.chooser.blockSignals(False)
        self.chooser.setEnabled(len(entries) > 1)

    def _choice(self, k: int, equilibrium: PerfectEquilibrium) -> str:
        payoffs = ", ".join(format_number(v) for v in equilibrium.payoffs)
        return f"{k + 1}: {equilibrium.path} ({payoffs})"

    def _show_solution(self) -> None:
        report, equilibrium = self.report, self.equilibrium
        if report is None or equilibrium is None:
            self.explanation.clear()
            self.behaviour.clear()
            return
        count = len(report.equilibria)
        words = (
            self.tr("1 subgame-perfect equilibrium")
            if count == 1
            else self.tr("%1 subgame-perfect equilibria (ties broken each way)").replace(
                "%1", str(count)
            )
        )
        notes = "".join(f"<br><i>{escape(w)}</i>" for w in report.warnings)
        self.status.setText(f"<b>{words}</b>{notes}")
        self.explanation.setPlainText("\n\n".join(equilibrium.explanation))
        self.behaviour.setText(self._behaviour_html(equilibrium))

    def _behaviour_html(self, equilibrium: PerfectEquilibrium) -> str:
        """Each information set: whose it is, where, and what that player does there."""
        tree = equilibrium.profile.tree
        line = self.tr("%1 at %2: %3")
        heading = self.tr("Behaviour at each information set")
        lines = [f"<b>{escape(heading)}</b>"]
        for k, infoset in enumerate(tree.information_sets):
            colour = player_colour_hex(infoset.player)
            player = f"<b style='color:{colour}'>{escape(tree.players[infoset.player])}</b>"
            where = escape(tree.information_set_label(k))
            does = escape(behaviour_text(tree, equilibrium.profile, k))
            lines.append(line.replace("%1", player).replace("%2", where).replace("%3", does))
        return "<br>".join(lines)

    # --- what the solver says --------------------------------------------------------------------

    def on_report(self, _report: TreeReport) -> None:
        self.refresh()

    def on_failed(self, message: str) -> None:
        if self._built:
            self.status.setText(
                f"<span style='color:#b00020'>{escape(message)}</span><br>"
                + escape(self.tr("The drawing shows the tree without a solution."))
            )
            self.draw()

    def on_busy(self, busy: bool) -> None:
        if self._built and busy and self.report is None:
            self.status.setText(self.tr("Solving…"))

    # --- what the user does ---------------------------------------------------------------------

    def on_node_clicked(self, node: int) -> None:
        self.editing.select(None if node < 0 else node)
        if node >= 0:
            self.side.setCurrentIndex(EDIT_PAGE)

    def on_branch_clicked(self, node: int, action: int) -> None:
        self.editing.select(node)
        self.side.setCurrentIndex(EDIT_PAGE)
        field = self.inspector.fields.get(("action", action))
        if field is not None:
            field.setFocus()
            field.selectAll()

    def on_equilibrium_chosen(self, _index: int) -> None:
        self.stepper.set_equilibrium(self.equilibrium)
        self.refresh()

    def on_menu_requested(self, node: int, action: int, where: QPoint) -> None:
        menu = self.node_menu(node, action)
        if menu is not None:
            menu.popup(where)

    def node_menu(self, node: int, action: int) -> QMenu | None:
        """The edits offered at a node (or at a branch: ``action`` >= 0)."""
        tree = self.document.tree
        if tree is None or node < 0:
            return None
        self.editing.select(node)
        menu = QMenu(self)
        editing = self.editing
        item = tree.nodes[node]

        def add(text: str, slot: object, enabled: bool = True) -> QAction:
            act = menu.addAction(text)
            act.setEnabled(enabled)
            act.triggered.connect(lambda _checked=False: slot())  # type: ignore[operator]
            return act

        if action >= 0:
            count = len(item.actions)
            add(
                self.tr("Move left"),
                lambda: editing.move_action(node, action, action - 1),
                action > 0,
            )
            add(
                self.tr("Move right"),
                lambda: editing.move_action(node, action, action + 1),
                action < count - 1,
            )
            add(self.tr("Delete this move"), lambda: editing.remove_action(node, action), count > 1)
            return menu
        if item.children:
            add(self.tr("Add a move"), lambda: editing.add_action(node))
            add(self.tr("Delete the moves below"), lambda: editing.make_leaf(node))
        movers = menu.addMenu(self.tr("Who moves"))
        for player, name in (
            (0, tree.players[0]),
            (1, tree.players[1]),
            (CHANCE, self.tr("Chance")),
        ):
            act = movers.addAction(name)
            act.setCheckable(True)
            act.setChecked(item.player == player)
            act.triggered.connect(lambda _c=False, p=player: editing.set_player(node, p))
        if node > 0:
            add(self.tr("Delete this branch"), editing.delete_selected)
        if item.is_decision:
            sets = menu.addMenu(self.tr("Information set"))
            own = sets.addAction(self.tr("Its own"))
            own.triggered.connect(lambda _c=False: editing.leave(node))
            for other in joinable(tree, node):
                join = sets.addAction(self.tr("Same as %1").replace("%1", tree.node_label(other)))
                join.triggered.connect(lambda _c=False, o=other: editing.join(node, o))
        return menu

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
