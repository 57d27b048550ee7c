"""Two app timings: start to first shown window, and a slider move to updated results.

1. Start-up: a fresh interpreter imports the app, builds the main window on the flagship
   game and shows it; the time from launching the process to the window being shown
   (measured with the wall clock on both sides) is reported as a median of several runs.
2. Slider: on a 4×4 parametric game, each slider move is timed twice: the work it does
   on the GUI thread (the slot chain from the slider to the repainted matrix), and the
   latency until the worker's new result has been shown (which includes the 20 ms the
   signal proxy waits to merge a drag, and the solve in the worker thread). The GUI-thread
   share of showing the result is timed as well.

Run off-screen: ``QT_QPA_PLATFORM=offscreen python benchmarks/app_timing.py``.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

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

GAME_4X4 = {
    "format": "explorer-game/1",
    "title": "4x4 timing game",
    "players": [
        {"name": "Row", "strategies": ["a", "b", "c", "d"]},
        {"name": "Column", "strategies": ["w", "x", "y", "z"]},
    ],
    "parameters": [{"name": "s", "default": 0.5, "min": 0, "max": 1}],
    "payoffs": [
        [["3*s", "1"], ["0", "2 - s"], ["1 + s", "0.5"], ["2", "s"]],
        [["1", "s + 1"], ["2*s", "0"], ["0.3", "1.5"], ["1 - s", "2"]],
        [["0.5", "2*s"], ["1.5", "1"], ["s*s", "0.7"], ["0.2", "1 + s"]],
        [["2 - s", "0.1"], ["0.4", "3*s"], ["1", "1 - s"], ["s", "0.6"]],
    ],
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


def slider_times(moves: int, scratch: Path) -> tuple[list[float], list[float], list[float]]:
    import json

    from PySide6.QtCore import QEventLoop, QSettings, QTimer

    from explorer.app.main import create_application
    from explorer.app.main_window import MainWindow

    app = create_application()
    path = scratch / "game4x4.json"
    path.write_text(json.dumps(GAME_4X4))
    window = MainWindow(QSettings(str(scratch / "t.ini"), QSettings.Format.IniFormat), scratch)
    window.show()
    window.open_path(path)
    shown_at: list[float] = []
    show_work: list[float] = []
    original = window.solving.on_report

    def timed_report(generation, report):  # type: ignore[no-untyped-def]
        start = time.perf_counter()
        original(generation, report)
        end = time.perf_counter()
        show_work.append(end - start)
        shown_at.append(end)

    window.solving.runner.finished_job.disconnect(window.solving.on_report)
    window.solving.runner.finished_job.connect(timed_report)
    slider = window.parameters.controls["s"].slider
    move_work, latency = [], []
    for k in range(moves):
        shown_at.clear()
        start = time.perf_counter()
        slider.setValue(100 + (k * 37) % 800)
        move_work.append(time.perf_counter() - start)
        deadline = time.monotonic() + 10
        loop = QEventLoop()
        while not shown_at and time.monotonic() < deadline:
            QTimer.singleShot(1, loop.quit)
            loop.exec()
        latency.append(shown_at[0] - start)
    window.document.mark_saved()
    window.close()
    app.processEvents()
    return move_work, latency, show_work[-moves:]


def main() -> None:
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        scratch = Path(folder)
        starts = startup_times(7, scratch)
        print(
            f"start to first shown window: median {statistics.median(starts):.2f} s "
            f"(runs: {', '.join(f'{t:.2f}' for t in starts)})"
        )
        move, latency, show = slider_times(40, scratch)
        ms = 1000
        print(f"slider move, GUI-thread work: median {statistics.median(move) * ms:.1f} ms")
        print(
            f"showing a new result, GUI-thread work: median {statistics.median(show) * ms:.1f} ms"
        )
        print(
            f"slider move to updated results (4x4): median {statistics.median(latency) * ms:.0f} ms"
            f" (p90 {sorted(latency)[int(len(latency) * 0.9)] * ms:.0f} ms)"
        )


if __name__ == "__main__":
    main()
