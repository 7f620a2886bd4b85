"""The per-file rules, each on a small filled template that breaks it and one that does not.

The clean base is the synthetic BAPPERIDA Renja of ``make_fixtures`` (no finding at all); each test
changes one thing in it. Template columns: A kode, B nama, C indikator, D lokasi, E target,
F satuan, G pagu, H sumber dana, I catatan, J target n+1, K satuan n+1, L pagu n+1; data from row 8.
The last tests are the issue's "done when": seed 001 Tabel 4.1 as published and corrected, and the
JSON report, the feedback workbook and the catalogue telling the same story.
"""

from __future__ import annotations

import copy
import json
from collections import Counter
from decimal import Decimal
from pathlib import Path
from typing import Any

import openpyxl
import pytest

import make_fixtures
from pipeline.codes import Code, Level
from pipeline.extract.reader import extract
from pipeline.findings import KINDS, Finding, FindingList
from pipeline.load.feedback import SUMMARY_SHEET
from pipeline.model import Item, Measure, Reading, Submission
from pipeline.run import RunOptions, run
from pipeline.validate.rules import RuleConfig, check_belanja, validate

ROOT = Path(__file__).resolve().parents[1]
PEMDA, OPD, TAHUN = make_fixtures.PASURUAN, make_fixtures.BAPPEDA_OPD, 2024
FIRST = 8  # first data row of the template


def base_rows() -> list[dict[str, Any]]:
    return copy.deepcopy(make_fixtures.BAPPEDA_ROWS)


def row_of(rows: list[dict[str, Any]], kode: str) -> dict[str, Any]:
    return next(r for r in rows if r["kode"] == kode)


def sheet_row(rows: list[dict[str, Any]], kode: str) -> int:
    return FIRST + next(i for i, r in enumerate(rows) if r["kode"] == kode)


def checked(tmp_path: Path, rows: list[dict[str, Any]], name: str = "Renja BAPPERIDA 2024.xlsx",
            config: RuleConfig | None = None, edit: dict[str, str] | None = None) -> Submission:
    """Fill the template with ``rows`` (then overwrite cells of ``edit``), extract and validate it."""
    path = make_fixtures.fill_template(tmp_path / name, rows, tahun=TAHUN, pemda=PEMDA, opd=OPD)
    if edit:
        wb = openpyxl.load_workbook(path)
        for cell, value in edit.items():
            wb["Renja"][cell] = value
        wb.save(path)
    sub = extract(path, sha256="0" * 64)
    validate(sub, config)
    return sub


def of(sub: Submission, code: str) -> list[Finding]:
    return list(sub.findings.of(code))


def test_the_base_fixture_is_clean(tmp_path):
    sub = checked(tmp_path, base_rows())
    assert sub.findings == [], [f.message() for f in sub.findings]


# --- roll-ups -------------------------------------------------------------------------------------


def test_rollup_blames_the_parent_cell_names_the_children_and_the_exact_difference(tmp_path):
    rows = base_rows()
    row_of(rows, "5.01.01.2.01.0001")["pagu"] = 90_000_000  # kegiatan still says 150.000.000
    sub = checked(tmp_path, rows)
    (f,) = of(sub, "rollup-mismatch")
    keg, s1, s2 = (sheet_row(rows, k) for k in ("5.01.01.2.01", "5.01.01.2.01.0001", "5.01.01.2.01.0007"))
    assert f.cell == f"G{keg}" and f.kode == "5.01.01.2.01" and f.field == "pagu"
    assert f.related == (f"G{s1}", f"G{s2}")
    assert (f.raw, f.expected, f.params["difference"]) == ("150.000.000", "140.000.000", "10.000.000")
    assert f.severity == "error"


def test_rollup_of_the_forward_year_points_at_its_own_column(tmp_path):
    rows = base_rows()
    row_of(rows, "5.01.02.2.01.0006")["pagu_maju"] = 520_000_001
    (f,) = of(checked(tmp_path, rows), "rollup-mismatch")
    assert f.cell == f"L{sheet_row(rows, '5.01.02.2.01')}" and f.field == "pagu_maju"
    assert f.params["difference"] == "-1"


