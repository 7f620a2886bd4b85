"""Checks across submissions: one sub kegiatan claimed by two OPDs, ceilings, OPDs that sent nothing."""

from __future__ import annotations

import copy
from decimal import Decimal
from pathlib import Path
from typing import Any

import openpyxl
import pytest

import make_fixtures
from pipeline.cli import main, summary_text
from pipeline.findings import Finding
from pipeline.load.consolidated import SHEET_STATUS, SHEET_TEMUAN
from pipeline.load.outputs import rebuild_outputs
from pipeline.model import CanonicalRow
from pipeline.operator_files import OperatorFileError
from pipeline.run import RunOptions, RunResult, run
from pipeline.store import SubmissionRecord, open_store
from pipeline.validate.batch import (
    Ceiling,
    ExpectedOpd,
    Scope,
    batch_checks,
    ceilings_exceeded,
    cross_opd_duplicates,
    is_shared_code,
    load_ceilings,
    load_expected,
    not_submitted,
)
from pipeline.values import format_rupiah

PEMDA, TAHUN = make_fixtures.PASURUAN, 2024
BAPPEDA = make_fixtures.BAPPEDA_OPD
INSPEKTORAT = "Inspektorat Daerah"


def crow(opd: str, kode: str, value: int = 100, *, cell: str = "G10", level: str = "sub_kegiatan",
         measure: str = "pagu", period: str = "2024", indikator_no: int = 0) -> CanonicalRow:
    return CanonicalRow(
        submission_id=opd[:8], document="renja", tahun=TAHUN, pemda=PEMDA, opd=opd, bidang=kode[:4], kode=kode,
        level=level, parent_kode="", nama=f"nama {kode}", indikator_no=indikator_no, indikator="", lokasi="",
        sumber_dana="", catatan="", measure=measure, period=period, scenario="rencana", value=Decimal(value),
        unit="", raw=format_rupiah(value), source_file=f"Renja {opd}.xlsx", sha256="", sheet="Renja", cell=cell)


def record(opd: str, status: str = "accepted", document: str = "renja", tahun: int = TAHUN) -> SubmissionRecord:
    return SubmissionRecord(submission_id=opd, sha256=opd, file_name=f"{opd}.xlsx", document=document, tahun=tahun,
                            pemda=PEMDA, opd=opd, status=status, received_at="2024-01-01T00:00:00", errors=0,
                            warnings=0, kept_at="", feedback="", report="")


# --- the same sub kegiatan claimed by two OPDs ---------------------------------------------------------


def test_two_opds_claiming_one_sub_kegiatan_each_get_a_finding_at_their_own_cell():
    rows = [crow("Dinas A", "1.02.02.2.01.0001", cell="G12"),
            crow("Dinas A", "1.02.02.2.01.0001", measure="target", indikator_no=1, cell="E12"),
            crow("Dinas B", "1.02.02.2.01.0001", cell="G30"),
            crow("Dinas B", "1.02.02.2.01.0002", cell="G31")]
    found = cross_opd_duplicates(rows, TAHUN)
    assert [(f.params["opd"], f.params["other_opd"], f.file, f.cell, f.kode, f.raw) for f in found] == [
        ("Dinas A", "Dinas B", "Renja Dinas A.xlsx", "G12", "1.02.02.2.01.0001", "100"),
        ("Dinas B", "Dinas A", "Renja Dinas B.xlsx", "G30", "1.02.02.2.01.0001", "100")]
    assert all(f.severity == "warning" and "batch" in f.kind.tags for f in found)
    assert "Dinas A" in found[1].message() and "1.02.02.2.01.0001" in found[1].message()


def test_shared_codes_and_one_opd_twice_are_not_duplicates():
    rows = [crow("Dinas A", "5.03.01.2.01.0001"), crow("Dinas B", "5.03.01.2.01.0001"),  # penunjang 01
            crow("Kecamatan Bangil", "7.01.02.2.01.0001"), crow("Kecamatan Gempol", "7.01.02.2.01.0001"),
            crow("Dinas A", "1.02.02.2.01.0001"), crow("DINAS  A", "1.02.02.2.01.0001"),  # same OPD, folded
            crow("Dinas A", "1.02.02.2.01", level="kegiatan"), crow("Dinas B", "1.02.02.2.01", level="kegiatan")]
    assert cross_opd_duplicates(rows, TAHUN) == []
    assert is_shared_code("X.XX.01.2.02.0001") and not is_shared_code("1.02.02.2.01.0001")


