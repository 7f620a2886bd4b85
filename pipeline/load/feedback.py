"""Feedback workbook: the OPD's own file with every bad cell marked, sent back so the OPD can fix it.

The OPD's sheets are kept as they are (formats, formulas, merges, dropdowns); each cell a finding
points at gets a fill and a comment, and a "Hasil Validasi" sheet listing the findings comes first.
A file openpyxl cannot open (.xls, .ods, damaged, encrypted) gets a new workbook with the list only.

Re-saving the OPD's file through openpyxl costs ~100 ms, so an ordinary .xlsx is patched at the
zip/XML level instead (``feedback_patch``, ~10 ms) with the same result; every file that path does
not handle (macros, outward links, our own feedback sent back, odd XML) goes through openpyxl here.
A file with no cell to mark gets the report sheets alone (``feedback_report``), written directly as
an .xlsx package.
"""

from __future__ import annotations

import logging
import math
import re
import zipfile
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pipeline.atomic import atomic_path
from pipeline.findings import Finding, Severity
from pipeline.findings.model import a1, column_letter
from pipeline.model import Reading, Submission

# openpyxl is imported where it is used: the fast paths (``feedback_patch``, ``feedback_report``)
# and the parent process adding a "Perubahan" sheet import this module without needing it (~100 ms).
if TYPE_CHECKING:
    from openpyxl import Workbook
    from openpyxl.cell.cell import Cell
    from openpyxl.styles import PatternFill
    from openpyxl.worksheet.worksheet import Worksheet

log = logging.getLogger(__name__)

# What openpyxl refuses in a cell (its ILLEGAL_CHARACTERS_RE, pinned by tests/test_feedback_fast.py).
ILLEGAL_CHARACTERS_RE = re.compile(r"[\000-\010]|[\013-\014]|[\016-\037]")

# Sheet names stay the same in every language: they are how a resubmitted feedback file's old
# report sheets are recognised (and how the extract stage can skip them).
SUMMARY_SHEET = "Hasil Validasi"
READING_SHEET = "Cara Baca"
DIFF_SHEET = "Perubahan"
CROSSCHECK_SHEET = "Pemeriksaan Silang"  # a revision's or RKT's findings against its OPD's Renja
FEEDBACK_SHEETS = (SUMMARY_SHEET, READING_SHEET, DIFF_SHEET, CROSSCHECK_SHEET)

COMMENT_AUTHOR = "Bappeda"
ERROR_FILL = "FFC7CE"
WARNING_FILL = "FFEB9C"
_HEADER_FILL = "DDEBF7"
_ACCEPTED_FILL = "C6EFCE"

_MAX_ROW, _MAX_COL = 1_048_576, 16_384
_MAX_CELL_TEXT = 32_767
_FORMULA_STARTS = ("=", "+", "-", "@")

