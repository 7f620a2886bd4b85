"""Open a spreadsheet file fast (python-calamine) and gather what calamine cannot see.

calamine gives the cell values; it shows a formula without a cached value and an error cell as
``''`` and knows nothing of hidden rows. For .xlsx/.xlsm those facts come from a targeted scan of
the sheet XML that costs nothing when the sheet has no formulas, errors or hidden rows.
"""

from __future__ import annotations

import posixpath
import re
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import chain
from pathlib import Path
from typing import IO, cast
from xml.etree import ElementTree
from xml.sax.saxutils import unescape

import python_calamine as pc

from pipeline.deflate import FastZipFile
from pipeline.findings.model import a1, column_letter
from pipeline.limits import Limits
from pipeline.values import Cell

SUPPORTED_SUFFIXES = {".xlsx", ".xlsm", ".xls", ".ods"}
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


class WorkbookError(Exception):
    """A file that cannot be read; ``code`` is the finding kind, ``params`` fill its message."""

    def __init__(self, code: str, **params: str) -> None:
        super().__init__(code, params)
        self.code = code
        self.params = params


@dataclass(slots=True)
class SheetData:
    """One sheet's values as a grid anchored at A1 (``rows[r][c]`` is Excel row r+1, col c+1)."""

    name: str
    rows: list[list[Cell]]
    visible: bool = True
    merged: list[tuple[int, int, int, int]] = field(default_factory=list)  # 1-based r0, c0, r1, c1
    hidden_rows: set[int] = field(default_factory=set)  # 1-based
    formulas_without_value: dict[tuple[int, int], str] = field(default_factory=dict)
    error_cells: dict[tuple[int, int], str] = field(default_factory=dict)

    def value(self, row: int, col: int) -> Cell:
        """Value at 1-based (row, col); ``None`` outside the grid or for an empty cell."""
        if row < 1 or col < 1 or row > len(self.rows):
            return None
        line = self.rows[row - 1]
        if col > len(line):
            return None
        v = line[col - 1]
        return None if v == "" else v

    @property
    def height(self) -> int:
        return len(self.rows)

    def has_data(self) -> bool:
        return any(v not in ("", None) for line in self.rows for v in line)


@dataclass(slots=True)
class WorkbookData:
    path: Path
    format: str  # xlsx, xlsm, xls, ods
    sheets: list[SheetData]
    has_macros: bool = False
    external_links: bool = False

    def sheet(self, name: str) -> SheetData | None:
        for s in self.sheets:
            if s.name == name:
                return s
        return None


def sniff_format(path: Path) -> str:
    """The container from the first bytes, whatever the file is called: ``zip``, ``ole`` or ``unknown``.

    Which workbook a zip holds (xlsx, xlsm, xlsb, ods) is decided from its members (``_check_zip``).
    """
    with open(path, "rb") as fh:
        head = fh.read(8)
    if not head:
        raise WorkbookError("file-empty")
    if head.startswith(b"PK"):
        return "zip"
    if head == _OLE_MAGIC:
        # An OLE container is either a legacy .xls or an encrypted OOXML workbook.
        return "ole"
    return "unknown"


# Excel cannot hold more than this in one cell; a longer text was written by something else.
MAX_CELL_CHARS = 32_767


