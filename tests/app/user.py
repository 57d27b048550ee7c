"""Acting as a user in GUI tests: real mouse and key events, delivered to the widget on screen.

A click goes to the point on the screen where the widget is drawn, to whatever
``QApplication.widgetAt`` finds there (so a covered or hidden widget fails the test), and
keys go to the widget that has the focus after that click.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QAction, QContextMenuEvent, QMouseEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QCheckBox,
    QComboBox,
    QMainWindow,
    QStyle,
    QStyleOptionButton,
    QTabWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

#: For tests that open a popup (a menu, a combo box's list): the off-screen platform says it
#: cannot raise it or grab the keyboard for it, which is true and harmless there.
POPUP = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing the keyboard)")

LEFT = Qt.MouseButton.LeftButton
NO_MODIFIER = Qt.KeyboardModifier.NoModifier


def _click_point(widget: QWidget) -> QPoint:
    """Where a user clicks a widget: its centre, or a check box's box."""
    if isinstance(widget, QCheckBox):
        option = QStyleOptionButton()
        widget.initStyleOption(option)
        area = widget.style().subElementRect(QStyle.SubElement.SE_CheckBoxClickRect, option, widget)
        return area.center()
    return widget.rect().center()


def widget_under(widget: QWidget, point: QPoint | None = None) -> tuple[QWidget, QPoint]:
    """The widget on screen at ``point`` of ``widget`` (its centre), and the point in it."""
    where = widget.mapToGlobal(point if point is not None else _click_point(widget))
    target = QApplication.widgetAt(where)
    assert target is not None, f"nothing on screen where {widget!r} should be"
    assert target is widget or widget.isAncestorOf(target), f"{widget!r} is covered by {target!r}"
    return target, target.mapFromGlobal(where)


def click(widget: QWidget, point: QPoint | None = None, double: bool = False) -> None:
    """Click (or double-click) ``widget`` at ``point`` (its centre) with the left button.

    A double-click is what the window system delivers: a click, then the double-click
    event (QTest's ``mouseDClick`` alone sends only the latter).
    """
    target, at = widget_under(widget, point)
    QTest.mouseClick(target, LEFT, NO_MODIFIER, at)
    if double:
        QTest.mouseDClick(target, LEFT, NO_MODIFIER, at)


def move_mouse(widget: QWidget, point: QPoint) -> None:
    """Move the mouse, no button down, to ``point`` of ``widget``: the move event the window
    system sends to the widget on screen there (``QTest.mouseMove`` goes through the
    off-screen platform's cursor, which drops some moves)."""
    target, at = widget_under(widget, point)
    where = QPointF(target.mapToGlobal(at))
    no_button = Qt.MouseButton.NoButton
    move = QMouseEvent(QEvent.Type.MouseMove, QPointF(at), where, no_button, no_button, NO_MODIFIER)
    QApplication.sendEvent(target, move)


def right_click(widget: QWidget, point: QPoint | None = None) -> None:
    """Click with the right button, and the context-menu event the window system adds."""
    target, at = widget_under(widget, point)
    QTest.mouseClick(target, Qt.MouseButton.RightButton, NO_MODIFIER, at)
    menu = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, at, target.mapToGlobal(at))
    QApplication.sendEvent(target, menu)


def click_tab(tabs: QTabWidget, index: int) -> None:
    """Click the tab ``index`` of ``tabs``."""
    bar = tabs.tabBar()
    click(bar, bar.tabRect(index).center())
    assert tabs.currentIndex() == index


def retype(widget: QWidget, text: str, enter: bool = True) -> None:
    """Click into a text field or spin box, replace what it holds by ``text``, press Enter."""
    field = widget.lineEdit() if isinstance(widget, QAbstractSpinBox | QComboBox) else widget
    assert field is not None
    click(field)
    QTest.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClicks(field, text)
    if enter:
        QTest.keyClick(field, Qt.Key.Key_Return)


def choose(combo: QComboBox, text: str) -> None:
    """Open ``combo``'s list with a click and pick ``text`` with the arrow keys and Enter."""
    wanted = combo.findText(text)
    assert wanted >= 0, (
        f"{text!r} is not offered: {[combo.itemText(k) for k in range(combo.count())]}"
    )
    click(combo)
    view: QAbstractItemView = combo.view()
    assert view.isVisible(), "the list did not open"
    row = view.currentIndex().row()
    key = Qt.Key.Key_Down if wanted > row else Qt.Key.Key_Up
    for _ in range(abs(wanted - row)):
        QTest.keyClick(view, key)
    QTest.keyClick(view, Qt.Key.Key_Return)
    assert combo.currentIndex() == wanted


def choose_menu(qtbot: QtBot, window: QMainWindow, *path: str) -> None:
    """Click through the menu bar, as in ``choose_menu(qtbot, window, "&File", "&New")``;
    a submenu on the way opens when its item is clicked."""
    bar = window.menuBar()
    menu = None
    for text in path:
        actions = bar.actions() if menu is None else menu.actions()
        found = [a for a in actions if a.text() == text]
        assert found, f"no {text!r} in {[a.text() for a in actions]}"
        action, submenu = found[0], found[0].menu()  # an action may be gone once triggered
        if menu is None:
            click(bar, bar.actionGeometry(action).center())
        else:
            qtbot.waitUntil(menu.isVisible)
            click(menu, menu.actionGeometry(action).center())
        menu = submenu


def press_shortcut(window: QWidget, action: QAction) -> None:
    """Press the keys of ``action``'s shortcut (whatever they are on this platform)."""
    keys = action.shortcut()
    assert not keys.isEmpty(), f"{action.text()!r} has no shortcut"
    combination = keys[0]
    QTest.keyClick(window, combination.key(), combination.keyboardModifiers())


def press(widget: QWidget, key: Qt.Key, times: int = 1) -> None:
    """Press ``key`` ``times`` times on ``widget`` (which has been clicked or has the focus)."""
    for _ in range(times):
        QTest.keyClick(widget, key)


def settled(window: QWidget) -> bool:
    """Nothing left to do: no worker running or answering, no throttle or timer waiting to fire.

    For ``qtbot.waitUntil(lambda: settled(window))`` after an action, so that a test reads
    the state the action led to, not one a late result is about to replace.
    """
    from PySide6.QtCore import QTimer

    from explorer.app.workers import JobRunner

    runners = window.findChildren(JobRunner)
    timers = [t for t in window.findChildren(QTimer) if t.isSingleShot()]
    return not any(r.is_working for r in runners) and not any(t.isActive() for t in timers)


def activate(qtbot: QtBot, window: QWidget) -> None:
    """Show ``window`` and make it the one keys go to, as a user's click on it does."""
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
