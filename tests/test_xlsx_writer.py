"""The output workbook: deflated at level 1, options that keep texts as texts, xlsxwriter left as it was."""

from __future__ import annotations

import zipfile
import zlib
from pathlib import Path

import openpyxl
import xlsxwriter
import xlsxwriter.workbook
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline import deflate
from pipeline.load.xlsx_writer import DEFLATE_LEVEL, OutputWorkbook


def _deflated_size(data: bytes, level: int) -> int:
    co = zlib.compressobj(level, zlib.DEFLATED, -15)
    return len(co.compress(data) + co.flush())


def _fast_deflated_size(data: bytes, level: int) -> int:
    co = deflate.raw_compressobj(level)  # ISA-L's level 1 where installed (pipeline/deflate.py)
    return len(co.compress(data) + co.flush())


def _sheet_member(path: Path) -> tuple[int, bytes]:
    with zipfile.ZipFile(path) as zf:
        info = zf.getinfo("xl/worksheets/sheet1.xml")
        return info.compress_size, zf.read(info)


def _fill(ws: object) -> None:
    for r in range(2000):
        ws.write_row(r, 0, [f"Sub kegiatan {r % 37}", r * 1000, "=1+1", "+62 812"])  # type: ignore[attr-defined]


def test_parts_are_deflated_at_the_fast_level(tmp_path: Path) -> None:
    wb = OutputWorkbook(tmp_path / "fast.xlsx")
    _fill(wb.add_worksheet("Data"))
    wb.close()
    size, data = _sheet_member(tmp_path / "fast.xlsx")
    assert size == _fast_deflated_size(data, DEFLATE_LEVEL)
    assert size != _deflated_size(data, 6)


def test_xlsxwriter_itself_is_left_as_it_was(tmp_path: Path) -> None:
    wb = OutputWorkbook(tmp_path / "fast.xlsx")
    wb.add_worksheet("Data")
    wb.close()
    assert xlsxwriter.workbook.ZipFile is zipfile.ZipFile
    plain = xlsxwriter.Workbook(str(tmp_path / "plain.xlsx"), {"in_memory": True})
    _fill(plain.add_worksheet("Data"))
    plain.close()
    size, data = _sheet_member(tmp_path / "plain.xlsx")
    assert size == _deflated_size(data, 6)


def test_texts_stay_texts(tmp_path: Path) -> None:
    wb = OutputWorkbook(tmp_path / "texts.xlsx")
    _fill(wb.add_worksheet("Data"))
    wb.close()
    ws = openpyxl.load_workbook(tmp_path / "texts.xlsx").active
    assert ws["C1"].value == "=1+1" and ws["C1"].data_type == "s"  # not turned into a formula
    assert ws["D1"].value == "+62 812"
    assert ws["B3"].value == 2000


def _sst_xml(cls: type, strings: list[str]) -> str:
    import io

    from xlsxwriter.sharedstrings import SharedStringTable

    table = SharedStringTable()
    for s in strings:
        table._get_shared_string_index(s)
    table._sort_string_data()
    sst = cls()
    sst.string_table = table
    fh = io.StringIO()
    sst._set_filehandle(fh)
    sst._assemble_xml_file()
    return fh.getvalue()


_TRICKY = ["", " ", "a b", " lead", "trail ", "tab\t", "\u00a0nbsp", "x\ny", "a & b", "<r><t>x</t></r>", "1 < 2",
           'kutip "x"', "_x0041_", "_x", "bell\x07", "\ufffe", "Dinas Pendidikan", "Rp 1.500.000", "Ünïcödé 🙂"]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.one_of(st.sampled_from(_TRICKY), st.text(max_size=12)), max_size=30))
def test_shared_strings_are_written_as_xlsxwriter_writes_them(strings: list[str]) -> None:
    from xlsxwriter.sharedstrings import SharedStrings

    from pipeline.load.xlsx_writer import _BulkSharedStrings

    texts = [t for t in strings + _TRICKY if not (t.startswith("<r>") and t.endswith("</r>"))]  # see below
    assert _sst_xml(_BulkSharedStrings, texts) == _sst_xml(SharedStrings, texts)


def test_every_text_reads_back_and_xlsxwriter_is_left_as_it_was(tmp_path: Path) -> None:
    import xlsxwriter.packager
    from xlsxwriter.sharedstrings import SharedStrings

    wb = OutputWorkbook(tmp_path / "s.xlsx")
    ws = wb.add_worksheet("Data")
    for r, text in enumerate(_TRICKY):
        ws.write_string(r, 0, text)
    wb.close()
    assert xlsxwriter.packager.SharedStrings is SharedStrings
    with zipfile.ZipFile(tmp_path / "s.xlsx") as zf:
        assert "<si><t>Dinas Pendidikan</t></si>" in zf.read("xl/sharedStrings.xml").decode()
    cells = [c.value for c in openpyxl.load_workbook(tmp_path / "s.xlsx")["Data"]["A"]]
    # every text reads back as written, "<r><t>x</t></r>" too (xlsxwriter alone makes it rich text
    # "x"); a control character is stored as Excel's _xHHHH_ escape, which openpyxl leaves as it is
    assert [v if v is not None else "" for v in cells] == [t.replace("\x07", "_x0007_").replace("\ufffe", "_xFFFE_")
                                                           for t in _TRICKY]
