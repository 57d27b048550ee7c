"""The main window: makes the parts (panels, tabs, controllers) and wires them in one place.

It is over 400 lines because it is the one place where the parts are wired together (every
signal to its slot); what each part does lives in its own module.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QCoreApplication, QSettings, QSize, Qt, QTimer, Signal
from PySide6.QtGui import (
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QResizeEvent,
    QShowEvent,
)
from PySide6.QtWidgets import QDockWidget, QMainWindow, QTabWidget, QVBoxLayout, QWidget

from explorer.app.about import show_about
from explorer.app.crash import data_dir
from explorer.app.document import GameDocument
from explorer.app.dynamics_view import DynamicsView
from explorer.app.exports import MatrixExports
from explorer.app.files import FileController
from explorer.app.fit import count_current_page_only
from explorer.app.header import GameHeader
from explorer.app.help import HelpDialog
from explorer.app.i18n import chosen_language
from explorer.app.library import LibraryPanel
from explorer.app.matrix.view import DEFAULT_POINT_SIZE, MatrixEditor
from explorer.app.menus import WindowMenus
from explorer.app.parameters import ParametersPanel
from explorer.app.presenter import PresenterMode
from explorer.app.recent import RecentFiles
from explorer.app.recovery import RecoveryManager
from explorer.app.repeated import RepeatedView
from explorer.app.restart import restart
from explorer.app.results import ResultsPanel
from explorer.app.solving import SolveController
from explorer.app.status import About, StatusLine
from explorer.app.sweep_view import SweepView
from explorer.app.tree import TreeTab
from explorer.app.workers import JobRunner, shutdown_all
from explorer.core import edit
from explorer.core.game import COLUMN, ROW
from explorer.core.i18n import language
from explorer.core.io.library import bundled_games
from explorer.core.report import Report
from explorer.core.tree.bridge import tree_game
from explorer.core.tree.edit import blank_tree
from explorer.render.guard import guard_qt_calls
from explorer.render.style import style_every_plot
from explorer.resources import games_dir

#: Default widths of the library and the parameters panel, in pixels (the library's also
#: when it comes back after stepping aside for a tree).
LIBRARY_WIDTH, PARAMETERS_WIDTH = 280, 380
#: The window's size at its first start, where the screen has room for it.
FIRST_SIZE = QSize(1440, 900)
#: Windows narrower than this (a 1280 × 800 laptop) hide the library while a tree is drawn.
NARROW_WIDTH = 1600
#: Milliseconds after the first show before the plotting library is loaded.
PLOTTING_DELAY_MS = 250


def _load_plotting() -> None:
    import explorer.app.plots  # noqa: F401


@guard_qt_calls
class MainWindow(QMainWindow):
    """The explorer's one window. Slots are short and hand the work to a part or a worker."""

    #: A fresh analysis has been shown (emitted on the GUI thread).
    reportShown = Signal(object)
    #: This window was replaced by a new one in another language (the new window).
    restarted = Signal(object)

    def __init__(self, settings: QSettings | None = None, data_folder: Path | None = None) -> None:
        super().__init__()
        self.setObjectName("main_window")
        self.settings = settings or QSettings()
        self.data_folder = data_folder or data_dir()
        self.document = GameDocument(edit.blank_game(), parent=self)
        self.solving = SolveController(self.document, self)
        self.recovery = RecoveryManager(self.document, self.data_folder / "recovery", self)
        self.recent = RecentFiles(self.settings, self)
        self.files = FileController(self.document, self.recovery, self.recent, self)
        self.presenter = PresenterMode(self)
        self.header = GameHeader(self.document, self)
        self.matrix = MatrixEditor(self.document, self)
        self.exports = MatrixExports(self.document, self.solving, self.matrix, self)
        self.parameters = ParametersPanel(self.document, self)
        self.results = ResultsPanel(self)
        self.library = LibraryPanel(self)
        self.sweep = SweepView(self.document, self)
        self.tree = TreeTab(self.document, self)
        self.repeated = RepeatedView(self.document, self)
        self.dynamics = DynamicsView(self.document, self)
        self._build_layout()
        self.menus = WindowMenus(
            self, self.document.undo_stack, list(self.docks.values()), self.settings
        )
        self._connect_signals()
        self.setAcceptDrops(True)
        self._load_library()
        self._restore_layout()
        self.on_path_changed()
        self.solving.request()

    @property
    def report(self) -> Report | None:
        """The analysis shown now (it may be of an earlier game while a solve runs)."""
        return self.solving.report

    # --- construction -----------------------------------------------------------------------

    def _build_layout(self) -> None:
        game_page = QWidget(self)
        layout = QVBoxLayout(game_page)
        layout.addWidget(self.header)
        layout.addWidget(self.matrix, 1)
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(game_page, self.tr("Game"))
        self.tabs.addTab(self.tree, self.tr("Tree"))
        self.tabs.addTab(self.sweep, self.tr("Sweep"))
        self.tabs.addTab(self.repeated, self.tr("Repeated"))
        self.tabs.addTab(self.dynamics, self.tr("Dynamics"))
        self.setCentralWidget(self.tabs)
        count_current_page_only(self.tabs)
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
        self.status_line = StatusLine(self.statusBar())
        self.status = self.status_line.label
        self._fit_to_screen()
        self._docks_sized = False
        self._results_stepped_aside = False
        self._normal_layout: QByteArray | None = None  # the layout presenter mode put aside
        self._library_stepped_aside = False

    def _fit_to_screen(self) -> None:
        """The first size: :data:`FIRST_SIZE`, or the whole of a smaller screen (a projector)."""
        screen = self.screen().availableGeometry().size()
        self.resize(FIRST_SIZE.boundedTo(screen))
        if screen.width() < FIRST_SIZE.width() or screen.height() < FIRST_SIZE.height():
            self.setWindowState(Qt.WindowState.WindowMaximized)

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

    def _connect_signals(self) -> None:
        """Every connection between the parts of the window, in one place."""
        document, solving, files, menus = self.document, self.solving, self.files, self.menus
        matrix, exports, presenter = self.matrix, self.exports, self.presenter
        for action, slot in (
            (menus.new, files.new),
            (menus.open, files.choose_and_open),
            (menus.save, files.save),
            (menus.save_as, files.save_as),
            (menus.export_latex, exports.choose_latex_file),
            (menus.copy_latex, exports.copy_latex),
            (menus.export_png, exports.choose_png_file),
            (menus.quit, self.close),
            (menus.paste, matrix.view.paste),
            (menus.add_row_strategy, lambda: self._add_strategy(ROW)),
            (menus.add_column_strategy, lambda: self._add_strategy(COLUMN)),
            (menus.rename_row_player, lambda: matrix.start_player_rename(ROW)),
            (menus.rename_column_player, lambda: matrix.start_player_rename(COLUMN)),
            (menus.add_parameter, self.parameters.on_add),
            (menus.zoom_in, lambda: matrix.zoom(1)),
            (menus.zoom_out, lambda: matrix.zoom(-1)),
            (menus.actual_size, lambda: matrix.set_point_size(DEFAULT_POINT_SIZE)),
            (menus.help, self.show_help),
            (menus.about, lambda: show_about(self)),
        ):
            action.triggered.connect(lambda _checked=False, slot=slot: slot())
        menus.presenter.toggled.connect(presenter.set_enabled)
        menus.recent_menu.openRequested.connect(files.open_path)
        menus.language_menu.chosen.connect(self.on_language_chosen)
        self.status_line.restartRequested.connect(self.on_restart_requested)
        document.gameChanged.connect(self.on_game_changed)
        document.pathChanged.connect(self.on_path_changed)
        document.undo_stack.cleanChanged.connect(self.on_clean_changed)
        solving.reportShown.connect(self.results.show_report)  # greys the dominated strategies
        solving.reportShown.connect(matrix.model.set_report)
        solving.reportShown.connect(self.reportShown)
        solving.failed.connect(self.results.show_error)
        solving.failed.connect(self.show_message)
        solving.busy.connect(self.results.set_busy)
        self.results.methodChanged.connect(solving.set_method)
        self.results.cancelRequested.connect(self.on_cancel_solve)
        self.results.greyedChanged.connect(matrix.model.set_greyed)
        files.opened.connect(self.on_game_opened)
        self.recent.changed.connect(self.on_recent_changed)
        self.library.openRequested.connect(files.open_path)
        presenter.changed.connect(menus.presenter.setChecked)
        presenter.changed.connect(self.on_presenter_changed)
        presenter.scaled.connect(matrix.scale)
        matrix.shapeChanged.connect(self.on_matrix_resized)
        self.sweep.parametersPicked.connect(document.set_values)
        self.tree.newTreeRequested.connect(self.on_new_tree)
        files.opened.connect(self.tree.fit_on_open)
        self.tabs.currentChanged.connect(self.on_tab_changed)
        for source in (files.message, exports.message):
            source.connect(self.show_message)
        for plain in (
            matrix.message,
            self.parameters.message,
            self.sweep.message,
            self.tree.message,
        ):
            plain.connect(self.show_message)
        app = QCoreApplication.instance()
        if app is not None:  # quitting without closing this window must not kill a live thread
            app.aboutToQuit.connect(self.shutdown_workers)

    def _load_library(self) -> None:
        entries, problems = bundled_games(games_dir(), language())
        self.library.set_entries(entries)
        self.on_recent_changed(self.recent.paths())
        for problem in problems:
            self.show_message(problem, error=True)

    # --- what the parts report ---------------------------------------------------------------

    def show_message(self, text: str, error: bool = False) -> None:
        self.status_line.show(text, error)

    def on_game_changed(self) -> None:
        errors = self.document.errors
        if errors:
            key, error = next(iter(errors.items()))
            label = self.document.key_label(key)
            self.status_line.show(f"{label}: {error}", error=True, about=About.CELL)
        else:  # the formula the message was about is gone (fixed, undone, removed)
            self.status_line.take_back(About.CELL)
        self.on_path_changed()

    def on_game_opened(self) -> None:
        self.status_line.take_back(About.EVENT, About.CELL)  # they were about the last game
        self.results.set_step(0)
        self.matrix.view.setFocus()
        if self.document.tree is not None and self.tabs.currentIndex() == 0:
            self.tabs.setCurrentWidget(self.tree)  # a tree opens as a tree

    def on_new_tree(self) -> None:
        if self.files.confirm_discard():
            self.files.open_game(tree_game(blank_tree()), None)

    def on_clean_changed(self, _clean: bool) -> None:
        self.setWindowModified(self.document.is_modified)

    def on_path_changed(self) -> None:
        path = self.document.path
        name = path.name if path else self.document.game.title
        self.setWindowTitle(f"{name}[*] — Strategy Explorer")
        self.setWindowModified(self.document.is_modified)

    def on_recent_changed(self, paths: list[Path]) -> None:
        self.menus.recent_menu.set_paths(paths)
        self.library.set_recent(paths)

    def on_cancel_solve(self) -> None:
        self.solving.cancel()
        self.show_message(self.tr("Solving cancelled; the results shown are from the last solve."))

    def on_language_chosen(self, _code: str) -> None:
        if chosen_language(self.settings) == language():
            self.status_line.withdraw_restart()
        else:
            self.status_line.offer_restart(
                self.tr("The language changes when the explorer starts again.")
            )

    def on_restart_requested(self) -> None:
        """Open the window again in the language chosen, with the work as it is."""
        self.restarted.emit(restart(self))

    def on_tab_changed(self, index: int) -> None:
        """The plots want the room: the equilibria dock steps aside while one shows."""
        count_current_page_only(self.tabs)
        results = self.docks["results"]
        if self.tabs.widget(index) in (self.tree, self.sweep, self.repeated, self.dynamics):
            if results.isVisible():  # from one plot tab to the next the dock is already away
                self._results_stepped_aside = True
                results.hide()
        elif self._results_stepped_aside:
            self._results_stepped_aside = False
            results.show()
        self._library_aside(self.tabs.widget(index) is self.tree and self.width() < NARROW_WIDTH)

    def _library_aside(self, aside: bool) -> None:
        """On a narrow screen the library steps aside for a tree (back on leaving its tab)."""
        library = self.docks["library"]
        if aside and library.isVisible():
            self._library_stepped_aside = True
            library.hide()
        elif not aside and self._library_stepped_aside:
            self._library_stepped_aside = False
            library.show()
            self.resizeDocks([library], [LIBRARY_WIDTH], Qt.Orientation.Horizontal)

    def on_presenter_changed(self, on: bool) -> None:
        """Presenting puts the normal layout aside and gives it back unchanged afterwards."""
        for part in (self.header, self.parameters, self.results):
            part.set_editing(not on)
        if on:
            self._normal_layout = self.layout_state()
            self.docks["library"].hide()
            self._size_docks(self.presenter.scale)
        elif self._normal_layout is not None:
            self.restoreState(self._normal_layout)
            self._normal_layout = None
            if self._results_stepped_aside:  # a plot tab shows: the dock stays aside
                self.docks["results"].hide()
        style_every_plot(self)
        self.redraw_plots()

    def show_help(self) -> HelpDialog:
        """Help › Strategy Explorer Help, beside the window (made afresh: its keys are read
        from the menus as they are now)."""
        dialog = HelpDialog(self.menuBar(), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog

    def redraw_plots(self) -> None:
        """Draw every plot again (after a change of line widths)."""
        if self.report is not None:
            self.results.show_report(self.report)
        self.sweep.redraw()
        self.tree.redraw()
        self.repeated.redraw()
        self.dynamics.redraw()

    def _add_strategy(self, player: int) -> None:
        self.matrix.add_strategy(player, len(self.document.game.players[player].strategies))

    # --- files: the public entry points others call ------------------------------------------

    def open_path(self, path: Path) -> bool:
        """Open a game file (the library, recent files, a drop, the system's file-open event)."""
        return self.files.open_path(path)

    def open_initial(self, path: Path | None) -> None:
        """At start: restore crashed work if wanted, else open ``path`` or the flagship."""
        self.files.open_initial(path)

    def set_presenter_mode(self, on: bool) -> None:
        self.presenter.set_enabled(on)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self.files.game_files(event.mimeData()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        if self.files.drop(event.mimeData()):
            event.acceptProposedAction()

    # --- showing, closing, and the layout kept between runs -------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._docks_sized:  # first show without a saved layout: sensible proportions
            self._docks_sized = True
            QTimer.singleShot(0, self._size_docks)
        # The plotting library loads in ~0.5 s: do it once the window has been painted,
        # while the first solve (which loads nashpy) runs in the worker.
        QTimer.singleShot(PLOTTING_DELAY_MS, _load_plotting)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().height() != event.oldSize().height():
            self.on_matrix_resized()

    def on_matrix_resized(self) -> None:
        if self._docks_sized:
            QTimer.singleShot(0, self.fit_results_under_game)  # once the matrix is laid out

    def _size_docks(self, scale: float = 1.0) -> None:
        """Sensible proportions for the window's size: the side docks at most a sixth and
        three tenths of its width (more when presenting), the equilibria under the matrix in
        the height the game page leaves (within a quarter and a half of the window's)."""
        width = self.width()
        self.resizeDocks(
            [self.docks["library"], self.docks["parameters"]],
            [min(LIBRARY_WIDTH, width // 6), min(int(PARAMETERS_WIDTH * scale), width * 3 // 10)],
            Qt.Orientation.Horizontal,
        )
        self._fit_results()

    def fit_results_under_game(self) -> None:
        """Fit the equilibria under the matrix again when the matrix changes its shape (another
        game, a family expanded: they need more room than a 2 × 2) and when the window's height
        changes (a window moved to a projector still shows its matrix); not while presenting,
        whose layout is its own."""
        if not self.presenter.enabled:
            self._fit_results()

    def _fit_results(self) -> None:
        """The equilibria under the matrix in the height the game page leaves (within a quarter
        and a half of the window's)."""
        results, height = self.docks["results"], self.height()
        if not results.isVisible():
            return
        room = self.tabs.height() + results.height()
        wanted = room - self.tabs.sizeHint().height()
        self.resizeDocks(
            [results], [max(height // 4, min(wanted, height // 2))], Qt.Orientation.Vertical
        )

    def _restore_layout(self) -> None:
        geometry = self.settings.value("window/geometry")
        state = self.settings.value("window/state")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        if isinstance(state, QByteArray):
            self._docks_sized = self.restoreState(state)
        zoom = self.settings.value("matrix/point_size")
        if zoom is not None:
            self.matrix.set_point_size(float(str(zoom)))

    def layout_state(self) -> QByteArray:
        """The docks' layout as the user made it: with the equilibria dock where it steps
        aside from a plot tab, and without what presenter mode changed."""
        if self._normal_layout is not None:
            return self._normal_layout
        results = self.docks["results"]
        if not self._results_stepped_aside:
            return self.saveState()
        results.show()
        state = self.saveState()
        results.hide()
        return state

    def save_layout(self) -> None:
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue("window/state", self.layout_state())
        self.settings.setValue("matrix/point_size", self.matrix.point_size())

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.files.confirm_discard():
            event.ignore()
            return
        self.presenter.set_enabled(False)  # the next window starts at the normal size
        self.save_layout()
        self.recovery.close()
        self.shutdown_workers()
        event.accept()

    def shutdown_workers(self) -> None:
        """Stop the worker threads of the window and of every tab (all are its children),
        waiting a bounded time: a job that does not stop in time is left to finish alone."""
        self.dynamics.stop_playing()
        shutdown_all(self.findChildren(JobRunner))
