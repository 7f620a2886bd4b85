"""Hand-made workbooks as OPDs really send them: one function per quirk, each writing one .xlsx.

Every function takes the output path and returns it. The tables come from ``seed_data`` (the seed
documents transcribed as published); the quirk each function adds is in its name and docstring.
Formatting is what a person makes in Excel: merged two-row headers, bold, borders, wrapped text,
column widths, ``#,##0`` numbers, title rows above the table and page breaks with the header
repeated. ``all_fixtures()`` lists them by name. ``write_ods`` saves any of them as .ods (a few
lines of OpenDocument XML); no .xls writer is installed, the reader opens .xls through calamine.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
if str(HERE) not in sys.path:
    sys.path.insert(0, str(HERE))

from openpyxl import Workbook  # noqa: E402
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side  # noqa: E402
from openpyxl.utils import get_column_letter  # noqa: E402
from openpyxl.worksheet.pagebreak import Break  # noqa: E402
from openpyxl.worksheet.worksheet import Worksheet  # noqa: E402

import seed_data  # noqa: E402

_THIN = Side(style="thin")
BORDER = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
BOLD = Font(name="Arial", size=9, bold=True)
PLAIN = Font(name="Arial", size=9)
HEAD_FILL = PatternFill("solid", fgColor="D9E1F2")
CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)
WRAP = Alignment(vertical="top", wrap_text=True)
MONEY = "#,##0"

META = seed_data.RENJA_2024_META
PEMDA, OPD_SHORT, TAHUN = META["pemda"], META["opd_short"], META["tahun"]


# --- writing helpers ---------------------------------------------------------------------------------


class Sheet:
    """Writes a sheet top to bottom the way a person fills it: titles, header, rows."""

    def __init__(self, ws: Worksheet, ncols: int, widths: list[float] | None = None) -> None:
        self.ws, self.ncols, self.row = ws, ncols, 1
        for i, w in enumerate(widths or [], start=1):
            ws.column_dimensions[get_column_letter(i)].width = w

    def title(self, text: str, *, bold: bool = True, merge: bool = True) -> int:
        cell = self.ws.cell(self.row, 1, text)
        cell.font = BOLD if bold else PLAIN
        if merge:
            self.ws.merge_cells(start_row=self.row, start_column=1, end_row=self.row, end_column=self.ncols)
            cell.alignment = Alignment(horizontal="center")
        self.row += 1
        return self.row - 1

    def blank(self, n: int = 1) -> None:
        self.row += n

    def header(self, grid: list[list[Any]], merges: list[tuple[int, int, int, int]]) -> tuple[int, ...]:
        """Header rows (``None`` = covered by a merge), merges relative to the first header row."""
        top = self.row
        for r, line in enumerate(grid):
            for c, text in enumerate(line, start=1):
                cell = self.ws.cell(top + r, c)
                if text is not None:
                    cell.value = text
                cell.font, cell.alignment, cell.border, cell.fill = BOLD, CENTER, BORDER, HEAD_FILL
        for r0, c0, r1, c1 in merges:
            self.ws.merge_cells(start_row=top + r0 - 1, start_column=c0, end_row=top + r1 - 1, end_column=c1)
        self.row += len(grid)
        return tuple(range(top, self.row))

    def page_break(self) -> None:
        self.ws.row_breaks.append(Break(id=self.row - 1))

    def line(self, values: dict[int, Any], *, bold: bool = False, formats: dict[int, str] | None = None) -> int:
        """One data row: ``{column: value}``; every table cell gets a border, text wraps."""
        r = self.row
        for c in range(1, self.ncols + 1):
            cell = self.ws.cell(r, c)
            cell.border, cell.font = BORDER, BOLD if bold else PLAIN
            cell.alignment = WRAP
            if c in values and values[c] is not None and values[c] != "":
                cell.value = values[c]
                if isinstance(values[c], int | float):
                    cell.number_format = (formats or {}).get(c, MONEY)
        self.row += 1
        return r


def money(text: str | None) -> int | str | None:
    """A printed amount typed as a number (``9.058.600`` -> 9058600); ``-`` stays a dash."""
    if text is None or text == "":
        return None
    if text.strip() == "-":
        return "-"
    return seed_data.rupiah_int(text)


def _titles(sheet: Sheet, tahun: int = TAHUN, opd: str = OPD_SHORT, pemda: str = PEMDA) -> None:
    sheet.title("Tabel T-C.33", merge=False)
    sheet.title(f"Tabel 4.1. Rumusan Rencana Program dan Kegiatan Perangkat Daerah Tahun {tahun} dan "
                f"Prakiraan Maju Tahun {tahun + 1}")
    sheet.title(pemda)
    sheet.blank()
    sheet.title(f"Nama Perangkat Daerah : {opd}", bold=False, merge=False)
    sheet.blank()


# --- seed 001 Tabel 4.1 as printed ----------------------------------------------------------------

# As printed, column (6) "Kebutuhan Dana/ Pagu Indikatif" has two sub-columns: the belanja label, then
# ": 9.058.600" (or the item's pagu). The file therefore has 11 columns:
# A kode, B nama, C indikator, D lokasi, E target, F belanja label, G pagu, H sumber dana, I catatan,
# J target n+1, K pagu n+1.
PRINTED_COL = {"kode": 1, "nama": 2, "indikator": 3, "lokasi": 4, "target": 5, "belanja_label": 6, "pagu": 7,
               "sumber_dana": 8, "catatan": 9, "target_maju": 10, "pagu_maju": 11}
PRINTED_WIDTHS = [12, 42, 40, 8, 11, 20, 17, 9, 12, 11, 17]


def _printed_header(tahun: int = TAHUN) -> tuple[list[list[Any]], list[tuple[int, int, int, int]]]:
    top, sub, numbers = (list(row) for row in seed_data.RENJA_2024_HEADER)
    top = [t.replace("2024", str(tahun)).replace("2025", str(tahun + 1)) if t else t for t in top]
    # split column (6) into label | amount: insert the second sub-column after it
    top.insert(6, None)
    sub.insert(6, None)
    numbers.insert(6, None)
    merges = [(1, 1, 2, 1), (1, 2, 2, 2), (1, 3, 2, 3), (1, 4, 1, 8), (1, 9, 2, 9), (1, 10, 1, 11),
              (2, 6, 2, 7), (3, 6, 3, 7)]
    return [top, sub, numbers], merges


def _printed_table(path: Path, data: dict[str, Any]) -> Path:
    wb = Workbook()
    ws = wb.active
    ws.title = "Tabel 4.1"
    sheet = Sheet(ws, 11, PRINTED_WIDTHS)
    _titles(sheet)
    grid, merges = _printed_header()
    sheet.header(grid, merges)
    ws.print_title_rows = "7:9"
    page = 1
    for entry in seed_data.renja_2024_print_rows(data):
        kind = entry["kind"]
        if kind == "page_break":
            sheet.page_break()
            sheet.header(grid, merges)  # typed again on every page, as printed
            page += 1
            continue
        sheet.line(_printed_cells(entry, page), bold=kind in ("total", "bidang"))
    wb.save(path)
    return path


def _printed_cells(entry: dict[str, str], page: int) -> dict[int, Any]:
    """The cells of one printed row. How the amounts are typed varies by page, as in the print:
    page 2 writes ": 7.883.943.000" for the item pagu too, page 4 puts the belanja label and amount
    in one cell ("Belanja operasi : 238.215.000")."""
    col = PRINTED_COL
    cells: dict[int, Any] = {}
    for key in ("kode", "nama", "indikator", "lokasi", "target", "sumber_dana", "catatan", "target_maju"):
        if entry.get(key):
            cells[col[key]] = entry[key]
    label = entry.get("belanja_label")
    amount, maju = entry.get("pagu"), entry.get("pagu_maju")
    if label:
        if page == 4:
            cells[col["belanja_label"]] = f"{label} : {amount}"
        else:
            cells[col["belanja_label"]] = label
            cells[col["pagu"]] = f": {amount}"
    elif amount:
        cells[col["pagu"]] = f": {amount}" if page == 2 else money(amount)
    if maju:
        cells[col["pagu_maju"]] = money(maju)
    return cells


def tc33_as_printed(path: Path) -> Path:
    """Seed 001 Tabel 4.1 in full as printed: title rows, two-row merged header with "(1)".."(10)",
    the header repeated after each of the 8 page breaks, belanja lines under every item, names and
    indicators wrapped across page breaks, the two-indicator kegiatan, JUMLAH TOTAL with its belanja
    lines, and the published defects (code 5030220302 twice, 5030120410 under 50301205, "Idok",
    the missing "Belanja operasi" line of 50302204 whose amounts sit on its second indicator row)."""
    return _printed_table(path, seed_data.RENJA_2024)


def tc33_as_printed_corrected(path: Path) -> Path:
    """The same printed table with the three published defects corrected (``renja_2024_corrected``)."""
    return _printed_table(path, seed_data.renja_2024_corrected())


# --- a small table for the other quirks ---------------------------------------------------------------

# Program 50302 reduced to its kegiatan 50302202 "Mutasi dan Promosi ASN" and its three sub kegiatan,
# values as published (the program's pagu is the kegiatan's, since the others are left out).
MINI_CODES = ["50302", "50302202", "5030220201", "5030220202", "5030220203"]


def mini_rows() -> list[dict[str, Any]]:
    """The small table's rows: kode (undotted, as printed), nama, indikator, targets, pagu texts."""
    by_code = {r["kode"]: r for r in seed_data.renja_2024_corrected()["rows"]}
    rows = []
    for kode in MINI_CODES:
        src = by_code[kode]
        ind = src["indikators"][0]
        row = {"kode": kode, "nama": src["nama"], "indikator": ind["indikator"], "lokasi": src["lokasi"],
               "target": ind["target"], "pagu": src["pagu"], "sumber_dana": src["sumber_dana"],
               "target_maju": ind["target_maju"], "pagu_maju": src["pagu_maju"]}
        rows.append(row)
    rows[0]["pagu"], rows[0]["pagu_maju"] = rows[1]["pagu"], rows[1]["pagu_maju"]
    return rows


