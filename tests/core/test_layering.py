"""The core stays free of Qt: it must run in scripts, on clusters and in tests without a GUI."""

from __future__ import annotations

import pkgutil

import explorer.core
from tests.helpers import modules_loaded_by


def test_core_imports_no_qt_in_a_fresh_interpreter() -> None:
    modules = [
        name for _, name, _ in pkgutil.walk_packages(explorer.core.__path__, "explorer.core.")
    ]
    assert len(modules) >= 6
    gui = {"PySide6", "PyQt5", "PyQt6", "pyqtgraph", "shiboken6"}
    bad = sorted(
        m
        for m in modules_loaded_by(*modules)
        if m.split(".")[0] in gui or m.startswith("explorer.app")
    )
    assert bad == []
