"""The main window: assembles the library, matrix, parameters and results; wiring in one place."""

from __future__ import annotations

from pathlib import Path

import numpy
from PySide6 import __version__ as pyside_version
from PySide6.QtCore import (
    QByteArray,
    QCoreApplication,
    QSaveFile,
    QSettings,
    Qt,
    QTimer,
    Signal,
    qVersion,
)
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QGuiApplication,
    QKeySequence,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QDockWidget,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from explorer import __version__
from explorer.app import dialogs
from explorer.app.crash import data_dir
from explorer.app.document import DocumentState, GameDocument
from explorer.app.dynamics_view import DynamicsView
from explorer.app.i18n import LANGUAGES
from explorer.app.i18n import SETTING as LANGUAGE_SETTING
from explorer.app.library import LibraryPanel
from explorer.app.matrix.view import DEFAULT_POINT_SIZE, MatrixEditor
from explorer.app.parameters import ParametersPanel
from explorer.app.recovery import RecoveryManager, find_orphans, read_orphan
from explorer.app.repeated_view import RepeatedView
from explorer.app.results import ResultsPanel
from explorer.app.style import set_line_scale
from explorer.app.sweep_view import SweepView
from explorer.app.workers import JobRunner, Throttle
from explorer.core import edit
from explorer.core.game import Game
from explorer.core.i18n import language
from explorer.core.io import FORMATS, GameFileError, game_text, load_game
from explorer.core.io.atomic import write_text_atomic
from explorer.core.io.latex import matrix_to_latex
from explorer.core.io.library import bundled_games, localized
from explorer.core.report import Report, analyse
from explorer.resources import flagship_path, games_dir

MAX_RECENT = 8
#: Presenter mode: how much larger the fonts, how much bolder the plot lines.
PRESENTER_SCALE = 1.35
PRESENTER_LINE_SCALE = 1.8
#: Default width of the parameters panel, in pixels.
PARAMETERS_WIDTH = 380
#: Slider moves are merged into at most one solve request per this many milliseconds.
VALUE_THROTTLE_MS = 30
#: Milliseconds after the first show before the plotting library is loaded.
PLOTTING_DELAY_MS = 250


def file_filter() -> str:
    return QCoreApplication.translate(
        "MainWindow", "Games (*.json *.nfg);;Explorer games (*.json);;Gambit games (*.nfg)"
    )


def _load_plotting() -> None:
    import explorer.app.plots  # noqa: F401


class GameHeader(QWidget):
    """The game's title (editable in place) and its description (shown, editable in a dialog)."""

    def __init__(self, document: GameDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.title = QLineEdit(self)
        self.title.setObjectName("title")
        self.title.setFrame(False)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.title.setFont(font)
        self.title.setToolTip(self.tr("The game's title: click to edit"))
        self.title.editingFinished.connect(self.on_title_edited)
        self.description = QTextBrowser(self)
        self.description.setObjectName("description")
        self.description.setOpenExternalLinks(False)
        self.description.setMaximumHeight(self.fontMetrics().height() * 6)
        self.edit_button = QPushButton(self.tr("Edit description…"), self)
        self.edit_button.clicked.connect(self.on_edit_description)
        row = QHBoxLayout()
        row.addWidget(self.title, 1)
        row.addWidget(self.edit_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.description)
        document.gameChanged.connect(self.on_game_changed)
        self.on_game_changed()

    def on_game_changed(self) -> None:
        game = self.document.game
        if self.title.text() != game.title:
            self.title.setText(game.title)
        self.description.setPlainText(game.description)
        self.description.setVisible(bool(game.description))

    def on_title_edited(self) -> None:
        title = self.title.text().strip()
        if title and title != self.document.game.title:
            self.document.apply(lambda g: g.with_changes(title=title), self.tr("Edit title"))

    def on_edit_description(self) -> None:
        dialog = QDialog(self)
        dialog.setWindowTitle(self.tr("Game description"))
        text = QPlainTextEdit(self.document.game.description, dialog)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, dialog
        )
        buttons.accepted.connect(dialog.accept)
        buttons.rejected.connect(dialog.reject)
        layout = QVBoxLayout(dialog)
        layout.addWidget(text)
        layout.addWidget(buttons)
        dialog.resize(640, 420)
        dialog.accepted.connect(lambda: self.set_description(text.toPlainText()))
        dialog.open()

    def set_description(self, description: str) -> None:
        if description != self.document.game.description:
            self.document.apply(
                lambda g: g.with_changes(description=description), self.tr("Edit description")
            )


