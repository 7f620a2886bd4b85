"""Hand-made tables: recognize the document on any sheet, map its columns once, read its rows.

OPDs make their Renja T-C.33 by hand: the header starts anywhere, spans rows with merged cells and
is repeated after every page break, columns come in any order. ``detect_document`` scores the first
rows of every sheet against a small table of signals per document type (``DOCUMENT_SIGNALS``);
``read_table`` maps the Renja columns once and turns each physical row into a ``RowRecord`` with
plain list indexing, for ``assemble`` to build items from. Another document type gets its own
reader by adding it to ``READERS``; until then it is reported as ``document-unsupported``.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from pipeline.codes import Code, parse_code
from pipeline.documents import DOCUMENT_TITLES, DocumentType, document_type
from pipeline.extract.assemble import Context, assemble
from pipeline.extract.records import BELANJA, DATA, TOTAL, RowRecord, belanja_label, classify, total_label
from pipeline.extract.workbook import SheetData, WorkbookData
from pipeline.findings import Finding
from pipeline.model import Reading, Submission
from pipeline.values import Cell, cell_text

HEAD_ROWS = 40  # headers and titles are searched in the first rows only
MAX_HEADER_ROWS = 4  # rows of column titles (a column-number row may follow)
MIN_SCORE = 5  # a sheet scoring less for every document type holds no table we know
REQUIRED = ("nama", "indikator", "target", "pagu")  # Renja columns without which nothing can be read


# --- header text ---------------------------------------------------------------------------------

_SLASH = re.compile(r"\s*/\s*")


def norm(text: str) -> str:
    """Header text compared the same way whatever its case, spacing or line breaks."""
    t = " ".join(text.lower().split())
    return _SLASH.sub("/", t) if "/" in t else t


_TITLE_WORDS = (
    "kode", "indikator", "lokasi", "target", "pagu", "kebutuhan dana", "sumber dana", "catatan", "keterangan",
    "satuan", "anggaran", "program", "kegiatan", "urusan", "bidang", "uraian", "nomor", "capaian", "realisasi",
    "sasaran", "tujuan", "rencana", "prakiraan", "perubahan", "triwulan", "tahun", "volume", "kinerja", "rp",
)
# "1", "(1)", "8=(7/6)": the row numbering the columns under the header.
_NUMBER_LABEL = re.compile(r"^\(?\d{1,2}\)?(?:\s*=.*)?$")
_YEAR = re.compile(r"(?<!\d)(20\d\d)(?!\d)")


# --- document detection: a scoring table per document type ---------------------------------------


@dataclass(frozen=True, slots=True)
class Signal:
    """A phrase that speaks for a document type where it is found, and how strongly.

    ``region``: ``header`` (the column titles), ``title`` (the rows above them) or ``cell`` (the
    first rows below, as ``\\n``-delimited cells, so ``"\\nmasukan\\n"`` is a whole cell).
    """

    phrase: str
    weight: int
    region: str = "header"


def _s(phrase: str, weight: int, region: str = "header") -> Signal:
    return Signal(phrase, weight, region)


DOCUMENT_SIGNALS: dict[str, tuple[Signal, ...]] = {
    "renja": (
        _s("prakiraan maju", 4), _s("pagu indikatif", 2), _s("kebutuhan dana", 2), _s("rencana tahun", 2),
        _s("target capaian", 1), _s("sumber dana", 1), _s("lokasi", 1), _s("indikator kinerja", 1),
        _s("kode", 1), _s("catatan penting", 1), _s("program/kegiatan", 1),
        _s("t-c.33", 3, "title"), _s("rumusan rencana program", 3, "title"), _s("renja", 1, "title"),
        _s("rencana kerja", 1, "title"),
        # a T-C.33 never has these: the same columns with them are another document
        _s("sebelum perubahan", -10), _s("setelah perubahan", -10), _s("realisasi", -5), _s("rancangan awal", -10),
        _s("tolak ukur", -10), _s("penanggung jawab", -5), _s("semula", -10), _s("triwulan", -5),
    ),
    "renja_perubahan": (
        _s("sebelum perubahan", 5), _s("setelah perubahan", 5), _s("sesudah perubahan", 5),
        _s("bertambah", 2), _s("berkurang", 2), _s("perubahan", 3, "title"),
        _s("semula", 4), _s("menjadi", 4), _s("selisih", 1),
    ),
    "evaluasi_renja": (
        _s("realisasi", 3), _s("tingkat realisasi", 2), _s("tingkat capaian", 2), _s("=(7/6)", 4),
        _s("renstra", 2), _s("kondisi akhir", 1), _s("t-c.29", 3, "title"), _s("evaluasi", 3, "title"),
    ),
    "review_ranwal": (
        _s("rancangan awal", 5), _s("hasil analisis kebutuhan", 5), _s("t-c.31", 3, "title"),
        _s("ranwal", 3, "title"), _s("rancangan awal", 3, "title"),
    ),
    "rencana_aksi": (
        _s("penanggung jawab", 4), _s("\ntw. i", 3, "cell"), _s("\ntw.i", 3, "cell"), _s("\ntw i", 3, "cell"),
        _s("\ntriwulan", 3, "cell"), _s("rencana aksi", 5, "title"), _s("triwulan", 3), _s("tw i", 2),
    ),
    "rkt": (
        _s("tolak ukur", 5), _s("indikator kinerja utama", 2), _s("sasaran strategis", 1), _s("tujuan", 1),
        _s("\nmasukan\n", 2, "cell"), _s("\nkeluaran\n", 2, "cell"), _s("rencana kinerja tahunan", 4, "title"),
        _s("masukan", 2), _s("keluaran", 2),
        _s("rencana kerja tahunan", 4, "title"), _s("(rkt)", 3, "title"),
    ),
}


# A cell that looks like a column title (any document's): where the header starts, whatever the type.
_HEADER_WORD = re.compile("|".join(
    [r"\b(?:" + "|".join(_TITLE_WORDS) + r")\b", r"^no\.?$"]
    + [re.escape(s.phrase) for signals in DOCUMENT_SIGNALS.values() for s in signals if s.region == "header"]))


@dataclass(slots=True)
class HeadScan:
    """The first rows of a sheet, normalized once, and where its column titles are."""

    sheet: SheetData
    start: int  # first row of column titles
    end: int  # last row of column titles
    number_row: int  # the "(1) (2) ..." row under them, 0 when there is none
    texts: dict[tuple[int, int], str]  # (row, col) -> normalized text of the string cells scanned

    @property
    def header_rows(self) -> tuple[int, ...]:
        return tuple(range(self.start, (self.number_row or self.end) + 1))

    @property
    def first_data_row(self) -> int:
        return (self.number_row or self.end) + 1

    def region(self, name: str) -> str:
        """Every text of a region joined by ``\\n`` (with one at each end), for substring signals."""
        if name == "header":
            keep = [t for (r, _), t in self.texts.items() if self.start <= r <= self.end]
        elif name == "title":
            keep = [t for (r, _), t in self.texts.items() if r < self.start]
        else:
            keep = [t for (r, _), t in self.texts.items() if r >= self.first_data_row]
        return "\n" + "\n".join(keep) + "\n"

    def titles(self) -> list[str]:
        """The raw texts above the header, in reading order (title, pemda, "Nama Perangkat Daerah : ...")."""
        out = []
        for r in range(1, self.start):
            for v in self.sheet.rows[r - 1]:
                if isinstance(v, str) and v.strip():
                    out.append(" ".join(v.split()))
        return out


@dataclass(slots=True)
class Detection:
    document: str
    scan: HeadScan
    score: int


def scan_sheet(sheet: SheetData) -> HeadScan | None:
    """Find the column titles in the first rows of ``sheet``; ``None`` when it has none."""
    texts: dict[tuple[int, int], str] = {}
    numbers: dict[int, int] = {}  # row -> cells that look like column numbers
    strings: dict[int, list[str]] = {}
    limit = min(HEAD_ROWS, sheet.height)
    for r in range(1, limit + 1):
        row_texts: list[str] = []
        count = 0
        for c, v in enumerate(sheet.rows[r - 1], start=1):
            if isinstance(v, str):
                if not v or v.isspace():
                    continue
                t = norm(v)
                texts[(r, c)] = t
                row_texts.append(t)
                if len(t) <= 14 and _NUMBER_LABEL.match(t):
                    count += 1
            elif isinstance(v, int | float) and not isinstance(v, bool) and 0 < v < 100 and float(v).is_integer():
                count += 1
        strings[r] = row_texts
        numbers[r] = count
    start = next((r for r in range(1, limit + 1) if _header_cells(strings[r]) >= 3), 0)
    if not start:
        return None
    if start > 1 and _is_title_row(strings[start - 1], numbers[start - 1]):
        # "Rencana Tahun 2024 | Prakiraan Maju ..." above the column titles (a table title merged
        # over the whole width is a single cell, so it is not taken for one)
        start -= 1
    end = start
    while end < limit and end - start + 1 < MAX_HEADER_ROWS and _is_title_row(strings[end + 1], numbers[end + 1]):
        end += 1
    number_row = end + 1 if end < limit and _is_number_row(strings[end + 1], numbers[end + 1]) else 0
    return HeadScan(sheet, start, end, number_row, texts)


def _header_cells(texts: list[str]) -> int:
    return sum(1 for t in texts if len(t) <= 200 and _HEADER_WORD.search(t))


def _is_title_row(texts: list[str], numbers: int) -> bool:
    """A further row of column titles: (nearly) every text is a title and no value is a number.

    Sub-titles come at least in pairs; a lone heading ("Bidang Urusan ...") is the first data row,
    and a data row has a code, a place or an amount among its texts.
    """
    return len(texts) >= 2 and not numbers and _header_cells(texts) >= 0.75 * len(texts)


def _is_number_row(texts: list[str], numbers: int) -> bool:
    return numbers >= 3 and numbers >= 0.8 * (len(texts) + numbers - sum(
        1 for t in texts if len(t) <= 14 and _NUMBER_LABEL.match(t)))


def score_document(scan: HeadScan) -> dict[str, int]:
    """Each document type's score on this sheet: the weights of its signals found where expected."""
    regions = {name: scan.region(name) for name in ("header", "title", "cell")}
    return {doc: sum(s.weight for s in signals if s.phrase in regions[s.region])
            for doc, signals in DOCUMENT_SIGNALS.items()}


