"""Checks of what a user can see and reach: every control on screen, whole and clickable.

Generic on purpose: they walk whatever widgets the window shows, so a control added later
is checked too. A control inside a scrolled area is first scrolled to (with the mouse wheel,
as a user does) and must then be reachable like any other.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

from PySide6.QtCore import QPoint, QPointF, QRect, QSize, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QMainWindow,
    QScrollArea,
    QSlider,
    QTabBar,
    QWidget,
)
from pytestqt.exceptions import TimeoutError

from tests.app.user import _click_point, click, click_tab, settled

#: The screens the explorer must work on: a classroom projector and a desktop monitor.
SCREENS = {"1280x800": QSize(1280, 800), "1920x1080": QSize(1920, 1080)}
#: Room a window system takes from a 1280 × 800 screen: a title bar and a task bar.
WINDOW_SYSTEM_MARGIN = 60

CONTROL_TYPES = (QAbstractButton, QComboBox, QAbstractSpinBox, QSlider)


def _is_part_of(widget: QWidget, window: QWidget) -> bool:
    """A control that belongs to the window itself, not to a popup or a scroll bar."""
    if widget.window() is not window:
        return False
    parent = widget.parentWidget()
    while parent is not None and parent is not window:
        # A combo box's or spin box's own pieces, a tab bar's scroll arrows.
        if isinstance(parent, QComboBox | QAbstractSpinBox | QTabBar):
            return False
        parent = parent.parentWidget()
    return True


def controls_on_screen(window: QWidget) -> list[QWidget]:
    """Every visible button, check box, combo box, tool button, spin box and slider."""
    return [
        widget
        for widget in window.findChildren(QWidget)
        if isinstance(widget, CONTROL_TYPES) and widget.isVisible() and _is_part_of(widget, window)
    ]


def _scroll_area_of(widget: QWidget) -> QScrollArea | None:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QScrollArea):
            return parent
        parent = parent.parentWidget()
    return None


def _inside_viewport(widget: QWidget, area: QAbstractScrollArea) -> bool:
    viewport = area.viewport()
    top_left = widget.mapTo(viewport, QPoint(0, 0))
    return viewport.rect().contains(QRect(top_left, widget.size()))


def scroll_to(widget: QWidget) -> None:
    """Turn the mouse wheel over the scroll area holding ``widget`` until it is in view."""
    area = _scroll_area_of(widget)
    if area is None:
        return
    viewport = area.viewport()
    for _ in range(200):
        if _inside_viewport(widget, area):
            return
        above = widget.mapTo(viewport, QPoint(0, 0)).y() < 0
        centre = QPointF(viewport.rect().center())
        wheel = QWheelEvent(
            centre,
            QPointF(viewport.mapToGlobal(centre.toPoint())),
            QPoint(0, 0),
            QPoint(0, 120 if above else -120),
            Qt.MouseButton.NoButton,
            Qt.KeyboardModifier.NoModifier,
            Qt.ScrollPhase.NoScrollPhase,
            False,
        )
        QApplication.sendEvent(viewport, wheel)


def problems_reaching(widget: QWidget, screen: QRect) -> list[str]:
    """Why a user could not see all of ``widget`` on ``screen`` or click it at its centre
    (an empty list: no problem)."""
    scroll_to(widget)
    name = f"{type(widget).__name__} {widget.objectName() or _text(widget)!r}"
    found = []
    where = QRect(widget.mapToGlobal(QPoint(0, 0)), widget.size())
    if not screen.contains(where):
        found.append(f"{name} at {where.getRect()} is off the {screen.size().toTuple()} screen")
    shown = widget.visibleRegion().boundingRect()
    if shown != widget.rect():
        found.append(f"{name} is cut: {shown.size().toTuple()} of {widget.size().toTuple()} shown")
    for point in {widget.rect().center().toTuple(), _click_point(widget).toTuple()}:
        target = QApplication.widgetAt(widget.mapToGlobal(QPoint(*point)))
        if target is None or not (target is widget or widget.isAncestorOf(target)):
            found.append(f"{name}: a click at {point} reaches {target!r}")
    return found


def _text(widget: QWidget) -> str:
    if isinstance(widget, QAbstractButton):
        return widget.text() or widget.toolTip()
    if isinstance(widget, QComboBox):
        return widget.currentText()
    return widget.toolTip()


def unreachable_controls(window: QWidget, screen: QSize) -> list[str]:
    """Every problem :func:`problems_reaching` finds with the controls the window shows,
    on a screen of ``screen``'s size whose top left corner is the window's."""
    area = QRect(window.mapToGlobal(QPoint(0, 0)), screen)
    return [
        problem
        for widget in controls_on_screen(window)
        for problem in problems_reaching(widget, area)
    ]


def layout_of(window: QMainWindow) -> dict[str, object]:
    """What a layout round trip must give back: the window's and every visible dock's size
    and the window's minimum size."""
    docks = window.docks  # type: ignore[attr-defined]
    return {
        "window": window.size().toTuple(),
        "minimum": window.minimumSizeHint().toTuple(),
        **{name: dock.size().toTuple() for name, dock in docks.items() if dock.isVisible()},
    }


def visit_pages(window, qtbot) -> Iterator[str]:  # type: ignore[no-untyped-def]
    """Go to every page a class uses, as a user does (clicks), yielding each page's name."""
    tabs = window.tabs
    click_tab(tabs, 0)
    yield "Game"
    click_tab(tabs, tabs.indexOf(window.sweep))
    window.sweep.result = None
    click(window.sweep.run_button)
    qtbot.waitUntil(lambda: window.sweep.result is not None, timeout=30_000)
    yield "Sweep"
    repeated = window.repeated
    click_tab(tabs, tabs.indexOf(repeated))
    qtbot.waitUntil(lambda: repeated.match is not None and repeated.theory is not None)
    for page in range(repeated.views.count()):
        click_tab(repeated.views, page)
        if repeated.views.widget(page) is repeated.collusion:
            click(repeated.collusion.run)
            qtbot.waitUntil(lambda: repeated.collusion.result is not None, timeout=30_000)
        qtbot.waitUntil(lambda: settled(window), timeout=30_000)
        yield f"Repeated › {repeated.views.tabText(page)}"
    click_tab(tabs, tabs.indexOf(window.dynamics))
    qtbot.waitUntil(lambda: window.dynamics.trajectory is not None, timeout=30_000)
    yield "Dynamics"


def wait_for_layout(qtbot, window: QMainWindow, expected: dict[str, object]) -> None:  # type: ignore[no-untyped-def]
    """Wait (briefly) until ``window``'s layout is ``expected``; else fail, naming the change."""
    with contextlib.suppress(TimeoutError):
        qtbot.waitUntil(lambda: layout_of(window) == expected, timeout=2_000)
    actual = layout_of(window)
    assert actual == expected, f"the layout is {actual}, not {expected}"


def steady_layout(qtbot, window: QMainWindow) -> dict[str, object]:  # type: ignore[no-untyped-def]
    """The layout once it has stopped changing (late plots and texts have been laid out)."""
    seen: list[dict[str, object]] = []

    def unchanged() -> bool:
        seen.append(layout_of(window))
        return len(seen) >= 3 and seen[-1] == seen[-2] == seen[-3]

    qtbot.waitUntil(lambda: settled(window) and unchanged(), timeout=10_000)
    return seen[-1]
