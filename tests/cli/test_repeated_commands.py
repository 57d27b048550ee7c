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
