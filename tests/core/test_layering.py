"""The core stays free of Qt: it must run in scripts, on clusters and in tests without a GUI."""

from __future__ import annotations

import pkgutil
import subprocess
import sys

import explorer.core


def test_core_imports_no_qt_in_a_fresh_interpreter() -> None:
    modules = [
        name for _, name, _ in pkgutil.walk_packages(explorer.core.__path__, "explorer.core.")
    ]
    assert len(modules) >= 6
    script = (
        "import importlib, sys\n"
        f"for name in {modules!r}: importlib.import_module(name)\n"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in "
        "('PySide6', 'PyQt5', 'PyQt6', 'pyqtgraph', 'shiboken6') or m.startswith('explorer.app'))\n"
        "print(','.join(bad))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=120, check=True
    )
    assert result.stdout.strip() == ""