def _detect(wb: WorkbookData) -> Detection | None:
    """The sheet and document type to read: a Renja sheet if any, else the best-scoring one.

    A sheet whose titles are too plain to score (``Kode | Program | Indikator | Target | Pagu``) is
    still a Renja table when every required column maps; failing that, the first sheet with column
    titles comes back with document ``""``, so the columns it lacks can be named.
    """
    best: Detection | None = None
    best_renja: Detection | None = None
    titled: Detection | None = None
    for sheet in wb.sheets:
        if not sheet.visible or sheet.name.startswith("_"):
            continue
        scan = scan_sheet(sheet)
        if scan is None:
            continue
        scores = score_document(scan)
        doc = max(scores, key=lambda d: scores[d])  # ties go to the first type listed
        if scores[doc] < MIN_SCORE:
            if map_columns(scan).missing:
                titled = titled or Detection("", scan, 0)
                continue
            doc = "renja"
        found = Detection(doc, scan, scores[doc])
        if best is None or found.score > best.score:
            best = found
        if doc == "renja" and (best_renja is None or found.score > best_renja.score):
            best_renja = found
    return best_renja or best or titled


def detect_document(wb: WorkbookData) -> tuple[str, str, tuple[int, ...], int]:
    """``(document name, sheet, header rows, score)`` of the table in ``wb``.

    The name is ``""`` when no known document was recognized (the sheet is then the first one with
    column titles, if any); ``("", "", (), 0)`` when no sheet has column titles at all.
    """
    found = _detect(wb)
    if found is None:
        return "", "", (), 0
    return found.document, found.scan.sheet.name, found.scan.header_rows, found.score