# --- ceilings ---------------------------------------------------------------------------------------------


def test_ceiling_exceeded_counts_sub_kegiatan_pagu_of_year_n_only():
    rows = [crow("Dinas A", "1.02.02", 900, level="program"), crow("Dinas A", "1.02.02.2.01.0001", 600),
            crow("Dinas A", "1.02.02.2.01.0002", 300), crow("Dinas A", "1.02.02.2.01.0002", 5000, period="2025"),
            crow("Dinas B", "1.03.02.2.01.0001", 100)]
    ceilings = [Ceiling("dinas a", Decimal(850)), Ceiling("Dinas B", Decimal(100))]
    (f,) = ceilings_exceeded(rows, ceilings, pemda=PEMDA, tahun=TAHUN)
    assert (f.params["opd"], f.params["total"], f.params["ceiling"], f.params["difference"]) == \
        ("Dinas A", "900", "850", "50")
    assert (f.raw, f.expected, f.file) == ("900", "≤ 850", "Renja Dinas A.xlsx") and f.severity == "warning"
    assert ceilings_exceeded(rows, [Ceiling("Dinas A", Decimal(900))], pemda=PEMDA, tahun=TAHUN) == []


def test_a_ceiling_for_another_year_or_pemda_does_not_apply():
    rows = [crow("Dinas A", "1.02.02.2.01.0001", 600)]
    other_year = Ceiling("Dinas A", Decimal(1), Scope(tahun=2025))
    other_pemda = Ceiling("Dinas A", Decimal(1), Scope(pemda="Kota Pasuruan"))
    same = Ceiling("Dinas A", Decimal(1), Scope(pemda="KABUPATEN PASURUAN", tahun=2024))
    assert ceilings_exceeded(rows, [other_year, other_pemda], pemda=PEMDA, tahun=TAHUN) == []
    assert len(ceilings_exceeded(rows, [same], pemda=PEMDA, tahun=TAHUN)) == 1


def test_ceilings_file_csv_with_rupiah_as_written(tmp_path):
    path = tmp_path / "pagu.csv"
    path.write_text("Pagu indikatif OPD 2024;;\nPerangkat Daerah;Pagu Indikatif (Rp);Tahun\n"
                    "Dinas A;Rp. 11.312.239.227,-;2024\nDinas B;33.845.455.043,00;\n", encoding="cp1252")
    assert load_ceilings(path) == [Ceiling("Dinas A", Decimal("11312239227"), Scope(tahun=2024)),
                                   Ceiling("Dinas B", Decimal("33845455043"))]


def test_ceilings_xlsx_and_its_problems(tmp_path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["OPD", "PAGU"])
    ws.append(["Dinas A", 1_000_000])
    ws.append(["Dinas B", "sejuta"])
    ws.append(["dinas a", 2_000_000])
    wb.save(tmp_path / "pagu.xlsx")
    with pytest.raises(OperatorFileError) as err:
        load_ceilings(tmp_path / "pagu.xlsx")
    assert "baris 3" in str(err.value) and "baris 4: dinas a sudah diberi pagu 1.000.000" in str(err.value)
    (tmp_path / "x.csv").write_text("nama,jumlah\nA,1\n", encoding="utf-8")
    with pytest.raises(OperatorFileError, match="kolom wajib tidak ditemukan: opd, pagu"):
        load_ceilings(tmp_path / "x.csv")


# --- OPDs that have not submitted ---------------------------------------------------------------------------


def test_expected_opds_without_any_renja_are_missing(tmp_path):
    path = tmp_path / "opd.csv"
    path.write_text("opd\nDinas A\nDINAS B\nDinas C\nDinas D\n\n", encoding="utf-8")
    expected = load_expected(path)
    subs = [record("Dinas A"), record("Dinas B", status="rejected"), record("Dinas C", document="rkt")]
    assert not_submitted(subs, expected, pemda=PEMDA, tahun=TAHUN) == ["Dinas C", "Dinas D"]
    assert not_submitted(subs, [ExpectedOpd("Dinas D", Scope(tahun=2025))], pemda=PEMDA, tahun=TAHUN) == []