# --- belanja composition (no belanja columns in the template: a hand-built submission) --------------


def belanja_submission(op: int, peg: int, bj: int, modal: int, pagu: int) -> Submission:
    item = Item(row=10, kode=Code("5.01.01.2.01"), kode_raw="5.01.01.2.01", level=Level.KEGIATAN,
                nama="Perencanaan", sheet="Renja")
    for row, (measure, value) in enumerate((("pagu", pagu), ("belanja_operasi", op), ("belanja_pegawai", peg),
                                            ("belanja_barang_jasa", bj), ("belanja_modal", modal)), start=10):
        item.measures.append(Measure(measure, "2024", "rencana", Decimal(value), str(value), row, 6))
    return Submission("Tabel 4.1.xlsx", "0" * 64, "renja", tahun=2024, items=[item],
                      reading=Reading("Renja", (3, 4), {"kode": 1, "nama": 2, "pagu": 6}, "table"))


def test_belanja_operasi_must_be_pegawai_plus_barang_jasa():
    sub = belanja_submission(op=70, peg=30, bj=30, modal=30, pagu=100)
    check_belanja(sub)
    (f,) = of(sub, "belanja-mismatch")
    assert f.cell == "F11" and f.related == ("F12", "F13") and (f.raw, f.expected) == ("70", "60")
    assert f.params["difference"] == "10" and f.field == "belanja_operasi"


def test_pagu_must_be_operasi_plus_modal():
    sub = belanja_submission(op=60, peg=30, bj=30, modal=30, pagu=100)
    check_belanja(sub)
    (f,) = of(sub, "belanja-mismatch")
    assert f.cell == "F10" and f.related == ("F11", "F14") and (f.raw, f.expected) == ("100", "90")


def test_consistent_belanja_passes():
    sub = belanja_submission(op=60, peg=30, bj=30, modal=40, pagu=100)
    check_belanja(sub)
    assert sub.findings == []


# --- codes --------------------------------------------------------------------------------------------


def test_code_not_under_its_parent_is_reported_at_its_cell(tmp_path):
    rows = base_rows()
    row_of(rows, "5.01.01.2.01.0007")["kode"] = "5.01.01.2.02.0007"  # listed under kegiatan 5.01.01.2.01
    sub = checked(tmp_path, rows)
    (f,) = of(sub, "code-hierarchy")
    r = sheet_row(rows, "5.01.01.2.02.0007")
    assert f.cell == f"A{r}" and f.kode == "5.01.01.2.02.0007" and f.field == "kode"
    assert (f.raw, f.expected) == ("5.01.01.2.02.0007", "5.01.01.2.01.*")
    assert f.related == (f"A{sheet_row(rows, '5.01.01.2.01')}",)


def test_x_xx_is_filled_with_the_opd_bidang_and_keeps_the_hierarchy(tmp_path):
    rows = base_rows()
    for r in rows:
        if r["kode"].startswith("5.01.01"):
            r["kode"] = "X.XX" + r["kode"][4:]
    sub = checked(tmp_path, rows)
    filled = of(sub, "code-placeholder-filled")
    assert len(filled) == 6 and all(f.severity == "info" for f in filled)
    first = filled[0]
    assert (first.cell, first.raw, first.kode, first.params["bidang"]) == ("A9", "X.XX.01", "5.01.01", "5.01")
    assert [i.kode.dotted for i in sub.items if i.kode][:3] == ["5.01", "5.01.01", "5.01.01.2.01"]
    assert not sub.findings.has_errors and not of(sub, "code-hierarchy")


def test_duplicate_code_names_both_cells(tmp_path):
    rows = base_rows()
    row_of(rows, "5.01.02.2.01.0006")["kode"] = "5.01.02.2.01.0005"
    (f,) = of(checked(tmp_path, rows), "code-duplicate")
    assert f.cell == "A18" and f.related == ("A17",) and f.raw == "5.01.02.2.01.0005" and f.field == "kode"


