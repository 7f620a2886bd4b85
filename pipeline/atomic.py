"""Atomic file writes: write to a temporary file beside the target, fsync, then ``os.replace``.

A crash at any moment leaves either the old file or the new one, never half of one; leftover
temporaries carry a ``.tmp-`` prefix so the next run can sweep them (``sweep_temporaries``).

Durability in bulk: inside ``deferred_sync()`` (a run's workers and output builders) writes are
still temp + rename, so a killed process never leaves half a file, but skip their two fsyncs
each; whoever then removes something that only those writes now hold - an inbox file, once it is
archived and stored - first calls ``barrier()``, one filesystem sync for a whole batch of files
instead of six fsyncs per file. A power cut before the barrier loses the batch's writes, never
the inbox file they came from, so the next run does the work again.
"""

from __future__ import annotations

import contextlib
import functools
import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

TMP_PREFIX = ".tmp-"

_deferred = False  # inside deferred_sync(): inherited by forked workers


@contextlib.contextmanager
def deferred_sync() -> Iterator[None]:
    """Writes inside skip their fsyncs; call ``barrier()`` before relying on them (see above)."""
    global _deferred
    _libc()  # resolved here, on the calling thread: a barrier may run on another one
    before = _deferred
    _deferred = True
    try:
        yield
    finally:
        _deferred = before


def barrier(*paths: Path | str) -> None:
    """Make every write so far durable: one ``syncfs`` per filesystem holding ``paths`` (Linux),
    else one ``os.sync()``. Outside ``deferred_sync()`` every write is already durable: nothing to do."""
    if not _deferred:
        return
    devices: dict[int, Path] = {}
    for p in paths:
        try:
            devices.setdefault(os.stat(p).st_dev, Path(p))
        except OSError:
            continue
    libc = _libc()
    if not devices or libc is None:
        os.sync()  # nothing to name a filesystem by, or no syncfs: every filesystem
        return
    for folder in devices.values():
        if not _syncfs(libc, folder):
            os.sync()
            return


@functools.cache
def _libc() -> Any:
    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        return libc if hasattr(libc, "syncfs") else None
    except OSError:
        return None


def _syncfs(libc: Any, folder: Path) -> bool:
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return False
    try:
        return bool(libc.syncfs(fd) == 0)
    finally:
        os.close(fd)


@contextlib.contextmanager
def atomic_path(target: Path | str, suffix: str | None = None) -> Iterator[Path]:
    """Yield a temporary path in ``target``'s folder; on success it replaces ``target``.

    The temporary keeps ``target``'s suffix (xlsxwriter and openpyxl look at it).
    """
    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=TMP_PREFIX, suffix=suffix or target.suffix, dir=target.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        yield tmp
        _fsync_file(tmp)
        os.replace(tmp, target)
        _fsync_dir(target.parent)
    finally:
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()


def write_bytes(target: Path | str, data: bytes) -> None:
    with atomic_path(target) as tmp:
        tmp.write_bytes(data)


def write_text(target: Path | str, text: str) -> None:
    write_bytes(target, text.encode("utf-8"))


def copy_file(source: Path | str, target: Path | str) -> None:
    """Copy ``source`` to ``target`` atomically (the archive keeps the original bytes)."""
    with atomic_path(target) as tmp:
        shutil.copyfile(source, tmp)


def copy_staged(source: Path | str, staged: Path) -> None:
    """Copy ``source`` to ``staged``, a ``staged_name`` another step renames into place.

    Written in place, without a temporary of its own: it is one already. A copy cut short is
    never renamed (the step that renames it runs only after this returned) and is swept like any
    temporary; a second attempt overwrites it.
    """
    staged.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(source, staged)
    _fsync_file(staged)


def staged_name(target: Path) -> Path:
    """A temporary name beside ``target`` for a file another step renames into place (a leftover
    is swept by ``sweep_temporaries`` like any temporary)."""
    return target.with_name(TMP_PREFIX + "staged-" + target.name)


def sweep_temporaries(folder: Path | str) -> int:
    """Remove temporaries a crashed run left in ``folder`` (recursively); return how many."""
    count = 0
    root = Path(folder)
    if not root.exists():
        return 0
    for path in root.rglob(TMP_PREFIX + "*"):
        if path.is_file():
            path.unlink(missing_ok=True)
            count += 1
    return count


def _fsync_file(path: Path) -> None:
    if _deferred:
        return
    with open(path, "rb") as fh:
        os.fsync(fh.fileno())


def _fsync_dir(path: Path) -> None:
    if _deferred:
        return
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