# --- Renja columns ---------------------------------------------------------------------------------

# First rule whose phrase occurs in a column's own title wins; "indikator" comes before "nama" because
# "Indikator Kinerja Program/Kegiatan" names programs too.
_FIELD_RULES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("indikator", ("indikator",)),
    ("kode", ("kode",)),
    ("sumber_dana", ("sumber dana", "sumber pendanaan")),
    ("lokasi", ("lokasi",)),
    ("catatan", ("catatan", "keterangan")),
    ("satuan", ("satuan",)),
    ("pagu", ("pagu", "kebutuhan dana", "anggaran", "dana indikatif", "(rp", "rupiah")),
    ("target", ("target", "capaian", "volume", "kinerja")),
    ("nama", ("program", "kegiatan", "urusan", "uraian", "nama")),
)
_NO_TITLES = {"no", "no.", "nomor", "no urut", "nomor urut"}
_MAJU_TWIN = {"target": "target_maju", "pagu": "pagu_maju", "satuan": "satuan_maju"}
_MAJU_WORDS = ("maju", "n+1", "n + 1")


def _field_of(text: str) -> str:
    for fld, phrases in _FIELD_RULES:
        if any(p in text for p in phrases):
            return fld
    return ""


@dataclass(slots=True)
class TableMap:
    """Which columns hold which Renja field (a field may span several columns), read once per file."""

    spans: dict[str, list[int]]
    titles: dict[int, str]  # column -> its own title (normalized)
    no_col: int = 0
    nama_levels: dict[int, str] = field(default_factory=dict)  # nama column -> level its title names
    tahun: int | None = None  # plan year the column titles state ("Rencana Tahun 2024")
    missing: list[str] = field(default_factory=list)
    header_strings: frozenset[str] = frozenset()  # raw header texts, to skip repeated headers
    number_cells: dict[int, str] = field(default_factory=dict)  # column -> its label on the number row

    @property
    def columns(self) -> dict[str, int]:
        """One column per field for ``Reading``: the value column of a money span, else the first."""
        return {f: (span[-1] if f in ("pagu", "pagu_maju") else span[0]) for f, span in self.spans.items()}


def map_columns(scan: HeadScan) -> TableMap:
    """Map the Renja fields onto the columns under ``scan``'s header."""
    stacks = _column_stacks(scan)
    years = {int(y) for _, t in stacks.values() for y in _YEAR.findall(t)}
    n_year = min(years) if len(years) >= 2 else None
    assigned: list[tuple[int, str, tuple[int, int]]] = []  # (col, field, anchor of its own title)
    no_col = 0
    titles: dict[int, str] = {}
    for c, (own, context) in sorted(stacks.items()):
        anchor, text = own
        titles[c] = text
        if text in _NO_TITLES:
            no_col = no_col or c
            continue
        fld = _field_of(text) or _field_of(context)
        if any(_field_of(t) == "kode" for t in context.split(" | ")[:-1]):
            fld = "kode"  # sub-titles (urusan | bidang | program ...) under a "Kode" title
        if not fld:
            continue
        col_years = {int(y) for y in _YEAR.findall(context)}
        maju = any(w in context for w in _MAJU_WORDS) or (n_year is not None and col_years == {n_year + 1})
        if fld in _MAJU_TWIN and maju:
            fld = _MAJU_TWIN[fld]
        assigned.append((c, fld, anchor))
    spans = _spans(assigned)
    tmap = TableMap(spans, titles, no_col)
    for c in spans.get("nama", []):
        t = titles.get(c, "")
        if "sub kegiatan" in t and "program" not in t:
            tmap.nama_levels[c] = "sub_kegiatan"
        elif "kegiatan" in t and "program" not in t and "sub" not in t:
            tmap.nama_levels[c] = "kegiatan"
        elif "program" in t and "kegiatan" not in t:
            tmap.nama_levels[c] = "program"
    tmap.tahun = _header_year(stacks, spans, n_year)
    tmap.missing = [f for f in REQUIRED if f not in spans]
    tmap.header_strings = frozenset(_header_strings(scan))
    tmap.number_cells = number_cells(scan)
    return tmap


