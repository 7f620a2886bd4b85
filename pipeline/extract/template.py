"""Read a workbook made from the official template: its hidden ``_meta`` sheet names the layout."""

from __future__ import annotations

from pipeline.documents import DOCUMENT_TITLES, DocumentType, document_type
from pipeline.extract.assemble import Context, assemble
from pipeline.extract.records import RowRecord, classify
from pipeline.extract.workbook import SheetData, WorkbookData
from pipeline.model import Reading, Submission
from pipeline.values import Cell, cell_text, is_blank

META_SHEET = "_meta"


def template_meta(wb: WorkbookData) -> dict[str, str] | None:
    """The key/value pairs of the template's ``_meta`` sheet, or ``None`` when there is none."""
    sheet = wb.sheet(META_SHEET)
    if sheet is None:
        return None
    meta = {}
    for line in sheet.rows:
        if len(line) >= 2 and not is_blank(line[0]):
            meta[cell_text(line[0]).lower()] = cell_text(line[1])
    # the document name comes from inside the file: only a known type is believed (it names a schema file)
    if meta.get("template") != "bappeda-pipeline" or meta.get("document") not in DOCUMENT_TITLES:
        return None
    return meta


def _meta_int(meta: dict[str, str], key: str, default: int, upper: int = 1_048_576) -> int:
    """A row number from ``_meta``; an edited or damaged value falls back to the template's own."""
    try:
        value = int(float(meta.get(key, "")))
    except (ValueError, OverflowError):
        return default
    return value if 1 <= value <= upper else default


def read_template(wb: WorkbookData, meta: dict[str, str], sub: Submission, bidang: str = "") -> None:
    """Fill ``sub`` from a template workbook whose ``_meta`` says where everything is."""
    doc = document_type(meta["document"])
    sub.document = doc.name
    sub.template_version = meta.get("version", "")
    sub.pemda, sub.opd = meta.get("pemda", ""), meta.get("opd", "")
    tahun = _meta_int(meta, "tahun", 0, upper=2200)
    sub.tahun = tahun if tahun >= 1900 else None
    sheet = wb.sheet(meta.get("sheet", ""))
    if sheet is None:
        ctx = Context(sub, meta.get("sheet", ""), doc)
        ctx.add("document-unknown", missing=f"sheet '{meta.get('sheet', '')}'")
        return
    columns = [c for c in meta.get("columns", "").split(",") if c]
    header_row = _meta_int(meta, "header_row", 6)
    first = _meta_int(meta, "first_data_row", header_row + 2)
    if first <= header_row:
        first = header_row + 1
    col_of = {fld: i + 1 for i, fld in enumerate(columns) if fld in doc.properties}
    sub.reading = Reading(sheet.name, (header_row, first - 1), col_of, "template",
                          tuple(s.name for s in wb.sheets if s.name != sheet.name and s.visible))
    _title_meta(sheet, header_row, sub)
    sub.records = list(template_records(sheet, first, col_of))
    assemble(sub.records, Context(sub, sheet.name, doc), wrapped_rows=False, bidang=bidang)
    from pipeline.extract.readers.finish import finish  # sasaran rows, formula labels (other documents)

    finish(sub, sheet)


def template_records(sheet: SheetData, first_row: int, col_of: dict[str, int]) -> list[RowRecord]:
    """One record per row from ``first_row`` on holding a value in a mapped column: the non-blank
    values, texts stripped (``is_blank`` inlined: this runs for every cell of the table)."""
    records = []
    rows = sheet.rows
    wanted = [(fld, c - 1, c) for fld, c in col_of.items()]
    for r in range(first_row, sheet.height + 1):
        line = rows[r - 1]
        width = len(line)
        values: dict[str, Cell] = {}
        cols = {}
        for fld, i, c in wanted:
            if i >= width:
                continue
            v = line[i]
            if isinstance(v, str):
                v = v.strip()
                if not v:
                    continue
            elif v is None:
                continue
            values[fld] = v
            cols[fld] = c
        if not values:
            continue
        records.append(classify(RowRecord(r, values, cols)))
    return records


def _title_meta(sheet: SheetData, header_row: int, sub: Submission) -> None:
    """What the visible title rows say (Pemerintah Daerah / Perangkat Daerah / Tahun)."""
    for r in range(1, header_row):
        for v in sheet.rows[r - 1] if r <= sheet.height else []:
            text = cell_text(v)
            key, sep, value = text.partition(":")
            if not sep:
                continue
            key = key.strip().lower()
            target = {"pemerintah daerah": "pemda", "perangkat daerah": "opd", "tahun": "tahun"}.get(key)
            if target:
                sub.meta_sources.setdefault(target, {})["judul tabel"] = value.strip()


def is_template(wb: WorkbookData) -> bool:
    return template_meta(wb) is not None


__all__ = ["DocumentType", "META_SHEET", "is_template", "read_template", "template_meta"]
