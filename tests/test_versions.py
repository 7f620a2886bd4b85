"""The same file under another name is a duplicate; a changed file is a new version, and the
difference between versions is shown (feedback sheet "Perubahan", ``history``, ``diff``, ``status``)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import openpyxl
import pytest

import make_fixtures
from test_crash_safety import bappeda_v2_rows

ROOT = Path(__file__).resolve().parents[1]
ENV = {"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin", "PIPELINE_WORKERS": "2"}
BAPPEDA = "renja_2024_bappeda_template.xlsx"


def cli(work: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "pipeline", *args], cwd=work, env=ENV, capture_output=True,
                          text=True, timeout=120)


def run_json(work: Path) -> dict:
    proc = cli(work, "run", "--inbox", "inbox", "--outbox", "outbox", "--db", db(work), "--json")
    assert proc.returncode == 0, proc.stderr
    return json.loads(proc.stdout)


def db(work: Path) -> str:
    return f"sqlite:///{work / 'store' / 'pipeline.db'}"


def drop(work: Path, source: Path, name: str, age: float = 0) -> Path:
    target = work / "inbox" / name
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(source, target)
    t = time.time() - 100 + age
    os.utime(target, (t, t))
    return target


@pytest.fixture
def work(tmp_path: Path) -> Path:
    (tmp_path / "inbox").mkdir()
    return tmp_path


def test_duplicate_under_other_names_and_new_version(work, template_fixtures):
    original = template_fixtures[BAPPEDA]
    # the same bytes twice in one run, under two names: processed once, the copy kept as a duplicate
    drop(work, original, "Renja BAPPERIDA 2024.xlsx", age=1)
    drop(work, original, "Salinan dari Renja BAPPERIDA 2024.xlsx", age=2)
    first = run_json(work)
    by_name = {f["name"]: f for f in first["files"]}
    assert by_name["Renja BAPPERIDA 2024.xlsx"]["status"] == "accepted"
    dup = by_name["Salinan dari Renja BAPPERIDA 2024.xlsx"]
    assert dup["status"] == "duplicate" and "_duplikat" in Path(dup["kept_at"]).parts
    assert dup["feedback"] == by_name["Renja BAPPERIDA 2024.xlsx"]["feedback"]
    feedback_files = sorted(p.name for p in (work / "outbox" / "umpan-balik").rglob("*.xlsx"))
    assert len(feedback_files) == 1 and "salinan" not in feedback_files[0]  # no feedback for the copy
    # again later, renamed, in a sub folder: still a duplicate, nothing rebuilt
    drop(work, original, "kiriman ulang/RENJA-final-v3.xlsx")
    second = run_json(work)
    assert [f["status"] for f in second["files"]] == ["duplicate"] and second["outputs"] == []
    kept = sorted(p.name for p in (work / "archive").rglob("*.xlsx"))
    assert len(kept) == 3 and all(n.split("_", 2)[1] == kept[0].split("_", 2)[1] for n in kept)  # one sha8
    # a changed file under the first name: a new version that supersedes the first
    changed = make_fixtures.fill_template(work / "v2.xlsx", bappeda_v2_rows(), tahun=2024,
                                          pemda=make_fixtures.PASURUAN, opd=make_fixtures.BAPPEDA_OPD)
    drop(work, changed, "Renja BAPPERIDA 2024.xlsx")
    third = run_json(work)
    (v2,) = third["files"]
    assert v2["status"] == "accepted" and third["outputs"]
    wb = openpyxl.load_workbook(work / v2["feedback"])
    assert wb.sheetnames[:3] == ["Hasil Validasi", "Cara Baca", "Perubahan"]
    rows = [[c.value for c in r] for r in wb["Perubahan"].iter_rows()]
    assert rows[0][:3] == ["Jenis", "Kode", "Nama"]
    assert rows[1][:3] == ["Dibandingkan dengan versi", first["files"][0]["sha256"][:8], "Renja BAPPERIDA 2024.xlsx"]
    assert ["Total pagu", None, None, None, "pagu", "2024", "4.450.000.000", "4.550.000.000", "+100.000.000"] in rows
    assert ["Total pagu", None, None, None, "pagu", "2025", "4.650.000.000", "4.650.000.000", "0"] in rows
    assert [r[-1] for r in rows if r[:2] == ["Pagu program", "5.01.02"]] == ["+100.000.000"]
    changed_rows = {(r[0], r[1], r[6], r[7], r[8]) for r in rows}
    assert ("Berubah", "5.01.02.2.01.0006", "500.000.000", "600.000.000", "+100.000.000") in changed_rows
    # the consolidation counts the new version only
    workbook = work / next(p for p in third["outputs"] if p.endswith(".xlsx"))
    ws = openpyxl.load_workbook(workbook, data_only=True)["Renja T-C.33"]
    total = next(r for r in ws.iter_rows(values_only=True) if r[1] == "JUMLAH TOTAL")
    assert total[8] == 4_550_000_000

    # history: both versions, oldest first
    hist = cli(work, "history", "--db", db(work), "--opd", "perencanaan pembangunan", "--json")
    assert hist.returncode == 0, hist.stderr
    (group,) = json.loads(hist.stdout)
    assert [(v["version"], v["status"]) for v in group["versions"]] == [(1, "superseded"), (2, "accepted")]
    text = cli(work, "history", "--db", db(work), "--opd", "Perencanaan", "--tahun", "2024")
    assert "v1" in text.stdout and "digantikan" in text.stdout and "diterima" in text.stdout
    # diff: by OPD and year, or by sha prefixes, in text and JSON
    by_opd = cli(work, "diff", "--db", db(work), "--opd", "perencanaan pembangunan", "--tahun", "2024", "--json")
    assert by_opd.returncode == 0, by_opd.stderr
    data = json.loads(by_opd.stdout)
    assert data["pagu_total"][0] == {"kode": "", "nama": "", "period": "2024", "scenario": "rencana",
                                     "before": "4450000000", "after": "4550000000", "delta": "100000000"}
    assert data["pagu_total"][1]["period"] == "2025" and data["pagu_total"][1]["delta"] == "0"
    assert data["counts"]["changed"] >= 3 and data["counts"]["added"] == data["counts"]["removed"] == 0
    old_sha, new_sha = group["versions"][0]["sha256"], group["versions"][1]["sha256"]
    by_ref = cli(work, "diff", "--db", db(work), old_sha[:10], new_sha[:10], "--lang", "en")
    assert by_ref.returncode == 0, by_ref.stderr
    assert "Total pagu 2024: 4.450.000.000 -> 4.550.000.000 (+100.000.000)" in by_ref.stdout
    assert "~ 5.01.02.2.01.0006 pagu 2024: 500.000.000 -> 600.000.000" in by_ref.stdout
    bad = cli(work, "diff", "--db", db(work), "abc", new_sha[:10])
    assert bad.returncode == 2 and "6 digit" in bad.stderr
    # status: latest version per OPD, last run, nothing waiting
    status = cli(work, "status", "--db", db(work), "--json")
    assert status.returncode == 0, status.stderr
    st = json.loads(status.stdout)
    (entry,) = st["submissions"]
    assert entry["status"] == "accepted" and entry["versions"] == 2 and entry["sha256"] == new_sha
    assert st["last_run"]["outcome"] == "ok" and st["last_run"]["counts"]["accepted"] == 1
    assert st["pending"] == []


def test_status_lists_pending_files_and_the_last_run_in_both_languages(work, template_fixtures):
    drop(work, template_fixtures[BAPPEDA], "Renja.xlsx")
    (work / "inbox" / "~$Renja.xlsx").write_bytes(b"lock")
    empty = cli(work, "status", "--db", db(work))
    assert empty.returncode == 0, empty.stderr
    assert "Belum ada kiriman" in empty.stdout and "Berkas menunggu di inbox: 2" in empty.stdout
    assert "berkas kunci" in empty.stdout
    run_json(work)
    text = cli(work, "status", "--db", db(work), "--lang", "en")
    assert "Badan Perencanaan Pembangunan" in text.stdout and "accepted" in text.stdout
    assert "Last run:" in text.stdout and "Files waiting in the inbox: 1" in text.stdout
    log = next((work / "outbox" / "log").glob("*.jsonl"))
    events = [json.loads(line) for line in log.read_text(encoding="utf-8").splitlines()]
    assert [e["event"] for e in events] == ["start", "file", "file", "end"]
    assert len({e["run"] for e in events}) == 1
    files = {e["file"]: e for e in events if e["event"] == "file"}
    assert files["Renja.xlsx"]["outcome"] == "accepted" and files["Renja.xlsx"]["stage"] == "commit"
    assert files["~$Renja.xlsx"]["outcome"] == "ignored" and files["Renja.xlsx"]["seconds"] > 0
