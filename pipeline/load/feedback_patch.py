"""Fast path of the marked feedback workbook: the OPD's .xlsx patched at the zip/XML level.

``feedback.write_feedback`` marks the OPD's cells through openpyxl, which turns every cell of the
workbook into an object and writes it all back: ~100-120 ms for a 300-row file, the largest single
cost of a province run. This module produces the same workbook in a few milliseconds by editing only
the parts that change and copying every other zip entry as it is (its compressed bytes, unread):

* the marked sheets: each marked cell's ``s`` points to a new cellXfs entry, a copy of its own xf
  with a solid fill (``<c>`` and ``<row>`` elements are created, in order, when the cell has none),
  ``tabSelected`` is removed and a ``<legacyDrawing>`` is added for the comments;
* the comments part and legacy VML drawing of a marked sheet: created, or the OPD's extended (the
  official template carries header comments); a comment already on a marked cell keeps its text
  above ours, as ``_annotate`` does;
* styles.xml: the new fills, fonts and cellXfs;
* the report sheets ("Hasil Validasi", "Cara Baca", "Perubahan") as new worksheet parts: laid out by
  the very code of the xlsxwriter report (``feedback_report``) through a stand-in for the slice of
  xlsxwriter's worksheet API it uses, plus the links to the marked cells that only this workbook has;
* workbook.xml (report sheets first, first tab active, ``localSheetId`` of defined names shifted),
  its rels and ``[Content_Types].xml``.

The edits are regular expressions on the XML text, never a full parse. Anything outside what they
understand raises ``NotPatchable`` and ``write_feedback`` falls back to openpyxl, unchanged: macros,
links or formulas reaching outside the workbook (what ``_defuse`` would change), our own feedback
file sent back (its old marks must be taken off), comments with our earlier notes, threaded comments,
VML holding form controls, a strict-OOXML or prefixed-namespace part, a DTD, non-UTF-8 XML, zip64,
encryption. Every part this module changes is checked to be well-formed XML (expat) before the file
is written, so a file the regular expressions misread falls back instead of going out broken.

Internal links are written as openpyxl writes them (a hyperlink relationship whose target is
``#'Sheet'!A1``), so both paths give the same workbook, down to what openpyxl reads back.

The same pieces serve two more writers:

* ``report_package``: the workbook of a submission with no cell to mark, the report sheets alone in
  a fixed skeleton of parts, written as xlsxwriter would write it (``feedback_report`` calls it;
  xlsxwriter is its fallback);
* ``patch_diff_sheet``: the "Perubahan" sheet of a new version, added to (or replaced in) a feedback
  workbook already written, as ``versions.write_diff_sheet``'s openpyxl code adds it.
"""

from __future__ import annotations

import bisect
import copy
import io
import posixpath
import re
import struct
import time
import zipfile
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any
from urllib.parse import unquote
from xml.parsers import expat

from pipeline import deflate
from pipeline.atomic import atomic_path
from pipeline.extract.workbook import numbers_up_to
from pipeline.findings import Finding, Severity
from pipeline.findings.model import a1, column_index, column_letter
from pipeline.load import feedback_report
from pipeline.load.feedback import (
    _LABELS,
    _MAX_CELL_TEXT,
    _MAX_COL,
    _MAX_ROW,
    _OUTSIDE_FORMULA,
    COMMENT_AUTHOR,
    DIFF_SHEET,
    ERROR_FILL,
    FEEDBACK_SHEETS,
    MARKUP_MAX_XML_BYTES,
    READING_SHEET,
    SUMMARY_SHEET,
    WARNING_FILL,
    _clean,
    _comment_size,
    _holds_our_report,
    _sheet_of,
    collect_marks,
    internal_link,
)
from pipeline.model import Reading, Submission


class NotPatchable(Exception):
    """The file is not one the fast path handles; ``write_feedback`` marks it up with openpyxl."""


MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG_REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
_WORKSHEET = REL_NS + "/worksheet"
_CHARTSHEET = REL_NS + "/chartsheet"
_STYLES = REL_NS + "/styles"
_COMMENTS = REL_NS + "/comments"
_VML = REL_NS + "/vmlDrawing"
_HYPERLINK = REL_NS + "/hyperlink"
_OFFICE_DOCUMENT = REL_NS + "/officeDocument"
_CT_WORKBOOK = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"
_CT_WORKSHEET = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"
_CT_COMMENTS = "application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml"
_CT_VML = "application/vnd.openxmlformats-officedocument.vmlDrawing"
_XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'

# Deflate level of the parts we write. Only the marked sheet is large (~170 KB for 300 rows); on
# it level 6 costs 2.0 ms for 25.7 KB, level 4 0.9 ms for 26.6 KB, level 1 0.6 ms for 33.4 KB.
_DEFLATE_LEVEL = 4

# --- XML text helpers ----------------------------------------------------------------------------

# The inside of a start tag: attribute values are quoted and may hold '>' (legal XML).
_TAG_BODY = r"(?:[^>\"']|\"[^\"]*\"|'[^']*')*?"
_ANY_TAG = re.compile(r"<(/?)([\w:.-]+)(" + _TAG_BODY + r")(/?)>")
_ATTR = re.compile(r"([\w:.-]+)\s*=\s*(?:\"([^\"]*)\"|'([^']*)')")
_REF = re.compile(r"&(#x[0-9a-fA-F]+|#[0-9]+|amp|lt|gt|quot|apos);")
_NAMED = {"amp": "&", "lt": "<", "gt": ">", "quot": '"', "apos": "'"}
_ENCODING = re.compile(r"""^\ufeff?<\?xml[^>]*?encoding\s*=\s*["']([^"']+)["']""")


@lru_cache(maxsize=64)
def _start_tag(name: str) -> re.Pattern[str]:
    """A start tag of element ``name``: group 1 its attributes, group 2 "/" when self-closing."""
    return re.compile(r"<" + re.escape(name) + r"\b(" + _TAG_BODY + r")(/?)>")


def _attrs(body: str) -> dict[str, str]:
    """The attributes of a start tag's ``body`` (what follows the element name), values unescaped."""
    return {m.group(1): _unescape(m.group(2) if m.group(2) is not None else m.group(3))
            for m in _ATTR.finditer(body)}


def _unescape(text: str) -> str:
    if "&" not in text:
        return text

    def char(m: re.Match[str]) -> str:
        ref = m.group(1)
        if ref in _NAMED:
            return _NAMED[ref]
        try:
            return chr(int(ref[2:], 16) if ref[1] == "x" else int(ref[1:]))
        except (ValueError, OverflowError):
            raise NotPatchable(f"bad character reference &{ref};") from None

    return _REF.sub(char, text)


def _esc(text: str) -> str:
    """Element text. A CR is written as a reference: a literal one would be read back as LF."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\r", "&#13;")


def _esc_attr(text: str) -> str:
    return _esc(text).replace('"', "&quot;").replace("\n", "&#10;").replace("\t", "&#9;")


@lru_cache(maxsize=64)
def _attr_pattern(name: str) -> re.Pattern[str]:
    return re.compile(r"\s" + re.escape(name) + r"\s*=\s*(?:\"[^\"]*\"|'[^']*')")


def _set_attr(tag: str, name: str, value: str | None) -> str:
    """``tag`` (a whole start tag, ``<c r="A1" s="3">``) with attribute ``name`` set to ``value``
    (or removed when None); a new attribute goes last, which XML does not mind."""
    tag = _attr_pattern(name).sub("", tag)
    if value is None:
        return tag
    end = len(tag) - (2 if tag.endswith("/>") else 1)
    return f'{tag[:end]} {name}="{_esc_attr(value)}"{tag[end:]}'


# What a cell or comment can hold: no character XML 1.0 cannot carry, Excel's limit of 32,767
# characters, and a literal "_x0041_" escaped as "_x005F_x0041_" so Excel (and calamine) do not
# decode it into "A" (xlsxwriter does the same).
_NOT_XML = re.compile("[\ud800-\udfff\ufffe\uffff]")
_EXCEL_ESCAPE = re.compile(r"_(x[0-9A-Fa-f]{4}_)")


# A text without any of these is written as it is (the substitutions below would not change it).
_ODD_TEXT = re.compile(r"[\x00-\x08\x0b-\x1f\ud800-\udfff\ufffe\uffff]|_x[0-9A-Fa-f]{4}_")


def _cell_text(text: str) -> str:
    if len(text) <= _MAX_CELL_TEXT and _ODD_TEXT.search(text) is None:
        return text
    text = _NOT_XML.sub("", _clean(text))[:_MAX_CELL_TEXT]
    return _EXCEL_ESCAPE.sub(r"_x005F_\1", text)


def _text_element(text: str) -> str:
    return f'<t xml:space="preserve">{_esc(text)}</t>'


_CELL_REF = re.compile(r"\$?([A-Z]{1,3})\$?(\d{1,7})")


def _parse_ref(ref: str) -> tuple[int, int]:
    m = _CELL_REF.fullmatch(ref)
    if m is None:
        raise NotPatchable(f"cell reference {ref!r}")
    return int(m.group(2)), column_index(m.group(1))


def _apply(text: str, edits: list[tuple[int, int, str]]) -> str:
    """``text`` with each (start, end, replacement) applied; edits at one offset keep their order."""
    out: list[str] = []
    pos = 0
    for start, end, replacement in sorted(edits, key=lambda e: (e[0], e[1])):
        if start < pos:
            raise NotPatchable("overlapping edits")
        out.append(text[pos:start])
        out.append(replacement)
        pos = end
    out.append(text[pos:])
    return "".join(out)


def _well_formed(data: bytes) -> bool:
    """Whether ``data`` parses as namespace-correct XML (expat, no DTD allowed upstream)."""
    parser = expat.ParserCreate(namespace_separator=" ")
    try:
        parser.Parse(data, True)
    except expat.ExpatError:
        return False
    return True


# --- the zip -------------------------------------------------------------------------------------

@dataclass(slots=True)
class _Entry:
    """One entry of the output zip: its compressed bytes and the header fields."""

    name: str
    method: int
    crc: int
    usize: int
    data: bytes
    date_time: tuple[int, int, int, int, int, int]


# What reading a damaged member raises (zipfile's errors, the inflater's).
_READ_ERRORS: tuple[type[Exception], ...] = (zipfile.BadZipFile, OSError, EOFError, *deflate.error)


class _Package:
    """The source .xlsx in memory: its entries, the parts read (decoded) and the parts changed."""

    def __init__(self, raw: bytes) -> None:
        self.raw = raw
        try:
            self.zip = deflate.FastZipFile(io.BytesIO(raw))
        except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError) as exc:
            raise NotPatchable(f"not a readable zip: {exc}") from None
        self.infos = self.zip.infolist()
        self.by_lower = {i.filename.lower(): i for i in self.infos}
        if len(self.by_lower) != len(self.infos):
            raise NotPatchable("duplicate zip entries")
        if len(self.infos) >= 0xFFFF:
            raise NotPatchable("too many entries for a plain zip")
        for info in self.infos:
            if info.flag_bits & 0x1:
                raise NotPatchable("encrypted entry")
            if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
                raise NotPatchable(f"compression method {info.compress_type}")
            if max(info.file_size, info.compress_size, info.header_offset) >= 0xFFFFFFFF:
                raise NotPatchable("zip64 entry")
        self.texts: dict[str, str] = {}
        self.changed: dict[str, str] = {}  # name -> new text, for existing and new parts

    def name(self, name: str) -> str | None:
        """The part's name as the zip spells it (part names are case-insensitive), None when absent."""
        key = name.lower()
        info = self.by_lower.get(key)
        if info is not None:
            return info.filename
        return next((n for n in self.changed if n.lower() == key), None)  # a part this module added

    def data(self, name: str) -> bytes:
        """A part of the source as stored (CRC checked), not decoded; the changed version if any."""
        real = self.name(name)
        if real is None:
            raise NotPatchable(f"missing part {name}")
        if real in self.changed:
            return self.changed[real].encode("utf-8")
        info = self.by_lower[real.lower()]
        if info.file_size > MARKUP_MAX_XML_BYTES:
            raise NotPatchable(f"{real} is too large")
        try:
            return self.zip.read(info)
        except _READ_ERRORS as exc:
            raise NotPatchable(f"{real}: cannot be read ({exc})") from None

    def text(self, name: str) -> str:
        """A part as text: the changed version if any, else read (CRC checked) and decoded."""
        real = self.name(name)
        if real is None:
            raise NotPatchable(f"missing part {name}")
        if real in self.changed:
            return self.changed[real]
        if real not in self.texts:
            info = self.by_lower[real.lower()]
            if info.file_size > MARKUP_MAX_XML_BYTES:
                raise NotPatchable(f"{real} is too large")
            try:
                data = self.zip.read(info)
            except _READ_ERRORS as exc:
                raise NotPatchable(f"cannot read {real}: {exc}") from None
            self.texts[real] = _decode(real, data)
        return self.texts[real]

    def set(self, name: str, text: str) -> None:
        self.changed[self.name(name) or name] = text

    def free_name(self, pattern: str) -> str:
        """The first ``pattern.format(n)`` (n = 1, 2, ...) naming no part (nor its rels part)."""
        n = 1
        while True:
            candidate = pattern.format(n)
            if self.name(candidate) is None and self.name(_rels_name(candidate)) is None:
                return candidate
            n += 1

    def entries(self, level: int) -> Iterator[_Entry]:
        """Every entry of the output: unchanged ones with their compressed bytes, changed ones
        re-deflated in place, new ones last."""
        now = time.localtime()[:6]
        for info in self.infos:
            if info.filename in self.changed:
                yield _deflate(info.filename, self.changed[info.filename], level, now)
            else:
                yield _Entry(info.filename, info.compress_type, info.CRC, info.file_size, self._stored(info),
                             info.date_time)
        known = {i.filename for i in self.infos}
        for name, text in self.changed.items():
            if name not in known:
                yield _deflate(name, text, level, now)

    def _stored(self, info: zipfile.ZipInfo) -> bytes:
        """The compressed bytes of ``info``, located through its local header."""
        offset = info.header_offset
        header = self.raw[offset:offset + 30]
        if len(header) < 30:
            raise NotPatchable(f"truncated entry {info.filename}")
        signature, *_, name_len, extra_len = struct.unpack("<IHHHHHIIIHH", header)
        if signature != 0x04034B50:
            raise NotPatchable(f"bad local header for {info.filename}")
        start = offset + 30 + name_len + extra_len
        data = self.raw[start:start + info.compress_size]
        if len(data) != info.compress_size:
            raise NotPatchable(f"truncated entry {info.filename}")
        return data


