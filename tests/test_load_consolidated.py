"""The consolidated Renja workbook, read back the way users and downstream tools read it.

The workbook is reopened with openpyxl (``data_only=True``: the cached values a viewer shows
without recalculating, and without it: to see what is a formula) and with python-calamine.
"""

from __future__ import annotations

import re
import zipfile
from collections.abc import Sequence
from decimal import Decimal
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from python_calamine import CalamineWorkbook

from pipeline.findings import Finding
from pipeline.load.consolidated import (
    SHEET_OPD,
    SHEET_RENJA,
    SHEET_STATUS,
    SHEET_SUMBER_DANA,
    SHEET_TEMUAN,
    SHEET_URUSAN,
    StatusEntry,
    write_consolidated,
)
from pipeline.model import CanonicalRow
from pipeline.values import format_rupiah

TAHUN = 2024
N, N1 = "2024", "2025"
PEMDA = "Kabupaten Contoh"

# Renja sheet columns (1-based, as openpyxl counts) and where data starts.
KODE, NAMA, OPD, TINGKAT, INDIKATOR, LOKASI, TARGET, SATUAN, PAGU, SUMBER, CATATAN = range(1, 12)
TARGET1, SATUAN1, PAGU1, LEAF = 12, 13, 14, 15
FIRST_DATA = 8

BKPSDM = "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia"
DISDIK = "Dinas Pendidikan"
FORMULA_NAME = '=HYPERLINK("http://contoh.invalid","klik")'


# --- building canonical rows -----------------------------------------------------------------------


def row(opd: str, kode: str, level: str, nama: str, *, measure: str = "", period: str = "",
        value: Decimal | int | None = None, indikator_no: int = 0, indikator: str = "", unit: str = "",
        raw: str = "", sumber_dana: str = "", lokasi: str = "", catatan: str = "") -> CanonicalRow:
    sid = f"sub-{opd[:6]}"
    return CanonicalRow(
        submission_id=sid, document="renja", tahun=TAHUN, pemda=PEMDA, opd=opd, bidang="",
        kode=kode,
        level=level, parent_kode="", nama=nama, indikator_no=indikator_no, indikator=indikator,
        lokasi=lokasi, sumber_dana=sumber_dana, catatan=catatan, measure=measure, period=period,
        scenario="rencana" if measure else "", value=None if value is None else Decimal(value), unit=unit,
        raw=raw or ("" if value is None else str(value)), source_file=f"{sid}.xlsx", sha256="0" * 64,
        sheet="Renja", cell="I10",
    )


def item_rows(opd: str, kode: str, level: str, nama: str,
              pagu: tuple[Decimal | int | None, Decimal | int | None] | None,
              indicators: Sequence[tuple[str, Any, str, Any]] = (), *, sumber_dana: str = "",
              lokasi: str = "", catatan: str = "") -> list[CanonicalRow]:
    """The canonical rows of one item: its pagu n / n+1, then one target row per indicator and year."""
    def make(**kw: Any) -> CanonicalRow:
        return row(opd, kode, level, nama, sumber_dana=sumber_dana, lokasi=lokasi, catatan=catatan, **kw)

    out: list[CanonicalRow] = []
    if pagu is not None:
        for period, value in zip((N, N1), pagu, strict=True):
            out.append(make(measure="pagu", period=period, value=value))
    for no, (text, target_n, unit, target_n1) in enumerate(indicators, start=1):
        for period, target in ((N, target_n), (N1, target_n1)):
            value = target if isinstance(target, int) else None
            out.append(make(measure="target", period=period, value=value, indikator_no=no, indikator=text,
                            unit=unit if value is not None else "", raw=str(target)))
    if not out:
        out.append(make())
    return out


