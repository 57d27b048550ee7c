"""The drawing layer stands on its own: it uses the core and Qt, never the desktop app."""

from __future__ import annotations

import pkgutil

import explorer.render
from tests.helpers import modules_loaded_by


def test_render_imports_nothing_of_the_app() -> None:
    modules = [
        name for _, name, _ in pkgutil.walk_packages(explorer.render.__path__, "explorer.render.")
    ]
    assert {"explorer.render.sweep_plot", "explorer.render.export"} <= set(modules)
    loaded = modules_loaded_by(*modules)
    assert not [m for m in loaded if m.startswith("explorer.app")]
