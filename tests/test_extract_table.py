"""Hand-made tables read as OPDs make them: one test per quirk fixture of ``fixtures_handmade``.

Each fixture is written once, then read the way a run reads it: ``extract`` then ``validate``.
Tests assert the exact values read (normalized codes, joined names, Decimal amounts, targets with
their unit and raw text, the cell of each value) and the exact findings, at their cells.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest

import fixtures_handmade as fx
from pipeline.extract.reader import extract
from pipeline.extract.table import (
    DOCUMENT_SIGNALS,
    Numbering,
    detect_document,
    fill_identity,
    identity_from_titles,
    norm,
    split_numbering,
)
from pipeline.extract.workbook import open_workbook
from pipeline.model import Item, Measure, Submission
from pipeline.validate.rules import validate

D = Decimal
SHA = "0" * 64


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("handmade")


@pytest.fixture(scope="module")
def made(folder: Path) -> Callable[[str], Path]:
    """Write a fixture once per module, by name."""
    paths: dict[str, Path] = {}

    def make(name: str) -> Path:
        if name not in paths:
            paths[name] = fx.all_fixtures()[name](folder / f"{name}.xlsx")
        return paths[name]
    return make


@pytest.fixture(scope="module")
def read(made: Callable[[str], Path]) -> Callable[[str], Submission]:
    """Extract and validate a fixture once per module, by name."""
    subs: dict[str, Submission] = {}

    def get(name: str) -> Submission:
        if name not in subs:
            subs[name] = run(made(name))
        return subs[name]
    return get


def run(path: Path) -> Submission:
    sub = extract(path, sha256=SHA)
    validate(sub)
    return sub


def found(sub: Submission, severity: str | None = None) -> list[tuple[str, str | None]]:
    """Findings as (code, cell), sorted; file- and sheet-level findings have cell ``None``."""
    return sorted(((f.code, f.cell) for f in sub.findings if severity is None or f.severity == severity),
                  key=lambda x: (x[0], x[1] or ""))


def item(sub: Submission, kode: str) -> Item:
    (it,) = [i for i in sub.items if i.kode is not None and str(i.kode) == kode]
    return it


def m(it: Item, measure: str, period: str) -> Measure:
    got = it.measure(measure, period)
    assert got is not None, (it.key, measure, period)
    return got


def row_of(path: Path, col: str, text: str, nth: int = 1) -> int:
    """The ``nth`` row whose cell in column ``col`` holds ``text``, found with openpyxl (not the reader)."""
    ws = openpyxl.load_workbook(path).worksheets[-1]
    rows = [c.row for c in ws[col] if c.value == text]
    return rows[nth - 1]


# --- seed 001 Tabel 4.1 as printed -------------------------------------------------------------------


def test_as_printed_is_found_below_its_titles_and_read_through_every_page(read, made):
    sub = read("tc33_as_printed")
    assert sub.document == "renja"
    assert sub.reading is not None
    assert (sub.reading.sheet, sub.reading.header_rows, sub.reading.source) == ("Tabel 4.1", (7, 8, 9), "table")
    assert sub.reading.columns == {"kode": 1, "nama": 2, "indikator": 3, "lokasi": 4, "target": 5, "pagu": 7,
                                   "sumber_dana": 8, "catatan": 9, "target_maju": 10, "pagu_maju": 11}
    assert (sub.tahun, sub.pemda, sub.opd) == (2024, "Kabupaten Pasuruan", "BKPSDM")
    assert sub.meta_sources == {"tahun": {"judul tabel": "2024", "judul kolom": "2024"},
                                "pemda": {"judul tabel": "Kabupaten Pasuruan"}, "opd": {"judul tabel": "BKPSDM"}}
    levels = [i.level.label for i in sub.items if i.level is not None]
    # the narrative of seed 001 announces 3 programs, 12 kegiatan, 42 sub kegiatan; plus the 503 heading
    assert (levels.count("program"), levels.count("kegiatan"), levels.count("sub_kegiatan")) == (3, 12, 42)
    assert len(sub.items) == 58 and levels[0] == "bidang"
    # the header typed again after each of the 8 page breaks is skipped, never read as data
    assert not any(i.nama.startswith(("Kode", "Urusan/")) or i.kode_raw in ("(1)", "Kode") for i in sub.items)
    assert sum(1 for r in sub.records if r.row in range(10, 400) and "Kode" in r.values.values()) == 0


def test_as_printed_values_keep_their_cells(read, made):
    sub = read("tc33_as_printed")
    path = made("tc33_as_printed")
    it = item(sub, "5.03.01.2.01.0001")
    r = row_of(path, "A", "5030120101")
    assert (it.row, it.kode_raw, it.level.label, it.parent.key) == (r, "5030120101", "sub_kegiatan", "5.03.01.2.01")
    assert it.nama == "Penyusunan Dokumen Perencanaan Perangkat Daerah"
    assert it.attrs == {"lokasi": "Pas", "sumber_dana": "APBD"}
    (ind,) = it.indicators
    assert ind.text == "Jumlah Dokumen Perencanaan Perangkat Daerah"
    assert [(t.period, t.value, t.unit, t.unit_raw, t.raw, t.cell) for t in ind.targets] == [
        ("2024", D(5), "Dokumen", "dok", "5 dok", f"E{r}"), ("2025", D(5), "Dokumen", "dok", "5 dok", f"J{r}")]
    assert (m(it, "pagu", "2024").value, m(it, "pagu", "2024").cell) == (D(9_058_600), f"G{r}")
    assert (m(it, "pagu", "2025").value, m(it, "pagu", "2025").cell) == (D(9_058_600), f"K{r}")
    # the belanja lines: "Belanja operasi" in F, ": 9.058.600" in G, the n+1 amount in K
    op = m(it, "belanja_operasi", "2024")
    assert (op.value, op.raw, op.cell) == (D(9_058_600), ": 9.058.600", f"G{r + 1}")
    peg = m(it, "belanja_pegawai", "2024")
    assert (peg.value, peg.raw, peg.cell) == (D(0), ": -", f"G{r + 2}")
    assert (m(it, "belanja_barang_jasa", "2025").value, m(it, "belanja_modal", "2025").raw) == (D(9_058_600), "-")
    # percentages and comma decimals
    prog = item(sub, "5.03.02")
    assert [(t.value, t.unit, t.raw) for t in prog.indicators[0].targets] == [
        (D(234), None, "234"), (D("240.5"), None, "240,5")]
    keg = item(sub, "5.03.01")
    assert [(t.value, t.unit) for t in keg.indicators[0].targets] == [(D(84), "%"), (D(84), "%")]
    # page 2 writes ": 7.883.943.000" for the item's pagu too
    gaji = item(sub, "5.03.01.2.02.0001")
    assert (m(gaji, "pagu", "2024").value, m(gaji, "pagu", "2024").raw) == (D(7_883_943_000), ": 7.883.943.000")
    assert [(t.value, t.unit) for t in gaji.indicators[0].targets] == [(D(49), "Orang/Bulan")] * 2
    # page 4 prints label and amount in one cell: "Belanja operasi : 238.215.000"
    jasa = item(sub, "5.03.01.2.08.0002")
    op = m(jasa, "belanja_operasi", "2024")
    assert (op.value, op.raw, op.cell) == (D(238_215_000), ": 238.215.000", f"F{jasa.row + 1}")


def test_as_printed_wrapped_names_and_extra_indicators(read, made):
    sub = read("tc33_as_printed")
    path = made("tc33_as_printed")
    cetak = item(sub, "5.03.01.2.06.0005")  # name and indicator continue after a page break
    assert cetak.nama == "Penyediaan Barang Cetakan dan Penggandaan"
    assert [i.text for i in cetak.indicators] == ["Jumlah Paket Barang Cetakan dan Penggandaan yang Disediakan"]
    wrap = row_of(path, "B", "dan Penggandaan")
    assert m(cetak, "belanja_operasi", "2024").cell == f"G{wrap}"  # on the same physical row as the wrap
    keg = item(sub, "5.03.02.2.01")
    assert keg.nama == "Pengadaan, Pemberhentian dan Informasi Kepegawaian ASN"
    second = row_of(path, "C", "Nilai pengadaan ASN")
    assert [(i.text, i.row, [(t.value, t.cell) for t in i.targets]) for i in keg.indicators] == [
        ("Nilai perencanaan kebutuhan pegawai", keg.row, [(D("36.5"), f"E{keg.row}"), (D("37.5"), f"J{keg.row}")]),
        ("Nilai pengadaan ASN", second, [(D(39), f"E{second}"), (D("39.5"), f"J{second}")]),
        ("Nilai sistem informasi pegawai", second + 1, [(D(12), f"E{second + 1}"), (D(13), f"J{second + 1}")]),
    ]
    assert m(keg, "belanja_pegawai", "2024").cell == f"G{second}"  # the same rows carry belanja lines
    lanjutan = item(sub, "5.03.02.2.03.0004")
    assert lanjutan.indicators[0].text == "Jumlah ASN yang Mendapatkan Pendidikan Lanjutan"
    last = item(sub, "5.04.02.2.02.0008")
    assert last.nama.endswith("Pengelolaan Kelembagaan Pengelolaan Kelembagaan dan Tenaga Pengembang Kompetensi, "
                              "Pengelolaan Sumber Belajar, dan Kerjasama, serta Pengembangan Kompetensi Pimpinan "
                              "Daerah, Jabatan Pimpinan Tinggi, Kepemimpinan, dan Prajabatan Tinggi, Jabatan "
                              "Fungsional, Kepemimpinan dan Prajabatan")
    penilaian = item(sub, "5.03.02.2.04")
    assert [i.text for i in penilaian.indicators] == ["Nilai manajemen kinerja pegawai",
                                                      "Nilai penghargaan dan disiplin pegawai"]
    assert penilaian.measure("belanja_operasi", "2024") is None  # its label is not printed


def test_as_printed_total_is_checked_not_imported(read, made):
    sub = read("tc33_as_printed")
    (total,) = sub.totals
    r = row_of(made("tc33_as_printed"), "B", "JUMLAH TOTAL")
    assert (total.row, total.label) == (r, "JUMLAH TOTAL")
    assert [(t.measure, t.period, t.value, t.cell) for t in total.measures if t.measure == "pagu"] == [
        ("pagu", "2024", D(22_145_310_718), f"G{r}"), ("pagu", "2025", D(22_864_405_190), f"K{r}")]
    assert (total.measures[2].measure, total.measures[2].value) == ("belanja_operasi", D(21_217_356_848))
    assert all(i.nama != "JUMLAH TOTAL" for i in sub.items)
    programs = [i for i in sub.items if i.level is not None and i.level.label == "program"]
    assert sum(m(p, "pagu", "2024").value for p in programs) == D(22_145_310_718)


def test_as_printed_reports_the_published_defects_at_their_cells(read, made):
    sub = read("tc33_as_printed")
    path = made("tc33_as_printed")
    dup = row_of(path, "B", "Pengelolaan Assesment Center")
    misplaced = row_of(path, "B", "Sosialisasi Peraturan Perundang-Undangan")
    assert found(sub, "error") == [("code-duplicate", f"A{dup}"), ("code-hierarchy", f"A{misplaced}")]
    idok = row_of(path, "A", "5030220102")
    shifted = row_of(path, "C", "Nilai penghargaan dan disiplin pegawai")
    far = row_of(path, "A", "5030120906")
    assert found(sub, "warning") == [
        ("amount-unlabelled", f"G{shifted}"), ("amount-unlabelled", f"K{shifted}"),  # 50302204's lost label
        ("maju-far-from-n", f"K{far}"),  # 150.595.000 -> 250.595.000
        ("target-no-number", f"J{idok}"),  # "Idok"
    ]
    assert found(sub, "info") == []
    assert not sub.accepted
    (dup_f,) = sub.findings.of("code-duplicate")
    assert (dup_f.kode, dup_f.raw, dup_f.params["other_nama"]) == (
        "5.03.02.2.03.0002", "5030220302", "Peningkatan Kapasitas Kinerja ASN")


def test_corrected_as_printed_has_no_error_at_all(read):
    sub = read("tc33_as_printed_corrected")
    assert found(sub, "error") == []
    assert sub.accepted
    assert {code for code, _ in found(sub)} == {"amount-unlabelled", "maju-far-from-n"}


def test_a_wrong_jumlah_total_is_reported_at_its_cell(made, folder):
    path = folder / "tc33_total_off_by_one.xlsx"
    wb = openpyxl.load_workbook(made("tc33_as_printed_corrected"))
    ws = wb.active
    r = next(c.row for c in ws["B"] if c.value == "JUMLAH TOTAL")
    ws.cell(r, 7).value = 22_145_310_719
    wb.save(path)
    sub = run(path)
    assert found(sub, "error") == [("belanja-mismatch", f"G{r}"), ("total-mismatch", f"G{r}")]
    (f,) = sub.findings.of("total-mismatch")
    assert (f.raw, f.expected) == ("22.145.310.719", "22.145.310.718")


# --- codes -------------------------------------------------------------------------------------------------

MINI_KODE = ["5.03.02", "5.03.02.2.02", "5.03.02.2.02.0001", "5.03.02.2.02.0002", "5.03.02.2.02.0003"]


def _mini_values(sub: Submission) -> list[tuple[str, str, D, D]]:
    return [(str(i.kode), i.level.label, m(i, "pagu", "2024").value, m(i, "pagu", "2025").value) for i in sub.items]


MINI_VALUES = [
    ("5.03.02", "program", D(988_340_000), D(1_000_340_000)),
    ("5.03.02.2.02", "kegiatan", D(988_340_000), D(1_000_340_000)),
    ("5.03.02.2.02.0001", "sub_kegiatan", D(396_925_000), D(397_925_000)),
    ("5.03.02.2.02.0002", "sub_kegiatan", D(132_040_000), D(133_040_000)),
    ("5.03.02.2.02.0003", "sub_kegiatan", D(459_375_000), D(469_375_000)),
]


def test_codes_without_dots_stored_as_numbers(read):
    sub = read("tc33_codes_without_dots")
    assert _mini_values(sub) == MINI_VALUES
    assert [i.kode_raw for i in sub.items] == ["50302", "50302202", "5030220201", "5030220202", "5030220203"]
    assert [i.parent.key if i.parent else None for i in sub.items] == [
        None, "5.03.02", "5.03.02.2.02", "5.03.02.2.02", "5.03.02.2.02"]
    assert found(sub) == [("code-stored-as-number", f"A{r}") for r in (11, 12, 13, 14)]


def test_codes_with_spaces_and_two_digit_sub_kegiatan(read):
    sub = read("tc33_codes_with_spaces")
    assert [i.kode_raw for i in sub.items] == ["5 03 02", "5 03 02 2 02", "5 03 02 2 02 01", "5 03 02 2 02 02",
                                               "5 03 02 2 02 03"]
    assert _mini_values(sub) == MINI_VALUES
    assert found(sub) == []
    (total,) = sub.totals
    assert [(t.value, t.cell) for t in total.measures] == [(D(988_340_000), "F15"), (D(1_000_340_000), "J15")]


def test_code_split_over_five_columns_is_joined(read):
    sub = read("tc33_codes_split_columns")
    assert sub.reading.header_rows == (7, 8, 9)
    assert sub.reading.columns == {"kode": 1, "nama": 6, "indikator": 7, "lokasi": 8, "target": 9, "pagu": 10,
                                   "sumber_dana": 11, "catatan": 12, "target_maju": 13, "pagu_maju": 14}
    assert [i.kode_raw for i in sub.items] == ["5.03.02", "5.03.02.2.02", "5.03.02.2.02.0001",
                                               "5.03.02.2.02.0002", "5.03.02.2.02.0003"]
    assert _mini_values(sub) == MINI_VALUES
    assert [i.cells["kode"] for i in sub.items] == [(r, 1) for r in range(10, 15)]
    assert found(sub) == []


def test_codes_destroyed_by_excel_are_reported_never_guessed(read):
    sub = read("tc33_code_mangled_scientific")
    assert found(sub) == [("code-mangled", "A12"), ("code-mangled", "A13"), ("code-mangled", "A14")]
    assert [f.raw for f in sub.findings.of("code-mangled")] == ["5,03E+09", "5030000000", "5.03E+09"]
    subs = sub.items[2:]
    assert [(i.kode, i.kode_raw, i.level, i.parent.key) for i in subs] == [
        (None, "5,03E+09", None, "5.03.02.2.02"), (None, "5030000000", None, "5.03.02.2.02"),
        (None, "5.03E+09", None, "5.03.02.2.02")]
    assert [m(i, "pagu", "2024").value for i in subs] == [D(396_925_000), D(132_040_000), D(459_375_000)]


# --- values ------------------------------------------------------------------------------------------------


def test_money_written_as_text_in_every_form(read):
    sub = read("tc33_money_as_text")
    assert found(sub) == []
    prog, keg = item(sub, "5.03.02"), item(sub, "5.03.02.2.02")
    assert [(x.value, x.raw, x.cell) for x in (m(prog, "pagu", "2024"), m(prog, "pagu", "2025"))] == [
        (D(988_340_000), "Rp. 988.340.000,-", "F10"), (D(1_000_340_000), "Rp. 1.000.340.000,-", "J10")]
    assert (m(keg, "pagu", "2024").value, m(keg, "pagu", "2024").raw) == (D(988_340_000), "988.340.000,00")
    # belanja labels in the name column, amounts in the pagu column, "-" for none
    assert [(x.measure, x.value, x.raw, x.cell) for x in keg.measures if x.period == "2024"][1:] == [
        ("belanja_operasi", D(988_340_000), "988.340.000", "F12"), ("belanja_pegawai", D(0), "-", "F13"),
        ("belanja_barang_jasa", D(988_340_000), "988.340.000", "F14"), ("belanja_modal", D(0), "-", "F15")]
    (t,) = [t for t in prog.indicators[0].targets if t.period == "2024"]
    assert (t.value, t.unit, t.raw, t.cell) == (D("63.24"), "%", "63,24%", "E10")
    (total,) = sub.totals
    assert [(x.value, x.raw) for x in total.measures] == [(D(988_340_000), "Rp. 988.340.000,-"),
                                                          (D(1_000_340_000), "Rp. 1.000.340.000,-")]


def test_columns_in_another_order_with_no_and_satuan_columns(read):
    sub = read("tc33_columns_reordered_extra_no_column")
    assert sub.reading.header_rows == (7, 8)
    assert sub.reading.columns == {"kode": 2, "nama": 3, "lokasi": 4, "sumber_dana": 5, "indikator": 6, "target": 7,
                                   "satuan": 8, "pagu": 9, "target_maju": 10, "satuan_maju": 11, "pagu_maju": 12,
                                   "catatan": 13}
    assert _mini_values(sub) == MINI_VALUES
    sub1 = item(sub, "5.03.02.2.02.0002")
    assert [(t.period, t.value, t.unit, t.unit_raw, t.raw, t.cell) for t in sub1.indicators[0].targets] == [
        ("2024", D(8500), "Dokumen", "Dokumen", "8500 Dokumen", "G12"),
        ("2025", D(8510), "Dokumen", "Dokumen", "8510 Dokumen", "J12")]
    assert sub.meta_sources["tahun"] == {"judul tabel": "2024", "judul kolom": "2024"}
    assert found(sub) == []


def test_ods_without_merge_information(read, made):
    """calamine gives no merged ranges for .ods: group titles are carried over their sub-titles."""
    assert made("tc33_as_ods").suffix == ".ods"
    sub = read("tc33_as_ods")
    assert sub.reading.columns == {"kode": 1, "nama": 2, "indikator": 3, "lokasi": 4, "target": 5, "pagu": 6,
                                   "sumber_dana": 7, "catatan": 8, "target_maju": 9, "pagu_maju": 10}
    assert _mini_values(sub) == MINI_VALUES
    assert found(sub) == []


# --- sheets, hidden things, broken cells -----------------------------------------------------------------


def test_table_on_the_third_sheet_is_chosen_and_said_so(read):
    sub = read("tc33_several_sheets")
    assert sub.reading.sheet == "Tabel 4.1" and sub.reading.other_sheets == ("Sampul", "Catatan")
    assert found(sub) == [("sheet-chosen", None)]
    (f,) = sub.findings.of("sheet-chosen")
    assert (f.sheet, f.params) == ("Tabel 4.1", {"sheet": "Tabel 4.1", "header_rows": "7, 8, 9",
                                                 "others": "Sampul, Catatan"})
    assert _mini_values(sub) == MINI_VALUES


def test_hidden_row_is_read_and_reported_hidden_sheet_reported(read):
    sub = read("tc33_hidden_row_and_sheet")
    assert _mini_values(sub) == MINI_VALUES  # the hidden row's sub kegiatan is read all the same
    assert found(sub) == [("row-hidden-data", "A13"), ("sheet-chosen", None), ("sheet-hidden-data", None)]
    (hidden,) = sub.findings.of("sheet-hidden-data")
    assert hidden.sheet == "Renja lama"


def test_formula_saved_without_value(read):
    sub = read("tc33_formula_without_cached_value")
    assert found(sub) == [("formula-no-cached-value", "F11"), ("required-missing", "F11")]
    (f,) = sub.findings.of("formula-no-cached-value")
    assert f.raw == "=SUM(F12:F14)"
    assert item(sub, "5.03.02.2.02").measure("pagu", "2024") is None


def test_excel_error_cell(read):
    sub = read("tc33_error_cell")
    assert found(sub) == [("cell-error-value", "E14"), ("pagu-without-target", "F14"), ("required-missing", "E14")]
    (f,) = sub.findings.of("cell-error-value")
    assert f.raw == "#N/A"


# --- numbering instead of codes ---------------------------------------------------------------------------


def test_numbering_instead_of_codes_gives_levels_from_structure(read):
    sub = read("tc33_numbering_instead_of_codes")
    assert sub.reading.columns == {"nama": 1, "indikator": 3, "lokasi": 4, "target": 5, "pagu": 6,
                                   "sumber_dana": 7}
    got = [(i.row, i.level.label, i.nama[:30], i.parent.row if i.parent else None) for i in sub.items]
    assert got == [
        (6, "program", "Kepegawaian Daerah", None),
        (7, "kegiatan", "Pengadaan, Pemberhentian dan I", 6),
        (8, "sub_kegiatan", "Koordinasi dan Fasilitasi Peng", 7),
        (9, "sub_kegiatan", "Fasilitasi Lembaga Profesi ASN", 7),
        (10, "kegiatan", "Pengembangan Kompetensi ASN", 6),
        (11, "sub_kegiatan", "Pengelolaan Assessment Center", 10),
        (12, "sub_kegiatan", "Pengelolaan Pendidikan Lanjuta", 10),
        (13, "sub_kegiatan", "Fasilitasi Sertifikasi Fungsio", 10),
        (14, "kegiatan", "Penilaian dan Evaluasi Kinerja", 6),
        (15, "sub_kegiatan", "Pelaksanaan Penilaian dan Eval", 14),
        (16, "sub_kegiatan", "Pengelolaan Penyelesaian Pelan", 14),
        (17, "program", "Pengembangan Sumber Daya Manus", None),
        (18, "kegiatan", "Pengembangan Kompetensi Teknis", 17),
        (19, "sub_kegiatan", "Penyelenggaraan Pengembangan K", 18),
        (20, "program", "Pengembangan Sumber Daya Manus", None),  # "iii.": roman, whatever the case
        (21, "kegiatan", "Pengembangan Kompetensi Teknis", 20),
        (22, "sub_kegiatan", "Penyelenggaraan Pengembangan K", 21),
    ]
    inferred = [(f.cell, f.raw, f.params["level"]) for f in sub.findings.of("level-inferred")]
    assert inferred[:3] == [("A6", "I.", "program"), ("A7", "1.", "kegiatan"), ("B8", "1.", "sub kegiatan")]
    assert inferred[-3:] == [("A20", "iii.", "program"), ("A21", "12.", "kegiatan"), ("B22", "46.", "sub kegiatan")]
    assert len(inferred) == 17
    # seed 000's roll-ups do not add up: each one is reported at the parent's pagu cell
    rollups = [(f.cell, f.raw, f.expected) for f in sub.findings.of("rollup-mismatch")]
    assert rollups == [("F6", "1.924.990.047", "1.826.092.057"), ("F7", "477.218.020", "477.216.020"),
                       ("F10", "1.062.669.267", "1.062.569.257"), ("F14", "286.204.770", "285.204.770"),
                       ("F18", "97.617.400", "87.617.400"), ("F20", "97.917.400", "97.617.400")]
    # the title names the year and the OPD but no pemda
    assert (sub.tahun, sub.opd, sub.pemda) == (2023, "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia", "")
    assert [f.field for f in sub.findings.of("meta-missing")] == ["pemda"]


def test_numbering_styles_give_levels_in_order_of_appearance():
    n = Numbering()
    assert [n.level(t) for t in ("I.", "1.", "-", "2.", "II.", "iii.", "a.")] == [
        "program", "kegiatan", "sub_kegiatan", "kegiatan", "program", "program", ""]
    assert split_numbering("iii. Pengembangan Sumber Daya Manusia") == ("iii.", "Pengembangan Sumber Daya Manusia")
    assert split_numbering("- Pengelolaan Pendidikan Lanjutan") == ("-", "Pengelolaan Pendidikan Lanjutan")
    assert split_numbering("1.2 Penyusunan") == ("1.2", "Penyusunan")
    assert split_numbering("Penyusunan Dokumen 2024") == ("", "Penyusunan Dokumen 2024")


# --- not a table, other documents ----------------------------------------------------------------------------


def test_prose_is_not_a_table(read):
    sub = read("not_a_table")
    assert found(sub) == [("document-unknown", None)]
    (f,) = sub.findings.of("document-unknown")
    assert f.params["missing"] == ("Urusan/Bidang Urusan/Program/Kegiatan/Sub Kegiatan, Indikator Kinerja, "
                                   "Target Capaian Kinerja, Pagu Indikatif (Rp)")
    assert (sub.document, sub.reading, sub.items) == ("", None, [])


def test_unknown_names_only_the_columns_missing(folder):
    path = folder / "no_pagu.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Kode", "Program/Kegiatan/Sub Kegiatan", "Indikator Kinerja", "Target"])
    ws.append(["5.03.02", "PROGRAM KEPEGAWAIAN DAERAH", "Nilai aspek kinerja", "234"])
    wb.save(path)
    sub = run(path)
    (f,) = sub.findings.of("document-unknown")
    assert (f.params["missing"], f.sheet) == ("Pagu Indikatif (Rp)", "Sheet")
    assert sub.findings.has_errors and not sub.document


def test_plain_short_titles_are_enough(folder):
    path = folder / "plain.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Renja Dinas X Tahun 2024"])
    ws.append(["Kabupaten Pasuruan"])
    ws.append(["OPD : Dinas X"])
    ws.append(["Kode", "Program", "Indikator", "Target", "Pagu"])
    ws.append(["5.03.02", "PROGRAM KEPEGAWAIAN DAERAH", "Nilai aspek kinerja", "234", 1000])
    wb.save(path)
    sub = run(path)
    assert detect_document(open_workbook(path))[:3] == ("renja", "Sheet", (4,))
    assert (sub.tahun, sub.pemda, sub.opd) == (2024, "Kabupaten Pasuruan", "Dinas X")
    assert _mini_values_of(sub) == [("5.03.02", "program", D(1000))]
    assert found(sub, "error") == []


def _mini_values_of(sub: Submission) -> list[tuple[str, str, D]]:
    return [(str(i.kode), i.level.label, m(i, "pagu", "2024").value) for i in sub.items]


def test_no_codes_and_no_numbering_cannot_be_placed(folder):
    path = folder / "no_codes.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Program/Kegiatan/Sub Kegiatan", "Indikator Kinerja", "Target Capaian Kinerja", "Pagu Indikatif"])
    ws.append(["PROGRAM KEPEGAWAIAN DAERAH", "Nilai aspek kinerja", "234", 1000])
    wb.save(path)
    sub = run(path)
    (f,) = sub.findings.of("document-unknown")
    assert f.params["missing"] == "Kode"


@pytest.mark.parametrize(("name", "document", "sheet", "title"), [
    ("rkt_seed004", "rkt", "RKT 2023", "Rencana Kinerja Tahunan (RKT)"),
    ("rkt_perubahan_seed000", "renja_perubahan", "RKT Perubahan", "Renja/RKT Perubahan"),
    ("evaluasi_renja_seed001", "evaluasi_renja", "T-C.29", "Evaluasi Renja (T-C.29)"),
    ("review_ranwal_seed001", "review_ranwal", "T-C.31", "Review Ranwal RKPD (T-C.31)"),
    ("rencana_aksi_seed002", "rencana_aksi", "Rencana Aksi", "Rencana Aksi"),
])
def test_other_documents_are_recognized_and_read(read, made, name, document, sheet, title):
    """Every document type is read by its own reader (tests/test_documents.py checks values and findings)."""
    sub = read(name)
    assert not list(sub.findings.of("document-unsupported")) and not list(sub.findings.of("document-unknown"))
    assert sub.document == document and sub.reading is not None and sub.reading.sheet == sheet
    assert sub.reading.source == "table" and len(sub.items) > 10
    doc, where, header_rows, score = detect_document(open_workbook(made(name)))
    assert (doc, where) == (document, sheet) and header_rows and score >= 5
    from pipeline.extract.table import READERS  # filled with the other types' readers on the first read

    assert document in DOCUMENT_SIGNALS and sub.document in READERS


def test_renja_columns_with_sebelum_setelah_perubahan_are_a_revision(folder):
    path = folder / "renja_perubahan_tc33_columns.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Kode", "Program/Kegiatan/Sub Kegiatan", "Indikator Kinerja", "Lokasi", "Target Capaian Kinerja",
               None, "Pagu Indikatif", None, "Sumber Dana", "Prakiraan Maju Tahun 2025"])
    ws.append([None, None, None, None, "Sebelum Perubahan", "Setelah Perubahan", "Sebelum Perubahan",
               "Setelah Perubahan", None, None])
    ws.append(["5.03.02", "PROGRAM KEPEGAWAIAN DAERAH", "Nilai", "Pas", "234", "234", 100, 90, "APBD", 100])
    wb.save(path)
    assert detect_document(open_workbook(path))[0] == "renja_perubahan"
    sub = run(path)
    assert sub.document == "renja_perubahan" and not list(sub.findings.of("document-unsupported"))
    (it,) = sub.items
    assert [(m.measure, m.scenario, m.value, m.cell) for m in it.measures] == [
        ("pagu", "sebelum", D(100), "G3"), ("pagu", "setelah", D(90), "H3")]
    assert [(t.scenario, t.value, t.cell) for t in it.indicators[0].targets] == [
        ("sebelum", D(234), "E3"), ("setelah", D(234), "F3")]
    assert "pagu_maju" not in sub.reading.columns  # the forward estimate is not part of the revision


def test_other_documents_carry_their_identity(read):
    rkt = read("rkt_seed004")
    assert (rkt.tahun, rkt.pemda, rkt.opd) == (2023, "Kabupaten Lima Puluh Kota",
                                              "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia")


# --- identity --------------------------------------------------------------------------------------------


def test_identity_from_title_rows():
    assert identity_from_titles([
        "Tabel T-C.33",
        "Tabel 4.1. Rumusan Rencana Program dan Kegiatan Perangkat Daerah Tahun 2024 dan Prakiraan Maju Tahun 2025",
        "Kabupaten Pasuruan", "Nama Perangkat Daerah : BKPSDM"]) == {
        "tahun": "2024", "pemda": "Kabupaten Pasuruan", "opd": "BKPSDM"}
    assert identity_from_titles(["PEMERINTAH KABUPATEN LIMA PULUH KOTA", "RENCANA KERJA TAHUNAN (RKT)",
                                 "BADAN KEPEGAWAIAN DAN PENGEMBANGAN SUMBER DAYA MANUSIA", "TAHUN ANGGARAN 2023"]) == {
        "pemda": "Kabupaten Lima Puluh Kota", "opd": "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia",
        "tahun": "2023"}


def test_year_from_the_file_name_when_nothing_else_says_it():
    sub = Submission("Renja BKPSDM 2024.xlsx", SHA, "")
    fill_identity(sub, ["Nama Perangkat Daerah : BKPSDM"], None)
    assert (sub.tahun, sub.meta_sources["tahun"]) == (2024, {"nama berkas": "2024"})


def test_title_and_header_years_disagree(made, folder):
    path = folder / "tc33_years_disagree.xlsx"
    wb = openpyxl.load_workbook(made("tc33_codes_with_spaces"))
    ws = wb.active
    ws["A2"].value = ws["A2"].value.replace("Tahun 2024", "Tahun 2025")
    wb.save(path)
    sub = run(path)
    assert sub.tahun == 2025 and sub.meta_sources["tahun"] == {"judul tabel": "2025", "judul kolom": "2024"}
    (f,) = sub.findings.of("meta-mismatch")
    assert (f.params["source_b"], f.params["value_b"]) == ("judul kolom", "2024")


def test_header_text_is_compared_normalized():
    assert norm("Kebutuhan Dana/\nPagu  Indikatif") == "kebutuhan dana/pagu indikatif"
    assert norm("Urusan/ Bidang Urusan") == "urusan/bidang urusan"


def test_every_fixture_is_registered():
    names = fx.all_fixtures()
    assert all(f.__doc__ for f in names.values())
    assert {"tc33_as_printed", "tc33_codes_without_dots", "tc33_codes_with_spaces", "tc33_codes_split_columns",
            "tc33_code_mangled_scientific", "tc33_money_as_text", "tc33_columns_reordered_extra_no_column",
            "tc33_several_sheets", "tc33_hidden_row_and_sheet", "tc33_formula_without_cached_value",
            "tc33_error_cell", "tc33_numbering_instead_of_codes", "not_a_table", "rkt_seed004",
            "rkt_perubahan_seed000"} <= set(names)
