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
