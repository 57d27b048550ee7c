"""Take the documentation's screenshots by driving the real app off-screen.

Run from the repository root: ``python docs/make_screenshots.py``. The pictures stay current
because the app draws them itself.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings

from explorer.app.main import create_application
from explorer.app.main_window import MainWindow
from explorer.app.plots import render_sweep
from explorer.app.self_test import wait, wait_for_report
from explorer.core.io import load_game
from explorer.core.sweep import Axis, Outcome, Selection, run_sweep
from explorer.resources import flagship_path, games_dir

DOCS = Path(__file__).resolve().parent
SHOTS = {
    "screenshot-flagship.png": "ai_price_war.json",
    "screenshot-6x6.png": "travelers_dilemma.json",
}


def main() -> int:
    create_application()
    with tempfile.TemporaryDirectory() as scratch:
        settings = QSettings(str(Path(scratch) / "s.ini"), QSettings.Format.IniFormat)
        window = MainWindow(settings=settings, data_folder=Path(scratch))
        window.resize(1440, 900)
        window.show()
        for picture, game in SHOTS.items():
            if not window.open_path(games_dir() / game) or not wait_for_report(window, 60):
                print(f"could not open and solve {game}", file=sys.stderr)
                return 1
            window.grab().save(str(DOCS / picture))
            print(f"wrote docs/{picture}")
        window.open_path(flagship_path())
        window.tabs.setCurrentWidget(window.sweep)
        window.sweep.result = None
        window.sweep.start()
        if not wait_until(lambda: window.sweep.result is not None, 120):
            print("the sweep did not finish", file=sys.stderr)
            return 1
        window.grab().save(str(DOCS / "screenshot-sweep.png"))
        print("wrote docs/screenshot-sweep.png")
        window.document.mark_saved()
        window.close()
    save_sweep_plots()
    return 0


def wait_until(condition, timeout: float) -> bool:  # type: ignore[no-untyped-def]
    """Run the app until ``condition`` holds, then a moment more so the plot has painted."""
    done = wait(condition, timeout)
    wait(lambda: False, 0.2)
    return done


def save_sweep_plots() -> None:
    """The flagship's comparative statics, as the sweep command and the Sweep tab draw them."""
    game = load_game(flagship_path())
    two = run_sweep(game, Axis("subsidy", 0, 1, 61), Axis("trust_penalty", 0, 1, 61))
    render_sweep(two, Outcome("regimes"), Selection.ALL, str(DOCS / "sweep-regime-map.png"))
    one = run_sweep(game, Axis("subsidy", 0, 1, 101))
    render_sweep(one, Outcome("payoffs"), Selection.ALL, str(DOCS / "sweep-subsidy.png"))
    print("wrote docs/sweep-regime-map.png and docs/sweep-subsidy.png")


if __name__ == "__main__":
    sys.exit(main())