# The sub kegiatan (leaves): kode -> (opd, nama, pagu n, pagu n+1, sumber dana). Large amounts,
# beyond what a float sum of many terms would keep exact if it went wrong.
LEAVES: dict[str, tuple[str, str, int, int | None, str]] = {
    "5.03.01.2.01.0001": (BKPSDM, "Penyusunan Dokumen Perencanaan Perangkat Daerah", 7_992_286_000, 8_391_900_300, "DAU"),
    "5.03.01.2.01.0007": (BKPSDM, "Evaluasi Kinerja Perangkat Daerah", 123_456_789, 130_000_001, "PAD"),
    "5.03.01.2.02.0001": (BKPSDM, "Penyediaan Gaji dan Tunjangan ASN", 12_345_678_901, 12_962_962_846, "DAU"),
    "5.03.02.2.01.0003": (BKPSDM, FORMULA_NAME, 1_000_000_001, 999_999_999, ""),
    "5.03.02.2.01.0004": (BKPSDM, "Koordinasi Sistem Informasi Kepegawaian", 876_543_210, 900_000_000, " dau "),
    "1.01.01.2.01.0001": (DISDIK, "Penyusunan Dokumen Perencanaan", 3_210_987_654, 3_300_000_000, "DAU"),
    "1.01.02.2.01.0001": (DISDIK, "Pembangunan Unit Sekolah Baru (USB)", 45_678_901_234, 0, "DAK"),
    "1.01.02.2.01.0002": (DISDIK, "Penambahan Ruang Kelas Baru", 987_654_321, 1_111_111_111, "DAK"),
    "1.01.02.2.02.0005": (DISDIK, "Pengadaan Perlengkapan Sekolah", 5_000_000_003, None, "DAU"),
}
PARENTS: dict[str, tuple[str, str, str]] = {  # kode -> (opd, level, nama)
    "5.03.01": (BKPSDM, "program", "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota"),
    "5.03.01.2.01": (BKPSDM, "kegiatan", "Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah"),
    "5.03.01.2.02": (BKPSDM, "kegiatan", "Administrasi Keuangan Perangkat Daerah"),
    "5.03.02": (BKPSDM, "program", "Program Kepegawaian Daerah"),
    "5.03.02.2.01": (BKPSDM, "kegiatan", "Pengadaan, Pemberhentian dan Informasi Kepegawaian ASN"),
    "1.01.01": (DISDIK, "program", "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota"),
    "1.01.01.2.01": (DISDIK, "kegiatan", "Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah"),
    "1.01.02": (DISDIK, "program", "Program Pengelolaan Pendidikan"),
    "1.01.02.2.01": (DISDIK, "kegiatan", "Pengelolaan Pendidikan Sekolah Dasar"),
    "1.01.02.2.02": (DISDIK, "kegiatan", "Pengelolaan Pendidikan Sekolah Menengah Pertama"),
}


def leaf_sum(prefix: str, period_index: int, opd: str | None = None) -> int:
    return sum(((leaf[2] if period_index == 0 else leaf[3]) or 0) for kode, leaf in LEAVES.items()
               if kode.startswith(prefix + ".") and (opd is None or leaf[0] == opd))


def canonical_rows(parent_pagu: dict[str, tuple[int, int]] | None = None) -> list[CanonicalRow]:
    """Both OPDs' rows, in a shuffled order (the writer must sort by code, not trust the order)."""
    rows: list[CanonicalRow] = []
    # Only BKPSDM names its urusan and bidang; Dinas Pendidikan's groups fall back to the code.
    rows += item_rows(BKPSDM, "5", "urusan", "Unsur Penunjang Urusan Pemerintahan", None)
    rows += item_rows(BKPSDM, "5.03", "bidang", "Kepegawaian", None)
    for kode, (opd, nama, pagu_n, pagu_n1, sumber) in reversed(LEAVES.items()):
        indicators: list[tuple[str, Any, str, Any]] = [("Jumlah dokumen yang disusun", 2, "dokumen", 2)]
        lokasi, catatan = "Kabupaten Contoh", ""
        if kode == "5.03.01.2.01.0001":
            indicators.append(("Jumlah laporan evaluasi", 4, "laporan", "Baik"))
        if nama == FORMULA_NAME:
            indicators = [("@SUM(A1:A2)", 1, "sistem", 1)]
            lokasi, catatan = "+62 Kecamatan", "-tanpa catatan"
        rows += item_rows(opd, kode, "sub_kegiatan", nama, (pagu_n, pagu_n1), indicators,
                          sumber_dana=sumber, lokasi=lokasi, catatan=catatan)
    for kode, (opd, level, nama) in PARENTS.items():
        stated = (parent_pagu or {}).get(kode, (leaf_sum(kode, 0), leaf_sum(kode, 1)))
        rows += item_rows(opd, kode, level, nama, stated, [("Persentase capaian", 100, "%", 100)])
    return rows


