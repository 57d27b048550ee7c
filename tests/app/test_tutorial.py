"""docs/tutorial.md, step by step, with the mouse and the keyboard: each ``<!-- check -->``
note is carried out as the text says, and what the text says it shows is asserted, with the
figures read from the text (so the tutorial and the app cannot drift apart).

Each section runs in a window of its own (a section's test passes alone); the steps of a
section run in order in it, as the class does them.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel

from explorer.app.help import HelpDialog
from explorer.app.matrix.model import Role
from explorer.app.presenter import PRESENTER_SCALE
from tests.app.conftest import SCREENS, show_in_mode
from tests.app.layout import steady_layout, unreachable_controls, wait_for_layout
from tests.app.test_language_menu import restart_by_clicking
from tests.app.test_sweep_view import hover_over, plot_point, wait_until_on_screen
from tests.app.tutorial import TUTORIAL, Step, expect, minutes, quotes, steps_by_section
from tests.app.user import POPUP, activate, click, click_tab, press_shortcut, retype, settled

SECTIONS = steps_by_section()


class Lesson:
    """One window the steps of a section are taken in, and what a step leaves for the next."""

    def __init__(self, qtbot, window) -> None:  # type: ignore[no-untyped-def]
        self.qtbot, self.window = qtbot, window

    def settle(self) -> None:
        self.qtbot.waitUntil(lambda: settled(self.window), timeout=30_000)

    def solved(self) -> object:
        """The report of the game and values the window shows now."""
        window = self.window
        self.qtbot.waitUntil(
            lambda: (
                settled(window)
                and window.report is not None
                and window.report.game == window.document.game
                and window.report.values == window.document.values
            ),
            timeout=30_000,
        )
        return window.report

    def names(self, equilibrium) -> str:  # type: ignore[no-untyped-def]
        """A pure equilibrium as the tutorial writes it: "Price cut / Free"."""
        game = self.window.document.game
        row, column = equilibrium.row.index(1.0), equilibrium.column.index(1.0)
        return f"{game.players[0].strategies[row]} / {game.players[1].strategies[column]}"

    def pure(self) -> list[str]:
        return [self.names(e) for e in self.solved().solution.pure]

    def sweep_run(self) -> None:
        sweep = self.window.sweep
        sweep.result = None
        click(sweep.run_button)
        self.qtbot.waitUntil(lambda: sweep.result is not None, timeout=60_000)
        wait_until_on_screen(self.qtbot, sweep.plot)
        self.settle()


def open_from_library(lesson: Lesson, step: Step) -> None:
    """Double-click the game the text names (**group › title**) in the Library."""
    group, title = expect(r"\*\*(.+?) › (.+?)\*\*", step).groups()
    library = lesson.window.library
    (item,) = [
        library.topLevelItem(g).child(k)
        for g in range(library.topLevelItemCount())
        if library.topLevelItem(g).text(0) == group
        for k in range(library.topLevelItem(g).childCount())
        if library.topLevelItem(g).child(k).text(0).split(":")[0] == title
    ]
    library.scrollToItem(item)
    with lesson.qtbot.waitSignal(lesson.window.reportShown, timeout=30_000):
        click(library.viewport(), library.visualItemRect(item).center(), double=True)
    assert lesson.window.document.game.title.split(":")[0] == title
    if "Repeated" in step.statement:
        tab = lesson.window.repeated
        click_tab(lesson.window.tabs, lesson.window.tabs.indexOf(tab))
        lesson.qtbot.waitUntil(
            lambda: tab.match is not None and tab.theory is not None, timeout=30_000
        )
        lesson.settle()


# --- Set-up ---------------------------------------------------------------------------------


def presenter(lesson: Lesson, step: Step) -> None:
    """F5: every text larger, the window fits the projector the text names; F5 gives the
    layout back."""
    width, height = map(int, expect(r"(\d+) × (\d+) is\s+enough", step).groups())
    window = lesson.window
    show_in_mode(window, (f"{width}x{height}", False), lesson.qtbot)
    before = steady_layout(lesson.qtbot, window)
    title = window.header.title.font().pointSizeF()
    QTest.keyClick(window, Qt.Key.Key_F5)
    lesson.settle()
    assert window.presenter.enabled
    assert window.header.title.font().pointSizeF() == pytest.approx(
        title * PRESENTER_SCALE, rel=0.06
    )
    assert window.minimumSizeHint().width() <= width and window.minimumSizeHint().height() <= height
    assert not unreachable_controls(window, SCREENS[f"{width}x{height}"])
    QTest.keyClick(window, Qt.Key.Key_F5)
    lesson.settle()
    wait_for_layout(lesson.qtbot, window, before)


def restart_in_german(lesson: Lesson, step: Step) -> None:
    """View › Language › Deutsch, **Restart now**: German menus, games and parameter names,
    the open game as it was."""
    assert "Restart now" in step.statement
    window = lesson.window
    game, values, path = window.document.game, window.document.values, window.document.path
    successor = restart_by_clicking(lesson.qtbot, window)
    try:
        assert successor.menuBar().actions()[0].text() == "&Datei"
        assert successor.document.path == path and successor.document.values == values
        assert successor.document.game.payoffs == game.payoffs
        titles = {entry.title for entry in successor.library.entries()}
        assert "KI-Preiskrieg" in " ".join(titles), titles
        control = successor.parameters.controls["subsidy"]
        shown = " ".join(label.text() for label in control.findChildren(QLabel))
        assert "Subvention" in shown
    finally:
        successor.document.mark_saved()
        successor.close()


# --- 1. The game and 2. best responses ------------------------------------------------------


def default_levers(lesson: Lesson, step: Step) -> None:
    subsidy, trust = map(
        float, expect(r"subsidy (\d+(?:\.\d+)?), trust penalty (\d+(?:\.\d+)?)", step).groups()
    )
    controls = lesson.window.parameters.controls
    assert controls["subsidy"].spin.value() == pytest.approx(subsidy)
    assert controls["trust_penalty"].spin.value() == pytest.approx(trust)


def pure_equilibrium(lesson: Lesson, step: Step) -> None:
    """The one cell framed green is the one the text names."""
    named = expect(r"Here it is \*(.+?)\*", step)[1]
    assert lesson.pure() == [named]
    model = lesson.window.matrix.view.model()
    framed = [
        lesson.names(equilibrium)
        for equilibrium in lesson.solved().solution.pure
        if model.data(
            model.index(equilibrium.row.index(1.0), equilibrium.column.index(1.0)), Role.EQUILIBRIUM
        )
    ]
    assert framed == [named]


def why(lesson: Lesson, step: Step) -> None:
    """Click the equilibrium in the panel: the explanation says what the text quotes."""
    table = lesson.window.results.table
    click(table.viewport(), table.visualRect(table.model().index(0, 0)).center())
    explanation = lesson.window.results.explanation
    lesson.qtbot.waitUntil(lambda: explanation.toPlainText() != "")
    (quoted,) = quotes(step)
    assert quoted in explanation.toPlainText()


def copy(lesson: Lesson, step: Step) -> None:
    assert "Copy" in step.statement
    results = lesson.window.results
    QApplication.clipboard().clear()
    click(results.copy_explanation)
    text = QApplication.clipboard().text()
    assert text and text.split("\n")[0] in results.explanation.toPlainText()


def dominated(lesson: Lesson, step: Step) -> None:
    """The strategy the text names is grey and struck through, and dominated."""
    name = expect(r"\*(\w+)\* is\s+always worse", step)[1]
    window = lesson.window
    column = window.document.game.players[1].strategies.index(name)
    model = window.matrix.view.model()
    font = model.headerData(column, Qt.Orientation.Horizontal, Qt.ItemDataRole.FontRole)
    assert isinstance(font, QFont) and font.strikeOut()
    assert column in window.results.greyed()[1]


def eliminate(lesson: Lesson, step: Step) -> None:
    """Each press of **Step** removes one strategy and says why, until one cell is left."""
    results = lesson.window.results
    game = lesson.window.document.game
    said = []
    while results.step_next.isEnabled():
        click(results.step_next)
        said.append(results.step_label.text())
    rows, columns = results.greyed()
    left = (len(game.players[0].strategies) - len(rows)) * (
        len(game.players[1].strategies) - len(columns)
    )
    assert left == 1 and len(said) == len(rows) + len(columns)
    assert all(said) and len(set(said)) == len(said)


def diagram(lesson: Lesson, step: Step) -> None:
    assert "best-response diagram" in step.statement
    results = lesson.window.results
    assert results.diagram is not None and results.diagram_panel.isVisible()


def drag_slider(lesson: Lesson, step: Step) -> None:
    """Move the subsidy slider with the keyboard after clicking its handle, down to the value
    the text names; the equilibrium moves to the cell it names."""
    target = float(expect(r"slider down to (\d+(?:\.\d+)?)", step)[1])
    moved_to = expect(r"moves to \*(.+?)\*", step)[1]
    control = lesson.window.parameters.controls["subsidy"]
    slider = control.slider
    click(slider, slider_handle(slider))
    for _ in range(slider.maximum() - slider.minimum()):
        if control.spin.value() <= target + 1e-12:
            break
        QTest.keyClick(slider, Qt.Key.Key_Left)
    assert control.spin.value() == pytest.approx(target)
    assert lesson.pure() == [moved_to]


def slider_handle(slider):  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QStyle, QStyleOptionSlider

    option = QStyleOptionSlider()
    slider.initStyleOption(option)
    return (
        slider.style()
        .subControlRect(
            QStyle.ComplexControl.CC_Slider, option, QStyle.SubControl.SC_SliderHandle, slider
        )
        .center()
    )


# --- 3. The regime map ----------------------------------------------------------------------


def run_map(lesson: Lesson, step: Step) -> None:
    games = int(expect(r"\(([\d,]+) games", step)[1].replace(",", ""))
    sweep = lesson.window.sweep
    click_tab(lesson.window.tabs, lesson.window.tabs.indexOf(sweep))
    assert sweep.x_axis.name.currentText() == "subsidy"
    assert sweep.y_axis.name.currentText() == "trust_penalty"
    lesson.sweep_run()
    assert math.prod(sweep.result.shape) == games


def ring(lesson: Lesson, step: Step) -> None:
    values = lesson.window.document.values
    position = lesson.window.sweep.plot.position
    assert position.isVisible()
    assert list(zip(*position.getData(), strict=True)) == [
        pytest.approx((values["subsidy"], values["trust_penalty"]))
    ]


def hovered(lesson: Lesson, step: Step) -> str:
    sweep = lesson.window.sweep
    x, y = step.inputs["subsidy"], step.inputs["trust_penalty"]
    hover_over(lesson.qtbot, sweep.plot, x, y)
    lesson.qtbot.waitUntil(lambda: f"subsidy = {x:g}, trust_penalty = {y:g}" in sweep.hover.text())
    return sweep.hover.text()


def regime_at(lesson: Lesson, step: Step) -> None:
    """The read-out at the point names the regime the list item names, with one equilibrium."""
    regime = expect(r"\*\*(.+?)\*\*", step)[1]
    where, said, *equilibria = hovered(lesson, step).split("\n")
    assert said == regime and len(equilibria) == 1, (where, said, equilibria)


def several_at(lesson: Lesson, step: Step) -> None:
    """The read-out at a point of the band lists more than one equilibrium."""
    assert "several equilibria" in step.statement
    _where, _regime, *equilibria = hovered(lesson, step).split("\n")
    assert len(equilibria) > 1 and all(": payoffs" in e for e in equilibria), equilibria


def click_map(lesson: Lesson, step: Step) -> None:
    """A click moves the sliders there; the Game tab shows that game."""
    sweep, window = lesson.window.sweep, lesson.window
    x, y = step.inputs["subsidy"], step.inputs["trust_penalty"]
    hovered(lesson, step)
    lesson.settle()
    click(sweep.plot.view.viewport(), plot_point(sweep.plot, x, y))
    assert window.document.values["subsidy"] == pytest.approx(x)
    assert window.document.values["trust_penalty"] == pytest.approx(y)
    click_tab(window.tabs, 0)
    assert len(lesson.solved().solution.equilibria) > 1
    click_tab(window.tabs, window.tabs.indexOf(sweep))


def reset_to_defaults(lesson: Lesson, step: Step) -> None:
    window = lesson.window
    (reset,) = [b for b in window.parameters.editing_buttons if b.text() == "Reset to defaults"]
    click(reset)
    assert window.document.values == window.document.game.defaults()


def run_lines(lesson: Lesson, step: Step) -> None:
    sweep = lesson.window.sweep
    click(sweep.use_y)
    assert not sweep.use_y.isChecked()
    lesson.sweep_run()
    assert sweep.result.y is None
    assert "several equilibria" in sweep.plot.legend.text()


def profit_falls(lesson: Lesson, step: Step) -> None:
    """The closed provider's equilibrium payoff at both ends of the line is what the text says."""
    high, low = map(
        float, expect(r"profit falls from (\d+(?:\.\d+)?) to (\d+(?:\.\d+)?)", step).groups()
    )
    result = lesson.window.sweep.result
    ends = [result.equilibria_at(p) for p in (0, len(result) - 1)]
    assert all(len(e) == 1 for e in ends)
    assert [round(e[0].payoffs[0], 2) for e in ends] == [high, low]


