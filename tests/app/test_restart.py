"""Closing the explorer and starting it again (same settings, isolated per test): the layout,
the Equilibria dock and the zoom come back as the user left them."""

from __future__ import annotations

from tests.app.conftest import show_in_mode
from tests.app.layout import steady_layout, wait_for_layout
from tests.app.user import click_tab, settled


def restart(qtbot, make_window, first):  # type: ignore[no-untyped-def]
    """Close ``first`` as a user does and open a new window on the same settings and game."""
    path = first.document.path
    assert first.close()
    second = make_window()
    second.show()
    qtbot.waitExposed(second)
    if path is not None:
        with qtbot.waitSignal(second.reportShown):
            second.open_path(path)
    qtbot.waitUntil(lambda: settled(second))
    return second


def test_a_restart_after_closing_on_a_plot_tab_keeps_the_equilibria_dock(
    qtbot, make_window, battle_file
) -> None:  # type: ignore[no-untyped-def]
    """Defect 4: the dock's "stepped aside" hidden state was saved with the layout."""
    first = make_window()
    show_in_mode(first, ("1280x800", False), qtbot)
    with qtbot.waitSignal(first.reportShown):
        first.open_path(battle_file)
    qtbot.waitUntil(lambda: settled(first))
    before = steady_layout(qtbot, first)
    assert first.docks["results"].isVisible()
    click_tab(first.tabs, first.tabs.indexOf(first.sweep))
    assert not first.docks["results"].isVisible()
    second = restart(qtbot, make_window, first)
    assert second.tabs.currentIndex() == 0
    assert second.docks["results"].isVisible()
    wait_for_layout(qtbot, second, before)


def test_a_dock_the_user_closed_stays_closed_after_a_restart(qtbot, make_window) -> None:  # type: ignore[no-untyped-def]
    first = make_window()
    show_in_mode(first, ("1280x800", False), qtbot)
    first.docks["library"].close()
    second = restart(qtbot, make_window, first)
    assert not second.docks["library"].isVisible() and second.docks["results"].isVisible()