STATUS = [
    StatusEntry(BKPSDM, "renja", "superseded", "renja_bkpsdm_v1.xlsx", "2024-02-01T08:00:00+07:00", 2, 1, "a" * 64,
                "umpan_balik_bkpsdm_v1.xlsx"),
    StatusEntry(BKPSDM, "renja", "accepted", "renja_bkpsdm_v2.xlsx", "2024-02-03T09:30:00+07:00", 0, 1, "b" * 64),
    StatusEntry(DISDIK, "renja", "accepted", "renja_disdik.xlsx", "2024-02-02T10:00:00+07:00", 0, 0, "c" * 64),
    StatusEntry("Dinas Kesehatan", "renja", "rejected", "=HYPERLINK(1).xlsx", "2024-02-04T11:00:00+07:00", 3, 0,
                "d" * 64, "umpan_balik_dinkes.xlsx"),
    StatusEntry("Kecamatan Kota", "renja", "not_submitted", "", "", 0, 0, ""),
]

FINDINGS = [
    Finding("value-not-a-number", params={"field_label": "Pagu Indikatif"}, file="=HYPERLINK(1).xlsx",
            sheet="Renja", row=12, column=9, raw="=1+1", kode="1.02.02.2.01.0001"),
    Finding("opd-not-submitted", params={"opd": "Kecamatan Kota", "document": "Renja", "tahun": TAHUN}),
    Finding("pagu-without-target", file="renja_bkpsdm_v2.xlsx", sheet="Renja", row=20, column=7,
            kode="5.03.02.2.01.0004"),
]


# --- reading back ---------------------------------------------------------------------------------------


@pytest.fixture
def workbook_path(tmp_path: Path) -> Path:
    path = tmp_path / "out" / "renja_konsolidasi_2024.xlsx"
    write_consolidated(path, pemda=PEMDA, tahun=TAHUN, rows=canonical_rows(), status=STATUS, findings=FINDINGS)
    return path


def sheet_rows(ws: Any) -> list[tuple[Any, ...]]:
    return [tuple(r) for r in ws.iter_rows(values_only=True)]


def renja_lines(path: Path) -> list[dict[int, Any]]:
    """The data rows of the T-C.33 sheet (cached values), as {1-based column: value}."""
    ws = openpyxl.load_workbook(path, data_only=True)[SHEET_RENJA]
    return [{c.column: c.value for c in r} for r in ws.iter_rows(min_row=FIRST_DATA)]


def find_row(rows: Sequence[Sequence[Any]], col: int, label: str) -> Sequence[Any]:
    matches = [r for r in rows if len(r) > col and r[col] == label]
    assert len(matches) == 1, (label, matches)
    return matches[0]


GRAND_N = sum(leaf[2] for leaf in LEAVES.values())
GRAND_N1 = sum(leaf[3] or 0 for leaf in LEAVES.values())


# --- the tests -------------------------------------------------------------------------------------------


def test_grand_total_is_the_exact_sum_of_the_leaves(workbook_path: Path) -> None:
    lines = renja_lines(workbook_path)
    total = next(r for r in lines if r[NAMA] == "JUMLAH TOTAL")
    leaves = [r for r in lines if r[LEAF] == 1]
    assert len(leaves) == len(LEAVES)
    assert total[PAGU] == GRAND_N == sum(r[PAGU] for r in leaves)
    assert total[PAGU1] == GRAND_N1 == sum(r[PAGU1] or 0 for r in leaves)
    assert isinstance(total[PAGU], int)  # whole rupiah stay whole: no float rounding on the way