def number_cells(scan: HeadScan) -> dict[int, str]:
    """Column -> the text of the column-number row (``(1)``, ``8=(7/6)``), which carries formulas."""
    if not scan.number_row:
        return {}
    line = scan.sheet.rows[scan.number_row - 1]
    return {c: cell_text(line[c - 1]) for c in range(1, len(line) + 1) if line[c - 1] not in (None, "")}


def _column_stacks(scan: HeadScan) -> dict[int, tuple[tuple[tuple[int, int], str], str]]:
    """Column -> (its own title with the cell it sits in, all titles above it joined by " | ").

    A merged title counts for every column it spans; without merge information (some .ods files)
    a group title is carried right over the columns whose sub-titles sit under it.
    """
    texts, sheet = scan.texts, scan.sheet
    covered: dict[tuple[int, int], tuple[int, int]] = {}
    for r0, c0, r1, c1 in sheet.merged:
        if r1 < scan.start or r0 > scan.end:
            continue
        for r in range(max(r0, scan.start), min(r1, scan.end) + 1):
            for c in range(c0, c1 + 1):
                covered[(r, c)] = (r0, c0)
    cols = sorted({c for (r, c) in texts if scan.start <= r <= scan.end})
    if not cols:
        return {}
    first, last = cols[0], cols[-1]
    if not sheet.merged:
        for r in range(scan.start, scan.end):
            carry: tuple[int, int] | None = None
            for c in range(first, last + 1):
                if (r, c) in texts:
                    carry = (r, c)
                elif carry is not None and (r + 1, c) in texts:
                    covered[(r, c)] = carry
                else:
                    carry = None
        last = max(last, max((c for (r, c) in covered), default=last))
    else:
        last = max([last] + [c1 for r0, c0, r1, c1 in sheet.merged if r0 <= scan.end and r1 >= scan.start])
    out = {}
    for c in range(first, last + 1):
        stack: list[tuple[tuple[int, int], str]] = []
        for r in range(scan.start, scan.end + 1):
            anchor = covered.get((r, c), (r, c))
            t = texts.get(anchor)
            if t and (not stack or stack[-1][1] != t):
                stack.append((anchor, t))
        if stack:
            out[c] = (stack[-1], " | ".join(t for _, t in stack))
    return out


def _spans(assigned: list[tuple[int, str, tuple[int, int]]]) -> dict[str, list[int]]:
    """Group adjacent columns of one field; a second group of target/pagu/satuan is the n+1 one."""
    groups: list[tuple[str, list[int], tuple[int, int]]] = []
    for c, fld, anchor in assigned:
        if groups and groups[-1][0] == fld and groups[-1][1][-1] == c - 1 and (
                groups[-1][2] == anchor or fld in ("kode", "nama")):
            groups[-1][1].append(c)
        else:
            groups.append((fld, [c], anchor))
    spans: dict[str, list[int]] = {}
    for fld, cols, _ in groups:
        if fld in spans:
            twin = _MAJU_TWIN.get(fld)
            if twin and twin not in spans:
                spans[twin] = cols  # "Target | Satuan | ... | Target 2025 | Satuan": the second is n+1
            continue
        spans[fld] = cols
    return spans


def _header_year(stacks: dict[int, tuple[tuple[tuple[int, int], str], str]], spans: dict[str, list[int]],
                 n_year: int | None) -> int | None:
    """The plan year the column titles name: "Rencana Tahun 2024", or the n+1 year less one."""
    plan = [int(y) for f in ("target", "pagu") for c in spans.get(f, []) for y in _YEAR.findall(stacks[c][1])]
    if plan:
        return min(plan)
    maju = [int(y) for f in ("target_maju", "pagu_maju") for c in spans.get(f, []) for y in _YEAR.findall(stacks[c][1])]
    if maju:
        return min(maju) - 1
    return n_year


def _header_strings(scan: HeadScan) -> set[str]:
    out = set()
    for r in range(scan.start, scan.end + 1):
        for v in scan.sheet.rows[r - 1]:
            if isinstance(v, str) and v.strip():
                out.add(v)
                out.add(v.strip())
    return out


# --- rows ------------------------------------------------------------------------------------------

