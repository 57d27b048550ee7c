"""The results panel: equilibria as a table, the method, degeneracy in words, elimination steps."""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from explorer.app import icons
from explorer.core.families import best_response_curves
from explorer.core.game import COLUMN, ROW
from explorer.core.report import Report
from explorer.core.solve import METHODS, degeneracy_explanation, method_name
from explorer.core.text import capitalised, mixed_strategy_label, payoff_label
from explorer.core.words.dominance import describe_step
from explorer.core.words.equilibrium import explain_equilibrium
from explorer.render.guard import guard_qt_calls
from explorer.render.style import player_colour

if TYPE_CHECKING:
    from explorer.app.plots import BestResponseDiagram
    from explorer.render.best_response_plot import BestResponsePlot

Index = QModelIndex | QPersistentModelIndex
#: Letters of a method's name the method box shows at least.
METHOD_NAME_LETTERS = 10
#: The equilibria table's least height, in lines of text: its header and at least one row.
TABLE_LINES = 4


@guard_qt_calls
class EquilibriaModel(QAbstractTableModel):
    """One row per equilibrium: each player's strategy (fractions where exact), payoffs, kind."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.report: Report | None = None

    def set_report(self, report: Report | None) -> None:
        self.beginResetModel()
        self.report = report
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() or self.report is None:
            return 0
        return len(self.report.solution.equilibria)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1) if role == Qt.ItemDataRole.DisplayRole else None
        if self.report is None or not 0 <= section < 4:
            return None
        players = self.report.game.players
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return (players[ROW].name, players[COLUMN].name, self.tr("Payoffs"), self.tr("Kind"))[
                section
            ]
        if role == Qt.ItemDataRole.ForegroundRole and section < 2:
            return player_colour(section)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if self.report is None or not index.isValid():
            return None
        equilibria = self.report.solution.equilibria
        if not 0 <= index.row() < len(equilibria):
            return None
        eq = equilibria[index.row()]
        players = self.report.game.players
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column == ROW:
                return mixed_strategy_label(eq.row, players[ROW].strategies, eq.row_exact)
            if column == COLUMN:
                return mixed_strategy_label(eq.column, players[COLUMN].strategies, eq.column_exact)
            if column == 2:
                return payoff_label(eq)
            if column == 3:
                return self.tr("pure") if eq.kind == "pure" else self.tr("mixed")
        if role == Qt.ItemDataRole.ForegroundRole and column < 2:
            return player_colour(column)
        return None


@guard_qt_calls
class ResultsPanel(QWidget):
    """Equilibria and what to know about them; drives the matrix's elimination stepper."""

    methodChanged = Signal(str)
    cancelRequested = Signal()
    greyedChanged = Signal(set, set)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.report: Report | None = None
        self.step = 0
        self.method_label = QLabel(self.tr("Method:"), self)
        self.method = QComboBox(self)
        for method in METHODS:
            self.method.addItem(capitalised(method_name(method)), method)
        self.method.setToolTip(self.tr("How equilibria are computed (all through nashpy)"))
        # As narrow as a short method name (a longer one is cut): the panel fits a projector.
        self.method.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.method.setMinimumContentsLength(METHOD_NAME_LETTERS)
        self.method.currentIndexChanged.connect(
            lambda _: self.methodChanged.emit(self.method.currentData())
        )
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 0)
        self.progress.setMaximumHeight(12)
        self.progress.setTextVisible(False)
        self.cancel = QPushButton(self.tr("Cancel"), self)
        self.cancel.clicked.connect(self.cancelRequested)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.summary.setObjectName("summary")
        self.table = QTableView(self)
        self.equilibria = EquilibriaModel(self)
        self.table.setModel(self.equilibria)
        header = self.table.horizontalHeader()  # the players' columns take the spare width
        header.setTextElideMode(Qt.TextElideMode.ElideRight)  # a long name ends in "…"
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        for player in (0, 1):
            header.setSectionResizeMode(player, QHeaderView.ResizeMode.Stretch)
        self.table.setWordWrap(True)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.keep_table_rows()
        self.step_label = QLabel(self)
        self.step_label.setWordWrap(True)
        self.step_label.setObjectName("step_label")
        self.step_back = QPushButton(icons.back(), self.tr("Back"), self)
        self.step_next = QPushButton(icons.forward(), self.tr("Step"), self)
        self.step_reset = QPushButton(self.tr("Reset"), self)
        self.step_back.clicked.connect(lambda: self.set_step(self.step - 1))
        self.step_next.clicked.connect(lambda: self.set_step(self.step + 1))
        self.step_reset.clicked.connect(lambda: self.set_step(0))
        self.explanation = QTextBrowser(self)
        self.explanation.setObjectName("explanation")
        self.explanation.setMinimumWidth(160)
        self.explanation.setMinimumHeight(self.fontMetrics().height() * 3)
        self.copy_explanation = QPushButton(self.tr("Copy"), self)
        self.copy_explanation.setToolTip(self.tr("Copy the explanation to the clipboard"))
        self.copy_explanation.clicked.connect(self.on_copy_explanation)
        self.table.clicked.connect(lambda index: self.explain(index.row()))
        self.diagram: BestResponseDiagram | None = None  # made on first use
        self.curves: BestResponsePlot | None = None  # a family game's curves, made on first use
        self.diagram_box = QVBoxLayout()
        self.diagram_legend = QLabel(self)
        self.diagram_legend.setWordWrap(True)
        self._layout()
        self.set_busy(False)

    def keep_table_rows(self) -> None:
        """Room for the table's header and at least one equilibrium, at the font shown."""
        self.table.setMinimumHeight(self.fontMetrics().height() * TABLE_LINES)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:  # presenter mode scales the font
            self.keep_table_rows()

    def _layout(self) -> None:
        """Wide and short, under the matrix, in three columns: the equilibria and the
        elimination steps, why the chosen one is an equilibrium, the diagram (2×2 only)."""
        top = QHBoxLayout()
        top.addWidget(self.method_label)
        top.addWidget(self.method, 1)
        top.addWidget(self.progress, 1)
        top.addWidget(self.cancel)
        heading = QLabel(
            self.tr("<b>Iterated elimination of strictly dominated strategies</b>"), self
        )
        heading.setWordWrap(True)
        steps = QHBoxLayout()
        for button in (self.step_back, self.step_next, self.step_reset):
            steps.addWidget(button)
        steps.addStretch()
        left = QVBoxLayout()
        left.addLayout(top)
        left.addWidget(self.summary)
        left.addWidget(self.table, 1)
        left.addWidget(heading)
        left.addLayout(steps)
        left.addWidget(self.step_label)
        why_heading = QHBoxLayout()
        why_title = QLabel(self.tr("<b>Why is it an equilibrium?</b>"), self)
        why_title.setWordWrap(True)  # on a projector it takes two lines, not the library's room
        why_heading.addWidget(why_title, 1)
        why_heading.addWidget(self.copy_explanation)
        why = QVBoxLayout()
        why.addLayout(why_heading)
        why.addWidget(self.explanation, 1)
        self.diagram_panel = QWidget(self)
        right = QVBoxLayout(self.diagram_panel)
        right.setContentsMargins(0, 0, 0, 0)
        right.addLayout(self.diagram_box, 1)
        right.addWidget(self.diagram_legend)
        self.save_diagram = QPushButton(self.tr("Save diagram…"), self.diagram_panel)
        self.save_diagram.clicked.connect(self.on_save_diagram)
        right.addWidget(self.save_diagram)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 1)
        layout.addLayout(why, 1)
        layout.addWidget(self.diagram_panel, 1)

    def set_editing(self, editing: bool) -> None:
        """Offer the choice of method and saving the diagram, or not (presenter mode puts
        them out of the way: the diagram gets the room)."""
        for widget in (self.method_label, self.method, self.save_diagram):
            widget.setVisible(editing)

    def set_busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        self.cancel.setVisible(busy)

    def show_error(self, message: str) -> None:
        """A payoff is undefined at these values: say so; the last result stays visible."""
        self.summary.setText(f"<span style='color:#b00020'>{escape(message)}</span>")

    def show_report(self, report: Report) -> None:
        self.report = report
        self.equilibria.set_report(report)
        self.table.resizeRowsToContents()
        self.summary.setText(self._summary(report))
        self.show_diagram(report)
        self.set_step(min(self.step, len(report.elimination.steps)))
        selected = self.table.currentIndex().row()
        self.explain(selected if 0 <= selected < len(report.solution.equilibria) else 0)

    def show_diagram(self, report: Report) -> None:
        """Beside the equilibria: a family game's best-response curves, a 2×2 game's p–q
        square, nothing for other games."""
        curves = best_response_curves(report.game, report.best_responses)
        two_by_two = curves is None and report.game.shape == (2, 2)
        self.diagram_panel.setVisible(curves is not None or two_by_two)
        if self.diagram is not None:
            self.diagram.setVisible(two_by_two)
        if self.curves is not None:
            self.curves.setVisible(curves is not None)
        if curves is not None:
            plot = self.ensure_curves()
            plot.show()
            plot.show_curves(curves)
            mixed = len(report.solution.equilibria) - len(report.solution.pure)
            self.diagram_legend.setText(plot.legend_html(curves, report.game, mixed))
        elif two_by_two:
            diagram = self.ensure_diagram()
            diagram.show_report(report)
            self.diagram_legend.setText(diagram.legend_html(report))

    def ensure_curves(self) -> BestResponsePlot:
        """The best-response curves, made on first use (pyqtgraph loads slowly)."""
        from explorer.render.best_response_plot import BestResponsePlot

        if self.curves is None:
            self.curves = BestResponsePlot(self.diagram_panel)
            self.diagram_box.addWidget(self.curves)
        return self.curves

    def ensure_diagram(self) -> BestResponseDiagram:
        """The p–q square, made on first use (pyqtgraph loads slowly)."""
        from explorer.app.plots import BestResponseDiagram

        if self.diagram is None:
            self.diagram = BestResponseDiagram(self.diagram_panel)
            self.diagram_box.addWidget(self.diagram)
        return self.diagram

    def explain(self, row: int) -> None:
        """Show, in sentences, why equilibrium ``row`` is one."""
        report = self.report
        if report is None or not 0 <= row < len(report.solution.equilibria):
            self.explanation.clear()
            return
        self.table.selectRow(row)
        sentences = explain_equilibrium(
            report.game, report.A, report.B, report.solution.equilibria[row]
        )
        self.explanation.setPlainText("\n\n".join(sentences))

    def on_save_diagram(self) -> None:
        from explorer.app.plots import save_plot_as

        if self.diagram_panel.isVisible() and self.report is not None:
            save_plot_as(self.diagram_panel, self, f"{self.report.game.title} best responses")

    def on_copy_explanation(self) -> None:
        QGuiApplication.clipboard().setText(self.explanation.toPlainText())

    def _summary(self, report: Report) -> str:
        solution = report.solution
        count = len(solution.equilibria)
        pure = len(solution.pure)
        words = (
            self.tr("1 equilibrium")
            if count == 1
            else self.tr("%1 equilibria").replace("%1", str(count))
        )
        kinds = (
            self.tr("%1 pure, %2 mixed").replace("%1", str(pure)).replace("%2", str(count - pure))
        )
        parts = [
            f"<b>{words}</b> ({kinds})",
            " + ".join(method_name(m) for m in solution.method.split("+")),
        ]
        text = " · ".join(parts)
        if solution.degenerate:
            text += f"<br><span style='color:#8a5a00'>{escape(degeneracy_explanation())}</span>"
        for warning in solution.warnings:
            text += f"<br><i>{escape(warning)}</i>"
        return text

    def set_step(self, step: int) -> None:
        """Show the first ``step`` elimination steps and grey out what they removed."""
        report = self.report
        total = len(report.elimination.steps) if report else 0
        self.step = max(0, min(step, total))
        self.step_back.setEnabled(self.step > 0)
        self.step_next.setEnabled(self.step < total)
        self.step_reset.setEnabled(self.step > 0)
        if report is None:
            return
        if total == 0:
            self.step_label.setText(self.tr("No strategy is strictly dominated."))
        elif self.step == 0:
            self.step_label.setText(
                self.tr("%1 step(s) remove strictly dominated strategies. Press Step.").replace(
                    "%1", str(total)
                )
            )
        else:
            current = report.elimination.steps[self.step - 1]
            self.step_label.setText(describe_step(current, report.game.players))
        rows, columns = self.greyed()
        self.greyedChanged.emit(rows, columns)

    def greyed(self) -> tuple[set[int], set[int]]:
        """Strategies to grey: those eliminated so far, or at step 0 the strictly dominated."""
        report = self.report
        if report is None:
            return set(), set()
        if self.step == 0:
            return {d.strategy for d in report.dominated if d.player == ROW}, {
                d.strategy for d in report.dominated if d.player == COLUMN
            }
        removed = report.elimination.steps[: self.step]
        return {s.strategy for s in removed if s.player == ROW}, {
            s.strategy for s in removed if s.player == COLUMN
        }