def open_workbook(path: Path, limits: Limits | None = None) -> WorkbookData:
    """Read every sheet of ``path``; raise ``WorkbookError`` with a finding code when it can't.

    Every limit is checked on what the file declares and on a streaming scan of its parts
    *before* calamine inflates anything: calamine allocates a sheet's whole rectangle at once,
    and an allocation it cannot make aborts the process instead of raising.
    """
    limits = limits or Limits()
    size = path.stat().st_size
    if size == 0:
        raise WorkbookError("file-empty")
    if size > limits.max_file_bytes:
        raise WorkbookError("file-too-large", limit=f"ukuran berkas ({_n(limits.max_file_bytes)} byte)",
                            actual=f"{_n(size)} byte")
    container = sniff_format(path)
    if container == "unknown":
        raise WorkbookError("file-unreadable", reason="isinya bukan workbook Excel/ODS")
    facts = _ZipFacts("xls") if container == "ole" else _check_zip(path, limits)
    if container == "ole":
        _check_ole(path)
    try:
        with open(path, "rb") as fh:  # calamine recognises the format from the content, not the name
            wb = pc.CalamineWorkbook.from_filelike(fh)
    except pc.PasswordError as exc:
        raise WorkbookError("file-encrypted") from exc
    except _CALAMINE_FAILURES as exc:  # calamine raises several exception types for broken files
        raise WorkbookError("file-unreadable", reason=_calamine_reason(exc)) from exc
    sheets: list[SheetData] = []
    try:
        for meta in wb.sheets_metadata:
            if meta.typ != pc.SheetTypeEnum.WorkSheet:
                continue
            scan = facts.scans.get(meta.name)
            if facts.format in ("xlsx", "xlsm") and scan is None:
                raise WorkbookError("file-unreadable", reason=f"sheet '{meta.name[:40]}' tidak dapat diperiksa")
            ws = wb.get_sheet_by_name(meta.name)
            height, width = ws.total_height + 1, ws.total_width + 1  # calamine gives the last index
            _check_extent(height, width, limits)
            rows = cast(list[list[Cell]], ws.to_python(skip_empty_area=False))
            _check_text_lengths(meta.name, rows)
            merged = [(r0 + 1, c0 + 1, r1 + 1, c1 + 1) for (r0, c0), (r1, c1) in (ws.merged_cell_ranges or [])]
            sheet = SheetData(meta.name, rows, meta.visible == pc.SheetVisibleEnum.Visible, merged)
            if scan is not None:
                sheet.hidden_rows = scan.hidden_rows
                sheet.formulas_without_value = scan.formulas_without_value
                sheet.error_cells = scan.error_cells
            sheets.append(sheet)
    except WorkbookError:
        raise
    except _CALAMINE_FAILURES as exc:
        raise WorkbookError("file-unreadable", reason=_calamine_reason(exc)) from exc
    finally:
        wb.close()
    return WorkbookData(path, facts.format, sheets, facts.has_macros, facts.external_links)


def _calamine_failures() -> tuple[type[BaseException], ...]:
    # A Rust panic inside calamine surfaces as pyo3's PanicException, a BaseException: a broken
    # file must not take the run down with it.
    panic: list[type[BaseException]] = []
    try:
        from pyo3_runtime import PanicException  # type: ignore[import-not-found]

        panic.append(PanicException)
    except ImportError:
        pass
    return (Exception, *panic)


_CALAMINE_FAILURES = _calamine_failures()


def _n(number: int) -> str:
    """A count as Indonesians write it: 1.048.576."""
    return f"{number:,}".replace(",", ".")


def _calamine_reason(exc: BaseException) -> str:
    """Calamine's technical English after an Indonesian sentence an operator can act on."""
    text = _short(exc)
    if "cannot detect file format" in text.lower():
        return "isinya rusak atau bukan format Excel/ODS yang dikenal"
    return f"isinya rusak ({text})"


def _short(exc: BaseException) -> str:
    text = " ".join(str(exc).split()) or type(exc).__name__
    return text[:200]


def _check_extent(rows: int, cols: int, limits: Limits) -> None:
    if rows > limits.max_rows:
        raise WorkbookError("file-too-large", limit=f"jumlah baris per sheet ({_n(limits.max_rows)})",
                            actual=f"{_n(rows)} baris")
    if rows * max(cols, 1) > limits.max_cells:
        raise WorkbookError("file-too-large", limit=f"jumlah sel per sheet ({_n(limits.max_cells)})",
                            actual=f"{_n(rows)} baris x {_n(cols)} kolom")


_is_str = str.__instancecheck__  # isinstance(value, str), without a Python frame per cell