# --- 4. The repeated game -------------------------------------------------------------------


def strategies(lesson: Lesson, step: Step) -> None:
    controls = lesson.window.repeated.controls
    row, column = expect(r"plays \*\*(.+?)\*\*.*plays \*\*(.+?)\*\*", step).groups()
    assert controls.row_strategy.currentText().lower().startswith(row)
    assert controls.column_strategy.currentText().lower().startswith(column)
    periods = expect(r"free for (\d+) periods", step)[1]
    assert periods in controls.column_strategy.currentText()


def threshold(lesson: Lesson, step: Step) -> None:
    (quoted,) = quotes(step, "Premium")
    assert quoted in lesson.window.repeated.sentence.text()


def move_delta(lesson: Lesson, step: Step) -> None:
    """Below the threshold the sentence says it does not last and the Match view draws the
    deviation; above it, it lasts."""
    tab = lesson.window.repeated
    below, above = (q for q in quotes(step, "At δ"))
    for said in (below, above):
        delta = expect(r"δ = (\d+(?:\.\d+)?)", Step("", "", said))[1]
        retype(tab.controls.delta, delta)
        lesson.qtbot.waitUntil(lambda: said in tab.sentence.text(), timeout=30_000)  # noqa: B023
        lesson.settle()
        assert (tab.match_page.deviation is not None) == ("not last" in said)


