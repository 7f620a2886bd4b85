"""The spine end to end, driven through the CLI as an operator would, outputs opened again.

Seed 001 Tabel 4.1 (BKPSDM Kabupaten Pasuruan, Renja 2024): as published it is rejected with the
duplicate code and the misplaced sub kegiatan reported at their cells; corrected it consolidates
to exactly Rp 22.145.310.718 (2024) and Rp 22.864.405.190 (prakiraan maju 2025).
"""

from __future__ import annotations

import csv
import json
import shutil
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest

ROOT = Path(__file__).resolve().parents[1]
CORRECTED = "renja_2024_bkpsdm_template_corrected.xlsx"
PUBLISHED = "renja_2024_bkpsdm_template_as_published.xlsx"
BAPPEDA = "renja_2024_bappeda_template.xlsx"


def cli(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "pipeline", *args], cwd=cwd, capture_output=True, text=True,
                          env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"}, timeout=300)


def run_json(work: Path, *extra: str) -> dict:
    proc = cli("run", "--inbox", str(work / "inbox"), "--outbox", str(work / "outbox"),
               "--db", f"sqlite:///{work / 'store.db'}", "--json", *extra, cwd=work)
    assert proc.returncode == 0, proc.stderr
    return json.loads(proc.stdout)


@pytest.fixture
def work(tmp_path: Path) -> Path:
    (tmp_path / "inbox").mkdir()
    return tmp_path


def drop(work: Path, source: Path, name: str) -> None:
    shutil.copyfile(source, work / "inbox" / name)


def test_published_seed_is_rejected_with_findings_at_the_right_cells(work, template_fixtures):
    drop(work, template_fixtures[PUBLISHED], "Renja BKPSDM 2024.xlsx")
    result = run_json(work)
    (f,) = result["files"]
    assert f["status"] == "rejected" and f["document"] == "renja"
    assert f["opd"] == "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia"
    errors = {(x["code"], x["cell"], x["kode"]) for x in f["findings"] if x["severity"] == "error"}
    # the second 5030220302 sits on the template row after "Peningkatan Kapasitas Kinerja ASN"
    ws = openpyxl.load_workbook(template_fixtures[PUBLISHED])["Renja"]
    rows = {ws.cell(r, 2).value: r for r in range(8, ws.max_row + 1)}
    dup_row = rows["Pengelolaan Assesment Center"]
    misplaced_row = rows["Sosialisasi Peraturan Perundang-Undangan"]
    assert errors == {
        ("code-duplicate", f"A{dup_row}", "5.03.02.2.03.0002"),
        ("code-hierarchy", f"A{misplaced_row}", "5.03.01.2.04.0010"),
    }
    # the file is quarantined next to its feedback, nothing left in the inbox
    kept = Path(f["kept_at"])
    assert kept.exists() and "quarantine" in kept.parts
    assert Path(str(kept) + ".umpan-balik.xlsx").exists()
    assert not any((work / "inbox").iterdir())
    # the feedback workbook marks the cells and lists the findings
    fb = openpyxl.load_workbook(f["feedback"])
    assert fb.sheetnames[0] == "Hasil Validasi"
    marked = fb["Renja"][f"A{dup_row}"]
    assert marked.comment is not None and "5.03.02.2.03.0002" in marked.comment.text
    listed = [c.value for c in fb["Hasil Validasi"]["C"] if isinstance(c.value, str)]
    assert f"A{dup_row}" in listed and f"A{misplaced_row}" in listed
    # the JSON report agrees with the run summary
    report = json.loads(Path(f["report"]).read_text(encoding="utf-8"))
    assert report["status"] == "rejected" and report["counts"]["error"] == 2


def test_corrected_seed_consolidates_to_the_rupiah(work, template_fixtures):
    drop(work, template_fixtures[CORRECTED], "Renja BKPSDM 2024 perbaikan.xlsx")
    result = run_json(work)
    (f,) = result["files"]
    assert f["status"] == "accepted" and f["errors"] == 0
    assert "archive" in Path(f["kept_at"]).parts
    workbook = next(p for p in result["outputs"] if p.endswith(".xlsx"))
    ws = openpyxl.load_workbook(workbook, data_only=True)["Renja T-C.33"]
    total = next(r for r in ws.iter_rows(values_only=True) if r[1] == "JUMLAH TOTAL")
    assert total[8] == 22_145_310_718 and total[13] == 22_864_405_190
    canonical = next(p for p in result["outputs"] if p.endswith(".csv"))
    with open(canonical, encoding="utf-8-sig") as fh:
        rows = list(csv.DictReader(fh))
    sums = {}
    for r in rows:
        if r["measure"] == "pagu" and r["level"] == "sub_kegiatan":
            sums[r["period"]] = sums.get(r["period"], Decimal(0)) + Decimal(r["value"])
    assert sums == {"2024": Decimal("22145310718"), "2025": Decimal("22864405190")}
    # provenance: every value names its file, sheet and cell
    assert all(r["source_file"] and r["sheet"] == "Renja" and r["cell"] for r in rows)