_LABELS: dict[str, dict[str, Any]] = {
    "id": {
        "title": "Hasil Validasi Berkas",
        "file": "Nama berkas",
        "sha256": "SHA-256",
        "document": "Jenis dokumen",
        "opd": "OPD",
        "tahun": "Tahun",
        "status": "Status",
        "accepted": "DITERIMA",
        "rejected": "DITOLAK",
        "accepted_note": "Berkas dapat diproses; periksa peringatan bila ada.",
        "rejected_note": "Perbaiki semua kesalahan di bawah ini, lalu kirim ulang berkas.",
        Severity.ERROR: "Kesalahan",
        Severity.WARNING: "Peringatan",
        Severity.INFO: "Informasi",
        "legend": "Sel bermasalah ditandai merah (kesalahan) atau kuning (peringatan) dan diberi komentar "
                  "pada sheet aslinya. Klik alamat di kolom Sel untuk menuju sel tersebut.",
        "unmarked": "Tidak ada sel yang perlu ditandai, sehingga berkas asli tidak disertakan. Alamat sel "
                    "merujuk ke berkas asli.",
        "fallback": "Berkas asli tidak dapat dibuka untuk ditandai, sehingga hanya daftar temuan yang "
                    "disertakan. Alamat sel merujuk ke berkas asli.",
        "none": "Tidak ada temuan.",
        "columns": ("No", "Sheet", "Sel", "Baris", "Kode", "Jenis", "Tingkat", "Pesan", "Saran perbaikan"),
        "hint": "Saran",
        "tag_error": "[KESALAHAN]",
        "tag_warning": "[PERINGATAN]",
        "reading_title": "Cara Berkas Dibaca",
        "reading_sheet": "Sheet yang dibaca",
        "header_rows": "Baris judul kolom",
        "reading_source": "Dikenali dari",
        "template": "templat resmi",
        "table": "judul kolom tabel",
        "other_sheets": "Sheet lain (tidak dibaca)",
        "reading_note": "Periksa apakah setiap isian dibaca dari kolom yang benar. Bila ada yang keliru, "
                        "beri tahu Bappeda.",
        "reading_columns": ("Field", "Kolom", "Judul kolom di berkas"),
    },
    "en": {
        "title": "File Validation Results",
        "file": "File name",
        "sha256": "SHA-256",
        "document": "Document type",
        "opd": "OPD",
        "tahun": "Year",
        "status": "Status",
        "accepted": "ACCEPTED",
        "rejected": "REJECTED",
        "accepted_note": "The file can be processed; check the warnings, if any.",
        "rejected_note": "Fix every error listed below, then send the file again.",
        Severity.ERROR: "Error",
        Severity.WARNING: "Warning",
        Severity.INFO: "Information",
        "legend": "Cells with problems are marked red (error) or yellow (warning) and carry a comment on "
                  "their own sheet. Click an address in the Cell column to go to that cell.",
        "unmarked": "No cell needed marking, so the original file is not included. Cell addresses refer to "
                    "the original file.",
        "fallback": "The original file could not be opened for marking, so only the list of findings is "
                    "included. Cell addresses refer to the original file.",
        "none": "No findings.",
        "columns": ("No", "Sheet", "Cell", "Row", "Code", "Kind", "Severity", "Message", "How to fix"),
        "hint": "Fix",
        "tag_error": "[ERROR]",
        "tag_warning": "[WARNING]",
        "reading_title": "How the File Was Read",
        "reading_sheet": "Sheet read",
        "header_rows": "Header rows",
        "reading_source": "Recognised from",
        "template": "the official template",
        "table": "the table's column headers",
        "other_sheets": "Other sheets (not read)",
        "reading_note": "Check that every field was read from the right column. If one is wrong, tell "
                        "Bappeda.",
        "reading_columns": ("Field", "Column", "Column header in the file"),
    },
}

_DOCUMENTS = {
    "renja": ("Renja PD (T-C.33)", "Renja PD (T-C.33)"),
    "renja_perubahan": ("Renja Perubahan", "Renja Perubahan (revised Renja)"),
    "evaluasi_renja": ("Evaluasi Renja (T-C.29)", "Evaluasi Renja (T-C.29)"),
    "review_ranwal": ("Review Ranwal RKPD (T-C.31)", "Review Ranwal RKPD (T-C.31)"),
    "rencana_aksi": ("Rencana Aksi", "Rencana Aksi (action plan)"),
    "rkt": ("Rencana Kinerja Tahunan (RKT)", "Rencana Kinerja Tahunan (RKT)"),
}

# Summary table: width per column, then the message / hint columns wrap.
_WIDTHS = (5, 18, 9, 7, 22, 28, 12, 70, 50)
_WRAP_COLUMNS = (8, 9)


