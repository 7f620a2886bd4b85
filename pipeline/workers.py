"""Worker processes: each file is analysed in a child process with a time and a memory limit.

A file that hangs the reader, exhausts memory or crashes the interpreter costs only its worker:
the parent kills or loses that child, reports the file, starts a new worker and goes on. The
work is spread over the machine's cores (python-calamine and openpyxl are CPU-bound).
"""

from __future__ import annotations

import gc
import multiprocessing as mp
import os
import resource
import time
import traceback
from collections import deque
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from multiprocessing.connection import Connection, wait
from typing import Any

Task = tuple[int, Any]  # (index, payload)


@dataclass(slots=True)
class Outcome:
    index: int
    ok: bool
    value: Any = None  # the function's result when ok
    failure: str = ""  # "timeout", "memory", "crash" or "error: ..." when not ok


def _worker_main(conn: Connection, func: Callable[[Any], Any], memory_mb: int) -> None:
    # The objects inherited from the parent live as long as the worker: the cyclic collector need
    # not walk them again and again (gc.freeze), and a file's analysis makes some 100,000 short-
    # lived objects, so collections of the young generation are made rarer.
    gc.freeze()
    gc.set_threshold(50_000, 20, 20)
    if memory_mb > 0:
        limit = memory_mb * 1024 * 1024
        try:
            resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
        except (ValueError, OSError):
            pass
    while True:
        try:
            task = conn.recv()
        except EOFError:
            return
        if task is None:
            return
        index, payload = task
        try:
            conn.send(Outcome(index, True, func(payload)))
        except MemoryError:
            conn.send(Outcome(index, False, failure="memory"))
        except Exception as exc:  # report, keep serving: one bad file must not stop the others
            conn.send(Outcome(index, False, failure=f"error: {type(exc).__name__}: {exc}\n{traceback.format_exc()}"))


class _Worker:
    def __init__(self, ctx: Any, func: Callable[[Any], Any], memory_mb: int) -> None:
        self.conn, child = ctx.Pipe()
        self.proc = ctx.Process(target=_worker_main, args=(child, func, memory_mb), daemon=True)
        self.proc.start()
        child.close()
        self.tasks: deque[Task] = deque()  # sent and not answered yet; the first is the one running
        self.deadline = 0.0  # the running task's

    def give(self, task: Task, seconds: float) -> None:
        if not self.tasks:
            self.deadline = time.monotonic() + seconds
        self.tasks.append(task)
        try:
            self.conn.send(task)
        except (BrokenPipeError, ConnectionResetError):
            # The worker died on the task it was running: the loop sees its connection closed,
            # fails that task and hands this one, never received, to a new worker.
            pass

    def answered(self, seconds: float) -> None:
        """The running task is done: the next one sent (if any) starts now."""
        self.tasks.popleft()
        if self.tasks:
            self.deadline = time.monotonic() + seconds

    def kill(self) -> None:
        if self.proc.is_alive():
            self.proc.kill()
        self.proc.join(5)
        self.conn.close()

    def stop(self) -> None:
        try:
            self.conn.send(None)
        except (BrokenPipeError, OSError):
            pass
        self.proc.join(5)
        if self.proc.is_alive():
            self.proc.kill()
        self.conn.close()


# Tasks sent to a worker ahead of its answers: the next file waits in the connection, so a worker
# never idles while this process, busy committing another file, has not yet read its result.
_AHEAD = 2


def run_isolated(func: Callable[[Any], Any], payloads: list[Any], *, seconds: float, memory_mb: int,
                 processes: int | None = None) -> Iterator[Outcome]:
    """Apply ``func`` to every payload in worker processes; yield outcomes as they complete.

    ``func`` must be a module-level function (it is inherited by fork). A payload that exceeds
    ``seconds`` or ``memory_mb`` (address space), or kills its worker, yields a failed outcome;
    the task queued behind it on that worker had not started and goes to the next worker.
    """
    if not payloads:
        return
    ctx = mp.get_context("fork")
    n = max(1, min(processes or default_processes(), len(payloads)))
    pending = list(enumerate(payloads))
    pending.reverse()  # the next task is popped from the end
    workers = [_Worker(ctx, func, memory_mb) for _ in range(n)]

    def fill(w: _Worker) -> None:
        while pending and len(w.tasks) < _AHEAD:
            w.give(pending.pop(), seconds)

    try:
        for w in workers:
            fill(w)
        while any(w.tasks for w in workers):
            busy = [w for w in workers if w.tasks]
            timeout = max(0.0, min(w.deadline for w in busy) - time.monotonic())
            ready = wait([w.conn for w in busy], timeout=timeout)
            for i, w in enumerate(workers):
                if not w.tasks:
                    continue
                index = w.tasks[0][0]
                outcome: Outcome | None = None
                replace = False
                if w.conn in ready:
                    try:
                        outcome = w.conn.recv()
                    except (EOFError, OSError):
                        code = w.proc.exitcode
                        outcome = Outcome(index, False, failure="memory" if code in (-9, 137) else "crash")
                        replace = True
                elif time.monotonic() >= w.deadline:
                    outcome = Outcome(index, False, failure="timeout")
                    replace = True
                if outcome is None:
                    continue
                if replace:
                    pending.extend(reversed(list(w.tasks)[1:]))  # sent, never started: next in line
                    w.kill()
                    w = workers[i] = _Worker(ctx, func, memory_mb)
                else:
                    w.answered(seconds)
                fill(w)
                yield outcome
    finally:
        for w in workers:
            if w.tasks:
                w.kill()
            else:
                w.stop()


def default_processes() -> int:
    env = os.environ.get("PIPELINE_WORKERS")
    if env:
        return max(1, int(env))
    return max(1, len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1))