def _check_text_lengths(sheet: str, rows: list[list[Cell]]) -> None:
    # The longest text of the sheet in C-speed passes; the cell is looked for only past the limit.
    texts = cast("Iterator[str]", filter(_is_str, chain.from_iterable(rows)))
    if max(map(len, texts), default=0) <= MAX_CELL_CHARS:
        return
    for r, line in enumerate(rows, start=1):
        for c, value in enumerate(line, start=1):
            if isinstance(value, str) and len(value) > MAX_CELL_CHARS:
                raise WorkbookError("file-too-large", limit=f"panjang teks satu sel ({_n(MAX_CELL_CHARS)} karakter)",
                                    actual=f"{_n(len(value))} karakter di sheet '{sheet[:40]}' sel {a1(r, c)}")


_ENCRYPTION_NAMES = ("EncryptionInfo".encode("utf-16-le"), "EncryptedPackage".encode("utf-16-le"))


def _check_ole(path: Path) -> None:
    """An encrypted OOXML package is an OLE container with EncryptionInfo / EncryptedPackage streams.

    The directory entry holding those names can sit anywhere in the container, so the whole file
    (at most ``max_file_bytes``) is searched in chunks that overlap by a name's length.
    """
    overlap = max(len(n) for n in _ENCRYPTION_NAMES)
    tail = b""
    with open(path, "rb") as fh:
        while block := fh.read(1 << 20):
            window = tail + block
            if any(name in window for name in _ENCRYPTION_NAMES):
                raise WorkbookError("file-encrypted")
            tail = window[-overlap:]


@dataclass(slots=True)
class _SheetScan:
    """What a streaming pass over one sheet's XML found (calamine cannot see these)."""

    hidden_rows: set[int] = field(default_factory=set)
    formulas_without_value: dict[tuple[int, int], str] = field(default_factory=dict)
    error_cells: dict[tuple[int, int], str] = field(default_factory=dict)


@dataclass(slots=True)
class _ZipFacts:
    format: str  # xlsx, xlsm, ods, xls
    has_macros: bool = False
    external_links: bool = False
    scans: dict[str, _SheetScan] = field(default_factory=dict)  # sheet name -> scan (xlsx, xlsm)


def _check_zip(path: Path, limits: Limits) -> _ZipFacts:
    """Refuse zip bombs before anything inflates; tell the format; scan every sheet within the limits."""
    size = path.stat().st_size
    try:
        with FastZipFile(path) as zf:
            infos = zf.infolist()
            names = [i.filename for i in infos]
            if len(set(names)) != len(names):
                raise WorkbookError("file-unreadable", reason="arsip zip memuat bagian dengan nama ganda")
            total = sum(i.file_size for i in infos)
            if total > limits.max_unzipped_bytes:
                raise WorkbookError("file-too-large",
                                    limit=f"ukuran setelah dekompresi ({_n(limits.max_unzipped_bytes)} byte)",
                                    actual=f"{_n(total)} byte dari berkas {_n(size)} byte")
            for info in infos:
                if info.compress_size and info.file_size / info.compress_size > limits.max_compression_ratio \
                        and info.file_size > 10_000_000:
                    raise WorkbookError("file-too-large",
                                        limit=f"rasio kompresi ({limits.max_compression_ratio}:1, tanda bom zip)",
                                        actual=f"bagian {info.filename[:60]} mengembang dari {_n(info.compress_size)} "
                                               f"menjadi {_n(info.file_size)} byte")
            present = set(names)
            for info in infos:
                if info.filename.endswith((".xml", ".rels")) and _declares_entities(zf, info):
                    raise WorkbookError("file-unreadable", reason=f"bagian {info.filename[:60]} memuat deklarasi "
                                        "DTD/entitas XML, yang tidak pernah dibuat Excel (berkas berbahaya)")
            if "EncryptionInfo" in present:
                raise WorkbookError("file-encrypted")
            if "xl/workbook.bin" in present:
                raise WorkbookError("file-format-unsupported", format="Excel Binary (.xlsb)")
            if "xl/workbook.xml" not in present:
                if "content.xml" in present:
                    _scan_ods(zf, limits)
                    return _ZipFacts("ods")
                raise WorkbookError("file-unreadable", reason="arsip zip tidak memuat workbook Excel/ODS")
            has_macros = any(n.lower().endswith("vbaproject.bin") for n in present)
            facts = _ZipFacts("xlsm" if has_macros else "xlsx", has_macros,
                              any(n.startswith("xl/externalLinks/") for n in present))
            by_name, targets = _sheet_parts(zf, present)
            # Every part a reader could take for a sheet is scanned, not only the one we map a
            # name to: a hostile package may point two ways, and calamine must meet no unscanned part.
            candidates = targets | {n for n in present if n.startswith("xl/worksheets/") and n.endswith(".xml")}
            scans = {part: _scan_sheet_xml(zf, part, limits) for part in sorted(candidates)}
            facts.scans = {sheet: scans[part] for sheet, part in by_name.items()}
            return facts
    except WorkbookError:
        raise
    except zipfile.BadZipFile as exc:
        raise WorkbookError("file-unreadable", reason="arsip zip rusak atau terpotong") from exc
    except Exception as exc:  # damaged headers raise struct / value / unicode / runtime errors
        raise WorkbookError("file-unreadable", reason=f"arsip zip rusak ({_short(exc)})") from exc