def write_feedback(path: Path, *, source: Path, submission: Submission, lang: str = "id",
                   accepted: bool, previous_diff: list[list[str]] | None = None, mark_source: bool = True) -> None:
    """Write the feedback workbook for ``submission`` (read from ``source``) to ``path``, atomically.

    ``mark_source=False`` writes the findings list only, without opening ``source`` again: for files
    the extractor refused (too large, encrypted, not a workbook) openpyxl must not inflate them.
    """
    path, source = Path(path), Path(source)
    labels = _LABELS["en" if lang == "en" else "id"]
    headers = _header_texts(source, submission.reading) if mark_source else {}
    if mark_source and not _has_marks(submission) and not _holds_our_report(source):
        # Nothing to mark: the report sheets alone, without re-saving the OPD's file.
        from pipeline.load.feedback_report import write_report

        write_report(path, submission=submission, labels=labels, lang=lang, accepted=accepted,
                     previous_diff=previous_diff, headers=headers, note=labels["unmarked"])
        return
    can_mark = mark_source and _can_mark_up(source, submission)
    if can_mark and _write_patched(path, source, submission, labels, lang, accepted, previous_diff, headers):
        return
    wb = _load(source, path) if can_mark else None
    if wb is not None:
        try:
            _defuse(wb)
            _annotate(wb, submission, labels, lang)
            _add_report(wb, submission, labels, lang, accepted, previous_diff, headers, own_file=True)
            with atomic_path(path) as tmp:
                wb.save(tmp)
            return
        except Exception:  # openpyxl fails in many ways on odd files; the report must still go out
            log.warning("cannot mark up %s; writing the findings list only", source, exc_info=True)
    from openpyxl import Workbook

    fresh = Workbook()
    fresh.remove(fresh.active)
    _add_report(fresh, submission, labels, lang, accepted, previous_diff, headers, own_file=False)
    with atomic_path(path) as tmp:
        fresh.save(tmp)


def _write_patched(path: Path, source: Path, submission: Submission, labels: dict[str, Any], lang: str,
                   accepted: bool, previous_diff: list[list[str]] | None, headers: dict[int, str]) -> bool:
    """The fast path: the OPD's .xlsx patched at the zip/XML level (``feedback_patch``), ~10x faster
    than openpyxl. False when the file is not one it handles; openpyxl then marks it up."""
    from pipeline.load.feedback_patch import NotPatchable, patch_feedback

    try:
        patch_feedback(path, source=source, submission=submission, labels=labels, lang=lang, accepted=accepted,
                       previous_diff=previous_diff, headers=headers)
    except NotPatchable as exc:
        log.debug("%s goes through openpyxl: %s", source, exc)
        return False
    except Exception:  # a bug or a file the checks missed: openpyxl still gets its chance
        log.warning("the fast feedback path failed on %s; marking it up with openpyxl", source, exc_info=True)
        return False
    return True


def set_text(cell: Any, text: str) -> None:
    """Store ``text`` as a string: never a formula, even when the OPD's text starts with '='."""
    text = ILLEGAL_CHARACTERS_RE.sub("", text)[:_MAX_CELL_TEXT]
    cell.value = text
    if text.startswith(_FORMULA_STARTS):
        cell.data_type = "s"


def internal_link(sheet: str, coordinate: str) -> str:
    """The hyperlink target of a cell of this workbook (``'`` in a sheet name is doubled)."""
    return "#'{}'!{}".format(sheet.replace("'", "''"), coordinate)


# --- loading -------------------------------------------------------------------------------------

# The extract stage refused these files: openpyxl must not open them again (it would inflate a zip
# bomb, walk a sheet of a million rows, or read what calamine could not).
_REFUSED = frozenset({"file-empty", "file-unreadable", "file-encrypted", "file-format-unsupported",
                      "file-too-large", "file-vanished"})
# openpyxl holds every cell as an object (~40 times the XML); beyond this much sheet XML the
# feedback is the findings list only, so one big file cannot exhaust the worker's memory.
MARKUP_MAX_XML_BYTES = 24 * 1024 * 1024


def _has_marks(submission: Submission) -> bool:
    """Whether a finding points at a cell that ``_annotate`` would mark."""
    for f in submission.findings:
        if f.severity == Severity.INFO or f.row is None or f.column is None:
            continue
        if _sheet_of(f, submission.reading) is not None and 1 <= f.row <= _MAX_ROW and 1 <= f.column <= _MAX_COL:
            return True
    return False


