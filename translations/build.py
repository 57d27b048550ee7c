"""Compile the .ts translation sources into the .qm files the app loads (pyside6-lrelease).

``python translations/build.py`` does it from the command line; ``build.spec`` calls
:func:`compile_translations` itself, so a fresh clone builds without a ``make`` step.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import sysconfig
from pathlib import Path

HERE = Path(__file__).resolve().parent


def lrelease() -> str:
    """The ``pyside6-lrelease`` of this interpreter's PySide6 (or the one on ``PATH``)."""
    for folder in (Path(sysconfig.get_path("scripts")), Path(sys.executable).parent):
        for candidate in (folder / "pyside6-lrelease", folder / "pyside6-lrelease.exe"):
            if candidate.exists():
                return str(candidate)
    found = shutil.which("pyside6-lrelease")
    if found is None:
        raise FileNotFoundError("pyside6-lrelease not found: install PySide6 (pip install -e .)")
    return found


def compile_translations(folder: Path = HERE) -> list[Path]:
    """Compile every ``*.ts`` in ``folder`` beside itself; returns the ``.qm`` files written."""
    tool = lrelease()
    written = []
    for source in sorted(folder.glob("*.ts")):
        target = source.with_suffix(".qm")
        subprocess.run([tool, "-silent", str(source), "-qm", str(target)], check=True)
        written.append(target)
    return written


def main() -> int:
    compile_translations()
    return 0


if __name__ == "__main__":
    sys.exit(main())
