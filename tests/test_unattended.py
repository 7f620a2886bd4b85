"""Unattended operation: watch mode, the run lock (exit code 4) and concurrent runs on one store."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

import make_fixtures
from pipeline.intake import sha256_of
from pipeline.runlock import run_lock
from pipeline.store import open_store
from pipeline.watch import SettleTracker

ROOT = Path(__file__).resolve().parents[1]
ENV = {"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin", "PIPELINE_WORKERS": "1"}
BAPPEDA = "renja_2024_bappeda_template.xlsx"
CORRECTED = "renja_2024_bkpsdm_template_corrected.xlsx"
PUBLISHED = "renja_2024_bkpsdm_template_as_published.xlsx"


def pipeline(*args: str, cwd: Path, **kw) -> subprocess.Popen[str]:
    return subprocess.Popen([sys.executable, "-m", "pipeline", *args], cwd=cwd, env=ENV, text=True,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, **kw)


def wait_for(condition, seconds: float = 30.0, what: str = "") -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        time.sleep(0.05)


# --- settling -----------------------------------------------------------------------------------

def test_a_file_is_taken_only_once_unchanged_for_the_settle_time(tmp_path: Path):
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    tracker = SettleTracker(settle=2.0, retry_after=60.0)
    growing = inbox / "Renja.xlsx"
    growing.write_bytes(b"PK\x03\x04 half")
    (inbox / "~$Renja.xlsx").write_bytes(b"lock")
    (inbox / "Renja.xlsx.part").write_bytes(b"download")
    assert tracker.poll(inbox, now=0.0) == set()
    assert tracker.poll(inbox, now=1.5) == set()
    with open(growing, "ab") as fh:  # still being written: the clock starts again
        fh.write(b" and the rest")
    assert tracker.poll(inbox, now=1.9) == set()
    assert tracker.poll(inbox, now=3.8) == set()
    assert tracker.poll(inbox, now=3.95) == {growing}  # lock and partial download never
    tracker.tried({growing}, now=4.0)
    assert tracker.poll(inbox, now=5.0) == set()  # still there after its run: not again at once
    assert tracker.poll(inbox, now=64.1) == {growing}  # ... but after retry_after
    growing.unlink()
    assert tracker.poll(inbox, now=70.0) == set()
    assert SettleTracker(settle=0).poll(inbox, now=0.0) == set()


# --- watch mode ---------------------------------------------------------------------------------

def test_watch_processes_settled_files_once_and_stops_cleanly(tmp_path: Path, template_fixtures):
    inbox, outbox = tmp_path / "inbox", tmp_path / "outbox"
    inbox.mkdir()
    db = f"sqlite:///{tmp_path / 'store' / 'pipeline.db'}"
    (inbox / "~$Renja BAPPERIDA.xlsx").write_bytes(b"lock")
    proc = pipeline("watch", "--inbox", str(inbox), "--outbox", str(outbox), "--db", db, "--json",
                    "--interval", "0.1", "--settle", "1.0", cwd=tmp_path)
    try:
        # copied in slowly, in pieces: never taken half-written
        data = template_fixtures[BAPPEDA].read_bytes()
        target = inbox / "Renja BAPPERIDA 2024.xlsx"
        with open(target, "wb") as fh:
            for i in range(4):
                fh.write(data[i * len(data) // 4:(i + 1) * len(data) // 4])
                fh.flush()
                time.sleep(0.3)
        # a download that is renamed when complete
        part = inbox / "Renja BKPSDM 2024.xlsx.crdownload"
        shutil.copyfile(template_fixtures[CORRECTED], part)
        time.sleep(0.3)
        part.rename(inbox / "Renja BKPSDM 2024.xlsx")
        wait_for(lambda: sorted(p.name for p in inbox.iterdir()) == ["~$Renja BAPPERIDA.xlsx"], what="both files")
        proc.send_signal(signal.SIGTERM)
        out, err = proc.communicate(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == 0, err
    assert "Berhenti." in err and "Memantau" in err
    results = [f for line in out.splitlines() for f in json.loads(line)["files"]]
    assert sorted((f["name"], f["status"]) for f in results) == [("Renja BAPPERIDA 2024.xlsx", "accepted"),
                                                                  ("Renja BKPSDM 2024.xlsx", "accepted")]
    assert (inbox / "~$Renja BAPPERIDA.xlsx").read_bytes() == b"lock"  # left alone
    archived = [p for p in (tmp_path / "archive").rglob("*.xlsx")]
    assert sorted(sha256_of(p) for p in archived) == sorted(
        sha256_of(template_fixtures[n]) for n in (BAPPEDA, CORRECTED))
    store = open_store(db)
    try:
        assert sorted(s.status for s in store.submissions()) == ["accepted", "accepted"]
    finally:
        store.close()


def test_sigterm_in_the_middle_of_a_batch_finishes_the_file_in_hand(tmp_path: Path, template_fixtures):
    inbox, outbox = tmp_path / "inbox", tmp_path / "outbox"
    inbox.mkdir()
    db = f"sqlite:///{tmp_path / 'store' / 'pipeline.db'}"
    names = [f"Renja {i}.xlsx" for i in range(4)]
    for name, fixture in zip(names, [PUBLISHED, CORRECTED, BAPPEDA], strict=False):
        shutil.copyfile(template_fixtures[fixture], inbox / name)
    make_fixtures.fill_template(inbox / names[3], make_fixtures.BAPPEDA_ROWS, tahun=2024,
                                pemda=make_fixtures.PASURUAN, opd="Dinas Sosial")
    proc = pipeline("watch", "--inbox", str(inbox), "--outbox", str(outbox), "--db", db, "--json",
                    "--interval", "0.1", "--settle", "0", cwd=tmp_path)
    try:
        def committed() -> bool:
            logs = list((outbox / "log").glob("*.jsonl")) if (outbox / "log").exists() else []
            return any('"event": "file"' in p.read_text(encoding="utf-8") for p in logs)

        wait_for(committed, what="the first file")
        proc.send_signal(signal.SIGTERM)
        out, err = proc.communicate(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == 0, err
    left = sorted(p.name for p in inbox.iterdir())
    store = open_store(db)
    try:
        done = sorted(s.file_name for s in store.submissions())
    finally:
        store.close()
    # every file is either completely processed or untouched in the inbox, never both, never lost
    assert sorted(left + done) == sorted(names) and not set(left) & set(done) and done
    kept = sorted(p.name.split("_", 2)[2] for d in ("archive", "quarantine") for p in (tmp_path / d).rglob("*.xlsx")
                  if not p.name.endswith(".umpan-balik.xlsx"))
    assert kept == sorted(done)
    # the outputs were brought up to date before exiting: a run now has nothing to rebuild
    proc2 = subprocess.run([sys.executable, "-m", "pipeline", "run", "--inbox", str(tmp_path / "empty"),
                            "--outbox", str(outbox), "--db", db, "--json"], cwd=tmp_path, env=ENV,
                           capture_output=True, text=True, timeout=60)
    assert proc2.returncode == 0, proc2.stderr
    assert json.loads(proc2.stdout) == {"files": [], "outputs": []}
    log = json.loads(sorted((outbox / "log").glob("*.jsonl"))[0].read_text(encoding="utf-8").splitlines()[-1])
    assert log["event"] == "end" and log["outcome"] in ("interrupted", "ok")


# --- the run lock -------------------------------------------------------------------------------

def test_a_second_run_exits_at_once_with_code_4(tmp_path: Path, store_url: str, template_fixtures):
    inbox, outbox = tmp_path / "inbox", tmp_path / "outbox"
    inbox.mkdir()
    shutil.copyfile(template_fixtures[BAPPEDA], inbox / "Renja.xlsx")
    with run_lock(store_url, tmp_path / "elsewhere"):  # another run on the same store, other outbox
        for lang, text in (("id", "sedang berjalan"), ("en", "in progress")):
            t = time.monotonic()
            proc = subprocess.run([sys.executable, "-m", "pipeline", "run", "--inbox", str(inbox), "--outbox",
                                   str(outbox), "--db", store_url, "--lang", lang], cwd=tmp_path, env=ENV,
                                  capture_output=True, text=True, timeout=60)
            assert proc.returncode == 4, proc.stderr
            assert text in proc.stderr and f"pid {os.getpid()}" in proc.stderr
            assert time.monotonic() - t < 10
    assert (inbox / "Renja.xlsx").exists() and not (outbox / "log").exists()  # nothing touched


def test_two_runs_on_one_store_with_shared_files(tmp_path: Path, store_url: str, template_fixtures):
    """Started together on two inboxes holding some identical files: one waits its turn (exit 4)
    or both run one after the other; each file ends up in the store exactly once."""
    a, b = tmp_path / "a", tmp_path / "b"
    for folder, files in ((a, {"Renja BAPPERIDA.xlsx": BAPPEDA, "Renja BKPSDM.xlsx": CORRECTED}),
                          (b, {"salinan BAPPERIDA.xlsx": BAPPEDA, "Renja BKPSDM (awal).xlsx": PUBLISHED})):
        (folder / "inbox").mkdir(parents=True)
        for name, fixture in files.items():
            shutil.copyfile(template_fixtures[fixture], folder / "inbox" / name)

    def start(folder: Path) -> subprocess.Popen[str]:
        return pipeline("run", "--inbox", str(folder / "inbox"), "--outbox", str(folder / "outbox"),
                        "--db", store_url, "--json", cwd=folder)

    procs = [start(a), start(b)]
    codes = [p.wait(120) for p in procs]
    for p in procs:
        p.communicate()
    assert set(codes) <= {0, 4} and 0 in codes, codes
    for folder, code in zip((a, b), codes, strict=True):
        if code == 4:  # its turn now
            again = start(folder)
            assert again.wait(120) == 0, again.communicate()[1]
            again.communicate()
    for folder in (a, b):
        assert not any((folder / "inbox").iterdir())
    store = open_store(store_url)
    try:
        subs = store.submissions()
    finally:
        store.close()
    shas = [s.sha256 for s in subs]
    expected = {sha256_of(template_fixtures[n]) for n in (BAPPEDA, CORRECTED, PUBLISHED)}
    assert sorted(shas) == sorted(expected)  # each exactly once
    kept = [sha256_of(p) for f in (a, b) for d in ("archive", "quarantine") for p in (f / d).rglob("*.xlsx")
            if not p.name.endswith(".umpan-balik.xlsx")]
    assert sorted(kept) == sorted([*expected, sha256_of(template_fixtures[BAPPEDA])])  # + one duplicate copy


def test_run_settle_leaves_files_still_being_copied(tmp_path: Path, template_fixtures):
    from pipeline.watch import settled_files

    inbox = tmp_path / "inbox"
    inbox.mkdir()
    fresh = inbox / "Renja.xlsx"
    shutil.copyfile(template_fixtures[BAPPEDA], fresh)
    old = time.time() - 3600
    os.utime(fresh, (old, old))  # a copy tool restoring the original time: the change time still counts
    assert settled_files(inbox, 0) is None
    assert settled_files(inbox, 60) == set()
    assert settled_files(inbox, 60, now=time.time() + 61) == {fresh}
    args = ["run", "--inbox", str(inbox), "--outbox", str(tmp_path / "outbox"), "--json",
            "--db", f"sqlite:///{tmp_path / 'store.db'}"]
    proc = subprocess.run([sys.executable, "-m", "pipeline", *args, "--settle", "60"], cwd=tmp_path, env=ENV,
                          capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0 and json.loads(proc.stdout)["files"] == [] and fresh.exists()
    proc = subprocess.run([sys.executable, "-m", "pipeline", *args], cwd=tmp_path, env=ENV,
                          capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0 and [f["status"] for f in json.loads(proc.stdout)["files"]] == ["accepted"]


def test_progress_bar_only_on_a_terminal():
    import io

    from pipeline.runlog import Progress

    quiet = io.StringIO()
    bar = Progress(3, enabled=False, stream=quiet)
    bar.advance("a.xlsx")
    bar.close()
    assert quiet.getvalue() == ""
    shown = io.StringIO()
    bar = Progress(2, enabled=True, stream=shown)
    bar.advance("a.xlsx")
    bar.advance("b.xlsx")
    bar.close()
    assert "[##########----------] 1/2  a.xlsx" in shown.getvalue() and "2/2  b.xlsx" in shown.getvalue()
    assert shown.getvalue().endswith("\r\033[K")


@pytest.mark.parametrize("command", ["watch", "status", "history", "diff"])
def test_operator_commands_have_help(command, tmp_path: Path):
    proc = subprocess.run([sys.executable, "-m", "pipeline", command, "--help"], cwd=tmp_path, env=ENV,
                          capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0 and "usage" in proc.stdout
