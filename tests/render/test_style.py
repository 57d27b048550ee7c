"""Shared colours and line widths: one colour per player everywhere, lines scaled for projectors."""

from __future__ import annotations

from explorer.render import style


def test_each_player_keeps_one_colour_and_the_regimes_are_distinct() -> None:
    assert style.player_colour(0) != style.player_colour(1)
    assert style.player_colour_hex(0) == style.PLAYER_COLOURS[0].name()
    assert len(set(style.REGIME_COLOURS)) == len(style.REGIME_COLOURS)
    assert style.UNDEFINED_COLOUR not in style.REGIME_COLOURS
    assert len(style.LINE_STYLES) == len(style.LINE_SAMPLES)


def test_line_widths_follow_the_scale() -> None:
    try:
        style.set_line_scale(1.8)
        assert style.line_width(2) == 3.6
    finally:
        style.set_line_scale(1.0)
    assert style.line_width(2) == 2
