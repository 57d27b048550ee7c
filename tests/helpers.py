"""Helpers shared by the test modules (fixtures live in the conftest files)."""

from __future__ import annotations

import io

from explorer.cli import main


def run_cli(*argv: str) -> tuple[int, str]:
    """Run the command line in-process: (exit status, what it printed to stdout)."""
    out = io.StringIO()
    status = main(list(argv), out)
    return status, out.getvalue()