def _holds_our_report(source: Path) -> bool:
    """A feedback file sent back: its earlier marks must be taken off, so it goes through openpyxl."""
    try:
        with zipfile.ZipFile(source) as zf:
            book = zf.read("xl/workbook.xml")
    except Exception:  # not a zip, no workbook part: nothing of ours in it
        return False
    return any(f'name="{name}"'.encode() in book for name in FEEDBACK_SHEETS)


def _can_mark_up(source: Path, submission: Submission) -> bool:
    if any(f.code in _REFUSED for f in submission.findings):
        return False
    try:
        with zipfile.ZipFile(source) as zf:
            size = sum(i.file_size for i in zf.infolist()
                       if i.filename.startswith("xl/worksheets/") or i.filename == "xl/sharedStrings.xml")
    except Exception:  # not a zip (.xls), damaged: the findings list only
        return False
    return size <= MARKUP_MAX_XML_BYTES


def _load(source: Path, path: Path) -> Workbook | None:
    from openpyxl import load_workbook

    # A file handle skips openpyxl's check of the extension, so an .xlsx saved under another
    # name still loads; anything that is not an OOXML zip fails here and gets the fallback.
    # Links to other workbooks are dropped: the feedback must not reach outside itself.
    keep_vba = source.suffix.lower() == ".xlsm" and path.suffix.lower() == ".xlsm"
    try:
        with open(source, "rb") as fh:
            wb = load_workbook(fh, keep_vba=keep_vba, keep_links=False, rich_text=True)
    except Exception:
        log.info("openpyxl cannot open %s; the feedback holds the findings list only", source, exc_info=True)
        return None
    # Excel refuses a template or macro content type under an .xlsx name.
    wb.template = path.suffix.lower() in (".xltx", ".xltm")
    return wb


# --- making the OPD's file safe to send back -------------------------------------------------------

# A formula of the OPD that reaches outside the workbook: another workbook ([1]Sheet!A1,
# '[Pagu.xlsx]Sheet'!A1), the web, a DDE channel (cmd|...) or code. It goes back as the text it
# was, never as a live formula; a table reference (Table1[Kolom]) stays a formula.
_OUTSIDE_FORMULA = re.compile(
    r"\[\d+\]|\.xl\w{0,3}\]|\||\b(?:HYPERLINK|WEBSERVICE|FILTERXML|RTD|CALL|REGISTER(?:\.ID)?|IMAGE|EXEC|DDE|IMPORTXML|"
    r"IMPORTDATA|IMPORTRANGE|IMPORTHTML|IMPORTFEED|ENCODEURL)\s*\(", re.IGNORECASE)


def _defuse(wb: Workbook) -> None:
    """Only links inside the workbook, no formula reaching outside it, no text Excel could not hold."""
    for ws in wb.worksheets:
        for cell in list(ws._cells.values()):  # existing cells only: never the whole used rectangle
            link = cell.hyperlink
            if link is not None and link.target and not str(link.target).startswith("#"):
                cell.hyperlink = None
            value = cell._value
            if cell.data_type == "f":
                text = value if isinstance(value, str) else str(getattr(value, "text", "") or "")
                if _OUTSIDE_FORMULA.search(text):
                    set_text(cell, text)
            elif isinstance(value, str) and (len(value) > _MAX_CELL_TEXT or ILLEGAL_CHARACTERS_RE.search(value)):
                set_text(cell, value)
    for scope in (wb, *wb.worksheets):
        for name in list(scope.defined_names):
            if _OUTSIDE_FORMULA.search(str(scope.defined_names[name].attr_text or "")):
                del scope.defined_names[name]


# --- marking the OPD's cells ---------------------------------------------------------------------

@dataclass(slots=True)
class _Mark:
    severity: Severity
    notes: list[str]


