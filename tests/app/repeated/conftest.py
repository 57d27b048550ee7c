"""The Repeated tab opened on a bundled game, as a user gets there: a click on its tab."""

from __future__ import annotations

import pytest

from tests.app.user import click_tab, settled


@pytest.fixture
def open_repeated(bundled_window, qtbot):  # type: ignore[no-untyped-def]
    """A factory: the Repeated tab of a window on a bundled game, its match and thresholds in."""

    def open_tab(name: str):  # type: ignore[no-untyped-def]
        window = bundled_window(name)
        qtbot.waitExposed(window)
        click_tab(window.tabs, window.tabs.indexOf(window.repeated))
        tab = window.repeated
        qtbot.waitUntil(lambda: tab.match is not None and tab.theory is not None, timeout=30_000)
        qtbot.waitUntil(lambda: settled(window), timeout=30_000)
        return tab

    return open_tab


@pytest.fixture
def repeated_tab(open_repeated):  # type: ignore[no-untyped-def]
    """The Repeated tab on the repeated prisoner's dilemma (tit-for-tat against grim trigger)."""
    return open_repeated("repeated_prisoners_dilemma.json")
