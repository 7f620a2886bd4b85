"""Atomic file writes: write to a temporary file beside the target, fsync, then ``os.replace``.

A crash at any moment leaves either the old file or the new one, never half of one; leftover
temporaries carry a ``.tmp-`` prefix so the next run can sweep them (``sweep_temporaries``).
"""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

TMP_PREFIX = ".tmp-"


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
    with open(path, "rb") as fh:
        os.fsync(fh.fileno())


def _fsync_dir(path: Path) -> None:
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
