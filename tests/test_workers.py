"""Worker processes: every task answered exactly once, even when a worker dies with a task queued
behind the one it was running."""

from __future__ import annotations

import os
import time

import pytest

from pipeline.workers import run_isolated


def _work(payload: object) -> object:
    if payload == "crash":
        os._exit(3)  # the interpreter dies: no exception reaches the worker loop
    if payload == "hang":
        time.sleep(30)
    if payload == "error":
        raise ValueError("bad file")
    assert isinstance(payload, int)
    return payload * 2


@pytest.mark.parametrize("processes", [1, 2])
def test_every_task_is_answered_once_around_crashes_and_timeouts(processes: int) -> None:
    payloads: list[object] = [1, "crash", 2, 3, "hang", 4, "error", 5, 6]
    outcomes = list(run_isolated(_work, payloads, seconds=1.5, memory_mb=0, processes=processes))
    assert sorted(o.index for o in outcomes) == list(range(len(payloads)))
    by_index = {o.index: o for o in outcomes}
    for i, payload in enumerate(payloads):
        o = by_index[i]
        if payload == "crash":
            assert not o.ok and o.failure == "crash"
        elif payload == "hang":
            assert not o.ok and o.failure == "timeout"
        elif payload == "error":
            assert not o.ok and o.failure.startswith("error: ValueError: bad file")
        else:
            assert o.ok and o.value == payload * 2  # type: ignore[operator]


def test_a_queued_task_gets_its_own_time_limit() -> None:
    """Each task's time limit starts when it starts, not when it was queued behind another."""
    slow = [0.6, 0.6, 0.6]

    def sleepy(seconds: object) -> object:
        time.sleep(seconds)  # type: ignore[arg-type]
        return seconds

    outcomes = list(run_isolated(sleepy, slow, seconds=1.0, memory_mb=0, processes=1))
    assert [o.ok for o in outcomes] == [True, True, True]


def test_a_task_sent_to_a_worker_that_just_died_goes_to_the_next_one(monkeypatch: pytest.MonkeyPatch) -> None:
    """The queued task ('crash') kills the worker while this process is still handling the answer
    before it: the next task's send then meets a closed connection and must not be lost."""
    import pipeline.workers as workers

    answered = workers._Worker.answered

    def slow_answered(self: workers._Worker, seconds: float) -> None:
        time.sleep(0.3)  # the worker reads 'crash' meanwhile and dies
        answered(self, seconds)

    monkeypatch.setattr(workers._Worker, "answered", slow_answered)
    outcomes = list(run_isolated(_work, [1, "crash", 2, 3], seconds=5, memory_mb=0, processes=1))
    by_index = {o.index: o for o in outcomes}
    assert sorted(by_index) == [0, 1, 2, 3]
    assert by_index[1].failure == "crash"
    assert [by_index[i].value for i in (0, 2, 3)] == [2, 4, 6]


def test_a_group_is_built_without_the_cyclic_collector_which_is_back_after(
        tmp_path: object, monkeypatch: pytest.MonkeyPatch) -> None:
    import gc

    import pipeline.load.outputs as outputs

    seen: list[bool] = []
    monkeypatch.setattr(outputs, "_build", lambda store, job: seen.append(gc.isenabled()) or [])
    job = outputs.GroupJob(f"sqlite:///{tmp_path}/store.db", tmp_path, "id", "Kab. Contoh", 2025, [], [])  # type: ignore[arg-type]
    assert gc.isenabled()
    assert outputs.build_group(job) == []
    assert seen == [False] and gc.isenabled()

    def failing(store: object, job: object) -> list[object]:
        raise RuntimeError("disk full")

    monkeypatch.setattr(outputs, "_build", failing)
    with pytest.raises(RuntimeError):
        outputs.build_group(job)
    assert gc.isenabled()
