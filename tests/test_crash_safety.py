"""Killing a run at any moment and running again gives what one uninterrupted run gives.

An inbox of six files (accepted, rejected, a new version of an OPD in the same run, a file that is
not a workbook) is processed once without interruption: the reference. Then, for each trial, a
fresh copy of the inbox is processed by a run that is SIGKILLed - at an exact point of the commit
protocol (``crash_driver.py``) or after a delay from a seeded list spread over the run - and
``python -m pipeline run`` is started again until it completes. Compared with the reference:
the store's submissions (sha256, status) and canonical rows, the consolidated workbook's values,
the feedback workbooks and reports, the names in outbox/, archive/ and quarantine/ (time stamps
masked), every input file kept exactly once (by content), no ``.tmp-`` file anywhere, and an
empty inbox.
"""

from __future__ import annotations

import hashlib
import json
import os
import random
import re
import shutil
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any

import openpyxl
import pytest

import make_fixtures
from pipeline.store import open_store

ROOT = Path(__file__).resolve().parents[1]
DRIVER = Path(__file__).resolve().parent / "crash_driver.py"
ENV = {"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin", "PIPELINE_WORKERS": "2"}
_STAMP = re.compile(r"\d{8}-\d{6}|\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(\+00:00)?")


def bappeda_v2_rows() -> list[dict[str, Any]]:
    """BAPPERIDA's Renja with Musrenbang raised by Rp 100.000.000 (and its roll-ups)."""
    rows = [dict(r) for r in make_fixtures.BAPPEDA_ROWS]
    for r in rows:
        if r["kode"] in ("5.01.02", "5.01.02.2.01"):
            r["pagu"] += 100_000_000
        if r["kode"] == "5.01.02.2.01.0006":
            r["pagu"] = 600_000_000
    return rows


def duplicated_code_rows() -> list[dict[str, Any]]:
    """A Renja whose last sub kegiatan repeats the code of the one before: rejected."""
    rows = [dict(r) for r in make_fixtures.BAPPEDA_ROWS]
    rows[-1]["kode"] = rows[-2]["kode"]
    return rows


def make_inbox_files(folder: Path) -> list[Path]:
    """Six small files, in arrival order: accepted, rejected, new versions of both, not a workbook."""
    pemda, bappeda, dinsos = make_fixtures.PASURUAN, make_fixtures.BAPPEDA_OPD, "Dinas Sosial"
    fill = make_fixtures.fill_template
    files = [
        fill(folder / "Renja BAPPERIDA 2024.xlsx", make_fixtures.BAPPEDA_ROWS, tahun=2024, pemda=pemda, opd=bappeda),
        fill(folder / "Renja Dinsos 2024.xlsx", duplicated_code_rows(), tahun=2024, pemda=pemda, opd=dinsos),
        fill(folder / "Renja Diskominfo 2024.xlsx", make_fixtures.BAPPEDA_ROWS, tahun=2024, pemda=pemda,
             opd="Dinas Komunikasi dan Informatika"),
        fill(folder / "Renja BAPPERIDA 2024 (perbaikan).xlsx", bappeda_v2_rows(), tahun=2024, pemda=pemda,
             opd=bappeda),
        folder / "surat pengantar.txt",
        fill(folder / "Renja Dinsos 2024 (perbaikan).xlsx", make_fixtures.BAPPEDA_ROWS, tahun=2024, pemda=pemda,
             opd=dinsos),
    ]
    files[4].write_text("Bersama ini kami kirimkan Renja.\n", encoding="utf-8")
    return files


@pytest.fixture(scope="module")
def inbox_files(tmp_path_factory) -> list[Path]:
    return make_inbox_files(tmp_path_factory.mktemp("crash-inbox"))


def fill_inbox(work: Path, files: list[Path]) -> None:
    inbox = work / "inbox"
    inbox.mkdir(parents=True)
    base = time.time() - 3600
    for i, f in enumerate(files):  # arrival order = this order
        target = inbox / f.name
        shutil.copyfile(f, target)
        os.utime(target, (base + i, base + i))


