"""The matrix for slides: LaTeX on the clipboard or in a file, and a PNG as it is on screen."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFileDialog, QWidget

from explorer.app.document import GameDocument
from explorer.app.solving import SolveController
from explorer.app.writing import Written, export_file
from explorer.core.io.atomic import write_text_atomic
from explorer.core.io.latex import matrix_to_latex
from explorer.render.export import save_plot


class MatrixExports(QObject):
    """Exports of the open game's payoff matrix, with its best responses marked.

    What happened is announced by :attr:`message` (text, is it an error).
    """

    message = Signal(str, bool)

    def __init__(
        self, document: GameDocument, solving: SolveController, matrix: QWidget, window: QWidget
    ) -> None:
        super().__init__(window)
        self.document = document
        self.solving = solving
        self.matrix = matrix
        self.window = window

    def latex(self) -> str | None:
        """The matrix as a LaTeX tabular, or None (said why) while the game is unsolved."""
        report = self.solving.report
        if report is None or report.game != self.document.game:
            self.message.emit(self.tr("Wait for the game to be solved, then export."), True)
            return None
        marks = report.best_responses
        return matrix_to_latex(report.game, report.A, report.B, marks.row, marks.column)

    def copy_latex(self) -> None:
        text = self.latex()
        if text:
            QGuiApplication.clipboard().setText(text)
            self.message.emit(self.tr("The matrix is on the clipboard as a LaTeX tabular."), False)

    def choose_latex_file(self) -> None:
        text = self.latex()
        if not text:
            return
        path = self._choose(".tex", self.tr("Export LaTeX"), self.tr("LaTeX (*.tex)"))
        if path is not None:
            self.write_latex(path, text)

    def write_latex(self, path: Path, text: str) -> bool:
        return self._announce(export_file(path, lambda: write_text_atomic(path, text)))

    def choose_png_file(self) -> None:
        path = self._choose(".png", self.tr("Export matrix"), self.tr("PNG image (*.png)"))
        if path is not None:
            self.save_png(path)

    def save_png(self, path: Path) -> bool:
        """The matrix with its player names and legend, as it is on screen."""
        return self._announce(export_file(path, lambda: save_plot(self.matrix, path)))

    def _choose(self, suffix: str, title: str, file_filter: str) -> Path | None:
        suggested = str(Path.home() / f"{self.document.game.title}{suffix}")
        chosen, _ = QFileDialog.getSaveFileName(self.window, title, suggested, file_filter)
        return Path(chosen) if chosen else None

    def _announce(self, written: Written) -> bool:
        self.message.emit(written.message, not written.ok)
        return written.ok
