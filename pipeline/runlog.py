"""What an operator sees of a run: a JSON-lines log per run, and a progress bar on a terminal.

``supervised_run`` wraps ``pipeline.run.run``: every file's outcome is appended to
``<outbox>/log/<YYYYmmdd-HHMMSS>_<run id>.jsonl`` as it happens (one JSON object per line:
``run``, ``time``, ``event`` = start / file / end, and for files ``file``, ``stage``,
``outcome``, ``seconds``), and a progress bar is drawn on stderr when stderr is a terminal
(never in cron, systemd or a pipe). A run that finds another one going writes no log.
"""

from __future__ import annotations

import json
import os
import shutil
import socket
import sys
import time
import uuid
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from pipeline import __version__

if TYPE_CHECKING:
    from pipeline.run import RunOptions, RunResult

LOG_DIR = "log"


class StopRequested(Exception):
    """Raised between two files when the operator asked to stop (SIGTERM, Ctrl-C in watch mode)."""


def log_dir(outbox: Path) -> Path:
    return outbox / LOG_DIR


class RunLog:
    """Appends one JSON object per line to this run's log file, created at the first line."""

    def __init__(self, folder: Path, header: dict[str, Any]) -> None:
        self.run_id = uuid.uuid4().hex[:12]
        self.started = datetime.now(UTC)
        self.t0 = time.monotonic()
        self.path = folder / f"{self.started.strftime('%Y%m%d-%H%M%S')}_{self.run_id}.jsonl"
        self._header = header
        self._fh: IO[str] | None = None

    def write(self, event: str, **data: Any) -> None:
        if self._fh is None:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self._fh = open(self.path, "a", encoding="utf-8")
            self._line("start", time=self.started.isoformat(timespec="seconds"), **self._header)
        self._line(event, **data)

    def _line(self, event: str, **data: Any) -> None:
        assert self._fh is not None
        record = {"run": self.run_id, "time": datetime.now(UTC).isoformat(timespec="seconds"), "event": event, **data}
        self._fh.write(json.dumps(record, ensure_ascii=False, default=str) + "\n")
        self._fh.flush()

    def elapsed(self) -> float:
        return round(time.monotonic() - self.t0, 3)

    def close(self) -> None:
        if self._fh is not None:
            self._fh.close()
            self._fh = None


class Progress:
    """``[#####-----] 3/6  name``, redrawn in place on stderr; silent unless enabled."""

    def __init__(self, total: int, enabled: bool, stream: IO[str] | None = None) -> None:
        self.total = max(total, 0)
        self.done = 0
        self.enabled = enabled and total > 0
        self.stream = stream or sys.stderr
        self.drawn = False

    def advance(self, name: str) -> None:
        self.done += 1
        if not self.enabled:
            return
        width = shutil.get_terminal_size((80, 20)).columns
        total = max(self.total, self.done)
        filled = int(20 * self.done / total)
        head = f"[{'#' * filled}{'-' * (20 - filled)}] {self.done}/{total}  "
        line = head + name[: max(0, width - len(head) - 1)]
        self.stream.write("\r\033[K" + line)
        self.stream.flush()
        self.drawn = True

    def close(self) -> None:
        if self.drawn:
            self.stream.write("\r\033[K")
            self.stream.flush()
            self.drawn = False


def supervised_run(opts: RunOptions, *, only: set[Path] | None = None, progress: bool | None = None,
                   should_stop: Callable[[], bool] | None = None) -> RunResult:
    """``run(opts)`` with its JSON-lines log and progress bar; stops between files if ``should_stop()``.

    Raises ``RunLocked`` (nothing written), ``StopRequested`` (logged as interrupted) or the
    pipeline's own error (logged as failed).
    """
    from pipeline.intake import scan_inbox
    from pipeline.run import run
    from pipeline.runlock import RunLocked
    from pipeline.store.postgres import redact

    pending = scan_inbox(opts.inbox)
    if only is not None:
        wanted = {p.resolve() for p in only}
        pending = [i for i in pending if i.path.resolve() in wanted]
    log = RunLog(log_dir(opts.outbox), {
        "pid": os.getpid(), "host": socket.gethostname(), "version": __version__, "inbox": str(opts.inbox),
        "outbox": str(opts.outbox), "db": redact(opts.db_url), "pending": len(pending)})
    bar = Progress(len(pending), sys.stderr.isatty() if progress is None else progress)

    def on_event(event: dict[str, Any]) -> None:
        log.write("file", **event)
        bar.advance(str(event.get("file", "")))
        if should_stop is not None and should_stop():
            raise StopRequested

    try:
        result = run(opts, on_event, only)
    except RunLocked:
        raise
    except StopRequested:
        log.write("end", outcome="interrupted", seconds=log.elapsed())
        raise
    except BaseException as exc:
        log.write("end", outcome="failed", seconds=log.elapsed(), error=f"{type(exc).__name__}: {exc}")
        raise
    else:
        counts = {s: result.count(s) for s in ("accepted", "rejected", "duplicate", "ignored")}
        log.write("end", outcome="ok", seconds=log.elapsed(), counts=counts, outputs=result.outputs,
                  phases=result.phases)
        return result
    finally:
        bar.close()
        log.close()


def last_run(outbox: Path) -> dict[str, Any] | None:
    """The most recent run log of ``outbox``: its start and end records and the file count."""
    folder = log_dir(outbox)
    if not folder.is_dir():
        return None
    logs = sorted(folder.glob("*.jsonl"), key=lambda p: (p.stat().st_mtime, p.name))
    if not logs:
        return None
    start: dict[str, Any] = {}
    end: dict[str, Any] | None = None
    files = 0
    with open(logs[-1], encoding="utf-8") as fh:
        for line in fh:
            try:
                record = json.loads(line)
            except json.JSONDecodeError:  # a run killed while writing its last line
                continue
            if record.get("event") == "start":
                start = record
            elif record.get("event") == "file":
                files += 1
            elif record.get("event") == "end":
                end = record
    return {"log": str(logs[-1]), "run": start.get("run", ""), "started": start.get("time", ""),
            "host": start.get("host", ""), "pid": start.get("pid"), "files": files,
            "finished": end.get("time", "") if end else "", "outcome": end.get("outcome", "") if end else "unfinished",
            "seconds": end.get("seconds") if end else None, "counts": end.get("counts", {}) if end else {},
            "error": end.get("error", "") if end else ""}