def test_resubmission_supersedes_and_rerun_does_nothing(work, template_fixtures):
    drop(work, template_fixtures[PUBLISHED], "Renja BKPSDM 2024.xlsx")
    drop(work, template_fixtures[BAPPEDA], "Renja BAPPERIDA 2024.xlsx")
    first = run_json(work)
    assert sorted(f["status"] for f in first["files"]) == ["accepted", "rejected"]
    drop(work, template_fixtures[CORRECTED], "Renja BKPSDM 2024 (perbaikan).xlsx")
    second = run_json(work)
    assert [f["status"] for f in second["files"]] == ["accepted"]
    workbook = next(p for p in second["outputs"] if p.endswith(".xlsx"))
    wb = openpyxl.load_workbook(workbook, data_only=True)
    total = next(r for r in wb["Renja T-C.33"].iter_rows(values_only=True) if r[1] == "JUMLAH TOTAL")
    assert total[8] == 22_145_310_718 + 4_450_000_000
    statuses = {(r[1], r[3], r[4]) for r in wb["Status"].iter_rows(values_only=True) if r[0] and r[3]}
    assert ("Badan Kepegawaian dan Pengembangan Sumber Daya Manusia", "Digantikan", "Renja BKPSDM 2024.xlsx") in statuses
    # nothing new: nothing processed, nothing rebuilt
    third = run_json(work)
    assert third == {"files": [], "outputs": []}
    # the same bytes under another name are a duplicate, kept, not processed twice
    drop(work, template_fixtures[BAPPEDA], "salinan Renja BAPPERIDA.xlsx")
    fourth = run_json(work)
    (dup,) = fourth["files"]
    assert dup["status"] == "duplicate" and Path(dup["kept_at"]).exists()
    assert fourth["outputs"] == []


def test_lock_files_and_non_spreadsheets(work, template_fixtures):
    (work / "inbox" / "~$Renja.xlsx").write_bytes(b"lock")
    (work / "inbox" / "surat pengantar.pdf").write_bytes(b"%PDF-1.4")
    result = run_json(work, "--lang", "en")
    by_name = {f["name"]: f for f in result["files"]}
    assert by_name["~$Renja.xlsx"]["status"] == "ignored"
    assert (work / "inbox" / "~$Renja.xlsx").exists()  # left alone
    pdf = by_name["surat pengantar.pdf"]
    assert pdf["status"] == "rejected" and Path(pdf["kept_at"]).exists()
    assert pdf["findings"][0]["code"] == "file-format-unsupported"
    assert "not supported" in pdf["findings"][0]["message"]


def test_validate_command(work, template_fixtures):
    bad = cli("validate", str(template_fixtures[PUBLISHED]), "--json", cwd=work)
    assert bad.returncode == 1
    findings = json.loads(bad.stdout)["findings"]
    assert {"code", "severity", "message", "sheet", "cell", "row"} <= set(findings[0])
    good = cli("validate", str(template_fixtures[CORRECTED]), cwd=work)
    assert good.returncode == 0, good.stdout
    assert not (work / "store.db").exists()


def test_template_command(work):
    out = work / "Renja.xlsx"
    proc = cli("template", "renja", "--tahun", "2024", "--pemda", "Kabupaten Pasuruan", "--opd",
               "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia", "--output", str(out), cwd=work)
    assert proc.returncode == 0, proc.stderr
    wb = openpyxl.load_workbook(out)
    assert wb.sheetnames[:2] == ["Petunjuk", "Renja"]
    assert wb["_meta"].sheet_state == "hidden"


def _commands() -> list[str]:
    from pipeline.cli import build_parser

    parser = build_parser()
    action = next(a for a in parser._actions if a.dest == "command")
    return sorted(action.choices)  # type: ignore[arg-type]


@pytest.mark.parametrize("command", _commands())
def test_every_command_has_help_and_the_readme_names_it(command, work):
    proc = cli(command, "--help", cwd=work)
    assert proc.returncode == 0 and "usage" in proc.stdout
    assert f"pipeline {command}" in (ROOT / "README.md").read_text(encoding="utf-8")