_NS_MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_NS_REL = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"


def _declares_entities(zf: zipfile.ZipFile, info: zipfile.ZipInfo) -> bool:
    """A DTD in the prolog of an XML part: the road to entity bombs (billion laughs) and XXE."""
    with zf.open(info) as fh:
        head = fh.read(4096)
    return b"<!DOCTYPE" in head or b"<!ENTITY" in head


def _sheet_parts(zf: zipfile.ZipFile, names: set[str]) -> tuple[dict[str, str], set[str]]:
    """Sheet name -> zip part of its XML, from workbook.xml and its relationships; and every part
    a worksheet relationship points at.

    A workbook.xml or relationships that do not parse, or relationships that say two things under
    one Id, are refused: calamine might read them its own way, and a sheet that was not scanned
    first must never reach calamine.
    """
    if "xl/_rels/workbook.xml.rels" not in names:
        raise WorkbookError("file-unreadable", reason="xl/_rels/workbook.xml.rels tidak ada")
    try:
        book = ElementTree.fromstring(_read_part(zf, "xl/workbook.xml"))
        rels = ElementTree.fromstring(_read_part(zf, "xl/_rels/workbook.xml.rels"))
    except ElementTree.ParseError as exc:
        raise WorkbookError("file-unreadable", reason=f"XML workbook rusak ({_short(exc)})") from exc
    targets: dict[str | None, str] = {}
    worksheets: set[str] = set()
    for rel in rels:
        target = rel.get("Target", "").replace("\\", "/")
        if target.startswith("/"):
            part = posixpath.normpath(target.lstrip("/"))
        else:
            part = posixpath.normpath(posixpath.join("xl", target))
        if rel.get("Id") in targets:
            raise WorkbookError("file-unreadable", reason=f"relasi ganda '{str(rel.get('Id'))[:20]}' di workbook")
        targets[rel.get("Id")] = part
        if rel.get("Type", "").endswith("/worksheet") and part in names:
            worksheets.add(part)
    parts = {}
    for sheet in book.iter(f"{_NS_MAIN}sheet"):
        found = targets.get(sheet.get(f"{_NS_REL}id"))
        if found and found in names:
            parts[sheet.get("name", "")] = found
    return parts, worksheets


def _read_part(zf: zipfile.ZipFile, name: str, cap: int = 16 * 1024 * 1024) -> bytes:
    """A small part (workbook.xml, its relationships), refused beyond ``cap`` bytes."""
    with zf.open(name) as fh:
        data = fh.read(cap + 1)
    if len(data) > cap:
        raise WorkbookError("file-too-large", limit=f"ukuran bagian workbook ({_n(cap)} byte)",
                            actual=f"{name} lebih besar")
    return data


