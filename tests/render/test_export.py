"""Plots as files: PNG or SVG by the ending, written whole or not at all, checked after writing."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QLabel

from explorer.render.export import picture_check, plot_bytes, save_plot


@pytest.fixture
def picture(qtbot):  # type: ignore[no-untyped-def]
    label = QLabel("δ ≥ 0.5")
    label.resize(240, 80)
    qtbot.addWidget(label)
    return label


def test_png_and_svg_by_the_ending(picture, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    save_plot(picture, tmp_path / "plot.png")
    save_plot(picture, tmp_path / "plot.svg")
    assert QImage(str(tmp_path / "plot.png")).size() == picture.size()
    svg = (tmp_path / "plot.svg").read_text()
    assert svg.lstrip().startswith("<?xml") and "Strategy Explorer plot" in svg


def test_bytes_that_are_no_picture_are_refused(picture) -> None:  # type: ignore[no-untyped-def]
    picture_check(".png")(plot_bytes(picture, ".png"))
    picture_check(".svg")(plot_bytes(picture, ".svg"))
    with pytest.raises(ValueError, match="PNG"):
        picture_check(".png")(plot_bytes(picture, ".png")[:40])
    with pytest.raises(ValueError, match="SVG"):
        picture_check(".svg")(b"<svg")


def test_a_failed_write_keeps_the_older_file(
    picture, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    target = tmp_path / "plot.png"
    target.write_bytes(b"older")

    def full(descriptor: int, data: bytes) -> int:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "write", full)
    with pytest.raises(OSError):
        save_plot(picture, target)
    assert target.read_bytes() == b"older"
