"""Watch mode: process each inbox file once it is completely written, until told to stop.

The inbox is polled every ``interval`` seconds. A file is *settled* when its size and modification
time have not changed for ``settle`` seconds; only settled files are given to ``run()`` (its
``only`` filter), so a file still being copied in (over the network, from a mail client) is never
read half-written. Excel/LibreOffice lock files, hidden and temporary files are never touched
(``intake.leave_alone_reason``).

Polling is the only mechanism, on purpose: it needs no extra package, it sees files written on
network shares (SMB/NFS) where inotify sees nothing, and the settle time dominates the latency.

SIGTERM (``systemctl stop``) or Ctrl-C: the file in hand is finished (committed), no further
file is started, the outputs are brought up to date and the process exits 0. Files not reached
stay in the inbox for the next run. Another run holding the lock (a scheduled ``run``) is waited
for: the watch tries again at the next poll.
"""

from __future__ import annotations

import json
import signal
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pipeline.intake import leave_alone_reason, scan_inbox
from pipeline.run import RunOptions, RunResult
from pipeline.runlock import RunLocked
from pipeline.runlog import StopRequested, supervised_run

Signature = tuple[int, int, int]  # size, mtime_ns, ctime_ns (ctime: a copy tool that restores the mtime)


def settled_files(inbox: Path, settle: float, now: float | None = None) -> set[Path] | None:
    """For ``run --settle``: the inbox files unchanged for ``settle`` seconds (``None``: all files).

    One look only, so it goes by the last change time (modification or status change, whichever is
    later): a file still being copied in is younger than that and is left for the next run.
    """
    if settle <= 0:
        return None
    now = time.time() if now is None else now
    out: set[Path] = set()
    for item in scan_inbox(inbox):
        try:
            st = item.path.stat()
        except OSError:
            continue
        if now - max(st.st_mtime, st.st_ctime) >= settle:
            out.add(item.path)
    return out


@dataclass
class SettleTracker:
    """Remembers when each inbox file last changed; says which ones have been still long enough."""

    settle: float
    retry_after: float = 300.0  # a file still there after a run that failed is tried again after this
    _seen: dict[Path, tuple[Signature, float]] = field(default_factory=dict)
    _tried: dict[Path, tuple[Signature, float]] = field(default_factory=dict)

    def poll(self, inbox: Path, now: float) -> set[Path]:
        current: dict[Path, Signature] = {}
        for item in scan_inbox(inbox):
            if leave_alone_reason(item.path):
                continue
            try:
                st = item.path.stat()
            except OSError:
                continue
            current[item.path] = (st.st_size, st.st_mtime_ns, st.st_ctime_ns)
        for path in list(self._seen):
            if path not in current:
                del self._seen[path]
                self._tried.pop(path, None)
        settled: set[Path] = set()
        for path, sig in current.items():
            seen = self._seen.get(path)
            if seen is None or seen[0] != sig:
                self._seen[path] = (sig, now)
                if self.settle > 0:
                    continue
            elif now - seen[1] < self.settle:
                continue
            tried = self._tried.get(path)
            if tried is not None and tried[0] == sig and now - tried[1] < self.retry_after:
                continue
            settled.add(path)
        return settled

    def tried(self, paths: set[Path], now: float) -> None:
        for path in paths:
            seen = self._seen.get(path)
            if seen is not None:
                self._tried[path] = (seen[0], now)


class Stopper:
    """SIGTERM / SIGINT set a flag (the second one interrupts at once, as usual)."""

    def __init__(self) -> None:
        self.stopped = False
        self._previous: dict[int, Any] = {}

    def install(self) -> None:
        for sig in (signal.SIGTERM, signal.SIGINT):
            self._previous[sig] = signal.signal(sig, self._handle)

    def restore(self) -> None:
        for sig, handler in self._previous.items():
            signal.signal(sig, handler)
        self._previous.clear()

    def _handle(self, signum: int, frame: Any) -> None:
        self.stopped = True
        self.restore()

    def sleep(self, seconds: float) -> None:
        deadline = time.monotonic() + seconds
        while not self.stopped and time.monotonic() < deadline:
            time.sleep(min(0.1, max(0.0, deadline - time.monotonic())))


def watch(opts: RunOptions, *, interval: float = 5.0, settle: float = 10.0, lang: str = "id",
          report: Callable[[RunResult], None] | None = None, stopper: Stopper | None = None,
          max_idle_polls: int | None = None) -> int:
    """Poll ``opts.inbox`` until stopped; return the exit code (0 after a clean stop).

    ``report`` is called with every run's result. ``max_idle_polls`` (tests) stops the loop after
    that many polls in a row found nothing to do.
    """
    en = lang == "en"
    stopper = stopper or Stopper()
    stopper.install()
    tracker = SettleTracker(settle, retry_after=max(60.0, 10 * interval))
    say(("Watching {inbox} (every {interval:g} s, a file is taken once unchanged for {settle:g} s). "
         "Stop with Ctrl-C or SIGTERM." if en else
         "Memantau {inbox} (tiap {interval:g} detik; berkas diambil setelah {settle:g} detik tidak berubah). "
         "Hentikan dengan Ctrl-C atau SIGTERM.").format(inbox=opts.inbox, interval=interval, settle=settle))
    waiting_for_lock = False
    interrupted = False
    idle = 0
    try:
        while not stopper.stopped:
            settled = tracker.poll(opts.inbox, time.monotonic())
            if settled:
                idle = 0
                try:
                    result = supervised_run(opts, only=settled, should_stop=lambda: stopper.stopped)
                except RunLocked as exc:
                    if not waiting_for_lock:
                        say(exc.message(lang))
                        waiting_for_lock = True
                except StopRequested:
                    interrupted = True
                    break
                except Exception as exc:  # keep watching: the next poll retries after a while
                    tracker.tried(settled, time.monotonic())
                    say(("pipeline error: " if en else "galat pipeline: ") + f"{type(exc).__name__}: {exc}")
                else:
                    waiting_for_lock = False
                    tracker.tried(settled, time.monotonic())
                    if report is not None:
                        report(result)
            else:
                idle += 1
                if max_idle_polls is not None and idle >= max_idle_polls:
                    break
            stopper.sleep(interval)
        if interrupted:
            _finish_outputs(opts, lang, report)
    finally:
        stopper.restore()
    say("Stopped." if en else "Berhenti.")
    return 0


def _finish_outputs(opts: RunOptions, lang: str, report: Callable[[RunResult], None] | None) -> None:
    """After a stop in the middle of a run: bring the consolidated outputs up to date."""
    try:
        result = supervised_run(opts, only=set())
    except RunLocked:
        return  # the run holding the lock rebuilds them
    except Exception as exc:
        say(("pipeline error: " if lang == "en" else "galat pipeline: ") + f"{type(exc).__name__}: {exc}")
        return
    if report is not None and (result.files or result.outputs):
        report(result)


def say(text: str) -> None:
    print(text, file=sys.stderr, flush=True)


def json_report(result: RunResult) -> None:
    print(json.dumps(result.to_dict(), ensure_ascii=False, default=str), flush=True)
