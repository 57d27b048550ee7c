"""Every control on every page can be seen whole and clicked at its centre, on a projector
(1280 × 800) and a monitor (1920 × 1080), presenting or not.

Generic: the check walks every button, check box, combo box, tool button, spin box and slider
the window shows (tabs, the Repeated tab's pages, the docks), so nothing added later escapes.
"""

from __future__ import annotations

from tests.app.layout import SCREENS, unreachable_controls, visit_pages
from tests.app.user import click, click_tab, settled


def test_every_control_on_every_page_is_whole_and_clickable(
    qtbot, flagship_in_mode, screen_mode
) -> None:  # type: ignore[no-untyped-def]
    window, screen = flagship_in_mode, SCREENS[screen_mode[0]]
    problems = []
    for page in visit_pages(window, qtbot):
        qtbot.waitUntil(lambda: settled(window), timeout=30_000)
        problems += [f"{page}: {problem}" for problem in unreachable_controls(window, screen)]
    assert not problems, "\n".join(problems)


def test_the_second_sweep_axis_can_be_ticked_on_and_off(qtbot, flagship_in_mode) -> None:  # type: ignore[no-untyped-def]
    """Defect 1: an empty label lay over the "and" check box (tutorial §3, "untick and")."""
    window = flagship_in_mode
    click_tab(window.tabs, window.tabs.indexOf(window.sweep))
    use_y = window.sweep.use_y
    assert use_y.isChecked()
    click(use_y)
    assert not use_y.isChecked() and not window.sweep.y_axis.name.isEnabled()
    click(use_y)
    assert use_y.isChecked() and window.sweep.y_axis.name.isEnabled()


def symbols_missing_from_font(widget) -> list[str]:  # type: ignore[no-untyped-def]
    """Characters of a control's text that are symbols, or that its font cannot draw."""
    import unicodedata

    from PySide6.QtGui import QFontMetrics

    text = widget.text() if hasattr(widget, "text") and callable(widget.text) else ""
    metrics = QFontMetrics(widget.font())
    return [
        c
        for c in str(text)
        if not c.isascii()
        and (unicodedata.category(c).startswith("S") or not metrics.inFontUcs4(ord(c)))
    ]


def test_controls_show_icons_not_symbol_characters(qtbot, bundled_window) -> None:  # type: ignore[no-untyped-def]
    """Defect 13: the Pause button showed a missing-glyph box (⏸ is not in DejaVu)."""
    from explorer.resources import flagship_path
    from tests.app.conftest import show_in_mode
    from tests.app.layout import controls_on_screen

    window = bundled_window(flagship_path().name)
    show_in_mode(window, ("1920x1080", False), qtbot)
    found = []
    for page in visit_pages(window, qtbot):
        for widget in controls_on_screen(window):
            if symbols := symbols_missing_from_font(widget):
                found.append(f"{page}: {type(widget).__name__} {widget.text()!r} {symbols}")
    assert not found, "\n".join(found)
    dynamics = window.dynamics
    assert not dynamics.play.icon().isNull() and dynamics.play.text() == "Play"
    click(dynamics.play)
    assert dynamics.play.text() == "Pause" and not dynamics.play.icon().isNull()
    click(dynamics.play)
    assert dynamics.play.text() == "Play"
    for button in (window.results.step_back, window.results.step_next):
        assert not button.icon().isNull() and not symbols_missing_from_font(button)
