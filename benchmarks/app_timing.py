"""Two app timings: start to first shown window, and a slider move to the repainted result.

1. Start-up: a fresh interpreter imports the app, builds the main window on the flagship
   game and shows it; the time from launching the process to the window being shown
   (measured with the wall clock on both sides) is reported as a median of several runs.
2. Slider: on parametric games of 2 × 2, 4 × 4 and 6 × 6 (payoffs a + b·s with seeded
   random coefficients), each slider move is timed from the move to the **repaint** that
   shows its result: every paint event is time-stamped, and the last one painted after the
   worker's result arrived (once the event loop has gone quiet) is the end. Also reported:
   the work the move itself does on the GUI thread, and the GUI-thread time of showing the
   result (the slot).

Run off-screen: ``QT_QPA_PLATFORM=offscreen python benchmarks/app_timing.py [--moves N]``.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

import numpy as np

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")

CHILD = """
import time, sys
from pathlib import Path
from PySide6.QtCore import QSettings
from explorer.app.main import create_application
from explorer.app.main_window import MainWindow
from explorer.resources import flagship_path
app = create_application()
settings = QSettings(sys.argv[1], QSettings.Format.IniFormat)
window = MainWindow(settings=settings, data_folder=Path(sys.argv[2]))
window.open_path(flagship_path())
window.show()
app.processEvents()
print(time.time(), flush=True)
window.close()
"""

#: The event loop counts as quiet once no paint event has come for this long.
QUIET_SECONDS = 0.05


def timing_game(size: int, seed: int) -> dict[str, object]:
    """A size × size parametric game: every payoff a + b·s with seeded random a, b."""
    rng = np.random.default_rng(seed)

    def entry() -> str:
        a, b = np.round(rng.normal(size=2), 2)
        return f"{a} + {b}*s"

    return {
        "format": "explorer-game/1",
        "title": f"{size}x{size} timing game",
        "players": [
            {"name": "Row", "strategies": [f"r{i}" for i in range(size)]},
            {"name": "Column", "strategies": [f"c{j}" for j in range(size)]},
        ],
        "parameters": [{"name": "s", "default": 0.5, "min": 0, "max": 1}],
        "payoffs": [[[entry(), entry()] for _ in range(size)] for _ in range(size)],
    }


def startup_times(runs: int, scratch: Path) -> list[float]:
    times = []
    for k in range(runs):
        started = time.time()
        result = subprocess.run(
            [sys.executable, "-c", CHILD, str(scratch / f"s{k}.ini"), str(scratch / f"d{k}")],
            capture_output=True,
            text=True,
            check=True,
        )
        shown = float(result.stdout.strip().splitlines()[-1])
        times.append(shown - started)
    return times


def slider_times(
    size: int, moves: int, scratch: Path
) -> tuple[list[float], list[float], list[float]]:
    """(GUI work of the move, move to repainted result, GUI work of showing the result)."""
    from PySide6.QtCore import QEvent, QEventLoop, QObject, QSettings, QTimer

    from explorer.app.main import create_application
    from explorer.app.main_window import MainWindow

    app = create_application()
    path = scratch / f"game{size}.json"
    path.write_text(json.dumps(timing_game(size, seed=size)))
    window = MainWindow(QSettings(str(scratch / "t.ini"), QSettings.Format.IniFormat), scratch)
    window.resize(1280, 800)
    window.show()
    window.open_path(path)
    painted: list[float] = []

    class PaintClock(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                painted.append(time.perf_counter())
            return False

    clock = PaintClock()
    app.installEventFilter(clock)
    shown_at: list[float] = []
    show_work: list[float] = []
    original = window.solving.on_report

    def timed_report(generation, report):  # type: ignore[no-untyped-def]
        start = time.perf_counter()
        original(generation, report)
        end = time.perf_counter()
        if generation == window.solver.generation:
            show_work.append(end - start)
            shown_at.append(end)

    window.solving.runner.finished_job.disconnect(window.solving.on_report)
    window.solving.runner.finished_job.connect(timed_report)
    slider = window.parameters.controls["s"].slider

    def wait(condition, seconds: float) -> None:  # type: ignore[no-untyped-def]
        deadline = time.monotonic() + seconds
        loop = QEventLoop()
        while not condition() and time.monotonic() < deadline:
            QTimer.singleShot(1, loop.quit)
            loop.exec()

    wait(lambda: False, 1.0)  # the first solve and first paints of the window
    move_work, latency = [], []
    for k in range(moves):
        shown_at.clear()
        start = time.perf_counter()
        slider.setValue(100 + (k * 37) % 800)
        move_work.append(time.perf_counter() - start)
        wait(lambda: bool(shown_at), 10.0)
        wait(lambda: bool(painted) and time.perf_counter() - painted[-1] > QUIET_SECONDS, 2.0)
        after = [t for t in painted if shown_at and t >= shown_at[0]]
        latency.append((after[-1] if after else shown_at[0]) - start)
        painted.clear()
    app.removeEventFilter(clock)
    window.document.mark_saved()
    window.close()
    app.processEvents()
    return move_work, latency, show_work[-moves:]


def main() -> None:
    import tempfile

    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--moves", type=int, default=30)
    parser.add_argument("--sizes", type=int, nargs="*", default=[2, 4, 6])
    parser.add_argument("--skip-startup", action="store_true")
    args = parser.parse_args()
    ms = 1000
    with tempfile.TemporaryDirectory() as folder:
        scratch = Path(folder)
        if not args.skip_startup:
            starts = startup_times(7, scratch)
            print(
                f"start to first shown window: median {statistics.median(starts):.2f} s "
                f"(runs: {', '.join(f'{t:.2f}' for t in starts)})"
            )
        for size in args.sizes:
            move, latency, show = slider_times(size, args.moves, scratch)
            print(
                f"{size}x{size}: slider move to repainted result median "
                f"{statistics.median(latency) * ms:.0f} ms "
                f"(p90 {sorted(latency)[int(len(latency) * 0.9)] * ms:.0f} ms); GUI work of the "
                f"move {statistics.median(move) * ms:.1f} ms, of showing the result "
                f"{statistics.median(show) * ms:.1f} ms"
            )


if __name__ == "__main__":
    main()