def collusion(lesson: Lesson, step: Step) -> None:
    """The higher the subsidy, the higher the δ needed, until none suffices."""
    tab = lesson.window.repeated
    page = tab.collusion
    click_tab(tab.views, tab.views.indexOf(page))
    assert page.lever.currentText() == "subsidy"
    click(page.run)
    lesson.qtbot.waitUntil(lambda: page.result is not None, timeout=60_000)
    needed = [float(t) for t in page.result.grim]
    finite = [d for d in needed if not math.isnan(d)]
    assert finite == sorted(finite) and math.isnan(needed[-1]) and finite


def tournament(lesson: Lesson, step: Step) -> None:
    tab = lesson.window.repeated
    page = tab.tournament
    click_tab(tab.views, tab.views.indexOf(page))
    click(page.run)
    lesson.qtbot.waitUntil(
        lambda: page.table.rowCount() == len(page.entrant_strategies()), timeout=60_000
    )
    assert "wins" in page.status.text()


# --- 5. A game of your own, and the homework ------------------------------------------------


def type_game(lesson: Lesson, step: Step) -> None:
    """Ctrl+N, click the top-left cell, type the payoffs with Tab after each."""
    window = lesson.window
    payoffs = expect(r"`([\d ]+)`", step)[1].split()
    press_shortcut(window, window.menus.new)
    lesson.qtbot.waitUntil(lambda: window.document.game.title == "Untitled game")
    view = window.matrix.view
    click(view.viewport(), view.visualRect(view.model().index(0, 0)).center())
    for payoff in payoffs:
        QTest.keyClicks(QApplication.focusWidget(), payoff)
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    framed = expect(r"frames one cell, \*(.+?)\*", step)[1]
    assert lesson.pure() == [framed]


