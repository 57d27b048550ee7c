"""A long fuzz run: hostile game files through the core loader, ``explorer solve`` and the window.

The files are those of the test suite's fuzz tests (``tests/fuzz/files.py``: the bundled games
and the ``.nfg``/``.efg`` test files, mutated with a seed), checked the same way: one clean
error or a loaded game, never an uncaught exception, a warning, a hang or a crash. In the
window each file that loads has every tab shown and its work finished, then is saved as
JSON and as Gambit ``.nfg`` (each save verified by loading it back, or one sentence). A
check that takes longer than ``--seconds`` counts as a hang; a crash (a signal) ends the
run with the faulthandler's stack and a non-zero status. Files that fail a check are kept
in ``--keep`` to reproduce. Run:
``python benchmarks/fuzz_files.py --count 5000 --seed 1 [--window]``.
"""

from __future__ import annotations

import argparse
import faulthandler
import os
import shutil
import sys
import tempfile
import time
import warnings
from collections import Counter
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # the fuzz tests' files
from tests.fuzz.checks import check_cli, check_loader, check_window
from tests.fuzz.files import hostile_files

Check = Callable[[Path], str]


def window_check() -> Check:
    """The window's open path, off-screen, with its questions answered (an error dialog's
    text is collected, a question about unsaved changes is answered Discard)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QSettings, QtMsgType, qInstallMessageHandler

    from explorer.app import dialogs
    from explorer.app.main import create_application
    from explorer.app.main_window import MainWindow
    from explorer.core.io import load_game

    app = create_application()
    qt_warnings: list[str] = []

    def on_message(kind: QtMsgType, _context: object, text: str) -> None:
        if kind != QtMsgType.QtDebugMsg and "does not support propagateSizeHints" not in text:
            qt_warnings.append(text)

    qInstallMessageHandler(on_message)
    errors: list[str] = []
    dialogs.show_error = lambda parent, title, text: errors.append(text)
    dialogs.ask_save_changes = lambda parent, name: dialogs.Choice.DISCARD
    folder = Path(tempfile.mkdtemp(prefix="fuzz-window-"))
    window = MainWindow(QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat), folder)
    window.show()

    def settle() -> None:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and any(
            runner.is_working for runner in window.findChildren(type(window.solving.runner))
        ):
            app.processEvents()
        app.processEvents()

    def check(path: Path) -> str:
        outcome = check_window(window, path, errors)
        settle()
        if outcome == "loaded":  # every tab shown, as a user looks after opening
            for index in range(window.tabs.count()):
                window.tabs.setCurrentIndex(index)
                settle()
            window.tabs.setCurrentIndex(0)
            for suffix in (".json", ".nfg"):  # saved, verified, or one sentence saying why
                target, said = folder / f"saved{suffix}", len(errors)
                if window.files.save_to(target):
                    assert suffix == ".nfg" or load_game(target) == window.document.game
                else:
                    assert len(errors) == said + 1 and "\n" not in errors[-1], errors[said:]
        assert not qt_warnings, qt_warnings
        return outcome

    return check


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=2000, help="hostile files to make")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--window", action="store_true", help="also open each in the window")
    parser.add_argument("--keep", type=Path, default=Path("fuzz-failures"))
    parser.add_argument("--seconds", type=float, default=5.0, help="longer is a hang")
    parser.add_argument(
        "--window-seconds", type=float, default=30.0, help="longer is a hang in the window"
    )
    args = parser.parse_args()
    faulthandler.enable()
    warnings.simplefilter("error")  # a numpy RuntimeWarning is a failure, as in the tests
    checks: dict[str, Check] = {"loader": check_loader, "explorer solve": check_cli}
    if args.window:
        checks["window"] = window_check()
    outcomes = {name: Counter[str]() for name in checks}
    slowest = dict.fromkeys(checks, 0.0)
    limits = {name: args.window_seconds if name == "window" else args.seconds for name in checks}
    failures: list[str] = []
    started = time.perf_counter()
    with tempfile.TemporaryDirectory() as folder:
        for number, hostile in enumerate(hostile_files(args.count, args.seed)):
            path = hostile.write(Path(folder), number)
            for name, check in checks.items():
                began = time.perf_counter()
                try:
                    outcome = check(path)
                except Exception as error:  # every failure is counted and kept, then the next
                    outcome, problem = "failed", repr(error)
                else:
                    took = time.perf_counter() - began
                    slowest[name] = max(slowest[name], took)
                    problem = f"took {took:.1f} s" if took > limits[name] else ""
                    outcome = "hang" if problem else outcome
                outcomes[name][outcome] += 1
                if problem:
                    args.keep.mkdir(exist_ok=True)
                    shutil.copy(path, args.keep / path.name)
                    failures.append(f"{name}: {path.name} from {hostile.name}: {problem}"[:300])
    seconds = time.perf_counter() - started
    print(f"{args.count} hostile files (seed {args.seed}) in {seconds:.1f} s")
    header = f"{'check':<16}{'tried':>8}{'clean errors':>14}{'loaded':>8}{'failed':>8}{'hang':>6}"
    print(header + f"{'slowest':>10}")
    for name, counts in outcomes.items():
        print(
            f"{name:<16}{sum(counts.values()):>8}{counts['error']:>14}"
            f"{counts['loaded']:>8}{counts['failed']:>8}{counts['hang']:>6}"
            f"{slowest[name]:>9.2f}s"
        )
    for failure in failures[:20]:
        print(failure)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
