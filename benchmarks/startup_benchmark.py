"""Start-up time of the app: launch to the first shown window, median of several runs.

Usage: ``python benchmarks/startup_benchmark.py [COMMAND ...]``. Without a command it runs
the source install (``python -m explorer gui``); for the packaged app pass its executable,
for example ``python benchmarks/startup_benchmark.py dist/StrategyExplorer/StrategyExplorer``.
The app is started off-screen with ``gui --exit-when-shown`` and timed until it says "shown".
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time


def main() -> int:
    command = sys.argv[1:] or [sys.executable, "-m", "explorer"]
    runs = []
    with tempfile.TemporaryDirectory() as home:
        environment = {
            **os.environ,
            "QT_QPA_PLATFORM": "offscreen",
            "HOME": home,
            "XDG_CONFIG_HOME": home,
            "XDG_DATA_HOME": home,
        }
        for _ in range(7):
            started = time.perf_counter()
            process = subprocess.Popen(
                [*command, "gui", "--exit-when-shown"],
                stdout=subprocess.PIPE,
                text=True,
                env=environment,
            )
            assert process.stdout is not None
            for line in process.stdout:
                if line.strip() == "shown":
                    runs.append(time.perf_counter() - started)
                    break
            process.wait(timeout=60)
    if len(runs) < 7:
        print("the app did not report 'shown' every time", file=sys.stderr)
        return 1
    print(
        f"launch to first shown window: median {statistics.median(runs):.2f} s "
        f"(runs: {', '.join(f'{t:.2f}' for t in runs)})"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
