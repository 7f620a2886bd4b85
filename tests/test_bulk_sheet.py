"""The pre-rendered rows of ``BulkWorksheet`` read back as ordinary cells in openpyxl and calamine."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
import python_calamine as pc
import xlsxwriter
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.load.bulk_sheet import BulkWorksheet


def _book(path: Path, fill: object) -> None:
    wb = xlsxwriter.Workbook(str(path), {"strings_to_numbers": False, "strings_to_formulas": False,
                                         "strings_to_urls": False})
    ws = wb.add_worksheet("Data", worksheet_class=BulkWorksheet)
    bold = wb.add_format({"bold": True, "num_format": "#,##0"})
    ws.write_string(0, 0, "Judul")  # xlsxwriter's own row above the block
    fill(ws, bold)  # type: ignore[operator]
    ws.write_comment(3, 1, "catatan")  # a comment on a bulk row: its row must not be written twice
    wb.close()


def test_bulk_rows_read_back_with_values_styles_and_formulas(tmp_path: Path) -> None:
    def fill(ws: BulkWorksheet, bold: object) -> None:
        ws.begin(2, 4)
        row = ws.row()
        row.text(0, "=SUM(A1)")  # text, never a formula
        row.number(1, 1500, bold)
        row.number(2, 2.5)
        row.end()
        row = ws.row()
        row.text(0, "a\x07b & <c>")
        row.formula(1, "=SUM(B3:B3)", 1500, bold)
        row.blank(2, bold)
        row.blank(3)  # no format: no cell
        row.end()

    path = tmp_path / "bulk.xlsx"
    _book(path, fill)
    ws = openpyxl.load_workbook(path)["Data"]
    assert ws["A1"].value == "Judul"
    assert ws["A3"].value == "=SUM(A1)" and ws["A3"].data_type == "s"
    assert ws["B3"].value == 1500 and ws["B3"].font.bold and ws["B3"].number_format == "#,##0"
    assert ws["C3"].value == 2.5
    assert ws["A4"].value == "ab & <c>"
    assert ws["B4"].value == "=SUM(B3:B3)" and ws["B4"].font.bold
    assert ws["C4"].value is None and ws["C4"].font.bold
    assert ws["B4"].comment is not None and ws["B4"].comment.text == "catatan"
    assert ws.max_row == 4 and ws.dimensions == "A1:C4"
    cached = openpyxl.load_workbook(path, data_only=True)["Data"]
    assert cached["B4"].value == 1500
    rows = pc.CalamineWorkbook.from_path(str(path)).get_sheet_by_name("Data").to_python()
    assert rows[2][:3] == ["=SUM(A1)", 1500, 2.5] and rows[3][:2] == ["ab & <c>", 1500]


def test_bulk_rows_must_lie_below_xlsxwriter_rows_and_go_left_to_right(tmp_path: Path) -> None:
    wb = xlsxwriter.Workbook(str(tmp_path / "x.xlsx"))
    ws = wb.add_worksheet("Data", worksheet_class=BulkWorksheet)
    ws.write_string(5, 0, "x")
    with pytest.raises(ValueError):
        ws.begin(5, 3)
    ws.begin(6, 3)
    row = ws.row()
    row.number(2, 1)
    with pytest.raises(ValueError):
        row.number(1, 1)
    row.end()
    far = BulkWorksheet()
    far.begin(1_048_576, 1)  # the row after Excel's last
    beyond = far.row()
    beyond.number(0, 1)
    with pytest.raises(ValueError):
        beyond.end()
    ws.write_string(6, 0, "lost")  # the ordinary way, inside the block
    with pytest.raises(RuntimeError):
        wb.close()


@settings(max_examples=60, deadline=None)
@given(st.lists(st.text(max_size=40), min_size=1, max_size=8))
def test_any_text_round_trips_as_text(tmp_path_factory: pytest.TempPathFactory, texts: list[str]) -> None:
    path = tmp_path_factory.mktemp("bulk") / "t.xlsx"

    def fill(ws: BulkWorksheet, bold: object) -> None:
        ws.begin(2, len(texts))
        row = ws.row()
        for col, text in enumerate(texts):
            row.text(col, text)
        row.end()

    _book(path, fill)
    # calamine, not openpyxl: it decodes xlsxwriter's _x000D_ escapes as Excel does
    rows = pc.CalamineWorkbook.from_path(str(path)).get_sheet_by_name("Data").to_python(skip_empty_area=False)
    got = rows[2] if len(rows) > 2 else []
    for col, text in enumerate(texts):
        expected = "".join(ch for ch in text if not ("\x00" <= ch <= "\x08" or ch in "\x0b\x0c"
                                                      or "\x0e" <= ch <= "\x1f"))
        assert (got[col] if col < len(got) else "") == expected
