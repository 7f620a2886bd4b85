"""Open a spreadsheet file fast (python-calamine) and gather what calamine cannot see.

calamine gives the cell values; it shows a formula without a cached value and an error cell as
``''`` and knows nothing of hidden rows. For .xlsx/.xlsm those facts come from a targeted scan of
the sheet XML that costs nothing when the sheet has no formulas, errors or hidden rows.
"""

from __future__ import annotations

import re
import zipfile
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from xml.etree import ElementTree

import python_calamine as pc

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
    """The real format from the first bytes, whatever the file is called."""
    with open(path, "rb") as fh:
        head = fh.read(8)
    if not head:
        raise WorkbookError("file-empty")
    suffix = path.suffix.lower()
    if head.startswith(b"PK"):
        if suffix == ".xlsb":
            return "xlsb"
        if suffix == ".ods":
            return "ods"
        return "xlsm" if suffix == ".xlsm" else "xlsx"
    if head == _OLE_MAGIC:
        # An OLE container is either a legacy .xls or an encrypted OOXML workbook.
        return "ole"
    return "unknown"


def open_workbook(path: Path, limits: Limits | None = None) -> WorkbookData:
    """Read every sheet of ``path``; raise ``WorkbookError`` with a finding code when it can't."""
    limits = limits or Limits()
    size = path.stat().st_size
    if size == 0:
        raise WorkbookError("file-empty")
    if size > limits.max_file_bytes:
        raise WorkbookError("file-too-large", limit="ukuran berkas", actual=f"{size:,} byte")
    fmt = sniff_format(path)
    if fmt == "xlsb":
        raise WorkbookError("file-format-unsupported", format="Excel Binary (.xlsb)")
    if fmt == "unknown":
        raise WorkbookError("file-unreadable", reason="isinya bukan workbook Excel/ODS")
    if fmt == "ole":
        fmt = _ole_kind(path)
    has_macros = external = False
    xml_parts: dict[str, str] = {}
    if fmt in ("xlsx", "xlsm", "ods"):
        has_macros, external, xml_parts = _check_zip(path, fmt, limits)
    try:
        wb = pc.CalamineWorkbook.from_path(str(path))
    except pc.PasswordError as exc:
        raise WorkbookError("file-encrypted") from exc
    except Exception as exc:  # calamine raises several exception types for broken files
        raise WorkbookError("file-unreadable", reason=_short(exc)) from exc
    sheets: list[SheetData] = []
    try:
        for meta in wb.sheets_metadata:
            if meta.typ != pc.SheetTypeEnum.WorkSheet:
                continue
            ws = wb.get_sheet_by_name(meta.name)
            if ws.total_height > limits.max_rows or ws.total_height * max(ws.total_width, 1) > limits.max_cells:
                raise WorkbookError("file-too-large", limit="jumlah sel",
                                    actual=f"{ws.total_height:,} baris x {ws.total_width:,} kolom")
            rows = ws.to_python(skip_empty_area=False)
            merged = [(r0 + 1, c0 + 1, r1 + 1, c1 + 1) for (r0, c0), (r1, c1) in (ws.merged_cell_ranges or [])]
            sheet = SheetData(meta.name, rows, meta.visible == pc.SheetVisibleEnum.Visible, merged)
            part = xml_parts.get(meta.name)
            if part is not None:
                _scan_sheet_xml(path, part, sheet, limits)
            sheets.append(sheet)
    except WorkbookError:
        raise
    except Exception as exc:
        raise WorkbookError("file-unreadable", reason=_short(exc)) from exc
    finally:
        wb.close()
    return WorkbookData(path, fmt, sheets, has_macros, external)


def _short(exc: BaseException) -> str:
    text = " ".join(str(exc).split()) or type(exc).__name__
    return text[:200]


def _ole_kind(path: Path) -> str:
    """Tell an encrypted OOXML package (OLE with an EncryptionInfo stream) from a legacy .xls."""
    with open(path, "rb") as fh:
        blob = fh.read(1 << 20)
    if "EncryptionInfo".encode("utf-16-le") in blob or "EncryptedPackage".encode("utf-16-le") in blob:
        raise WorkbookError("file-encrypted")
    return "xls"


