"""Fail if the packaged archive is larger than its budget (120 MB), and say how large it is."""

from __future__ import annotations

import sys
from pathlib import Path

BUDGET_BYTES = 120_000_000


def main() -> int:
    archive = Path(sys.argv[1])
    size = archive.stat().st_size
    print(f"{archive.name}: {size / 1e6:.1f} MB (budget {BUDGET_BYTES / 1e6:.0f} MB)")
    return 0 if size <= BUDGET_BYTES else 1


if __name__ == "__main__":
    sys.exit(main())