def test_every_group_subtotal_equals_its_sub_kegiatan(workbook_path: Path) -> None:
    lines = renja_lines(workbook_path)
    for kode in PARENTS:
        line = next(r for r in lines if r[KODE] == kode)
        assert line[PAGU] == leaf_sum(kode, 0), kode
        assert line[PAGU1] == leaf_sum(kode, 1), kode
        # ...and the sheet's own leaf rows agree, as a reader adding them up would find
        under = [r for r in lines if r[LEAF] == 1 and str(r[KODE]).startswith(kode + ".")]
        assert line[PAGU] == sum(r[PAGU] for r in under)
    opd_rows = [r for r in lines if r[TINGKAT] == "Perangkat Daerah"]
    assert {r[NAMA]: r[PAGU] for r in opd_rows} == {
        BKPSDM: leaf_sum("5", 0), DISDIK: leaf_sum("1", 0)}
    urusan = {r[KODE]: r for r in lines if r[TINGKAT] == "Urusan"}
    bidang = {r[KODE]: r for r in lines if r[TINGKAT] == "Bidang Urusan"}
    assert urusan["5"][NAMA] == "Unsur Penunjang Urusan Pemerintahan"  # name from the data
    assert urusan["1"][NAMA] == "1"  # no urusan row in the data: the code stands in
    assert bidang["5.03"][NAMA] == "Kepegawaian" and bidang["1.01"][PAGU1] == leaf_sum("1.01", 1)


def test_group_rows_are_sumifs_formulas_over_the_leaf_flag(workbook_path: Path) -> None:
    ws = openpyxl.load_workbook(workbook_path)[SHEET_RENJA]
    formulas = {}
    for r in ws.iter_rows(min_row=FIRST_DATA):
        cell = r[PAGU - 1]
        if r[TINGKAT - 1].value in ("Urusan", "Bidang Urusan", "Perangkat Daerah", "Program", "Kegiatan"):
            assert cell.data_type == "f", (r[KODE - 1].value, cell.value)
            assert cell.value.startswith("=SUMIFS(I") and ",O" in cell.value
            formulas[r[KODE - 1].value] = cell.value
        elif r[NAMA - 1].value == "JUMLAH TOTAL":
            assert cell.value == f"=SUMIFS(I{FIRST_DATA}:I{cell.row - 1},O{FIRST_DATA}:O{cell.row - 1},1)"
        elif r[LEAF - 1].value == 1:
            assert cell.data_type == "n"
    # the program 5.03.01 covers exactly the rows below it up to the next program
    row = next(r[0].row for r in ws.iter_rows(min_row=FIRST_DATA) if r[0].value == "5.03.01")
    nxt = next(r[0].row for r in ws.iter_rows(min_row=FIRST_DATA) if r[0].value == "5.03.02")
    assert formulas["5.03.01"] == f"=SUMIFS(I{row + 1}:I{nxt - 1},O{row + 1}:O{nxt - 1},1)"


def test_layout_groups_sorts_and_puts_extra_indicators_below(workbook_path: Path) -> None:
    lines = renja_lines(workbook_path)
    kinds = [(r[TINGKAT], r[KODE] or r[NAMA]) for r in lines if r[NAMA] != "JUMLAH TOTAL"]
    # urusan 1 before 5; within each: bidang, OPD, then codes in order
    assert kinds[:4] == [("Urusan", "1"), ("Bidang Urusan", "1.01"), ("Perangkat Daerah", DISDIK),
                         ("Program", "1.01.01")]
    codes = [r[KODE] for r in lines if r[KODE] and r[TINGKAT] in ("Program", "Kegiatan", "Sub Kegiatan")]
    assert codes == sorted(codes, key=lambda k: (k[0] != "1", k.split(".")))
    i = next(i for i, r in enumerate(lines) if r[KODE] == "5.03.01.2.01.0001")
    assert lines[i][INDIKATOR] == "Jumlah dokumen yang disusun" and lines[i][TARGET] == 2
    assert lines[i][SATUAN] == "dokumen" and lines[i][SUMBER] == "DAU"
    second = lines[i + 1]
    assert second[KODE] is None and second[INDIKATOR] == "Jumlah laporan evaluasi"
    assert second[TARGET] == 4 and second[SATUAN] == "laporan" and second[TARGET1] == "Baik"
    assert second[PAGU] is None and second[LEAF] is None  # an indicator row is not a leaf
    assert lines[i + 2][KODE] == "5.03.01.2.01.0007"


