"""The feedback workbook, checked the way the OPD and the operator would look at it."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook
from openpyxl.cell.rich_text import CellRichText, TextBlock
from openpyxl.cell.text import InlineFont
from openpyxl.comments import Comment
from openpyxl.styles import Font, PatternFill
from openpyxl.workbook.workbook import Workbook as WorkbookType
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.formula import ArrayFormula
from openpyxl.worksheet.worksheet import Worksheet

from pipeline.findings import Finding, FindingList
from pipeline.load.feedback import SUMMARY_SHEET, set_text, write_feedback
from pipeline.model import Reading, Submission

READING = Reading(sheet="Renja", header_rows=(3, 4),
                  columns={"kode": 1, "nama": 2, "pagu_n": 3, "pagu_n1": 4, "sumber_dana": 5},
                  source="table", other_sheets=("Petunjuk", "Lamp'1"))


def make_source(path: Path) -> Path:
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "Renja"
    ws.sheet_view.tabSelected = True  # as Excel saves the sheet that was open
    ws["A1"] = "RUMUSAN RENCANA PROGRAM DAN KEGIATAN PD TAHUN 2024"
    ws.merge_cells("A1:E1")
    ws["A3"], ws["B3"], ws["C3"], ws["E3"] = "Kode", "Program/ Kegiatan /\nSub Kegiatan", "Pagu Indikatif", "Sumber Dana"
    ws["C4"], ws["D4"] = "n (Rp)", "n+1 (Rp)"
    for rng in ("A3:A4", "B3:B4", "C3:D3", "E3:E4"):
        ws.merge_cells(rng)
    rows = [("5.03.01", "Program Penunjang", 1_924_149_480, 2_000_000_000, "APBD"),
            ("5.03.01.2.01", "Perencanaan", 97_617_400, 100_000_000, "APBD"),
            ("5.03.01.2.01.0001", "Penyusunan Dokumen", 87_617_400, 90_000_000, "DAU")]
    for r, values in enumerate(rows, start=5):
        for c, value in enumerate(values, start=1):
            ws.cell(r, c, value)
        ws.cell(r, 3).number_format = "#,##0"
        ws.cell(r, 4).number_format = "#,##0"
    ws["B8"] = "JUMLAH"
    ws["C8"] = "=SUM(C5:C7)"
    ws["C6"].font = Font(bold=True, color="1F4E78")
    ws["C6"].comment = Comment("Cek ulang pagu (Kasubag)", "OPD")
    dv = DataValidation(type="list", formula1='"APBD,DAK,DAU"', allow_blank=True)
    ws.add_data_validation(dv)
    dv.add("E5:E7")
    wb.create_sheet("Petunjuk")["A1"] = "Isi tabel pada sheet Renja."
    wb.create_sheet("Lamp'1")["B2"] = "5,03E+09"
    wb.save(path)
    return path


def make_findings() -> FindingList:
    f = "renja.xlsx"
    return FindingList([
        Finding("value-not-a-number", {"field_label": "Pagu Indikatif"}, file=f, sheet="Renja", row=6, column=3,
                field="pagu_n", raw="=1+1", kode="5.03.01.2.01"),
        Finding("pagu-without-target", {"pagu": "97.617.400"}, file=f, sheet="Renja", row=6, column=3,
                kode="=SUM(1,2)"),
        Finding("reference-name-differs", {"nama": "Penyusunan Dokumen", "expected": "Penyusunan Dokumen Perencanaan"},
                file=f, sheet="Renja", row=7, column=2, kode="5.03.01.2.01.0001"),
        Finding("code-placeholder-filled", {"bidang": "5.03"}, file=f, sheet="Renja", row=5, column=1,
                raw="X.XX.01", kode="5.03.01"),
        Finding("meta-mismatch", {"field": "=1+2", "source_a": "judul", "value_a": "2024",
                                  "source_b": "nama berkas", "value_b": "2025"}, file=f),
        Finding("code-invalid", file=f, sheet="Lamp'1", row=2, column=2, raw="5,03E+09"),
        Finding("value-negative", {"field_label": "Pagu"}, file=f, sheet="Hilang", row=4, column=4, raw="-5"),
    ])


def make_submission(findings: FindingList | None = None, reading: Reading | None = READING) -> Submission:
    return Submission(file_name="renja.xlsx", sha256="ab" * 32, document="renja", tahun=2024,
                      opd="Badan Kepegawaian dan Pengembangan SDM", reading=reading,
                      findings=make_findings() if findings is None else findings)


@pytest.fixture
def source(tmp_path: Path) -> Path:
    return make_source(tmp_path / "renja.xlsx")


def values_in_column(ws: Worksheet, col: int) -> list[object]:
    return [ws.cell(r, col).value for r in range(1, ws.max_row + 1)]


def fact(ws: Worksheet, label: str) -> object:
    for r in range(1, 20):
        if ws.cell(r, 1).value == label:
            return ws.cell(r, 3).value
    raise AssertionError(f"no {label!r} line")


def table(ws: Worksheet, first_header: str) -> tuple[int, list[list[object]]]:
    header = values_in_column(ws, 1).index(first_header) + 1
    rows = [[c.value for c in row] for row in ws.iter_rows(min_row=header + 1, max_row=ws.max_row)]
    return header, rows


def formulas(wb: WorkbookType) -> set[tuple[str, str]]:
    return {(ws.title, cell.coordinate) for ws in wb.worksheets for row in ws.iter_rows() for cell in row
            if cell.data_type == "f" or isinstance(cell.value, ArrayFormula)}


def test_marks_the_opd_file_and_lists_findings(tmp_path: Path, source: Path) -> None:
    out = tmp_path / "out" / "feedback.xlsx"
    submission = make_submission()
    write_feedback(out, source=source, submission=submission, accepted=False)
    wb = load_workbook(out)

    assert wb.sheetnames[0] == SUMMARY_SHEET
    assert wb.active is not None and wb.active.title == SUMMARY_SHEET
    assert [ws.title for ws in wb.worksheets if ws.sheet_view.tabSelected] == [SUMMARY_SHEET]
    assert set(wb.sheetnames) == {SUMMARY_SHEET, "Cara Baca", "Renja", "Petunjuk", "Lamp'1"}

    summary = wb[SUMMARY_SHEET]
    assert summary["A1"].value == "Hasil Validasi Berkas"
    assert fact(summary, "Nama berkas") == "renja.xlsx"
    assert fact(summary, "SHA-256") == "ab" * 32
    assert fact(summary, "OPD") == "Badan Kepegawaian dan Pengembangan SDM"
    assert fact(summary, "Tahun") == 2024
    assert "Renja" in str(fact(summary, "Jenis dokumen"))
    assert fact(summary, "Status") == "DITOLAK"
    assert (fact(summary, "Kesalahan"), fact(summary, "Peringatan"), fact(summary, "Informasi")) == (3, 3, 1)

    header, rows = table(summary, "No")
    assert [c.value for c in summary[header]] == ["No", "Sheet", "Sel", "Baris", "Kode", "Jenis", "Tingkat",
                                                 "Pesan", "Saran perbaikan"]
    assert summary.freeze_panes == f"A{header + 1}"
    assert summary.auto_filter.ref == f"A{header}:I{header + len(rows)}"
    assert summary.cell(header + 1, 8).alignment.wrap_text
    # one row per finding, by sheet, then row, then column; the file-level finding first
    assert [(r[0], r[1], r[2], r[3]) for r in rows] == [
        (1, None, None, None), (2, "Hilang", "D4", 4), (3, "Lamp'1", "B2", 2), (4, "Renja", "A5", 5),
        (5, "Renja", "C6", 6), (6, "Renja", "C6", 6), (7, "Renja", "B7", 7)]
    by_code = {f.code: f for f in submission.findings}
    assert rows[4][4:] == ["5.03.01.2.01", "Bukan angka", "Kesalahan", by_code["value-not-a-number"].message("id"),
                           by_code["value-not-a-number"].kind.hint("id")]
    assert rows[3][6] == "Informasi" and rows[6][6] == "Peringatan"
    assert "=1+1" in str(rows[4][7])
    # text that starts with "=" stays text
    assert rows[0][7] == by_code["meta-mismatch"].message("id") and str(rows[0][7]).startswith("=1+2")
    assert rows[5][4] == "=SUM(1,2)"

    # the Sel cell links inside the workbook, only to sheets that exist
    assert summary.cell(header + 5, 3).hyperlink.target == "#'Renja'!C6"
    assert summary.cell(header + 3, 3).hyperlink.target == "#'Lamp''1'!B2"
    assert summary.cell(header + 2, 3).hyperlink is None  # sheet "Hilang" is not in the file
    assert summary.cell(header + 1, 3).hyperlink is None
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                if cell.hyperlink is not None:
                    assert str(cell.hyperlink.target).startswith("#'")

    renja = wb["Renja"]
    c6 = renja["C6"]
    assert c6.fill.fgColor.rgb.endswith("FFC7CE")
    assert c6.comment is not None
    text = c6.comment.text
    assert text.startswith("Cek ulang pagu (Kasubag)")
    assert "[KESALAHAN] " + by_code["value-not-a-number"].message("id") in text
    assert "[PERINGATAN] " + by_code["pagu-without-target"].message("id") in text
    assert by_code["value-not-a-number"].kind.hint("id") in text
    assert c6.comment.author == "Bappeda"
    assert c6.font.b and c6.font.color.rgb.endswith("1F4E78")
    assert c6.number_format == "#,##0"
    assert c6.value == 97_617_400

    b7 = renja["B7"]
    assert b7.fill.fgColor.rgb.endswith("FFEB9C")
    assert b7.comment is not None and b7.comment.text.startswith("[PERINGATAN]")
    assert renja["A5"].comment is None and renja["A5"].fill.fill_type is None  # info: listed, not marked
    assert wb["Lamp'1"]["B2"].comment is not None

    # what the OPD made survives
    assert renja["C8"].value == "=SUM(C5:C7)"
    assert formulas(wb) == {("Renja", "C8")}
    assert {str(r) for r in renja.merged_cells.ranges} >= {"A1:E1", "A3:A4", "B3:B4", "C3:D3", "E3:E4"}
    dvs = renja.data_validations.dataValidation
    assert len(dvs) == 1 and dvs[0].formula1 == '"APBD,DAK,DAU"' and "E5:E7" in str(dvs[0].sqref)
    assert renja["D5"].number_format == "#,##0"
    assert wb["Petunjuk"]["A1"].value == "Isi tabel pada sheet Renja."

    assert not list(out.parent.glob(".tmp-*"))


def test_reading_sheet_lists_fields_with_their_headers(tmp_path: Path, source: Path) -> None:
    out = tmp_path / "feedback.xlsx"
    write_feedback(out, source=source, submission=make_submission(), accepted=False)
    ws = load_workbook(out)["Cara Baca"]
    assert fact(ws, "Sheet yang dibaca") == "Renja"
    assert fact(ws, "Baris judul kolom") == "3, 4"
    assert fact(ws, "Sheet lain (tidak dibaca)") == "Petunjuk, Lamp'1"
    header, rows = table(ws, "Field")
    assert [c.value for c in ws[header]] == ["Field", "Kolom", "Judul kolom di berkas"]
    assert [r[:3] for r in rows] == [
        ["kode", "A", "Kode"],
        ["nama", "B", "Program/ Kegiatan / Sub Kegiatan"],
        ["pagu_n", "C", "Pagu Indikatif / n (Rp)"],
        ["pagu_n1", "D", "Pagu Indikatif / n+1 (Rp)"],
        ["sumber_dana", "E", "Sumber Dana"],
    ]
    assert ws.cell(header + 3, 2).hyperlink.target == "#'Renja'!C3"


def test_english_labels(tmp_path: Path, source: Path) -> None:
    out = tmp_path / "feedback.xlsx"
    submission = make_submission()
    write_feedback(out, source=source, submission=submission, lang="en", accepted=False)
    wb = load_workbook(out)
    summary = wb.worksheets[0]
    assert summary["A1"].value == "File Validation Results"
    assert fact(summary, "Status") == "REJECTED"
    assert fact(summary, "Error") == 3
    header, rows = table(summary, "No")
    assert [c.value for c in summary[header]] == ["No", "Sheet", "Cell", "Row", "Code", "Kind", "Severity",
                                                 "Message", "How to fix"]
    by_code = {f.code: f for f in submission.findings}
    assert rows[4][5:] == ["Not a number", "Error", by_code["value-not-a-number"].message("en"),
                           by_code["value-not-a-number"].kind.hint("en")]
    comment = wb["Renja"]["C6"].comment
    assert comment is not None and "[ERROR] Column Pagu Indikatif holds '=1+1'" in comment.text
    assert "[WARNING]" in comment.text
    reading = wb["Cara Baca"]
    assert reading["A1"].value == "How the File Was Read"
    assert fact(reading, "Sheet read") == "Renja"


def test_accepted_without_findings(tmp_path: Path, source: Path) -> None:
    out = tmp_path / "feedback.xlsx"
    write_feedback(out, source=source, submission=make_submission(FindingList()), accepted=True)
    summary = load_workbook(out)[SUMMARY_SHEET]
    assert fact(summary, "Status") == "DITERIMA"
    assert (fact(summary, "Kesalahan"), fact(summary, "Peringatan"), fact(summary, "Informasi")) == (0, 0, 0)
    _, rows = table(summary, "No")
    assert [r[7] for r in rows] == ["Tidak ada temuan."]


def test_unreadable_source_gets_the_findings_list_only(tmp_path: Path) -> None:
    bad = tmp_path / "rusak.xlsx"
    bad.write_bytes(b"not a zip")
    out = tmp_path / "feedback.xlsx"
    write_feedback(out, source=bad, submission=make_submission(), accepted=False)
    wb = load_workbook(out)
    assert wb.sheetnames == [SUMMARY_SHEET, "Cara Baca"]
    summary = wb[SUMMARY_SHEET]
    assert fact(summary, "Status") == "DITOLAK"
    header, rows = table(summary, "No")
    assert len(rows) == 7 and rows[4][2] == "C6"
    assert all(c.hyperlink is None for ws in wb.worksheets for row in ws.iter_rows() for c in row)
    assert formulas(wb) == set()
    _, reading_rows = table(wb["Cara Baca"], "Field")
    assert [r[0] for r in reading_rows] == ["kode", "nama", "pagu_n", "pagu_n1", "sumber_dana"]
    assert not list(tmp_path.glob(".tmp-*"))


def test_no_reading_means_no_reading_sheet(tmp_path: Path, source: Path) -> None:
    out = tmp_path / "feedback.xlsx"
    write_feedback(out, source=source, submission=make_submission(reading=None), accepted=False)
    wb = load_workbook(out)
    assert "Cara Baca" not in wb.sheetnames
    assert wb.sheetnames[0] == SUMMARY_SHEET


def test_previous_diff_sheet(tmp_path: Path, source: Path) -> None:
    out = tmp_path / "feedback.xlsx"
    diff = [["Kode", "Ukuran", "Sebelum", "Sesudah"], ["5.03.01", "pagu", "1.000", "=2000"]]
    write_feedback(out, source=source, submission=make_submission(), accepted=False, previous_diff=diff)
    wb = load_workbook(out)
    assert wb.sheetnames[:3] == [SUMMARY_SHEET, "Cara Baca", "Perubahan"]
    ws = wb["Perubahan"]
    assert [[c.value for c in row] for row in ws.iter_rows()] == diff
    assert ws["D2"].data_type == "s"
    assert ws.freeze_panes == "A2"


def test_resubmitted_feedback_file_gets_a_fresh_report(tmp_path: Path, source: Path) -> None:
    first = tmp_path / "feedback1.xlsx"
    write_feedback(first, source=source, submission=make_submission(), accepted=False)
    second = tmp_path / "feedback2.xlsx"
    write_feedback(second, source=first, submission=make_submission(FindingList()), accepted=True)
    wb = load_workbook(second)
    assert wb.sheetnames.count(SUMMARY_SHEET) == 1 and not any("(2)" in n for n in wb.sheetnames)
    assert fact(wb[SUMMARY_SHEET], "Status") == "DITERIMA"
    # the earlier round's marks are gone; the OPD's own comment stays
    renja = wb["Renja"]
    assert renja["C6"].comment is not None and renja["C6"].comment.text == "Cek ulang pagu (Kasubag)"
    assert renja["C6"].fill.fill_type is None and renja["C6"].font.b
    assert renja["B7"].comment is None and renja["B7"].fill.fill_type is None
    third = tmp_path / "feedback3.xlsx"
    write_feedback(third, source=second, submission=make_submission(), accepted=False)
    text = load_workbook(third)["Renja"]["C6"].comment.text
    assert text.startswith("Cek ulang pagu (Kasubag)\n\n[KESALAHAN]") and text.count("[KESALAHAN]") == 1


def test_an_opd_sheet_with_our_name_is_kept(tmp_path: Path) -> None:
    src = tmp_path / "src.xlsx"
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = SUMMARY_SHEET
    ws["A1"] = "catatan OPD"
    wb.save(src)
    out = tmp_path / "feedback.xlsx"
    write_feedback(out, source=src, submission=make_submission(reading=None), accepted=False)
    result = load_workbook(out)
    assert result.sheetnames == [f"{SUMMARY_SHEET} (2)", SUMMARY_SHEET]
    assert result[SUMMARY_SHEET]["A1"].value == "catatan OPD"


def test_finding_inside_a_merged_range_marks_its_first_cell(tmp_path: Path, source: Path) -> None:
    findings = FindingList([Finding("required-missing", {"field_label": "Kode"}, sheet="Renja", row=4, column=1)])
    out = tmp_path / "feedback.xlsx"
    write_feedback(out, source=source, submission=make_submission(findings), accepted=False)
    renja = load_workbook(out)["Renja"]
    assert renja["A3"].comment is not None and "[KESALAHAN]" in renja["A3"].comment.text
    assert renja["A3"].fill.fgColor.rgb.endswith("FFC7CE")


def test_xlsx_under_another_extension_is_still_marked(tmp_path: Path, source: Path) -> None:
    renamed = tmp_path / "renja.xls"
    renamed.write_bytes(source.read_bytes())
    out = tmp_path / "feedback.xlsx"
    write_feedback(out, source=renamed, submission=make_submission(), accepted=False)
    wb = load_workbook(out)
    assert "Renja" in wb.sheetnames and wb["Renja"]["C6"].comment is not None


def test_set_text_never_makes_a_formula(tmp_path: Path) -> None:
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    for i, text in enumerate(["=HYPERLINK(\"http://x\")", "+1", "-2", "@A1", "biasa", "a\x00b"], start=1):
        set_text(ws.cell(i, 1), text)
    wb.save(tmp_path / "t.xlsx")
    back = load_workbook(tmp_path / "t.xlsx").active
    assert back is not None
    assert [back.cell(i, 1).value for i in range(1, 7)] == ["=HYPERLINK(\"http://x\")", "+1", "-2", "@A1",
                                                            "biasa", "ab"]
    assert all(back.cell(i, 1).data_type == "s" for i in range(1, 7))


def test_fill_keeps_the_rest_of_the_style(tmp_path: Path, source: Path) -> None:
    wb = load_workbook(source)
    wb["Renja"]["C6"].fill = PatternFill(fill_type="solid", start_color="00B0F0", end_color="00B0F0")
    wb.save(source)
    out = tmp_path / "feedback.xlsx"
    write_feedback(out, source=source, submission=make_submission(), accepted=False)
    c6 = load_workbook(out)["Renja"]["C6"]
    assert c6.fill.fgColor.rgb.endswith("FFC7CE") and c6.font.b and c6.number_format == "#,##0"


def test_rich_text_in_cells_survives(tmp_path: Path, source: Path) -> None:
    wb = load_workbook(source, rich_text=True)
    wb["Renja"]["B6"] = CellRichText("Perencanaan ", TextBlock(InlineFont(i=True), "(lanjutan)"))
    wb.save(source)
    out = tmp_path / "feedback.xlsx"
    write_feedback(out, source=source, submission=make_submission(), accepted=False)
    value = load_workbook(out, rich_text=True)["Renja"]["B6"].value
    assert isinstance(value, CellRichText)
    assert str(value) == "Perencanaan (lanjutan)"
    assert any(isinstance(part, TextBlock) and part.font.i for part in value)
