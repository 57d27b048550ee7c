"""The matrix for slides: LaTeX (file and clipboard) and PNG, written through the atomic writer."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication


def test_latex_marks_best_responses_and_goes_to_file_and_clipboard(
    qtbot, bundled_window, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    window = bundled_window("prisoners_dilemma.json")
    exports = window.exports
    text = exports.latex()
    assert r"\begin{tabular}{r|cc}" in text
    assert r"\underline{$1$}, \underline{$1$}" in text  # (Confess, Confess): both best responses
    assert "Stay silent & $3$, $3$" in text
    assert exports.write_latex(tmp_path / "pd.tex", text)
    assert (tmp_path / "pd.tex").read_text() == text
    assert f"Saved {tmp_path / 'pd.tex'}" in window.status.text()
    exports.copy_latex()
    assert QApplication.clipboard().text() == text
    assert "clipboard" in window.status.text()


def test_the_png_is_the_matrix_as_shown(qtbot, bundled_window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window = bundled_window("prisoners_dilemma.json")
    assert window.exports.save_png(tmp_path / "pd.png")
    picture = QImage(str(tmp_path / "pd.png"))
    assert picture.size() == window.matrix.size()


def test_an_unsolved_game_is_not_exported_and_says_why(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    window.document.edit_cell((0, 0, 0), "9")  # the shown report is now of the older game
    assert window.exports.latex() is None
    assert "Wait for the game to be solved" in window.status.text()


def test_a_failed_export_keeps_the_older_file_and_says_why(
    qtbot, bundled_window, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    window = bundled_window("prisoners_dilemma.json")
    target = tmp_path / "pd.tex"
    target.write_text("older slide")

    def full(descriptor: int, data: bytes) -> int:
        raise OSError(errno.ENOSPC, "No space left on device")

    with monkeypatch.context() as patch:
        patch.setattr(os, "write", full)
        assert not window.exports.write_latex(target, window.exports.latex())
        assert not window.exports.save_png(tmp_path / "pd.png")
    assert target.read_text() == "older slide" and not (tmp_path / "pd.png").exists()
    assert "pd.png was not saved because the disk is full" in window.status.text()