def test_text_from_submissions_stays_text(workbook_path: Path) -> None:
    wb = openpyxl.load_workbook(workbook_path)
    ws = wb[SHEET_RENJA]
    line = next(r for r in ws.iter_rows(min_row=FIRST_DATA) if r[KODE - 1].value == "5.03.02.2.01.0003")
    for col, expected in ((NAMA, FORMULA_NAME), (INDIKATOR, "@SUM(A1:A2)"), (LOKASI, "+62 Kecamatan"),
                          (CATATAN, "-tanpa catatan")):
        assert line[col - 1].value == expected
        assert line[col - 1].data_type == "s", (col, line[col - 1].value)
    cells = [r for r in wb[SHEET_STATUS].iter_rows() if r[1].value == "Dinas Kesehatan"]
    assert cells[0][4].value == "=HYPERLINK(1).xlsx" and cells[0][4].data_type == "s"
    # the same, through calamine
    cal = CalamineWorkbook.from_path(str(workbook_path)).get_sheet_by_name(SHEET_RENJA).to_python()
    assert any(r[NAMA - 1] == FORMULA_NAME and r[INDIKATOR - 1] == "@SUM(A1:A2)" for r in cal)


def test_calamine_sees_the_same_totals(workbook_path: Path) -> None:
    book = CalamineWorkbook.from_path(str(workbook_path))
    renja = book.get_sheet_by_name(SHEET_RENJA).to_python()
    total = find_row(renja, NAMA - 1, "JUMLAH TOTAL")
    assert total[PAGU - 1] == GRAND_N and total[PAGU1 - 1] == GRAND_N1
    program = find_row(renja, KODE - 1, "1.01.02")
    assert program[PAGU - 1] == leaf_sum("1.01.02", 0) and program[PAGU1 - 1] == leaf_sum("1.01.02", 1)

    opd = book.get_sheet_by_name(SHEET_OPD).to_python()
    total = find_row(opd, 1, "JUMLAH TOTAL")
    assert total[6] == GRAND_N and total[7] == GRAND_N1
    assert total[3:6] == [4, 6, 9]  # programs, kegiatan, sub kegiatan
    urusan = book.get_sheet_by_name(SHEET_URUSAN).to_python()
    totals = [r for r in urusan if "JUMLAH TOTAL" in r]
    assert len(totals) == 2 and all(r[5] == GRAND_N and r[6] == GRAND_N1 for r in totals)
    sumber = book.get_sheet_by_name(SHEET_SUMBER_DANA).to_python()
    assert find_row(sumber, 1, "JUMLAH TOTAL")[3] == GRAND_N


def test_recap_sheets(workbook_path: Path) -> None:
    wb = openpyxl.load_workbook(workbook_path, data_only=True)
    opd = {r[1]: r for r in sheet_rows(wb[SHEET_OPD])[4:] if r[1]}
    assert opd[BKPSDM][2:8] == ("Diterima", 2, 3, 5, leaf_sum("5", 0), leaf_sum("5", 1))
    assert opd[DISDIK][2:8] == ("Diterima", 2, 3, 4, leaf_sum("1", 0), leaf_sum("1", 1))
    assert opd["Dinas Kesehatan"][2] == "Ditolak" and opd["Dinas Kesehatan"][6] == 0
    assert opd["Kecamatan Kota"][2] == "Belum mengirim"
    assert opd["JUMLAH TOTAL"][6] == GRAND_N and opd["JUMLAH TOTAL"][8] == 1
    assert opd[DISDIK][8] == pytest.approx(leaf_sum("1", 0) / GRAND_N)

    urusan = sheet_rows(wb[SHEET_URUSAN])
    bidang = {r[2]: r for r in urusan if r[2] in ("1.01", "5.03")}
    assert bidang["5.03"][1] == "Unsur Penunjang Urusan Pemerintahan" and bidang["5.03"][3] == "Kepegawaian"
    assert bidang["5.03"][4:7] == (1, leaf_sum("5.03", 0), leaf_sum("5.03", 1))
    per_urusan = {r[0]: r for r in urusan[urusan.index(next(r for r in urusan if r[0] == "Rekap per Urusan")):]}
    assert per_urusan["1"][5] == leaf_sum("1", 0) and per_urusan["5"][6] == leaf_sum("5", 1)

    sumber = {r[1]: r for r in sheet_rows(wb[SHEET_SUMBER_DANA])[4:] if r[1]}
    dau = [k for k in LEAVES if LEAVES[k][4].strip().upper() == "DAU"]
    assert sumber["DAU"][2:5] == (len(dau), sum(LEAVES[k][2] for k in dau), sum(LEAVES[k][3] or 0 for k in dau))
    assert "dau" not in sumber  # " dau " merged with DAU
    assert sumber["(tidak diisi)"][3] == 1_000_000_001
    assert sumber["DAK"][3] == 45_678_901_234 + 987_654_321
    assert sumber["JUMLAH TOTAL"][3] == GRAND_N and sumber["JUMLAH TOTAL"][4] == GRAND_N1


