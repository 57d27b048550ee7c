"""Fitting the window on a small screen: combo boxes and labels that may shrink (a label
then ends in "…" and shows its whole text as a tooltip), scroll areas as wide as what they
hold, and tab pages whose size counts only while they are shown."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import QComboBox, QLabel, QScrollArea, QSizePolicy, QTabWidget, QWidget

from explorer.render.guard import guard_qt_calls

#: Characters a shrunk combo box still shows (it elides the rest; its list shows all).
COMBO_CHARACTERS = 12


def let_shrink(*combos: QComboBox, characters: int = COMBO_CHARACTERS) -> None:
    """Let each combo box be narrower than its longest item (a 1280 px projector has no room
    for a row of long strategy names); the open list still shows every item in full."""
    for combo in combos:
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(characters)


@guard_qt_calls
class VerticalScrollArea(QScrollArea):
    """Scrolls up and down only: never narrower than what it holds, so nothing in it is cut
    at the side (a dock holding it is then as wide as its controls need)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(self.horizontalScrollBarPolicy().ScrollBarAlwaysOff)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """What it holds changed its layout (a control added): so does its minimum width."""
        if watched is self.widget() and event.type() == QEvent.Type.LayoutRequest:
            self.updateGeometry()
        return super().eventFilter(watched, event)

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        inner = self.widget()
        if inner is None:
            return hint
        width = inner.minimumSizeHint().width() + self.verticalScrollBar().sizeHint().width()
        return QSize(width + 2 * self.frameWidth(), hint.height())


def count_current_page_only(tabs: QTabWidget) -> None:
    """Let only the page shown count for ``tabs``' minimum size (a hidden page's plot must
    not make the window taller than the screen while another page shows)."""
    current = tabs.currentWidget()
    for index in range(tabs.count()):
        page = tabs.widget(index)
        policy = QSizePolicy.Policy.Preferred if page is current else QSizePolicy.Policy.Ignored
        if page is not None:
            page.setSizePolicy(policy, policy)


#: Characters a shrunk label still shows before its "…".
LABEL_CHARACTERS = 4


@guard_qt_calls
class ElidedLabel(QLabel):
    """A one-line label that fits any width: what does not fit ends in "…", and then the
    whole text is its tooltip."""

    def __init__(self, text: str | QWidget | None = None, parent: QWidget | None = None) -> None:
        if isinstance(text, QWidget):  # like QLabel: the text may be left out
            text, parent = None, text
        super().__init__(parent)
        self._tip = ""
        self.setText(text or "")

    def setText(self, text: str) -> None:  # the tooltip follows the text
        super().setText(text)
        self._update_tooltip()

    def set_tip(self, tip: str) -> None:
        """A tooltip of its own (the whole text is put before it while the label is cut)."""
        self._tip = tip
        self._update_tooltip()

    def available(self) -> int:
        """The room for the text along its line, in pixels."""
        return self.contentsRect().width()

    def is_elided(self) -> bool:
        return self.fontMetrics().horizontalAdvance(self.text()) > self.available()

    def shown_text(self) -> str:
        """The text as drawn: cut with "…" where it does not fit."""
        return self.fontMetrics().elidedText(
            self.text(), Qt.TextElideMode.ElideRight, self.available()
        )

    def _update_tooltip(self) -> None:
        parts = [self.text()] if self.is_elided() else []
        self.setToolTip("\n".join([*parts, self._tip] if self._tip else parts))

    def minimumSizeHint(self) -> QSize:
        # The same least width whatever the text (empty too): a message that appears must not
        # widen a window that is already as narrow as it can be.
        shortest = self.fontMetrics().horizontalAdvance("M" * LABEL_CHARACTERS)
        return QSize(shortest, super().minimumSizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._update_tooltip()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        self.style().drawItemText(
            painter,
            self.contentsRect(),
            int(self.alignment()),
            self.palette(),
            self.isEnabled(),
            self.shown_text(),
            self.foregroundRole(),
        )
