"""The desktop app as a user meets it: editing, undo, bad formulas, files, crashes, sliders."""

from __future__ import annotations

import json
from fractions import Fraction
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit

from explorer.app.matrix.delegate import CellEditor
from explorer.app.matrix.model import Role
from explorer.core.io import load_game


def solved(window) -> bool:  # type: ignore[no-untyped-def]
    report = window.report
    return (
        report is not None
        and report.game is window.document.game
        and (tuple(sorted(report.values.items())) == tuple(sorted(window.document.values.items())))
    )


def equilibria(window) -> set[tuple[tuple[Fraction, ...], tuple[Fraction, ...]]]:  # type: ignore[no-untyped-def]
    return {(e.row_exact, e.column_exact) for e in window.report.solution.equilibria}


def type_into_cell(qtbot, window, row: int, column: int, row_text: str, column_text: str) -> None:  # type: ignore[no-untyped-def]
    view = window.matrix.view
    index = view.model().index(row, column)
    view.setCurrentIndex(index)
    view.edit(index)
    editor = view.findChild(CellEditor)
    assert editor is not None and editor.isVisible()
    for field, text in zip(editor.fields, (row_text, column_text), strict=True):
        field.selectAll()
        qtbot.keyClicks(field, text)
    qtbot.keyClick(editor.fields[1], Qt.Key.Key_Return)