def _decode(name: str, data: bytes) -> str:
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise NotPatchable(f"{name} is UTF-16")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        raise NotPatchable(f"{name} is not UTF-8") from None
    m = _ENCODING.match(text)
    if m is not None and m.group(1).lower().replace("_", "-") not in ("utf-8", "utf8"):
        raise NotPatchable(f"{name} is in {m.group(1)}")
    if "<!" in text:  # a DTD, CDATA or an XML comment: none in an Excel part, all would fool the regexes
        raise NotPatchable(f"{name} holds '<!'")
    return text


def _deflate(name: str, text: str, level: int, now: tuple[int, ...]) -> _Entry:
    data = text.encode("utf-8")
    co = deflate.raw_compressobj(level)
    packed = co.compress(data) + co.flush()
    return _Entry(name, zipfile.ZIP_DEFLATED, zlib.crc32(data), len(data), packed,
                  (now[0], now[1], now[2], now[3], now[4], now[5]))


def _zip_bytes(entries: Iterator[_Entry]) -> bytes:
    """A plain (non-zip64) zip archive of ``entries``: local headers, data, central directory."""
    out = bytearray()
    central = bytearray()
    count = 0
    for e in entries:
        name = e.name.encode("utf-8")
        flags = 0 if e.name.isascii() else 0x800  # bit 11: the name is UTF-8
        year, month, day, hour, minute, second = e.date_time
        dos_time = (hour << 11) | (minute << 5) | (second // 2)
        dos_date = (max(year, 1980) - 1980) << 9 | (month << 5) | day
        offset = len(out)
        out += struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, flags, e.method, dos_time, dos_date, e.crc,
                           len(e.data), e.usize, len(name), 0)
        out += name
        out += e.data
        central += struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 20, 20, flags, e.method, dos_time, dos_date,
                               e.crc, len(e.data), e.usize, len(name), 0, 0, 0, 0, 0, offset)
        central += name
        count += 1
    if len(out) + len(central) >= 0xFFFFFFFF:
        raise NotPatchable("the result would need zip64")
    start = len(out)
    out += central
    out += struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, count, count, len(central), start, 0)
    return bytes(out)


# --- relationships -------------------------------------------------------------------------------

def _rels_name(part: str) -> str:
    folder, base = posixpath.split(part)
    return posixpath.join(folder, "_rels", base + ".rels")


def _resolve(part: str, target: str) -> str:
    """The zip name a relationship of ``part`` points at."""
    target = unquote(target)
    if target.startswith("/"):
        return target.lstrip("/")
    return posixpath.normpath(posixpath.join(posixpath.dirname(part), target))


def _relative(part: str, target_part: str) -> str:
    return posixpath.relpath(target_part, posixpath.dirname(part) or ".")


@dataclass(slots=True)
class _Rel:
    id: str
    type: str
    target: str
    external: bool


class _Rels:
    """The relationships of one part (its .rels part may not exist yet)."""

    _REL = _start_tag("Relationship")

    def __init__(self, pkg: _Package, part: str) -> None:
        self.pkg, self.part, self.name = pkg, part, _rels_name(part)
        self.items: list[_Rel] = []
        self.added: list[_Rel] = []
        if pkg.name(self.name) is None:
            return
        text = pkg.text(self.name)
        root = _start_tag("Relationships").search(text)
        if root is None or _attrs(root.group(1)).get("xmlns") != PKG_REL_NS:
            raise NotPatchable(f"{self.name}: not a relationships part")
        for m in self._REL.finditer(text):
            a = _attrs(m.group(1))
            if "Id" not in a or "Type" not in a or "Target" not in a:
                raise NotPatchable(f"{self.name}: incomplete relationship")
            external = a.get("TargetMode", "Internal").lower() == "external"
            self.items.append(_Rel(a["Id"], a["Type"], a["Target"], external))

    def of_type(self, rel_type: str) -> list[_Rel]:
        return [r for r in self.items if r.type == rel_type]

    def get(self, rel_id: str) -> _Rel | None:
        return next((r for r in self.items + self.added if r.id == rel_id), None)

    def part_of(self, rel: _Rel) -> str:
        return _resolve(self.part, rel.target)

    def add(self, rel_type: str, target: str, *, external: bool = False) -> str:
        """A new relationship's id (``target`` relative to the part, or a URI when external)."""
        taken = {r.id for r in self.items + self.added}
        n = 1 + max((int(m.group(1)) for i in taken if (m := re.fullmatch(r"rId(\d+)", i))), default=0)
        while f"rId{n}" in taken:
            n += 1
        self.added.append(_Rel(f"rId{n}", rel_type, target, external))
        return f"rId{n}"

    def save(self) -> None:
        if not self.added:
            return
        new = "".join(f'<Relationship Id="{r.id}" Type="{r.type}" Target="{_esc_attr(r.target)}"'
                      + (' TargetMode="External"' if r.external else "") + "/>" for r in self.added)
        if self.pkg.name(self.name) is None:
            self.pkg.set(self.name, f'{_XML_DECLARATION}<Relationships xmlns="{PKG_REL_NS}">{new}</Relationships>')
            return
        text = self.pkg.text(self.name)
        self.pkg.set(self.name, _insert_before_close(text, "Relationships", new))


def _insert_before_close(text: str, element: str, new: str) -> str:
    """``new`` added as the last children of the (single) ``element``, self-closing or not."""
    close = text.rfind(f"</{element}>")
    if close >= 0:
        return text[:close] + new + text[close:]
    m = _start_tag(element).search(text)
    if m is None or not m.group(2):
        raise NotPatchable(f"no <{element}>")
    return text[:m.start()] + m.group(0)[:-2] + ">" + new + f"</{element}>" + text[m.end():]


# --- styles --------------------------------------------------------------------------------------

_MAX_CELL_STYLES = 64_000  # Excel's limit on cellXfs entries
_FONT_KEYS = {"bold", "italic", "font_size", "font_color", "underline"}
_ALIGN = {"left": "left", "center": "center", "right": "right"}
_VALIGN = {"top": "top", "vcenter": "center", "bottom": "bottom"}


