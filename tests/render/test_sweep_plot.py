"""The sweep plot, drawn without the app: lines, regime maps, heatmaps, and the grid point
under the mouse."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QImage

from explorer.core.io import load_game
from explorer.core.sweep import Axis, Outcome, Selection, run_sweep
from explorer.render.style import REGIME_COLOURS, UNDEFINED_COLOUR
from explorer.render.sweep_plot import SweepPlot, nearest_point, regime_colour, render_sweep
from explorer.resources import flagship_path


@pytest.fixture(scope="module")
def sweeps():  # type: ignore[no-untyped-def]
    game = load_game(flagship_path())
    two = run_sweep(game, Axis("subsidy", 0, 1, 11), Axis("trust_penalty", 0, 1, 11))
    one = run_sweep(game, Axis("subsidy", 0, 1, 21))
    return one, two


def test_a_regime_map_names_each_regime_with_its_share(qtbot, sweeps) -> None:  # type: ignore[no-untyped-def]
    plot = SweepPlot()
    qtbot.addWidget(plot)
    plot.show_map(sweeps[1], Outcome("regimes"), Selection.ALL)
    legend = plot.legend.text()
    for regime in ("Premium / Paid", "Premium / Free", "Price cut / Free"):
        assert regime in legend
    assert "%" in legend and plot.result is sweeps[1]


def test_lines_over_one_parameter_shade_where_several_equilibria_are(qtbot, sweeps) -> None:  # type: ignore[no-untyped-def]
    plot = SweepPlot()
    qtbot.addWidget(plot)
    plot.show_line(sweeps[0], Outcome("payoffs"))
    assert "several equilibria" in plot.legend.text()
    assert "Closed provider: Premium / Paid" in plot.legend.text()


def test_the_grid_point_under_the_mouse(sweeps) -> None:  # type: ignore[no-untyped-def]
    one, two = sweeps
    assert nearest_point(one, 0.51, 0) == 10
    assert nearest_point(one, 1.2, 0) is None
    assert nearest_point(two, 0.1, 0.9) == two.point(1, 9)


def test_public_drawing_for_other_views(qtbot) -> None:  # type: ignore[no-untyped-def]
    """What the Repeated tab's collusion map draws with: categories, a curve, the area."""
    plot = SweepPlot()
    qtbot.addWidget(plot)
    plot.clear_plot("lever")
    index = np.array([[0, 1], [1, 1]])
    plot.show_categories(index, ["holds", "fails"], QRectF(0, 0, 1, 1), "Where it lasts")
    plot.set_axis_label("left", "δ")
    plot.add_curve(np.array([0.0, 1.0]), np.array([0.2, 0.8]), "#222222")
    plot.show_area(QRectF(0, 0, 1, 1))
    assert "holds" in plot.legend.text() and "(75%)" in plot.legend.text()
    (x_range, y_range) = plot.view.plotItem.vb.viewRange()
    assert x_range == pytest.approx([0, 1]) and y_range == pytest.approx([0, 1])
    assert plot.point_at(QPointF(-5, -5)) is None  # no sweep under it


def test_undefined_regimes_are_white() -> None:
    from explorer.core.sweep import undefined_label

    assert regime_colour(3, undefined_label()) == UNDEFINED_COLOUR
    assert regime_colour(3, "Premium / Paid") == REGIME_COLOURS[3]


def test_render_sweep_draws_off_screen(qapp, sweeps, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    render_sweep(sweeps[1], Outcome("regimes"), Selection.ALL, tmp_path / "map.png", (640, 400))
    assert QImage(str(tmp_path / "map.png")).size().width() == 640
