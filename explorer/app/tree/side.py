"""The Tree tab's side panel: the solution in words, the selected node's fields, and the
reduced strategic form that follows from the tree."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QScrollArea, QTabWidget, QVBoxLayout, QWidget

from explorer.app.document import GameDocument
from explorer.app.tree.commands import TreeEditing
from explorer.app.tree.form_table import StrategicFormTable
from explorer.app.tree.inspector import NodeInspector
from explorer.app.tree.solution import SolutionPage

#: The page with the selected node's fields.
EDIT_PAGE = 1


class TreeSidePanel(QTabWidget):
    """Three pages: "Solution", "Edit node" and "Strategic form"."""

    def __init__(self, document: GameDocument, editing: TreeEditing, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("tree_side")
        self.setMinimumSize(260, 200)
        self.solution = SolutionPage(self)
        self.inspector = NodeInspector(document, editing, self)
        node = QScrollArea(self)
        node.setWidgetResizable(True)
        node.setWidget(self.inspector)
        form = QWidget(self)
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
        self.addTab(self.solution, self.tr("Solution"))
        self.addTab(node, self.tr("Edit node"))
        self.addTab(form, self.tr("Strategic form"))

    def show_node(self, field: tuple[str, int] | None = None) -> None:
        """Turn to the node's page, with the cursor in ``field`` (its text selected) if given."""
        self.setCurrentIndex(EDIT_PAGE)
        edit = self.inspector.fields.get(field) if field is not None else None
        if edit is not None:
            edit.setFocus()
            edit.selectAll()