class _Styles:
    """styles.xml: the fonts, fills and cellXfs entries, and the ones this module adds."""

    def __init__(self, text: str, *, base_color: bool = False) -> None:
        """``text``: the workbook's styles.xml. ``base_color``: the report fonts without a colour of
        their own take the default font's (xlsxwriter's ``<color theme="1"/>``) instead of none
        (openpyxl's ``Font(bold=True)``)."""
        root = _start_tag("styleSheet").search(text)
        if root is None or _attrs(root.group(1)).get("xmlns") != MAIN_NS:
            raise NotPatchable("styles.xml: unexpected root")
        self.text = text
        self.items = {name: self._items(name, item) for name, item in
                      (("fonts", "font"), ("fills", "fill"), ("cellXfs", "xf"))}
        self.added: dict[str, list[str]] = {"fonts": [], "fills": [], "cellXfs": []}
        self._cache: dict[Any, int] = {}
        base = self.items["fonts"][0] if self.items["fonts"] else ""
        self.base_font = {key: _attrs(m.group(1)).get("val", "") for key in ("sz", "name", "family", "charset", "scheme")
                          if (m := _start_tag(key).search(base))}
        color = _start_tag("color").search(base) if base_color else None
        self.base_color = color.group(0) if color is not None and color.group(2) else ""

    def copy(self) -> _Styles:
        """A copy to add to without changing this one."""
        new = copy.copy(self)
        new.added = {block: list(items) for block, items in self.added.items()}
        new._cache = dict(self._cache)
        return new

    def size(self) -> int:
        """How many entries were added."""
        return sum(len(items) for items in self.added.values())

    def _items(self, block: str, item: str) -> list[str]:
        m = _start_tag(block).search(self.text)
        if m is None:
            raise NotPatchable(f"styles.xml has no <{block}>")
        if m.group(2):
            return []
        end = self.text.find(f"</{block}>", m.end())
        if end < 0:
            raise NotPatchable(f"styles.xml: unclosed <{block}>")
        inner = self.text[m.end():end]
        return re.findall(r"<" + item + r"\b" + _TAG_BODY + r"(?:/>|(?<!/)>.*?</" + item + r">)", inner, re.S)

    def _add(self, block: str, key: Any, xml: str) -> int:
        if key not in self._cache:
            self.added[block].append(xml)
            self._cache[key] = len(self.items[block]) + len(self.added[block]) - 1
        return self._cache[key]

    def fill(self, color: str) -> int:
        xml = (f'<fill><patternFill patternType="solid"><fgColor rgb="FF{color}"/><bgColor indexed="64"/>'
               "</patternFill></fill>")
        return self._add("fills", ("fill", color), xml)

    def marked(self, xf: int, color: str) -> int:
        """A cellXfs entry: cell style ``xf`` with a solid ``color`` fill, the rest as it was."""
        if not 0 <= xf < len(self.items["cellXfs"]):
            raise NotPatchable(f"cell style {xf} is not in styles.xml")
        if ("marked", xf, color) in self._cache:
            return self._cache[("marked", xf, color)]
        original = self.items["cellXfs"][xf]
        tag = _ANY_TAG.match(original)
        assert tag is not None  # matched by _items
        start = _set_attr(_set_attr(tag.group(0), "fillId", str(self.fill(color))), "applyFill", "1")
        return self._add("cellXfs", ("marked", xf, color), start + original[tag.end():])

    def report(self, props: dict[str, Any]) -> int:
        """A cellXfs entry for an xlsxwriter format of ``feedback_report`` (bold, fill, wrap ...)."""
        key = ("report", tuple(sorted(props.items())))
        if key in self._cache:
            return self._cache[key]
        unknown = set(props) - _FONT_KEYS - {"align", "valign", "text_wrap", "pattern", "bg_color"}
        if unknown:
            raise ValueError(f"report format properties not handled: {sorted(unknown)}")
        font_id = self._font(props) if _FONT_KEYS & set(props) else 0
        fill_id = self.fill(str(props["bg_color"]).lstrip("#").upper()) if props.get("pattern") == 1 else 0
        align = ""
        if "align" in props:
            align += f' horizontal="{_ALIGN[props["align"]]}"'
        if "valign" in props:
            align += f' vertical="{_VALIGN[props["valign"]]}"'
        if props.get("text_wrap"):
            align += ' wrapText="1"'
        xml = (f'<xf numFmtId="0" fontId="{font_id}" fillId="{fill_id}" borderId="0" xfId="0"'
               + (' applyFont="1"' if font_id else "") + (' applyFill="1"' if fill_id else "")
               + (f' applyAlignment="1"><alignment{align}/></xf>' if align else "/>"))
        return self._add("cellXfs", key, xml)

    def _font(self, props: dict[str, Any]) -> int:
        """The workbook's default font (font 0: name, size, family) with bold, italic, size, colour."""
        base = self.base_font
        parts = ["<b/>" if props.get("bold") else "", "<i/>" if props.get("italic") else "",
                 "<u/>" if props.get("underline") else "",
                 f'<sz val="{_esc_attr(str(props.get("font_size") or base.get("sz") or 11))}"/>',
                 f'<color rgb="FF{str(props["font_color"]).lstrip("#").upper()}"/>' if props.get("font_color")
                 else self.base_color,
                 f'<name val="{_esc_attr(base.get("name") or "Calibri")}"/>']
        parts += [f'<{key} val="{_esc_attr(base[key])}"/>' for key in ("family", "charset", "scheme") if base.get(key)]
        xml = "<font>" + "".join(parts) + "</font>"
        return self._add("fonts", ("font", xml), xml)

    def xml(self) -> str:
        """styles.xml with the added entries."""
        if len(self.items["cellXfs"]) + len(self.added["cellXfs"]) > _MAX_CELL_STYLES:
            raise NotPatchable("more cell styles than Excel allows")
        text = self.text
        for block in ("fonts", "fills", "cellXfs"):
            if not self.added[block]:
                continue
            m = _start_tag(block).search(text)
            assert m is not None  # checked in __init__
            count = len(self.items[block]) + len(self.added[block])
            new = "".join(self.added[block])
            tag = _set_attr(m.group(0), "count", str(count))
            if m.group(2):  # <fills/>
                text = text[:m.start()] + tag[:-2] + ">" + new + f"</{block}>" + text[m.end():]
            else:
                end = text.find(f"</{block}>", m.end())
                text = text[:m.start()] + tag + text[m.end():end] + new + text[end:]
        return text


# --- the workbook --------------------------------------------------------------------------------

@dataclass(slots=True)
class _Sheet:
    name: str
    sheet_id: int
    rel_id: str
    kind: str  # "worksheet" or "chartsheet"
    part: str
    merged: list[tuple[int, int, int, int]] | None = None  # min_row, min_col, max_row, max_col


class _Book:
    """workbook.xml, its relationships and the sheets it lists."""

    _SHEET = _start_tag("sheet")

    def __init__(self, pkg: _Package) -> None:
        self.pkg = pkg
        root_rels = _Rels(pkg, "")
        main = [root_rels.part_of(r) for r in root_rels.of_type(_OFFICE_DOCUMENT)]
        if main != ["xl/workbook.xml"] or pkg.name("xl/workbook.xml") != "xl/workbook.xml":
            raise NotPatchable("the workbook part is not xl/workbook.xml")
        self.part = "xl/workbook.xml"
        types = pkg.text("[Content_Types].xml")
        overrides = {_attrs(m.group(1)).get("PartName", "").lower(): _attrs(m.group(1)).get("ContentType")
                     for m in _start_tag("Override").finditer(types)}
        if overrides.get("/xl/workbook.xml") != _CT_WORKBOOK:
            raise NotPatchable("not a plain .xlsx workbook (macro-enabled, template or strict)")
        if not re.search(r"""Extension\s*=\s*["']rels["']""", types, re.I):
            raise NotPatchable("[Content_Types].xml has no rels default")
        text = pkg.text(self.part)
        root = _start_tag("workbook").search(text)
        if root is None or _attrs(root.group(1)).get("xmlns") != MAIN_NS \
                or _attrs(root.group(1)).get("xmlns:r") != REL_NS:
            raise NotPatchable("workbook.xml: unexpected namespaces")
        self.rels = _Rels(pkg, self.part)
        self.sheets: list[_Sheet] = []
        block = re.search(r"<sheets>(.*?)</sheets>", text, re.S)
        if block is None:
            raise NotPatchable("workbook.xml: no <sheets>")
        for m in self._SHEET.finditer(block.group(1)):
            a = _attrs(m.group(1))
            rel = self.rels.get(a.get("r:id", ""))
            if rel is None or rel.external or "name" not in a or not a.get("sheetId", "").isdigit():
                raise NotPatchable("workbook.xml: a sheet without its part")
            kinds = {_WORKSHEET: "worksheet", _CHARTSHEET: "chartsheet"}
            if rel.type not in kinds:  # dialog or macro sheet: openpyxl drops them, let it
                raise NotPatchable(f"sheet type {rel.type.rsplit('/', 1)[-1]}")
            part = self.rels.part_of(rel)
            if pkg.name(part) is None:
                raise NotPatchable(f"missing sheet part {part}")
            self.sheets.append(_Sheet(a["name"], int(a["sheetId"]), a["r:id"], kinds[rel.type], pkg.name(part) or part))
        if not self.sheets:
            raise NotPatchable("no sheets")
        styles = self.rels.of_type(_STYLES)
        if len(styles) != 1:
            raise NotPatchable("no styles part")
        self.styles_part = self.rels.part_of(styles[0])
        self.text = text

    def worksheet(self, name: str) -> _Sheet | None:
        return next((s for s in self.sheets if s.name == name and s.kind == "worksheet"), None)

    def is_worksheet(self, name: str) -> bool:
        return self.worksheet(name) is not None

    def target(self, finding: Finding, reading: Reading | None) -> tuple[str, int, int] | None:
        """As ``feedback._target``: the finding's cell, or the top-left cell of the merged range holding it."""
        name = _sheet_of(finding, reading)
        row, col = finding.row, finding.column
        sheet = self.worksheet(name) if name is not None else None
        if sheet is None or row is None or col is None:
            return None
        if not (1 <= row <= _MAX_ROW and 1 <= col <= _MAX_COL):
            return None
        if sheet.merged is None:
            sheet.merged = _merged_ranges(self.pkg.text(sheet.part))
        for min_row, min_col, max_row, max_col in sheet.merged:
            if min_row <= row <= max_row and min_col <= col <= max_col:
                return sheet.name, min_row, min_col
        return sheet.name, row, col


_MERGE = _start_tag("mergeCell")


def _merged_ranges(text: str) -> list[tuple[int, int, int, int]]:
    ranges = []
    for m in _MERGE.finditer(text):
        ref = _attrs(m.group(1)).get("ref", "")
        first, _, last = ref.partition(":")
        (r0, c0), (r1, c1) = _parse_ref(first), _parse_ref(last or first)
        ranges.append((min(r0, r1), min(c0, c1), max(r0, r1), max(c0, c1)))
    return ranges


# --- eligibility ---------------------------------------------------------------------------------

_FORMULA = re.compile(r"<f\b" + _TAG_BODY + r"(?<!/)>([^<]*)</f>")
_DEFINED_NAME = re.compile(r"<definedName\b(" + _TAG_BODY + r")>([^<]*)</definedName>")
_LONG_TEXT = re.compile(r"<(?:t|v)\b" + _TAG_BODY + r"(?<!/)>[^<]{" + str(_MAX_CELL_TEXT + 1) + ",}")
_CHAR_REF = re.compile(r"&#(x[0-9a-fA-F]+|[0-9]+);")
_ILLEGAL_CODES = frozenset([*range(0, 9), 11, 12, *range(14, 32), 0xFFFE, 0xFFFF])
_OUR_TAGS = tuple({lab[key] for lab in _LABELS.values() for key in ("tag_error", "tag_warning")})
_THREADED = "http://schemas.microsoft.com/office/2017/10/relationships/threadedComment"


def _check_package(pkg: _Package, book: _Book) -> None:
    """Raise ``NotPatchable`` when openpyxl's path would change more than the marks: what ``_defuse``
    takes out (links and formulas reaching outside, over-long text), macros, our earlier notes."""
    lower_names = [i.filename.lower() for i in pkg.infos]
    if any(n.startswith("xl/externallinks/") or n.endswith("vbaproject.bin") for n in lower_names):
        raise NotPatchable("external links or macros")
    for info in pkg.infos:
        # what leaves the workbook; a link to "#'Sheet'!A1" (as openpyxl saves one) stays inside it
        name = info.filename
        if name.lower().endswith(".rels") and re.search(r"""TargetMode\s*=\s*["']External""", pkg.text(name), re.I):
            source = posixpath.join(posixpath.dirname(posixpath.dirname(name)), posixpath.basename(name)[:-5])
            if any(r.external and not (r.type == _HYPERLINK and r.target.startswith("#"))
                   for r in _Rels(pkg, source).items):
                raise NotPatchable(f"external relationship in {name}")
    names = {s.name.casefold() for s in book.sheets}
    if any(n.casefold() in names for n in FEEDBACK_SHEETS):
        raise NotPatchable("a sheet already has a report sheet's name")
    for m in _DEFINED_NAME.finditer(book.text):
        if _OUTSIDE_FORMULA.search(_unescape(m.group(2))):
            raise NotPatchable("a defined name reaches outside the workbook")
    strings = [book.rels.part_of(r) for r in book.rels.of_type(REL_NS + "/sharedStrings")]
    for part in strings + [s.part for s in book.sheets if s.kind == "worksheet"]:
        text = pkg.text(part)
        # the scans below look for unprefixed elements: the part must use the main namespace unprefixed
        root = _start_tag("sst" if part in strings else "worksheet").search(text)
        if root is None or _attrs(root.group(1)).get("xmlns") != MAIN_NS:
            raise NotPatchable(f"{part}: unexpected root or namespace")
        if _LONG_TEXT.search(text):
            raise NotPatchable(f"{part}: text over Excel's limit")
        if "&#" in text and any(_char_code(m.group(1)) in _ILLEGAL_CODES for m in _CHAR_REF.finditer(text)):
            raise NotPatchable(f"{part}: a character XML cannot hold")
        if part in strings:
            continue
        if any(_OUTSIDE_FORMULA.search(_unescape(m.group(1))) for m in _FORMULA.finditer(text)):
            raise NotPatchable(f"{part}: a formula reaches outside the workbook")
    for sheet in book.sheets:
        rels = _Rels(pkg, sheet.part)
        if rels.of_type(_THREADED):
            raise NotPatchable(f"{sheet.name}: threaded comments")
        for rel in rels.of_type(_COMMENTS):
            text = pkg.text(rels.part_of(rel))
            if any(tag in text for tag in _OUR_TAGS):  # openpyxl takes the earlier round's notes off
                raise NotPatchable(f"{sheet.name}: comments with our earlier notes")