def test_status_and_findings_sheets(workbook_path: Path) -> None:
    wb = openpyxl.load_workbook(workbook_path, data_only=True)
    status = sheet_rows(wb[SHEET_STATUS])
    data = [r for r in status[4:] if isinstance(r[0], int)]
    assert [(r[1], r[3]) for r in data] == [
        (BKPSDM, "Digantikan"), (BKPSDM, "Diterima"), ("Dinas Kesehatan", "Ditolak"), (DISDIK, "Diterima"),
        ("Kecamatan Kota", "Belum mengirim")]
    assert data[0][8] == "umpan_balik_bkpsdm_v1.xlsx" and data[2][6] == 3
    counts = {r[1]: r[2] for r in status if r[1] in ("Diterima", "Ditolak", "Digantikan", "Belum mengirim")}
    assert counts == {"Diterima": 2, "Ditolak": 1, "Digantikan": 1, "Belum mengirim": 1}
    assert find_row(status, 1, "JUMLAH TOTAL")[6] == 5

    temuan = [r for r in sheet_rows(wb[SHEET_TEMUAN])[4:] if r[0]]
    assert len(temuan) == 3
    by_code = {r[6]: r for r in temuan}
    bad = by_code["value-not-a-number"]
    assert bad[1:6] == ("Dinas Kesehatan", "=HYPERLINK(1).xlsx", "Renja", "I12", "1.02.02.2.01.0001")
    assert bad[7] == "Kesalahan" and bad[8] == "Kolom Pagu Indikatif berisi '=1+1', yang bukan angka."
    assert by_code["opd-not-submitted"][1] == "Kecamatan Kota"
    assert by_code["pagu-without-target"][1] == BKPSDM and by_code["pagu-without-target"][7] == "Peringatan"


def test_sheet_setup_frozen_filtered_printable(workbook_path: Path) -> None:
    wb = openpyxl.load_workbook(workbook_path)
    assert wb.sheetnames == [SHEET_RENJA, SHEET_OPD, SHEET_URUSAN, SHEET_SUMBER_DANA, SHEET_STATUS, SHEET_TEMUAN]
    renja = wb[SHEET_RENJA]
    assert renja.freeze_panes == f"C{FIRST_DATA}"
    last = FIRST_DATA + len(renja_lines(workbook_path)) - 2  # the total row is outside the filter
    assert renja.auto_filter.ref == f"A{FIRST_DATA - 1}:N{last}"
    assert renja.print_title_rows == "$5:$7"
    assert renja.page_setup.orientation == "landscape" and renja.page_setup.paperSize == 9
    # fit to 1 page wide (1 is the default width, so it may be left out), any number of pages tall
    assert renja.sheet_properties.pageSetUpPr.fitToPage
    assert renja.page_setup.fitToWidth in (None, 1) and renja.page_setup.fitToHeight == 0
    assert renja.column_dimensions["O"].hidden
    assert renja.merged_cells.ranges  # the two-row header
    assert renja["F5"].value == "Rencana Tahun 2024" and renja["L5"].value == "Prakiraan Maju Rencana Tahun 2025"
    assert renja["I6"].value == "Pagu Indikatif (Rp)" and renja["N7"].value == 14
    for name in wb.sheetnames[1:]:
        ws = wb[name]
        assert ws.freeze_panes == "A5", name
        assert ws.auto_filter.ref and ws.auto_filter.ref.startswith("A4:"), name
        assert ws.print_title_rows == "$4:$4", name
        assert ws.page_setup.orientation == "landscape", name
    with zipfile.ZipFile(workbook_path) as z:
        charts = [n for n in z.namelist() if n.startswith("xl/charts/chart")]
    assert "xl/charts/chart1.xml" in charts and len(charts) == 3
    assert not [p for p in workbook_path.parent.iterdir() if p.name.startswith(".tmp-")]


