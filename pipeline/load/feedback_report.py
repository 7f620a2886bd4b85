"""The feedback workbook of a submission with no cell to mark: the report sheets alone.

Re-saving the OPD's own file through openpyxl costs 100-300 ms a file and adds nothing when no
cell is marked, so ``write_feedback`` sends such submissions here: the same "Hasil Validasi",
"Cara Baca" and "Perubahan" sheets as the marked workbook, with the same labels and layout. Text
is always written as a string (never a formula or a link).

Three quarters of a province's files come this way, so the workbook is written directly as an
.xlsx package (``write_report_package``: ~0.75 ms of work before the atomic write, a third of
xlsxwriter's, whose fixed cost per workbook dominates): the layout below runs through the stand-in
for xlsxwriter's worksheet API that the marked workbook's fast path uses (``feedback_patch``), into
a fixed skeleton of parts. xlsxwriter (``write_report_workbook``) is the reference it is tested
against (tests/test_feedback_fast.py) and the fallback when it raises.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from xlsxwriter.utility import xl_col_to_name

from pipeline.atomic import atomic_path
from pipeline.findings import Severity
from pipeline.load.feedback import _clean as _feedback_clean
from pipeline.load.xlsx_writer import OutputWorkbook
from pipeline.model import Reading, Submission

log = logging.getLogger(__name__)

_MAX_COL = 16_384
_MAX_CELL_TEXT = 32_767


class _Formats:
    def __init__(self, wb: Any) -> None:
        from pipeline.load.feedback import _ACCEPTED_FILL, _HEADER_FILL, ERROR_FILL, WARNING_FILL

        self.wb = wb
        self.title = wb.add_format({"bold": True, "font_size": 14})
        self.bold = wb.add_format({"bold": True})
        self.italic = wb.add_format({"italic": True})
        self.left = wb.add_format({"align": "left"})
        self.status = {ok: wb.add_format({"bold": True, "align": "left", "pattern": 1,
                                          "bg_color": "#" + (_ACCEPTED_FILL if ok else ERROR_FILL)}) for ok in (True, False)}
        self.header = wb.add_format({"bold": True, "text_wrap": True, "valign": "vcenter", "pattern": 1,
                                     "bg_color": "#" + _HEADER_FILL})
        self.wrap = wb.add_format({"text_wrap": True, "valign": "top"})
        self.severity = {Severity.ERROR: wb.add_format({"pattern": 1, "bg_color": "#" + ERROR_FILL}),
                         Severity.WARNING: wb.add_format({"pattern": 1, "bg_color": "#" + WARNING_FILL})}


def _clean(text: str) -> str:
    return _feedback_clean(text)[:_MAX_CELL_TEXT]


def _write(ws: Any, row: int, col: int, value: object, fmt: Any = None) -> None:
    """As ``feedback._write_value``: numbers stay numbers, everything else is text; 1-based."""
    if value is None:
        if fmt is not None:
            ws.write_blank(row - 1, col - 1, None, fmt)
        return
    if isinstance(value, int | float) and not isinstance(value, bool):
        ws.write_number(row - 1, col - 1, value, fmt)
    else:
        ws.write_string(row - 1, col - 1, _clean(str(value)), fmt)


def _fact(ws: Any, f: _Formats, row: int, label: str, value: object, value_fmt: Any = None) -> None:
    ws.merge_range(row - 1, 0, row - 1, 1, _clean(label), f.bold)
    _write(ws, row, 3, value, value_fmt or f.left)


def _table(ws: Any, f: _Formats, header_row: int, table: Sequence[Sequence[object]],
           widths: Sequence[float] | None = None, cell_format: dict[tuple[int, int], Any] | None = None) -> int:
    """As ``feedback._write_table``: header + rows, frozen header, autofilter, widths; the last row."""
    from pipeline.load.feedback import _fit_width

    if not table:
        return header_row
    ncols = max(len(r) for r in table)
    formats = cell_format or {}
    for r, values in enumerate(table):
        for c, value in enumerate(values, start=1):
            fmt = f.header if r == 0 else formats.get((header_row + r, c))
            _write(ws, header_row + r, c, value, fmt)
        if r == 0:
            for c in range(len(values) + 1, ncols + 1):
                ws.write_blank(header_row - 1, c - 1, None, f.header)
    last = header_row + len(table) - 1
    ws.freeze_panes(header_row, 0)
    ws.autofilter(header_row - 1, 0, last - 1, ncols - 1)
    for c in range(1, ncols + 1):
        width = widths[c - 1] if widths and c <= len(widths) else _fit_width(
            r[c - 1] if c <= len(r) else None for r in table)
        ws.set_column(c - 1, c - 1, width)
    return last


def write_report(path: Path, *, submission: Submission, labels: dict[str, Any], lang: str, accepted: bool,
                 previous_diff: list[list[str]] | None, headers: dict[int, str], note: str) -> None:
    """The report sheets of ``submission`` in a new workbook at ``path`` (atomically): written
    directly, or by xlsxwriter when that raises (a bug must not cost the OPD its feedback)."""
    options: dict[str, Any] = {"submission": submission, "labels": labels, "lang": lang, "accepted": accepted,
                               "previous_diff": previous_diff, "headers": headers, "note": note}
    try:
        write_report_package(path, **options)
    except Exception:
        log.warning("the direct report writer failed on %s; writing it with xlsxwriter", path, exc_info=True)
        write_report_workbook(path, **options)


def write_report_package(path: Path, *, submission: Submission, labels: dict[str, Any], lang: str, accepted: bool,
                         previous_diff: list[list[str]] | None, headers: dict[int, str], note: str) -> None:
    """As ``write_report_workbook``, without xlsxwriter: the sheets laid out by the same functions
    on ``feedback_patch``'s stand-in worksheets, the package written by ``report_package``."""
    from pipeline.load.feedback import DIFF_SHEET, READING_SHEET, SUMMARY_SHEET
    from pipeline.load.feedback_patch import _FormatMaker, _ReportSheet, report_package

    f = _Formats(_FormatMaker())
    summary = _ReportSheet(SUMMARY_SHEET)
    _summary(summary, f, submission, labels, lang, accepted, note)
    sheets = [summary]
    if submission.reading is not None:
        sheets.append(reading := _ReportSheet(READING_SHEET))
        _reading(reading, f, submission.reading, headers, labels)
    if previous_diff:
        sheets.append(diff := _ReportSheet(DIFF_SHEET))
        _table(diff, f, 1, previous_diff)
    data = report_package(sheets)
    with atomic_path(path) as tmp:
        tmp.write_bytes(data)


