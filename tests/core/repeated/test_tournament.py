"""Round robins: the ranking theory predicts, reproducible, cancellable, bounded."""

from __future__ import annotations

import pytest

from explorer.core.repeated import RepeatedGameError, Strategy, library, tournament
from explorer.core.repeated.tournament import MAX_ENTRANTS, MAX_REPETITIONS
from explorer.core.solve import SolveCancelled
from tests.core.repeated.games import CONVENTION, PD


def test_always_defect_wins_a_short_round_robin_of_three() -> None:
    """10 periods, δ = 1, (T, R, P, S) = (5, 3, 1, 0). Per period: tft against tft or an
    unconditional cooperator 3, against defect (0 + 9·1)/10 = 0.9, while defect earns
    (5 + 9)/10 = 1.4 against tft, 1 against itself and 5 against a cooperator. Each plays
    each (itself too) in both roles, so the scores are tft (3 + 0.9 + 3)/3 = 2.3, defect
    (1.4 + 1 + 5)/3 ≈ 2.467 and cooperate (3 + 0 + 3)/3 = 2."""
    entrants = [Strategy("tft"), Strategy("defect"), Strategy("cooperate")]
    standings = tournament(PD, entrants, CONVENTION, periods=10)
    assert [s.strategy.kind for s in standings] == ["defect", "tft", "cooperate"]
    assert [s.score for s in standings] == pytest.approx([7.4 / 3, 2.3, 2.0])
    assert all(s.matches == 6 for s in standings)


def test_tournament_is_reproducible_ranked_and_cancellable() -> None:
    strategies = library(PD, CONVENTION)
    first = tournament(PD, strategies, CONVENTION, periods=30, noise=0.05, repetitions=2, seed=7)
    again = tournament(PD, strategies, CONVENTION, periods=30, noise=0.05, repetitions=2, seed=7)
    assert [s.score for s in first] == [s.score for s in again]
    assert [s.score for s in first] == sorted((s.score for s in first), reverse=True)
    assert all(s.matches == 2 * 2 * len(strategies) for s in first)
    with pytest.raises(SolveCancelled):
        tournament(PD, strategies, CONVENTION, should_stop=lambda: True)


def test_progress_counts_every_match() -> None:
    seen: list[tuple[int, int]] = []
    tournament(
        PD,
        [Strategy("tft"), Strategy("grim")],
        CONVENTION,
        periods=5,
        repetitions=3,
        progress=lambda done, total: seen.append((done, total)),
    )
    assert seen == [(k, 12) for k in range(1, 13)]


@pytest.mark.parametrize(
    ("entrants", "settings", "fragment"),
    [
        (0, {}, "choose 1 to"),
        (MAX_ENTRANTS + 1, {}, "choose 1 to"),
        (2, {"repetitions": 0}, "repetitions"),
        (2, {"repetitions": MAX_REPETITIONS + 1}, "repetitions"),
        (2, {"seed": -1}, "seed"),
        (2, {"periods": 0}, "periods"),
        (2, {"noise": 1.5}, "tremble"),
        (100, {"periods": 10_000, "repetitions": 1}, "too many"),  # 10^8 periods in all
    ],
)
def test_tournaments_out_of_bounds_are_refused(
    entrants: int, settings: dict[str, int | float], fragment: str
) -> None:
    with pytest.raises(RepeatedGameError, match=fragment):
        tournament(PD, [Strategy("tft")] * entrants, CONVENTION, **settings)  # type: ignore[arg-type]


def test_each_roles_score_is_kept_and_the_score_is_their_mean() -> None:
    """In the symmetric prisoner's dilemma both roles are alike; in an asymmetric game the
    row and column scores differ and the score is their mean (each pair meets in both
    orders, so each strategy plays as many matches in each role)."""
    from explorer.core.game import Game
    from explorer.core.repeated import StageGame, is_symmetric

    entrants = [Strategy("tft"), Strategy("defect")]
    standings = tournament(PD, entrants, CONVENTION, periods=10)
    assert is_symmetric(PD)
    assert all(s.row_score == pytest.approx(s.column_score) for s in standings)
    lopsided = StageGame.of(
        Game.build(
            "lopsided",
            [("Big", ["C", "D"]), ("Small", ["C", "D"])],
            [[[6, 3], [0, 5]], [[10, 0], [2, 1]]],
        )
    )
    assert not is_symmetric(lopsided)
    for s in tournament(lopsided, entrants, CONVENTION, periods=10):
        assert s.score == pytest.approx((s.row_score + s.column_score) / 2)
        assert s.row_score > s.column_score  # the big player's role pays more
