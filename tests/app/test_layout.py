"""The window fits the screen a class has: a 1280 × 800 projector as well as a monitor,
presenting or not, on every page, and on the first start on a small screen."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget

from explorer.resources import flagship_path
from tests.app.layout import SCREENS, WINDOW_SYSTEM_MARGIN, _text, visit_pages
from tests.app.user import activate, settled


def test_the_window_keeps_the_screen_size_on_every_page(
    qtbot, flagship_in_mode, screen_mode
) -> None:  # type: ignore[no-untyped-def]
    """Defect 5: the window's minimum size was 1367 px wide (833 px tall when presenting)."""
    window, screen = flagship_in_mode, SCREENS[screen_mode[0]]
    projector = SCREENS["1280x800"]
    too_big = []
    for page in visit_pages(window, qtbot):
        minimum = window.minimumSizeHint()
        if (
            minimum.width() > projector.width()
            or minimum.height() > projector.height() - WINDOW_SYSTEM_MARGIN
        ):
            too_big.append(f"{page}: at least {minimum.toTuple()}")
        if window.size() != screen:
            too_big.append(f"{page}: {window.size().toTuple()} on a {screen.toTuple()} screen")
    assert not too_big, "\n".join(too_big)


FIRST_START = """
import json
from pathlib import Path
from PySide6.QtCore import QSettings
from explorer.app.main import create_application
from explorer.app.main_window import MainWindow
app = create_application()
settings = QSettings(str(Path({folder!r}) / "s.ini"), QSettings.Format.IniFormat)
window = MainWindow(settings=settings, data_folder=Path({folder!r}))
window.show()
app.processEvents()
frame = window.frameGeometry()
print(json.dumps([frame.x(), frame.y(), frame.width(), frame.height()]))
window.close()
"""


def test_the_first_start_on_a_projector_fits_its_screen(tmp_path: Path) -> None:
    """Without a saved layout the window opened 1440 × 900, larger than a 1280 × 800 screen."""
    screen = tmp_path / "screen.json"
    screen.write_text(
        json.dumps(
            {
                "synchronousWindowSystemEvents": False,
                "windowFrameMargins": False,
                "screens": [{"name": "Projector", "x": 0, "y": 0, "width": 1280, "height": 800}],
            }
        )
    )
    environment = {**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={screen}"}
    done = subprocess.run(
        [sys.executable, "-c", FIRST_START.format(folder=str(tmp_path))],
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    x, y, width, height = json.loads(done.stdout.splitlines()[-1])
    assert x >= 0 and y >= 0 and x + width <= 1280 and y + height <= 800


def test_cut_library_titles_end_in_an_ellipsis_and_show_whole_as_a_tooltip(
    qtbot, bundled_window
) -> None:  # type: ignore[no-untyped-def]
    """Defect 15: library entries were cut ("Priso", "AI pr") with no ellipsis or tooltip."""
    from PySide6.QtCore import Qt

    from explorer.resources import flagship_path
    from tests.app.conftest import show_in_mode

    window = bundled_window(flagship_path().name)
    show_in_mode(window, ("1280x800", False), qtbot)
    library = window.library
    assert not library.horizontalScrollBar().isVisible()
    assert library.textElideMode() == Qt.TextElideMode.ElideRight
    cut = 0
    for group in range(library.topLevelItemCount()):
        for k in range(library.topLevelItem(group).childCount()):
            item = library.topLevelItem(group).child(k)
            room = library.visualItemRect(item).width()
            assert room <= library.viewport().width()  # the column never runs past the panel
            if library.fontMetrics().horizontalAdvance(item.text(0)) > room:
                cut += 1
                assert item.toolTip(0).startswith(item.text(0))
    assert cut  # at 1280 × 800 some titles are longer than the panel


def test_save_plot_is_offered_only_where_there_is_a_plot(qtbot, bundled_window) -> None:  # type: ignore[no-untyped-def]
    """Defect 15: "Save plot…" was offered on the Tournament page, which has no plot."""
    from explorer.resources import flagship_path
    from tests.app.conftest import show_in_mode
    from tests.app.user import click_tab

    window = bundled_window(flagship_path().name)
    show_in_mode(window, ("1920x1080", False), qtbot)
    repeated = window.repeated
    click_tab(window.tabs, window.tabs.indexOf(repeated))
    qtbot.waitUntil(lambda: repeated.match is not None and repeated.theory is not None)
    offered = {}
    for page in range(repeated.views.count()):
        click_tab(repeated.views, page)
        offered[repeated.views.tabText(page)] = repeated.save_plot.isVisible()
    assert offered == {"Match": True, "Payoff region": True, "Tournament": False, "Collusion": True}


@pytest.mark.parametrize("presenting", [False, True])
def test_nothing_in_the_equilibria_panel_lies_over_something_else(
    qtbot, make_window, presenting: bool
) -> None:  # type: ignore[no-untyped-def]
    """On a 1280 × 800 projector, presenting or not, the panel's parts lie side by side and
    the table shows a whole equilibrium (its least height follows the font shown)."""
    window = make_window()
    window.resize(SCREENS["1280x800"])  # started on the projector: the docks fit it
    activate(qtbot, window)
    with qtbot.waitSignal(window.reportShown, timeout=20_000):
        assert window.open_path(flagship_path())
    if presenting:
        QTest.keyClick(window, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: settled(window))
    panel = window.results
    parts = [w for w in panel.findChildren(QWidget) if w.parent() is panel and w.isVisible()]
    overlapping = [
        f"{type(a).__name__} {_text(a)!r} and {type(b).__name__} {_text(b)!r}"
        for k, a in enumerate(parts)
        for b in parts[k + 1 :]
        if a.geometry().intersects(b.geometry())
    ]
    assert not overlapping, overlapping
    table = panel.table
    shown = table.viewport().height()
    assert shown >= table.rowHeight(0), (
        f"the table shows {shown} px of a {table.rowHeight(0)} px row"
    )


#: The least width of the library panel a class can still read titles in.
LIBRARY_LEAST_WIDTH = 150


@pytest.mark.parametrize("language", ["en", "de"])
def test_every_bundled_game_fits_a_projector(qtbot, make_window, request, language: str) -> None:  # type: ignore[no-untyped-def]
    """Whatever game is open (a family with its curves, a tree), in either language, the
    window fits 1280 × 800 and the library keeps room to be read: a part that asked for more
    width (the best-response curves' axes) squeezed the library to 70 px."""
    from explorer.core.io.library import bundled_games
    from explorer.resources import games_dir

    if language == "de":
        request.getfixturevalue("german")
    window = make_window()
    window.resize(SCREENS["1280x800"])
    activate(qtbot, window)
    too_big = []
    for entry in bundled_games(games_dir())[0]:
        with qtbot.waitSignal(window.reportShown, timeout=20_000):
            assert window.open_path(entry.path)
        qtbot.waitUntil(lambda: settled(window), timeout=20_000)
        minimum = window.minimumSizeHint()
        library = window.docks["library"]
        if minimum.width() > SCREENS["1280x800"].width() or window.width() > 1280:
            parts = {n: d.minimumSizeHint().width() for n, d in window.docks.items()}
            too_big.append(f"{entry.path.name}: at least {minimum.toTuple()}, docks {parts}")
        if library.isVisible() and library.width() < LIBRARY_LEAST_WIDTH:
            too_big.append(f"{entry.path.name}: the library is {library.width()} px wide")
    assert not too_big, "\n".join(too_big)
