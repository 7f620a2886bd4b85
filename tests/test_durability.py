"""Durability in bulk: writes inside ``deferred_sync`` skip fsync, and no inbox file is removed
before a barrier has made its archived copy, feedback and store rows durable."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

import pipeline.run as run_module
from pipeline import atomic
from pipeline.run import RunOptions, run

PUBLISHED = "renja_2024_bkpsdm_template_as_published.xlsx"
CORRECTED = "renja_2024_bkpsdm_template_corrected.xlsx"
BAPPEDA = "renja_2024_bappeda_template.xlsx"


def test_deferred_writes_skip_fsync_and_the_barrier_syncs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[str] = []
    monkeypatch.setattr(atomic.os, "fsync", lambda fd: calls.append("fsync"))
    monkeypatch.setattr(atomic.os, "sync", lambda: calls.append("sync"))
    atomic.write_text(tmp_path / "a.txt", "a")
    assert calls == ["fsync", "fsync"]  # the file, then its folder
    calls.clear()
    atomic.barrier(tmp_path)
    assert calls == []  # outside deferred_sync every write is durable already
    with atomic.deferred_sync():
        atomic.write_text(tmp_path / "b.txt", "b")
        atomic.copy_file(tmp_path / "b.txt", tmp_path / "c.txt")
        assert calls == []
        monkeypatch.setattr(atomic, "_libc", lambda: None)  # no syncfs: one os.sync for everything
        atomic.barrier(tmp_path, tmp_path / "b.txt")
        assert calls == ["sync"]
    assert (tmp_path / "c.txt").read_text() == "b"
    atomic.write_text(tmp_path / "d.txt", "d")
    assert calls[1:] == ["fsync", "fsync"]  # deferred_sync is over


def test_syncfs_is_used_where_the_system_has_it(tmp_path: Path) -> None:
    libc = atomic._libc()
    if libc is None:
        pytest.skip("no syncfs in this C library")
    assert atomic._syncfs(libc, tmp_path)


def test_inbox_files_leave_only_after_a_barrier(tmp_path: Path, template_fixtures: dict[str, Path],
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    for i, name in enumerate((PUBLISHED, CORRECTED, BAPPEDA)):
        shutil.copyfile(template_fixtures[name], inbox / f"Renja {i}.xlsx")
    seen: list[list[str]] = []
    real_barrier = run_module.barrier

    def recording_barrier(*paths: Path | str) -> None:
        seen.append(sorted(p.name for p in inbox.iterdir()))
        real_barrier(*paths)

    monkeypatch.setattr(run_module, "barrier", recording_barrier)
    opts = RunOptions(inbox=inbox, outbox=tmp_path / "outbox", db_url=f"sqlite:///{tmp_path / 'store.db'}",
                      archive=tmp_path / "archive", quarantine=tmp_path / "quarantine")
    result = run(opts)
    assert {f.status for f in result.files} <= {"accepted", "rejected"} and len(result.files) == 3
    assert seen and seen[0] == ["Renja 0.xlsx", "Renja 1.xlsx", "Renja 2.xlsx"]  # all still there
    assert os.listdir(inbox) == []
    for f in result.files:  # what the barrier made durable is there
        assert Path(f.kept_at).exists() and Path(f.feedback).exists()


def test_a_file_analysed_but_not_committed_leaves_no_kept_copy(tmp_path: Path, template_fixtures: dict[str, Path]) -> None:
    """The worker's copy waits under a temporary name until commit() renames it: a run stopped in
    between leaves only a temporary, which the next run sweeps."""
    from datetime import UTC, datetime

    from pipeline.intake import sha256_of

    inbox = tmp_path / "inbox"
    inbox.mkdir()
    path = inbox / "Renja.xlsx"
    shutil.copyfile(template_fixtures[CORRECTED], path)
    opts = RunOptions(inbox=inbox, outbox=tmp_path / "outbox", db_url=f"sqlite:///{tmp_path / 'store.db'}",
                      archive=tmp_path / "archive", quarantine=tmp_path / "quarantine")
    job = run_module.Job(path, path.name, sha256_of(path), datetime(2026, 11, 22, tzinfo=UTC), opts)
    analysis = run_module.analyse(job)
    assert not analysis.kept.exists() and atomic.staged_name(analysis.kept).exists()
    assert atomic.sweep_temporaries(tmp_path / "archive") == 1
    assert list((tmp_path / "archive").rglob("*.xlsx")) == []