_XML_PART = re.compile(r"\.(?:xml|rels)$", re.I)
_COL_STYLE = re.compile(r"""<col\b[^>]*?\sstyle=["'](\d+)["']""")
_AUTHOR_REF = re.compile(r"\sauthorId=\"(\d+)\"")


def _check_integrity(pkg: _Package, book: _Book, styles: _Styles) -> None:
    """Raise ``NotPatchable`` for a damaged workbook the patch would carry over: openpyxl cannot
    load one, so its path falls back to the findings list alone, and Excel would ask to repair
    ours. The references the fuzzer showed openpyxl tripping on must be in range (cell, row and
    column styles, an xf's font and fill, a comment's author); every XML part must parse, which
    ``_write_package`` checks."""
    n_fonts, n_fills, n_xfs = (len(styles.items[b]) for b in ("fonts", "fills", "cellXfs"))
    for xf in styles.items["cellXfs"]:
        tag = _ANY_TAG.match(xf)
        attrs = _attrs(tag.group(1)) if tag is not None else {}
        if not (_below(attrs.get("fontId"), n_fonts) and _below(attrs.get("fillId"), n_fills)):
            raise NotPatchable("styles.xml: a cell style points at a font or fill that is not there")
    for sheet in book.sheets:
        if sheet.kind != "worksheet":
            continue
        text = pkg.text(sheet.part)  # decoded already by _check_package: no second inflate
        # one pass that finds only the references not plainly in range (of thousands, usually none)
        refs = _styles_beyond(text, n_xfs) + _COL_STYLE.findall(text)
        if refs and max(map(int, refs)) >= n_xfs:
            raise NotPatchable(f"{sheet.part}: a cell style that is not in styles.xml")
        rels = _Rels(pkg, sheet.part)
        for rel in rels.of_type(_COMMENTS):
            text = pkg.text(rels.part_of(rel))
            authors = len(re.findall(r"<author\b", text))
            if any(int(a) >= authors for a in _AUTHOR_REF.findall(text)):
                raise NotPatchable(f"{rels.part_of(rel)}: a comment by an author that is not listed")


def _styles_beyond(text: str, count: int) -> list[str]:
    """The N of every style attribute ``s="N"`` in ``text`` not plainly one of 0 .. ``count`` - 1."""
    return [m.group(1) for m in _style_beyond(count).finditer(text) if text[m.start() - 1:m.start()].isspace()]


@lru_cache(maxsize=64)
def _style_beyond(count: int) -> re.Pattern[str]:
    """A style reference ``s="N"`` (on <c> and <row>: the only elements of a sheet with one) whose
    N is not plainly one of 0 .. ``count`` - 1: those are passed over in C, and what is found
    (beyond the range, or a leading zero) is then checked by its number. The caller keeps the
    matches with whitespace before them (an attribute): a pattern starting with the literal
    ``s=`` is searched 3x faster than one starting with a whitespace class (``_styles_beyond``)."""
    valid = "0|" + numbers_up_to(count - 1).decode() if count > 0 else "(?!)"
    return re.compile(r"""s=["'](?!(?:""" + valid + r""")["'])(\d+)["']""")


def _below(value: str | None, count: int) -> bool:
    return value is None or (value.isdigit() and int(value) < count)


def _char_code(ref: str) -> int:
    try:
        return int(ref[1:], 16) if ref[0] == "x" else int(ref)
    except ValueError:
        return 0


# --- marking a sheet -----------------------------------------------------------------------------

_ROW = _start_tag("row")
_CELL = _start_tag("c")
_R_ATTR = re.compile(r"""(?:^|\s)r\s*=\s*["']([^"']*)["']""")
_S_ATTR = re.compile(r"""(?:^|\s)s\s*=\s*["'](\d+)["']""")
# Worksheet children that come after <legacyDrawing> (CT_Worksheet's sequence); mc:AlternateContent
# wraps controls and OLE objects, which come after it too.
_AFTER_LEGACY = frozenset({"legacyDrawingHF", "drawingHF", "picture", "oleObjects", "controls", "webPublishItems",
                           "tableParts", "extLst", "mc:AlternateContent"})


@dataclass(slots=True)
class _Row:
    number: int
    start: int  # of the start tag
    tag_end: int
    close: int  # where </row> starts (== tag_end for <row/>)
    end: int  # of the whole element
    empty: bool  # <row .../>


def _sheet_data(text: str) -> tuple[int, int]:
    """The offsets of <sheetData>'s content."""
    m = _start_tag("sheetData").search(text)
    if m is None or m.group(2):
        raise NotPatchable("no <sheetData>")
    end = text.find("</sheetData>", m.end())
    if end < 0:
        raise NotPatchable("unclosed <sheetData>")
    return m.end(), end


# Every <row> start tag and its number, in one pass (C speed); only the rows that get a mark are
# then read in full. Excel, xlsxwriter and openpyxl all write r first, but any order is read.
_ROW_NUMBER = re.compile(r"""<row\b[^>]*?\sr\s*=\s*["'](\d+)["']""")
_ROW_START = re.compile(r"<row\b")


def _row_index(text: str, start: int, end: int) -> tuple[list[int], list[int]]:
    """Row numbers and start offsets of the rows in sheetData; in order, each row numbered."""
    found = [(int(m.group(1)), m.start()) for m in _ROW_NUMBER.finditer(text, start, end)]
    if len(found) != len(_ROW_START.findall(text, start, end)):
        raise NotPatchable("a row without its number")
    numbers = [n for n, _ in found]
    if any(a >= b for a, b in zip(numbers, numbers[1:], strict=False)):
        raise NotPatchable("rows out of order")
    return numbers, [p for _, p in found]


def _row_at(text: str, offset: int, number: int, end: int) -> _Row:
    m = _ROW.match(text, offset)
    if m is None:
        raise NotPatchable("unreadable <row>")
    if m.group(2):
        return _Row(number, m.start(), m.end(), m.end(), m.end(), True)
    close = text.find("</row>", m.end(), end)
    if close < 0:
        raise NotPatchable("unclosed <row>")
    return _Row(number, m.start(), m.end(), close, close + len("</row>"), False)


def _mark_cells(text: str, marks: dict[tuple[int, int], str], styles: _Styles) -> str:
    """``text`` (a worksheet) with each (row, col) of ``marks`` given a style filled with its colour.

    A cell that is not in the XML is created with style 0 plus the fill, as openpyxl creates it;
    rows and cells stay in order. ``spans`` (an optional hint) is dropped from a row that gets a cell.
    """
    start, end = _sheet_data(text)
    if text.find("<extLst", start, end) >= 0:
        raise NotPatchable("row extensions")
    numbers, offsets = _row_index(text, start, end)
    wanted: dict[int, list[tuple[int, str]]] = {}
    for (r, c), color in sorted(marks.items()):
        wanted.setdefault(r, []).append((c, color))
    edits: list[tuple[int, int, str]] = []
    for r, cells in wanted.items():
        i = bisect.bisect_left(numbers, r)
        if i == len(numbers) or numbers[i] != r:  # a new row, before the first row below it
            pos = offsets[i] if i < len(numbers) else end
            new_cells = "".join(f'<c r="{a1(r, c)}" s="{styles.marked(0, color)}"/>' for c, color in cells)
            edits.append((pos, pos, f'<row r="{r}">{new_cells}</row>'))
            continue
        row = _row_at(text, offsets[i], r, end)
        existing = _cells(text, row)
        inserted = False
        for c, color in cells:
            if c in existing:
                tag_start, tag_end = existing[c]
                tag = text[tag_start:tag_end]
                s = _S_ATTR.search(tag[2:])
                edits.append((tag_start, tag_end, _set_attr(tag, "s", str(styles.marked(int(s.group(1)) if s else 0,
                                                                                       color)))))
                continue
            pos = next((p for col, (p, _) in existing.items() if col > c), row.close)
            edits.append((pos, pos, f'<c r="{a1(r, c)}" s="{styles.marked(0, color)}"/>'))
            inserted = True
        if inserted:
            tag = _set_attr(text[row.start:row.tag_end], "spans", None)
            if row.empty:  # <row r="5"/> becomes <row r="5">...</row>
                tag = tag[:-2] + ">"
                edits.append((row.end, row.end, "</row>"))
            edits.append((row.start, row.tag_end, tag))
    text = _apply(text, edits)
    return _grow_dimension(text, marks)


def _cells(text: str, row: _Row) -> dict[int, tuple[int, int]]:
    """Column -> (start, end) of the cell's start tag, for the cells of ``row`` (in order)."""
    cells: dict[int, tuple[int, int]] = {}
    last = 0
    for m in _CELL.finditer(text, row.tag_end, row.close):
        r = _R_ATTR.search(m.group(1))
        if r is None:
            raise NotPatchable("a cell without its reference")
        number, col = _parse_ref(r.group(1))
        if number != row.number or col <= last:
            raise NotPatchable("cells out of order")
        cells[col] = (m.start(), m.end())
        last = col
    return cells


def _grow_dimension(text: str, marks: dict[tuple[int, int], str]) -> str:
    """<dimension> widened to the new cells (calamine sizes the sheet by it)."""
    m = _start_tag("dimension").search(text)
    if m is None or not marks:
        return text
    ref = _attrs(m.group(1)).get("ref", "")
    first, _, last = ref.partition(":")
    try:
        (r0, c0), (r1, c1) = _parse_ref(first), _parse_ref(last or first)
    except NotPatchable:
        return text
    rows = [r for r, _ in marks] + [r0, r1]
    cols = [c for _, c in marks] + [c0, c1]
    new = f"{a1(min(rows), min(cols))}:{a1(max(rows), max(cols))}"
    return text[:m.start()] + _set_attr(m.group(0), "ref", new) + text[m.end():]


def _deselect(text: str) -> str:
    """Every <sheetView> of a sheet part without ``tabSelected`` (only the first sheet is selected)."""
    if "tabSelected" not in text:
        return text
    return _start_tag("sheetView").sub(lambda m: _set_attr(m.group(0), "tabSelected", None), text)


def _top_level(text: str, after: int) -> list[tuple[str, int, str]]:
    """(name, offset, start tag) of the root's children from offset ``after`` (outside any child) on."""
    children: list[tuple[str, int, str]] = []
    depth = 0
    for m in _ANY_TAG.finditer(text, after):
        if m.group(1):  # an end tag
            depth -= 1
            if depth < 0:  # the root's own end tag
                break
            continue
        if depth == 0:
            children.append((m.group(2), m.start(), m.group(0)))
        if not m.group(4):
            depth += 1
    return children


# --- comments ------------------------------------------------------------------------------------

_COMMENT = re.compile(r"<comment\b(" + _TAG_BODY + r")(?:/>|(?<!/)>(.*?)</comment>)", re.S)
_AUTHOR = re.compile(r"<author\b" + _TAG_BODY + r"(?:/>|(?<!/)>([^<]*)</author>)")
_SHAPE_ID = re.compile(r"""\bid\s*=\s*["']_x0000_s(\d+)["']""")
_IDMAP = re.compile(r"""<[\w.-]+:idmap\b[^>]*?\bdata\s*=\s*["']([\d,\s]*)["']""")
_VML_NS = {"v": "urn:schemas-microsoft-com:vml", "o": "urn:schemas-microsoft-com:office:office",
           "x": "urn:schemas-microsoft-com:office:excel"}