def help_page(lesson: Lesson, step: Step) -> None:
    window = lesson.window
    press_shortcut(window, window.menus.help)
    lesson.qtbot.waitUntil(
        lambda: (
            window.findChild(HelpDialog) is not None and window.findChild(HelpDialog).isVisible()
        )
    )
    page = window.findChild(HelpDialog).page.toPlainText()
    for function in re.findall(r"`(\w+)`", step.statement):
        assert f"{function}(" in page, function
    for mark in ("Bold and underlined", "Green frame", "Grey"):
        assert mark in page
    window.findChild(HelpDialog).close()


def homework(lesson: Lesson, step: Step) -> None:
    """The Enterprise trust game has a region where self-hosting is the company's choice."""
    window = lesson.window
    game = expect(r"the \*(.+?)\* game", step)[1]
    open_from_library(lesson, Step("", "", f"**AI economics › {game}**"))
    retype(window.parameters.controls["subsidy"].spin, str(step.inputs["subsidy"]))
    assert any("Self-host" in p.split(" / ")[0] for p in lesson.pure())


CHECKS: dict[str, Callable[[Lesson, Step], None]] = {
    "presenter": presenter,
    "restart-in-german": restart_in_german,
    "open-from-library": open_from_library,
    "default-levers": default_levers,
    "pure-equilibrium": pure_equilibrium,
    "why": why,
    "copy": copy,
    "dominated": dominated,
    "eliminate": eliminate,
    "diagram": diagram,
    "drag-slider": drag_slider,
    "run-map": run_map,
    "ring": ring,
    "regime-at": regime_at,
    "several-at": several_at,
    "click-map": click_map,
    "reset-to-defaults": reset_to_defaults,
    "run-lines": run_lines,
    "profit-falls": profit_falls,
    "strategies": strategies,
    "threshold": threshold,
    "move-delta": move_delta,
    "collusion": collusion,
    "tournament": tournament,
    "type-game": type_game,
    "help": help_page,
    "homework": homework,
}