def write_report_workbook(path: Path, *, submission: Submission, labels: dict[str, Any], lang: str, accepted: bool,
                          previous_diff: list[list[str]] | None, headers: dict[int, str], note: str) -> None:
    """The report sheets of ``submission`` in a new workbook at ``path`` (atomically).

    ``note`` is the line under the facts saying why the OPD's own sheets are not included.
    """
    from pipeline.load.feedback import DIFF_SHEET, READING_SHEET, SUMMARY_SHEET

    with atomic_path(path) as tmp:
        wb = OutputWorkbook(tmp)
        f = _Formats(wb)
        _summary(wb.add_worksheet(SUMMARY_SHEET), f, submission, labels, lang, accepted, note)
        if submission.reading is not None:
            _reading(wb.add_worksheet(READING_SHEET), f, submission.reading, headers, labels)
        if previous_diff:
            diff = wb.add_worksheet(DIFF_SHEET)
            _table(diff, f, 1, previous_diff)
        wb.close()


def _summary(ws: Any, f: _Formats, submission: Submission, labels: dict[str, Any], lang: str, accepted: bool,
             note: str) -> None:
    from pipeline.load.feedback import _WIDTHS, _WRAP_COLUMNS, _sheet_of, summary_facts

    findings = submission.findings
    _write(ws, 1, 1, labels["title"], f.title)
    facts = summary_facts(submission, labels, lang, accepted)
    row = 3
    for label, value in facts:
        if label == labels["status"]:
            _fact(ws, f, row, label, value, f.status[accepted])
            _write(ws, row, 4, labels["accepted_note" if accepted else "rejected_note"])
        else:
            _fact(ws, f, row, label, value)
        row += 1
    row += 1
    _write(ws, row, 1, note, f.italic)
    header_row = row + 2
    ordered = findings.sorted()
    rows: list[list[object]] = []
    formats: dict[tuple[int, int], Any] = {}
    for number, finding in enumerate(ordered, start=1):
        sheet = _sheet_of(finding, submission.reading)
        cell = finding.cell if sheet else None
        r = header_row + number
        for c in _WRAP_COLUMNS:
            formats[(r, c)] = f.wrap
        if finding.severity != Severity.INFO:
            formats[(r, 7)] = f.severity[finding.severity]
        rows.append([number, sheet or "", cell or "", finding.row, finding.kode or "",
                     finding.kind.title(lang), labels[finding.severity], finding.message(lang),
                     finding.kind.hint(lang)])
    if not rows:
        rows.append(["", "", "", None, "", "", "", labels["none"], ""])
        for c in _WRAP_COLUMNS:
            formats[(header_row + 1, c)] = f.wrap
    _table(ws, f, header_row, [list(labels["columns"]), *rows], widths=_WIDTHS, cell_format=formats)
    ws.set_landscape()
    ws.fit_to_pages(1, 0)


def _reading(ws: Any, f: _Formats, reading: Reading, headers: dict[int, str], labels: dict[str, Any]) -> None:
    from pipeline.load.feedback import reading_facts

    _write(ws, 1, 1, labels["reading_title"], f.title)
    for offset, (label, value) in enumerate(reading_facts(reading, labels)):
        _fact(ws, f, 3 + offset, label, value)
    _write(ws, 8, 1, labels["reading_note"], f.italic)
    header_row = 10
    columns = sorted(reading.columns.items(), key=lambda item: (item[1], item[0]))
    rows: list[list[object]] = [[fld, xl_col_to_name(col - 1) if 1 <= col <= _MAX_COL else str(col),
                                 headers.get(col, "")] for fld, col in columns]
    formats = {(header_row + 1 + i, 3): f.wrap for i in range(len(rows))}
    _table(ws, f, header_row, [list(labels["reading_columns"]), *rows], widths=(28, 10, 70), cell_format=formats)
