"""The command line: ``explorer [gui] [FILE]``, ``explorer solve ...``, ``explorer --self-test``.

Every error a user can cause (bad file, bad formula, unknown parameter, value out of range)
ends as one readable line on stderr and a non-zero exit status, never a traceback.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import sys
from collections.abc import Callable, Sequence
from typing import NoReturn, TextIO

import numpy as np

from explorer import __version__
from explorer.core.formula import FormulaError
from explorer.core.game import COLUMN, ROW, Game, GameError
from explorer.core.io import GameFileError, load_document
from explorer.core.io.atomic import atomic_text_stream
from explorer.core.repeated import RepeatedGameError
from explorer.core.solve import (
    DEFAULT_SECONDS,
    METHOD_NAMES,
    METHODS,
    Budget,
    Equilibrium,
    Solution,
    degeneracy_explanation,
    solve,
)
from explorer.core.sweep import (
    Axis,
    ChunkWriter,
    CsvWriter,
    JsonWriter,
    Outcome,
    Selection,
    SweepError,
    SweepResult,
    fixed_values,
    run_sweep,
)
from explorer.core.text import format_number, mixed_strategy_label, payoff_label
from explorer.core.tree.model import GameTree
from explorer.repeated_commands import run_repeated, run_tournament

#: Exit status for input the user can fix (bad file, formula, parameter).
EXIT_BAD_INPUT = 1
#: Exit status for a command line that does not parse.
EXIT_USAGE = 2

USER_ERRORS = (GameFileError, GameError, FormulaError, SweepError, RepeatedGameError)


class _Parser(argparse.ArgumentParser):
    """argparse, but a usage error is one line, not a usage block."""

    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_USAGE, f"{self.prog}: error: {message} (see {self.prog} --help)\n")


def parse_assignment(text: str) -> tuple[str, float]:
    """``NAME=VALUE`` from ``--set``, with the value as a float."""
    name, equals, value = text.partition("=")
    if not equals or not name.strip():
        raise argparse.ArgumentTypeError(f"expected NAME=VALUE, got {text!r}")
    try:
        return name.strip(), float(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a number (in {text!r})") from None


def parse_seconds(text: str) -> float:
    """A positive, finite number of seconds (``--time-limit``)."""
    try:
        seconds = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number of seconds") from None
    if not 0 < seconds < float("inf"):
        raise argparse.ArgumentTypeError(f"the time limit must be positive, not {text}")
    return seconds


def parse_axis(text: str) -> Axis:
    """``NAME=START:STOP:N`` from ``--x`` / ``--y``."""
    try:
        return Axis.parse(text)
    except SweepError as error:
        raise argparse.ArgumentTypeError(str(error)) from None


def _add_game_arguments(command: argparse.ArgumentParser, set_help: str) -> None:
    """FILE and ``--set NAME=VALUE``, shared by the commands that work on one game."""
    command.add_argument("file", help="a game file (.json or Gambit .nfg)")
    command.add_argument(
        "--set",
        dest="assignments",
        action="append",
        default=[],
        type=parse_assignment,
        metavar="NAME=VALUE",
        help=set_help,
    )


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="explorer",
        description="Strategy Explorer: two-player games, their equilibria, and how they move.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="open the main window off-screen, load every bundled game, solve, draw, and exit",
    )
    parser.add_argument(
        "--screenshot", metavar="FILE.png", help="with --self-test: save a screenshot"
    )
    commands = parser.add_subparsers(dest="command", parser_class=_Parser)

    gui = commands.add_parser("gui", help="open the desktop app (the default)")
    gui.add_argument("file", nargs="?", help="a game file (.json or Gambit .nfg)")
    gui.add_argument(
        "--exit-when-shown",
        action="store_true",
        help="print 'shown' once the window is on screen and quit (for start-up timing)",
    )

    solve_cmd = commands.add_parser("solve", help="solve one game and list its equilibria")
    _add_game_arguments(solve_cmd, "set a parameter (repeatable)")
    solve_cmd.add_argument("--method", choices=METHODS, default="auto")
    solve_cmd.add_argument(
        "--time-limit",
        type=parse_seconds,
        default=DEFAULT_SECONDS,
        metavar="SECONDS",
        help=f"stop looking for equilibria after this long (default {DEFAULT_SECONDS:g})",
    )
    solve_cmd.add_argument("--json", action="store_true", help="print one JSON object")

    sweep_cmd = commands.add_parser(
        "sweep", help="solve a game over a grid of one or two parameters (comparative statics)"
    )
    _add_game_arguments(sweep_cmd, "fix another parameter (repeatable)")
    sweep_cmd.add_argument("--x", required=True, type=parse_axis, metavar="NAME=START:STOP:N")
    sweep_cmd.add_argument("--y", type=parse_axis, metavar="NAME=START:STOP:N")
    sweep_cmd.add_argument("--out", metavar="FILE.csv", help="write every point's equilibria")
    sweep_cmd.add_argument(
        "--plot", metavar="FILE.png", help="draw the line plot (one parameter) or regime map"
    )
    sweep_cmd.add_argument("--json", action="store_true", help="print one JSON object")

    repeated_cmd = commands.add_parser(
        "repeated", help="the game repeated: thresholds, a simulated match, backward induction"
    )
    _add_game_arguments(repeated_cmd, "set a parameter of the stage game (repeatable)")
    repeated_cmd.add_argument("--delta", type=float, help="discount factor in [0, 1)")
    repeated_cmd.add_argument("--periods", type=int, help="periods to simulate (default 20)")
    repeated_cmd.add_argument("--row", metavar="STRATEGY", help="e.g. grim, tft, wsls, freemium:5")
    repeated_cmd.add_argument("--column", metavar="STRATEGY", help="the column player's strategy")
    repeated_cmd.add_argument("--json", action="store_true", help="print one JSON object")

    tournament_cmd = commands.add_parser(
        "tournament", help="a round robin of repeated-game strategies, ranked"
    )
    _add_game_arguments(tournament_cmd, "set a parameter of the stage game (repeatable)")
    tournament_cmd.add_argument(
        "--strategies", help="comma-separated strategy names (default: the whole library)"
    )
    tournament_cmd.add_argument(
        "--periods", type=int, help="periods per match (default: the game's preset, else 50)"
    )
    tournament_cmd.add_argument(
        "--delta", type=float, help="discount factor (default: the game's preset, else 1)"
    )
    tournament_cmd.add_argument("--noise", type=float, default=0.0, help="tremble probability")
    tournament_cmd.add_argument("--repetitions", type=int, default=1)
    tournament_cmd.add_argument("--seed", type=int, default=0)
    tournament_cmd.add_argument("--json", action="store_true", help="print one JSON object")
    return parser


# --- solve -------------------------------------------------------------------------------------


def equilibrium_json(equilibrium: Equilibrium) -> dict[str, object]:
    """One equilibrium in the contract's shape, with its exact fractions where known."""
    entry = equilibrium.to_json()
    if equilibrium.row_exact and equilibrium.column_exact and equilibrium.payoffs_exact:
        entry["exact"] = {
            "row": [str(p) for p in equilibrium.row_exact],
            "column": [str(q) for q in equilibrium.column_exact],
            "payoffs": [str(v) for v in equilibrium.payoffs_exact],
        }
    return entry