def _evaluate(ws: Any, coord: str) -> Any:
    """A cell's value as Excel would compute it, for the few formula shapes the writer uses."""
    value = ws[coord].value
    if not (isinstance(value, str) and value.startswith("=")) or ws[coord].data_type != "f":
        return Decimal(str(value)) if isinstance(value, int | float) else value
    formula = value[1:]

    def numbers(rng: str) -> list[Decimal]:
        return [v for row in ws[rng] for c in row if isinstance(v := _evaluate(ws, c.coordinate), Decimal)]

    if formula == "0":
        return Decimal(0)
    if m := re.fullmatch(r"SUM\((\w+:\w+)\)", formula):
        return sum(numbers(m[1]), Decimal(0))
    if m := re.fullmatch(r"SUMIFS\((\w+:\w+),(\w+:\w+),1\)", formula):
        cells = [c.coordinate for row in ws[m[1]] for c in row]
        flags = [c.value for row in ws[m[2]] for c in row]
        return sum((_evaluate(ws, c) or Decimal(0) for c, f in zip(cells, flags, strict=True) if f == 1), Decimal(0))
    if m := re.fullmatch(r'COUNTIF\((\w+:\w+),"([^"]*)"\)', formula):
        return Decimal(sum(1 for row in ws[m[1]] for c in row if c.value == m[2]))
    if m := re.fullmatch(r"IF\((\w+)=0,0,(?:(\w+)/(\w+)|1)\)", formula):
        if _evaluate(ws, m[1]) == 0:
            return Decimal(0)
        return _evaluate(ws, m[2]) / _evaluate(ws, m[3]) if m[2] else Decimal(1)
    raise AssertionError(f"unexpected formula {value}")


def assert_formulas_match_cache(path: Path) -> int:
    """Every formula, recalculated, equals the value cached for readers that do not recalculate."""
    formulas = openpyxl.load_workbook(path)
    cached = openpyxl.load_workbook(path, data_only=True)
    checked = 0
    for name in formulas.sheetnames:
        ws = formulas[name]
        for row in ws.iter_rows():
            for cell in row:
                if cell.data_type != "f":
                    continue
                computed = _evaluate(ws, cell.coordinate)
                shown = cached[name][cell.coordinate].value
                assert shown == pytest.approx(float(computed), rel=1e-12), (name, cell.coordinate, cell.value)
                if computed == computed.to_integral_value():
                    assert shown == int(computed), (name, cell.coordinate)  # exact for whole amounts
                checked += 1
    return checked


def test_every_formula_recalculates_to_its_cached_value(workbook_path: Path) -> None:
    """What Excel shows after recalculating equals what non-recalculating readers see."""
    checked = assert_formulas_match_cache(workbook_path)
    assert checked > 50, checked