# "I.", "iii.", "1.", "1.2", "a)", "-": numbering where codes should be (seeds 000, 004).
_NUMBERING = re.compile(r"^\s*((?:[ivxlcdm]+|\d{1,3}|[a-z])[.)]|\d{1,3}(?:\.\d{1,3})+\.?|[-•*–])\s+(?=\S)", re.I)
# a program-or-deeper code in front of a name: "2.15.02", "1.02.02.2.01.0003" (not outline numbering "1.2.3")
_CODE_IN_NAME = re.compile(r"^\s*([0-9X]\.[0-9X]{2}\.\d{2}(?:\.[12]\.\d{2}(?:\.\d{2,4})?)?)\s+(?=\S)")
_ROMAN = re.compile(r"^[ivxlcdm]+$", re.I)
_LEVELS = ("program", "kegiatan", "sub_kegiatan")


class Numbering:
    """Levels from numbering styles: the first style met is a program, the next a kegiatan, ..."""

    def __init__(self) -> None:
        self.order: list[str] = []

    def style(self, token: str) -> str:
        t = token.strip().rstrip(".)")
        if not t or t in "-•*–":
            return "bullet"
        if t.isdigit():
            return "arabic"
        if "." in t:
            return f"arabic{t.count('.') + 1}"
        if _ROMAN.match(t) and not (len(t) == 1 and "alpha" in self.order and "roman" not in self.order):
            return "roman"
        return "alpha"

    def level(self, token: str) -> str:
        s = self.style(token)
        if s not in self.order:
            self.order.append(s)
        i = self.order.index(s)
        return _LEVELS[i] if i < len(_LEVELS) else ""


def split_numbering(text: str) -> tuple[str, str]:
    """``"I. Kepegawaian Daerah"`` -> (``"I."``, ``"Kepegawaian Daerah"``); ``("", text)`` if unnumbered."""
    m = _NUMBERING.match(text)
    if m is None:
        return "", text
    return m.group(1), text[m.end():]


def _is_token(v: Cell) -> bool:
    """A cell holding numbering only ("1.", "IV.", "-"), the name being in the next column."""
    return isinstance(v, str) and split_numbering(v + " x") == (v.strip(), "x")


def _value(line: list[Cell], i: int) -> Cell:
    """The cell at 0-based index ``i`` without surrounding blanks; ``None`` when empty."""
    v = line[i]
    if v is None or v == "":
        return None
    if v.__class__ is str:
        return v.strip() or None  # type: ignore[union-attr]
    return v


_MONEY_FIELDS = ("pagu", "pagu_maju")