def solution_json(game: Game, values: dict[str, float], solution: Solution) -> dict[str, object]:
    """The contract's JSON object for ``explorer solve --json``."""
    used = solution.method.split("+")
    return {
        "title": game.title,
        "parameters": values,
        "method": used[-1],
        "methods_used": used,
        "degenerate": solution.degenerate,
        "equilibria": [equilibrium_json(e) for e in solution.equilibria],
        "warnings": list(solution.warnings),
    }


def print_solution(game: Game, values: dict[str, float], solution: Solution, out: TextIO) -> None:
    """A readable table: strategies by name, probabilities as fractions where exact."""
    row_player, column_player = game.players[ROW], game.players[COLUMN]
    setting = ", ".join(f"{k} = {format_number(v, 4)}" for k, v in values.items())
    print(game.title + (f"  ({setting})" if setting else ""), file=out)
    count = len(solution.equilibria)
    method = " + ".join(METHOD_NAMES[m] for m in solution.method.split("+"))
    plural = "equilibrium" if count == 1 else "equilibria"
    print(f"{count} {plural}, found by {method}.", file=out)
    if solution.degenerate:
        print(degeneracy_explanation(), file=out)
    for warning in solution.warnings:
        print(f"Note: {warning}", file=out)
    rows = [("#", "kind", row_player.name, column_player.name, "payoffs")]
    for k, eq in enumerate(solution.equilibria, start=1):
        rows.append(
            (
                str(k),
                eq.kind,
                mixed_strategy_label(eq.row, row_player.strategies, eq.row_exact, ", "),
                mixed_strategy_label(eq.column, column_player.strategies, eq.column_exact, ", "),
                payoff_label(eq),
            )
        )
    widths = [max(len(r[c]) for r in rows) for c in range(5)]
    print(file=out)
    for r in rows:
        print(
            "  ".join(cell.ljust(w) for cell, w in zip(r, widths, strict=True)).rstrip(), file=out
        )