def db_url(work: Path) -> str:
    """The store of a trial: SQLite in the work folder unless the trial wrote another URL there."""
    url_file = work / "db-url"
    return url_file.read_text() if url_file.exists() else f"sqlite:///{work / 'store' / 'pipeline.db'}"


def run_args(work: Path) -> list[str]:
    return ["run", "--inbox", str(work / "inbox"), "--outbox", str(work / "outbox"), "--db", db_url(work), "--json"]


def pipeline_run(work: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "pipeline", *run_args(work)], cwd=work, env=ENV,
                          capture_output=True, text=True, timeout=120)


def finish(work: Path) -> None:
    for _ in range(3):  # a run that finds the lock of a dying process held may exit 4: try again
        proc = pipeline_run(work)
        if proc.returncode != 4:
            break
        time.sleep(0.2)
    assert proc.returncode == 0, proc.stderr


def mask(value: Any) -> Any:
    return _STAMP.sub("<T>", value) if isinstance(value, str) else value


def workbook_values(path: Path, only: tuple[str, ...] | None = None) -> dict[str, Any]:
    wb = openpyxl.load_workbook(path, data_only=True, read_only=True)
    try:
        values: dict[str, Any] = {"sheets": wb.sheetnames}
        for ws in wb.worksheets:
            if only is None or ws.title in only:
                values[ws.title] = [[mask(v) for v in row] for row in ws.iter_rows(values_only=True)]
        return values
    finally:
        wb.close()


def feedback_values(path: Path) -> dict[str, Any]:
    """A feedback workbook: its sheets, the findings list and the difference with the last version."""
    return workbook_values(path, ("Hasil Validasi", "Perubahan"))


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def content(path: Path) -> str:
    """An original by its bytes; our feedback copy by its values (an .xlsx carries its save time)."""
    if path.name.endswith(".umpan-balik.xlsx"):
        return json.dumps(feedback_values(path), default=str)
    return sha(path)


def snapshot(work: Path) -> dict[str, Any]:
    """Everything an operator or analyst could see, time stamps masked."""
    store = open_store(db_url(work))
    try:
        subs = store.submissions()
        rows = sorted(r.as_tuple() for s in subs for r in store.rows_of(s.submission_id))
        submissions = sorted((s.sha256, s.status, s.file_name) for s in subs)
    finally:
        store.close()
    outbox = work / "outbox"
    outputs: dict[str, Any] = {}
    for path in sorted(outbox.rglob("*")):
        rel = path.relative_to(outbox).as_posix()
        if not path.is_file() or rel.startswith("log/") or path.name in (".pipeline.lock", "db-url"):
            continue
        key = mask(rel)
        assert key not in outputs, f"two outputs differ only by time stamp: {rel}"
        if path.suffix == ".xlsx":
            outputs[key] = feedback_values(path) if "umpan-balik" in rel else workbook_values(path)
        elif path.suffix == ".json":
            report = json.loads(path.read_text(encoding="utf-8"))
            outputs[key] = json.loads(mask(json.dumps(report, sort_keys=True)))
        else:
            outputs[key] = mask(path.read_text(encoding="utf-8-sig"))
    kept = {folder: Counter((mask(p.relative_to(work / folder).as_posix()), content(p))
                            for p in (work / folder).rglob("*") if p.is_file())
            for folder in ("archive", "quarantine")}
    return {"submissions": submissions, "rows": rows, "outputs": outputs, "kept": kept}


def check_invariants(work: Path, inputs: list[Path]) -> None:
    assert not any((work / "inbox").iterdir()), "inbox not emptied"
    leftovers = [p for p in work.rglob("*") if p.name.startswith(".tmp-")]
    assert not leftovers, leftovers
    kept = Counter(sha(p) for folder in ("archive", "quarantine") for p in (work / folder).rglob("*")
                   if p.is_file() and not p.name.endswith(".umpan-balik.xlsx"))
    for f in inputs:
        assert kept[sha(f)] == 1, f"{f.name} kept {kept[sha(f)]} times"
    assert sum(kept.values()) == len(inputs)