class MainWindow(QMainWindow):
    """The explorer's one window. Slots are short and hand the work to the core or a worker."""

    #: A fresh analysis has been shown (emitted on the GUI thread).
    reportShown = Signal(object)

    def __init__(self, settings: QSettings | None = None, data_folder: Path | None = None) -> None:
        super().__init__()
        self.settings = settings or QSettings()
        self.data_folder = data_folder or data_dir()
        self.document = GameDocument(edit.blank_game(), parent=self)
        self.method = "auto"
        self.report: Report | None = None
        self._presenter = False
        self.solver = JobRunner(self)
        self._requested: tuple[object, ...] | None = None
        self.header = GameHeader(self.document, self)
        self.matrix = MatrixEditor(self.document, self)
        self.parameters = ParametersPanel(self.document, self)
        self.results = ResultsPanel(self)
        self.library = LibraryPanel(self)
        self.sweep = SweepView(self.document, self)
        self.repeated = RepeatedView(self.document, self)
        self.dynamics = DynamicsView(self.document, self)
        self.recovery = RecoveryManager(self.document, self.data_folder / "recovery", self)
        self._build_layout()
        self._create_actions()
        self._create_menus()
        self._connect_signals()
        self.setAcceptDrops(True)
        self.setObjectName("main_window")
        self._load_library()
        self._restore_layout()
        self.on_path_changed()
        self.request_solve()

    # --- construction -----------------------------------------------------------------------

    def _build_layout(self) -> None:
        game_page = QWidget(self)
        layout = QVBoxLayout(game_page)
        layout.addWidget(self.header)
        layout.addWidget(self.matrix, 1)
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(game_page, self.tr("Game"))
        self.tabs.addTab(self.sweep, self.tr("Sweep"))
        self.tabs.addTab(self.repeated, self.tr("Repeated"))
        self.tabs.addTab(self.dynamics, self.tr("Dynamics"))
        self.setCentralWidget(self.tabs)
        self.docks = {
            "library": self._dock(
                self.tr("Library"), self.library, Qt.DockWidgetArea.LeftDockWidgetArea
            ),
            "parameters": self._dock(
                self.tr("Parameters"), self.parameters, Qt.DockWidgetArea.RightDockWidgetArea
            ),
            "results": self._dock(
                self.tr("Equilibria"), self.results, Qt.DockWidgetArea.BottomDockWidgetArea
            ),
        }
        # The side docks run the full height; the results sit under the matrix only.
        self.setCorner(Qt.Corner.BottomLeftCorner, Qt.DockWidgetArea.LeftDockWidgetArea)
        self.setCorner(Qt.Corner.BottomRightCorner, Qt.DockWidgetArea.RightDockWidgetArea)
        self.status = QLabel(self)
        self.statusBar().addWidget(self.status, 1)
        self.resize(1440, 900)
        self._docks_sized = False

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._docks_sized:  # first show without a saved layout: sensible proportions
            self._docks_sized = True
            QTimer.singleShot(0, self._size_docks)
        # The plotting library loads in ~0.5 s: do it once the window has been painted,
        # while the first solve (which loads nashpy) runs in the worker.
        QTimer.singleShot(PLOTTING_DELAY_MS, _load_plotting)

    def _size_docks(self) -> None:
        self.resizeDocks(
            [self.docks["library"], self.docks["parameters"]],
            [280, PARAMETERS_WIDTH],
            Qt.Orientation.Horizontal,
        )
        self.resizeDocks(
            [self.docks["results"]], [int(self.height() * 0.38)], Qt.Orientation.Vertical
        )

    def _dock(self, title: str, widget: QWidget, area: Qt.DockWidgetArea) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(f"dock_{widget.__class__.__name__}")
        dock.setWidget(widget)
        dock.setFeatures(
            QDockWidget.DockWidgetFeature.DockWidgetMovable
            | QDockWidget.DockWidgetFeature.DockWidgetFloatable
            | QDockWidget.DockWidgetFeature.DockWidgetClosable
        )
        self.addDockWidget(area, dock)
        return dock

    def _action(
        self, text: str, slot: object, shortcut: QKeySequence | str | None = None
    ) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        return action

    def _create_actions(self) -> None:
        keys = QKeySequence.StandardKey
        self.new_action = self._action(self.tr("&New"), self.on_new, keys.New)
        self.open_action = self._action(self.tr("&Open…"), self.on_open, keys.Open)
        self.save_action = self._action(self.tr("&Save"), self.on_save, keys.Save)
        self.save_as_action = self._action(self.tr("Save &As…"), self.on_save_as, keys.SaveAs)
        self.quit_action = self._action(self.tr("&Quit"), self.close, keys.Quit)
        self.undo_action = self.document.undo_stack.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setShortcut(keys.Undo)
        self.redo_action = self.document.undo_stack.createRedoAction(self, self.tr("&Redo"))
        self.redo_action.setShortcut(keys.Redo)
        self.zoom_in_action = self._action(
            self.tr("Zoom &In"), lambda: self.matrix.zoom(1), keys.ZoomIn
        )
        self.zoom_out_action = self._action(
            self.tr("Zoom &Out"), lambda: self.matrix.zoom(-1), keys.ZoomOut
        )
        self.zoom_reset_action = self._action(
            self.tr("&Actual Size"),
            lambda: self.matrix.set_point_size(DEFAULT_POINT_SIZE),
            "Ctrl+0",
        )
        self.about_action = self._action(self.tr("&About Strategy Explorer"), self.on_about)
        self.presenter_action = self._action(
            self.tr("&Presenter Mode"), self.set_presenter_mode, QKeySequence(Qt.Key.Key_F5)
        )
        self.presenter_action.setCheckable(True)
        self.latex_action = self._action(self.tr("Export Matrix as &LaTeX…"), self.on_export_latex)
        self.copy_latex_action = self._action(self.tr("Copy Matrix as LaTeX"), self.on_copy_latex)
        self.matrix_png_action = self._action(
            self.tr("Export Matrix as &PNG…"), self.on_export_matrix_png
        )

    def _create_menus(self) -> None:
        menu = self.menuBar()
        file_menu = menu.addMenu(self.tr("&File"))
        file_menu.addActions([self.new_action, self.open_action])
        self.recent_menu = file_menu.addMenu(self.tr("Open &Recent"))
        file_menu.addSeparator()
        file_menu.addActions([self.save_action, self.save_as_action])
        file_menu.addSeparator()
        file_menu.addActions([self.latex_action, self.copy_latex_action, self.matrix_png_action])
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        edit_menu = menu.addMenu(self.tr("&Edit"))
        edit_menu.addActions([self.undo_action, self.redo_action])
        edit_menu.addSeparator()
        edit_menu.addAction(self._action(self.tr("&Paste Payoffs"), self.matrix.view.paste))
        edit_menu.addAction(
            self._action(self.tr("Add Row Strategy"), lambda: self._add_strategy(0))
        )
        edit_menu.addAction(
            self._action(self.tr("Add Column Strategy"), lambda: self._add_strategy(1))
        )
        edit_menu.addAction(
            self._action(self.tr("Rename Row Player…"), lambda: self.matrix.start_player_rename(0))
        )
        edit_menu.addAction(
            self._action(
                self.tr("Rename Column Player…"), lambda: self.matrix.start_player_rename(1)
            )
        )
        edit_menu.addAction(self._action(self.tr("Add Parameter…"), self.parameters.on_add))
        view_menu = menu.addMenu(self.tr("&View"))
        view_menu.addActions([self.zoom_in_action, self.zoom_out_action, self.zoom_reset_action])
        view_menu.addAction(self.presenter_action)
        view_menu.addMenu(self._language_menu())
        view_menu.addSeparator()
        for dock in self.docks.values():
            view_menu.addAction(dock.toggleViewAction())
        help_menu = menu.addMenu(self.tr("&Help"))
        help_menu.addAction(self.about_action)
        self._update_recent_menu()

    def _language_menu(self) -> QMenu:
        """System default, English or Deutsch: stored now, applied at the next start."""
        menu = QMenu(self.tr("&Language"), self)
        group = QActionGroup(self)
        current = str(self.settings.value(LANGUAGE_SETTING, "system") or "system")
        for code, name in (("system", self.tr("System default")), *LANGUAGES.items()):
            action = menu.addAction(name)
            action.setCheckable(True)
            action.setChecked(code == current)
            action.setData(code)
            group.addAction(action)
        group.triggered.connect(self.on_language_chosen)
        self.language_actions = group
        return menu

    def on_language_chosen(self, action: QAction) -> None:
        self.settings.setValue(LANGUAGE_SETTING, action.data())
        self.show_message(self.tr("The language changes when the explorer starts again."))

    def _connect_signals(self) -> None:
        document = self.document
        document.gameChanged.connect(self.on_game_changed)
        document.pathChanged.connect(self.on_path_changed)
        document.undo_stack.cleanChanged.connect(self.on_clean_changed)
        # Slider drags send bursts of changes: merge them before asking for a new solve.
        self._value_throttle = Throttle(VALUE_THROTTLE_MS, self.request_solve, self)
        document.valuesChanged.connect(self._value_throttle.trigger)
        self.solver.finished_job.connect(self.on_report)
        self.solver.failed_job.connect(self.on_solve_failed)
        self.solver.busy.connect(self.on_busy)
        self.results.methodChanged.connect(self.on_method_changed)
        self.results.cancelRequested.connect(self.on_cancel_solve)
        self.results.greyedChanged.connect(self.matrix.model.set_greyed)
        self.library.openRequested.connect(self.open_path)
        self.sweep.parametersPicked.connect(self.document.set_values)
        self.tabs.currentChanged.connect(self.on_tab_changed)
        self.sweep.message.connect(self.show_message)
        app = QCoreApplication.instance()
        if app is not None:  # quitting without closing this window must not kill a live thread
            app.aboutToQuit.connect(self.shutdown_workers)
        for source in (self.matrix.message, self.parameters.message):
            source.connect(self.show_message)

    # --- solving ------------------------------------------------------------------------------

    def request_solve(self) -> None:
        """Ask the worker for a fresh analysis unless the same one was asked for already."""
        game, values, method = self.document.game, self.document.values, self.method
        key = (game, tuple(sorted(values.items())), method)
        if key == self._requested:
            return
        self._requested = key
        self.solver.submit(lambda stop, _progress: analyse(game, values, method, stop))

    def on_report(self, generation: int, report: Report) -> None:
        if generation != self.solver.generation:
            return
        self.report = report
        self.results.show_report(report)  # also greys the dominated strategies in the matrix
        self.matrix.model.set_report(report)
        self.reportShown.emit(report)

    def on_solve_failed(self, generation: int, message: str) -> None:
        if generation == self.solver.generation:
            self.results.show_error(message)
            self.show_message(message)

    def on_busy(self, busy: bool) -> None:
        self.results.set_busy(busy)

    def on_cancel_solve(self) -> None:
        self.solver.cancel()
        self._requested = None
        self.results.set_busy(False)
        self.show_message(self.tr("Solving cancelled; the results shown are from the last solve."))

    def on_tab_changed(self, index: int) -> None:
        """The sweep plot wants the room: the equilibria dock steps aside while it shows."""
        results = self.docks["results"]
        if self.tabs.widget(index) in (self.sweep, self.repeated, self.dynamics):
            if results.isVisible():  # from one plot tab to the next the dock is already away
                self._results_stepped_aside = True
                results.hide()
        elif getattr(self, "_results_stepped_aside", False):
            self._results_stepped_aside = False
            results.show()

    def on_method_changed(self, method: str) -> None:
        self.method = method
        self.request_solve()

    # --- the document -----------------------------------------------------------------------

    def on_game_changed(self) -> None:
        errors = self.document.errors
        if errors:
            (i, j, player), error = next(iter(errors.items()))
            label = self.document.game.cell_label(i, j, player)
            self.show_message(f"{label}: {error}", error=True)
        self.request_solve()
        self.on_path_changed()

    def on_clean_changed(self, _clean: bool) -> None:
        self.setWindowModified(self.document.is_modified)

    def on_path_changed(self) -> None:
        path = self.document.path
        name = path.name if path else self.document.game.title
        self.setWindowTitle(f"{name}[*] — Strategy Explorer")
        self.setWindowModified(self.document.is_modified)

    def show_message(self, text: str, error: bool = False) -> None:
        self.status.setStyleSheet("color: #b00020;" if error else "")
        self.status.setText(text)

    # --- files --------------------------------------------------------------------------------

    def _load_library(self) -> None:
        entries, problems = bundled_games(games_dir(), language())
        self.library.set_entries(entries)
        for problem in problems:
            self.show_message(problem, error=True)

    def confirm_discard(self) -> bool:
        """True if the current game may be replaced (saved, discarded, or unmodified)."""
        if not self.document.is_modified:
            return True
        name = self.document.path.name if self.document.path else self.document.game.title
        choice = dialogs.ask_save_changes(self, name)
        if choice == dialogs.Choice.SAVE:
            return self.on_save()
        return choice == dialogs.Choice.DISCARD

    def open_game(self, game: Game, path: Path | None) -> None:
        """Show ``game`` (no questions asked: callers confirm first)."""
        self.document.reset(DocumentState(game), path)
        self.recovery.discard()
        self.results.set_step(0)
        self.matrix.view.setFocus()

    def open_path(self, path: Path) -> bool:
        """Open a game file; a bad file opens nothing and says why."""
        if not self.confirm_discard():
            return False
        try:
            game = load_game(path)
        except GameFileError as error:
            self.show_message(str(error), error=True)
            dialogs.show_error(self, self.tr("Cannot open file"), str(error))
            return False
        bundled = path.resolve().parent == games_dir().resolve()
        if bundled:  # the library's games come in the app's language
            game = localized(game, language())
        self.open_game(game, None if bundled else path)
        if not bundled:
            self._add_recent(path)
        self.show_message(self.tr("Opened %1").replace("%1", game.title))
        return True

    def on_new(self) -> None:
        if self.confirm_discard():
            self.open_game(edit.blank_game(), None)

    def on_open(self) -> None:
        start = str(self.document.path.parent) if self.document.path else str(Path.home())
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Open game"), start, file_filter())
        if path:
            self.open_path(Path(path))

    def on_save(self) -> bool:
        if self.document.path is None:
            return self.on_save_as()
        return self.save_to(self.document.path)

    def on_save_as(self) -> bool:
        suggested = self.document.path or Path.home() / f"{self.document.game.title}.json"
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save game"), str(suggested), file_filter()
        )
        if not path:
            return False
        file = Path(path)
        if file.suffix.lower() not in FORMATS:
            file = file.with_suffix(".json")
        return self.save_to(file)

    def save_to(self, path: Path) -> bool:
        """Write atomically (QSaveFile): the old file stays intact if anything fails."""
        text = game_text(self.document.game, path.suffix)
        file = QSaveFile(str(path))
        ok = file.open(QSaveFile.OpenModeFlag.WriteOnly)
        if ok:
            file.write(QByteArray(text.encode("utf-8")))
            ok = file.commit()
        else:
            file.cancelWriting()
        if not ok:
            message = (
                self.tr("Cannot save %1: %2")
                .replace("%1", str(path))
                .replace("%2", file.errorString())
            )
            self.show_message(message, error=True)
            dialogs.show_error(self, self.tr("Save failed"), message)
            return False
        if path.suffix.lower() == ".nfg":
            self.show_message(
                self.tr("Saved as a Gambit file: payoffs at the default parameter values.")
            )
        else:
            self.show_message(self.tr("Saved %1").replace("%1", str(path)))
        self.document.set_path(path)
        self.document.mark_saved()
        self.recovery.discard()
        self._add_recent(path)
        return True

    def recent_files(self) -> list[Path]:
        stored = self.settings.value("recent_files", [])
        paths = stored if isinstance(stored, list) else [stored] if stored else []
        return [Path(p) for p in paths if p]

    def _add_recent(self, path: Path) -> None:
        recent = [p for p in self.recent_files() if p != path.resolve()]
        recent.insert(0, path.resolve())
        self.settings.setValue("recent_files", [str(p) for p in recent[:MAX_RECENT]])
        self._update_recent_menu()

    def _update_recent_menu(self) -> None:
        self.recent_menu.clear()
        recent = self.recent_files()
        for path in recent:
            self.recent_menu.addAction(path.name, lambda p=path: self.open_path(p)).setToolTip(
                str(path)
            )
        self.recent_menu.setEnabled(bool(recent))
        self.library.set_recent(recent)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if any(
            Path(url.toLocalFile()).suffix.lower() in FORMATS for url in event.mimeData().urls()
        ):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        for url in event.mimeData().urls():
            path = Path(url.toLocalFile())
            if path.suffix.lower() in FORMATS:
                self.open_path(path)
                event.acceptProposedAction()
                return

    # --- start-up and shut-down -----------------------------------------------------------------

    def open_initial(self, path: Path | None) -> None:
        """At start: restore crashed work if wanted, else open ``path`` or the flagship."""
        if self.offer_recovery():
            return
        target = path or flagship_path()
        if not self.open_path(target) and path is not None:
            self.open_path(flagship_path())

    def offer_recovery(self) -> bool:
        folder = self.data_folder / "recovery"
        for orphan in find_orphans(folder):
            try:
                work = read_orphan(orphan)
            except (GameFileError, OSError, ValueError):
                orphan.unlink(missing_ok=True)
                continue
            when = work.saved_at.strftime("%Y-%m-%d %H:%M")
            if dialogs.ask_restore(self, work.state.game.title, when):
                self.document.reset(work.state, work.original_path, modified=True)
                orphan.unlink(missing_ok=True)
                self.recovery.autosave()
                self.show_message(self.tr("Restored unsaved work from %1.").replace("%1", when))
                return True
            orphan.unlink(missing_ok=True)
        return False

    def _restore_layout(self) -> None:
        geometry = self.settings.value("window/geometry")
        state = self.settings.value("window/state")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        if isinstance(state, QByteArray):
            self._docks_sized = self.restoreState(state)
        zoom = self.settings.value("matrix/point_size")
        if zoom is not None:
            self.matrix.set_point_size(float(zoom))

    def save_layout(self) -> None:
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue("window/state", self.saveState())
        self.settings.setValue("matrix/point_size", self.matrix.point_size())

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.confirm_discard():
            event.ignore()
            return
        self.save_layout()
        self.recovery.close()
        self.shutdown_workers()
        event.accept()

    def shutdown_workers(self) -> None:
        """Stop the worker threads of the window and of every tab (all are its children)."""
        self.dynamics.timer.stop()  # no more frames of a playing dynamic
        for runner in self.findChildren(JobRunner):
            runner.shutdown()

    # --- teaching: presenter mode and exports for slides ------------------------------------------

    def set_presenter_mode(self, on: bool) -> None:
        """Larger fonts and bolder lines for a projector; editing controls out of the way."""
        app = QApplication.instance()
        if on == self._presenter:
            return
        self._presenter = on
        self.presenter_action.setChecked(on)
        factor = PRESENTER_SCALE if on else 1 / PRESENTER_SCALE
        if isinstance(app, QApplication):
            font = app.font()
            font.setPointSizeF(font.pointSizeF() * factor)
            app.setFont(font)
        set_line_scale(PRESENTER_LINE_SCALE if on else 1.0)
        self.matrix.set_point_size(self.matrix.point_size() * factor)
        self.docks["library"].setVisible(not on)
        self.resizeDocks(
            [self.docks["parameters"]],
            [int(PARAMETERS_WIDTH * (PRESENTER_SCALE if on else 1))],
            Qt.Orientation.Horizontal,
        )
        self.header.edit_button.setVisible(not on)
        self.parameters.set_editing(not on)
        self.redraw_plots()

    def redraw_plots(self) -> None:
        """Draw every plot again (after a change of line widths)."""
        if self.report is not None:
            self.results.show_report(self.report)
        self.sweep.redraw()
        self.repeated.redraw()
        self.dynamics.redraw()

    def matrix_latex(self) -> str | None:
        report = self.report
        if report is None or report.game != self.document.game:
            self.show_message(self.tr("Wait for the game to be solved, then export."), error=True)
            return None
        marks = report.best_responses
        return matrix_to_latex(report.game, report.A, report.B, marks.row, marks.column)

    def on_copy_latex(self) -> None:
        text = self.matrix_latex()
        if text:
            QGuiApplication.clipboard().setText(text)
            self.show_message(self.tr("The matrix is on the clipboard as a LaTeX tabular."))

    def on_export_latex(self) -> None:
        text = self.matrix_latex()
        if not text:
            return
        suggested = str(Path.home() / f"{self.document.game.title}.tex")
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export LaTeX"), suggested, self.tr("LaTeX (*.tex)")
        )
        if path:
            self.write_export(Path(path), text)

    def write_export(self, path: Path, text: str) -> bool:
        try:
            write_text_atomic(path, text)
        except OSError as error:
            self.show_message(
                self.tr("Cannot save %1: %2").replace("%1", str(path)).replace("%2", str(error)),
                error=True,
            )
            return False
        self.show_message(self.tr("Saved %1").replace("%1", str(path)))
        return True

    def on_export_matrix_png(self) -> None:
        suggested = str(Path.home() / f"{self.document.game.title}.png")
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export matrix"), suggested, self.tr("PNG image (*.png)")
        )
        if path:
            self.export_matrix_png(Path(path))

    def export_matrix_png(self, path: Path) -> bool:
        """The matrix with its player names and legend, as it is on screen."""
        ok = self.matrix.grab().save(str(path))
        self.show_message(
            self.tr("Saved %1").replace("%1", str(path))
            if ok
            else self.tr("Cannot save %1").replace("%1", str(path)),
            error=not ok,
        )
        return ok

    def on_about(self) -> None:
        import nashpy
        import pyqtgraph as pg

        QMessageBox.about(
            self,
            self.tr("About Strategy Explorer"),
            self.tr(
                "<h3>Strategy Explorer %1</h3><p>Two-player games, their Nash equilibria, "
                "and how they move when subsidies and trust change.</p>"
                "<p>nashpy %2 · numpy %3 · Qt %4 · PySide6 %5 · pyqtgraph %6</p>"
            )
            .replace("%1", __version__)
            .replace("%2", nashpy.__version__)
            .replace("%3", numpy.__version__)
            .replace("%4", qVersion())
            .replace("%5", pyside_version)
            .replace("%6", pg.__version__),
        )

    def _add_strategy(self, player: int) -> None:
        count = len(self.document.game.players[player].strategies)
        self.matrix.add_strategy(player, count)