_CHUNK = 1 << 20
_TAIL = 1 << 13  # where ``_chunks`` looks for the last row end first
# Every row and cell start tag with its r="..." value when it has one; tags may carry a namespace
# prefix (<x:row>, <x:c>). The value is checked strictly below: how a reader parses a malformed
# reference (A99999999999999999999) is anyone's guess, and a guess that overflows allocates.
_ROW_OR_CELL = re.compile(
    rb"""<(?:[\w.-]+:)?(row|c)(?=[\s/>])(?:[^>]*?(?<![\w:.-])r\s*=\s*(?:"([^"]*)"|'([^']*)'))?[^>]*>""")
_CELL_A1 = re.compile(rb"([A-Za-z]{1,3})([1-9]\d{0,6})")
_ROW_NUMBER = re.compile(rb"[1-9]\d{0,6}")
_EXCEL_ROWS, _EXCEL_COLS = 1_048_576, 16_384
# The fast path: Excel, LibreOffice, openpyxl and xlsxwriter write r first, unprefixed.
_PLAIN_CELL_COL = re.compile(rb'<c r="([A-Z]{1,3})[1-9]\d{0,6}"[ />]')
_PLAIN_CELL_ROW = re.compile(rb'<c r="[A-Z]{1,3}([1-9]\d{0,6})"[ />]')
_PLAIN_ROW = re.compile(rb'<row r="([1-9]\d{0,6})"[ />]')
_ODD_SPACE = re.compile(rb"<(?:c|row)[\t\n\r]|<c r=\"[A-Z]{1,3}[1-9]\d{0,6}\"[\t\n\r]")
_PLAIN_CELL = re.compile(rb'<c r="([A-Z]{1,3})([1-9]\d{0,6})"[ />]')
_PREFIXED_TAG = re.compile(rb":(?:c|row)")  # as ``b":c" in xml or b":row" in xml``, in one faster pass


# The patterns of _Extent._feed_bounded, compiled for each guess of the extent (a template's sheets
# all have the same one): a row or cell tag that is not plain or lies beyond the guess.
@lru_cache(maxsize=64)
def _bounded_row_pattern(top_row: int) -> re.Pattern[bytes]:
    """A row tag other than ``<row r="N"`` with 1 <= N <= ``top_row``, then a space, / or >."""
    return re.compile(rb'<row(?! r="(?:' + numbers_up_to(top_row) + rb')"[ />])(?=[\s/>])')


@lru_cache(maxsize=64)
def _bounded_cell_pattern(top_col: int, top_row: int) -> re.Pattern[bytes]:
    """A cell tag other than ``<c r="A1"`` within ``top_col`` x ``top_row``, then a space, / or >."""
    cols = _up_to_string(column_letter(top_col).encode(), b"A", b"Z") if top_col else b"(?!)"
    return re.compile(rb'<c(?! r="(?:' + cols + rb")(?:" + numbers_up_to(top_row) + rb')"[ />])(?=[\s/>])')


def numbers_up_to(number: int) -> bytes:
    """A regex alternation for the numbers 1 .. ``number`` written without leading zeros."""
    if number < 1:
        return b"(?!)"
    return _up_to_string(str(number).encode(), b"0", b"9", first=b"1")


def _up_to_string(top: bytes, low: bytes, high: bytes, first: bytes | None = None) -> bytes:
    """A regex alternation for the strings of symbols ``low``-``high`` (no ``low`` in first place
    when ``first`` is given) that are at most ``top``, counting as numbers do: a shorter string
    is smaller, then symbol by symbol. Serves digits (rows) and letters (columns).

    The alternatives of ``top``'s own length come first: they are the common ones, and the regex
    engine tries alternatives in order.
    """
    lead = first or low
    alts = []
    for i in range(len(top)):  # top[:i], then a smaller symbol (or, in last place, up to top's), then any
        floor = lead if i == 0 else low
        upper = top[i] if i == len(top) - 1 else top[i] - 1
        if upper >= floor[0]:
            rest = len(top) - i - 1
            alts.append(re.escape(top[:i]) + b"[%s-%s]" % (floor, bytes([upper]))
                        + (b"[%s-%s]{%d}" % (low, high, rest) if rest else b""))
    if len(top) > 1:  # every shorter string
        shorter = b"[%s-%s]{0,%d}" % (low, high, len(top) - 2) if len(top) > 2 else b""
        alts.append(b"[%s-%s]" % (lead, high) + shorter)
    return b"|".join(alts)


