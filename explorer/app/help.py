"""Help › Strategy Explorer Help: a page a class can use, in the language shown.

What can drift is generated, not written by hand: the functions and limits come from
:mod:`explorer.core.formula`, the keyboard shortcuts from the window's own menu actions.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QMenu,
    QMenuBar,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from explorer.core.formula import FUNCTIONS, MAX_DEPTH, MAX_EXPONENT, MAX_LENGTH, MAX_NODES

translate = QCoreApplication.translate


def _function_words() -> dict[str, str]:
    """What each formula function does, in words (the signatures come from the formula
    module; a function added there without words here is still listed)."""
    return {
        "min": translate("Help", "the smallest of its arguments"),
        "max": translate("Help", "the largest of its arguments"),
        "exp": translate("Help", "e to the power x"),
        "log": translate("Help", "the natural logarithm of x (x > 0)"),
        "sqrt": translate("Help", "the square root of x (x ≥ 0)"),
        "abs": translate("Help", "x without its sign"),
        "where": translate(
            "Help", "value_if_true where the condition holds (is not 0), else value_if_false"
        ),
        "clip": translate("Help", "x kept between low and high"),
    }


def plain(text: str) -> str:
    """A menu text as read: without the & that marks its access key."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def shortcuts(bar: QMenuBar) -> list[tuple[str, str]]:
    """(where in the menus, keys) for every menu action with a shortcut, in menu order."""
    found: list[tuple[str, str]] = []

    def walk(actions: list[QAction], path: str) -> None:
        for action in actions:
            where = f"{path} › {plain(action.text())}" if path else plain(action.text())
            menu = action.menu()
            if isinstance(menu, QMenu):
                walk(menu.actions(), where)
            elif not action.shortcut().isEmpty() and action.text():
                keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
                found.append((where, keys))

    walk(bar.actions(), "")
    return found


def _formulas() -> str:
    words = _function_words()
    rows = "".join(
        f"<tr><td><code>{escape(f.signature)}</code></td><td>{escape(words.get(name, ''))}"
        "</td></tr>"
        for name, f in FUNCTIONS.items()
    )
    limits = (
        translate("Help", "Limits: %1 characters, nesting %2 deep, %3 parts, exponents up to %4.")
        .replace("%1", str(MAX_LENGTH))
        .replace("%2", str(MAX_DEPTH))
        .replace("%3", str(MAX_NODES))
        .replace("%4", f"{MAX_EXPONENT:g}")
    )
    heading = translate("Help", "Formulas in payoff cells")
    intro = translate(
        "Help", "A payoff is a number or a formula over the game's parameters, for example"
    )
    arithmetic = translate("Help", "Arithmetic and brackets:")
    comparisons = translate("Help", "Comparisons give 1 (true) or 0 (false):")
    logic = translate("Help", "Logic and choice:")
    functions = translate("Help", "Functions:")
    invalid = translate(
        "Help",
        "A cell whose formula is not valid turns red and says why; "
        "the last valid game stays solved.",
    )
    return (
        f"<h2>{escape(heading)}</h2>"
        f"<p>{escape(intro)} <code>0.3 + subsidy</code>, <code>1 - 0.5*trust_penalty</code>, "
        "<code>where(subsidy &gt; 0.5, 1, 2)</code>.</p><ul>"
        f"<li>{escape(arithmetic)} <code>+ - * / **</code> <code>( )</code></li>"
        f"<li>{escape(comparisons)} <code>&lt; &lt;= &gt; &gt;= == !=</code></li>"
        f"<li>{escape(logic)} <code>and or not</code>, <code>a if condition else b</code></li>"
        f"</ul><p>{escape(functions)}</p><table cellpadding='3'>{rows}</table>"
        f"<p>{escape(limits)} {escape(invalid)}</p>"
    )


def _matrix() -> str:
    marks = (
        (
            "<b><u>",
            "</u></b>",
            translate("Help", "Bold and underlined"),
            translate("Help", "a best response of that player to the other's strategy."),
        ),
        (
            "<b style='color:#1b7f3b'>",
            "</b>",
            translate("Help", "Green frame"),
            translate("Help", "both payoffs are best responses: a pure Nash equilibrium."),
        ),
        (
            "<b style='color:#9a9a9a'>",
            "</b>",
            translate("Help", "Grey, names struck through"),
            translate("Help", "strictly dominated (or removed by the elimination steps so far)."),
        ),
        (
            "<b style='color:#b00020'>",
            "</b>",
            translate("Help", "Red cell"),
            translate("Help", "the formula typed there is not valid."),
        ),
    )
    items = "".join(
        f"<li>{opening}{escape(name)}{closing}: {escape(meaning)}</li>"
        for opening, closing, name, meaning in marks
    )
    heading = translate("Help", "Reading the matrix")
    colours = translate(
        "Help",
        "Blue is the row player, orange the column player; each cell shows both payoffs, "
        "the row player's first.",
    )
    return f"<h2>{escape(heading)}</h2><ul>{items}<li>{escape(colours)}</li></ul>"


def _keyboard(bar: QMenuBar) -> str:
    rows = "".join(
        f"<tr><td><b>{escape(keys)}</b></td><td>{escape(where)}</td></tr>"
        for where, keys in shortcuts(bar)
    )
    in_cell = (
        (
            translate("Help", "a number or letter"),
            translate("Help", "starts typing into the selected cell"),
        ),
        (
            "Tab",
            translate("Help", "from the row payoff to the column payoff, then to the next cell"),
        ),
        (translate("Help", "Enter"), translate("Help", "keeps what was typed")),
        ("Esc", translate("Help", "leaves the cell unchanged")),
    )
    editing = "".join(
        f"<tr><td><b>{escape(keys)}</b></td><td>{escape(what)}</td></tr>" for keys, what in in_cell
    )
    heading = translate("Help", "Keyboard")
    cell = translate("Help", "In a payoff cell")
    return (
        f"<h2>{escape(heading)}</h2><table cellpadding='3'>{rows}</table>"
        f"<h3>{escape(cell)}</h3><table cellpadding='3'>{editing}</table>"
    )


def help_html(bar: QMenuBar) -> str:
    """The whole page: formulas, the matrix's marks, the keys of ``bar``'s actions."""
    return _formulas() + _matrix() + _keyboard(bar)


class HelpDialog(QDialog):
    """The help page in a window of its own, beside the explorer (not modal)."""

    def __init__(self, bar: QMenuBar, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("help_dialog")
        self.setWindowTitle(translate("Help", "Strategy Explorer Help"))
        self.page = QTextBrowser(self)
        self.page.setHtml(help_html(bar))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.page)
        layout.addWidget(buttons)
        self.resize(720, 640)