MINI_TOTAL = ("988.340.000", "1.000.340.000")
# The official T-C.33 column order, pagu in one column.
MINI_FIELDS = ["kode", "nama", "indikator", "lokasi", "target", "pagu", "sumber_dana", "catatan", "target_maju",
               "pagu_maju"]
MINI_WIDTHS = [16, 40, 40, 8, 11, 17, 9, 12, 11, 17]


def _mini_header(number_style: str = "int") -> tuple[list[list[Any]], list[tuple[int, int, int, int]]]:
    top = ["Kode", "Urusan/Bidang Urusan Pemerintahan Daerah dan Program/Kegiatan/Sub Kegiatan",
           "Indikator Kinerja Program/Kegiatan/Sub Kegiatan", f"Rencana Tahun {TAHUN}", None, None, None,
           "Catatan Penting", f"Prakiraan Maju Rencana Tahun {TAHUN + 1}", None]
    sub = [None, None, None, "Lokasi", "Target Capaian Kinerja", "Kebutuhan Dana/Pagu Indikatif", "Sumber Dana",
           None, "Target Capaian Kinerja", "Kebutuhan Dana/Pagu Indikatif"]
    numbers: list[Any] = list(range(1, 11)) if number_style == "int" else [f"({i})" for i in range(1, 11)]
    merges = [(1, 1, 2, 1), (1, 2, 2, 2), (1, 3, 2, 3), (1, 4, 1, 7), (1, 8, 2, 8), (1, 9, 1, 10)]
    return [top, sub, numbers], merges


