"""Start-up stays fast: the window's modules must not pull in the slow libraries."""

from __future__ import annotations

from tests.helpers import modules_loaded_by


def test_main_window_imports_neither_pyqtgraph_nor_nashpy_nor_scipy() -> None:
    """pyqtgraph (0.6 s) loads after the first paint, nashpy and scipy (1.1 s) in the worker."""
    loaded = {m.split(".")[0] for m in modules_loaded_by("explorer.app.main_window")}
    assert loaded & {"pyqtgraph", "nashpy", "scipy"} == set()
