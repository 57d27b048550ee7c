"""One guard for every place Qt calls into Python: an error there is reported, never raised.

An exception that escapes a method Qt calls (an event handler, a model's ``data``, a
delegate's ``paint``, a thread's ``run``) unwinds into C++: PySide 6 stores it and raises it
at the next Python frame up the stack, or prints it, and the C++ code goes on with a
default-constructed result. A layout that asked a widget for its ``sizeHint`` then crashes
the process. So every such method is wrapped: the error goes to :data:`sys.excepthook`
(the desktop app points it at its crash report: a log entry and one dialog), and Qt gets a
safe answer (``None`` for ``data``, no item flags, an empty size, "not handled" for an event).

The rule of which methods Qt calls, :func:`called_by_qt`, is the one the test suite checks
over every Qt class of the app and of the drawing layer: a method overriding a method of a
Qt base class (its virtual functions), a slot named ``on_<event>``, and a thread's ``run``.
The guard lives in the drawing layer so that both the app and the drawings can use it.
"""

from __future__ import annotations

import functools
import inspect
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any, TypeVar

from PySide6.QtCore import QSize, Qt

T = TypeVar("T", bound=type)
F = TypeVar("F", bound=Callable[..., Any])

#: What a guarded method returns to Qt after an error, by method name (otherwise ``None``).
SAFE_RESULTS: dict[str, Callable[[], object]] = {
    "rowCount": lambda: 0,
    "columnCount": lambda: 0,
    "flags": lambda: Qt.ItemFlag.NoItemFlags,
    "setData": lambda: False,
    "setHeaderData": lambda: False,
    "sizeHint": QSize,
    "minimumSizeHint": QSize,
    "event": lambda: False,
    "eventFilter": lambda: False,
    "focusNextPrevChild": lambda: False,
    "isEmpty": lambda: True,
    "id": lambda: -1,
    "mergeWith": lambda: False,
}

#: Marks a function wrapped by :func:`guarded`.
GUARDED = "__qt_guarded__"


def report_current_exception() -> None:
    """Hand the exception being handled to :data:`sys.excepthook`; never raises."""
    kind, error, trace = sys.exc_info()
    if kind is None or error is None:
        return
    try:
        sys.excepthook(kind, error, trace)
    except Exception:  # a broken hook: Python's own printer, which needs no set-up
        sys.__excepthook__(kind, error, trace)


@contextmanager
def reporting_errors() -> Iterator[list[BaseException]]:
    """Run a block Qt has called into: an exception is reported and kept, not raised.

    Yields a list that holds the exception afterwards if there was one.
    """
    caught: list[BaseException] = []
    try:
        yield caught
    except Exception as error:
        caught.append(error)
        report_current_exception()


def _positional_limit(function: Callable[..., Any]) -> int | None:
    """How many positional arguments ``function`` takes (None: any number)."""
    parameters = inspect.signature(function).parameters.values()
    if any(p.kind is inspect.Parameter.VAR_POSITIONAL for p in parameters):
        return None
    positional = (inspect.Parameter.POSITIONAL_ONLY, inspect.Parameter.POSITIONAL_OR_KEYWORD)
    return sum(p.kind in positional for p in parameters)


def guarded(function: F, result: Callable[[], object] | None = None) -> F:
    """``function`` made safe for Qt to call: an error is reported and ``result()`` returned.

    Like PySide's own slot calls, the wrapper passes on only as many positional arguments
    as ``function`` takes: a signal with arguments may be connected to a slot with fewer.
    """
    if getattr(function, GUARDED, False):
        return function
    limit = _positional_limit(function)

    @functools.wraps(function)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return function(*(args if limit is None else args[:limit]), **kwargs)
        except Exception:
            report_current_exception()
            return None if result is None else result()

    setattr(wrapper, GUARDED, True)
    return wrapper  # type: ignore[return-value]


def _qt_bases(cls: type) -> list[type]:
    return [base for base in cls.__mro__[1:] if base.__module__.startswith("PySide6")]


def called_by_qt(cls: type, name: str) -> bool:
    """True if Qt calls the method ``name`` defined in ``cls``: an override of a Qt base
    class's method (a virtual function), a slot named ``on_<event>``, or a thread's ``run``."""
    if name.startswith("__") or not inspect.isfunction(vars(cls).get(name)):
        return False
    if name.startswith("on_"):
        return True
    return any(callable(getattr(base, name, None)) for base in _qt_bases(cls))


def guard_qt_calls(cls: T) -> T:
    """Class decorator: guard every method of ``cls`` that Qt calls (see :func:`called_by_qt`)."""
    for name, value in list(vars(cls).items()):
        if called_by_qt(cls, name):
            setattr(cls, name, guarded(value, SAFE_RESULTS.get(name)))
    return cls