def _mini_table(path: Path, *, kode: Callable[[str], Any] = lambda k: k, amount: Callable[[str], Any] = money,
                sheet_title: str = "Renja", before: Callable[[Workbook], None] | None = None,
                after: Callable[[Workbook, Worksheet, dict[str, int]], None] | None = None,
                rows: list[dict[str, Any]] | None = None, total: tuple[str, str] | None = MINI_TOTAL) -> Path:
    """Title rows, the official two-row header with a "1 2 3" number row, the small table, JUMLAH.

    ``kode``/``amount`` say how codes and amounts are typed; ``after`` gets the row of each code.
    """
    wb = Workbook()
    if before is not None:
        before(wb)
        ws = wb.create_sheet(sheet_title)
    else:
        ws = wb.active
        ws.title = sheet_title
    sheet = Sheet(ws, 10, MINI_WIDTHS)
    _titles(sheet)
    sheet.header(*_mini_header())
    col = {f: i for i, f in enumerate(MINI_FIELDS, start=1)}
    row_of: dict[str, int] = {}
    for row in rows or mini_rows():
        cells = {col[f]: row.get(f) for f in MINI_FIELDS if f not in ("kode", "pagu", "pagu_maju")}
        cells[col["kode"]] = kode(row["kode"])
        cells[col["pagu"]] = amount(row["pagu"])
        cells[col["pagu_maju"]] = amount(row["pagu_maju"])
        row_of[row["kode"]] = sheet.line(cells, bold=len(row["kode"]) <= 5)
    if total is not None:
        row_of["JUMLAH"] = sheet.line({col["nama"]: "JUMLAH", col["pagu"]: amount(total[0]),
                                       col["pagu_maju"]: amount(total[1])}, bold=True)
    if after is not None:
        after(wb, ws, row_of)
    wb.save(path)
    return path


def tc33_codes_without_dots(path: Path) -> Path:
    """Codes typed without dots; Excel stored the kegiatan and sub kegiatan codes as numbers."""
    return _mini_table(path, kode=lambda k: k if len(k) <= 5 else int(k))


