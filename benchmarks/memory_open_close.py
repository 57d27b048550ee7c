"""Memory of one window over many opened games: does it grow, and by how much?

Opens ``--games`` games one after the other in one off-screen window (the bundled games in
turn, copied to a temporary folder so that each opens as a user's file), each time with
every tab visited and every piece of work finished (solve, Repeated pages, dynamics), and
reports the resident memory (VmRSS from ``/proc``, else the peak from ``resource``) every
``--every`` games, the growth per game over the second half (after the caches and the
plotting library have warmed up) and the peak resident memory of the whole run. Run:
``python benchmarks/memory_open_close.py --games 500``.
"""

from __future__ import annotations

import argparse
import gc
import os
import resource
import shutil
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")

from PySide6.QtCore import QEvent, QSettings
from PySide6.QtWidgets import QApplication

from explorer.app import dialogs
from explorer.app.main import create_application
from explorer.app.workers import JobRunner
from explorer.resources import games_dir


def peak_mb() -> float:
    """The process's largest resident memory so far, in MB."""
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024 if sys.platform == "darwin" else 1024)


def resident_mb() -> float:
    """The process's resident memory now (Linux), else its peak so far, in MB."""
    status = Path("/proc/self/status")
    if status.exists():
        for line in status.read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return peak_mb()


def settle(app: QApplication, window: object, seconds: float = 60) -> None:
    """Process events until no worker of the window is working (or ``seconds`` passed),
    deleting what was marked for deletion, as the event loop does when control returns."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        app.processEvents()
        app.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        if not any(r.is_working for r in window.findChildren(JobRunner)):  # type: ignore[attr-defined]
            app.processEvents()
            return
        time.sleep(0.002)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--games", type=int, default=500)
    parser.add_argument("--every", type=int, default=50)
    args = parser.parse_args()
    app = create_application()
    dialogs.ask_save_changes = lambda parent, name: dialogs.Choice.DISCARD
    from explorer.app.main_window import MainWindow

    folder = Path(tempfile.mkdtemp(prefix="memory-"))
    files = []
    for path in sorted(games_dir().glob("*.json")):
        files.append(shutil.copy(path, folder / path.name))
    settings = QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(settings, folder / "data")
    window.show()
    samples: list[tuple[int, float]] = []
    started = time.perf_counter()
    for number in range(1, args.games + 1):
        assert window.open_path(Path(files[(number - 1) % len(files)]))
        for index in range(window.tabs.count()):  # every tab shown, as a user would look
            window.tabs.setCurrentIndex(index)
            settle(app, window)
        if window.repeated._built:
            pages = window.repeated.views
            for index in range(pages.count()):
                pages.setCurrentIndex(index)
                settle(app, window)
        if number % args.every == 0 or number == 1:
            gc.collect()
            samples.append((number, resident_mb()))
            print(f"{number:>5} games  {samples[-1][1]:8.1f} MB", flush=True)
    seconds = time.perf_counter() - started
    half = [s for s in samples if s[0] >= args.games // 2]
    if len(half) >= 2:
        (first, low), (last, high) = half[0], half[-1]
        growth = (high - low) / (last - first) * 1000
        print(f"growth over games {first}-{last}: {growth:.1f} kB/game")
    first_mb, last_mb = samples[0][1], samples[-1][1]
    print(
        f"{args.games} games in {seconds:.0f} s: {first_mb:.0f} MB -> {last_mb:.0f} MB"
        f" (peak {peak_mb():.0f} MB)"
    )
    window.document.mark_saved()
    window.close()
    shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
