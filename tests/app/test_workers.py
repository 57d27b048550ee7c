"""Background work: the newest request wins, stale answers never arrive, bursts are merged."""

from __future__ import annotations

import threading
from typing import Any

import pytest
from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication

from explorer.app.workers import Cancelled, JobRunner, Throttle


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


def test_errors_in_the_users_input_are_a_sentence_bugs_a_traceback(qtbot, runner) -> None:  # type: ignore[no-untyped-def]
    def bad_input(stop: Any, progress: Any) -> None:
        raise ValueError("a payoff is undefined at subsidy = 1")

    with qtbot.waitSignal(runner.failed_job) as failed:
        runner.submit(bad_input)
    assert failed.args[1] == "a payoff is undefined at subsidy = 1"

    def bug(stop: Any, progress: Any) -> None:
        raise KeyError("oops")

    with qtbot.waitSignal(runner.failed_job) as failed:
        runner.submit(bug)
    assert "Traceback" in failed.args[1] and "KeyError" in failed.args[1]


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