@dataclass(slots=True)
class _RowReader:
    """Reads the physical rows of one mapped table into records (state: numbering styles met).

    Columns are turned into 0-based indexes once and every row is padded to the table width, so a
    row costs a handful of list lookups; regexes run only on cells that may match them.
    """

    tmap: TableMap
    formulas: dict[int, list[int]]  # row -> columns holding a formula saved without its value
    numbering: Numbering = field(default_factory=Numbering)
    simple: list[tuple[str, int]] = field(init=False)  # one-column fields: (field, index)
    kode: list[int] = field(init=False)
    nama: list[int] = field(init=False)
    money: list[tuple[str, list[int]]] = field(init=False)
    no: int = field(init=False)  # index of the "No" column, -1 if none
    width: int = field(init=False)
    col_field: dict[int, str] = field(init=False)
    labels: dict[str, tuple[str, str, str] | None] = field(default_factory=dict)  # the same few labels recur

    def __post_init__(self) -> None:
        spans = self.tmap.spans
        self.simple = [(f, cols[0] - 1) for f, cols in spans.items() if f not in ("kode", "nama") + _MONEY_FIELDS]
        self.kode = [c - 1 for c in spans.get("kode", [])]
        self.nama = [c - 1 for c in spans.get("nama", [])]
        self.money = [(f, [c - 1 for c in spans[f]]) for f in _MONEY_FIELDS if f in spans]
        self.no = self.tmap.no_col - 1
        self.width = max([c for cols in spans.values() for c in cols] + [self.tmap.no_col])
        self.col_field = {c: f for f, cols in spans.items() for c in cols}

    def read(self, sheet: SheetData, first: int) -> list[RowRecord]:
        records: list[RowRecord] = []
        after_blank: list[bool] = []
        blank = False
        width = self.width
        for r in range(first, sheet.height + 1):
            line = sheet.rows[r - 1]
            if len(line) < width:
                line = line + [None] * (width - len(line))
            got = self.row(r, line)
            if got is None:
                blank = True
                continue
            for rec in got:
                records.append(rec)
                after_blank.append(blank)
            blank = False
        return _drop_trailing_text(records, after_blank)

    def row(self, r: int, line: list[Cell]) -> list[RowRecord] | None:
        """The record(s) of one row: ``None`` for a blank row, ``[]`` for a repeated header."""
        headers = self.tmap.header_strings
        values: dict[str, Cell] = {}
        cols: dict[str, int] = {}
        hits = 0
        for fld, i in self.simple:
            v = line[i]
            if v is None or v == "":
                continue
            if v.__class__ is str:
                if v in headers:
                    hits += 1
                v = v.strip()  # type: ignore[union-attr]
                if not v:
                    continue
            values[fld], cols[fld] = v, i + 1
        if self.kode:
            hits += self._kode(line, values, cols)
        numbering, nama_col = self._nama(line, values, cols) if self.nama else ("", 0)
        if nama_col and line[nama_col - 1] in headers:
            hits += 1
        label = self._money(line, values, cols) if self.money else None
        no = _value(line, self.no) if self.no >= 0 else None
        if not values and label is None and not (no.__class__ is str and total_label(no)):  # type: ignore[arg-type]
            return [] if r in self.formulas else None
        if hits >= 2 or (self.tmap.number_cells and ("nama" in values or "kode" in values)
                         and self._is_number_row(line, values)):
            return []  # the header (or its number row) repeated after a page break
        for c in self.formulas.get(r, ()):
            # the cell reads as empty; keep its column so findings about the field point at it
            owner = self.col_field.get(c)
            if owner:
                cols.setdefault(owner, c)
        return self._records(r, values, cols, label, no, numbering, nama_col)

    def _kode(self, line: list[Cell], values: dict[str, Cell], cols: dict[str, int]) -> int:
        """The code, joined when it is split over columns (urusan | bidang | program | ...)."""
        span = self.kode
        if len(span) == 1:
            i = span[0]
            v = _value(line, i)
            if v is not None:
                values["kode"], cols["kode"] = v, i + 1
            return 1 if v is not None and line[i] in self.tmap.header_strings else 0
        parts = [(i, v) for i in span if (v := _value(line, i)) is not None]
        if len(parts) == 1:
            values["kode"], cols["kode"] = parts[0][1], parts[0][0] + 1
        elif parts:
            values["kode"] = ".".join(cell_text(v) for _, v in parts)
            cols["kode"] = span[0] + 1
        return 0

    def _nama(self, line: list[Cell], values: dict[str, Cell], cols: dict[str, int]) -> tuple[str, int]:
        """The name (first text of its columns) and a numbering cell before it ("1." | name)."""
        texts = [(i, v) for i in self.nama if (v := _value(line, i)) is not None]
        if not texts:
            return "", 0
        numbering = ""
        i, v = texts[0]
        if len(texts) > 1 and (v.__class__ is int or _is_token(v)):
            numbering = cell_text(v)
            i, v = texts[1]
        values["nama"], cols["nama"] = v, i + 1
        return numbering, i + 1

    def _money(self, line: list[Cell], values: dict[str, Cell], cols: dict[str, int]) -> tuple[str, str] | None:
        """Pagu n and n+1; a belanja label in the pagu columns is returned as (label, measure).

        The pagu may be printed as two sub-columns: ``Belanja operasi | : 9.058.600``, or the label
        and amount in one cell (``Belanja barang dan jasa : 342.763.000``).
        """
        label: tuple[str, str] | None = None
        for fld, span in self.money:
            for i in span:
                v = line[i]
                if v is None or v == "":
                    continue
                found = None
                if v.__class__ is str:
                    v = v.strip()  # type: ignore[union-attr]
                    if not v:
                        continue
                    if v[0] in "Bb":  # type: ignore[index]
                        if v not in self.labels:
                            self.labels[v] = belanja_label(v)  # type: ignore[index, arg-type]
                        found = self.labels[v]  # type: ignore[index]
                if found is None:
                    values[fld], cols[fld] = v, i + 1
                    continue
                label = label or (found[0], found[1])
                if found[2] and fld not in values:
                    values[fld], cols[fld] = ": " + found[2], i + 1
        return label

    def _is_number_row(self, line: list[Cell], values: dict[str, Cell]) -> bool:
        probe = values.get("nama", values.get("kode"))
        if probe is None or probe.__class__ is str and (len(probe) > 12 or probe[0] not in "(0123456789"):  # type: ignore[arg-type, index]
            return False
        if not _NUMBER_LABEL.match(cell_text(probe)):
            return False
        nums = self.tmap.number_cells
        same = sum(1 for c, label in nums.items() if c <= len(line) and cell_text(line[c - 1]) == label)
        return same >= max(3, len(nums) // 2)

    def _records(self, r: int, values: dict[str, Cell], cols: dict[str, int], label: tuple[str, str] | None,
                 no: Cell, numbering: str, nama_col: int) -> list[RowRecord]:
        if label is not None and "kode" not in values:
            return self._belanja(r, values, cols, label)
        rec = classify(RowRecord(r, values, cols))
        if rec.kind == DATA and isinstance(no, str) and total_label(no):
            rec.kind, rec.label = TOTAL, total_label(no)
        if rec.kind == DATA and "kode" not in values:
            self._level(rec, no, numbering, nama_col)
        return [rec]

    def _belanja(self, r: int, values: dict[str, Cell], cols: dict[str, int],
                 label: tuple[str, str]) -> list[RowRecord]:
        """A belanja line; text on the same physical row (a wrapped name, another indicator) is kept
        as a record of its own before it, so nothing the row says is lost."""
        if len(values) == len(cols) and all(f in _MONEY_FIELDS for f in values):
            return [RowRecord(r, values, cols, kind=BELANJA, label=label[0], measure=label[1])]
        money: dict[str, Cell] = {}
        money_cols: dict[str, int] = {}
        for f in _MONEY_FIELDS:
            if f in values:
                money[f], money_cols[f] = values.pop(f), cols.pop(f)
        out = []
        if "nama" in values or "indikator" in values:
            out.append(classify(RowRecord(r, values, cols)))
        out.append(RowRecord(r, money, money_cols, kind=BELANJA, label=label[0], measure=label[1]))
        return out

    def _level(self, rec: RowRecord, no: Cell, numbering: str, nama_col: int) -> None:
        """Rows without a code: the level their numbering (or their name column) tells."""
        fixed = self.tmap.nama_levels.get(nama_col, "") if len(self.nama) > 1 else ""
        token = numbering
        if not token and no is not None and not isinstance(no, bool):
            token = cell_text(no)
        nama = rec.values.get("nama")
        if isinstance(nama, str) and not numbering and (m := _CODE_IN_NAME.match(nama)):
            # "2.15.02.2.01 Penetapan Rencana Induk": the code is written in front of the name
            code = parse_code(m.group(1))
            if isinstance(code, Code):
                rec.values["kode"], rec.values["nama"] = m.group(1), nama[m.end():]
                rec.cols["kode"] = nama_col
                return
        if isinstance(nama, str):
            prefix, rest = split_numbering(nama)
            if prefix:
                token = token or prefix
                rec.values["nama"] = rest
        if not token or not (isinstance(nama, str) and nama):
            return
        rec.numbering = token
        rec.level_hint = fixed or self.numbering.level(token)


def _drop_trailing_text(records: list[RowRecord], after_blank: list[bool]) -> list[RowRecord]:
    """Text below the table (place, date, signature) is not part of its last item."""
    last = -1
    for i, rec in enumerate(records):
        if rec.kind != DATA or "kode" in rec.values or rec.level_hint or _has_numbers(rec):
            last = i
    if last + 1 < len(records) and after_blank[last + 1]:
        return records[: last + 1]
    return records


def _has_numbers(rec: RowRecord) -> bool:
    return any(f in rec.values for f in ("pagu", "pagu_maju", "target", "target_maju"))


# --- identity: tahun, pemda, OPD -------------------------------------------------------------------

_KEYED = {
    "nama perangkat daerah": "opd", "perangkat daerah": "opd", "nama opd": "opd", "opd": "opd", "skpd": "opd",
    "nama skpd": "opd", "unit kerja": "opd", "pemerintah daerah": "pemda", "pemda": "pemda",
    "kabupaten/kota": "pemda", "tahun": "tahun", "tahun anggaran": "tahun", "tahun rencana": "tahun",
}
_TAHUN = re.compile(r"\btahun(?:\s+anggaran)?\s+(20\d\d)\b", re.I)
_PEMDA = re.compile(r"\b(kabupaten|kota|provinsi)\s+((?!dan\b|tahun\b)[a-z][a-z.'-]*(?:\s+(?!dan\b|tahun\b)[a-z][a-z.'-]*){0,3})",
                    re.I)
_AGENCY = re.compile(r"^(dinas|badan|kantor|sekretariat|inspektorat|kecamatan|kelurahan|satuan|rumah sakit|rsud|"
                     r"bagian|bappeda|bkpsdm|bpkad)\b", re.I)


_AGENCY_INSIDE = re.compile(
    r"\b(dinas|badan|kantor|sekretariat|inspektorat|kecamatan|satuan polisi|rumah sakit|rsud)\b.*?"
    r"(?=\s+(?:kabupaten|kota|provinsi|tahun|pemerintah)\b|\s*[,(:]|$)", re.I)

_SMALL_WORDS = {"Dan": "dan", "Di": "di", "Ke": "ke", "Dari": "dari", "Serta": "serta", "Atau": "atau"}


_VOWELS = set("AEIOU")


def _tidy(text: str) -> str:
    """``BADAN KEPEGAWAIAN DAN ...`` -> ``Badan Kepegawaian dan ...``; mixed case and acronyms kept."""
    text = " ".join(text.split()).strip(" :,.")
    if not text.isupper() or " " not in text:
        return text  # "BKPSDM" stays as written
    words = []
    for i, w in enumerate(text.split(" ")):
        t = w.title()
        if not _VOWELS & set(w) or (len(w) <= 3 and t not in _SMALL_WORDS):
            t = w  # ASN, DPRD
        elif i and t in _SMALL_WORDS:
            t = _SMALL_WORDS[t]
        words.append(t)
    return " ".join(words)


def identity_from_titles(titles: list[str]) -> dict[str, str]:
    """tahun / pemda / opd stated in the title rows above the table."""
    found: dict[str, str] = {}
    for text in titles:
        key, sep, value = text.partition(":")
        target = _KEYED.get(norm(key)) if sep else None
        if target and value.strip():
            found.setdefault(target, _tidy(value) if target != "tahun" else value.strip())
            continue
        if "tahun" not in found and (m := _TAHUN.search(text)):
            found["tahun"] = m.group(1)
        if "pemda" not in found and (m := _PEMDA.search(text)):
            found["pemda"] = _tidy(f"{m.group(1)} {m.group(2)}")
        if "opd" not in found and _AGENCY.match(text):
            found["opd"] = _tidy(text)
        elif "opd" not in found and (m := _AGENCY_INSIDE.search(text)):
            # "RENCANA KERJA DINAS KESEHATAN KABUPATEN SIDOARJO TAHUN 2025": the agency sits mid-title
            found["opd"] = _tidy(m.group(0).strip(" ,.-"))
    return found


def fill_identity(sub: Submission, titles: list[str], header_tahun: int | None) -> None:
    """Set ``sub.tahun/pemda/opd`` and record every source in ``sub.meta_sources`` (before assemble)."""
    found = identity_from_titles(titles)
    for fld in ("tahun", "pemda", "opd"):
        if found.get(fld):
            sub.meta_sources.setdefault(fld, {})["judul tabel"] = found[fld]
    if header_tahun:
        sub.meta_sources.setdefault("tahun", {})["judul kolom"] = str(header_tahun)
    tahun = _year(found.get("tahun", "")) or header_tahun
    if tahun is None:
        years = _YEAR.findall(sub.file_name)
        if years:
            tahun = int(years[0])
            sub.meta_sources.setdefault("tahun", {})["nama berkas"] = years[0]
    sub.tahun = tahun
    sub.pemda = found.get("pemda", "")
    sub.opd = found.get("opd", "")


def _year(text: str) -> int | None:
    m = _YEAR.search(text)
    return int(m.group(1)) if m else None


# --- reading -----------------------------------------------------------------------------------------


def read_renja(detection: Detection, wb: WorkbookData, sub: Submission) -> bool:
    """Read a Renja T-C.33 table found on ``detection``'s sheet into ``sub``."""
    scan, sheet = detection.scan, detection.scan.sheet
    doc = document_type("renja")
    tmap = map_columns(scan)
    if tmap.missing:
        _unknown(sub, doc, tmap.missing, sheet.name)
        return False
    formulas: dict[int, list[int]] = {}
    for (r, c) in sheet.formulas_without_value:
        formulas.setdefault(r, []).append(c)
    records = _RowReader(tmap, formulas).read(sheet, scan.first_data_row)
    if "kode" not in tmap.spans and not any(rec.level_hint or "kode" in rec.values for rec in records):
        # neither codes nor numbering: no row could be told from a heading or a wrapped line
        _unknown(sub, doc, ["kode"], sheet.name)
        return False
    sub.document = doc.name
    others = tuple(s.name for s in wb.sheets if s is not sheet and s.visible and not s.name.startswith("_"))
    sub.reading = Reading(sheet.name, scan.header_rows, tmap.columns, "table", others)
    sub.records = records
    fill_identity(sub, scan.titles(), tmap.tahun)  # assemble needs the year for the periods
    if len(wb.sheets) > 1:
        sub.findings.append(Finding("sheet-chosen", file=sub.file_name, sheet=sheet.name, params={
            "sheet": sheet.name, "header_rows": ", ".join(str(r) for r in scan.header_rows),
            "others": ", ".join(s.name for s in wb.sheets if s is not sheet) or "-"}))
    assemble(records, Context(sub, sheet.name, doc), wrapped_rows=True)
    return True


# Readers of hand-made tables by document type; a type without one is reported as unsupported.
READERS: dict[str, Callable[[Detection, WorkbookData, Submission], bool]] = {"renja": read_renja}


def read_table(wb: WorkbookData, sub: Submission) -> bool:
    """Find the table in a workbook that is not our template and read it into ``sub``.

    Returns whether rows were read. An unrecognized table gives ``document-unknown`` (naming the
    required columns not found), another document type ``document-unsupported``.
    """
    found = _detect(wb)
    if found is None:
        _unknown(sub, document_type("renja"), list(REQUIRED), None)
        return False
    if not found.document:
        _unknown(sub, document_type("renja"), map_columns(found.scan).missing, found.scan.sheet.name)
        return False
    if found.document not in READERS:
        from pipeline.extract.readers import readers  # the other document types' readers

        for name, read in readers().items():
            READERS.setdefault(name, read)
    reader = READERS.get(found.document)
    if reader is not None:
        return reader(found, wb, sub)
    sub.document = found.document
    fill_identity(sub, found.scan.titles(), None)
    title = DOCUMENT_TITLES.get(found.document, (found.document, found.document))[0]
    sub.findings.append(Finding("document-unsupported", params={"document": title}, file=sub.file_name,
                                sheet=found.scan.sheet.name))
    return False


def _unknown(sub: Submission, doc: DocumentType, missing: list[str], sheet: str | None) -> None:
    labels = ", ".join(_label(doc, f) for f in missing)
    sub.findings.append(Finding("document-unknown", params={"missing": labels}, file=sub.file_name, sheet=sheet))


def _label(doc: DocumentType, fld: str) -> str:
    return doc.label(fld).replace(" (n)", "")


__all__ = [
    "DOCUMENT_SIGNALS", "HeadScan", "READERS", "Signal", "TableMap", "detect_document", "map_columns",
    "read_table", "scan_sheet", "score_document",
]