_ROW_TAG = re.compile(rb"<row\b[^>]*>")
_ROW_R = re.compile(rb'\br="(\d+)"')
_HIDDEN = re.compile(rb'\bhidden="(?:1|true)"')
_CELL_WITH_FORMULA = re.compile(
    rb"<c\b([^>]*)>\s*<f\b[^>]*?(?:/>|>([^<]*)</f>)\s*(?:<v\s*/>|<v>\s*</v>)?\s*</c>")
_ERROR_CELL = re.compile(rb'<c\b([^>]*\bt="e"[^>]*)>(.*?)</c>', re.S)
_CELL_REF = re.compile(rb'\br="([A-Z]+)(\d+)"')
_VALUE = re.compile(rb"<v>([^<]*)</v>")
_HIDDEN_VALUE = re.compile(rb'hidden="(?:1|true)"')  # _HIDDEN without its leading \b, which is slow to search for
_FORMULA_TAG = re.compile(rb"<f\b")
_ERROR_TYPE = re.compile(rb't="e"')
_ROW_END = re.compile(rb"</(?:[\w.-]+:)?row\s*>")


class _Extent:
    """The rectangle calamine will allocate for a sheet, followed tag by tag as it places cells.

    A row or cell without ``r`` comes right after the previous one, as calamine places it; an
    ``r`` that is not a reference inside Excel's grid refuses the file.
    """

    def __init__(self) -> None:
        self.row = self.col = 0
        self.max_row = self.max_col = 0
        self._cols: dict[bytes, int] = {}

    def feed(self, xml: bytes) -> None:
        if not self._feed_bounded(xml) and not self._feed_plain(xml):
            self._feed_tags(xml)

    def _feed_bounded(self, xml: bytes) -> bool:
        """The common case in two C-speed passes (rows, cells), without a list of every cell.

        A guess of the extent (the last row and cell of the chunk, or what earlier chunks
        reached) is confirmed by searching for a row or cell tag that is not plain or lies beyond
        it; a tag found beyond raises the guess and the search goes on from there. Declines (the
        caller then takes ``_feed_plain`` or ``_feed_tags``) whenever any tag is not plain or a
        reference falls outside Excel's grid, so it only ever handles chunks ``_feed_plain``
        would handle, with the same result.
        """
        if _PREFIXED_TAG.search(xml):
            return False
        top_row, top_col = self.max_row, self.max_col
        row, col = self.row, self.col
        last = xml.rfind(b'<row r="')
        if last >= 0:
            m = _PLAIN_ROW.match(xml, last)
            if m is None:
                return False
            row = int(m.group(1))
            top_row = max(top_row, row)
        last = xml.rfind(b'<c r="')
        if last >= 0:
            m = _PLAIN_CELL.match(xml, last)
            if m is None:
                return False
            col = _col_index(m.group(1))
            top_row, top_col = max(top_row, int(m.group(2))), max(top_col, col)
        # Rows, then cells, against the guess: each tag found is either not plain (decline) or
        # beyond the guess, which then grows to it (every bound is a value some tag carries).
        pos = 0
        for _ in range(8):
            if top_row > _EXCEL_ROWS:
                return False
            m = _bounded_row_pattern(top_row).search(xml, pos)
            if m is None:
                break
            found = _PLAIN_ROW.match(xml, m.start())
            if found is None or int(found.group(1)) <= top_row:
                return False
            top_row, pos = int(found.group(1)), m.start()
        else:
            return False
        pos = 0
        for _ in range(8):
            if top_row > _EXCEL_ROWS or top_col > _EXCEL_COLS:
                return False
            m = _bounded_cell_pattern(top_col, top_row).search(xml, pos)
            if m is None:
                break
            found = _PLAIN_CELL.match(xml, m.start())
            if found is None:
                return False
            cell_row, cell_col = int(found.group(2)), _col_index(found.group(1))
            if cell_row <= top_row and cell_col <= top_col:
                return False  # cannot happen (the pattern lets such a cell pass): never loop on it
            top_row, top_col, pos = max(top_row, cell_row), max(top_col, cell_col), m.start()
        else:
            return False
        self.row, self.col, self.max_row, self.max_col = row, col, top_row, top_col
        return True

    def _feed_plain(self, xml: bytes) -> bool:
        """Every row and cell carries a plain r first: each one read, in a few C-speed passes.

        Where ``_feed_bounded`` declines although the tags are plain: the extent grew past its
        guess too often, or reaches outside Excel's grid (refused here).
        """
        if b":c" in xml or b":row" in xml or _ODD_SPACE.search(xml):  # prefixes, odd spacing: tag by tag
            return False
        rows = _PLAIN_ROW.findall(xml)
        cell_rows = _PLAIN_CELL_ROW.findall(xml)
        if len(rows) != xml.count(b"<row ") + xml.count(b"<row>") + xml.count(b"<row/") \
                or len(cell_rows) != xml.count(b"<c ") + xml.count(b"<c>") + xml.count(b"<c/"):
            return False
        if rows:
            self.max_row = max(self.max_row, max(map(int, rows)))
            self.row = int(rows[-1])
        if cell_rows:
            self.max_row = max(self.max_row, max(map(int, set(cell_rows))))
            for letters in set(_PLAIN_CELL_COL.findall(xml)):
                col = self._cols.get(letters)
                if col is None:
                    col = self._cols[letters] = _col_index(letters)
                self.max_col = max(self.max_col, col)
            last = xml.rfind(b'<c r="')
            self.col = self._cols[_PLAIN_CELL_COL.match(xml, last).group(1)]  # type: ignore[union-attr]
        if self.max_row > _EXCEL_ROWS or self.max_col > _EXCEL_COLS:
            raise WorkbookError("file-unreadable", reason="alamat sel di luar batas lembar Excel")
        return True

    def _feed_tags(self, xml: bytes) -> None:
        for kind, quoted, single in _ROW_OR_CELL.findall(xml):
            ref = quoted or single  # r="" counts as no reference
            if kind == b"row":
                if ref:
                    if not _ROW_NUMBER.fullmatch(ref) or int(ref) > _EXCEL_ROWS:
                        raise _bad_reference(ref)
                    self.row = int(ref)
                else:
                    self.row += 1
                self.col = 0
                self.max_row = max(self.max_row, self.row)
                continue
            if ref:
                m = _CELL_A1.fullmatch(ref)
                if m is None:
                    raise _bad_reference(ref)
                letters = m.group(1).upper()
                col = self._cols.get(letters)
                if col is None:
                    col = self._cols[letters] = _col_index(letters)
                row = int(m.group(2))
                if col > _EXCEL_COLS or row > _EXCEL_ROWS:
                    raise _bad_reference(ref)
                self.col = col
                self.max_row = max(self.max_row, row)
            else:
                self.col += 1
            self.max_col = max(self.max_col, self.col)


