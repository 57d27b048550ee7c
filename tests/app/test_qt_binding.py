"""Guards against known defects of the Qt binding the app is pinned around."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal


class _Emitter(QObject):
    flag = Signal(bool)


def test_emitting_a_bool_keeps_its_reference_count(qapp) -> None:  # type: ignore[no-untyped-def]
    """PySide6 6.12.0 decremented True's count on each emission until Python aborted."""
    emitter = _Emitter()
    received: list[bool] = []
    emitter.flag.connect(received.append)
    before = sys.getrefcount(True)
    for _ in range(50):
        emitter.flag.emit(True)
    after = sys.getrefcount(True) - received.count(True)
    assert after == before
