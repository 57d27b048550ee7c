"""Take the documentation's screenshots by driving the real app off-screen.

Run from the repository root: ``python docs/make_screenshots.py``. The pictures stay current
because the app draws them itself: the README's screenshots (a 1920 × 1080 screen, also in
presenter mode), the sweep plots, the class tutorial's steps (docs/tutorial/, on a
1280 × 800 projector, the last in presenter mode) and the Tree tab's. ``--trees FOLDER``
draws only the Tree tab's pictures, and the Tree tab on every bundled tree at 1280 × 800 and
1920 × 1080 and in presenter mode into FOLDER, for looking at them all.
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
from explorer.core.io import load_game, load_tree
from explorer.core.io.library import bundled_games
from explorer.core.sweep import Axis, Outcome, Selection, run_sweep
from explorer.core.tree.sweep import tree_sweep
from explorer.render.sweep_plot import render_sweep
from explorer.render.tree_sweep_plot import render_tree_sweep
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


#: The window sizes the Tree tab is drawn at: a classroom laptop and a full-HD screen.
TREE_SIZES = ((1280, 800), (1920, 1080))


def open_tree(window: MainWindow, name: str, size: tuple[int, int]) -> None:
    """Open a bundled tree at a window size, in the Tree tab, solved and drawn."""
    window.resize(*size)
    open_game(window, name)
    tab = window.tree
    window.tabs.setCurrentWidget(tab)
    if not wait_until(lambda: tab.report is not None, 60):
        raise RuntimeError(f"the Tree tab did not solve {name}")


def tree_names() -> list[str]:
    """The bundled game trees' file names, in the library's order."""
    return [
        entry.path.name
        for entry in bundled_games(games_dir())[0]
        if '"explorer-tree/' in entry.path.read_text(encoding="utf-8")
    ]


def tree_shots(window: MainWindow, folder: Path | None) -> None:
    """The Tree tab in the docs (a tree with hidden moves at 1280 × 800, the stepper at
    1920 × 1080, presenter mode) and, into ``folder``, on every bundled tree at both sizes
    and in presenter mode. Presenter mode comes last: it widens the docks for good."""
    open_tree(window, "subsidy_first.json", (1280, 800))
    save(window, DOCS / "screenshot-tree.png")
    open_tree(window, "data_trust_tree.json", (1920, 1080))
    window.tree.stepper.set_step(2)
    wait_until(lambda: True, 0)
    save(window, DOCS / "screenshot-tree-stepper.png")
    window.tree.stepper.set_step(None)
    names = tree_names() if folder is not None else []
    for width, height in TREE_SIZES:
        for name in names:
            open_tree(window, name, (width, height))
            window.grab().save(str(folder / f"{Path(name).stem}-{width}x{height}.png"))
    window.set_presenter_mode(True)
    open_tree(window, "entry_deterrence_tree.json", TREE_SIZES[-1])
    save(window, DOCS / "screenshot-tree-presenter.png")
    for name in names:
        open_tree(window, name, TREE_SIZES[-1])
        window.grab().save(str(folder / f"{Path(name).stem}-presenter.png"))
    window.set_presenter_mode(False)
    if folder is not None:
        print(f"wrote the Tree tab on every bundled tree into {folder}")


def save_tree_sweeps() -> None:
    """The state's choice changing the price war: the subsidy-first tree swept."""
    tree = load_tree(games_dir() / "subsidy_first.json")
    render_tree_sweep(tree_sweep(tree, Axis("subsidy", 0, 1, 101)), DOCS / "tree-sweep-subsidy.png")
    both = tree_sweep(tree, Axis("subsidy", 0, 1, 41), Axis("build_cost", 0, 0.5, 41))
    render_tree_sweep(both, DOCS / "tree-sweep-subsidy-build-cost.png")
    print("wrote docs/tree-sweep-subsidy.png and docs/tree-sweep-subsidy-build-cost.png")


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
    folder = None
    if "--trees" in sys.argv:
        folder = Path(sys.argv[sys.argv.index("--trees") + 1])
        folder.mkdir(parents=True, exist_ok=True)
    try:
        if folder is None:
            take(SCREEN, readme_shots)
            take(PROJECTOR, tutorial_shots)
        take(PROJECTOR, lambda window: tree_shots(window, folder))
    except RuntimeError as error:
        print(error, file=sys.stderr)
        return 1
    if folder is None:
        save_sweep_plots()
    save_tree_sweeps()
    return 0


if __name__ == "__main__":
    sys.exit(main())