def _check_zip(path: Path, fmt: str, limits: Limits) -> tuple[bool, bool, dict[str, str]]:
    """Refuse zip bombs before anything inflates; find macros, external links and sheet parts."""
    try:
        with zipfile.ZipFile(path) as zf:
            infos = zf.infolist()
            total = sum(i.file_size for i in infos)
            if total > limits.max_unzipped_bytes:
                raise WorkbookError("file-too-large", limit="ukuran setelah dekompresi",
                                    actual=f"{total:,} byte")
            for info in infos:
                if info.compress_size and info.file_size / info.compress_size > limits.max_compression_ratio \
                        and info.file_size > 10_000_000:
                    raise WorkbookError("file-too-large", limit="rasio kompresi",
                                        actual=f"{info.filename}: {info.file_size:,} byte")
            names = {i.filename for i in infos}
            if fmt == "ods":
                return False, False, {}
            if "EncryptionInfo" in names:
                raise WorkbookError("file-encrypted")
            has_macros = any(n.lower().endswith("vbaproject.bin") for n in names)
            external = any(n.startswith("xl/externalLinks/") for n in names)
            return has_macros, external, _sheet_parts(zf, names)
    except zipfile.BadZipFile as exc:
        raise WorkbookError("file-unreadable", reason="arsip zip rusak atau terpotong") from exc


_NS_MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_NS_REL = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"


def _sheet_parts(zf: zipfile.ZipFile, names: set[str]) -> dict[str, str]:
    """Sheet name -> zip part of its XML, from workbook.xml and its relationships."""
    if "xl/workbook.xml" not in names or "xl/_rels/workbook.xml.rels" not in names:
        return {}
    try:
        book = ElementTree.fromstring(zf.read("xl/workbook.xml"))
        rels = ElementTree.fromstring(zf.read("xl/_rels/workbook.xml.rels"))
    except ElementTree.ParseError:
        return {}
    targets = {}
    for rel in rels:
        target = rel.get("Target", "")
        if target.startswith("/"):
            part = target.lstrip("/")
        else:
            part = str(PurePosixPath("xl") / target)
        targets[rel.get("Id")] = part
    parts = {}
    for sheet in book.iter(f"{_NS_MAIN}sheet"):
        part = targets.get(sheet.get(f"{_NS_REL}id"))
        if part and part in names:
            parts[sheet.get("name", "")] = part
    return parts


_ROW_TAG = re.compile(rb"<row\b[^>]*>")
_ROW_R = re.compile(rb'\br="(\d+)"')
_HIDDEN = re.compile(rb'\bhidden="(?:1|true)"')
_CELL_WITH_FORMULA = re.compile(
    rb"<c\b([^>]*)>\s*<f\b[^>]*?(?:/>|>([^<]*)</f>)\s*(?:<v\s*/>|<v>\s*</v>)?\s*</c>")
_ERROR_CELL = re.compile(rb'<c\b([^>]*\bt="e"[^>]*)>(.*?)</c>', re.S)
_CELL_REF = re.compile(rb'\br="([A-Z]+)(\d+)"')
_VALUE = re.compile(rb"<v>([^<]*)</v>")


def _scan_sheet_xml(path: Path, part: str, sheet: SheetData, limits: Limits) -> None:
    with zipfile.ZipFile(path) as zf:
        xml = zf.read(part)
    if b'hidden="' in xml:
        for tag in _ROW_TAG.finditer(xml):
            if _HIDDEN.search(tag.group(0)):
                m = _ROW_R.search(tag.group(0))
                if m:
                    sheet.hidden_rows.add(int(m.group(1)))
    if b"<f" in xml:
        for m in _CELL_WITH_FORMULA.finditer(xml):
            ref = _CELL_REF.search(m.group(1))
            if ref:
                formula = (m.group(2) or b"").decode("utf-8", "replace")
                sheet.formulas_without_value[(int(ref.group(2)), _col_index(ref.group(1)))] = "=" + formula
    if b't="e"' in xml:
        for m in _ERROR_CELL.finditer(xml):
            ref = _CELL_REF.search(m.group(1))
            val = _VALUE.search(m.group(2))
            if ref:
                sheet.error_cells[(int(ref.group(2)), _col_index(ref.group(1)))] = (
                    val.group(1).decode("utf-8", "replace") if val else "#ERROR")


def _col_index(letters: bytes) -> int:
    n = 0
    for ch in letters:
        n = n * 26 + (ch - 64)
    return n