def _bad_reference(ref: bytes) -> WorkbookError:
    text = ref[:24].decode("utf-8", "replace")
    return WorkbookError("file-unreadable", reason=f"alamat sel tidak sah di XML sheet (r=\"{text}\")")


def _chunks(fh: IO[bytes], boundary: re.Pattern[bytes]) -> Iterator[bytes]:
    """The stream in pieces of about ``_CHUNK`` bytes, each ending after a ``boundary`` match.

    When no boundary comes for a long stretch the piece ends after the last ``>``, so a start tag
    is never split (only constructs spanning several tags can be).
    """
    carry = b""
    while block := fh.read(_CHUNK):
        buf = carry + block
        cut = -1
        start = max(0, len(buf) - _CHUNK - len(carry))
        # The last boundary: looked for in the tail first (boundaries never overlap, so a match
        # there is the last one), in the whole piece only when the tail has none.
        for begin in (max(start, len(buf) - _TAIL), start):
            for m in boundary.finditer(buf, begin):
                cut = m.end()
            if cut >= 0 or begin == start:
                break
        if cut < 0 and len(buf) > 8 * _CHUNK:
            cut = buf.rfind(b">") + 1
        if cut <= 0:
            carry = buf
            continue
        carry = buf[cut:]
        yield buf[:cut]
    if carry:
        yield carry