def collect_marks(submission: Submission, labels: dict[str, Any], lang: str,
                  target: Callable[[Finding], tuple[str, int, int] | None]) -> dict[tuple[str, int, int], _Mark]:
    """The cells to mark, (sheet, row, column) -> severity and notes; ``target`` places a finding.

    Shared with the fast path (``feedback_patch``): one note per distinct message, an error wins
    over a warning, info findings are listed but never marked.
    """
    marks: dict[tuple[str, int, int], _Mark] = {}
    for finding in submission.findings.sorted():
        if finding.severity == Severity.INFO:
            continue
        place = target(finding)
        if place is None:
            continue
        tag = labels["tag_error"] if finding.severity == Severity.ERROR else labels["tag_warning"]
        note = f"{tag} {finding.message(lang)}\n{labels['hint']}: {finding.kind.hint(lang)}"
        mark = marks.setdefault(place, _Mark(finding.severity, []))
        if finding.severity == Severity.ERROR:
            mark.severity = Severity.ERROR
        if note not in mark.notes:
            mark.notes.append(note)
    return marks


def _annotate(wb: Workbook, submission: Submission, labels: dict[str, Any], lang: str) -> None:
    from openpyxl.comments import Comment
    from openpyxl.styles import PatternFill

    _clear_earlier_marks(wb)
    marks = collect_marks(submission, labels, lang, lambda finding: _target(wb, finding, submission.reading))
    for (sheet, row, col), mark in marks.items():
        cell = wb[sheet].cell(row=row, column=col)
        # Only the fill changes: openpyxl keeps the cell's font, border, number format, alignment.
        color = ERROR_FILL if mark.severity == Severity.ERROR else WARNING_FILL
        cell.fill = PatternFill(fill_type="solid", start_color=color, end_color=color)
        text = _clean("\n\n".join(mark.notes))
        if cell.comment is not None and cell.comment.text:
            text = cell.comment.text.rstrip() + "\n\n" + text
        comment = Comment(text[:_MAX_CELL_TEXT], COMMENT_AUTHOR)
        comment.width, comment.height = _comment_size(text)
        cell.comment = comment


def _clear_earlier_marks(wb: Workbook) -> None:
    """Take off the marks of an earlier round when the OPD sends our feedback file back fixed.

    Our notes always come last in a comment, so everything from the first tag on is ours; the
    OPD's own comment text above it stays.
    """
    from openpyxl.comments import Comment
    from openpyxl.styles import PatternFill

    tags = tuple(lab[key] for lab in _LABELS.values() for key in ("tag_error", "tag_warning"))
    ours = {ERROR_FILL, WARNING_FILL}
    for ws in wb.worksheets:
        for cell in list(ws._cells.values()):  # existing cells only: never the whole used rectangle
            comment = cell.comment
            if comment is None or comment.author != COMMENT_AUTHOR:
                continue
            text = comment.text or ""
            cut = min((i for i in (_note_start(text, tag) for tag in tags) if i >= 0), default=-1)
            if cut < 0:
                continue
            kept = text[:cut].rstrip()
            cell.comment = Comment(kept, COMMENT_AUTHOR) if kept else None
            fill = cell.fill
            if fill.fill_type == "solid" and str(fill.fgColor.rgb)[-6:] in ours:
                cell.fill = PatternFill(fill_type=None)


def _note_start(text: str, tag: str) -> int:
    return 0 if text.startswith(tag) else text.find("\n\n" + tag)


def _target(wb: Workbook, finding: Finding, reading: Reading | None) -> tuple[str, int, int] | None:
    """The cell to mark: the finding's own, or the top-left cell of the merged range holding it."""
    sheet = _sheet_of(finding, reading)
    row, col = finding.row, finding.column
    if sheet is None or row is None or col is None or not _is_worksheet(wb, sheet):
        return None
    if not (1 <= row <= _MAX_ROW and 1 <= col <= _MAX_COL):
        return None
    for rng in wb[sheet].merged_cells.ranges:
        if rng.min_row <= row <= rng.max_row and rng.min_col <= col <= rng.max_col:
            return sheet, rng.min_row, rng.min_col
    return sheet, row, col


def _sheet_of(finding: Finding, reading: Reading | None) -> str | None:
    # A cell finding without a sheet comes from the one sheet that was read.
    if finding.sheet:
        return finding.sheet
    if finding.row is not None and finding.column is not None and reading is not None:
        return reading.sheet
    return None


