"""Run the packaged app as a user would: the self-test on the native platform, then the CLI.

Finds the two programs that ``pyinstaller build.spec`` made for this system (inside the .app
on macOS) and fails, with one line saying why, when:

- ``StrategyExplorer --self-test`` fails on the native Qt platform plugin (``windows``,
  ``cocoa``, ``xcb``): a missing data file, hidden import or Qt plugin shows up here. On Linux
  the bundle's own ``libqxcb.so`` must be the one Qt loaded; without a display the test runs
  under ``xvfb-run``;
- ``explorer-cli solve games/prisoners_dilemma.json --json`` does not print the game's
  equilibrium as JSON, or a missing file is not one error line with exit status 1.

``--platform offscreen`` runs the self-test off-screen instead (for machines with no display
and no Xvfb).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DIST = ROOT / "dist"
NATIVE_PLATFORMS = {"win32": "windows", "darwin": "cocoa"}
TIMEOUT_S = 600


def program(name: str) -> Path:
    """Where a program of the bundle is on this system."""
    if sys.platform == "darwin":
        return DIST / "StrategyExplorer.app" / "Contents" / "MacOS" / name
    suffix = ".exe" if sys.platform == "win32" else ""
    return DIST / "StrategyExplorer" / f"{name}{suffix}"


def display_wrapper(platform: str) -> list[str]:
    """``xvfb-run -a`` when the X11 plugin is wanted and there is no display, else nothing."""
    if platform != "xcb" or os.environ.get("DISPLAY"):
        return []
    xvfb = shutil.which("xvfb-run")
    if xvfb is None:
        raise SystemExit("no X display and no xvfb-run: install xvfb or pass --platform offscreen")
    return [xvfb, "-a"]


def _run(
    command: list[str], environment: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    """Run a program of the bundle; it writes UTF-8 (packaging/explorer_main.py)."""
    return subprocess.run(
        command,
        env=environment,
        capture_output=True,
        encoding="utf-8",
        errors="replace",
        timeout=TIMEOUT_S,
        check=False,
    )


def check_self_test(platform: str) -> str | None:
    """Run the windowed app's self-test on ``platform``; the reason it failed, or None."""
    shot = DIST / "self-test.png"
    shot.unlink(missing_ok=True)
    environment = {**os.environ, "QT_QPA_PLATFORM": platform}
    if platform == "xcb":  # Qt then lists each plugin it loads, on stderr
        environment |= {"QT_DEBUG_PLUGINS": "1", "QT_FORCE_STDERR_LOGGING": "1"}
    command = [str(program("StrategyExplorer")), "--self-test", "--screenshot", str(shot)]
    result = _run(display_wrapper(platform) + command, environment)
    print(result.stdout, end="")
    if result.returncode != 0:
        print(result.stderr[-4000:], file=sys.stderr)
        return f"the self-test on the {platform} platform failed with status {result.returncode}"
    if not shot.exists() or shot.stat().st_size < 10_000:
        return "the self-test saved no screenshot"
    if platform == "xcb":
        plugin = program("StrategyExplorer").parent / "_internal" / "PySide6" / "Qt" / "plugins"
        loaded = f'"{plugin / "platforms" / "libqxcb.so"}" loaded library'
        if loaded not in result.stderr:
            return f"Qt did not load the bundle's xcb plugin ({loaded!r} not in its log)"
        print(f"ok   Qt loaded the bundle's platform plugin: {plugin / 'platforms' / 'libqxcb.so'}")
    return None


def check_command_line() -> str | None:
    """``explorer-cli solve --json`` prints the equilibrium; a missing file is one error line."""
    cli = str(program("explorer-cli"))
    game = ROOT / "games" / "prisoners_dilemma.json"
    solved = _run([cli, "solve", str(game), "--json"])
    try:
        equilibria = json.loads(solved.stdout)["equilibria"]
    except (ValueError, KeyError):
        return f"explorer-cli solve printed no JSON (status {solved.returncode}): {solved.stderr}"
    if [e["kind"] for e in equilibria] != ["pure"] or equilibria[0]["row"] != [0.0, 1.0]:
        return f"explorer-cli solve found {equilibria}, not the one pure equilibrium"
    missing = _run([cli, "solve", str(ROOT / "no such game.json")])
    if missing.returncode != 1 or len(missing.stderr.strip().splitlines()) != 1:
        return f"a missing file gave status {missing.returncode} and {missing.stderr!r}"
    found = equilibria[0]
    print(f"ok   explorer-cli solve --json: {found['kind']} equilibrium {found['row']}")
    return None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--platform",
        default=NATIVE_PLATFORMS.get(sys.platform, "xcb"),
        help="Qt platform plugin for the self-test (default: this system's native one)",
    )
    args = parser.parse_args(argv)
    for name in ("StrategyExplorer", "explorer-cli"):
        if not program(name).exists():
            print(f"no packaged program at {program(name)}", file=sys.stderr)
            return 1
    failures = [f for f in (check_self_test(args.platform), check_command_line()) if f]
    for failure in failures:
        print(f"FAIL {failure}", file=sys.stderr)
    if failures:
        return 1
    print(f"packaged app passed its smoke test ({args.platform}): {program('StrategyExplorer')}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