# --- target sanity ----------------------------------------------------------------------------------


def test_percentage_over_100(tmp_path):
    rows = base_rows()
    row_of(rows, "5.01.01")["target"] = 120
    (f,) = of(checked(tmp_path, rows), "target-percent-over-100")
    assert f.cell == "E9" and f.raw == "120 %" and f.expected == "≤ 100%" and f.field == "target"


def test_zero_target_with_pagu(tmp_path):
    rows = base_rows()
    row_of(rows, "5.01.01.2.01.0001")["target_maju"] = 0
    (f,) = of(checked(tmp_path, rows), "target-zero-with-pagu")
    assert f.cell == "J11" and f.field == "target_maju" and (f.raw, f.expected) == ("0 Dokumen", "> 0")
    assert f.params["pagu"] == "105.000.000"


def test_pagu_without_target(tmp_path):
    rows = base_rows()
    for fld in ("target", "satuan", "target_maju", "satuan_maju"):
        row_of(rows, "5.01.01.2.01.0007")[fld] = None
    found = of(checked(tmp_path, rows), "pagu-without-target")
    assert {(f.cell, f.field, f.raw) for f in found} == {("G12", "pagu", "50.000.000"),
                                                         ("L12", "pagu_maju", "55.000.000")}


def test_maju_threshold_is_configurable(tmp_path):
    assert not of(checked(tmp_path, base_rows()), "maju-far-from-n")  # default 50%: every change is small
    sub = checked(tmp_path, base_rows(), config=RuleConfig(maju_threshold_percent=Decimal(4)))
    found = {f.kode: f for f in of(sub, "maju-far-from-n")}
    f = found["5.01.01"]  # 3.250.000.000 -> 3.400.000.000 is 4,6 %
    assert f.cell == "L9" and f.field == "pagu_maju" and f.raw == "3.400.000.000"
    assert f.expected == "3.120.000.000 - 3.380.000.000" and f.params["threshold"] == "4"
    assert "5.01.02.2.01" in found and "5.01.02.2.01.0006" not in found  # 4,2 % > 4; exactly 4 % is not over


def test_maju_threshold_flag_on_the_command_line(tmp_path, capsys):
    from pipeline.cli import main

    path = make_fixtures.fill_template(tmp_path / "Renja 2024.xlsx", base_rows(), tahun=TAHUN, pemda=PEMDA, opd=OPD)
    assert main(["validate", str(path), "--json", "--no-reference", "--maju-threshold", "4"]) == 0
    codes = [f["code"] for f in json.loads(capsys.readouterr().out)["findings"]]
    assert "maju-far-from-n" in codes
    assert main(["validate", str(path), "--json", "--no-reference"]) == 0
    assert "maju-far-from-n" not in capsys.readouterr().out
    assert main(["validate", str(path), "--maju-threshold", "-1"]) == 2


# --- identity: metadata, table title and file name --------------------------------------------------


def test_year_in_title_differs_from_metadata(tmp_path):
    sub = checked(tmp_path, base_rows(), edit={"A5": "Tahun: 2025", "A4": f"Perangkat Daerah: {OPD.upper()}"})
    (f,) = of(sub, "meta-mismatch")  # the OPD name in capitals is the same name
    assert f.field == "tahun" and (f.raw, f.expected) == ("2025", "2024")
    assert f.params["source_b"] == "judul tabel" and f.severity == "warning"


def test_opd_in_title_differs_from_metadata(tmp_path):
    (f,) = of(checked(tmp_path, base_rows(), edit={"A4": "Perangkat Daerah: Dinas Kesehatan"}), "meta-mismatch")
    assert f.field == "opd" and (f.raw, f.expected) == ("Dinas Kesehatan", OPD)