def _is_worksheet(wb: Workbook, sheet: str) -> bool:
    from openpyxl.worksheet.worksheet import Worksheet

    return sheet in wb.sheetnames and isinstance(wb[sheet], Worksheet)


def _comment_size(text: str) -> tuple[int, int]:
    lines = sum(max(1, math.ceil(len(line) / 48)) for line in text.splitlines())
    return 300, min(600, 16 * lines + 20)


# --- report sheets -------------------------------------------------------------------------------

def _add_report(wb: Workbook, submission: Submission, labels: dict[str, Any], lang: str, accepted: bool,
                previous_diff: list[list[str]] | None, headers: dict[int, str], *, own_file: bool) -> None:
    for name in FEEDBACK_SHEETS:  # a resubmitted feedback file brings our earlier report along
        if name in wb.sheetnames and _is_ours(wb[name]):
            wb.remove(wb[name])
    sheets: list[Worksheet] = []
    summary = wb.create_sheet(_free_name(wb, SUMMARY_SHEET))
    _write_summary(summary, wb, submission, labels, lang, accepted, own_file)
    sheets.append(summary)
    if submission.reading is not None:
        reading_ws = wb.create_sheet(_free_name(wb, READING_SHEET))
        _write_reading(reading_ws, wb, submission.reading, headers, labels, own_file)
        sheets.append(reading_ws)
    if previous_diff:
        diff_ws = wb.create_sheet(_free_name(wb, DIFF_SHEET))
        _write_table(diff_ws, 1, previous_diff)
        sheets.append(diff_ws)
    for index, ws in enumerate(sheets):
        wb.move_sheet(ws, offset=index - wb._sheets.index(ws))  # index() counts worksheets only, not chartsheets
    _activate_first(wb)


def _is_ours(ws: Any) -> bool:
    from openpyxl.worksheet.worksheet import Worksheet

    titles = {lab[key] for lab in _LABELS.values() for key in ("title", "reading_title")}
    return isinstance(ws, Worksheet) and ws["A1"].value in titles


def _free_name(wb: Workbook, name: str) -> str:
    candidate, n = name, 1
    while candidate in wb.sheetnames:
        n += 1
        candidate = f"{name} ({n})"
    return candidate


def _activate_first(wb: Workbook) -> None:
    # Two selected tabs would group the sheets in Excel, so every other tab is deselected.
    for ws in wb.worksheets:
        ws.sheet_view.tabSelected = False
    for cs in wb.chartsheets:
        for view in cs.sheetViews.sheetView:
            view.tabSelected = False
    wb.active = 0
    wb.worksheets[0].sheet_view.tabSelected = True
    for view in wb.views:
        view.firstSheet = 0


def summary_facts(submission: Submission, labels: dict[str, Any], lang: str,
                  accepted: bool) -> list[tuple[str, object]]:
    """The label/value lines at the top of "Hasil Validasi" (both writers show the same ones)."""
    facts: list[tuple[str, object]] = [
        (labels["file"], submission.file_name),
        (labels["sha256"], submission.sha256),
        (labels["document"], _document_name(submission.document, lang)),
        (labels["opd"], submission.opd),
        (labels["tahun"], submission.tahun),
        (labels["status"], labels["accepted"] if accepted else labels["rejected"]),
    ]
    findings = submission.findings
    return facts + [(labels[sev], findings.count(sev)) for sev in (Severity.ERROR, Severity.WARNING, Severity.INFO)]


