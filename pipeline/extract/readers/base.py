"""A hand-made table of any document type, read through its row schema.

``table.detect_document`` finds the sheet and header; a ``TableReader`` subclass says which schema
field each column holds (``field_of``, from the column's own title and the group titles above it)
and how a physical row becomes records (``row_records``). Everything else is shared with the Renja
reader: rows are turned into ``RowRecord``s and ``assemble`` builds the items, their indicators and
measures from the schema's ``x-kind`` / ``x-measure``; ``finish`` then applies what the document
type needs after assembly (sasaran rows, thousands headers, formula labels...).

Rows without a code get their level from, in order: the numbering (``I.``, ``1.``, ``- ``), the
column they are written in (a "Sub Kegiatan" column), the first word of the name (``PROGRAM ...``,
``Kegiatan ...``), or a reader's own rule; a row none of these places is kept with no level and
reported (``level-unknown``), never guessed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from pipeline.codes import parse_code
from pipeline.documents import DocumentType, document_type
from pipeline.extract.assemble import Context, assemble
from pipeline.extract.records import DATA, TOTAL, RowRecord, classify, total_label
from pipeline.extract.table import (
    Detection,
    HeadScan,
    Numbering,
    _column_stacks,
    _header_strings,
    fill_identity,
    number_cells,
    split_numbering,
)
from pipeline.extract.workbook import SheetData, WorkbookData
from pipeline.findings import Finding
from pipeline.model import Reading, Submission
from pipeline.values import Cell, ValueProblem, cell_text, is_blank

_YEAR = re.compile(r"(?<!\d)(20\d\d)(?!\d)")
# "(Rp.000)", "(Rp 000)", "(000)", "Rp ribu", "dalam ribuan": amounts stated in thousands of rupiah
_THOUSANDS = re.compile(r"rp\.?\s*[.,]?\s*000\b|\(\s*000\s*\)|\bribu|\bx\s*1\.?000\b|rp\s*\(?000")
_LEVEL_WORD = re.compile(r"^\s*(urusan|bidang(?:\s+urusan)?|program|kegiatan|sub\s*-?\s*kegiatan)\b", re.I)
_LEVEL_OF_WORD = {"urusan": "urusan", "bidang": "bidang", "program": "program", "kegiatan": "kegiatan"}
_NUMBER_CELL = re.compile(r"^\(?\s*(\d{1,2})\s*\)?(?:\s*=.*)?$")


def level_from_words(text: str) -> str:
    """``PROGRAM KEPEGAWAIAN DAERAH`` -> ``program``; ``Sub Kegiatan ...`` -> ``sub_kegiatan``; else ``""``."""
    m = _LEVEL_WORD.match(text)
    if m is None:
        return ""
    word = " ".join(m.group(1).lower().split())
    if word.startswith("sub"):
        return "sub_kegiatan"
    return _LEVEL_OF_WORD[word.split()[0]]


def mangled_code_level(raw: Cell) -> str:
    """The level a code destroyed by Excel had: ``5,03E+09`` held 10 digits, a sub kegiatan code.

    Only the level is recovered (the exponent tells the digit count); the code itself is not."""
    problem = parse_code(raw)
    if not isinstance(problem, ValueProblem) or problem.kind != "code-mangled":
        return ""
    text = cell_text(raw).replace(",", ".")
    m = re.match(r"^\s*\d+(?:\.\d+)?\s*[eE]\s*\+?(\d+)\s*$", text)
    digits = int(m.group(1)) + 1 if m else len(text.split(".")[0])
    return {1: "urusan", 3: "bidang", 5: "program", 8: "kegiatan", 10: "sub_kegiatan", 12: "sub_kegiatan"}.get(digits, "")


@dataclass(slots=True)
class Columns:
    """Which columns hold which schema fields (1-based), read once per file."""

    fields: dict[str, list[int]]
    titles: dict[int, str]  # column -> its own title, normalized
    contexts: dict[int, str]  # column -> all titles above it, " | "-joined
    no_col: int = 0
    nama_levels: dict[int, str] = field(default_factory=dict)
    header_strings: frozenset[str] = frozenset()
    number_cells: dict[int, str] = field(default_factory=dict)  # column -> label on the number row
    thousands: set[int] = field(default_factory=set)  # money columns whose title says (Rp.000)
    years: list[int] = field(default_factory=list)  # years the column titles name

    def col(self, fld: str) -> int:
        cols = self.fields.get(fld)
        return cols[0] if cols else 0

    @property
    def reading_columns(self) -> dict[str, int]:
        return {f: cols[0] for f, cols in self.fields.items() if not f.startswith("_")}


_NO_TITLES = {"no", "no.", "nomor", "no urut", "nomor urut"}


class TableReader:
    """Reads one document type's hand-made table; subclasses say how its columns and rows look."""

    document = ""
    required: tuple[str, ...] = ("nama",)  # fields without which no row can be read
    multi_fields = ("kode", "nama")  # fields that may span several adjacent columns
    wrapped_rows = True  # a row of text only continues the name / indicator above it

    def __init__(self) -> None:
        self.doc: DocumentType = document_type(self.document)
        self.numbering = Numbering()
        self.sub: Submission | None = None
        self.sheet_name = ""
        self.quiet_rows: set[int] = set()

    # --- columns --------------------------------------------------------------------------------

    def field_of(self, own: str, context: str, cols: Columns) -> str:
        """The field a column holds, from its own title and the titles above it; ``""`` for none."""
        raise NotImplementedError

    def map_columns(self, scan: HeadScan) -> Columns:
        stacks = _column_stacks(scan)
        cols = Columns({}, {}, {})
        cols.years = sorted({int(y) for _, ctx in stacks.values() for y in _YEAR.findall(ctx)})
        for c, ((_, own), context) in sorted(stacks.items()):
            cols.titles[c], cols.contexts[c] = own, context
        for c in sorted(cols.titles):
            own, context = cols.titles[c], cols.contexts[c]
            if own in _NO_TITLES:
                cols.no_col = cols.no_col or c
                continue
            fld = self.field_of(own, context, cols)
            if not fld:
                continue
            if fld in cols.fields and not (fld in self.multi_fields and cols.fields[fld][-1] == c - 1):
                continue  # the first column titled so wins; a field spans adjacent columns only
            cols.fields.setdefault(fld, []).append(c)
            if self.doc.properties.get(fld, {}).get("x-kind") == "rupiah" and _THOUSANDS.search(context):
                cols.thousands.add(c)
        for c in cols.fields.get("nama", []):
            t = cols.titles[c]
            if "sub kegiatan" in t and "program" not in t and not t.startswith("kegiatan"):
                cols.nama_levels[c] = "sub_kegiatan"
        cols.header_strings = frozenset(_header_strings(scan))
        cols.number_cells = number_cells(scan)
        return cols

    # --- reading ----------------------------------------------------------------------------------

    def read(self, detection: Detection, wb: WorkbookData, sub: Submission) -> bool:
        scan, sheet = detection.scan, detection.scan.sheet
        cols = self.map_columns(scan)
        self.sub, self.sheet_name = sub, sheet.name
        missing = [f for f in self.required if f not in cols.fields]
        if missing:
            labels = ", ".join(self.doc.label(f) for f in missing)
            sub.findings.append(Finding("document-unknown", params={"missing": labels}, file=sub.file_name,
                                        sheet=sheet.name))
            return False
        sub.document = self.document
        others = tuple(s.name for s in wb.sheets if s is not sheet and s.visible and not s.name.startswith("_"))
        sub.reading = Reading(sheet.name, scan.header_rows, cols.reading_columns, "table", others)
        fill_identity(sub, scan.titles(), self.header_year(cols))
        if len(wb.sheets) > 1:
            sub.findings.append(Finding("sheet-chosen", file=sub.file_name, sheet=sheet.name, params={
                "sheet": sheet.name, "header_rows": ", ".join(str(r) for r in scan.header_rows),
                "others": ", ".join(s.name for s in wb.sheets if s is not sheet) or "-"}))
        records = self.records(sheet, cols, scan.first_data_row)
        self.place_levels(records)
        sub.records = records
        assemble(records, Context(sub, sheet.name, self.doc), wrapped_rows=self.wrapped_rows)
        from pipeline.extract.readers.finish import finish

        finish(sub, sheet, cols.thousands, cols)
        if self.quiet_rows:  # levels this reader placed and said how (not "from the numbering")
            sub.findings[:] = [f for f in sub.findings if not (f.code == "level-inferred" and f.row in self.quiet_rows)]
        return True

    def header_year(self, cols: Columns) -> int | None:
        """The document year the column titles state, if any (``None``: from the titles above)."""
        return None

    def records(self, sheet: SheetData, cols: Columns, first: int) -> list[RowRecord]:
        width = max([c for cs in cols.fields.values() for c in cs] + [cols.no_col, max(cols.titles, default=1)])
        out: list[RowRecord] = []
        trailing_blank = False
        for r in range(first, sheet.height + 1):
            line = sheet.rows[r - 1]
            if len(line) < width:
                line = line + [None] * (width - len(line))
            if all(is_blank(v) for v in line[:width]):
                trailing_blank = True
                continue
            if self.is_repeated_header(line, cols):
                continue
            got = self.row_records(r, line, cols)
            if got and trailing_blank and out and all(g.kind == DATA and not g.level_hint and "kode" not in g.values
                                                      and not self.has_numbers(g) for g in got):
                continue  # text below the table after a blank row: place, date, signature
            trailing_blank = False
            out.extend(got)
        return out

    def is_repeated_header(self, line: list[Cell], cols: Columns) -> bool:
        """The header (or its number row) typed again after a page break."""
        hits = sum(1 for v in line if isinstance(v, str) and v.strip() and v in cols.header_strings)
        if hits >= 2:
            return True
        if cols.number_cells:
            same = sum(1 for c, label in cols.number_cells.items() if c <= len(line) and cell_text(line[c - 1]) == label)
            return same >= max(3, len(cols.number_cells) // 2)
        return False

    def values(self, line: list[Cell], cols: Columns, fields: dict[str, list[int]] | None = None,
               ) -> tuple[dict[str, Cell], dict[str, int], str, int]:
        """Field values of a row: ``(values, columns, numbering, nama column)``."""
        values: dict[str, Cell] = {}
        where: dict[str, int] = {}
        numbering, nama_col = "", 0
        for fld, cs in (fields or cols.fields).items():
            present = [(c, v) for c in cs if not is_blank(v := line[c - 1])]
            if not present:
                continue
            if fld == "kode" and len(present) > 1:
                values[fld], where[fld] = ".".join(cell_text(v) for _, v in present), present[0][0]
                continue
            c, v = present[0]
            if fld == "nama" and len(present) > 1 and _is_token(v):
                numbering = cell_text(v)
                c, v = present[1]
            if isinstance(v, str):
                v = v.strip()
            values[fld], where[fld] = v, c
            if fld == "nama":
                nama_col = c
        return values, where, numbering, nama_col

    def row_records(self, r: int, line: list[Cell], cols: Columns) -> list[RowRecord]:
        """The records of one physical row (most rows: one). Subclasses split or relabel rows."""
        values, where, numbering, nama_col = self.values(line, cols)
        total = self.total_of(line, cols, values)
        if total:
            return [self.total_record(r, values, where, total)]
        if not values:
            return []
        rec = classify(RowRecord(r, values, where))
        if rec.kind == DATA and "kode" not in values:
            self.level(rec, line, cols, numbering, nama_col)
        elif rec.kind == DATA and "kode" in values:
            rec.level_hint = mangled_code_level(values["kode"])
        return [rec]

    def total_of(self, line: list[Cell], cols: Columns, values: dict[str, Cell]) -> str:
        """The label when the row is a ``JUMLAH`` row (in the No, kode or name columns, or the first)."""
        for c in [cols.no_col, cols.col("kode"), 1, *cols.fields.get("nama", [])]:
            if c and c <= len(line) and isinstance(line[c - 1], str):
                label = total_label(line[c - 1])  # type: ignore[arg-type]
                if label:
                    return label
        return ""

    def total_record(self, r: int, values: dict[str, Cell], where: dict[str, int], label: str) -> RowRecord:
        money = {f: v for f, v in values.items() if f in self.doc.properties and self.doc.kind(f) == "rupiah"}
        return RowRecord(r, money, {f: where[f] for f in money}, kind=TOTAL, label=label)

    def level(self, rec: RowRecord, line: list[Cell], cols: Columns, numbering: str, nama_col: int) -> None:
        """A row without a code: its level from numbering, its column, or the first word of its name."""
        nama = rec.values.get("nama")
        if not isinstance(nama, str) or not nama:
            return
        token = numbering
        prefix, rest = split_numbering(nama)
        if prefix and rest:
            token = token or prefix
            rec.values["nama"] = rest
        fixed = cols.nama_levels.get(nama_col, "")
        worded = level_from_words(rec.values["nama"])  # type: ignore[arg-type]
        if token:
            rec.numbering = token
            by_number = "" if fixed else self.numbering.level(token)  # registers the style in every case
            rec.level_hint = fixed or worded or by_number
        else:
            rec.level_hint = fixed or worded

    def place_levels(self, records: list[RowRecord]) -> None:
        """After reading every row: levels a reader can only tell from the whole table."""

    @staticmethod
    def has_numbers(rec: RowRecord) -> bool:
        return any(not isinstance(v, str) or any(ch.isdigit() for ch in v) for f, v in rec.values.items()
                   if f not in ("nama", "indikator"))

    def note(self, code: str, row: int | None, col: int | None, **kw: object) -> None:
        """A finding the reader itself makes (about how it read a row)."""
        assert self.sub is not None
        fields = {k: kw.pop(k) for k in ("field", "raw", "expected", "kode") if k in kw}
        self.sub.findings.append(Finding(code, params=dict(kw), file=self.sub.file_name, sheet=self.sheet_name,
                                         row=row, column=col, **fields))  # type: ignore[arg-type]


def _is_token(v: Cell) -> bool:
    return isinstance(v, str) and split_numbering(v + " x") == (v.strip(), "x")


def number_of(cols: Columns, col: int) -> str:
    """The column's number on the number row (``8`` for ``8=(7/6)`` or ``(8)``), ``""`` if none."""
    m = _NUMBER_CELL.match(cols.number_cells.get(col, ""))
    return m.group(1) if m else ""
