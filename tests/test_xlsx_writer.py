"""The output workbook: deflated at level 1, options that keep texts as texts, xlsxwriter left as it was."""

from __future__ import annotations

import zipfile
import zlib
from pathlib import Path

import openpyxl
import xlsxwriter
import xlsxwriter.workbook

from pipeline.load.xlsx_writer import DEFLATE_LEVEL, OutputWorkbook


def _deflated_size(data: bytes, level: int) -> int:
    co = zlib.compressobj(level, zlib.DEFLATED, -15)
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
    assert size == _deflated_size(data, DEFLATE_LEVEL)
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
