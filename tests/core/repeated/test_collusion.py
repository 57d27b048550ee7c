"""Where collusion holds as a parameter moves: thresholds per sweep point, the regime map."""

from __future__ import annotations

import numpy as np
import pytest

from explorer.core.game import Game, Parameter
from explorer.core.repeated import COLLUSION_REGIMES, Collusion, collusion_map, collusion_thresholds
from explorer.core.sweep import Axis, run_sweep


def test_the_map_reads_the_thresholds() -> None:
    grim = np.array([0.5, np.nan, np.nan, 0.2])
    harsh = np.array([0.3, 0.6, np.nan, 0.1])
    regimes = collusion_map(grim, harsh, np.array([0.1, 0.4, 0.7]))
    G, M, N = Collusion.GRIM_TRIGGER, Collusion.MINMAX_ONLY, Collusion.NOT_SUSTAINED
    assert regimes.tolist() == [[N, N, N, M], [M, N, N, G], [G, M, N, G]]
    assert len(COLLUSION_REGIMES) == len(Collusion)


def test_thresholds_over_a_sweep_of_the_temptation() -> None:
    """A Prisoner's Dilemma with temptation T from 3.5 to 8, R = 3, P = 1, S = 0: grim
    trigger needs δ ≥ (T − 3)/(T − 1). The minmax punishment is P too (holding the other to
    its best reply against D), so both thresholds agree."""
    game = Game.build(
        "PD over T",
        [("Row", ["C", "D"]), ("Column", ["C", "D"])],
        [[[3, 3], [0, "T"]], [["T", 0], [1, 1]]],
        [Parameter("T", 5, 3.5, 8)],
    )
    axis = Axis("T", 3.5, 8.0, 10)
    grim, harsh = collusion_thresholds(run_sweep(game, axis), (0, 0))
    T = axis.values()
    assert grim == pytest.approx((T - 3) / (T - 1))
    assert harsh == pytest.approx(grim)


def test_undefined_points_and_hopeless_targets_are_nan() -> None:
    """log(T − 4) is undefined for T ≤ 4; (C, D) is never sustained (D's payoff T > 0 is
    the column player's, but the row player earns 0 < P = 1 on that path)."""
    game = Game.build(
        "PD with a hole",
        [("Row", ["C", "D"]), ("Column", ["C", "D"])],
        [[[3, 3], [0, "T + log(T - 4)"]], [["T", 0], [1, 1]]],
        [Parameter("T", 6, 3, 8)],
    )
    axis = Axis("T", 3.0, 8.0, 6)
    result = run_sweep(game, axis)
    grim, harsh = collusion_thresholds(result, (0, 0))
    assert np.isnan(grim[result.undefined]).all() and np.isnan(harsh[result.undefined]).all()
    assert np.isfinite(grim[~result.undefined]).all()
    never, _ = collusion_thresholds(result, (0, 1))
    assert np.isnan(never).all()


def test_over_time_agrees_with_the_sweep_when_nothing_changes_and_can_be_stopped() -> None:
    """A game with a period that no payoff uses gives, point by point, the thresholds of
    the sweep (δ ≥ (T − 3)/(T − 1)); NaN where a payoff is undefined; a stop is obeyed."""
    from explorer.core.repeated.collusion import collusion_over_time
    from explorer.core.solve import SolveCancelled

    game = Game.build(
        "PD over T, with periods",
        [("Row", ["C", "D"]), ("Column", ["C", "D"])],
        [[[3, 3], [0, "T + 0 * log(T - 4)"]], [["T", 0], [1, 1]]],
        [Parameter("T", 5, 3.5, 8), Parameter("period", 1, 1, 30)],
    )
    axis = Axis("T", 3.5, 8.0, 10)
    seen: list[int] = []
    grim, harsh = collusion_over_time(
        game, axis, {}, (0, 0), progress=lambda done, total: seen.append(done)
    )
    T = axis.values()
    defined = T > 4
    assert np.isnan(grim[~defined]).all() and np.isnan(harsh[~defined]).all()
    assert grim[defined] == pytest.approx(((T - 3) / (T - 1))[defined])
    assert harsh[defined] == pytest.approx(grim[defined])
    assert seen == sorted(seen) and seen[-1] == len(T)
    with pytest.raises(SolveCancelled):
        collusion_over_time(game, axis, {}, (0, 0), should_stop=lambda: True)
