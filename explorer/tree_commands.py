"""``explorer solve`` and ``explorer sweep`` on a game tree (dispatched here by the CLI).

``solve`` prints the matrix command's JSON (the reduced strategic form's equilibria) plus
``subgame_perfect``; its text explains the backward induction in sentences. ``sweep``
sweeps the subgame-perfect outcome, with regimes named by the path of play.
"""

from __future__ import annotations

import argparse
import json
from typing import Any, TextIO

from explorer.cli import equilibrium_json
from explorer.core.io import GameFileError
from explorer.core.io.atomic import write_text_atomic
from explorer.core.solve import METHOD_NAMES, degeneracy_explanation
from explorer.core.text import format_number, mixed_strategy_label, payoff_label
from explorer.core.tree.behaviour import Profile
from explorer.core.tree.model import GameTree
from explorer.core.tree.nash import TreeNash, nash_equilibria
from explorer.core.tree.perfect import SubgamePerfect, subgame_perfect
from explorer.core.tree.strategies import StrategyLimitError
from explorer.core.tree.sweep import TreeSweepResult, tree_sweep
from explorer.core.tree.words import explain, not_credible, path_of_play


def behaviour_json(profile: Profile) -> list[dict[str, Any]]:
    """Each information set's action probabilities (null where the player's own moves
    exclude it)."""
    tree = profile.tree
    return [
        {
            "player": tree.players[infoset.player],
            "information_set": tree.information_set_label(k),
            "nodes": [tree.node_label(n) for n in infoset.members],
            "actions": list(infoset.actions),
            "probabilities": None if strategy is None else list(strategy),
        }
        for k, (infoset, strategy) in enumerate(
            zip(tree.information_sets, profile.behaviour, strict=True)
        )
    ]


def profile_json(profile: Profile) -> dict[str, Any]:
    """Payoffs, behaviour, path of play and the leaves reached (with their probabilities)."""
    tree = profile.tree
    reach = profile.reach
    return {
        "payoffs": list(profile.payoffs),
        "path": path_of_play(profile),
        "behaviour": behaviour_json(profile),
        "leaves": [
            {"node": tree.node_label(n), "probability": float(reach[n])}
            for n in tree.terminal_nodes()
            if profile.on_path(n)
        ],
    }


def tree_solution_json(
    tree: GameTree,
    values: dict[str, float],
    nash: TreeNash | None,
    perfect: SubgamePerfect | None,
    problems: list[str],
) -> dict[str, Any]:
    """The ``explorer solve --json`` object of a tree (shape in ``docs/contracts.md``)."""
    data: dict[str, Any] = {"title": tree.title, "parameters": values}
    warnings = list(problems)
    if nash is not None:
        solution = nash.solution
        used = solution.method.split("+")
        equilibria = []
        for equilibrium, profile in zip(solution.equilibria, nash.profiles, strict=True):
            entry = equilibrium_json(equilibrium)
            entry.update({k: v for k, v in profile_json(profile).items() if k != "payoffs"})
            note = not_credible(profile)
            if note:
                entry["not_subgame_perfect"] = note
            equilibria.append(entry)
        data.update(
            method=used[-1],
            methods_used=used,
            degenerate=solution.degenerate,
            strategies=[list(p.names) for p in nash.form.players],
            equilibria=equilibria,
        )
        warnings += solution.warnings
    else:
        data.update(
            method="none", methods_used=[], degenerate=False, strategies=None, equilibria=[]
        )
    data["warnings"] = warnings
    if perfect is not None:
        data["subgame_perfect"] = [
            {**profile_json(p), "explanation": explain(p, perfect.subgames)}
            for p in perfect.profiles
        ]
        data["subgame_perfect_complete"] = perfect.complete
        data["warnings"] += perfect.warnings
    else:
        data["subgame_perfect"] = []
        data["subgame_perfect_complete"] = False
    data["tree"] = {
        "players": list(tree.players),
        "nodes": len(tree.nodes),
        "information_sets": len(tree.information_sets),
        "perfect_information": tree.is_perfect_information,
        "subgames": None if perfect is None else len(perfect.subgames.roots),
    }
    return data


