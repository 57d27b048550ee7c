"""`explorer repeated` and `explorer tournament`: JSON, the known threshold, one-line errors."""

from __future__ import annotations

import json

import pytest

from explorer.resources import games_dir
from tests.helpers import run_cli as run

PD = str(games_dir() / "repeated_prisoners_dilemma.json")


def test_repeated_json_gives_the_textbook_threshold_and_the_match() -> None:
    status, text = run(
        "repeated",
        PD,
        "--delta",
        "0.6",
        "--periods",
        "5",
        "--row",
        "tft",
        "--column",
        "defect",
        "--json",
    )
    assert status == 0
    data = json.loads(text)
    assert data["thresholds"]["grim_trigger"]["discount_factor"] == pytest.approx(0.5)
    assert "Confess / Confess" in data["thresholds"]["grim_trigger"]["punishment"]
    assert data["simulation"]["actions"][0] == ["Stay silent", "Confess"]
    assert data["simulation"]["actions"][1:] == [["Confess", "Confess"]] * 4
    assert data["minmax"] == [1.0, 1.0]
    assert data["backward_induction"]["unique"] is True


def test_repeated_text_uses_the_preset() -> None:
    status, text = run("repeated", str(games_dir() / "ai_price_war_repeated.json"))
    assert status == 0
    assert "Premium / Paid lasts if δ ≥" in text and "(δ = 0.8)" in text


def test_tournament_ranks_strategies() -> None:
    status, text = run(
        "tournament", PD, "--strategies", "tft,defect,cooperate", "--periods", "10", "--json"
    )
    assert status == 0
    standings = json.loads(text)["standings"]
    assert standings[0]["strategy"] == "Always defect"
    assert {s["strategy"] for s in standings} == {
        "Tit-for-tat",
        "Always defect",
        "Always cooperate",
    }


@pytest.mark.parametrize(
    ("argv", "fragment"),
    [
        (["repeated", PD, "--delta", "1"], "--delta must be in [0, 1)"),
        (["repeated", PD, "--row", "sometimes"], "unknown strategy 'sometimes'"),
        (["repeated", PD, "--row", "always:Dance"], "'Dance' is not an action"),
        (["tournament", PD, "--noise", "2"], "--noise"),
    ],
)
def test_errors_are_one_line(
    capsys: pytest.CaptureFixture[str], argv: list[str], fragment: str
) -> None:
    status, text = run(*argv)
    err = capsys.readouterr().err
    assert status == 1 and text == ""
    assert err.count("\n") == 1 and fragment in err


PRICE_WAR = str(games_dir() / "ai_price_war_repeated.json")


def test_repeated_json_gives_the_binding_threshold_and_its_period() -> None:
    """The repeated price war's payoffs change until period 21: its threshold binds there
    (the hand computation is in tests/core/repeated/test_over_time.py)."""
    status, text = run("repeated", PRICE_WAR, "--delta", "0.19", "--json")
    assert status == 0
    data = json.loads(text)
    grim = data["thresholds"]["grim_trigger"]
    assert grim["discount_factor"] == pytest.approx(0.6941, abs=1e-4)
    assert grim["period"] == 21 and grim["player"] == "Open provider"
    assert len(grim["per_period"]) == 21 and grim["per_period"][0] == pytest.approx(0.341, abs=1e-3)
    assert "binds from period 21 on" in data["sentence"]
    assert data["verdict"].startswith("At δ = 0.19 it does not last: in period 21 Open provider")
    assert data["deviation"]["action"] == "Free" and data["deviation"]["period"] == 21


def test_set_period_starts_the_repeated_game_there() -> None:
    status, text = run("repeated", PRICE_WAR, "--set", "period=21", "--periods", "3", "--json")
    assert status == 0
    data = json.loads(text)
    assert data["first_period"] == 21 and data["thresholds"]["first_period"] == 21
    assert "per_period" not in data["thresholds"]["grim_trigger"]  # nothing changes any more
    assert data["thresholds"]["grim_trigger"]["discount_factor"] == pytest.approx(0.6941, abs=1e-4)
    status, text = run("repeated", PRICE_WAR, "--set", "period=21")
    assert "(δ = 0.8, from period 21)" in text and "\n   21  " in text


def test_a_period_that_is_not_whole_is_refused(capsys: pytest.CaptureFixture[str]) -> None:
    status, _text = run("repeated", PRICE_WAR, "--set", "period=2.5")
    err = capsys.readouterr().err
    assert status == 1 and "starts in a whole period" in err and err.count("\n") == 1


def test_the_tournament_plays_at_the_presets_discount_factor_and_names_the_roles() -> None:
    status, text = run("tournament", PRICE_WAR, "--strategies", "grim,defect", "--json")
    assert status == 0
    data = json.loads(text)
    assert data["delta"] == pytest.approx(0.8) and data["periods"] == 30
    assert data["symmetric"] is False and "not in the same position" in data["roles"]
    for row in data["standings"]:
        roles = list(row["by_role"].values())
        assert row["score"] == pytest.approx(sum(roles) / 2)  # the mean over both roles
    status, text = run("tournament", PD, "--strategies", "tft,defect", "--periods", "5")
    assert "δ = 0.9" in text and "the game is symmetric" in text
