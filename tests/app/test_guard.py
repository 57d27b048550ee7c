"""No exception escapes a method Qt calls: every such method is guarded, and a guarded one
reports its error (the crash dialog and the log) and answers Qt safely (issue 10)."""

from __future__ import annotations

import importlib
import inspect
import pkgutil
import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest
from PySide6.QtCore import QSize
from PySide6.QtWidgets import QApplication, QLabel, QVBoxLayout, QWidget
from shiboken6 import Shiboken

import explorer.app
import explorer.render
from explorer.app import crash
from explorer.app.dynamics_view import DynamicsView
from explorer.render.guard import GUARDED, guard_qt_calls
from tests.app.test_crash import crash_dialogs
from tests.app.user import click_tab


def modules(package: ModuleType) -> Iterator[ModuleType]:
    for _, name, _ in pkgutil.walk_packages(package.__path__, package.__name__ + "."):
        yield importlib.import_module(name)


def qt_classes() -> list[type]:
    """Every class of the app and the drawing layer that derives from a Qt class."""
    found = []
    for package in (explorer.app, explorer.render):
        for module in modules(package):
            for _, cls in inspect.getmembers(module, inspect.isclass):
                if cls.__module__ == module.__name__ and issubclass(cls, Shiboken.Object):
                    found.append(cls)
    return found


def unguarded(cls: type) -> list[str]:
    """Methods Qt may call that are not guarded: overrides of a Qt class's methods (its
    virtual functions: event handlers, ``data``, ``paint``, ``translate``, ``run``, ...) and
    slots named ``on_<event>``. The rule is written out here, apart from the guard's own."""
    qt_bases = [base for base in cls.__mro__[1:] if base.__module__.startswith("PySide6")]
    missing = []
    for name, value in vars(cls).items():
        if not inspect.isfunction(value) or name.startswith("__"):
            continue
        overrides_qt = any(callable(getattr(base, name, None)) for base in qt_bases)
        if (overrides_qt or name.startswith("on_")) and not getattr(value, GUARDED, False):
            missing.append(f"{cls.__module__}.{cls.__qualname__}.{name}")
    return missing


def test_every_method_qt_calls_is_guarded() -> None:
    classes = qt_classes()
    assert len(classes) > 40
    checked = [
        name
        for cls in classes
        for name, value in vars(cls).items()
        if inspect.isfunction(value) and getattr(value, GUARDED, False)
    ]
    assert {"data", "paint", "showEvent", "closeEvent", "dropEvent", "translate", "run"} <= {
        name for name in checked
    }
    assert [name for cls in classes for name in unguarded(cls)] == []


def test_the_check_finds_an_unguarded_override() -> None:
    class Forgetful(QWidget):
        def paintEvent(self, event: object) -> None: ...

        def on_clicked(self) -> None: ...

        def helper(self) -> None: ...

    assert unguarded(Forgetful) == [
        f"{__name__}.{Forgetful.__qualname__}.paintEvent",
        f"{__name__}.{Forgetful.__qualname__}.on_clicked",
    ]
    assert unguarded(guard_qt_calls(Forgetful)) == []


@pytest.fixture
def reported(monkeypatch: pytest.MonkeyPatch) -> list[BaseException]:
    """What reaches sys.excepthook (in the app: the crash report)."""
    errors: list[BaseException] = []
    monkeypatch.setattr(sys, "excepthook", lambda kind, error, trace: errors.append(error))
    return errors


@pytest.mark.qt_no_exception_capture
def test_a_failing_size_hint_is_reported_and_qt_gets_an_empty_size(  # type: ignore[no-untyped-def]
    qtbot, reported: list[BaseException]
) -> None:
    """Unguarded, a layout asking this widget for its size hint crashes the process."""

    @guard_qt_calls
    class Broken(QLabel):
        def sizeHint(self) -> QSize:
            raise RuntimeError("no size")

    parent = QWidget()
    qtbot.addWidget(parent)
    QVBoxLayout(parent).addWidget(Broken("text"))
    parent.adjustSize()
    parent.show()
    qtbot.waitExposed(parent)
    assert reported and all(str(error) == "no size" for error in reported)
    assert Broken("again").sizeHint() == QSize()


@pytest.mark.qt_no_exception_capture
def test_a_slot_connected_to_a_signal_with_more_arguments_gets_as_many_as_it_takes(  # type: ignore[no-untyped-def]
    qtbot, reported: list[BaseException]
) -> None:
    seen: list[tuple[object, ...]] = []

    @guard_qt_calls
    class Slots(QWidget):
        def on_nothing(self) -> None:
            seen.append(())

        def on_one(self, value: str) -> None:
            seen.append((value,))

    widget = Slots()
    qtbot.addWidget(widget)
    widget.windowTitleChanged.connect(widget.on_nothing)
    widget.windowTitleChanged.connect(widget.on_one)
    widget.setWindowTitle("new")
    assert seen == [(), ("new",)] and reported == []


@pytest.fixture
def crash_log(qtbot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[Path]:  # type: ignore[no-untyped-def]
    """The app's crash report as installed at start-up, writing its log to ``tmp_path``."""
    log = tmp_path / "explorer.log"
    monkeypatch.setattr(crash, "log_path", lambda: log)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # restored after the test
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    crash.install_exception_handler()
    yield log
    for dialog in crash_dialogs():
        dialog.close()
    notices = crash._crash_notices()
    qtbot.waitUntil(lambda: notices is None or notices.dialog is None)


@pytest.mark.qt_no_exception_capture
def test_a_lazy_tab_whose_build_fails_says_so_and_the_app_goes_on(  # type: ignore[no-untyped-def]
    qtbot, window, crash_log: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def build(self: DynamicsView) -> None:
        QLabel("half made", self)
        raise RuntimeError("the plotting library is missing")

    monkeypatch.setattr(DynamicsView, "build", build)
    qtbot.waitExposed(window)
    click_tab(window.tabs, window.tabs.indexOf(window.dynamics))
    qtbot.waitUntil(lambda: len(crash_dialogs()) == 1)
    assert "the plotting library is missing" in crash_dialogs()[0].text()
    assert "RuntimeError: the plotting library is missing" in crash_log.read_text("utf-8")
    failure = window.dynamics.findChild(QLabel, "tab_failure")
    assert failure is not None and "could not be shown" in failure.text()
    qtbot.waitUntil(failure.isVisible)
    for dialog in crash_dialogs():
        dialog.close()
    # The app goes on: the other tabs work, and so does the failed tab's redraw.
    click_tab(window.tabs, window.tabs.indexOf(window.repeated))
    qtbot.waitUntil(lambda: window.repeated.match is not None, timeout=30_000)
    window.dynamics.redraw()
    click_tab(window.tabs, 0)
    assert QApplication.instance() is not None and window.isVisible()
