"""Fail if the packaged archive is larger than its budget on this system; say how large it is.

Usage: ``python packaging/check_size.py [ARCHIVE]`` (default: what ``make_archive.py`` wrote).

Budgets: Linux 100 MB (measured: 93.0 MB with Python 3.11 on Debian 12), macOS 100 MB
(one architecture: PyInstaller thins the universal2 Qt libraries, and numpy and scipy use
Accelerate instead of OpenBLAS), Windows 120 MB (Qt's software OpenGL fallback and both
OpenBLAS libraries ship there). The macOS and Windows figures are first guesses until the
workflow has measured them.
"""

from __future__ import annotations

import sys
from pathlib import Path

from make_archive import archive_path

BUDGET_BYTES = {"linux": 100_000_000, "darwin": 100_000_000, "win32": 120_000_000}


def budget(platform: str) -> int:
    return BUDGET_BYTES.get(platform, BUDGET_BYTES["linux"])


def main(argv: list[str]) -> int:
    archive = Path(argv[0]) if argv else archive_path()
    if not archive.exists():
        print(f"no archive at {archive}: run packaging/make_archive.py first", file=sys.stderr)
        return 1
    size = archive.stat().st_size
    limit = budget(sys.platform)
    print(f"{archive.name}: {size / 1e6:.1f} MB (budget {limit / 1e6:.0f} MB)")
    return 0 if size <= limit else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
