"""The game library: bundled games grouped as Classics / AI economics, and recent files."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHeaderView, QTreeWidget, QTreeWidgetItem, QWidget

from explorer.core.io.library import LibraryEntry
from explorer.core.tree.bridge import tree_of
from explorer.render.guard import guard_qt_calls

PATH_ROLE = Qt.ItemDataRole.UserRole + 1


@guard_qt_calls
class LibraryPanel(QTreeWidget):
    """A tree of games; activating one asks to open its file."""

    openRequested = Signal(Path)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setHeaderHidden(True)
        self.setRootIsDecorated(True)
        self.setUniformRowHeights(True)
        # One column as wide as the panel: a long title ends in "…" (its tooltip has it all)
        # instead of running under a scroll bar.
        self.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.itemActivated.connect(self.on_activated)
        self.itemDoubleClicked.connect(self.on_activated)
        self._entries: list[LibraryEntry] = []
        self._recent: list[Path] = []

    def set_entries(self, entries: list[LibraryEntry]) -> None:
        self._entries = list(entries)
        self._rebuild()

    def entries(self) -> list[LibraryEntry]:
        """The bundled games shown, in the language they were loaded in."""
        return list(self._entries)

    def set_recent(self, paths: list[Path]) -> None:
        self._recent = list(paths)
        self._rebuild()

    def _group_titles(self) -> dict[str, str]:
        return {
            "Classics": self.tr("Classics"),
            "AI economics": self.tr("AI economics"),
            "Other": self.tr("Other"),
        }

    def _rebuild(self) -> None:
        self.clear()
        titles = self._group_titles()
        groups: dict[str, QTreeWidgetItem] = {}
        for entry in self._entries:
            group = groups.get(entry.group)
            if group is None:
                group = QTreeWidgetItem(self, [titles.get(entry.group, entry.group)])
                group.setFlags(Qt.ItemFlag.ItemIsEnabled)
                groups[entry.group] = group
            item = QTreeWidgetItem(group, [self._label(entry)])
            item.setData(0, PATH_ROLE, str(entry.path))
            item.setToolTip(0, self._tooltip(entry))
        if self._recent:
            recent = QTreeWidgetItem(self, [self.tr("Recent files")])
            recent.setFlags(Qt.ItemFlag.ItemIsEnabled)
            for path in self._recent:
                item = QTreeWidgetItem(recent, [path.name])
                item.setData(0, PATH_ROLE, str(path))
                item.setToolTip(0, str(path))
        self.expandAll()

    def _label(self, entry: LibraryEntry) -> str:
        """The title; a game tree is marked (it opens in the Tree tab)."""
        if tree_of(entry.game) is None:
            return entry.title
        return self.tr("Tree: %1").replace("%1", entry.title)

    def _tooltip(self, entry: LibraryEntry) -> str:
        """The whole title (the panel may cut it), then what the game is about."""
        sentence = _first_sentence(entry.game.description)
        note = self.tr(
            "A game tree: it opens in the Tree tab; the Game tab shows its reduced strategic form."
        )
        if tree_of(entry.game) is not None:
            sentence = f"{note} {sentence}"
        return f"{self._label(entry)}\n{sentence}".strip()

    def on_activated(self, item: QTreeWidgetItem, column: int = 0) -> None:
        path = item.data(0, PATH_ROLE)
        if path:
            self.openRequested.emit(Path(path))


def _first_sentence(text: str) -> str:
    sentence = text.split(". ")[0].strip()
    return sentence if len(sentence) < 300 else sentence[:297] + "…"
