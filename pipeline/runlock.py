"""One run at a time: a second run started while one is going stops at once (``RunLocked``).

What is locked, for as long as ``run()`` works:

* the store: for SQLite an ``flock`` on ``<database>.lock`` beside the database file; for
  PostgreSQL a session advisory lock in the database (``pg_try_advisory_lock``), so two hosts
  sharing one database never overlap;
* the output folder: an ``flock`` on ``<outbox>/.pipeline.lock`` (two stores must not rebuild
  or sweep the same outbox at once).

All of these die with the process: a run killed with SIGKILL leaves nothing to clean up. The
lock file holds the holder's pid, host and start time, for the message the next run prints.

Workers are forked while the locks are held. So that a killed run really releases everything,
a fork hook (armed only while a lock is held) makes every child let go of the lock file and of
registered database sockets (``forget_in_workers``), die with its parent (PR_SET_PDEATHSIG) and
ignore SIGINT/SIGTERM (the parent decides when to stop; a worker stopped by Ctrl-C or by
``systemctl stop`` must not make its file look like one that crashes the reader).
"""

from __future__ import annotations

import contextlib
import ctypes
import errno
import fcntl
import os
import signal
import socket
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

PG_LOCK_KEYS = (0x42415050, 0x52554E00)  # "BAPP", "RUN\0": the advisory lock of a pipeline run

_MESSAGES = {
    "id": "Proses pipeline lain sedang berjalan ({holder}); proses ini berhenti tanpa mengubah apa pun. "
          "Jalankan lagi setelah proses itu selesai.",
    "en": "Another pipeline run is in progress ({holder}); this one stops without changing anything. "
          "Run it again once that run has finished.",
}


class RunLocked(Exception):
    """Another run holds the lock of this store or outbox."""

    def __init__(self, holder: str, where: str) -> None:
        super().__init__(f"locked by {holder} ({where})")
        self.holder = holder
        self.where = where

    def message(self, lang: str = "id") -> str:
        return _MESSAGES["en" if lang == "en" else "id"].format(holder=f"{self.holder}; {self.where}")


def holder_text() -> str:
    return f"pid {os.getpid()} @ {socket.gethostname()}, {datetime.now(UTC).isoformat(timespec='seconds')}"


@contextlib.contextmanager
def run_lock(db_url: str, outbox: Path) -> Iterator[None]:
    """Hold every lock of a run on ``db_url`` writing to ``outbox``, or raise ``RunLocked`` at once."""
    with contextlib.ExitStack() as stack:
        if db_url.startswith("sqlite:///"):
            db = Path(db_url[len("sqlite:///"):])
            stack.enter_context(file_lock(db.with_name(db.name + ".lock")))
        elif db_url.startswith(("postgresql://", "postgres://")):
            stack.enter_context(postgres_lock(db_url))
        stack.enter_context(file_lock(outbox / ".pipeline.lock"))
        stack.enter_context(_armed())
        yield


@contextlib.contextmanager
def file_lock(path: Path) -> Iterator[None]:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o644)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError as exc:
            if exc.errno not in (errno.EAGAIN, errno.EACCES, errno.EWOULDBLOCK):
                raise
            holder = os.pread(fd, 512, 0).decode("utf-8", "replace").strip() or "?"
            raise RunLocked(holder, str(path)) from None
        os.ftruncate(fd, 0)
        os.pwrite(fd, (holder_text() + "\n").encode(), 0)
        forget_in_workers(fd)
        try:
            yield
        finally:
            _forget(fd)
            with contextlib.suppress(OSError):
                os.ftruncate(fd, 0)
    finally:
        os.close(fd)  # closing releases the flock


@contextlib.contextmanager
def postgres_lock(url: str) -> Iterator[None]:
    import psycopg

    from pipeline.errors import StoreUnavailable
    from pipeline.store.postgres import redact

    me = holder_text()
    try:
        conn: Any = psycopg.connect(url, autocommit=True, connect_timeout=30,
                                    application_name=f"bappeda-pipeline {me}"[:63])
    except psycopg.OperationalError as exc:
        raise StoreUnavailable(f"cannot connect to PostgreSQL ({redact(url)}): {str(exc).strip()}") from exc
    try:
        got = conn.execute("SELECT pg_try_advisory_lock(%s, %s)", PG_LOCK_KEYS).fetchone()[0]
        if not got:
            row = conn.execute(
                "SELECT a.application_name, a.client_addr FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid "
                "WHERE l.locktype = 'advisory' AND l.granted AND l.classid = %s AND l.objid = %s AND l.objsubid = 2",
                PG_LOCK_KEYS).fetchone()
            holder = (f"{row[0]}" + (f" from {row[1]}" if row[1] else "")) if row else "?"
            raise RunLocked(holder, f"PostgreSQL {redact(url)}")
        forget_in_workers(conn.fileno())
        try:
            yield
        finally:
            _forget(conn.fileno())
            with contextlib.suppress(Exception):
                conn.execute("SELECT pg_advisory_unlock(%s, %s)", PG_LOCK_KEYS)
    finally:
        conn.close()


# --- what forked workers must let go of -------------------------------------------------------

_inherited: dict[int, tuple[int, int]] = {}  # fd -> (st_dev, st_ino) when registered
_arm_count = 0
_hook_installed = False
_parent_pid = 0


def forget_in_workers(fd: int) -> None:
    """Children forked during a run drop ``fd`` (a lock file or a database socket of the parent).

    The descriptor is replaced by /dev/null in the child (never closed, so no library in the
    child can reuse the number or talk on the parent's connection). It is matched by inode, so a
    registration that outlives its descriptor can never hit an unrelated file.
    """
    try:
        st = os.fstat(fd)
    except OSError:
        return
    _inherited[fd] = (st.st_dev, st.st_ino)
    _install_hook()


def _forget(fd: int) -> None:
    _inherited.pop(fd, None)


@contextlib.contextmanager
def _armed() -> Iterator[None]:
    global _arm_count
    _install_hook()
    _arm_count += 1
    try:
        yield
    finally:
        _arm_count -= 1


def _install_hook() -> None:
    global _hook_installed
    if not _hook_installed and hasattr(os, "register_at_fork"):
        os.register_at_fork(before=_before_fork, after_in_child=_after_fork_in_child)
        _hook_installed = True


_PR_SET_PDEATHSIG = 1


def _before_fork() -> None:
    global _parent_pid
    _parent_pid = os.getpid()


def _after_fork_in_child() -> None:
    if _arm_count <= 0:
        return
    try:
        null = os.open(os.devnull, os.O_RDWR)
    except OSError:
        null = -1
    for fd, ident in list(_inherited.items()):
        try:
            st = os.fstat(fd)
        except OSError:
            continue
        if (st.st_dev, st.st_ino) == ident and null >= 0:
            os.dup2(null, fd, inheritable=False)
    if null >= 0:
        os.close(null)
    _inherited.clear()
    with contextlib.suppress(Exception):
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    if os.getppid() != _parent_pid:  # the parent died before prctl took effect
        os._exit(1)
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_IGN)