def _vml_prefixes(text: str) -> dict[str, str]:
    """The prefixes a VML drawing binds to the vml, office and excel namespaces ("v", "o", "x" as
    Excel writes them; openpyxl's ElementTree writes "ns1", "ns0", "ns2")."""
    root = re.match(r"\s*(?:<\?xml[^>]*>\s*)?<xml\b(" + _TAG_BODY + r")>", text)
    if root is None:
        raise NotPatchable("VML: no <xml> root")
    bound = {uri: name.split(":", 1)[1] for name, uri in _attrs(root.group(1)).items() if name.startswith("xmlns:")}
    if any(uri not in bound for uri in _VML_NS.values()):
        raise NotPatchable("VML: unexpected namespaces")
    return {key: bound[uri] for key, uri in _VML_NS.items()}


@dataclass(slots=True)
class _Note:
    row: int
    col: int
    text: str  # as it goes into the XML (Excel-escaped), before XML escaping
    width: int
    height: int


def _comment_text(inner: str) -> str:
    """A comment's plain text as openpyxl reads it: its runs joined, phonetic runs left out."""
    inner = re.sub(r"<rPh\b.*?</rPh>", "", inner, flags=re.S)
    return "".join(_unescape(t) for t in re.findall(r"<t\b" + _TAG_BODY + r"(?<!/)>([^<]*)</t>", inner))


def _comment_xml(note: _Note, author_id: int) -> str:
    return (f'<comment ref="{a1(note.row, note.col)}" authorId="{author_id}"><text>'
            f"{_text_element(note.text)}</text></comment>")


def _shape_xml(note: _Note, shape_id: int, ns: dict[str, str] | None = None) -> str:
    """A comment box as openpyxl draws it: hidden, yellow, sized by ``_comment_size``; ``ns`` the
    drawing's prefixes (``_vml_prefixes``)."""
    v, o, x = (ns or {}).get("v", "v"), (ns or {}).get("o", "o"), (ns or {}).get("x", "x")
    return (f'<{v}:shape id="_x0000_s{shape_id}" type="#_x0000_t202" style="position:absolute;'
            f"margin-left:59.25pt;margin-top:1.5pt;width:{note.width}px;height:{note.height}px;z-index:1;"
            f'visibility:hidden" fillcolor="#ffffe1" {o}:insetmode="auto"><{v}:fill color2="#ffffe1"/>'
            f'<{v}:shadow on="t" color="black" obscured="t"/><{v}:path {o}:connecttype="none"/>'
            f'<{v}:textbox style="mso-direction-alt:auto"><div style="text-align:left"></div></{v}:textbox>'
            f'<{x}:ClientData ObjectType="Note"><{x}:MoveWithCells/><{x}:SizeWithCells/>'
            f"<{x}:AutoFill>False</{x}:AutoFill><{x}:Row>{note.row - 1}</{x}:Row>"
            f"<{x}:Column>{note.col - 1}</{x}:Column></{x}:ClientData></{v}:shape>")