@pytest.mark.parametrize(("name", "flagged"), [("Renja BAPPERIDA 2022.xlsx", True), ("Renja 2024.xlsx", False),
                                               ("Renja 2024-2025 rev1.xlsx", False), ("renja bapperida.xlsx", False)])
def test_year_in_file_name(tmp_path, name, flagged):
    found = of(checked(tmp_path, base_rows(), name=name), "meta-mismatch")
    assert bool(found) is flagged
    if flagged:
        assert (found[0].raw, found[0].expected, found[0].params["source_b"]) == ("2022", "2024", "nama berkas")


# --- the machine-readable report ---------------------------------------------------------------------

# Kinds whose finding names a stated value, and those that also know the value expected instead.
RAW = {"rollup-mismatch", "code-hierarchy", "code-duplicate", "target-percent-over-100", "target-zero-with-pagu",
       "pagu-without-target", "maju-far-from-n", "meta-mismatch", "target-no-number", "reference-unknown-code",
       "reference-name-differs", "reference-unit-differs"}
EXPECTED = {"rollup-mismatch", "code-hierarchy", "target-percent-over-100", "target-zero-with-pagu",
            "maju-far-from-n", "meta-mismatch", "reference-name-differs", "reference-unit-differs"}
REPORT_KEYS = {"code", "severity", "message", "sheet", "cell", "row", "column", "field", "raw", "expected", "kode"}


def process(tmp_path: Path, source: Path, name: str, **options: Any) -> dict[str, Any]:
    """Run the pipeline on one file; return its run summary entry."""
    inbox = tmp_path / "inbox"
    inbox.mkdir(exist_ok=True)
    (inbox / name).write_bytes(source.read_bytes())
    result = run(RunOptions(inbox=inbox, outbox=tmp_path / "outbox", db_url=f"sqlite:///{tmp_path / 'store.db'}",
                            **options))
    (f,) = result.files
    return f.to_dict()


def test_report_carries_location_raw_and_expected_for_every_rule(tmp_path):
    rows = base_rows()
    row_of(rows, "5.01.01.2.01.0001")["pagu"] = 90_000_000  # rollup
    row_of(rows, "5.01.01.2.01.0007")["kode"] = "5.01.01.2.02.0007"  # hierarchy
    row_of(rows, "5.01.01")["target"] = 120  # percent
    row_of(rows, "5.01.01.2.02.0001")["target_maju"] = 0  # zero with pagu
    row_of(rows, "5.01.02.2.01.0006")["target"] = "Idok"  # no number
    row_of(rows, "5.01.02.2.01.0006")["satuan"] = None
    source = make_fixtures.fill_template(tmp_path / "src.xlsx", rows, tahun=TAHUN, pemda=PEMDA, opd=OPD)
    f = process(tmp_path, source, "Renja BAPPERIDA 2022.xlsx", rules=RuleConfig(maju_threshold_percent=Decimal(4)))
    report = json.loads(Path(f["report"]).read_text(encoding="utf-8"))
    codes = {d["code"] for d in report["findings"]}
    assert {"rollup-mismatch", "code-hierarchy", "target-percent-over-100", "target-zero-with-pagu",
            "maju-far-from-n", "meta-mismatch", "target-no-number"} <= codes
    for d in report["findings"]:
        assert REPORT_KEYS <= set(d), d["code"]
        if d["code"] in RAW:
            assert d["raw"], d
        if d["code"] in EXPECTED:
            assert d["expected"], d
        if KINDS[d["code"]].tags != ("file",):
            assert d["cell"] and d["sheet"] == "Renja" and d["row"] and d["column"], d


# --- done when: seed 001 Tabel 4.1 ----------------------------------------------------------------------


def template_row(path: Path, nama: str) -> int:
    ws = openpyxl.load_workbook(path)["Renja"]
    return next(r for r in range(FIRST, ws.max_row + 1) if ws.cell(r, 2).value == nama)


