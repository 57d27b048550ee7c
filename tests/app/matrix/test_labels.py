"""The players' names beside the matrix: drawn in place, a double-click asks for a rename."""

from __future__ import annotations

from explorer.app.matrix.labels import PlayerLabel, VerticalLabel
from tests.app.user import click


def test_a_double_click_asks_for_a_rename(qtbot) -> None:  # type: ignore[no-untyped-def]
    label = PlayerLabel("Bob")
    qtbot.addWidget(label)
    label.show()
    qtbot.waitExposed(label)
    with qtbot.waitSignal(label.doubleClicked):
        click(label, double=True)


def test_the_row_players_name_is_drawn_upright(qtbot) -> None:  # type: ignore[no-untyped-def]
    label = VerticalLabel("Ann, the row player")
    qtbot.addWidget(label)
    across = PlayerLabel("Ann, the row player")
    assert label.sizeHint() == across.sizeHint().transposed()
    label.resize(label.sizeHint())
    picture = label.grab().toImage()
    inked = {
        (x, y)
        for x in range(picture.width())
        for y in range(picture.height())
        if picture.pixelColor(x, y).lightness() < 128
    }
    assert inked and max(y for _, y in inked) - min(y for _, y in inked) > picture.width()