#: The sections that go on with the flagship (opened from the Library as §1 says); the
#: others open what they need themselves.
ON_THE_FLAGSHIP = re.compile(r"^(Set-up|2\. |3\. )")
FLAGSHIP = next(s for steps in SECTIONS.values() for s in steps if s.name == "open-from-library")


def test_every_check_note_is_a_step_this_test_takes_and_the_lesson_adds_up() -> None:
    text = TUTORIAL.read_text(encoding="utf-8")
    names = {step.name for steps in SECTIONS.values() for step in steps}
    assert names <= set(CHECKS), names - set(CHECKS)
    assert set(CHECKS) <= names, set(CHECKS) - names
    claimed, parts = minutes(text)
    assert sum(parts) == claimed, f"the sections add up to {sum(parts)} minutes, not {claimed}"
    assert not [step for steps in SECTIONS.values() for step in steps if step.pending]


@POPUP
@pytest.mark.parametrize("section", list(SECTIONS))
def test_the_tutorial_section_as_a_class_does_it(
    qtbot, make_window, english_afterwards, section: str
) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    activate(qtbot, window)
    lesson = Lesson(qtbot, window)
    steps = SECTIONS[section]
    if ON_THE_FLAGSHIP.match(section) and steps[0].name != "open-from-library":
        open_from_library(lesson, FLAGSHIP)  # where §1 starts, the game the class looks at
    for step in steps:
        CHECKS[step.name](lesson, step)
