"""Take the documentation's screenshots by driving the real app off-screen.

Run from the repository root: ``python docs/make_screenshots.py``. The pictures stay current
because the app draws them itself: the README's screenshots (a 1920 × 1080 screen, also in
presenter mode), the sweep plots, and the class tutorial's steps (docs/tutorial/, on a
1280 × 800 projector, the last in presenter mode).
"""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings

from explorer.app.main import create_application
from explorer.app.main_window import MainWindow
from explorer.app.self_test import wait, wait_for_report
from explorer.core.io import load_game
from explorer.core.sweep import Axis, Outcome, Selection, run_sweep
from explorer.render.sweep_plot import render_sweep
from explorer.resources import flagship_path, games_dir

DOCS = Path(__file__).resolve().parent
TUTORIAL = DOCS / "tutorial"
SCREEN = (1920, 1080)
PROJECTOR = (1280, 800)


def wait_until(condition: Callable[[], bool], timeout: float) -> bool:
    """Run the app until ``condition`` holds, then a moment more so the plot has painted."""
    done = wait(condition, timeout)
    wait(lambda: False, 0.3)
    return done


def save(window: MainWindow, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    window.grab().save(str(path))
    print(f"wrote {path.relative_to(DOCS.parent)}")


def open_game(window: MainWindow, name: str) -> None:
    window.tabs.setCurrentIndex(0)
    if not window.open_path(games_dir() / name) or not wait_for_report(window, 60):
        raise RuntimeError(f"could not open and solve {name}")
    wait_until(lambda: True, 0)


def run_sweep_tab(window: MainWindow, two_levers: bool) -> None:
    sweep = window.sweep
    window.tabs.setCurrentWidget(sweep)
    sweep.use_y.setChecked(two_levers)
    sweep.result = None
    sweep.start()
    if not wait_until(lambda: sweep.result is not None, 120):
        raise RuntimeError("the sweep did not finish")


def readme_shots(window: MainWindow) -> None:
    open_game(window, flagship_path().name)
    save(window, DOCS / "screenshot-flagship.png")
    open_game(window, "travelers_dilemma.json")
    save(window, DOCS / "screenshot-6x6.png")
    open_game(window, flagship_path().name)
    run_sweep_tab(window, two_levers=True)
    save(window, DOCS / "screenshot-sweep.png")
    open_game(window, flagship_path().name)
    presenting(window, DOCS / "screenshot-presenter.png")


def presenting(window: MainWindow, path: Path) -> None:
    """A picture of the window in presenter mode, then back to the normal layout."""
    window.set_presenter_mode(True)
    wait_until(lambda: True, 0)
    save(window, path)
    window.set_presenter_mode(False)
    wait_until(lambda: True, 0)


def tutorial_shots(window: MainWindow) -> None:
    open_game(window, flagship_path().name)
    save(window, TUTORIAL / "1-price-war.png")
    results = window.results
    results.explain(0)
    results.set_step(1)
    save(window, TUTORIAL / "2-why-and-dominance.png")
    results.set_step(0)
    run_sweep_tab(window, two_levers=True)
    save(window, TUTORIAL / "3-regime-map.png")
    run_sweep_tab(window, two_levers=False)
    save(window, TUTORIAL / "4-profit-falls.png")
    open_game(window, "ai_price_war_repeated.json")
    repeated = window.repeated
    window.tabs.setCurrentWidget(repeated)
    wait_until(lambda: repeated.match is not None and repeated.theory is not None, 60)
    save(window, TUTORIAL / "5-repeated.png")
    repeated.views.setCurrentIndex(3)
    repeated.collusion.run.click()
    wait_until(lambda: repeated.collusion.result is not None, 120)
    save(window, TUTORIAL / "6-collusion.png")
    open_game(window, flagship_path().name)
    presenting(window, TUTORIAL / "7-presenter-mode.png")


def save_sweep_plots() -> None:
    """The flagship's comparative statics, as the sweep command and the Sweep tab draw them."""
    game = load_game(flagship_path())
    two = run_sweep(game, Axis("subsidy", 0, 1, 61), Axis("trust_penalty", 0, 1, 61))
    render_sweep(two, Outcome("regimes"), Selection.ALL, str(DOCS / "sweep-regime-map.png"))
    one = run_sweep(game, Axis("subsidy", 0, 1, 101))
    render_sweep(one, Outcome("payoffs"), Selection.ALL, str(DOCS / "sweep-subsidy.png"))
    print("wrote docs/sweep-regime-map.png and docs/sweep-subsidy.png")


def take(size: tuple[int, int], shots: Callable[[MainWindow], None]) -> None:
    """Take ``shots`` in a window that starts at ``size``, as it does on such a screen
    (the docks get their proportions when the window is first shown)."""
    with tempfile.TemporaryDirectory() as scratch:
        settings = QSettings(str(Path(scratch) / "s.ini"), QSettings.Format.IniFormat)
        window = MainWindow(settings=settings, data_folder=Path(scratch))
        window.resize(*size)
        window.show()
        try:
            shots(window)
        finally:
            window.document.mark_saved()
            window.close()


def main() -> int:
    create_application()
    try:
        take(SCREEN, readme_shots)
        take(PROJECTOR, tutorial_shots)
    except RuntimeError as error:
        print(error, file=sys.stderr)
        return 1
    save_sweep_plots()
    return 0


if __name__ == "__main__":
    sys.exit(main())