def _new_vml(notes: list[_Note], block: int) -> str:
    """A VML drawing with the comment boxes; shape ids live in the 1024-id blocks of its idmap."""
    blocks = ",".join(str(block + i) for i in range(len(notes) // 1024 + 1))
    shapes = "".join(_shape_xml(n, block * 1024 + 1 + i) for i, n in enumerate(notes))
    return ('<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:x="urn:schemas-microsoft-com:office:excel">'
            f'<o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="{blocks}"/></o:shapelayout>'
            '<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe">'
            '<v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>'
            f"{shapes}</xml>")


def _new_comments(notes: list[_Note]) -> str:
    body = "".join(_comment_xml(n, 0) for n in notes)
    return (f'{_XML_DECLARATION}<comments xmlns="{MAIN_NS}"><authors><author>{_esc(COMMENT_AUTHOR)}</author>'
            f"</authors><commentList>{body}</commentList></comments>")


def _merge_comments(text: str, notes: list[_Note]) -> str:
    """The OPD's comments part with ours: a comment on a marked cell is replaced (its text was
    put above ours), the others are kept as they are; ours are by "Bappeda"."""
    root = _start_tag("comments").search(text)
    if root is None or _attrs(root.group(1)).get("xmlns") != MAIN_NS:
        raise NotPatchable("comments: unexpected root")
    authors = [_unescape(m.group(1) or "") for m in _AUTHOR.finditer(text)]
    if COMMENT_AUTHOR in authors:
        author_id = authors.index(COMMENT_AUTHOR)
    else:
        author_id = len(authors)
        text = _insert_before_close(text, "authors", f"<author>{_esc(COMMENT_AUTHOR)}</author>")
    at = {(n.row, n.col): n for n in notes}
    edits: list[tuple[int, int, str]] = []
    for m in _COMMENT.finditer(text):
        ref = _attrs(m.group(1)).get("ref", "")
        note = at.pop(_parse_ref(ref), None)
        if note is not None:
            edits.append((m.start(), m.end(), _comment_xml(note, author_id)))
    text = _apply(text, edits)
    return _insert_before_close(text, "commentList", "".join(_comment_xml(n, author_id) for n in at.values()))


def _merge_vml(text: str, notes: list[_Note]) -> str:
    """The OPD's VML drawing with a box per note: a marked cell's old box is replaced."""
    ns = _vml_prefixes(text)
    v, x = re.escape(ns["v"]), re.escape(ns["x"])
    shape_re = re.compile(r"<" + v + r":shape\b" + _TAG_BODY + r"(?<!/)>.*?</" + v + r":shape>", re.S)
    row_re = re.compile(r"<" + x + r":Row>\s*(\d+)\s*</" + x + r":Row>")
    col_re = re.compile(r"<" + x + r":Column>\s*(\d+)\s*</" + x + r":Column>")
    kinds = set(re.findall(r"""ObjectType\s*=\s*["'](\w+)["']""", text))
    if kinds - {"Note"}:
        raise NotPatchable(f"VML holds {sorted(kinds - {'Note'})}")
    cells = {(n.row - 1, n.col - 1) for n in notes}
    edits = []
    for m in shape_re.finditer(text):
        row, col = row_re.search(m.group(0)), col_re.search(m.group(0))
        if row and col and (int(row.group(1)), int(col.group(1))) in cells:
            edits.append((m.start(), m.end(), ""))
    text = _apply(text, edits)
    # Ids continue after the OPD's; Excel does not insist that they stay in the idmap's blocks
    # (openpyxl gives every sheet the same ids).
    first = 1 + max((int(i) for i in _SHAPE_ID.findall(text)), default=1024)
    close = text.rfind("</xml>")
    if close < 0:
        raise NotPatchable("VML: no </xml>")
    return text[:close] + "".join(_shape_xml(n, first + i, ns) for i, n in enumerate(notes)) + text[close:]


# --- the report sheets ---------------------------------------------------------------------------

class _Format:
    """An xlsxwriter format as ``feedback_report`` defines it: its properties, for ``_Styles.report``."""

    def __init__(self, props: dict[str, Any] | None = None) -> None:
        self.props = dict(props or {})


class _FormatMaker:
    """Stands in for the xlsxwriter Workbook that ``feedback_report._Formats`` asks for formats."""

    def add_format(self, props: dict[str, Any] | None = None) -> _Format:
        return _Format(props)


_LINK = _Format({"font_color": "#0563C1", "underline": 1})  # as feedback's Font(color="0563C1", underline="single")


@dataclass
class _ReportSheet:
    """Stands in for the slice of xlsxwriter's Worksheet API ``feedback_report`` lays its sheets out
    with (0-based rows and columns); what it records is written as worksheet XML by ``_report_xml``."""

    name: str
    cells: dict[tuple[int, int], tuple[object, _Format | None]] = field(default_factory=dict)
    merges: list[tuple[int, int, int, int]] = field(default_factory=list)
    widths: dict[int, float] = field(default_factory=dict)
    frozen_rows: int = 0
    filter: tuple[int, int, int, int] | None = None
    landscape: bool = False
    fit: tuple[int, int] | None = None
    links: dict[tuple[int, int], str] = field(default_factory=dict)  # cell -> "#'Sheet'!A1"

    def write_string(self, row: int, col: int, string: str, cell_format: _Format | None = None) -> None:
        self.cells[(row, col)] = (string, cell_format)

    def write_number(self, row: int, col: int, number: float, cell_format: _Format | None = None) -> None:
        self.cells[(row, col)] = (number, cell_format)

    def write_blank(self, row: int, col: int, blank: Any, cell_format: _Format | None = None) -> None:
        if cell_format is not None:
            self.cells[(row, col)] = (None, cell_format)

    def merge_range(self, first_row: int, first_col: int, last_row: int, last_col: int, data: Any,
                    cell_format: _Format | None = None) -> None:
        for r in range(first_row, last_row + 1):
            for c in range(first_col, last_col + 1):
                self.cells[(r, c)] = (None, cell_format)
        self.cells[(first_row, first_col)] = (None if data == "" else data, cell_format)  # as xlsxwriter's _write
        self.merges.append((first_row, first_col, last_row, last_col))

    def freeze_panes(self, row: int, col: int) -> None:
        if col:
            raise ValueError("only frozen rows are handled")
        self.frozen_rows = row

    def autofilter(self, first_row: int, first_col: int, last_row: int, last_col: int) -> None:
        self.filter = (first_row, first_col, last_row, last_col)

    def set_column(self, first_col: int, last_col: int, width: float | None = None, *args: Any) -> None:
        if args:
            raise ValueError("column formats are not handled")
        for c in range(first_col, last_col + 1):
            if width is not None:
                self.widths[c] = width

    def set_landscape(self) -> None:
        self.landscape = True

    def fit_to_pages(self, width: int, height: int) -> None:
        self.fit = (width, height)

    def link(self, row: int, col: int, target: str) -> None:
        """A link to a cell of this workbook on (row, col), in the link font, as ``_write_summary`` sets it."""
        value, _ = self.cells.get((row, col), (None, None))
        self.cells[(row, col)] = (value, _LINK)
        self.links[(row, col)] = target


def _report_sheets(book: _Book, submission: Submission, labels: dict[str, Any], lang: str, accepted: bool,
                   previous_diff: list[list[str]] | None, headers: dict[int, str]) -> list[_ReportSheet]:
    """The report sheets, laid out by ``feedback_report`` with the links ``feedback._write_summary``
    and ``_write_reading`` add to a marked file (to existing worksheets only)."""
    formats = feedback_report._Formats(_FormatMaker())
    summary = _ReportSheet(SUMMARY_SHEET)
    feedback_report._summary(summary, formats, submission, labels, lang, accepted, labels["legend"])
    header = _header_row(summary)
    for index, finding in enumerate(submission.findings.sorted()):
        name = _sheet_of(finding, submission.reading)
        cell = finding.cell if name else None
        if name and cell and book.is_worksheet(name):
            summary.link(header + 1 + index, 2, internal_link(name, cell))
    sheets = [summary]
    reading = submission.reading
    if reading is not None:
        how = _ReportSheet(READING_SHEET)
        feedback_report._reading(how, formats, reading, headers, labels)
        header = _header_row(how)
        columns = sorted(reading.columns.items(), key=lambda item: (item[1], item[0]))
        first_header = min(reading.header_rows, default=None)
        if first_header and book.is_worksheet(reading.sheet):
            for index, (_, col) in enumerate(columns):
                if 1 <= col <= _MAX_COL and 1 <= first_header <= _MAX_ROW:
                    how.link(header + 1 + index, 1, internal_link(reading.sheet, a1(first_header, col)))
        sheets.append(how)
    if previous_diff:
        diff = _ReportSheet(DIFF_SHEET)
        feedback_report._table(diff, formats, 1, previous_diff)
        sheets.append(diff)
    return sheets


def _header_row(sheet: _ReportSheet) -> int:
    """The (0-based) header row of the sheet's table: where ``feedback_report._table`` put the filter."""
    if sheet.filter is None:
        raise ValueError(f"{sheet.name}: no table")
    return sheet.filter[0]


def _cell_xml(ref: str, value: object, style: int, strings: _SharedStrings | None = None) -> str:
    s = f' s="{style}"' if style else ""
    if value is None or (value == "" and strings is None):
        return f'<c r="{ref}"{s}/>'
    if isinstance(value, str):
        if strings is not None:  # xlsxwriter keeps an empty string as a string
            return f'<c r="{ref}"{s} t="s"><v>{strings.add(value)}</v></c>'
        # Inline strings: never a formula, whatever the text starts with.
        return f'<c r="{ref}"{s} t="inlineStr"><is>{_text_element(_cell_text(value))}</is></c>'
    if isinstance(value, int | float) and not isinstance(value, bool):
        if value != value or value in (float("inf"), float("-inf")):
            raise ValueError(f"{ref}: {value} is not a number Excel can hold")
        return f'<c r="{ref}"{s}><v>{value!r}</v></c>'
    return _cell_xml(ref, str(value), style, strings)


class _SharedStrings:
    """The shared strings of a report workbook written as xlsxwriter writes one (``_report_xml``
    with ``strings``): control characters as ``_xHHHH_``, a literal ``_xHHHH_`` escaped, at most
    32,767 UTF-16 units. openpyxl reads strings so written exactly as it reads xlsxwriter's (it
    decodes no ``_xHHHH_`` of an inline string, and strips ``x005F_`` from shared ones only)."""

    _CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f]")

    def __init__(self) -> None:
        self.index: dict[str, int] = {}  # stored form -> index
        self.seen: dict[str, int] = {}  # text as given -> index
        self.count = 0

    def add(self, text: str) -> int:
        self.count += 1
        index = self.seen.get(text)
        if index is None:
            stored = text
            if len(text) > _MAX_CELL_TEXT // 2 or _ODD_TEXT.search(text) is not None:
                stored = _NOT_XML.sub("", _clean(text))
                if len(stored) > _MAX_CELL_TEXT // 2:  # cut before escaping, as xlsxwriter does
                    stored = _utf16_cut(stored, _MAX_CELL_TEXT)
                stored = self._CONTROL.sub(lambda m: f"_x{ord(m.group()):04X}_", _EXCEL_ESCAPE.sub(r"_x005F_\1", stored))
            index = self.seen[text] = self.index.setdefault(stored, len(self.index))
        return index

    def xml(self) -> str:
        items = "".join(f'<si><t xml:space="preserve">{_esc(t)}</t></si>' for t in self.index)
        return (f'{_XML_DECLARATION}<sst xmlns="{MAIN_NS}" count="{self.count}" uniqueCount="{len(self.index)}">'
                f"{items}</sst>")


def _utf16_cut(text: str, limit: int) -> str:
    """``text`` cut to ``limit`` UTF-16 units (Excel's unit), never inside a character above U+FFFF."""
    length = 0
    for index, char in enumerate(text):
        length += 2 if ord(char) > 0xFFFF else 1
        if length > limit:
            return text[:index]
    return text


def _xlsxwriter_width(width: float) -> float:
    """A column width as xlsxwriter writes it: whole pixels of Calibri 11 (7 a digit, 5 of padding)."""
    if width <= 0:
        return 0.0
    pixels = int(width * 12 + 0.5) if width < 1 else int(width * 7 + 0.5) + 5
    return (pixels * 256 // 7) / 256.0


def _column_runs(widths: dict[int, float], like_xlsxwriter: bool) -> list[tuple[int, int, float]]:
    """(first, last, width) of each ``<col>``: one a column, or as xlsxwriter writes them (its widths,
    neighbours of one width in one element, which openpyxl reads as one column dimension)."""
    runs: list[tuple[int, int, float]] = []
    for col, width in sorted(widths.items()):
        if not like_xlsxwriter:
            runs.append((col, col, width))
            continue
        width = _xlsxwriter_width(width)
        if runs and runs[-1][1] == col - 1 and runs[-1][2] == width:
            runs[-1] = (runs[-1][0], col, width)
        else:
            runs.append((col, col, width))
    return runs


def _report_xml(sheet: _ReportSheet, styles: _Styles, *, selected: bool, link_ids: dict[tuple[int, int], str],
                strings: _SharedStrings | None = None) -> str:
    """The worksheet XML of a report sheet (elements in CT_Worksheet's order).

    Without ``strings`` the sheet reads back as openpyxl's path writes it (inline strings, an empty
    string as no value, widths as given): the marked workbook and the "Perubahan" sheet. With them,
    as xlsxwriter writes it (shared strings, empty strings kept, widths in whole pixels, default
    page-fit values and the selection left out): the report workbook of ``report_package``.
    """
    xf: dict[int, int] = {}

    def style(fmt: _Format | None) -> int:
        if fmt is None:
            return 0
        if id(fmt) not in xf:
            xf[id(fmt)] = styles.report(fmt.props)
        return xf[id(fmt)]

    letters: dict[int, str] = {}
    out: list[str] = []
    row = -1
    for (r, c), (value, fmt) in sorted(sheet.cells.items()):
        if r != row:
            out.append(f'</row><row r="{r + 1}">' if out else f'<row r="{r + 1}">')
            row = r
        column = letters.get(c)
        if column is None:
            column = letters[c] = column_letter(c + 1)
        out.append(_cell_xml(f"{column}{r + 1}", value, style(fmt), strings))
    rows = "".join(out) + "</row>" if out else ""
    last_row = max((r for r, _ in sheet.cells), default=0)
    last_col = max((c for _, c in sheet.cells), default=0)
    parts = [_XML_DECLARATION, f'<worksheet xmlns="{MAIN_NS}" xmlns:r="{REL_NS}">']
    if sheet.fit:
        parts.append('<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>')
    parts.append(f'<dimension ref="A1:{a1(last_row + 1, last_col + 1)}"/>')
    view = '<sheetView tabSelected="1" workbookViewId="0">' if selected else '<sheetView workbookViewId="0">'
    if sheet.frozen_rows:
        top = f"A{sheet.frozen_rows + 1}"
        view += (f'<pane ySplit="{sheet.frozen_rows}" topLeftCell="{top}" activePane="bottomLeft" state="frozen"/>'
                 + ('<selection pane="bottomLeft"/>' if strings is not None else
                    f'<selection pane="bottomLeft" activeCell="{top}" sqref="{top}"/>'))
    parts.append(f"<sheetViews>{view}</sheetView></sheetViews>")
    parts.append('<sheetFormatPr defaultRowHeight="15"/>')
    if sheet.widths:
        parts.append("<cols>" + "".join(f'<col min="{first + 1}" max="{last + 1}" width="{w!r}" customWidth="1"/>'
                                        for first, last, w in _column_runs(sheet.widths, strings is not None))
                     + "</cols>")
    parts.append(f"<sheetData>{rows}</sheetData>")
    if sheet.filter:
        r0, c0, r1, c1 = sheet.filter
        parts.append(f'<autoFilter ref="{a1(r0 + 1, c0 + 1)}:{a1(r1 + 1, c1 + 1)}"/>')
    if sheet.merges:
        parts.append(f'<mergeCells count="{len(sheet.merges)}">'
                     + "".join(f'<mergeCell ref="{a1(r0 + 1, c0 + 1)}:{a1(r1 + 1, c1 + 1)}"/>'
                               for r0, c0, r1, c1 in sheet.merges) + "</mergeCells>")
    if link_ids:
        parts.append("<hyperlinks>" + "".join(f'<hyperlink ref="{a1(r + 1, c + 1)}" r:id="{rid}"/>'
                                              for (r, c), rid in sorted(link_ids.items())) + "</hyperlinks>")
    parts.append('<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>')
    setup = ' orientation="landscape"' if sheet.landscape else ""
    if sheet.fit:
        for name, pages in zip(("fitToWidth", "fitToHeight"), sheet.fit, strict=True):
            if pages != 1 or strings is None:  # xlsxwriter leaves out the default, 1
                setup += f' {name}="{pages}"'
    if setup:
        parts.append(f"<pageSetup{setup}/>")
    parts.append("</worksheet>")
    return "".join(parts)


def _filter_name(sheet: _ReportSheet) -> str:
    """The range of the sheet's autofilter as the ``_xlnm._FilterDatabase`` name holds it."""
    assert sheet.filter is not None
    r0, c0, r1, c1 = sheet.filter
    quoted = "'" + sheet.name.replace("'", "''") + "'"
    return f"{quoted}!{_absolute(r0 + 1, c0 + 1)}:{_absolute(r1 + 1, c1 + 1)}"


def _absolute(row: int, col: int) -> str:
    letters = a1(row, col)[: -len(str(row))]
    return f"${letters}${row}"


# --- putting it together -------------------------------------------------------------------------

def _read_package(path: Path) -> tuple[_Package, _Book]:
    """The zip at ``path`` and its workbook part, or ``NotPatchable`` when it cannot be read."""
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise NotPatchable(f"cannot read the file: {exc}") from None
    pkg = _Package(raw)
    return pkg, _Book(pkg)


def patch_feedback(path: Path, *, source: Path, submission: Submission, labels: dict[str, Any], lang: str,
                   accepted: bool, previous_diff: list[list[str]] | None, headers: dict[int, str],
                   level: int = _DEFLATE_LEVEL) -> None:
    """Write the marked feedback workbook of ``submission`` to ``path`` (atomically) by patching
    ``source``; raise ``NotPatchable`` (nothing written) when the file is not one this handles."""
    path, source = Path(path), Path(source)
    if path.suffix.lower() != ".xlsx":
        raise NotPatchable(f"output {path.suffix} (only .xlsx is written here)")
    if _holds_our_report(source):
        raise NotPatchable("our own feedback file sent back")
    pkg, book = _read_package(source)
    _check_package(pkg, book)
    styles = _Styles(pkg.text(book.styles_part))
    _check_integrity(pkg, book, styles)
    overrides: list[str] = []  # [Content_Types].xml entries of the new parts
    new_vml = False

    marks = collect_marks(submission, labels, lang, lambda finding: book.target(finding, submission.reading))
    by_sheet: dict[str, dict[tuple[int, int], Any]] = {}
    for (sheet_name, row, col), mark in marks.items():
        by_sheet.setdefault(sheet_name, {})[(row, col)] = mark
    vml_block = 1 + max((_vml_blocks(pkg)), default=0)
    for sheet in book.sheets:
        text = pkg.text(sheet.part)
        new = _deselect(text)
        sheet_marks = by_sheet.get(sheet.name)
        if sheet_marks:
            colors = {cell: ERROR_FILL if m.severity == Severity.ERROR else WARNING_FILL
                      for cell, m in sheet_marks.items()}
            new = _mark_cells(new, colors, styles)
            new, added, blocks = _add_comments(pkg, sheet, new, sheet_marks, vml_block)
            overrides += added
            new_vml = new_vml or blocks > 0
            vml_block += blocks
        if new != text:
            pkg.set(sheet.part, new)

    report = _report_sheets(book, submission, labels, lang, accepted, previous_diff, headers)
    new_sheets: list[tuple[_ReportSheet, str]] = []
    for index, report_sheet in enumerate(report):
        part = pkg.free_name("xl/worksheets/sheet{}.xml")
        sheet_rels = _Rels(pkg, part)
        # internal links as openpyxl writes them: a hyperlink relationship to "#'Sheet'!A1"
        link_ids = {cell: sheet_rels.add(_HYPERLINK, target, external=True)
                    for cell, target in report_sheet.links.items()}
        pkg.set(part, _report_xml(report_sheet, styles, selected=index == 0, link_ids=link_ids))
        sheet_rels.save()
        overrides.append(f'<Override PartName="/{part}" ContentType="{_CT_WORKSHEET}"/>')
        new_sheets.append((report_sheet, book.rels.add(_WORKSHEET, _relative(book.part, part))))
    pkg.set(book.part, _patch_workbook(book, new_sheets))
    book.rels.save()
    pkg.set(book.styles_part, styles.xml())
    content_types = pkg.text("[Content_Types].xml")
    if new_vml and not re.search(r"""Extension\s*=\s*["']vml["']""", content_types, re.I):
        overrides.append(f'<Default Extension="vml" ContentType="{_CT_VML}"/>')
    pkg.set("[Content_Types].xml", _insert_before_close(content_types, "Types", "".join(overrides)))

    _write_package(pkg, path, level)


def _write_package(pkg: _Package, path: Path, level: int) -> None:
    """Write the patched package to ``path`` atomically, once every part it changed is checked
    to be well-formed XML (``NotPatchable`` and nothing written otherwise)."""
    for name, text in pkg.changed.items():
        if not _well_formed(text.encode("utf-8")):
            raise NotPatchable(f"{name} would not be well-formed XML")
    for info in pkg.infos:  # the parts copied as they are: a damaged one would go out damaged
        if _XML_PART.search(info.filename) and info.filename not in pkg.changed \
                and not _well_formed(pkg.data(info.filename)):
            raise NotPatchable(f"{info.filename}: not well-formed XML")
    data = _zip_bytes(pkg.entries(level))
    with atomic_path(path) as tmp:
        tmp.write_bytes(data)


def _vml_blocks(pkg: _Package) -> list[int]:
    """The shape-id blocks (``o:idmap data``) the workbook's VML drawings use already."""
    blocks: list[int] = []
    for info in pkg.infos:
        if info.filename.lower().endswith(".vml"):
            for m in _IDMAP.finditer(pkg.text(info.filename)):
                blocks += [int(b) for b in re.findall(r"\d+", m.group(1))]
    return blocks


def _add_comments(pkg: _Package, sheet: _Sheet, text: str, marks: dict[tuple[int, int], Any],
                  vml_block: int) -> tuple[str, list[str], int]:
    """The sheet's comments (and their VML boxes) with ours added.

    A sheet with comments already has its comments part and VML drawing extended; otherwise both
    are created, with their relationships and a <legacyDrawing> in the sheet. Returns the sheet XML,
    the [Content_Types].xml overrides of the new parts and how many VML id blocks the new drawing
    uses (0 when none was created).
    """
    rels = _Rels(pkg, sheet.part)
    _, data_end = _sheet_data(text)
    children = _top_level(text, data_end + len("</sheetData>"))
    legacy = [tag for name, _, tag in children if name == "legacyDrawing"]
    comment_rels = rels.of_type(_COMMENTS)
    if legacy or comment_rels:
        vml_rel = rels.get(_attrs(legacy[0][len("<legacyDrawing"):]).get("r:id", "")) if legacy else None
        if vml_rel is None or vml_rel.type != _VML or len(comment_rels) != 1 or len(legacy) != 1:
            raise NotPatchable(f"{sheet.name}: a legacy drawing that is not just comments")
        comments_part, vml_part = rels.part_of(comment_rels[0]), rels.part_of(vml_rel)
        comments = pkg.text(comments_part)
        existing = {_parse_ref(_attrs(m.group(1)).get("ref", "")): _comment_text(m.group(2) or "")
                    for m in _COMMENT.finditer(comments)}
        notes = _notes(marks, existing)
        pkg.set(comments_part, _merge_comments(comments, notes))
        pkg.set(vml_part, _merge_vml(pkg.text(vml_part), notes))
        return text, [], 0

    notes = _notes(marks, {})
    comments_part = pkg.free_name("xl/comments{}.xml")
    vml_part = pkg.free_name("xl/drawings/vmlDrawing{}.vml")
    pkg.set(comments_part, _new_comments(notes))
    pkg.set(vml_part, _new_vml(notes, vml_block))
    vml_id = rels.add(_VML, _relative(sheet.part, vml_part))
    rels.add(_COMMENTS, _relative(sheet.part, comments_part))
    rels.save()
    root = _start_tag("worksheet").search(text)
    if root is None or _attrs(root.group(1)).get("xmlns") != MAIN_NS:
        raise NotPatchable(f"{sheet.name}: unexpected root")
    # The r: prefix is the root's in every Excel file; declared on the element when it is not.
    declare = "" if _attrs(root.group(1)).get("xmlns:r") == REL_NS else f' xmlns:r="{REL_NS}"'
    # <legacyDrawing> goes before the first child that CT_Worksheet puts after it
    pos = next((offset for name, offset, _ in children if name in _AFTER_LEGACY), text.rfind("</worksheet>"))
    text = text[:pos] + f'<legacyDrawing{declare} r:id="{vml_id}"/>' + text[pos:]
    return text, [f'<Override PartName="/{comments_part}" ContentType="{_CT_COMMENTS}"/>'], len(notes) // 1024 + 1


def _notes(marks: dict[tuple[int, int], Any], existing: dict[tuple[int, int], str]) -> list[_Note]:
    """The comment of each marked cell, as ``_annotate`` writes it: our notes (cleaned) below the
    text of the comment already on the cell, the box sized by the whole text."""
    notes = []
    for (row, col), mark in marks.items():
        ours = _NOT_XML.sub("", _clean("\n\n".join(mark.notes)))
        before = existing.get((row, col), "").rstrip()
        width, height = _comment_size(before + "\n\n" + ours if before else ours)
        # The OPD's text is already in Excel's escaped form; only ours needs "_x" escaping.
        text = (before + "\n\n" if before else "") + _EXCEL_ESCAPE.sub(r"_x005F_\1", ours)
        notes.append(_Note(row, col, text[:_MAX_CELL_TEXT], width, height))
    return notes


def _patch_workbook(book: _Book, new_sheets: list[tuple[_ReportSheet, str]]) -> str:
    """workbook.xml with the report sheets first: new sheetIds, ``localSheetId`` shifted, the
    filter names of the report tables, the first tab active and shown first."""
    text = book.text
    shift = len(new_sheets)
    next_id = 1 + max(s.sheet_id for s in book.sheets)
    entries = "".join(f'<sheet name="{_esc_attr(sheet.name)}" sheetId="{next_id + i}" r:id="{rid}"/>'
                      for i, (sheet, rid) in enumerate(new_sheets))
    sheets = re.search(r"<sheets>", text)
    assert sheets is not None  # checked in _Book
    text = text[:sheets.end()] + entries + text[sheets.end():]

    def shifted(m: re.Match[str]) -> str:
        return m.group(1) + str(int(m.group(2)) + shift) + m.group(3)

    names = "".join(f'<definedName name="_xlnm._FilterDatabase" localSheetId="{i}" hidden="1">'
                    f"{_esc(_filter_name(sheet))}</definedName>"
                    for i, (sheet, _) in enumerate(new_sheets) if sheet.filter)
    empty = _start_tag("definedNames").search(text)
    if empty is not None and empty.group(2):  # <definedNames/>
        text = text[:empty.start()] + "<definedNames></definedNames>" + text[empty.end():]
    block = re.search(r"<definedNames\b" + _TAG_BODY + r"(?<!/)>(.*?)</definedNames>", text, re.S)
    if block is not None:
        inner = re.sub(r"""(\slocalSheetId\s*=\s*["'])(\d+)(["'])""", shifted, block.group(1))
        text = text[:block.start(1)] + names + inner + text[block.end(1):]
    elif "<definedNames" in text:
        raise NotPatchable("workbook.xml: odd <definedNames>")
    elif names:
        after = max(text.find("</sheets>") + len("</sheets>"), _end_of(text, "functionGroups"))
        text = text[:after] + f"<definedNames>{names}</definedNames>" + text[after:]

    view = _start_tag("workbookView")
    if view.search(text):
        text = view.sub(lambda m: _set_attr(_set_attr(m.group(0), "firstSheet", None), "activeTab", "0"), text)
    else:
        pos = sheets.start()
        text = text[:pos] + '<bookViews><workbookView activeTab="0"/></bookViews>' + text[pos:]
    return text


def _end_of(text: str, element: str) -> int:
    """The offset just after ``element`` (self-closing or not), -1 when absent."""
    m = _start_tag(element).search(text)
    if m is None:
        return -1
    if m.group(2):
        return m.end()
    close = text.find(f"</{element}>", m.end())
    return close + len(f"</{element}>") if close >= 0 else -1


# --- the report workbook alone (no cell to mark) ---------------------------------------------------

_CT_STYLES = "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"
_CT_SHARED_STRINGS = "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"
_CT_THEME = "application/vnd.openxmlformats-officedocument.theme+xml"
_CT_CORE = "application/vnd.openxmlformats-package.core-properties+xml"
_CT_APP = "application/vnd.openxmlformats-officedocument.extended-properties+xml"

# styles.xml of a new xlsxwriter workbook: Calibri 11 in the theme's text colour, the two fills
# every workbook has, one empty border, the Normal style; ``_Styles`` adds the report's formats.
_NEW_STYLES = (
    f'{_XML_DECLARATION}<styleSheet xmlns="{MAIN_NS}"><fonts count="1"><font><sz val="11"/><color theme="1"/>'
    '<name val="Calibri"/><family val="2"/><scheme val="minor"/></font></fonts><fills count="2"><fill>'
    '<patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>'
    '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
    '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
    '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>'
    '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles><dxfs count="0"/>'
    '<tableStyles count="0" defaultTableStyle="TableStyleMedium9" defaultPivotStyle="PivotStyleLight16"/>'
    "</styleSheet>")
_ROOT_RELS = (
    f'{_XML_DECLARATION}<Relationships xmlns="{PKG_REL_NS}">'
    f'<Relationship Id="rId1" Type="{_OFFICE_DOCUMENT}" Target="xl/workbook.xml"/>'
    f'<Relationship Id="rId2" Type="{PKG_REL_NS}/metadata/core-properties" Target="docProps/core.xml"/>'
    f'<Relationship Id="rId3" Type="{REL_NS}/extended-properties" Target="docProps/app.xml"/></Relationships>')


@lru_cache(maxsize=64)
def _packed(text: str, level: int) -> tuple[int, int, bytes]:
    """CRC, size and deflated bytes of a part that is the same in many workbooks (deflated once)."""
    entry = _deflate("", text, level, (1980, 1, 1, 0, 0, 0))
    return entry.crc, entry.usize, entry.data


@lru_cache(maxsize=1)
def _report_styles() -> tuple[_Styles, str]:
    """``_NEW_STYLES`` with every format of ``feedback_report._Formats``, and its text: the same
    styles.xml for every report workbook (a sheet that uses fewer formats does not mind)."""
    styles = _Styles(_NEW_STYLES, base_color=True)
    f = feedback_report._Formats(_FormatMaker())
    for fmt in (f.title, f.bold, f.italic, f.left, *f.status.values(), f.header, f.wrap, *f.severity.values()):
        styles.report(fmt.props)
    return styles, styles.xml()


@lru_cache(maxsize=1)
def _theme() -> str:
    """The theme xlsxwriter writes (Office 2007: Calibri, the colours ``<color theme="1"/>`` means)."""
    from xlsxwriter.theme import THEME_XML_2007

    return THEME_XML_2007


def report_package(sheets: list[_ReportSheet], *, level: int = _DEFLATE_LEVEL) -> bytes:
    """A new workbook of the report sheets alone, as the bytes of an .xlsx; what openpyxl and
    calamine read of it is what they read of ``feedback_report.write_report_workbook``'s.

    A fixed skeleton around the sheets ``_report_xml`` renders: content types, package and workbook
    relationships, document properties, workbook.xml (first tab active and selected, the filter
    names of the tables), styles.xml (``_NEW_STYLES`` with the report's formats), the theme and the
    shared strings. ``ValueError`` when a part holding text would not be well-formed XML.
    """
    if not sheets or any(sheet.links for sheet in sheets):
        raise ValueError("a report workbook has sheets, and no links")
    base_styles, base_styles_xml = _report_styles()
    styles = base_styles.copy()
    strings = _SharedStrings()
    n = len(sheets)
    sheet_parts = [(f"xl/worksheets/sheet{i}.xml", _report_xml(sheet, styles, selected=i == 1, link_ids={},
                                                              strings=strings))
                   for i, sheet in enumerate(sheets, start=1)]
    entries = "".join(f'<sheet name="{_esc_attr(sheet.name)}" sheetId="{i}" r:id="rId{i}"/>'
                      for i, sheet in enumerate(sheets, start=1))
    names = "".join(f'<definedName name="_xlnm._FilterDatabase" localSheetId="{i}" hidden="1">'
                    f"{_esc(_filter_name(sheet))}</definedName>" for i, sheet in enumerate(sheets) if sheet.filter)
    workbook = (f'{_XML_DECLARATION}<workbook xmlns="{MAIN_NS}" xmlns:r="{REL_NS}">'
                '<fileVersion appName="xl" lastEdited="4" lowestEdited="4" rupBuild="4505"/>'
                '<workbookPr defaultThemeVersion="124226"/><bookViews><workbookView xWindow="240" yWindow="15" '
                f'windowWidth="16095" windowHeight="9660"/></bookViews><sheets>{entries}</sheets>'
                + (f"<definedNames>{names}</definedNames>" if names else "")
                + '<calcPr calcId="124519" fullCalcOnLoad="1"/></workbook>')
    workbook_rels = (f'{_XML_DECLARATION}<Relationships xmlns="{PKG_REL_NS}">'
                     + "".join(f'<Relationship Id="rId{i}" Type="{_WORKSHEET}" Target="worksheets/sheet{i}.xml"/>'
                               for i in range(1, n + 1))
                     + f'<Relationship Id="rId{n + 1}" Type="{REL_NS}/theme" Target="theme/theme1.xml"/>'
                     f'<Relationship Id="rId{n + 2}" Type="{_STYLES}" Target="styles.xml"/>'
                     f'<Relationship Id="rId{n + 3}" Type="{REL_NS}/sharedStrings" Target="sharedStrings.xml"/>'
                     "</Relationships>")
    overrides = [("/docProps/app.xml", _CT_APP), ("/docProps/core.xml", _CT_CORE), ("/xl/styles.xml", _CT_STYLES),
                 ("/xl/theme/theme1.xml", _CT_THEME), ("/xl/workbook.xml", _CT_WORKBOOK),
                 *((f"/{part}", _CT_WORKSHEET) for part, _ in sheet_parts),
                 ("/xl/sharedStrings.xml", _CT_SHARED_STRINGS)]
    content_types = (f'{_XML_DECLARATION}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                     '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                     '<Default Extension="xml" ContentType="application/xml"/>'
                     + "".join(f'<Override PartName="{name}" ContentType="{kind}"/>' for name, kind in overrides)
                     + "</Types>")
    stamp = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())
    core = (f'{_XML_DECLARATION}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/'
            'metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            "<dc:creator></dc:creator><cp:lastModifiedBy></cp:lastModifiedBy>"
            f'<dcterms:created xsi:type="dcterms:W3CDTF">{stamp}</dcterms:created>'
            f'<dcterms:modified xsi:type="dcterms:W3CDTF">{stamp}</dcterms:modified></cp:coreProperties>')
    titles = "".join(f"<vt:lpstr>{_esc(sheet.name)}</vt:lpstr>" for sheet in sheets)
    app = (f'{_XML_DECLARATION}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/'
           'extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
           "<Application>Microsoft Excel</Application><DocSecurity>0</DocSecurity><ScaleCrop>false</ScaleCrop>"
           '<HeadingPairs><vt:vector size="2" baseType="variant"><vt:variant><vt:lpstr>Worksheets</vt:lpstr>'
           f'</vt:variant><vt:variant><vt:i4>{n}</vt:i4></vt:variant></vt:vector></HeadingPairs><TitlesOfParts>'
           f'<vt:vector size="{n}" baseType="lpstr">{titles}</vt:vector></TitlesOfParts><Company></Company>'
           "<LinksUpToDate>false</LinksUpToDate><SharedDoc>false</SharedDoc><HyperlinksChanged>false"
           "</HyperlinksChanged><AppVersion>12.0000</AppVersion></Properties>")
    styles_xml = base_styles_xml if styles.size() == base_styles.size() else styles.xml()
    # (name, text, whether many workbooks have the very same part: deflated once, kept)
    parts = [("[Content_Types].xml", content_types, True), ("_rels/.rels", _ROOT_RELS, True),
             ("docProps/app.xml", app, True), ("docProps/core.xml", core, False),
             ("xl/workbook.xml", workbook, False), ("xl/_rels/workbook.xml.rels", workbook_rels, True),
             ("xl/styles.xml", styles_xml, True), ("xl/theme/theme1.xml", _theme(), True),
             *((name, text, False) for name, text in sheet_parts), ("xl/sharedStrings.xml", strings.xml(), False)]
    # The text of the submission is in the shared strings only (the sheets hold numbers, cell
    # references and string indices, the rest is fixed text around the sheet names): those two
    # parts are checked, the others cannot go wrong in a way a check would see (0.2 ms a file).
    for name, text, _ in parts:
        if name in ("xl/sharedStrings.xml", "xl/workbook.xml") and not _well_formed(text.encode("utf-8")):
            raise ValueError(f"{name} would not be well-formed XML")
    now = time.localtime()[:6]
    written = []
    for name, text, same in parts:
        if same:
            crc, size, data = _packed(text, level)
            written.append(_Entry(name, zipfile.ZIP_DEFLATED, crc, size, data, now))
        else:
            written.append(_deflate(name, text, level, now))
    return _zip_bytes(iter(written))


# --- the "Perubahan" sheet of a feedback workbook already written ----------------------------------

def patch_diff_sheet(path: Path, table: list[list[str]], *, name: str = DIFF_SHEET,
                     level: int = _DEFLATE_LEVEL) -> None:
    """Put ``table`` in the sheet ``name`` ("Perubahan", or another sheet of ours such as
    "Pemeriksaan Silang") of the feedback workbook at ``path`` (atomically), as
    ``versions.write_diff_sheet``'s openpyxl code does, by patching the zip: the sheet right after
    the report sheets, not selected, replacing an earlier sheet of that name there; header bold on a fill,
    wrapped, frozen, filtered, columns as wide as their longest text; an empty text no cell.

    Only the new sheet, workbook.xml, its relationships, styles.xml and ``[Content_Types].xml``
    are written; every other part is copied as it is. A workbook not laid out as ``write_feedback``
    lays one out (our report sheets first, no other sheet of that name, the first tab active) raises
    ``NotPatchable`` and nothing is written: the caller falls back to openpyxl.
    """
    path = Path(path)
    if not table:
        raise NotPatchable("no table")
    if path.suffix.lower() != ".xlsx":
        raise NotPatchable(f"{path.suffix} workbook")
    pkg, book = _read_package(path)
    names = [s.name for s in book.sheets]
    report = [sheet for sheet in (SUMMARY_SHEET, READING_SHEET) if sheet in names]
    position = len(report)
    if names[:position] != report or names[:1] != [SUMMARY_SHEET]:
        raise NotPatchable("the report sheets are not first")
    same_name = [i for i, sheet in enumerate(names) if sheet.casefold() == name.casefold()]
    old: _Sheet | None = None
    if same_name:
        old = book.sheets[same_name[0]]
        if same_name != [position] or old.name != name or old.kind != "worksheet":
            raise NotPatchable(f"a sheet named {names[same_name[0]]!r} elsewhere")
        if pkg.name(_rels_name(old.part)) is not None:
            raise NotPatchable(f"the earlier {name!r} sheet has relationships")

    diff = _ReportSheet(name)
    feedback_report._table(diff, feedback_report._Formats(_FormatMaker()), 1, table)
    # openpyxl's code makes no cell of an empty text (nor of a missing one); the header row is styled
    diff.cells = {cell: (value, fmt) for cell, (value, fmt) in diff.cells.items() if value != "" or fmt is not None}
    styles = _Styles(pkg.text(book.styles_part))
    xml = _report_xml(diff, styles, selected=False, link_ids={})
    if old is not None:
        part, rel_id = old.part, None
    else:
        part = pkg.free_name("xl/worksheets/sheet{}.xml")
        rel_id = book.rels.add(_WORKSHEET, _relative(book.part, part))
        book.rels.save()
        pkg.set("[Content_Types].xml", _insert_before_close(
            pkg.text("[Content_Types].xml"), "Types", f'<Override PartName="/{part}" ContentType="{_CT_WORKSHEET}"/>'))
    pkg.set(part, xml)
    pkg.set(book.part, _place_diff(book, diff, position, rel_id))
    pkg.set(book.styles_part, styles.xml())
    _write_package(pkg, path, level)


def _place_diff(book: _Book, diff: _ReportSheet, position: int, rel_id: str | None) -> str:
    """workbook.xml with the difference sheet at ``position``: a new ``<sheet>`` (``rel_id``) with
    the sheet-scoped names after it shifted, or (``rel_id`` None) the one there kept; its filter name."""
    text = book.text
    block = re.search(r"<sheets>(.*?)</sheets>", text, re.S)
    assert block is not None  # checked in _Book
    entries = list(_Book._SHEET.finditer(text, block.start(1), block.end(1)))
    if len(entries) != len(book.sheets):
        raise NotPatchable("workbook.xml: unreadable <sheets>")
    if rel_id is not None:
        for view in _start_tag("workbookView").finditer(text):
            a = _attrs(view.group(1))
            if any(int(a.get(key, "0") or 0) >= position for key in ("activeTab", "firstSheet")):
                raise NotPatchable("workbook.xml: another tab active")
        entry = (f'<sheet name="{_esc_attr(diff.name)}" sheetId="{1 + max(s.sheet_id for s in book.sheets)}" '
                 f'r:id="{rel_id}"/>')
        at = entries[position].start() if position < len(entries) else block.end(1)
        text = text[:at] + entry + text[at:]

    def scoped(m: re.Match[str]) -> str:
        a = _attrs(m.group(1))
        local = a.get("localSheetId")
        if local is None:
            return m.group(0)
        if not local.isdigit():
            raise NotPatchable("workbook.xml: odd localSheetId")
        sheet = int(local)
        if rel_id is None and sheet == position:  # the earlier difference sheet's
            if a.get("name") != "_xlnm._FilterDatabase":
                raise NotPatchable("workbook.xml: a name of the earlier difference sheet")
            return ""
        if rel_id is not None and sheet >= position:  # a sheet after the new one
            tag = _set_attr(f"<definedName{m.group(1)}>", "localSheetId", str(sheet + 1))
            return f"{tag}{m.group(2)}</definedName>"
        return m.group(0)

    ours = (f'<definedName name="_xlnm._FilterDatabase" localSheetId="{position}" hidden="1">'
            f"{_esc(_filter_name(diff))}</definedName>")
    names = _start_tag("definedNames").search(text)
    if names is None:
        after = max(text.find("</sheets>") + len("</sheets>"), _end_of(text, "functionGroups"),
                    _end_of(text, "externalReferences"))
        return text[:after] + f"<definedNames>{ours}</definedNames>" + text[after:]
    if names.group(2):  # <definedNames/>
        return text[:names.start()] + f"<definedNames>{ours}</definedNames>" + text[names.end():]
    close = text.find("</definedNames>", names.end())
    if close < 0:
        raise NotPatchable("workbook.xml: unclosed <definedNames>")
    inner = text[names.end():close]
    if len(_DEFINED_NAME.findall(inner)) != inner.count("<definedName"):
        raise NotPatchable("workbook.xml: unreadable <definedNames>")
    return text[:names.end()] + ours + _DEFINED_NAME.sub(scoped, inner) + text[close:]