def tc33_codes_with_spaces(path: Path) -> Path:
    """Codes with spaces as separators (``5 03 02 2 02 01``), sub kegiatan in the 2-digit form."""
    def spaced(k: str) -> str:
        parts = [k[0], k[1:3], k[3:5], k[5:6], k[6:8], k[8:10]]
        return " ".join(p for p in parts if p)
    return _mini_table(path, kode=spaced)


def tc33_codes_split_columns(path: Path) -> Path:
    """The code split over five columns under one merged "Kode" title: urusan | bidang | program |
    kegiatan | sub kegiatan (urusan typed as a number), followed by the usual columns."""
    wb = Workbook()
    ws = wb.active
    ws.title = "Renja"
    sheet = Sheet(ws, 14, [5, 5, 5, 6, 7] + MINI_WIDTHS[1:])
    _titles(sheet)
    grid, merges = _mini_header("paren")
    top, sub, numbers = grid
    grid = [["Kode", None, None, None, None] + top[1:],
            ["Urusan", "Bidang", "Program", "Kegiatan", "Sub Kegiatan"] + sub[1:],
            ["(1)", None, None, None, None] + [f"({i})" for i in range(2, 11)]]
    merges = [(1, 1, 1, 5), (3, 1, 3, 5)] + [(r0, c0 + 4, r1, c1 + 4) for r0, c0, r1, c1 in merges if c0 > 1]
    sheet.header(grid, merges)
    col = {f: i + 4 for i, f in enumerate(MINI_FIELDS, start=1)}
    for row in mini_rows():
        k = row["kode"]
        parts: list[Any] = [int(k[0]), k[1:3], k[3:5], f"{k[5:6]}.{k[6:8]}" if len(k) > 5 else "",
                            k[8:].zfill(4) if len(k) > 8 else ""]
        cells: dict[int, Any] = {i: p for i, p in enumerate(parts, start=1) if p != ""}
        for f in MINI_FIELDS[1:]:
            cells[col[f]] = money(row[f]) if f in ("pagu", "pagu_maju") else row.get(f)
        sheet.line(cells, bold=len(k) <= 5, formats={1: "0"})
    sheet.line({col["nama"]: "JUMLAH", col["pagu"]: money(MINI_TOTAL[0]), col["pagu_maju"]: money(MINI_TOTAL[1])},
               bold=True)
    wb.save(path)
    return path


def tc33_code_mangled_scientific(path: Path) -> Path:
    """Sub kegiatan codes destroyed by Excel, as in seed 001 Tabel 2.1: the text "5,03E+09", a number
    cell holding 5.03E+09 (5030000000.0) and the text "5.03E+09"."""
    mangled = {"5030220201": "5,03E+09", "5030220202": 5.03e9, "5030220203": "5.03E+09"}
    return _mini_table(path, kode=lambda k: mangled.get(k, k))


def tc33_money_as_text(path: Path) -> Path:
    """Amounts typed as text in every form seen: ``Rp. 988.340.000,-``, ``988.340.000,00``,
    ``396.925.000`` and ``-``; belanja lines with the label in the name column and the amount in the
    pagu column; a percentage target with a comma decimal (``63,24%``, on the program)."""
    rows = mini_rows()
    rows[0]["target"] = "63,24%"
    forms = {"50302": "Rp. {},-", "50302202": "{},00"}

    def typed(kode: str) -> Callable[[str], Any]:
        return lambda text: forms.get(kode, "{}").format(text) if text not in ("-", "") else text

    wb = Workbook()
    ws = wb.active
    ws.title = "Renja"
    sheet = Sheet(ws, 10, MINI_WIDTHS)
    _titles(sheet)
    sheet.header(*_mini_header())
    col = {f: i for i, f in enumerate(MINI_FIELDS, start=1)}
    for row in rows:
        fmt = typed(row["kode"])
        cells = {col[f]: row.get(f) for f in MINI_FIELDS if f not in ("pagu", "pagu_maju")}
        cells[col["pagu"]], cells[col["pagu_maju"]] = fmt(row["pagu"]), fmt(row["pagu_maju"])
        sheet.line(cells, bold=len(row["kode"]) <= 5)
        if row["kode"] == "50302202":
            for label, n, n1 in (("Belanja operasi", "988.340.000", "1.000.340.000"), ("Belanja pegawai", "-", "-"),
                                 ("Belanja barang dan jasa", "988.340.000", "1.000.340.000"),
                                 ("Belanja modal", "-", "-")):
                sheet.line({col["nama"]: label, col["pagu"]: n, col["pagu_maju"]: n1})
    sheet.line({col["nama"]: "JUMLAH", col["pagu"]: "Rp. 988.340.000,-", col["pagu_maju"]: "Rp. 1.000.340.000,-"},
               bold=True)
    wb.save(path)
    return path


