"""Start-up stays fast: the window's modules must not pull in the slow libraries."""

from __future__ import annotations

import subprocess
import sys


def test_main_window_imports_neither_pyqtgraph_nor_nashpy_nor_scipy() -> None:
    """pyqtgraph (0.6 s) loads after the first paint, nashpy and scipy (1.1 s) in the worker."""
    script = (
        "import sys\n"
        "from explorer.app.main_window import MainWindow\n"
        "print(sorted({m.split('.')[0] for m in sys.modules} & {'pyqtgraph', 'nashpy', 'scipy'}))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=120, check=True
    )
    assert result.stdout.strip() == "[]"
