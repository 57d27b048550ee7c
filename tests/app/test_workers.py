"""Background work: the newest request wins, stale answers never arrive, bursts are merged."""

from __future__ import annotations

import sys
import threading
import time
from typing import Any

import pytest
from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication

from explorer.app.workers import (
    Cancelled,
    JobRunner,
    Throttle,
    abandoned_threads,
    failure_sentence,
    shutdown_all,
    superseded_sentence,
)


@pytest.fixture
def runner(qapp):  # type: ignore[no-untyped-def]
    worker = JobRunner()
    yield worker
    worker.shutdown()


def test_a_result_arrives_tagged_with_its_request(qtbot, runner) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(runner.finished_job) as arrived:
        generation = runner.submit(lambda stop, progress: 6 * 7)
    assert arrived.args == [generation, 42]


def test_a_newer_request_supersedes_the_running_one(qtbot, runner) -> None:  # type: ignore[no-untyped-def]
    started, stopped = threading.Event(), threading.Event()

    def slow(stop: Any, progress: Any) -> str:
        started.set()
        while not stop():
            threading.Event().wait(0.005)
        stopped.set()
        raise Cancelled

    arrived: list[object] = []
    runner.finished_job.connect(lambda generation, result: arrived.append(result))
    runner.submit(slow)
    assert started.wait(10)
    with qtbot.waitSignal(runner.finished_job):
        newest = runner.submit(lambda stop, progress: "newest")
    assert stopped.is_set() and arrived == ["newest"] and runner.generation == newest


def test_a_cancelled_job_never_delivers(qtbot, runner) -> None:  # type: ignore[no-untyped-def]
    release = threading.Event()

    def waits(stop: Any, progress: Any) -> str:
        release.wait(10)
        return "too late"

    arrived: list[object] = []
    runner.finished_job.connect(lambda generation, result: arrived.append(result))
    runner.submit(waits)
    runner.cancel()
    release.set()
    qtbot.waitUntil(runner.isFinished)
    QApplication.processEvents()  # any queued answer would be delivered now
    assert arrived == []


def test_an_error_in_the_users_input_is_its_sentence(qtbot, runner) -> None:  # type: ignore[no-untyped-def]
    def bad_input(stop: Any, progress: Any) -> None:
        raise ValueError("a payoff is undefined at subsidy = 1")

    with qtbot.waitSignal(runner.failed_job) as failed:
        runner.submit(bad_input)
    assert failed.args[1] == "a payoff is undefined at subsidy = 1"


@pytest.mark.parametrize(
    "message",
    ["first line\n  Traceback (most recent call last):", ""],
)
def test_an_input_error_reaches_the_view_on_one_line(qtbot, runner, message: str) -> None:  # type: ignore[no-untyped-def]
    def bad_input(stop: Any, progress: Any) -> None:
        raise ValueError(message)

    with qtbot.waitSignal(runner.failed_job) as failed:
        runner.submit(bad_input)
    sentence = failed.args[1]
    assert "\n" not in sentence and sentence.strip()
    assert sentence == (" ".join(message.split()) or failure_sentence())


@pytest.mark.qt_no_exception_capture
def test_a_bug_goes_to_the_crash_report_and_the_view_gets_one_sentence(  # type: ignore[no-untyped-def]
    qtbot, runner, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Issue 10: the Repeated tab once showed a Python traceback as its sentence."""
    reported: list[BaseException] = []
    monkeypatch.setattr(sys, "excepthook", lambda kind, error, trace: reported.append(error))

    def bug(stop: Any, progress: Any) -> None:
        raise KeyError("oops")

    with qtbot.waitSignal(runner.failed_job) as failed:
        runner.submit(bug)
    sentence = failed.args[1]
    assert sentence == failure_sentence() and "\n" not in sentence
    assert "Traceback" not in sentence and "KeyError" not in sentence
    assert len(reported) == 1 and isinstance(reported[0], KeyError)


def test_an_answer_about_a_game_no_longer_open_is_never_delivered(qtbot, qapp) -> None:  # type: ignore[no-untyped-def]
    """The answer and a new game race: the answer is for the old one, so the view is told it
    is not shown (and stops waiting) instead of receiving it."""
    subject = ["first game"]
    runner = JobRunner(subject=lambda: subject[0])
    release = threading.Event()
    arrived: list[object] = []
    runner.finished_job.connect(lambda generation, result: arrived.append(result))

    def answer(stop: Any, progress: Any) -> str:
        release.wait(10)
        return "about the first game"

    runner.submit(answer)
    subject[0] = "second game"  # opened while the answer is being worked out
    with qtbot.waitSignal(runner.failed_job) as failed:
        release.set()
    assert arrived == [] and failed.args[1] == superseded_sentence()
    with qtbot.waitSignal(runner.finished_job) as later:
        runner.submit(lambda stop, progress: "about the second game")
    assert later.args[1] == "about the second game"
    runner.shutdown()


def test_shutting_down_waits_a_bounded_time_for_a_job_that_ignores_its_stop(qtbot, qapp) -> None:  # type: ignore[no-untyped-def]
    release = threading.Event()
    started = threading.Event()
    owner = QObject()
    stubborn = JobRunner(owner)

    def ignores_stop(stop: Any, progress: Any) -> None:
        started.set()
        release.wait(30)

    stubborn.submit(ignores_stop)
    assert started.wait(10)
    began = time.monotonic()
    assert not shutdown_all([stubborn], seconds=0.3)
    assert time.monotonic() - began < 2
    assert stubborn.parent() is None and abandoned_threads() >= 1
    release.set()
    qtbot.waitUntil(stubborn.isFinished)


def test_progress_is_reported_for_the_current_request(qtbot, runner) -> None:  # type: ignore[no-untyped-def]
    def counts(stop: Any, progress: Any) -> None:
        for done in range(1, 4):
            progress(done, 3)

    seen: list[tuple[int, int]] = []
    runner.progressed.connect(lambda generation, done, total: seen.append((done, total)))
    with qtbot.waitSignal(runner.finished_job):
        runner.submit(counts)
    assert seen == [(1, 3), (2, 3), (3, 3)]


def test_the_throttle_merges_a_burst_and_delivers_the_last(qtbot, qapp) -> None:  # type: ignore[no-untyped-def]
    calls: list[int] = []
    owner = QObject()
    throttle = Throttle(30, lambda: calls.append(len(calls)), owner)
    for _ in range(50):  # a slider dragged over fifty positions at once
        throttle.trigger()
    qtbot.waitUntil(lambda: calls == [0])
    throttle.trigger(0.5)  # signal arguments are ignored
    qtbot.waitUntil(lambda: calls == [0, 1])