def run_solve(args: argparse.Namespace, out: TextIO) -> int:
    game = load_document(args.file)
    if isinstance(game, GameTree):
        from explorer.tree_commands import run_tree_solve

        return run_tree_solve(game, args, out)
    values = game.resolve(dict(args.assignments))
    A, B = game.evaluate(values)
    solution = solve(A, B, args.method, budget=Budget(seconds=args.time_limit))
    if args.json:
        json.dump(solution_json(game, values, solution), out, ensure_ascii=False)
        out.write("\n")
    else:
        print_solution(game, values, solution, out)
    return 0


# --- sweep -------------------------------------------------------------------------------------


def print_sweep(result: SweepResult, out: TextIO) -> None:
    """Which regimes hold, and on what share of the grid."""
    axes = [result.x] + ([] if result.y is None else [result.y])
    grid = " × ".join(f"{a.name} [{format_number(a.start)}, {format_number(a.stop)}]" for a in axes)
    print(f"{result.game.title}: {len(result):,} points over {grid}", file=out)
    shares = np.bincount(result.regime_index, minlength=len(result.regimes)) / len(result)
    print("Regimes (share of the grid):", file=out)
    for share, label in sorted(zip(shares, result.regimes, strict=True), reverse=True):
        print(f"  {share:5.1%}  {label}", file=out)


def run_sweep_command(args: argparse.Namespace, out: TextIO) -> int:
    """Solve the grid; CSV (``--out``) and JSON (``--json``) are written chunk by chunk."""
    game = load_document(args.file)
    if isinstance(game, GameTree):
        from explorer.tree_commands import run_tree_sweep

        return run_tree_sweep(game, args, out)
    values = game.resolve(dict(args.assignments))
    fixed = fixed_values(game, args.x, args.y, values)  # bad axes: one line, nothing written
    writers: list[ChunkWriter] = []
    json_writer = None
    try:
        with contextlib.ExitStack() as files:
            if args.out:
                stream = files.enter_context(atomic_text_stream(args.out))
                writers.append(CsvWriter(stream, game, args.x, args.y))
            if args.json:
                json_writer = JsonWriter(out, game, args.x, args.y, fixed)
                writers.append(json_writer)
            result = run_sweep(game, args.x, args.y, values, writers=writers)
    except OSError as error:
        raise GameFileError(f"Cannot write {args.out}: {error.strerror or error}") from None
    if args.plot:
        save_sweep_plot(result, args.plot)
    if json_writer is not None:
        json_writer.close()
        out.write("\n")
    else:
        print_sweep(result, out)
    return 0


def save_sweep_plot(result: SweepResult, path: str) -> None:
    """Draw the plot the Sweep tab would show, off-screen.

    The only command that needs Qt: it loads the drawing layer (``explorer.render``), not
    the desktop app.
    """
    from explorer.render.export import offscreen_application
    from explorer.render.sweep_plot import render_sweep

    offscreen_application()
    outcome = Outcome("payoffs" if result.y is None else "regimes")
    try:
        render_sweep(result, outcome, Selection.PAYOFF_DOMINANT, path)
    except OSError as error:
        raise GameFileError(f"Cannot write the plot to {path}: {error.strerror or error}") from None


# --- the desktop app ---------------------------------------------------------------------------


def run_gui(args: argparse.Namespace, out: TextIO) -> int:
    from explorer.app.main import run_app  # Qt is loaded only when a window is wanted

    return run_app(getattr(args, "file", None), getattr(args, "exit_when_shown", False))


def run_self_test(args: argparse.Namespace, out: TextIO) -> int:
    from explorer.app.self_test import run_self_test as self_test

    return self_test(args.screenshot, out)


def main(argv: Sequence[str] | None = None, out: TextIO | None = None) -> int:
    """Entry point of the ``explorer`` console script; returns the exit status."""
    # A windowed app (the packaged one on Windows) has no stdout: print into nothing then.
    out = out or sys.stdout or open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115
    args = build_parser().parse_args(argv)
    command: Callable[[argparse.Namespace, TextIO], int]
    if args.self_test:
        command = run_self_test
    elif args.command == "solve":
        command = run_solve
    elif args.command == "sweep":
        command = run_sweep_command
    elif args.command == "repeated":
        command = run_repeated
    elif args.command == "tournament":
        command = run_tournament
    else:
        command = run_gui
    try:
        return command(args, out)
    except USER_ERRORS as error:
        print(f"explorer: error: {error}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except BrokenPipeError:
        return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
