"""Fuzzing every way in: mutated games, ``.nfg`` and ``.efg`` files through the core loader,
``explorer solve`` and the window's open path give one clean error or a loaded game, never
an uncaught exception, a warning (Qt's or Python's: both fail the test), a hang or a crash.

The files are made with fixed seeds (:mod:`tests.fuzz.files`); the window's open path is
fuzzed in ``tests/app/test_hostile_files.py`` (it needs the window fixtures). A longer run
of the same checks: ``python benchmarks/fuzz_files.py --count 5000 --seed 1``.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from tests.fuzz.checks import ERROR, LOADED, check_cli, check_loader, run_all
from tests.fuzz.files import hostile_files


def test_the_files_are_hostile_and_some_still_load() -> None:
    files = list(hostile_files(300, seed=10))
    assert [f.data for f in files] == [f.data for f in hostile_files(300, seed=10)]
    assert {f.suffix for f in files} == {".json", ".nfg", ".efg"}
    kinds = Counter(step for f in files for step in f.name.split("(")[1].rstrip(")").split(", "))
    assert kinds["json"] > 30 and kinds["tokens"] > 30 and kinds["bytes"] > 30


def test_the_core_loader(tmp_path: Path) -> None:
    outcomes = run_all(list(hostile_files(2000, seed=1)), tmp_path, check_loader)
    assert outcomes[ERROR] > 1000 and outcomes[LOADED] > 150, outcomes


def test_explorer_solve(tmp_path: Path) -> None:
    outcomes = run_all(list(hostile_files(400, seed=2)), tmp_path, check_cli)
    assert outcomes[ERROR] > 200 and outcomes[LOADED] > 30, outcomes