def run_tree_solve(tree: GameTree, args: argparse.Namespace, out: TextIO) -> int:
    """Solve a tree: subgame-perfect equilibria, and all Nash equilibria of its reduced form."""
    values = tree.resolve(dict(args.assignments))
    problems: list[str] = []
    nash: TreeNash | None = None
    perfect: SubgamePerfect | None = None
    try:
        perfect = subgame_perfect(tree, values)
    except StrategyLimitError as error:
        problems.append(f"No subgame-perfect equilibria: {error}.")
    try:
        nash = nash_equilibria(tree, values, args.method)
    except StrategyLimitError as error:
        if perfect is None:
            raise GameFileError(f"the tree cannot be solved here: {error}") from None
        problems.append(f"No Nash equilibria of the strategic form: {error}.")
    if args.json:
        json.dump(
            tree_solution_json(tree, values, nash, perfect, problems), out, ensure_ascii=False
        )
        out.write("\n")
    else:
        print_tree_solution(tree, values, nash, perfect, problems, out)
    return 0


def print_tree_solution(
    tree: GameTree,
    values: dict[str, float],
    nash: TreeNash | None,
    perfect: SubgamePerfect | None,
    problems: list[str],
    out: TextIO,
) -> None:
    """Backward induction in sentences, then the Nash equilibria of the reduced form."""
    setting = ", ".join(f"{k} = {format_number(v, 4)}" for k, v in values.items())
    print(tree.title + (f"  ({setting})" if setting else ""), file=out)
    for problem in problems:
        print(f"Note: {problem}", file=out)
    if perfect is not None:
        count = len(perfect.profiles)
        print(
            f"\n{count} subgame-perfect equilibri{'um' if count == 1 else 'a'}"
            f"{'' if perfect.complete else ' (more exist)'}:",
            file=out,
        )
        for k, profile in enumerate(perfect.profiles, start=1):
            print(f"  {k}.", file=out)
            for sentence in explain(profile, perfect.subgames):
                print(f"     {sentence}", file=out)
        for warning in perfect.warnings:
            print(f"Note: {warning}", file=out)
    if nash is None:
        return
    solution = nash.solution
    method = " + ".join(METHOD_NAMES.get(m, m) for m in solution.method.split("+"))
    count = len(solution.equilibria)
    shape = "×".join(str(len(p)) for p in nash.form.players)
    print(
        f"\n{count} Nash equilibri{'um' if count == 1 else 'a'} of the reduced strategic form "
        f"({shape}), found by {method}:",
        file=out,
    )
    if solution.degenerate:
        print(degeneracy_explanation(), file=out)
    for warning in solution.warnings:
        print(f"Note: {warning}", file=out)
    names = [p.names for p in nash.form.players]
    for k, (equilibrium, profile) in enumerate(
        zip(solution.equilibria, nash.profiles, strict=True), start=1
    ):
        strategies = " / ".join(
            mixed_strategy_label(mix, names[player], exact, ", ")
            for player, (mix, exact) in enumerate(
                [
                    (equilibrium.row, equilibrium.row_exact),
                    (equilibrium.column, equilibrium.column_exact),
                ]
            )
        )
        print(f"  {k}. {strategies}  payoffs {payoff_label(equilibrium)}", file=out)
        print(f"     path of play: {path_of_play(profile)}", file=out)
        note = not_credible(profile)
        if note:
            print(f"     {note}", file=out)


# --- sweep -------------------------------------------------------------------------------------


def run_tree_sweep(tree: GameTree, args: argparse.Namespace, out: TextIO) -> int:
    """Sweep the subgame-perfect outcome of a tree over one or two parameters."""
    if args.plot:
        raise GameFileError(
            "--plot draws sweeps of strategic games; for a game tree, use --out or --json"
        )
    values = tree.resolve(dict(args.assignments))
    result = tree_sweep(tree, args.x, args.y, values)
    if args.out:
        try:
            write_text_atomic(args.out, result.csv_text())
        except OSError as error:
            raise GameFileError(f"Cannot write {args.out}: {error.strerror or error}") from None
    if args.json:
        json.dump(result.to_json(), out, ensure_ascii=False)
        out.write("\n")
    else:
        print_tree_sweep(result, out)
    return 0


def print_tree_sweep(result: TreeSweepResult, out: TextIO) -> None:
    """Which paths of play are subgame perfect, and on what share of the grid."""
    axes = [result.x] + ([] if result.y is None else [result.y])
    grid = " × ".join(f"{a.name} [{format_number(a.start)}, {format_number(a.stop)}]" for a in axes)
    print(f"{result.tree.title}: {len(result.points):,} points over {grid}", file=out)
    print("Subgame-perfect paths of play (share of the grid):", file=out)
    for regime, share in sorted(result.shares().items(), key=lambda item: -item[1]):
        print(f"  {share:5.1%}  {regime}", file=out)


__all__ = ["run_tree_solve", "run_tree_sweep", "tree_solution_json"]
