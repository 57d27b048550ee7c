"""Whatever goes wrong inside a command, a user reads one line and gets a non-zero status:
a fault of the program is logged, Ctrl+C is said as such, and no file is left open."""

from __future__ import annotations

import gc
import io
import json
import os
import sys
import warnings
from pathlib import Path

import pytest

from explorer import cli, cli_errors
from tests.cli.test_solve_command import BATTLE
from tests.helpers import run_cli as run


@pytest.fixture
def battle_file(tmp_path: Path) -> Path:
    path = tmp_path / "battle.json"
    path.write_text(json.dumps(BATTLE))
    return path


@pytest.mark.parametrize("command", ["solve", "sweep", "repeated", "tournament"])
def test_a_fault_of_the_program_is_one_line_and_logged(
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    battle_file: Path,
    command: str,
) -> None:
    """A bug (here: the loader overflowing) is not a traceback on the console."""

    def overflow(*_: object, **__: object) -> None:
        raise OverflowError("int too large to convert to float")

    log = tmp_path / "faults.log"
    monkeypatch.setattr(cli_errors, "FAULT_LOG", str(log))
    monkeypatch.setattr("explorer.cli.load_document", overflow)
    monkeypatch.setattr("explorer.repeated_commands.load_game", overflow)
    extra = ["--x", "bonus=0:1:3"] if command == "sweep" else []
    status, printed = run(command, str(battle_file), *extra)
    err = capsys.readouterr().err
    assert status == cli.EXIT_FAULT and printed == ""
    assert err.count("\n") == 1 and "Traceback" not in err
    assert "OverflowError: int too large to convert to float" in err and str(log) in err
    assert "Traceback" in log.read_text() and "overflow" in log.read_text()


def test_ctrl_c_is_said_in_one_line(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], battle_file: Path
) -> None:
    def interrupted(*_: object, **__: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(cli, "solve", interrupted)
    status, _ = run("solve", str(battle_file))
    assert status == cli.EXIT_INTERRUPTED
    assert capsys.readouterr().err == "explorer: interrupted\n"


def open_devnull_files() -> set[int]:
    return {
        id(f)
        for f in gc.get_objects()
        if isinstance(f, io.TextIOWrapper) and getattr(f, "name", "") == os.devnull and not f.closed
    }


def test_without_a_console_nothing_is_printed_and_nothing_left_open(
    monkeypatch: pytest.MonkeyPatch, battle_file: Path
) -> None:
    """A windowed build has no stdout nor stderr: the output goes into os.devnull, which is
    closed again when the command ends."""
    before = open_devnull_files()
    monkeypatch.setattr(sys, "stdout", None)
    monkeypatch.setattr(sys, "stderr", None)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        assert cli.main(["solve", str(battle_file)]) == 0
        assert cli.main(["solve", str(battle_file), "--set", "bonus=9"]) == cli.EXIT_BAD_INPUT
        gc.collect()
    assert not [w for w in caught if issubclass(w.category, ResourceWarning)], caught
    assert open_devnull_files() <= before


def test_a_number_python_will_not_read_is_the_loaders_sentence(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "digits.json"
    path.write_text(json.dumps(BATTLE).replace('"default": 0', '"default": ' + "9" * 5000))
    status, _ = run("solve", str(path))
    err = capsys.readouterr().err
    assert status == cli.EXIT_BAD_INPUT and err.count("\n") == 1
    assert "a whole number of 5,000 digits is too large" in err
    assert "sys.set_int_max_str_digits" not in err


BAD_PRESETS = [
    ({"cooperate": 5}, "'cooperate' must be a pair"),
    ({"discount_factor": "abc"}, "'discount_factor' must be a number from 0 to 1"),
    ({"periods": 1e308}, "'periods' must be a whole number"),
    ({"row": ["grim"]}, "'row' (a strategy"),
]


@pytest.mark.parametrize("command", ["solve", "sweep", "repeated", "tournament"])
@pytest.mark.parametrize(("preset", "fragment"), BAD_PRESETS, ids=[f for _, f in BAD_PRESETS])
def test_a_bad_repeated_preset_is_one_line_in_every_command(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    command: str,
    preset: dict[str, object],
    fragment: str,
) -> None:
    """``explorer repeated`` printed a traceback for ``"cooperate": 5`` (issue 10)."""
    path = tmp_path / "preset.json"
    path.write_text(json.dumps({**BATTLE, "repeated": preset}))
    extra = ["--x", "bonus=0:1:3"] if command == "sweep" else []
    status, printed = run(command, str(path), *extra)
    err = capsys.readouterr().err
    assert status == cli.EXIT_BAD_INPUT and printed == ""
    assert err.count("\n") == 1 and fragment in err and "Traceback" not in err