def test_batch_checks_gathers_every_check():
    rows = [crow("Dinas A", "1.02.02.2.01.0001", 600), crow("Dinas B", "1.02.02.2.01.0001", 50)]
    result = batch_checks(rows, [record("Dinas A"), record("Dinas B")], pemda=PEMDA, tahun=TAHUN,
                          ceilings=[Ceiling("Dinas A", Decimal(500))], expected=[ExpectedOpd("Dinas Z")])
    assert [f.code for f in result.findings] == ["cross-opd-duplicate", "cross-opd-duplicate", "ceiling-exceeded",
                                                 "opd-not-submitted"]
    assert result.not_submitted == ["Dinas Z"]
    assert result.findings[-1].message() == "Dinas Z belum mengirim Renja tahun 2024."


# --- in the pipeline: Temuan and Status sheets, the fingerprint, the summary ----------------------------------


def inspektorat_rows() -> list[dict[str, Any]]:
    """A second OPD that also plans BAPPERIDA's Musrenbang sub kegiatan."""
    sub = dict(indikator="Jumlah laporan", target=1, satuan="Laporan", lokasi="Kab. Pasuruan", sumber_dana="APBD",
               target_maju=1, satuan_maju="Laporan")
    return [
        {"kode": "6.01", "nama": "INSPEKTORAT"},
        {"kode": "6.01.01", "nama": "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA", **sub,
         "pagu": 100_000_000, "pagu_maju": 100_000_000},
        {"kode": "6.01.01.2.01", "nama": "Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah", **sub,
         "pagu": 100_000_000, "pagu_maju": 100_000_000},
        {"kode": "6.01.01.2.01.0001", "nama": "Penyusunan Dokumen Perencanaan Perangkat Daerah", **sub,
         "pagu": 100_000_000, "pagu_maju": 100_000_000},
        {"kode": "5.01.02", "nama": "PROGRAM PERENCANAAN, PENGENDALIAN DAN EVALUASI PEMBANGUNAN DAERAH", **sub,
         "pagu": 500_000_000, "pagu_maju": 500_000_000},
        {"kode": "5.01.02.2.01", "nama": "Penyusunan Perencanaan dan Pendanaan", **sub,
         "pagu": 500_000_000, "pagu_maju": 500_000_000},
        {"kode": "5.01.02.2.01.0006", "nama": "Koordinasi Penyelenggaraan Musrenbang", **sub,
         "pagu": 500_000_000, "pagu_maju": 500_000_000},
    ]


@pytest.fixture
def project(tmp_path: Path) -> dict[str, Path]:
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    make_fixtures.fill_template(inbox / "Renja BAPPERIDA 2024.xlsx", copy.deepcopy(make_fixtures.BAPPEDA_ROWS),
                                tahun=TAHUN, pemda=PEMDA, opd=BAPPEDA)
    make_fixtures.fill_template(inbox / "Renja Inspektorat 2024.xlsx", inspektorat_rows(), tahun=TAHUN,
                                pemda=PEMDA, opd=INSPEKTORAT)
    ceilings = tmp_path / "pagu.csv"
    # BAPPERIDA plans 4.450.000.000 in 2024; Inspektorat 600.000.000
    ceilings.write_text(f"opd;pagu\n{BAPPEDA.upper()};4.000.000.000\n{INSPEKTORAT};1.000.000.000\n", encoding="utf-8")
    expected = tmp_path / "opd.csv"
    expected.write_text(f"opd\n{BAPPEDA}\n{INSPEKTORAT}\nDinas Kesehatan\n", encoding="utf-8")
    return {"root": tmp_path, "inbox": inbox, "ceilings": ceilings, "expected": expected}


def options(project: dict[str, Path]) -> RunOptions:
    root = project["root"]
    return RunOptions(inbox=project["inbox"], outbox=root / "outbox", db_url=f"sqlite:///{root / 'store.db'}",
                      ceilings=project["ceilings"], expected=project["expected"])