def test_every_real_defect_of_the_published_table_is_reported_at_its_cell(template_fixtures):
    path = template_fixtures["renja_2024_bkpsdm_template_as_published.xlsx"]
    sub = extract(path, sha256="0" * 64)
    validate(sub)
    dup = template_row(path, "Pengelolaan Assesment Center")
    first = template_row(path, "Peningkatan Kapasitas Kinerja ASN")
    misplaced = template_row(path, "Sosialisasi Peraturan Perundang-Undangan")
    idok = template_row(path, "Penyusunan Rencana Kebutuhan, Jenis dan Jumlah Jabatan untuk Pelaksanaan Pengadaan ASN")
    (d,) = of(sub, "code-duplicate")
    assert (d.cell, d.kode, d.related) == (f"A{dup}", "5.03.02.2.03.0002", (f"A{first}",))
    (h,) = of(sub, "code-hierarchy")
    assert (h.cell, h.kode, h.expected) == (f"A{misplaced}", "5.03.01.2.04.0010", "5.03.01.2.05.*")
    (t,) = of(sub, "target-no-number")
    assert (t.cell, t.raw, t.field) == (f"J{idok}", "Idok", "target_maju")
    # nothing invented: the only other finding is the (configurable) forward-estimate plausibility warning
    assert Counter(f.code for f in sub.findings) == Counter(
        {"code-duplicate": 1, "code-hierarchy": 1, "target-no-number": 1, "maju-far-from-n": 1})


def test_the_corrected_table_has_no_error(template_fixtures):
    sub = extract(template_fixtures["renja_2024_bkpsdm_template_corrected.xlsx"], sha256="0" * 64)
    validate(sub)
    assert not sub.findings.has_errors
    assert [f.code for f in sub.findings] == ["maju-far-from-n"]


def feedback_rows(path: Path) -> list[dict[str, Any]]:
    """The findings table of the feedback workbook's "Hasil Validasi" sheet."""
    ws = openpyxl.load_workbook(path)[SUMMARY_SHEET]
    header = next(r for r in range(1, ws.max_row + 1) if ws.cell(r, 1).value == "No")
    names = ["no", "sheet", "cell", "row", "kode", "title", "severity", "message", "hint"]
    out = []
    for r in range(header + 1, ws.max_row + 1):
        values = [ws.cell(r, c).value for c in range(1, 10)]
        if values[0] is None:
            break
        out.append(dict(zip(names, values, strict=True)))
    return out


def test_catalogue_feedback_and_report_agree(tmp_path, template_fixtures):
    f = process(tmp_path, template_fixtures["renja_2024_bkpsdm_template_as_published.xlsx"],
                "Renja BKPSDM 2024.xlsx")
    assert f["status"] == "rejected"
    report = json.loads(Path(f["report"]).read_text(encoding="utf-8"))
    listed = feedback_rows(Path(f["feedback"]))
    findings = report["findings"]
    # same count, in the run summary, the report, its counts and the feedback workbook
    assert len(findings) == len(listed) == len(f["findings"]) == sum(report["counts"].values()) > 0
    assert findings == f["findings"]
    by_title = {kind.title("id"): code for code, kind in KINDS.items()}
    catalogue_doc = (ROOT / "docs" / "FINDINGS.md").read_text(encoding="utf-8")
    for d, row in zip(findings, listed, strict=True):
        # same finding, same place, same words
        assert (by_title[row["title"]], row["cell"] or None, row["row"], row["kode"] or None, row["message"]) == \
               (d["code"], d["cell"], d["row"], d["kode"], d["message"])
        # and as the catalogue declares it
        kind = KINDS[d["code"]]
        assert d["severity"] == kind.severity and d["hint"] == row["hint"] == kind.hint("id")
        assert d["message"] == Finding.from_dict(d).message("id")
        assert f"`{d['code']}`" in catalogue_doc
    counted = FindingList(Finding.from_dict(d) for d in findings)
    assert report["counts"] == {"error": counted.errors, "warning": counted.warnings,
                                "info": len(counted) - counted.errors - counted.warnings}
