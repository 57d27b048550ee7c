"""``explorer repeated`` and ``explorer tournament``: the repeated game on the command line.

``repeated`` prints the thresholds of the game played for ever (the binding one, where it
binds, each period's when the payoffs change over time), the verdict at ``--delta``, a
simulated match and backward induction; ``tournament`` a round robin at the preset's δ,
saying what a score means when the two roles differ.
"""

from __future__ import annotations

import argparse
import json
from typing import Any, TextIO

import numpy as np

from explorer.core import repeated
from explorer.core.game import COLUMN, ROW, Game
from explorer.core.io import load_game
from explorer.core.numeric import payoff_tolerance
from explorer.core.repeated import RepeatedGameError, StageGame
from explorer.core.repeated.over_time import Terms
from explorer.core.text import format_number


def _stage(args: argparse.Namespace, periods: int) -> tuple[Game, dict[str, float], StageGame]:
    """The stage game over ``periods`` periods; ``--set period=N`` starts it in period N."""
    game = load_game(args.file)
    values = game.resolve(dict(args.assignments))
    start = repeated.first_period_of(game, dict(args.assignments))
    return game, values, StageGame.of(game, values, periods, start)


def run_repeated(args: argparse.Namespace, out: TextIO) -> int:
    game = load_game(args.file)
    preset = repeated.settings_of(game)
    periods = args.periods or int(preset.get("periods", 20))
    delta = args.delta if args.delta is not None else float(preset.get("discount_factor", 0.9))
    if not 0 <= delta < 1:
        raise RepeatedGameError(f"--delta must be in [0, 1), not {delta:g}")
    _, values, stage = _stage(args, periods)
    convention = repeated.convention_from(stage, preset)
    row = repeated.parse_strategy(args.row or preset.get("row", "grim"), stage, ROW)
    column = repeated.parse_strategy(args.column or preset.get("column", "grim"), stage, COLUMN)
    whole = StageGame.horizon(stage.game, values, stage.first_period)
    analysis = repeated.analyse_repeated(whole, convention.cooperate)
    match = repeated.simulate(stage, row, column, periods, delta, convention)
    horizon = repeated.backward_induction(stage, min(periods, 50))
    data = repeated_json(stage, values, delta, row, column, convention, analysis, match, horizon)
    deviation = repeated.profitable_deviation(whole, analysis, delta)
    data["thresholds"] = thresholds_json(whole, analysis)
    data["sentence"] = repeated.threshold_sentence(analysis, whole)
    data["verdict"] = repeated.verdict_sentence(analysis, whole, delta, deviation)
    data["deviation"] = None if deviation is None else deviation_json(whole, deviation)
    if args.json:
        json.dump(data, out, ensure_ascii=False)
        out.write("\n")
    else:
        print_repeated(stage, data, analysis, out)
    return 0


def thresholds_json(stage: StageGame, analysis: repeated.Analysis) -> dict[str, object]:
    """Both thresholds: the binding one, the period where it binds (from 1) and whose it
    is, and, when the payoffs change over time, each period's (null: no δ < 1 suffices)."""
    over_time = analysis.over_time

    def per_period_list(deltas: np.ndarray) -> list[float | None]:
        worst = np.max(deltas, axis=1)
        return [None if np.isnan(d) else float(d) for d in worst]

    def threshold(
        t: repeated.Threshold, per_period: np.ndarray | None, terms: Terms | None
    ) -> dict[str, object]:
        entry: dict[str, object] = {
            "discount_factor": t.discount_factor,
            "punishment": t.punishment,
            "period": stage.period_number(t.period),
            "player": None if t.player is None else stage.game.players[t.player].name,
            "per_player": list(t.per_player),
        }
        if per_period is not None and terms is not None:
            entry["per_period"] = per_period_list(per_period)
            tolerance = payoff_tolerance(stage.A, stage.B)
            entry["per_period_stationary"] = per_period_list(terms.stationary_thresholds(tolerance))
        return entry

    return {
        "first_period": stage.first_period,
        "grim_trigger": threshold(
            analysis.grim,
            None if over_time is None else over_time.grim,
            None if over_time is None else over_time.grim_terms,
        ),
        "minmax": threshold(
            analysis.harshest,
            None if over_time is None else over_time.harsh,
            None if over_time is None else over_time.harsh_terms,
        ),
    }


def deviation_json(stage: StageGame, deviation: repeated.Deviation) -> dict[str, object]:
    """The deviation that pays most at ``--delta``."""
    player = deviation.player
    return {
        "player": stage.game.players[player].name,
        "period": stage.period_number(deviation.period),
        "action": stage.names(player)[deviation.action],
        "gain": deviation.gain,
    }