def test_ranges_follow_codes_and_cross_opd_duplicates_stay_apart(tmp_path: Path) -> None:
    """A sub kegiatan whose kegiatan is absent counts in its program only; a code claimed by two
    OPDs appears under each."""
    path = tmp_path / "k.xlsx"
    rows = (item_rows(BKPSDM, "5.03.02", "program", "Program Kepegawaian Daerah", (600, 60))
            + item_rows(BKPSDM, "5.03.02.2.01", "kegiatan", "Pengadaan", (100, 10))
            + item_rows(BKPSDM, "5.03.02.2.01.0001", "sub_kegiatan", "Sub 1", (100, 10))
            + item_rows(BKPSDM, "5.03.02.2.05.0001", "sub_kegiatan", "Yatim", (500, 50))
            + item_rows("Inspektorat", "5.03.02.2.01.0001", "sub_kegiatan", "Sub 1", (7, 3)))
    write_consolidated(path, pemda=PEMDA, tahun=TAHUN, rows=rows, status=[], findings=[])
    lines = renja_lines(path)
    by_code = {(r[OPD], r[KODE]): r for r in lines if r[KODE]}
    assert by_code[(BKPSDM, "5.03.02.2.01")][PAGU] == 100
    assert by_code[(BKPSDM, "5.03.02")][PAGU] == 600 and by_code[(BKPSDM, "5.03.02")][PAGU1] == 60
    assert by_code[("Inspektorat", "5.03.02.2.01.0001")][PAGU] == 7
    assert [r[NAMA] for r in lines if r[TINGKAT] == "Perangkat Daerah"] == [BKPSDM, "Inspektorat"]
    assert next(r for r in lines if r[NAMA] == "JUMLAH TOTAL")[PAGU] == 607
    temuan = [r for r in sheet_rows(openpyxl.load_workbook(path)[SHEET_TEMUAN])[4:] if r[0]]
    assert temuan == []  # the stated pagu all add up
    assert_formulas_match_cache(path)


def test_stated_pagu_that_differs_is_flagged_but_the_sum_is_shown(tmp_path: Path) -> None:
    path = tmp_path / "k.xlsx"
    wrong = leaf_sum("5.03.02", 0) + 10_000_000
    rows = canonical_rows({"5.03.02": (wrong, leaf_sum("5.03.02", 1))})
    write_consolidated(path, pemda=PEMDA, tahun=TAHUN, rows=rows, status=[], findings=[])
    wb = openpyxl.load_workbook(path, data_only=True)
    program = next(r for r in wb[SHEET_RENJA].iter_rows(min_row=FIRST_DATA) if r[0].value == "5.03.02")
    assert program[PAGU - 1].value == leaf_sum("5.03.02", 0)
    comment = program[PAGU - 1].comment
    assert comment is not None and format_rupiah(wrong) in comment.text  # the stated amount, kept visible
    temuan = [r for r in sheet_rows(wb[SHEET_TEMUAN])[4:] if r[0]]
    assert [r[6] for r in temuan] == ["rollup-mismatch"]
    assert temuan[0][1] == BKPSDM and temuan[0][5] == "5.03.02" and "selisih 10.000.000" in temuan[0][8]


def test_exact_decimal_sums_with_fractional_amounts(tmp_path: Path) -> None:
    """0.1 + 0.2 summed as Decimal caches 0.3; a float sum would cache 0.30000000000000004."""
    path = tmp_path / "k.xlsx"
    rows = [r for kode, pagu in (("5.03.01.2.01.0001", "0.1"), ("5.03.01.2.01.0002", "0.2"))
            for r in item_rows(BKPSDM, kode, "sub_kegiatan", "x", (Decimal(pagu), 1))]
    write_consolidated(path, pemda=PEMDA, tahun=TAHUN, rows=rows, status=[], findings=[])
    lines = renja_lines(path)
    assert next(r for r in lines if r[NAMA] == "JUMLAH TOTAL")[PAGU] == 0.3
    assert next(r for r in lines if r[TINGKAT] == "Bidang Urusan")[PAGU1] == 2
    assert_formulas_match_cache(path)


def test_empty_input_and_overwrite_and_english(tmp_path: Path) -> None:
    path = tmp_path / "k.xlsx"
    path.write_bytes(b"old")
    write_consolidated(path, pemda=PEMDA, tahun=TAHUN, rows=[], status=[], findings=[], lang="en")
    wb = openpyxl.load_workbook(path, data_only=True)
    ws = wb[SHEET_RENJA]
    total = next(r for r in ws.iter_rows(min_row=FIRST_DATA, values_only=True) if r[NAMA - 1] == "GRAND TOTAL")
    assert total[PAGU - 1] == 0 and total[PAGU1 - 1] == 0
    assert ws["F5"].value == "Plan for 2024"
    assert [p.name for p in tmp_path.iterdir()] == ["k.xlsx"]