def _write_summary(ws: Worksheet, wb: Workbook, submission: Submission, labels: dict[str, Any], lang: str,
                   accepted: bool, own_file: bool) -> None:
    from openpyxl.styles import Alignment, Font

    findings = submission.findings
    set_text(ws["A1"], labels["title"])
    ws["A1"].font = Font(bold=True, size=14)
    facts = summary_facts(submission, labels, lang, accepted)
    row = 3
    for label, value in facts:
        _write_fact(ws, row, label, value)
        if label == labels["status"]:
            ws.cell(row, 3).font = Font(bold=True)
            ws.cell(row, 3).fill = _solid(_ACCEPTED_FILL if accepted else ERROR_FILL)
            set_text(ws.cell(row, 4), labels["accepted_note" if accepted else "rejected_note"])
        row += 1
    row += 1
    set_text(ws.cell(row, 1), labels["legend"] if own_file else labels["fallback"])
    ws.cell(row, 1).font = Font(italic=True)
    header_row = row + 2

    ordered = findings.sorted()
    rows: list[list[object]] = []
    links: dict[int, str] = {}
    for number, finding in enumerate(ordered, start=1):
        sheet = _sheet_of(finding, submission.reading)
        cell = finding.cell if sheet else None
        if own_file and sheet and cell and _is_worksheet(wb, sheet):
            links[len(rows)] = internal_link(sheet, cell)
        rows.append([number, sheet or "", cell or "", finding.row, finding.kode or "",
                     finding.kind.title(lang), labels[finding.severity], finding.message(lang),
                     finding.kind.hint(lang)])
    if not rows:
        rows.append(["", "", "", None, "", "", "", labels["none"], ""])
    last = _write_table(ws, header_row, [list(labels["columns"]), *rows], widths=_WIDTHS)
    for index, finding in enumerate(ordered):
        r = header_row + 1 + index
        if index in links:
            ws.cell(r, 3).hyperlink = links[index]
            ws.cell(r, 3).font = Font(color="0563C1", underline="single")
        if finding.severity != Severity.INFO:
            ws.cell(r, 7).fill = _solid(ERROR_FILL if finding.severity == Severity.ERROR else WARNING_FILL)
    for r in range(header_row + 1, last + 1):
        for c in _WRAP_COLUMNS:
            ws.cell(r, c).alignment = Alignment(wrap_text=True, vertical="top")
    ws.page_setup.orientation = "landscape"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True


def reading_facts(reading: Reading, labels: dict[str, Any]) -> list[tuple[str, object]]:
    """The label/value lines at the top of "Cara Baca" (both writers show the same ones)."""
    return [
        (labels["reading_sheet"], reading.sheet),
        (labels["header_rows"], ", ".join(str(r) for r in reading.header_rows) or "-"),
        (labels["reading_source"], labels.get(reading.source, reading.source)),
        (labels["other_sheets"], ", ".join(reading.other_sheets) or "-"),
    ]


def _write_reading(ws: Worksheet, wb: Workbook, reading: Reading, headers: dict[int, str],
                   labels: dict[str, Any], own_file: bool) -> None:
    from openpyxl.styles import Alignment, Font

    set_text(ws["A1"], labels["reading_title"])
    ws["A1"].font = Font(bold=True, size=14)
    for offset, (label, value) in enumerate(reading_facts(reading, labels)):
        _write_fact(ws, 3 + offset, label, value)
    set_text(ws.cell(8, 1), labels["reading_note"])
    ws.cell(8, 1).font = Font(italic=True)
    header_row = 10
    columns = sorted(reading.columns.items(), key=lambda item: (item[1], item[0]))
    rows: list[list[object]] = [[fld, column_letter(col) if 1 <= col <= _MAX_COL else str(col),
                                 headers.get(col, "")] for fld, col in columns]
    last = _write_table(ws, header_row, [list(labels["reading_columns"]), *rows], widths=(28, 10, 70))
    first_header = min(reading.header_rows, default=None)
    if own_file and first_header and _is_worksheet(wb, reading.sheet):
        for index, (_, col) in enumerate(columns):
            if 1 <= col <= _MAX_COL and 1 <= first_header <= _MAX_ROW:
                cell = ws.cell(header_row + 1 + index, 2)
                cell.hyperlink = internal_link(reading.sheet, a1(first_header, col))
                cell.font = Font(color="0563C1", underline="single")
    for r in range(header_row + 1, last + 1):
        ws.cell(r, 3).alignment = Alignment(wrap_text=True, vertical="top")


def _write_fact(ws: Worksheet, row: int, label: str, value: object) -> None:
    """A label (merged over columns A:B) and its value in C, left-aligned so it reads on."""
    from openpyxl.styles import Alignment, Font

    set_text(ws.cell(row, 1), label)
    ws.cell(row, 1).font = Font(bold=True)
    ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=2)
    _write_value(ws.cell(row, 3), value)
    ws.cell(row, 3).alignment = Alignment(horizontal="left")