def repeated_json(
    stage: StageGame,
    values: dict[str, float],
    delta: float,
    row: repeated.Strategy,
    column: repeated.Strategy,
    convention: repeated.Convention,
    analysis: repeated.Analysis,
    match: repeated.Simulation,
    horizon: repeated.FiniteHorizon,
) -> dict[str, object]:
    """The ``explorer repeated --json`` object (its thresholds, sentence, verdict and
    deviation are filled in by :func:`run_repeated`)."""
    names = (stage.names(ROW), stage.names(COLUMN))
    return {
        "title": stage.game.title,
        "parameters": values,
        "delta": delta,
        "periods": len(match.actions),
        "first_period": stage.first_period,
        "row": row.name,
        "column": column.name,
        "cooperate": [
            names[ROW][convention.cooperate[ROW]],
            names[COLUMN][convention.cooperate[COLUMN]],
        ],
        "defect": [names[ROW][convention.defect[ROW]], names[COLUMN][convention.defect[COLUMN]]],
        "minmax": [analysis.minmax[ROW].value, analysis.minmax[COLUMN].value],
        "stage_equilibria": [e.to_json() for e in analysis.stage_equilibria],
        "simulation": {
            "actions": [[names[ROW][a], names[COLUMN][b]] for a, b in match.actions],
            "payoffs": match.payoffs.tolist(),
            "discounted_totals": match.discounted_totals[-1].tolist(),
            "average_payoffs": match.average_payoffs.tolist(),
        },
        "backward_induction": {
            "periods": horizon.periods,
            "unique": horizon.unique,
            "path": [e.to_json() for e in horizon.path[:1]],
        },
    }


def print_repeated(
    stage: StageGame, data: dict[str, Any], analysis: repeated.Analysis, out: TextIO
) -> None:
    start = f", from period {stage.first_period}" if stage.first_period > 1 else ""
    print(f"{stage.game.title}, repeated (δ = {data['delta']:g}{start})", file=out)
    print(data["sentence"], file=out)
    if data["verdict"]:
        print(data["verdict"], file=out)
    row, column = (p.name for p in stage.game.players)
    print(
        f"Minmax values: {row} {analysis.minmax[ROW].value:.4g}, "
        f"{column} {analysis.minmax[COLUMN].value:.4g}",
        file=out,
    )
    simulation = data["simulation"]
    print(f"\n{data['row']} ({row}) against {data['column']} ({column}):", file=out)
    for t, ((a, b), (u, v)) in enumerate(
        zip(simulation["actions"], simulation["payoffs"], strict=True)
    ):
        if t < 12:
            period = stage.period_number(t)
            print(f"  {period:>3}  {a} / {b}   {format_number(u)}, {format_number(v)}", file=out)
    if len(simulation["actions"]) > 12:
        print(f"  ... {len(simulation['actions']) - 12} more periods", file=out)
    totals = ", ".join(format_number(x) for x in simulation["discounted_totals"])
    averages = ", ".join(format_number(x) for x in simulation["average_payoffs"])
    print(f"Discounted totals: {totals}; per period: {averages}", file=out)
    horizon = data["backward_induction"]
    note = "the unique" if horizon["unique"] else "a"
    print(
        f"Finite horizon ({horizon['periods']} periods): {note} subgame-perfect outcome repeats "
        "the stage equilibrium every period.",
        file=out,
    )


def run_tournament(args: argparse.Namespace, out: TextIO) -> int:
    """A round robin; δ and the periods default to the game's preset (δ = 1 and 50 periods
    where it has none)."""
    preset = repeated.settings_of(load_game(args.file))
    periods = args.periods or int(preset.get("periods", 50))
    delta = args.delta if args.delta is not None else float(preset.get("discount_factor", 1.0))
    _, _, stage = _stage(args, periods)
    convention = repeated.convention_from(stage, preset)
    if args.strategies:
        strategies = [repeated.parse_strategy(t, stage, ROW) for t in args.strategies.split(",")]
    else:
        strategies = repeated.library(stage, convention)
    if not 0 <= args.noise < 1 or not 0 <= delta <= 1 or args.repetitions < 1:
        raise RepeatedGameError("use 0 <= --noise < 1, 0 <= --delta <= 1 and --repetitions >= 1")
    standings = repeated.tournament(
        stage, strategies, convention, periods, delta, args.noise, args.repetitions, args.seed
    )
    game = stage.game
    symmetric = repeated.is_symmetric(stage)
    roles = repeated.roles_sentence(game, symmetric)
    if args.json:
        rows = [
            {
                "strategy": s.strategy.name,
                "score": s.score,
                "spread": s.spread,
                "matches": s.matches,
                "by_role": {
                    game.players[ROW].name: s.row_score,
                    game.players[COLUMN].name: s.column_score,
                },
            }
            for s in standings
        ]
        summary = {
            "title": game.title,
            "delta": delta,
            "periods": periods,
            "symmetric": symmetric,
            "roles": roles,
            "standings": rows,
        }
        json.dump(summary, out, ensure_ascii=False)
        out.write("\n")
        return 0
    print(
        f"Tournament on {game.title}: {periods} periods, δ = {delta:g}, "
        f"noise {args.noise:g}, {args.repetitions} repetition(s)",
        file=out,
    )
    print(roles, file=out)
    by_role = (
        "" if symmetric else f"   as {game.players[ROW].name} / as {game.players[COLUMN].name}"
    )
    print(f"  {'':>3} {'strategy':<45} {'score':>8}  {'':<9}{by_role}".rstrip(), file=out)
    for place, s in enumerate(standings, start=1):
        roles_text = "" if symmetric else f"   {s.row_score:.4f} / {s.column_score:.4f}"
        print(
            f"  {place:>2}. {s.strategy.name:<45} {s.score:8.4f}  (± {s.spread:.3f}){roles_text}",
            file=out,
        )
    return 0