REORDERED = ["no", "kode", "nama", "lokasi", "sumber_dana", "indikator", "target", "satuan", "pagu", "target_maju",
             "satuan_maju", "pagu_maju", "catatan"]


def tc33_columns_reordered_extra_no_column(path: Path) -> Path:
    """Columns in another order, a "No" column, targets as numbers with separate "Satuan" columns,
    one header row whose titles carry the years ("Pagu Indikatif 2025 (Rp)"), no "Prakiraan Maju"
    group title, and a "Catatan Penting" column at the end."""
    titles = {"no": "No", "kode": "Kode", "nama": "Program / Kegiatan / Sub Kegiatan", "lokasi": "Lokasi",
              "sumber_dana": "Sumber Dana", "indikator": "Indikator Kinerja", "target": f"Target {TAHUN}",
              "satuan": "Satuan", "pagu": f"Pagu Indikatif {TAHUN} (Rp)", "target_maju": f"Target {TAHUN + 1}",
              "satuan_maju": "Satuan", "pagu_maju": f"Pagu Indikatif {TAHUN + 1} (Rp)", "catatan": "Catatan Penting"}
    wb = Workbook()
    ws = wb.active
    ws.title = "Renja 2024"
    sheet = Sheet(ws, len(REORDERED), [5, 18, 40, 8, 10, 40, 8, 10, 17, 8, 10, 17, 16])
    _titles(sheet)
    sheet.header([[titles[f] for f in REORDERED], list(range(1, len(REORDERED) + 1))], [])
    col = {f: i for i, f in enumerate(REORDERED, start=1)}
    for n, row in enumerate(mini_rows(), start=1):
        cells: dict[int, Any] = {col["no"]: n}
        for f in ("kode", "nama", "lokasi", "sumber_dana", "indikator"):
            cells[col[f]] = row[f]
        for f in ("target", "target_maju"):
            value, unit = row[f].split(" ", 1) if " " in row[f] else (row[f], None)
            cells[col[f]] = float(value.replace(",", ".")) if "," in value else int(value)
            cells[col["satuan" if f == "target" else "satuan_maju"]] = {"dok": "Dokumen"}.get(unit or "", unit)
        cells[col["pagu"]], cells[col["pagu_maju"]] = money(row["pagu"]), money(row["pagu_maju"])
        sheet.line(cells, bold=len(row["kode"]) <= 5, formats={col["no"]: "0", col["target"]: "General",
                                                               col["target_maju"]: "General"})
    sheet.line({col["nama"]: "JUMLAH", col["pagu"]: money(MINI_TOTAL[0]), col["pagu_maju"]: money(MINI_TOTAL[1])},
               bold=True)
    wb.save(path)
    return path


def _cover_and_notes(wb: Workbook) -> None:
    cover = wb.active
    cover.title = "Sampul"
    for r, text in enumerate(["RENCANA KERJA PERANGKAT DAERAH (RENJA)", f"TAHUN {TAHUN}",
                              "BADAN KEPEGAWAIAN DAN PENGEMBANGAN SUMBER DAYA MANUSIA", PEMDA.upper()], start=3):
        cover.cell(r, 2, text).font = Font(bold=True, size=14)
    notes = wb.create_sheet("Catatan")
    notes.column_dimensions["A"].width = 100
    for r, text in enumerate([
        "Catatan penyusunan:",
        "1. Pagu indikatif mengikuti surat edaran Bappeda tentang pagu indikatif perangkat daerah.",
        "2. Target kinerja mengacu pada Renstra Perangkat Daerah 2024-2026.",
        "3. Tabel rumusan program dan kegiatan ada pada sheet 'Tabel 4.1'.",
    ], start=1):
        notes.cell(r, 1, text).alignment = WRAP


def tc33_several_sheets(path: Path) -> Path:
    """A cover sheet and a notes sheet before the table, which is on the third sheet "Tabel 4.1"."""
    return _mini_table(path, before=_cover_and_notes, sheet_title="Tabel 4.1")


def tc33_hidden_row_and_sheet(path: Path) -> Path:
    """A sub kegiatan row hidden (still read, and reported) and a hidden sheet holding an old version."""
    def hide(wb: Workbook, ws: Worksheet, row_of: dict[str, int]) -> None:
        ws.row_dimensions[row_of["5030220202"]].hidden = True
        old = wb.create_sheet("Renja lama")
        old.sheet_state = "hidden"
        old["A1"], old["B1"], old["C1"] = "5030220202", "Pengelolaan Kenaikan Pangkat ASN", 120000000
    return _mini_table(path, after=hide)