def _scan_sheet_xml(zf: zipfile.ZipFile, part: str, limits: Limits) -> _SheetScan:
    """One streaming pass over a sheet: its extent against the limits, hidden rows, formulas
    saved without a value and error cells. Memory stays at a few chunks whatever the sheet's size."""
    scan = _SheetScan()
    extent = _Extent()
    with zf.open(part) as fh:
        for xml in _chunks(fh, _ROW_END):
            extent.feed(xml)
            _check_extent(extent.max_row, extent.max_col, limits)
            _scan_chunk(xml, scan)
    return scan


def _scan_chunk(xml: bytes, scan: _SheetScan) -> None:
    # Each finditer below runs only when the chunk holds what it needs to match: the guards are
    # single regex searches (faster than ``in`` on bytes), and ``<f\b`` leaves out the
    # ``<formula1>`` of data validations, which would otherwise send every sheet with a dropdown
    # list through the formula pattern.
    if _HIDDEN_VALUE.search(xml):
        for tag in _ROW_TAG.finditer(xml):
            if _HIDDEN.search(tag.group(0)):
                m = _ROW_R.search(tag.group(0))
                if m:
                    scan.hidden_rows.add(int(m.group(1)))
    if _FORMULA_TAG.search(xml):
        for m in _CELL_WITH_FORMULA.finditer(xml):
            ref = _CELL_REF.search(m.group(1))
            if ref:
                formula = unescape((m.group(2) or b"").decode("utf-8", "replace"), {"&quot;": '"', "&apos;": "'"})
                scan.formulas_without_value[(int(ref.group(2)), _col_index(ref.group(1)))] = "=" + formula
    if _ERROR_TYPE.search(xml):
        for m in _ERROR_CELL.finditer(xml):
            ref = _CELL_REF.search(m.group(1))
            val = _VALUE.search(m.group(2))
            if ref:
                scan.error_cells[(int(ref.group(2)), _col_index(ref.group(1)))] = (
                    val.group(1).decode("utf-8", "replace") if val else "#ERROR")


# ODS: calamine expands number-rows-repeated / number-columns-repeated of cells holding a value.
_ODS_TAG = re.compile(
    rb"<table:(table|table-row|table-cell|covered-table-cell)(?=[\s/>])([^>]*?)(/?)>")
_ODS_ROWS = re.compile(rb'table:number-rows-repeated\s*=\s*["\'](\d{1,12})["\']')
_ODS_COLS = re.compile(rb'table:number-columns-repeated\s*=\s*["\'](\d{1,12})["\']')
_ODS_ROW_END = re.compile(rb"</table:table-row\s*>")


def _scan_ods(zf: zipfile.ZipFile, limits: Limits) -> None:
    """The extent of every table of content.xml: rows x columns up to the last cell with content."""
    row = row_span = col = 0
    max_row = max_col = 0
    with zf.open("content.xml") as fh:
        for xml in _chunks(fh, _ODS_ROW_END):
            for kind, attrs, empty in _ODS_TAG.findall(xml):
                if kind == b"table":
                    row = row_span = col = max_row = max_col = 0
                elif kind == b"table-row":
                    m = _ODS_ROWS.search(attrs)
                    row += row_span
                    row_span, col = (int(m.group(1)) if m else 1), 0
                else:
                    m = _ODS_COLS.search(attrs)
                    span = int(m.group(1)) if m else 1
                    if not empty or b"value-type" in attrs:
                        max_row = max(max_row, row + row_span)
                        max_col = max(max_col, col + span)
                    col += span
                _check_extent(max_row, max_col, limits)


def _col_index(letters: bytes) -> int:
    n = 0
    for ch in letters:
        n = n * 26 + (ch - 64)
    return n
