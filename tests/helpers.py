"""Helpers shared by the test modules (fixtures live in the conftest files)."""

from __future__ import annotations

import io
import json
import subprocess
import sys

from explorer.cli import main


def run_cli(*argv: str) -> tuple[int, str]:
    """Run the command line in-process: (exit status, what it printed to stdout)."""
    out = io.StringIO()
    status = main(list(argv), out)
    return status, out.getvalue()


def modules_loaded_by(*modules: str) -> set[str]:
    """Every module a fresh interpreter has loaded after importing ``modules``."""
    script = (
        "import importlib, json, sys\n"
        f"for name in {list(modules)!r}: importlib.import_module(name)\n"
        "print(json.dumps(sorted(sys.modules)))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=120, check=True
    )
    return set(json.loads(result.stdout))