def tc33_formula_without_cached_value(path: Path) -> Path:
    """The kegiatan's pagu is ``=SUM(...)`` of its sub kegiatan, saved without its computed value
    (openpyxl, like some converters, writes no cached value)."""
    def formula(wb: Workbook, ws: Worksheet, row_of: dict[str, int]) -> None:
        first, last = row_of["5030220201"], row_of["5030220203"]
        ws.cell(row_of["50302202"], MINI_FIELDS.index("pagu") + 1, f"=SUM(F{first}:F{last})")
    return _mini_table(path, after=formula)


def tc33_error_cell(path: Path) -> Path:
    """A target cell holding the Excel error ``#N/A`` (a broken VLOOKUP)."""
    def error(wb: Workbook, ws: Worksheet, row_of: dict[str, int]) -> None:
        cell = ws.cell(row_of["5030220203"], MINI_FIELDS.index("target") + 1)
        cell.value = "#N/A"  # openpyxl stores it as an error cell (t="e")
        assert cell.data_type == "e"
    return _mini_table(path, after=error)


def tc33_numbering_instead_of_codes(path: Path) -> Path:
    """No codes: programs numbered "I." / "iii.", kegiatan "1.", sub kegiatan numbered in a column of
    their own, as in seed 000 (program I of sasaran 1, program iii of sasaran 2; amounts "setelah
    perubahan", whose published roll-ups do not add up)."""
    blocks = seed_data.RKT_PERUBAHAN_2023_BLOCKS
    rows = list(blocks[0]["rows"])  # programs I and II with their kegiatan 1-4 and sub kegiatan 1-8
    rows += blocks[1]["rows"][[r["nomor"] for r in blocks[1]["rows"]].index("iii."):]  # iii., 12., 46.
    fields = ["nama", "sub", "indikator", "lokasi", "target", "pagu", "sumber_dana"]
    wb = Workbook()
    ws = wb.active
    ws.title = "Renja"
    sheet = Sheet(ws, len(fields), [40, 45, 40, 8, 11, 17, 9])
    sheet.title("RUMUSAN RENCANA PROGRAM DAN KEGIATAN PERANGKAT DAERAH TAHUN 2023")
    sheet.title("BADAN KEPEGAWAIAN DAN PENGEMBANGAN SUMBER DAYA MANUSIA")
    sheet.blank()
    sheet.header([["Program/Kegiatan", "Sub Kegiatan", "Indikator Program/Kegiatan/Sub Kegiatan", "Lokasi",
                   "Target Capaian Kinerja", "Pagu Indikatif (Rp)", "Sumber Dana"],
                  [f"({i})" for i in range(1, 8)]], [])
    for r in rows:
        name = f"{r['nomor']} {r['nama']}"
        cells = {1 if r["col"] == 5 else 2: name, 3: r["indikator"], 4: "Kab.", 5: r["target_setelah"],
                 6: money(r["anggaran_setelah"]), 7: "APBD"}
        sheet.line(cells, bold=r["level"] == "program")
    wb.save(path)
    return path


def not_a_table(path: Path) -> Path:
    """A sheet of prose (seed 001, BAB V Penutup): no table at all."""
    wb = Workbook()
    ws = wb.active
    ws.title = "BAB V"
    ws.column_dimensions["A"].width = 120
    for r, text in enumerate([
        "BAB V", "PENUTUP",
        "Berbagai potensi yang ada telah dan akan didayagunakan secara optimal baik anggaran, personel maupun "
        "sarana dan prasarana untuk mendukung kelancaran tugas-tugas dan fungsi Badan Kepegawaian dan "
        "Pengembangan Sumber Daya Manusia.",
        "Rencana kerja tahun 2024 sebagai wujud dalam tindak lanjut pelaksanaan program, kegiatan dan sub "
        "kegiatan tahun sebelumnya.",
        "BUPATI PASURUAN,", "ttd.",
    ], start=1):
        ws.cell(r, 1, text).alignment = WRAP
    wb.save(path)
    return path


# --- the other document types --------------------------------------------------


def _grid_document(path: Path, sheet_title: str, titles: list[str], header: list[list[Any]],
                   merges: list[tuple[int, int, int, int]], rows: list[list[Any]], widths: list[float]) -> Path:
    wb = Workbook()
    ws = wb.active
    ws.title = sheet_title
    sheet = Sheet(ws, len(header[0]), widths)
    for t in titles:
        sheet.title(t)
    sheet.blank()
    sheet.header(header, merges)
    for cells in rows:
        sheet.line({c: v for c, v in enumerate(cells, start=1) if v not in (None, "")})
    wb.save(path)
    return path


