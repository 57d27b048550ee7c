"""Helpers shared by the test modules (fixtures live in the conftest files)."""

from __future__ import annotations

import contextlib
import gc
import io
import json
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

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


@contextlib.contextmanager
def tiny_disk(folder: Path, size: str = "128k") -> Iterator[Path]:
    """A tmpfs of ``size`` mounted at ``folder`` for the test's duration: a disk that fills up.

    Mounting needs root and a ``mount`` that can make tmpfs; elsewhere the test is skipped
    (the fake-``ENOSPC`` tests cover the same promises without a real disk).
    """
    folder.mkdir(parents=True, exist_ok=True)
    mount = shutil.which("mount")
    if mount is None or os.geteuid() != 0:
        pytest.skip("a tiny tmpfs needs root and mount(8); the fake-ENOSPC test covers this")
    made = subprocess.run(
        [mount, "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(folder)],
        capture_output=True,
        text=True,
    )
    if made.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {made.stderr.strip()}")
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], check=False)


def fill(folder: Path) -> None:
    """Write into ``folder`` until its disk is full (``ENOSPC``)."""
    with open(folder / "filler", "wb", buffering=0) as stream, contextlib.suppress(OSError):
        while stream.write(b"\0" * 4096):
            pass


#: Python run under a file-size limit: SIGXFSZ ignored, so a write past it fails with EFBIG.
FILE_SIZE_LIMIT_PRELUDE = """
import resource, signal
signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
def limit_file_size(limit):
    resource.setrlimit(resource.RLIMIT_FSIZE, (limit, resource.getrlimit(resource.RLIMIT_FSIZE)[1]))
"""


def collect_garbage() -> None:
    """Collect cyclic garbage now, on the GUI thread, at the end of a GUI test.

    Qt objects a test leaves in reference cycles (a parentless widget whose lambdas refer
    back to it, a controller and its throttle) are otherwise destroyed wherever Python next
    collects: possibly inside a later test's worker thread, where destroying a QObject
    can deadlock with the GUI thread (seen with PySide6 6.11 under pytest-randomly).
    """
    gc.collect()