def test_typing_into_a_cell_updates_the_equilibria(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    assert len(window.report.solution.equilibria) == 3
    # Make Football dominant for Ann: (Football, Football) becomes the only equilibrium.
    with qtbot.waitSignal(window.reportShown, timeout=20_000):
        type_into_cell(qtbot, window, 0, 0, "-1", "1")
    qtbot.waitUntil(lambda: solved(window))
    assert window.document.game.payoffs[0][0][0].source == -1
    one, zero = Fraction(1), Fraction(0)
    assert equilibria(window) == {((zero, one), (zero, one))}
    summary = window.results.summary.text()
    assert "1 equilibrium" in summary


def test_undo_and_redo_restore_exactly(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    original = window.document.game
    type_into_cell(qtbot, window, 1, 0, "5", "5")
    window.matrix.add_strategy(0, 2)
    assert window.document.game.shape == (3, 2)
    edited = window.document.game
    window.menus.undo.trigger()
    window.menus.undo.trigger()
    assert window.document.game == original
    assert not window.document.is_modified
    window.menus.redo.trigger()
    window.menus.redo.trigger()
    assert window.document.game == edited
    qtbot.waitUntil(lambda: solved(window))


def test_consecutive_edits_of_one_cell_merge_into_one_undo_step(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    original = window.document.game
    for text in ("3", "4", "5"):
        window.document.edit_cell((0, 1, 0), text)
    assert window.document.undo_stack.count() == 1
    window.menus.undo.trigger()
    assert window.document.game == original


def test_bad_formula_shows_its_error_and_keeps_the_last_result(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    before = equilibria(window)
    type_into_cell(qtbot, window, 0, 0, "2 * bonuss", "1")
    index = window.matrix.model.index(0, 0)
    error = index.data(Role.ERROR)
    assert "unknown name 'bonuss'" in error and "did you mean 'bonus'" in error
    assert "bonuss" in index.data(Qt.ItemDataRole.ToolTipRole)
    assert "unknown name 'bonuss'" in window.status.text()
    assert window.document.game.payoffs[0][0][0].source == 2  # the last valid formula
    qtbot.wait(200)
    assert equilibria(window) == before
    # Fixing the typo clears the error.
    type_into_cell(qtbot, window, 0, 0, "2 * bonus", "1")
    assert index.data(Role.ERROR) is None


def test_add_and_remove_strategies(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    model = window.matrix.model
    window.matrix.add_strategy(1, 2)
    assert model.columnCount() == 3
    assert model.headerData(2, Qt.Orientation.Horizontal) == "Strategy 3"
    qtbot.waitUntil(lambda: solved(window) and window.report.A.shape == (2, 3))
    window.matrix.remove_strategy(0, 0)
    assert model.rowCount() == 1
    assert window.document.game.players[0].strategies == ("Football",)
    qtbot.waitUntil(lambda: solved(window) and window.report.A.shape == (1, 3))


def test_rename_strategy_in_place(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    editor = window.matrix.start_rename(0, 1)
    editor.selectAll()
    qtbot.keyClicks(editor, "Stadium")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert window.document.game.players[0].strategies == ("Opera", "Stadium")
    duplicate = window.matrix.start_rename(0, 1)
    duplicate.setText("Opera")
    qtbot.keyClick(duplicate, Qt.Key.Key_Return)
    assert window.document.game.players[0].strategies == ("Opera", "Stadium")
    assert "twice" in window.status.text()


def test_paste_a_block_from_a_spreadsheet(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    QApplication.clipboard().setText("3, 3\t0, 5\n5, 0\t1, 1\n")
    window.matrix.view.setCurrentIndex(window.matrix.model.index(0, 0))
    window.matrix.view.paste()
    A, B = window.document.game.evaluate()
    assert A.tolist() == [[3, 0], [5, 1]] and B.tolist() == [[3, 5], [0, 1]]
    assert window.document.undo_stack.count() == 1
    qtbot.waitUntil(lambda: solved(window))
    assert equilibria(window) == {((Fraction(0), Fraction(1)), (Fraction(0), Fraction(1)))}


def test_save_reopen_and_compare(qtbot, window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    type_into_cell(qtbot, window, 0, 1, "0.5", "bonus / 2")
    target = tmp_path / "saved.json"
    assert window.files.save_to(target)
    assert not window.document.is_modified
    assert not window.isWindowModified()
    assert load_game(target) == window.document.game
    edited = window.document.game
    window.files.new()
    assert window.document.game != edited
    assert window.open_path(target)
    assert window.document.game == edited
    assert json.loads(target.read_text())["payoffs"][0][1] == [0.5, "bonus / 2"]


def test_title_marks_unsaved_changes(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    assert "[*]" in window.windowTitle() and not window.isWindowModified()
    window.document.edit_cell((0, 0, 0), "7")
    assert window.isWindowModified()


def test_unsaved_changes_are_not_discarded_without_asking(qtbot, window, answers) -> None:  # type: ignore[no-untyped-def]
    from explorer.app import dialogs

    window.document.edit_cell((0, 0, 0), "7")
    answers["save"] = dialogs.Choice.CANCEL
    window.files.new()
    assert window.document.game.payoffs[0][0][0].source == 7
    answers["save"] = dialogs.Choice.DISCARD
    window.files.new()
    assert window.document.game.title == "Untitled game"


def test_a_bad_file_opens_nothing_and_says_why(qtbot, window, answers, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "explorer-game/1", "title": 3}')
    before = window.document.game
    assert not window.open_path(bad)
    assert window.document.game is before
    assert answers["errors"] and "Cannot open bad.json" in answers["errors"][0]


def test_crash_then_restore_from_recovery(qtbot, make_window, battle_file: Path, answers) -> None:  # type: ignore[no-untyped-def]
    first = make_window(tracked=False)
    first.open_path(battle_file)
    first.document.edit_cell((1, 1, 1), "42")
    first.document.edit_cell((0, 0, 0), "oops(")  # an invalid draft is work too
    first.recovery.autosave()
    first_file = first.recovery.file
    assert first_file.exists()
    # A crash: the window disappears without closing (no prompt, no clean-up).
    first.solving.runner.shutdown()
    first.recovery._lock.unlock()  # what the operating system does when the process dies
    first.deleteLater()
    qtbot.wait(10)
    assert first_file.exists()
    second = make_window()
    answers["restore"] = True
    second.open_initial(None)
    game = second.document.game
    assert game.payoffs[1][1][1].source == 42
    assert second.document.cell_text((0, 0, 0)) == "oops("
    assert second.document.path == battle_file
    assert second.document.is_modified


def test_clean_close_leaves_nothing_to_recover(qtbot, make_window, battle_file: Path) -> None:  # type: ignore[no-untyped-def]
    first = make_window()
    first.open_path(battle_file)
    first.document.edit_cell((1, 1, 1), "42")
    first.recovery.autosave()
    assert first.recovery.file.exists()
    first.close()
    assert not first.recovery.file.exists()


def test_dragging_a_slider_resolves_off_the_gui_thread(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    control = window.parameters.controls["bonus"]
    assert window.report.values["bonus"] == 0
    with qtbot.waitSignal(window.reportShown, timeout=20_000):
        for position in range(0, 1001, 50):  # a drag: many small moves
            control.slider.setValue(position)
    qtbot.waitUntil(lambda: solved(window) and window.report.values["bonus"] == 2.0)
    mixed = next(e for e in window.report.solution.equilibria if e.kind == "mixed")
    # Bob makes Ann indifferent: 2q = 3(1 - q) at bonus = 2, so q = 3/5.
    assert mixed.column_exact == (Fraction(3, 5), Fraction(2, 5))
    assert control.spin.value() == 2.0


def test_method_choice_is_used(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    combo = window.results.method
    combo.setCurrentIndex(combo.findData("lemke-howson"))
    qtbot.waitUntil(lambda: solved(window) and window.report.solution.requested == "lemke-howson")
    assert "Lemke-Howson" in window.results.summary.text()


def test_elimination_stepper_greys_one_step_at_a_time(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    QApplication.clipboard().setText("3, 3\t0, 5\n5, 0\t1, 1\n")
    window.matrix.view.setCurrentIndex(window.matrix.model.index(0, 0))
    window.matrix.view.paste()
    qtbot.waitUntil(lambda: solved(window))
    results, model = window.results, window.matrix.model
    assert model.index(0, 0).data(Role.DOMINATED)  # strictly dominated rows greyed at step 0
    results.step_next.click()
    assert "strictly dominated" in results.step_label.text()
    assert model.marks.greyed == ({0}, set())
    results.step_next.click()
    assert model.marks.greyed == ({0}, {0})
    assert not results.step_next.isEnabled()
    results.step_back.click()
    assert model.marks.greyed == ({0}, set())


def test_best_responses_and_pure_equilibria_are_marked(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    model = window.matrix.model
    assert model.index(0, 0).data(Role.EQUILIBRIUM)
    assert model.index(1, 1).data(Role.EQUILIBRIUM)
    assert not model.index(0, 1).data(Role.EQUILIBRIUM)
    assert model.index(0, 0).data(Role.BEST) and model.index(0, 0).data(Role.BEST + 1)


def test_player_rename_and_zoom(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    editor = window.matrix.start_player_rename(1)
    assert isinstance(editor, QLineEdit)
    editor.setText("Robert")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert window.document.game.players[1].name == "Robert"
    size = window.matrix.point_size()
    window.menus.zoom_in.trigger()
    assert window.matrix.point_size() > size
    window.menus.zoom_out.trigger()
    assert abs(window.matrix.point_size() - size) < 0.01


def test_item_models_pass_the_model_tester(qtbot, qtmodeltester, window) -> None:  # type: ignore[no-untyped-def]
    qtmodeltester.check(window.matrix.model)
    qtmodeltester.check(window.results.equilibria)


def test_dropping_a_game_file_opens_it(qtbot, window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QMimeData, QPointF, QUrl
    from PySide6.QtGui import QDropEvent

    target = tmp_path / "dropped.json"
    data = {
        "format": "explorer-game/1",
        "title": "Dropped",
        "players": [{"name": "R", "strategies": ["a"]}, {"name": "C", "strategies": ["b"]}],
        "payoffs": [[[1, 2]]],
    }
    target.write_text(json.dumps(data))
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(target))])
    event = QDropEvent(
        QPointF(10, 10),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    window.dropEvent(event)
    assert window.document.game.title == "Dropped"
    assert window.document.path == target


def test_layout_and_zoom_are_remembered(qtbot, make_window) -> None:  # type: ignore[no-untyped-def]
    first = make_window()
    first.menus.zoom_in.trigger()
    size = first.matrix.point_size()
    first.close()
    second = make_window()
    assert abs(second.matrix.point_size() - size) < 0.01


def test_unexpected_errors_are_logged_and_shown(qtbot, monkeypatch, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from explorer.app import crash

    shown: list[str] = []
    monkeypatch.setattr(crash, "log_path", lambda: tmp_path / "explorer.log")
    monkeypatch.setattr(crash.QMessageBox, "critical", lambda *args: shown.append(args[2]))
    try:
        raise RuntimeError("something broke")
    except RuntimeError as error:
        crash.report_exception(type(error), error, error.__traceback__)
    assert "RuntimeError: something broke" in (tmp_path / "explorer.log").read_text()
    assert shown and "something broke" in shown[0] and "explorer.log" in shown[0]


def test_equilibria_dock_returns_after_visiting_several_plot_tabs(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    results = window.docks["results"]
    assert results.isVisible()
    for tab in (window.sweep, window.repeated, window.dynamics):
        window.tabs.setCurrentWidget(tab)
        assert not results.isVisible()
    window.tabs.setCurrentIndex(0)
    assert results.isVisible()
    results.close()  # a dock the user closed stays closed across tab changes
    window.tabs.setCurrentWidget(window.sweep)
    window.tabs.setCurrentIndex(0)
    assert not results.isVisible()