def rkt_seed004(path: Path) -> Path:
    """Seed 004 RKT (Permenpan 29/2010): tujuan, sasaran, "Tolak Ukur", Masukan/Keluaran/Hasil rows."""
    rows = [list(r["cells"]) for r in seed_data.RKT_ROWS]
    return _grid_document(path, "RKT 2023", seed_data.RKT_META["title_lines"], seed_data.RKT_HEADER,
                          seed_data.RKT_HEADER_MERGES, rows, [30, 30, 30, 10, 40, 12, 40, 10, 12])


def rkt_perubahan_seed000(path: Path) -> Path:
    """Seed 000 RKT Perubahan: target and anggaran "Sebelum" / "Setelah Perubahan", JUMLAH per sasaran."""
    rows: list[list[Any]] = []
    for block in seed_data.RKT_PERUBAHAN_2023_BLOCKS:
        for i, r in enumerate(block["rows"]):
            cells: list[Any] = [""] * 11
            if i == 0:
                cells[:4] = [block["no"], block["sasaran"], block["iku"], block["target_iku"]]
            cells[r["col"] - 1] = f"{r['nomor']} {r['nama']}"
            cells[6:11] = [r["indikator"], r["target_sebelum"], r["target_setelah"], money(r["anggaran_sebelum"]),
                           money(r["anggaran_setelah"])]
            rows.append(cells)
        j = block["jumlah"]
        rows.append([j["label"]] + [""] * 8 + [money(j["anggaran_sebelum"]), money(j["anggaran_setelah"])])
    return _grid_document(path, "RKT Perubahan", seed_data.RKT_PERUBAHAN_2023_META["title_lines"],
                          seed_data.RKT_PERUBAHAN_2023_HEADER, seed_data.RKT_PERUBAHAN_2023_HEADER_MERGES, rows,
                          [5, 30, 30, 8, 35, 40, 40, 10, 10, 15, 15])


def evaluasi_renja_seed001(path: Path) -> Path:
    """Seed 001 Tabel 2.1 (T-C.29): realisasi columns, "8=(7/6)" labels, codes mangled to 5,03E+09."""
    keys = [k for k in seed_data.EVALUASI_RENJA_ROWS[0] if k not in ("level", "page_break_before")]
    rows = [[r[k] for k in keys] for r in seed_data.EVALUASI_RENJA_ROWS]
    return _grid_document(path, "T-C.29", seed_data.EVALUASI_RENJA_META["title_lines"],
                          seed_data.EVALUASI_RENJA_HEADER, seed_data.EVALUASI_RENJA_HEADER_MERGES, rows,
                          [12, 40, 40] + [12] * 8)


def review_ranwal_seed001(path: Path) -> Path:
    """Seed 001 Tabel 2.3 (T-C.31): rancangan awal RKPD beside the hasil analisis kebutuhan."""
    keys = [k for k in seed_data.REVIEW_RANWAL_ROWS[0] if k not in ("level", "italic_cols", "page_break_before")]
    rows = [[r[k] for k in keys] for r in seed_data.REVIEW_RANWAL_ROWS]
    titles = seed_data.REVIEW_RANWAL_META["title_lines"] + [seed_data.REVIEW_RANWAL_META["nama_perangkat_daerah_line"]]
    return _grid_document(path, "T-C.31", titles,
                          seed_data.REVIEW_RANWAL_HEADER, seed_data.REVIEW_RANWAL_HEADER_MERGES, rows,
                          [5, 35, 8, 35, 10, 15, 35, 8, 35, 10, 15, 15])


def rencana_aksi_seed002(path: Path) -> Path:
    """Seed 002 Rencana Aksi: sasaran / program / kegiatan, quarterly targets "TW. I ..".."TW. IV .."
    in one cell, "Penanggung Jawab" (header reconstructed from the numbered columns)."""
    header = [["NO", "SASARAN", None, None, "PROGRAM", None, None, "KEGIATAN/SUB KEGIATAN", None, None, None, None,
               "REALISASI", "CAPAIAN", "Penanggung Jawab"],
              [None, "URAIAN", "INDIKATOR KINERJA", "TARGET", "URAIAN", "INDIKATOR KINERJA", "TARGET", "URAIAN",
               "SASARAN KINERJA", "INDIKATOR KINERJA", "TARGET", None, None, None, None]]
    merges = [(1, 1, 2, 1), (1, 2, 1, 4), (1, 5, 1, 7), (1, 8, 1, 12), (1, 13, 2, 13), (1, 14, 2, 14),
              (1, 15, 2, 15)]
    rows: list[list[Any]] = []
    for sasaran in seed_data.RENCANA_AKSI_SASARAN:
        prog = sasaran["program"]
        for i, r in enumerate(sasaran["rows"]):
            head = [sasaran["no"], sasaran["uraian"], sasaran["indikator"], sasaran["target"], prog["uraian"],
                    prog["indikator"], prog["target"]] if i == 0 else [""] * 7
            rows.append(head + [r["uraian"], r["sasaran_kinerja"], r["indikator"], r["target"],
                                "\n".join(r["tw_lines"]), "", "", r["penanggung_jawab"]])
    return _grid_document(path, "Rencana Aksi", seed_data.RENCANA_AKSI_META["title_lines"], header, merges, rows,
                          [4, 25, 25, 8, 25, 25, 8, 35, 30, 30, 10, 14, 10, 10, 16])