def sheet_rows(path: str, sheet: str) -> list[tuple[Any, ...]]:
    return list(openpyxl.load_workbook(path)[sheet].iter_rows(values_only=True))


def test_consolidated_workbook_lists_batch_findings_and_missing_opds(project):
    result = run(options(project))
    assert sorted(f.status for f in result.files) == ["accepted", "accepted"]
    workbook = next(p for p in result.outputs if p.endswith(".xlsx"))
    temuan = [r for r in sheet_rows(workbook, SHEET_TEMUAN) if r[6] in
              ("cross-opd-duplicate", "ceiling-exceeded", "opd-not-submitted")]
    by_code = sorted((r[6], r[1], r[4] or "", r[5] or "") for r in temuan)  # code, OPD, cell, kode
    assert by_code == [
        ("ceiling-exceeded", BAPPEDA, "", ""),
        ("cross-opd-duplicate", BAPPEDA, "G18", "5.01.02.2.01.0006"),
        ("cross-opd-duplicate", INSPEKTORAT, "G14", "5.01.02.2.01.0006"),
        ("opd-not-submitted", "Dinas Kesehatan", "", ""),
    ]
    ceiling = next(r for r in temuan if r[6] == "ceiling-exceeded")
    assert "4.450.000.000" in ceiling[8] and "450.000.000" in ceiling[8]
    status = {(r[1], r[3]) for r in sheet_rows(workbook, SHEET_STATUS) if r[1]}
    assert ("Dinas Kesehatan", "Belum mengirim") in status and (INSPEKTORAT, "Diterima") in status


def test_changing_the_lists_rebuilds_the_outputs_and_returns_the_batch_findings(project):
    opts = options(project)
    run(opts)
    store = open_store(opts.db_url)
    try:
        again = rebuild_outputs(store, opts)
        assert again == [] and again.batch_findings == []  # nothing changed: nothing rebuilt
        project["ceilings"].write_text(f'opd,pagu\n"{BAPPEDA}",5.000.000.000\n', encoding="utf-8")
        rebuilt = rebuild_outputs(store, opts)
        assert len(rebuilt) == 2 and all(Path(p).exists() for p in rebuilt)
        assert sorted(f.code for f in rebuilt.batch_findings) == ["cross-opd-duplicate", "cross-opd-duplicate",
                                                                  "opd-not-submitted"]
        project["expected"].write_text(f"opd\n{BAPPEDA}\n{INSPEKTORAT}\n", encoding="utf-8")
        assert [f.code for f in rebuild_outputs(store, opts).batch_findings] == ["cross-opd-duplicate"] * 2
        # without the lists at all: a rebuild, and only the check that needs none
        no_lists = RunOptions(inbox=opts.inbox, outbox=opts.outbox, db_url=opts.db_url)
        assert [f.code for f in rebuild_outputs(store, no_lists).batch_findings] == ["cross-opd-duplicate"] * 2
        assert rebuild_outputs(store, no_lists) == []
    finally:
        store.close()


def test_summary_text_prints_batch_findings():
    finding = Finding("opd-not-submitted", params={"opd": "Dinas Kesehatan", "document": "Renja", "tahun": 2024})
    result = RunResult(batch_findings=[finding.to_dict("id")])
    text = summary_text(result, "id")
    assert "Temuan lintas OPD:" in text and "opd-not-submitted" in text and "Dinas Kesehatan belum mengirim" in text
    assert "Findings across submissions:" in summary_text(RunResult(batch_findings=[finding.to_dict("en")]), "en")
    assert "lintas" not in summary_text(RunResult(), "id")


def test_run_refuses_a_broken_ceilings_file_before_touching_the_inbox(project, capsys):
    project["ceilings"].write_text("opd,pagu\nDinas A,banyak\n", encoding="utf-8")
    root = project["root"]
    code = main(["run", "--inbox", str(project["inbox"]), "--outbox", str(root / "outbox"),
                 "--db", f"sqlite:///{root / 'store.db'}", "--ceilings", str(project["ceilings"])])
    assert code == 2 and "baris 2" in capsys.readouterr().err
    assert len(list(project["inbox"].iterdir())) == 2
