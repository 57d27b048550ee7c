"""The app's own plots: the p–q square of a 2×2 game, and saving a plot where the user says."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest

from explorer.app import plots


def test_the_square_shows_both_best_responses_and_the_equilibria(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    diagram = window.results.diagram
    assert diagram is not None and diagram.isVisible()
    legend = window.results.diagram_legend.text()
    assert "Ann best response" in legend and "Bob best response" in legend
    assert "equilibria" in legend
    # Two best-response lines and one set of equilibrium points (three equilibria).
    items = diagram.listDataItems()
    assert len(items) == 3 and len(items[-1].xData) == 3


def chosen_file(monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    """The save dialog answers ``path`` (as a user who typed it would)."""
    monkeypatch.setattr(
        plots.QFileDialog, "getSaveFileName", lambda *args: (str(path), "PNG image (*.png)")
    )


def test_a_plot_is_saved_as_png_or_svg_by_its_ending(
    qtbot, window, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    panel = window.results.diagram_panel
    chosen_file(monkeypatch, tmp_path / "square")  # no ending: a PNG
    assert plots.save_plot_as(panel, window, "square") == tmp_path / "square.png"
    assert (tmp_path / "square.png").read_bytes().startswith(b"\x89PNG")
    chosen_file(monkeypatch, tmp_path / "square.svg")
    assert plots.save_plot_as(panel, window, "square") == tmp_path / "square.svg"
    assert b"<svg" in (tmp_path / "square.svg").read_bytes()


def test_a_plot_that_cannot_be_saved_says_why(
    qtbot, window, answers, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    chosen_file(monkeypatch, tmp_path / "square.png")

    def full(descriptor: int, data: bytes) -> int:
        raise OSError(errno.ENOSPC, "No space left on device")

    with monkeypatch.context() as patch:
        patch.setattr(os, "write", full)
        assert plots.save_plot_as(window.results.diagram_panel, window, "square") is None
    assert answers["errors"] == [
        "square.png was not saved because the disk is full; "
        "any earlier file of that name is unchanged."
    ]