# --- other file formats ----------------------------------------------------------------------------------

_ODS_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
           'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
           'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"')


def write_ods(wb: Workbook, path: Path) -> Path:
    """Save an openpyxl workbook as OpenDocument (values and merged cells; no odf library needed)."""
    import zipfile
    from xml.sax.saxutils import escape

    tables = []
    for ws in wb.worksheets:
        spans = {(r.min_row, r.min_col): (r.max_row - r.min_row + 1, r.max_col - r.min_col + 1)
                 for r in ws.merged_cells.ranges}
        covered = {(row, col) for r in ws.merged_cells.ranges for row in range(r.min_row, r.max_row + 1)
                   for col in range(r.min_col, r.max_col + 1)} - set(spans)
        rows = []
        for r in range(1, ws.max_row + 1):
            cells = []
            for c in range(1, ws.max_column + 1):
                if (r, c) in covered:
                    cells.append("<table:covered-table-cell/>")
                    continue
                v = ws.cell(r, c).value
                span = spans.get((r, c))
                attrs = (f' table:number-rows-spanned="{span[0]}" table:number-columns-spanned="{span[1]}"'
                         if span else "")
                if v is None:
                    cells.append(f"<table:table-cell{attrs}/>")
                elif isinstance(v, int | float):
                    cells.append(f'<table:table-cell{attrs} office:value-type="float" office:value="{v}">'
                                 f"<text:p>{v}</text:p></table:table-cell>")
                else:
                    cells.append(f'<table:table-cell{attrs} office:value-type="string">'
                                 f"<text:p>{escape(str(v))}</text:p></table:table-cell>")
            rows.append("<table:table-row>" + "".join(cells) + "</table:table-row>")
        tables.append(f'<table:table table:name="{escape(ws.title)}">' + "".join(rows) + "</table:table>")
    content = (f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {_ODS_NS} office:version="1.2">'
               "<office:body><office:spreadsheet>" + "".join(tables)
               + "</office:spreadsheet></office:body></office:document-content>")
    manifest = ('<?xml version="1.0" encoding="UTF-8"?><manifest:manifest '
                'xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
                '<manifest:file-entry manifest:full-path="/" '
                'manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                "</manifest:manifest>")
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.spreadsheet")
        zf.writestr("META-INF/manifest.xml", manifest, compress_type=zipfile.ZIP_DEFLATED)
        zf.writestr("content.xml", content, compress_type=zipfile.ZIP_DEFLATED)
    return path


def tc33_as_ods(path: Path) -> Path:
    """The small table saved as .ods (LibreOffice Calc): same layout, merged header, "1 2 3" row.
    Written with ``.ods`` appended to the name given when it does not end in ``.ods`` already."""
    import tempfile

    from openpyxl import load_workbook

    with tempfile.TemporaryDirectory() as tmp:
        xlsx = _mini_table(Path(tmp) / "mini.xlsx")
        wb = load_workbook(xlsx)
    target = path if path.suffix == ".ods" else path.with_suffix(".ods")
    return write_ods(wb, target)


def all_fixtures() -> dict[str, Callable[[Path], Path]]:
    """Every hand-made fixture by name (write one with ``all_fixtures()[name](path)``)."""
    return {f.__name__: f for f in (
        tc33_as_printed, tc33_as_printed_corrected, tc33_codes_without_dots, tc33_codes_with_spaces,
        tc33_codes_split_columns, tc33_code_mangled_scientific, tc33_money_as_text,
        tc33_columns_reordered_extra_no_column, tc33_several_sheets, tc33_hidden_row_and_sheet,
        tc33_formula_without_cached_value, tc33_error_cell, tc33_numbering_instead_of_codes, not_a_table,
        rkt_seed004, rkt_perubahan_seed000, evaluasi_renja_seed001, review_ranwal_seed001, rencana_aksi_seed002,
        tc33_as_ods,
    )}


if __name__ == "__main__":
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "handmade_fixtures")
    out.mkdir(parents=True, exist_ok=True)
    for name, make in all_fixtures().items():
        print(make(out / f"{name}.xlsx"))