@pytest.fixture(scope="module")
def reference(inbox_files, tmp_path_factory) -> tuple[dict[str, Any], float]:
    work = tmp_path_factory.mktemp("reference")
    fill_inbox(work, inbox_files)
    t = time.monotonic()
    proc = pipeline_run(work)
    duration = time.monotonic() - t
    assert proc.returncode == 0, proc.stderr
    statuses = sorted(f["status"] for f in json.loads(proc.stdout)["files"])
    assert statuses == ["accepted"] * 4 + ["rejected"] * 2
    check_invariants(work, inbox_files)
    snap = snapshot(work)
    assert sorted(s[1] for s in snap["submissions"]) == ["accepted"] * 3 + ["rejected"] + ["superseded"] * 2
    # the new BAPPERIDA version's feedback carries the difference with the first one
    (v2,) = [v for k, v in snap["outputs"].items() if "bapperida-2024-perbaikan_umpan-balik" in k]
    assert v2["Perubahan"][2][:2] == ["Total pagu", None] and v2["Perubahan"][2][-1] == "+100.000.000"
    return snap, duration


# Each chain starts on a fresh inbox; every step is a run killed at that point (the N-th call in
# that run), the next step finishing what the killed one left; then a normal run completes.
CHAINS = [
    [("claim", 3), ("diff", 1), ("copy", 1), ("outputs", 1)],
    [("copy", 3), ("save", 2), ("commit", 2)],
]


def kill_along(chain: list[tuple[str, int]], tmp_path: Path) -> None:
    """Start a run per (point, n) of ``chain`` and make sure each one was killed there."""
    for point, n in chain:
        proc = subprocess.run([sys.executable, str(DRIVER), point, str(n), *run_args(tmp_path)], cwd=tmp_path,
                              env=ENV, capture_output=True, text=True, timeout=120)
        assert proc.returncode == -9, f"not killed at {point} #{n}: {proc.returncode} {proc.stderr[-500:]}"


@pytest.mark.parametrize("chain", CHAINS, ids=["-".join(f"{p}{n}" for p, n in c) for c in CHAINS])
def test_killed_at_commit_steps(chain, inbox_files, reference, tmp_path):
    """claim: received time claimed; diff: feedback rewritten; copy 1: original archived; outputs:
    consolidated workbook written, CSV not; copy 3: feedback copied beside a quarantined file;
    save: store committed, inbox copy still there; commit: a file done, the next not started."""
    fill_inbox(tmp_path, inbox_files)
    kill_along(chain, tmp_path)
    finish(tmp_path)
    check_invariants(tmp_path, inbox_files)
    assert snapshot(tmp_path) == reference[0]


_rng = random.Random(6)
DELAYS = [round(_rng.uniform(0.05, 0.95), 2) for _ in range(8)]  # fractions of the reference run's duration


@pytest.mark.parametrize("fractions", [DELAYS[:4], DELAYS[4:]], ids=["delays-1-4", "delays-5-8"])
def test_killed_after_random_delays(fractions, inbox_files, reference, tmp_path):
    """Killed (SIGKILL to the main process) after each delay in turn, then run to completion."""
    fill_inbox(tmp_path, inbox_files)
    for fraction in fractions:
        proc = subprocess.Popen([sys.executable, "-m", "pipeline", *run_args(tmp_path)], cwd=tmp_path, env=ENV,
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(fraction * reference[1])
        proc.kill()
        proc.wait(30)
    finish(tmp_path)
    check_invariants(tmp_path, inbox_files)
    assert snapshot(tmp_path) == reference[0]


@pytest.mark.parametrize("chain", [[("precommit", 2), ("copy", 1)]], ids=["precommit2-copy1"])
def test_killed_inside_a_store_transaction(chain, store_url, inbox_files, reference, tmp_path):
    """Killed with a transaction open (rows inserted, not committed), on SQLite and PostgreSQL: the
    server drops it with the connection (no worker keeps the session alive) and nothing blocks."""
    fill_inbox(tmp_path, inbox_files)
    (tmp_path / "db-url").write_text(store_url)
    kill_along(chain, tmp_path)
    finish(tmp_path)
    check_invariants(tmp_path, inbox_files)
    assert snapshot(tmp_path) == reference[0]
