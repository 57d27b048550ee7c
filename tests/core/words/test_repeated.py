"""The repeated game in sentences: thresholds, the finite horizon, names; in English and German."""

from __future__ import annotations

import math

import pytest

from explorer.core.game import COLUMN, ROW, Game
from explorer.core.i18n import CATALOG
from explorer.core.repeated import (
    COLLUSION_REGIMES,
    RULES,
    Collusion,
    Convention,
    StageGame,
    Strategy,
    analyse_repeated,
    finite_horizon_sentence,
    threshold_sentence,
)
from explorer.core.words.labels import (
    TITLES,
    punishment_label,
    strategy_label,
    target_label,
)
from explorer.core.words.repeated import count_words
from explorer.resources import translations_dir
from tests.core.repeated.games import CONVENTION, PD, growing_game


def sentence(game: Game, target: tuple[int, int]) -> str:
    stage = StageGame.of(game)
    return threshold_sentence(analyse_repeated(stage, target), stage)


def test_threshold_sentence_names_the_profile_and_the_punishment() -> None:
    assert sentence(PD.game, (0, 0)) == (
        "C / C lasts if δ ≥ 0.50 (grim trigger, punishment: the stage equilibrium D / D); "
        "under the minmax punishment δ ≥ 0.50 suffices."
    )


def test_a_stage_equilibrium_lasts_at_any_discount_factor() -> None:
    assert sentence(PD.game, (1, 1)) == (
        "D / D is itself a stage equilibrium: it lasts at any discount factor."
    )


def test_a_profile_no_punishment_sustains() -> None:
    """(C, D) leaves the row player 0, below every punishment: no δ < 1 sustains it."""
    assert sentence(PD.game, (0, 1)) == (
        "C / D cannot be sustained by grim trigger: no stage equilibrium punishes enough; "
        "not even the minmax punishment sustains it."
    )


def test_only_the_minmax_punishment_sustains_it() -> None:
    """(C, C) pays 4 each, the only stage equilibrium (D, D) pays 4.5: reverting to it is
    a reward, not a punishment. Threatening X holds the deviator to its minmax value 0, so
    (5 − 4)/(5 − 0) = 0.2 suffices."""
    A = [[4, 0, 0], [5, 4.5, 0], [-1, -1, -1]]
    game = Game.build(
        "only minmax",
        [("Row", ["C", "D", "X"]), ("Column", ["C", "D", "X"])],
        [[[A[i][j], A[j][i]] for j in range(3)] for i in range(3)],
    )
    assert sentence(game, (0, 0)) == (
        "C / C cannot be sustained by grim trigger: no stage equilibrium punishes enough; "
        "under the minmax punishment δ ≥ 0.20 suffices."
    )


def test_finite_horizon_sentences() -> None:
    assert finite_horizon_sentence(PD, 2) == (
        "With a known last period, backward induction gives D / D in all 2 periods: the "
        "unique subgame-perfect outcome. nashpy's repeated game agrees."
    )
    long = finite_horizon_sentence(PD, 30)
    assert long.endswith(
        "nashpy's repeated game, which lists every strategy, would need more than 10^300 "
        "strategies for 30 periods; for 2 period(s) it agrees."
    )
    several = finite_horizon_sentence(growing_game(3), 3)
    assert "one subgame-perfect outcome (others exist)" in several
    assert "nashpy" not in several  # payoffs that change over time: no check


def test_counts_in_words() -> None:
    assert count_words(2097152.0) == "2.1e+06 strategies"
    assert count_words(math.inf) == "more than 10^300 strategies"


def test_the_sentences_in_german() -> None:
    with CATALOG.using("de", translations_dir()):
        threshold = sentence(PD.game, (0, 0))
        horizon = finite_horizon_sentence(PD, 2)
        line_up = strategy_label(Strategy("freemium", periods=5), PD, COLUMN, CONVENTION)
    assert threshold == (
        "C / C hat Bestand, wenn δ ≥ 0.50 (Grim Trigger, Bestrafung: das Stufengleichgewicht "
        "D / D); droht die Minmax-Bestrafung, genügt δ ≥ 0.50."
    )
    assert horizon.startswith("Bei bekannter letzter Periode ergibt die Rückwärtsinduktion")
    assert line_up == "Freemium: 5 Perioden D, dann C"


def test_strategy_labels() -> None:
    assert strategy_label(Strategy("grim"), PD) == "Grim trigger"
    assert strategy_label(Strategy("always", action=1), PD, ROW) == "Always D"
    assert strategy_label(Strategy("always", action=9), PD, ROW) == "Always D"  # clipped
    assert strategy_label(Strategy("freemium", periods=2), PD) == "Freemium (2 periods)"
    named = strategy_label(
        Strategy("freemium", periods=2), PD, convention=Convention((0, 0), (1, 1))
    )
    assert named == "Freemium: D for 2 periods, then C"
    assert set(TITLES) == set(RULES)


def test_target_and_punishment_labels() -> None:
    assert target_label(PD, (0, 1)) == "C / D"
    (equilibrium,) = PD.equilibria(0)
    assert punishment_label(PD.game, equilibrium) == "the stage equilibrium D / D"
    assert punishment_label(PD.game, None) == "the minmax punishment"


@pytest.mark.parametrize("regime", list(Collusion))
def test_every_collusion_regime_has_a_name(regime: Collusion) -> None:
    assert COLLUSION_REGIMES[regime]
    with CATALOG.using("de", translations_dir()):
        from explorer.core.i18n import _

        assert _(COLLUSION_REGIMES[regime]) != COLLUSION_REGIMES[regime]