def _write_table(ws: Worksheet, header_row: int, table: Sequence[Sequence[object]],
                 widths: Sequence[int] | None = None) -> int:
    """Header + rows from ``header_row``: frozen header, autofilter, widths; returns the last row."""
    from openpyxl.styles import Alignment, Font

    if not table:
        return header_row
    ncols = max(len(r) for r in table)
    for r, values in enumerate(table):
        for c, value in enumerate(values, start=1):
            _write_value(ws.cell(header_row + r, c), value)
    for c in range(1, ncols + 1):
        head = ws.cell(header_row, c)
        head.font = Font(bold=True)
        head.fill = _solid(_HEADER_FILL)
        head.alignment = Alignment(wrap_text=True, vertical="center")
    last = header_row + len(table) - 1
    ws.freeze_panes = ws.cell(header_row + 1, 1)
    ws.auto_filter.ref = f"A{header_row}:{column_letter(ncols)}{last}"
    for c in range(1, ncols + 1):
        width = widths[c - 1] if widths and c <= len(widths) else _fit_width(r[c - 1] if c <= len(r) else None
                                                                           for r in table)
        ws.column_dimensions[column_letter(c)].width = width
    return last


def _write_value(cell: Cell, value: object) -> None:
    if value is None:
        return
    if isinstance(value, bool):
        set_text(cell, str(value))
    elif isinstance(value, int | float):
        cell.value = value
    else:
        set_text(cell, str(value))


def _fit_width(values: Iterable[object]) -> float:
    longest = max((len(str(v)) for v in values if v is not None), default=8)
    return float(min(60, max(8, longest + 2)))


def _solid(color: str) -> PatternFill:
    from openpyxl.styles import PatternFill

    return PatternFill(fill_type="solid", start_color=color, end_color=color)


def _clean(text: str) -> str:
    return ILLEGAL_CHARACTERS_RE.sub("", text)


def _document_name(document: str, lang: str) -> str:
    names = _DOCUMENTS.get(document)
    if names is None:
        return document
    return names[1] if lang == "en" else names[0]


# --- header texts for "Cara Baca" ----------------------------------------------------------------

def _header_texts(source: Path, reading: Reading | None) -> dict[int, str]:
    """Column -> the header text above it in the read sheet, as the file shows it (cached values).

    python-calamine reads .xlsx, .xls and .ods alike, so the fallback workbook has them too; a
    merged header counts for every column it spans.
    """
    if reading is None or not reading.header_rows or not reading.columns:
        return {}
    if reading.header_texts:  # the extractor had the sheet open already
        return dict(reading.header_texts)
    try:
        from python_calamine import CalamineWorkbook

        with open(source, "rb") as fh:  # by content: the OPD may have renamed the file
            book = CalamineWorkbook.from_filelike(fh)
        try:
            sheet = book.get_sheet_by_name(reading.sheet)
            grid: list[list[Any]] = sheet.to_python(skip_empty_area=False, nrows=max(reading.header_rows))
            merged = list(sheet.merged_cell_ranges or [])
        finally:
            book.close()
    except Exception:
        log.info("cannot read the header texts of %s", source, exc_info=True)
        return {}
    texts: dict[int, str] = {}
    for col in set(reading.columns.values()):
        parts: list[str] = []
        for row in sorted(reading.header_rows):
            r, c = _merge_anchor(merged, row - 1, col - 1)
            text = _display(grid[r][c] if 0 <= r < len(grid) and 0 <= c < len(grid[r]) else "")
            if text and text not in parts:
                parts.append(text)
        texts[col] = " / ".join(parts)
    return texts


def _merge_anchor(merged: list[Any], row: int, col: int) -> tuple[int, int]:
    for (r0, c0), (r1, c1) in merged:
        if r0 <= row <= r1 and c0 <= col <= c1:
            return r0, c0
    return row, col


def _display(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return " ".join(str(value).split())
