"""Run the packaged app's self-test (the frozen binary, as a user would start it).

Finds the executable that ``pyinstaller build.spec`` made for this system (inside the .app
on macOS), runs ``--self-test --screenshot`` off-screen, and exits with its status, so a
missing data file, hidden import or Qt plugin fails the build.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

DIST = Path(__file__).resolve().parent.parent / "dist"


def executable() -> Path:
    if sys.platform == "darwin":
        return DIST / "StrategyExplorer.app" / "Contents" / "MacOS" / "StrategyExplorer"
    if sys.platform == "win32":
        return DIST / "StrategyExplorer" / "StrategyExplorer.exe"
    return DIST / "StrategyExplorer" / "StrategyExplorer"


def main() -> int:
    binary = executable()
    if not binary.exists():
        print(f"no packaged app at {binary}", file=sys.stderr)
        return 1
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    shot = DIST / "self-test.png"
    result = subprocess.run(
        [str(binary), "--self-test", "--screenshot", str(shot)],
        env=environment,
        timeout=600,
        check=False,
    )
    if result.returncode != 0:
        print(f"the packaged self-test failed with status {result.returncode}", file=sys.stderr)
        return result.returncode or 1
    if not shot.exists() or shot.stat().st_size < 10_000:
        print("the packaged self-test saved no screenshot", file=sys.stderr)
        return 1
    print(f"packaged self-test passed: {binary}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
