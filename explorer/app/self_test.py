"""``explorer --self-test``: build the real window off-screen, load and solve every bundled game."""

from __future__ import annotations

import os
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from PySide6.QtCore import QEventLoop, QSettings, QTimer

if TYPE_CHECKING:
    from explorer.app.main_window import MainWindow

SOLVE_TIMEOUT_S = 60.0


def wait_for_report(window: MainWindow, timeout: float) -> bool:
    """Run the event loop until the worker has delivered a report for the current game."""

    def current() -> bool:
        report = window.report
        return report is not None and report.game == window.document.game

    return wait(current, timeout)


def wait(condition: Callable[[], bool], timeout: float) -> bool:
    """Run the event loop until ``condition()`` holds or ``timeout`` seconds pass."""
    deadline = time.monotonic() + timeout
    loop = QEventLoop()
    while not condition() and time.monotonic() < deadline:
        QTimer.singleShot(20, loop.quit)
        loop.exec()
    return bool(condition())


def _sweep_check(window: MainWindow, out: TextIO) -> list[str]:
    """Sweep the flagship over both levers in the Sweep tab and draw the regime map."""
    sweep = window.sweep
    window.tabs.setCurrentWidget(sweep)
    sweep.x_axis.points.setValue(21)
    sweep.y_axis.points.setValue(21)
    sweep.result = None
    started = time.perf_counter()
    sweep.start()
    wait(lambda: sweep.result is not None, SOLVE_TIMEOUT_S)
    result = sweep.result
    if result is None:
        return ["the flagship sweep did not finish"]
    regimes = len(result.regimes)
    if sweep.plot is None or sweep.plot.grab().isNull():
        return ["the regime map did not draw"]
    elapsed = time.perf_counter() - started
    print(f"ok   sweep of the flagship: {regimes} regimes ({elapsed * 1000:.0f} ms)", file=out)
    return [] if regimes >= 3 else [f"the flagship sweep shows {regimes} regimes, not 3 or more"]


def _repeated_check(window: MainWindow, out: TextIO) -> list[str]:
    """Play the flagship repeated in the Repeated tab: a match and its threshold sentence."""
    tab = window.repeated
    window.tabs.setCurrentWidget(tab)
    if not wait(lambda: tab.match is not None and tab.theory is not None, SOLVE_TIMEOUT_S):
        return ["the Repeated tab did not simulate a match and work out its thresholds"]
    sentence = tab.sentence.text()
    if "δ" not in sentence:
        return [f"the Repeated tab shows no threshold: {sentence!r}"]
    print(f"ok   repeated flagship: {sentence}", file=out)
    return []


def _tree_check(window: MainWindow, out: TextIO) -> list[str]:
    """The tree open now in the Tree tab: drawn, solved, stepped through to the end."""
    tab = window.tree
    window.tabs.setCurrentWidget(tab)
    started = time.perf_counter()
    if not wait(lambda: tab.report is not None, SOLVE_TIMEOUT_S):
        return ["the Tree tab shows no subgame-perfect equilibrium"]
    equilibrium = tab.equilibrium
    if equilibrium is None or tab.scene is None or tab.view is None:
        return ["the Tree tab did not draw a solution"]
    stepper = tab.stepper
    stepper.set_step(0)
    while stepper.step is not None and stepper.step < stepper.total:
        stepper.set_step(stepper.step + 1)
    stepper.set_step(None)
    if tab.view.grab().isNull() or not tab.scene.shapes:
        return ["the Tree tab did not render"]
    elapsed = time.perf_counter() - started
    print(
        f"ok   Tree tab: {equilibrium.path} in {stepper.total} steps ({elapsed * 1000:.0f} ms)",
        file=out,
    )
    return []


def run_self_test(screenshot: str | None, out: TextIO) -> int:
    """Exit status 0 only if every bundled game loaded, solved and rendered."""
    if "QT_QPA_PLATFORM" not in os.environ:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from explorer.app.main import create_application
    from explorer.app.main_window import MainWindow
    from explorer.core.io.library import bundled_games
    from explorer.resources import flagship_path, games_dir

    create_application()
    failures: list[str] = []
    with tempfile.TemporaryDirectory(prefix="explorer-self-test-") as scratch:
        settings = QSettings(str(Path(scratch) / "settings.ini"), QSettings.Format.IniFormat)
        window = MainWindow(settings=settings, data_folder=Path(scratch))
        window.show()
        QEventLoop().processEvents()
        entries, problems = bundled_games(games_dir())  # the self-test runs in English
        failures.extend(problems)
        if not entries:
            failures.append(f"no bundled games found in {games_dir()}")
        for entry in entries:
            started = time.perf_counter()
            if not window.open_path(entry.path):
                failures.append(f"{entry.path.name}: did not open")
                continue
            if not wait_for_report(window, SOLVE_TIMEOUT_S):
                failures.append(f"{entry.path.name}: no result within {SOLVE_TIMEOUT_S:.0f} s")
                continue
            report = window.report
            count = len(report.solution.equilibria) if report is not None else 0
            if count == 0:
                failures.append(f"{entry.path.name}: no equilibrium shown")
            if window.grab().isNull():
                failures.append(f"{entry.path.name}: the window did not render")
            elapsed = time.perf_counter() - started
            print(f"ok   {entry.title}: {count} equilibria ({elapsed * 1000:.0f} ms)", file=out)
            if window.document.tree is not None:
                failures.extend(f"{entry.path.name}: {f}" for f in _tree_check(window, out))
                window.tabs.setCurrentIndex(0)
        if window.open_path(flagship_path()) and wait_for_report(window, SOLVE_TIMEOUT_S):
            failures.extend(_sweep_check(window, out))
            failures.extend(_repeated_check(window, out))
            window.tabs.setCurrentIndex(0)
            if screenshot and not window.grab().save(screenshot):
                failures.append(f"could not save the screenshot to {screenshot}")
        else:
            failures.append("the flagship game did not open and solve")
        window.document.mark_saved()
        window.close()
    for failure in failures:
        print(f"FAIL {failure}", file=out)
    print("self-test passed" if not failures else f"self-test failed ({len(failures)})", file=out)
    return 0 if not failures else 1
