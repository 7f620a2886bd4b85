"""Extract one file: open it, recognize the document (template or hand-made table), read its rows.

Never raises for bad input: whatever is wrong with the file becomes a finding on the submission.
"""

from __future__ import annotations

from pathlib import Path

from pipeline.extract.template import read_template, template_meta
from pipeline.extract.workbook import SheetData, WorkbookData, WorkbookError, open_workbook
from pipeline.findings import Finding
from pipeline.limits import Limits
from pipeline.model import Reading, Submission


def extract(path: Path, *, sha256: str, display_name: str | None = None, limits: Limits | None = None) -> Submission:
    name = display_name or path.name
    sub = Submission(file_name=name, sha256=sha256, document="")
    try:
        wb = open_workbook(path, limits)
    except WorkbookError as exc:
        sub.findings.append(Finding(exc.code, params=dict(exc.params), file=name))
        return sub
    except FileNotFoundError:
        sub.findings.append(Finding("file-vanished", file=name))
        return sub
    if wb.has_macros:
        sub.findings.append(Finding("file-macros", file=name))
    if wb.external_links:
        sub.findings.append(Finding("file-external-links", file=name))
    meta = template_meta(wb)
    if meta is not None:
        read_template(wb, meta, sub, bidang=_bidang_from_meta(meta))
    else:
        from pipeline.extract.table import read_table  # hand-made layouts

        read_table(wb, sub)
    if sub.reading is not None:
        data_sheet = wb.sheet(sub.reading.sheet)
        if data_sheet is not None:
            _cell_problems(data_sheet, sub)
            sub.reading.header_texts = header_texts(data_sheet, sub.reading)
        _hidden_sheets(wb, sub)
    return sub


def header_texts(sheet: SheetData, reading: Reading) -> dict[int, str]:
    """Column -> the header text above it, as the file shows it (the feedback's "Cara Baca" sheet
    lists it); a merged header counts for every column it spans."""
    texts: dict[int, str] = {}
    for col in set(reading.columns.values()):
        parts: list[str] = []
        for row in sorted(reading.header_rows):
            r, c = next(((r0, c0) for r0, c0, r1, c1 in sheet.merged if r0 <= row <= r1 and c0 <= col <= c1),
                        (row, col))
            value = sheet.value(r, c)
            if isinstance(value, float) and value.is_integer():
                value = int(value)
            text = "" if value is None else " ".join(str(value).split())
            if text and text not in parts:
                parts.append(text)
        texts[col] = " / ".join(parts)
    return texts


def _bidang_from_meta(meta: dict[str, str]) -> str:
    return meta.get("bidang", "")


def _cell_problems(sheet: SheetData, sub: Submission) -> None:
    """Formulas saved without their value, Excel error cells and hidden rows inside the table."""
    assert sub.reading is not None
    first = max(sub.reading.header_rows) + 1 if sub.reading.header_rows else 1
    table_cols = set(sub.reading.columns.values())
    for (r, c), formula in sorted(sheet.formulas_without_value.items()):
        if r >= first and c in table_cols:
            sub.findings.append(Finding("formula-no-cached-value", params={"formula": formula}, file=sub.file_name,
                                        sheet=sheet.name, row=r, column=c, raw=formula))
    for (r, c), err in sorted(sheet.error_cells.items()):
        if r >= first and c in table_cols:
            sub.findings.append(Finding("cell-error-value", file=sub.file_name, sheet=sheet.name, row=r,
                                        column=c, raw=err))
    record_rows = {rec.row for rec in sub.records}
    for r in sorted(sheet.hidden_rows & record_rows):
        sub.findings.append(Finding("row-hidden-data", file=sub.file_name, sheet=sheet.name, row=r, column=1))


def _hidden_sheets(wb: WorkbookData, sub: Submission) -> None:
    for sheet in wb.sheets:
        if not sheet.visible and not sheet.name.startswith("_") and sheet.has_data():
            sub.findings.append(Finding("sheet-hidden-data", file=sub.file_name, sheet=sheet.name))
