"""Compile the .ts translation sources into the .qm files the app loads (pyside6-lrelease)."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def main() -> int:
    tool = shutil.which("pyside6-lrelease") or str(Path(sys.executable).parent / "pyside6-lrelease")
    for source in sorted(HERE.glob("*.ts")):
        subprocess.run(
            [tool, "-silent", str(source), "-qm", str(source.with_suffix(".qm"))], check=True
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
