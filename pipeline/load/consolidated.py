"""The consolidated regional Renja workbook: every accepted OPD Renja of a pemda and year in one file.

Input is the canonical table (long format, one row per measure value) of the *accepted, latest*
Renja submission of each OPD, plus the submission status and the open findings. Output is an
``.xlsx`` the Bappeda opens in Excel or LibreOffice:

1. ``Renja T-C.33`` - the T-C.33 layout grouped urusan > bidang > OPD > program > kegiatan >
   sub kegiatan. Sub kegiatan (leaf) rows hold the values; every group row's pagu is a ``SUMIFS``
   over the leaf rows of its range (a hidden leaf-flag column says which rows are leaves), and a
   ``JUMLAH TOTAL`` row sums all leaves.
2. ``Rekap OPD`` - counts and pagu per OPD, with a column chart.
3. ``Rekap Urusan`` - pagu per bidang and per urusan, with a column chart.
4. ``Rekap Sumber Dana`` - pagu per sumber dana, with a pie chart.
5. ``Status`` - what was received from each OPD and what became of it.
6. ``Temuan`` - the open findings, one row per finding.

Two rules hold throughout:

* Nothing taken from a submission ever becomes a formula or a link: text is always written with
  ``write_string`` (the workbook is also opened with every string conversion switched off), so a
  name starting with ``=``, ``+``, ``-`` or ``@`` stays text.
* Every sum is computed in Python with ``Decimal`` and every formula carries that value as its
  cached result, so readers that do not recalculate (openpyxl ``data_only``, calamine, previews)
  see the right number, and Excel recalculating gives the same one.
"""

from __future__ import annotations

import logging
import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any, ClassVar

from xlsxwriter import Workbook
from xlsxwriter.utility import xl_rowcol_to_cell

from pipeline.atomic import atomic_path
from pipeline.findings import Finding, Severity
from pipeline.findings.model import column_letter, parse_a1
from pipeline.load.bulk_sheet import BulkWorksheet
from pipeline.load.xlsx_writer import OutputWorkbook
from pipeline.model import CanonicalRow
from pipeline.values import format_rupiah

log = logging.getLogger(__name__)

__all__ = ["StatusEntry", "write_consolidated", "SHEET_RENJA", "SHEET_OPD", "SHEET_URUSAN",
           "SHEET_SUMBER_DANA", "SHEET_STATUS", "SHEET_TEMUAN"]

SHEET_RENJA = "Renja T-C.33"
SHEET_OPD = "Rekap OPD"
SHEET_URUSAN = "Rekap Urusan"
SHEET_SUMBER_DANA = "Rekap Sumber Dana"
SHEET_STATUS = "Status"
SHEET_TEMUAN = "Temuan"


@dataclass
class StatusEntry:
    """One submission (or the lack of one) of an OPD, as the Status sheet lists it."""

    opd: str
    document: str
    status: str  # accepted / rejected / superseded / not_submitted
    file_name: str
    received_at: str  # ISO time
    errors: int
    warnings: int
    sha256: str
    feedback: str = ""  # feedback file name


# --- labels ----------------------------------------------------------------------------------------
# Sheet names stay Indonesian in both languages: other tools and operators' habits refer to them.

_LABELS: dict[str, tuple[str, str]] = {
    "title": ("RUMUSAN RENCANA PROGRAM DAN KEGIATAN PERANGKAT DAERAH TAHUN {n} DAN PRAKIRAAN MAJU TAHUN {n1}",
              "PROGRAMS AND ACTIVITIES OF THE REGIONAL AGENCIES FOR {n} AND FORWARD ESTIMATE FOR {n1}"),
    "subtitle": ("Konsolidasi Renja Perangkat Daerah (Tabel T-C.33): {count} perangkat daerah",
                 "Consolidated agency work plans (Table T-C.33): {count} agencies"),
    "kode": ("Kode", "Code"),
    "nama": ("Urusan/Bidang Urusan/Program/Kegiatan/Sub Kegiatan", "Affair/Sector/Program/Activity/Sub-activity"),
    "opd": ("Perangkat Daerah", "Regional agency"),
    "tingkat": ("Tingkat", "Level"),
    "indikator": ("Indikator Kinerja Program/Kegiatan/Sub Kegiatan", "Performance indicator"),
    "rencana": ("Rencana Tahun {n}", "Plan for {n}"),
    "lokasi": ("Lokasi", "Location"),
    "target": ("Target Capaian Kinerja", "Performance target"),
    "satuan": ("Satuan", "Unit"),
    "pagu": ("Pagu Indikatif (Rp)", "Indicative budget (Rp)"),
    "sumber_dana": ("Sumber Dana", "Funding source"),
    "catatan": ("Catatan Penting", "Notes"),
    "maju": ("Prakiraan Maju Rencana Tahun {n1}", "Forward estimate for {n1}"),
    "leaf": ("Sub kegiatan (1)", "Sub-activity (1)"),
    "total": ("JUMLAH TOTAL", "GRAND TOTAL"),
    "no": ("No", "No"),
    "n_program": ("Jumlah Program", "Programs"),
    "n_kegiatan": ("Jumlah Kegiatan", "Activities"),
    "n_sub": ("Jumlah Sub Kegiatan", "Sub-activities"),
    "n_opd": ("Jumlah Perangkat Daerah", "Agencies"),
    "pagu_n": ("Pagu Indikatif {n} (Rp)", "Indicative budget {n} (Rp)"),
    "pagu_n1": ("Prakiraan Maju {n1} (Rp)", "Forward estimate {n1} (Rp)"),
    "porsi": ("Porsi Pagu {n}", "Share of {n}"),
    "status_renja": ("Status Renja", "Renja status"),
    "kode_urusan": ("Kode Urusan", "Affair code"),
    "urusan": ("Urusan", "Affair"),
    "kode_bidang": ("Kode Bidang", "Sector code"),
    "bidang": ("Bidang Urusan", "Sector"),
    "per_urusan": ("Rekap per Urusan", "Per affair"),
    "blank_sumber": ("(tidak diisi)", "(not filled)"),
    "dokumen": ("Dokumen", "Document"),
    "status": ("Status", "Status"),
    "berkas": ("Nama Berkas", "File name"),
    "diterima": ("Waktu Diterima", "Received at"),
    "errors": ("Kesalahan", "Errors"),
    "warnings": ("Peringatan", "Warnings"),
    "feedback": ("Berkas Umpan Balik", "Feedback file"),
    "summary": ("Ringkasan", "Summary"),
    "status_title": ("STATUS PENGIRIMAN RENJA PERANGKAT DAERAH TAHUN {n}", "AGENCY RENJA SUBMISSION STATUS {n}"),
    "temuan_title": ("TEMUAN VALIDASI YANG BELUM DISELESAIKAN", "OPEN VALIDATION FINDINGS"),
    "sheet": ("Lembar", "Sheet"),
    "cell": ("Sel", "Cell"),
    "kode_temuan": ("Jenis Temuan", "Finding code"),
    "severity": ("Tingkat Keparahan", "Severity"),
    "message": ("Pesan", "Message"),
    "hint": ("Saran Perbaikan", "How to fix"),
    "chart_opd": ("Pagu Indikatif per Perangkat Daerah", "Indicative budget per agency"),
    "chart_urusan": ("Pagu Indikatif per Urusan", "Indicative budget per affair"),
    "chart_sumber": ("Pagu Indikatif {n} per Sumber Dana", "Indicative budget {n} per funding source"),
    "mismatch_note": ("Pagu tertulis {stated}; jumlah sub kegiatan {computed}. Yang ditampilkan: jumlah sub kegiatan.",
                      "Stated pagu {stated}; sub-activities add up to {computed}. Shown: the sum of sub-activities."),
    "footer": ("Halaman &P dari &N", "Page &P of &N"),
}

_LEVEL_LABELS: dict[str, tuple[str, str]] = {
    "urusan": ("Urusan", "Affair"),
    "bidang": ("Bidang Urusan", "Sector"),
    "opd": ("Perangkat Daerah", "Agency"),
    "program": ("Program", "Program"),
    "kegiatan": ("Kegiatan", "Activity"),
    "sub_kegiatan": ("Sub Kegiatan", "Sub-activity"),
}

_STATUS_LABELS: dict[str, tuple[str, str]] = {
    "accepted": ("Diterima", "Accepted"),
    "rejected": ("Ditolak", "Rejected"),
    "superseded": ("Digantikan", "Superseded"),
    "not_submitted": ("Belum mengirim", "Not submitted"),
}

_DOCUMENT_LABELS: dict[str, tuple[str, str]] = {
    "renja": ("Renja PD", "Renja PD"),
    "renja_perubahan": ("Renja Perubahan", "Revised Renja"),
    "evaluasi_renja": ("Evaluasi Renja", "Renja evaluation"),
    "review_ranwal": ("Review Ranwal RKPD", "Ranwal RKPD review"),
    "rencana_aksi": ("Rencana Aksi", "Action plan"),
    "rkt": ("RKT", "RKT"),
}

_SEVERITY_LABELS: dict[str, tuple[str, str]] = {
    "error": ("Kesalahan", "Error"),
    "warning": ("Peringatan", "Warning"),
    "info": ("Info", "Info"),
}
_SEVERITY_RANK = {"error": 0, "warning": 1, "info": 2}


def _t(key: str, lang: str, **params: object) -> str:
    ident, en = _LABELS[key]
    return (en if lang == "en" else ident).format(**params)


def _pick(table: dict[str, tuple[str, str]], key: str, lang: str) -> str:
    if key not in table:
        return key
    ident, en = table[key]
    return en if lang == "en" else ident


# --- from canonical rows to items ------------------------------------------------------------------

_ITEM_LEVELS = ("program", "kegiatan", "sub_kegiatan")
_GROUP_KINDS = frozenset({"urusan", "bidang", "opd", "program", "kegiatan"})  # lines with a SUMIFS subtotal
_LEAF = "sub_kegiatan"
_ZERO = Decimal(0)


@dataclass(slots=True)
class _Target:
    value: Decimal | None
    raw: str
    unit: str


@dataclass(slots=True)
class _Indicator:
    text: str = ""
    targets: dict[str, _Target] = field(default_factory=dict)  # period -> target


@dataclass(slots=True)
class _Item:
    """A program / kegiatan / sub kegiatan of one OPD, gathered from its canonical rows."""

    opd: str
    bidang_hint: str  # the OPD's bidang as the submission stated it
    kode: str
    level: str
    nama: str
    order: int  # position of its first row, to keep the input order among equals
    lokasi: str = ""
    sumber_dana: str = ""
    catatan: str = ""
    pagu: dict[str, Decimal | None] = field(default_factory=dict)  # period -> value
    pagu_rows: dict[str, CanonicalRow] = field(default_factory=dict)  # period -> provenance
    indicators: dict[int, _Indicator] = field(default_factory=dict)
    # from kode and bidang_hint, which never change: computed once (read for every line and sort)
    segments: tuple[str, ...] = field(init=False, repr=False)
    bidang: str = field(init=False, repr=False)

    def __post_init__(self) -> None:
        segs = self.segments = tuple(self.kode.split(".")) if self.kode else ()
        if len(segs) >= 2 and segs[0].isdigit() and segs[1].isdigit():
            self.bidang = f"{segs[0]}.{segs[1]}"
        else:
            self.bidang = self.bidang_hint if re.fullmatch(r"\d\.\d\d", self.bidang_hint) else ""

    def sort_key(self) -> tuple[int, tuple[str, ...], str, int]:
        # Codes are zero-padded per segment, so comparing segment tuples orders them like the
        # nomenclature, and a parent (a prefix) sorts before its children. Codeless items last.
        return (0 if self.kode else 1, self.segments, self.nama, self.order)

    @property
    def urusan(self) -> str:
        return self.bidang.split(".")[0] if self.bidang else ""

    def first_indicator(self) -> _Indicator | None:
        return self.indicators[min(self.indicators)] if self.indicators else None

    def more_indicators(self) -> list[_Indicator]:
        if len(self.indicators) < 2:  # most items: one indicator or none
            return []
        return [self.indicators[k] for k in sorted(self.indicators)[1:]]


@dataclass
class _Data:
    items: list[_Item]
    names: dict[str, str]  # urusan / bidang code -> name from the data


def _gather(rows: Iterable[CanonicalRow]) -> _Data:
    """Group the long-format rows back into items (one per OPD and code), keeping first values.

    Each row is unpacked once into locals (a pemda has some 35,000 rows; a named field read is a
    call, an unpacked one is not).
    """
    items: dict[tuple[str, str, str, str, str], _Item] = {}
    names: dict[str, str] = {}
    new_item, new_indicator, new_target, item_levels = _Item, _Indicator, _Target, _ITEM_LEVELS  # locals: faster
    for order, row in enumerate(rows):
        (submission_id, _, _, _, opd, bidang, kode, level, _, nama, indikator_no, indikator, lokasi, sumber_dana,
         catatan, measure, period, scenario, value, unit, raw, _, _, _, _) = row  # (no *_: a list a row)
        if level not in item_levels:
            if (level == "urusan" or level == "bidang") and kode and nama:
                names.setdefault(kode, nama)
            continue
        # The submission id is part of the key so that the same code claimed by two OPDs (a
        # cross-opd-duplicate) stays two items; nama keeps two different items sharing a code apart.
        key = (submission_id, opd, level, kode, nama)
        item = items.get(key)
        if item is None:
            item = items[key] = new_item(opd, bidang, kode, level, nama, order)
        if not item.lokasi:
            item.lokasi = lokasi
        if not item.sumber_dana:
            item.sumber_dana = sumber_dana
        if not item.catatan:
            item.catatan = catatan
        plan = scenario == "rencana" or scenario == ""  # a planned value, not a realisation
        if indikator_no > 0:
            ind = item.indicators.get(indikator_no)
            if ind is None:
                ind = item.indicators[indikator_no] = new_indicator()
            if not ind.text:
                ind.text = indikator
            if measure == "target" and plan and period not in ind.targets:
                ind.targets[period] = new_target(value, raw, unit)
        elif measure == "pagu" and plan and period not in item.pagu:
            item.pagu[period] = value
            item.pagu_rows[period] = row
    return _Data(list(items.values()), names)


# --- the T-C.33 plan: one line per sheet row, with ranges and sums ---------------------------------


@dataclass(slots=True)
class _Line:
    kind: str  # urusan, bidang, opd, program, kegiatan, sub_kegiatan, indikator
    kode: str = ""
    nama: str = ""
    opd: str = ""
    item: _Item | None = None
    indicator: _Indicator | None = None
    end: int = -1  # group lines: index of the last line of their range
    sums: dict[str, Decimal] = field(default_factory=dict)  # group lines: period -> leaf sum
    mismatch: dict[str, Decimal] = field(default_factory=dict)  # period -> stated pagu that differs

    @property
    def is_leaf(self) -> bool:
        return self.kind == _LEAF

    @property
    def is_group(self) -> bool:
        return self.kind in _GROUP_KINDS


@dataclass
class _Plan:
    lines: list[_Line]
    periods: tuple[str, str]
    totals: dict[str, Decimal]
    findings: list[Finding]  # roll-up differences found while consolidating


def _plan(data: _Data, tahun: int) -> _Plan:
    periods = (str(tahun), str(tahun + 1))
    tree: dict[str, dict[str, dict[str, list[_Item]]]] = defaultdict(lambda: defaultdict(lambda: defaultdict(list)))
    for item in data.items:
        tree[item.urusan][item.bidang][item.opd].append(item)

    lines: list[_Line] = []
    for urusan in sorted(tree, key=_code_order):
        u = _open(lines, _Line("urusan", urusan, data.names.get(urusan, urusan or "-")))
        for bidang in sorted(tree[urusan], key=_code_order):
            b = _open(lines, _Line("bidang", bidang, data.names.get(bidang, bidang or "-")))
            for opd in sorted(tree[urusan][bidang], key=str.casefold):
                o = _open(lines, _Line("opd", "", opd, opd))
                first = len(lines)
                for item in sorted(tree[urusan][bidang][opd], key=_Item.sort_key):
                    lines.append(_Line(item.level, item.kode, item.nama, opd, item, item.first_indicator()))
                    lines.extend(_Line("indikator", "", "", opd, item, ind) for ind in item.more_indicators())
                _close_items(lines, first)
                _close(lines, o)
            _close(lines, b)
        _close(lines, u)

    _sum_groups(lines, periods)
    totals = {p: sum((_leaf_value(ln, p) for ln in lines), _ZERO) for p in periods}
    return _Plan(lines, periods, totals, _check_stated(lines, periods))


def _code_order(code: str) -> tuple[int, tuple[str, ...]]:
    return (0 if code else 1, tuple(code.split(".")))


def _open(lines: list[_Line], line: _Line) -> int:
    lines.append(line)
    return len(lines) - 1


def _close(lines: list[_Line], index: int) -> None:
    lines[index].end = len(lines) - 1


def _close_items(lines: list[_Line], first: int) -> None:
    """Set each program / kegiatan's range: the lines after it whose code lies below its code.

    Ranges follow the code, not the position, so a sub kegiatan whose kegiatan is missing from
    the data is counted in its program but not in the preceding kegiatan.
    """
    for i in range(first, len(lines)):
        line = lines[i]
        if line.kind not in ("program", "kegiatan") or line.item is None:
            continue
        mine = line.item.segments
        end = i
        for j in range(i + 1, len(lines)):
            other = lines[j]
            if other.kind == "indikator" or _below(other, mine):
                end = j
            else:
                break
        line.end = end


def _below(line: _Line, parent: tuple[str, ...]) -> bool:
    segs = line.item.segments if line.item else ()
    return bool(parent) and len(segs) > len(parent) and segs[: len(parent)] == parent


def _leaf_value(line: _Line, period: str) -> Decimal:
    if not line.is_leaf or line.item is None:
        return _ZERO
    return line.item.pagu.get(period) or _ZERO


def _sum_groups(lines: list[_Line], periods: Sequence[str]) -> None:
    """Each group's sum over the leaves of its range, with prefix sums (exact, Decimal)."""
    groups = [(i, line) for i, line in enumerate(lines) if line.is_group]
    for period in periods:
        prefix = [_ZERO]
        total = _ZERO
        for line in lines:  # _leaf_value, written out: some 10,000 lines a pemda
            if line.kind == _LEAF and line.item is not None:
                total += line.item.pagu.get(period) or _ZERO
            prefix.append(total)
        for i, line in groups:
            line.sums[period] = prefix[line.end + 1] - prefix[i + 1]


def _check_stated(lines: list[_Line], periods: Sequence[str]) -> list[Finding]:
    """Compare the pagu each program / kegiatan states with the sum of its sub kegiatan.

    Accepted submissions passed the same check at validation, so a difference here means the
    data changed on the way; the sheet still shows the sum (its formula could not show anything
    else) and the difference is highlighted and listed as a finding rather than lost.
    """
    findings: list[Finding] = []
    for i, line in enumerate(lines):
        if line.kind not in ("program", "kegiatan") or line.item is None:
            continue
        for period in periods:
            stated = line.item.pagu.get(period)
            computed = line.sums[period]
            if stated is None or stated == computed:
                continue
            line.mismatch[period] = stated
            children = [ln.kode for ln in lines[i + 1: line.end + 1] if ln.is_leaf]
            log.warning("pagu %s %s (%s) = %s but its sub kegiatan add up to %s",
                        line.kind, line.kode, line.opd, stated, computed)
            findings.append(_rollup_finding(line.item, period, stated, computed, children))
    return findings


def _rollup_finding(item: _Item, period: str, stated: Decimal, computed: Decimal,
                    children: list[str]) -> Finding:
    source = item.pagu_rows.get(period)
    row, col = parse_a1(source.cell if source else "")
    return Finding(
        "rollup-mismatch",
        params={"measure": f"pagu {period}", "level": _pick(_LEVEL_LABELS, item.level, "id").lower(),
                "child_level": "sub kegiatan", "parent_value": format_rupiah(stated),
                "children_sum": format_rupiah(computed), "difference": format_rupiah(stated - computed),
                "children": ", ".join(children) or "-", "opd": item.opd},
        file=source.source_file if source else "", sheet=source.sheet if source else None,
        row=row, column=col, kode=item.kode,
    )


# --- cell helpers ------------------------------------------------------------------------------------


def _num(value: Decimal) -> int | float:
    """The cell value of an exact amount: an int when whole (rupiah are), else the nearest float."""
    if value == value.to_integral_value():
        return int(value)
    return float(value)


class _Styles:
    """xlsxwriter formats built on demand from property sets, one Format per distinct set."""

    BASE: ClassVar[dict[str, Any]] = {"border": 1, "valign": "top", "font_name": "Arial", "font_size": 9}
    MONEY = "#,##0"
    LEVEL: ClassVar[dict[str, dict[str, Any]]] = {
        "urusan": {"bold": True, "bg_color": "#1F4E78", "font_color": "#FFFFFF"},
        "bidang": {"bold": True, "bg_color": "#9BC2E6"},
        "opd": {"bold": True, "bg_color": "#DDEBF7"},
        "program": {"bold": True, "bg_color": "#F2F2F2"},
        "kegiatan": {"bold": True},
        "sub_kegiatan": {},
        "indikator": {},
        "total": {"bold": True, "bg_color": "#FFE699", "top": 6},
        "header": {"bold": True, "bg_color": "#D9D9D9", "align": "center", "valign": "vcenter", "text_wrap": True},
        "colnum": {"italic": True, "bg_color": "#EDEDED", "align": "center", "font_size": 8},
    }
    INDENT: ClassVar[dict[str, int]] = {"bidang": 1, "opd": 2, "program": 3, "kegiatan": 4, "sub_kegiatan": 5}

    def __init__(self, workbook: Workbook) -> None:
        self._workbook = workbook
        self._cache: dict[tuple[tuple[str, Any], ...], Any] = {}
        self._calls: dict[tuple[Any, ...], Any] = {}

    def get(self, style: str = "", **extra: Any) -> Any:
        # Asked for ten times per sheet row: the call's own arguments find it before any merging.
        call = (style, *extra.items())
        fmt = self._calls.get(call)
        if fmt is None:
            props = {**self.BASE, **self.LEVEL.get(style, {}), **extra}
            key = tuple(sorted(props.items()))
            if key not in self._cache:
                self._cache[key] = self._workbook.add_format(props)
            fmt = self._calls[call] = self._cache[key]
        return fmt

    def text(self, style: str = "", **extra: Any) -> Any:
        return self.get(style, text_wrap=True, **extra)

    def money(self, style: str = "", **extra: Any) -> Any:
        return self.get(style, num_format=self.MONEY, **extra)

    def title(self, size: int = 12) -> Any:
        return self._workbook.add_format({"bold": True, "font_name": "Arial", "font_size": size,
                                          "align": "center", "valign": "vcenter", "text_wrap": True})


_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


def _text(ws: Any, row: int, col: int, value: str, fmt: Any) -> None:
    """Text from anywhere, never a formula, number or link: ``write_string`` or a formatted blank.

    Control characters (an OPD's Excel can hold them as _x0007_) are dropped and the text is cut
    at Excel's 32,767 characters.
    """
    value = _CONTROL.sub("", value)[:32_767] if value else value
    if value:
        ws.write_string(row, col, value, fmt)
    else:
        ws.write_blank(row, col, None, fmt)


def _money(ws: Any, row: int, col: int, value: Decimal | None, fmt: Any) -> None:
    if value is None:
        ws.write_blank(row, col, None, fmt)
    else:
        ws.write_number(row, col, _num(value), fmt)


def _formula(ws: Any, row: int, col: int, formula: str, value: Decimal, fmt: Any) -> None:
    """A formula with its value computed in Python, cached for readers that do not recalculate."""
    ws.write_formula(row, col, formula, fmt, _num(value))


def _col_range(col: int, first: int, last: int) -> str:
    """``I8:I20`` (0-based rows and column)."""
    letters = column_letter(col + 1)
    return f"{letters}{first + 1}:{letters}{last + 1}"


def _sum_formula(col: int, first: int, last: int) -> str:
    return f"=SUM({_col_range(col, first, last)})"


def _header_row(ws: Any, row: int, labels: Sequence[str], fmt: Any, height: float = 30) -> None:
    ws.set_row(row, height)
    for col, label in enumerate(labels):
        _text(ws, row, col, label, fmt)


def _title(ws: Any, styles: _Styles, last_col: int, lines: Sequence[str]) -> None:
    """Title lines merged across the table; the merge is blank and the text written as a string."""
    for row, text in enumerate(lines):
        fmt = styles.title(12 if row == 0 else 10)
        ws.merge_range(row, 0, row, last_col, "", fmt)
        _text(ws, row, 0, text, fmt)
        ws.set_row(row, 30 if row == 0 else 18)


def _page_setup(ws: Any, lang: str, header_first: int, header_last: int) -> None:
    """Landscape A4, one page wide, header rows repeated on every printed page."""
    ws.set_landscape()
    ws.set_paper(9)  # A4
    ws.fit_to_pages(1, 0)
    ws.repeat_rows(header_first, header_last)
    ws.set_margins(left=0.4, right=0.4, top=0.5, bottom=0.6)
    ws.set_footer("&C" + _t("footer", lang))


# --- sheet 1: Renja T-C.33 -----------------------------------------------------------------------------

# Column positions (0-based) of the T-C.33 sheet; the hidden leaf flag comes last.
(C_KODE, C_NAMA, C_OPD, C_TINGKAT, C_INDIKATOR, C_LOKASI, C_TARGET, C_SATUAN, C_PAGU, C_SUMBER,
 C_CATATAN, C_TARGET1, C_SATUAN1, C_PAGU1, C_LEAF) = range(15)
_RENJA_WIDTHS = (19, 45, 26, 12, 40, 16, 10, 11, 17, 13, 22, 10, 11, 17)
_RENJA_HEADER_ROW = 4  # rows 0-2: titles, 3: blank, 4-5: header, 6: column numbers
_RENJA_FIRST_DATA = _RENJA_HEADER_ROW + 3


def _write_renja(wb: Workbook, styles: _Styles, plan: _Plan, pemda: str, tahun: int, lang: str,
                 n_opd: int) -> None:
    ws = wb.add_worksheet(SHEET_RENJA, worksheet_class=BulkWorksheet)
    n, n1 = plan.periods
    _title(ws, styles, C_PAGU1, [_t("title", lang, n=tahun, n1=tahun + 1), pemda.upper(),
                                 _t("subtitle", lang, count=n_opd)])
    _renja_header(ws, styles, lang, tahun)
    for col, width in enumerate(_RENJA_WIDTHS):
        ws.set_column(col, col, width)
    # The leaf flag drives the SUMIFS subtotals; hidden because it means nothing to a reader.
    ws.set_column(C_LEAF, C_LEAF, 6, None, {"hidden": True})

    # The data lines (thousands per pemda) are rendered as rows directly: see bulk_sheet.
    first = _RENJA_FIRST_DATA
    ws.begin(first, C_LEAF + 1)
    line_styles = _LineStyles(styles)
    for line in plan.lines:
        _renja_line(ws, line_styles, line, plan, lang)

    last = first + len(plan.lines) - 1
    fmt_label, fmt_money = styles.text("total"), styles.money("total")
    total = ws.row()
    for col in range(C_PAGU1 + 1):
        if col == C_NAMA:
            total.text(col, _t("total", lang), fmt_label)
        elif col in (C_PAGU, C_PAGU1):
            period = n if col == C_PAGU else n1
            if plan.lines:
                total.formula(col, _sumifs(col, first, last), _num(plan.totals[period]), fmt_money)
            else:
                total.number(col, 0, fmt_money)
        else:
            total.blank(col, fmt_label)
    total.end()

    ws.freeze_panes(first, C_NAMA + 1)  # header and the kode / nama columns stay in view
    ws.autofilter(first - 1, 0, max(last, first - 1), C_PAGU1)
    _page_setup(ws, lang, _RENJA_HEADER_ROW, first - 1)


def _renja_header(ws: Any, styles: _Styles, lang: str, tahun: int) -> None:
    top, sub = _RENJA_HEADER_ROW, _RENJA_HEADER_ROW + 1
    fmt = styles.text("header")
    for col, key in ((C_KODE, "kode"), (C_NAMA, "nama"), (C_OPD, "opd"), (C_TINGKAT, "tingkat"),
                     (C_INDIKATOR, "indikator"), (C_CATATAN, "catatan"), (C_LEAF, "leaf")):
        ws.merge_range(top, col, sub, col, "", fmt)
        _text(ws, top, col, _t(key, lang), fmt)
    for first, last, label in ((C_LOKASI, C_SUMBER, _t("rencana", lang, n=tahun)),
                               (C_TARGET1, C_PAGU1, _t("maju", lang, n1=tahun + 1))):
        ws.merge_range(top, first, top, last, "", fmt)
        _text(ws, top, first, label, fmt)
    for col, key in ((C_LOKASI, "lokasi"), (C_TARGET, "target"), (C_SATUAN, "satuan"), (C_PAGU, "pagu"),
                     (C_SUMBER, "sumber_dana"), (C_TARGET1, "target"), (C_SATUAN1, "satuan"),
                     (C_PAGU1, "pagu")):
        _text(ws, sub, col, _t(key, lang), fmt)
    ws.set_row(top, 24)
    ws.set_row(sub, 36)
    numbers = styles.get("colnum")
    for col in range(C_PAGU1 + 1):
        ws.write_number(sub + 1, col, col + 1, numbers)


def _sumifs(col: int, first: int, last: int) -> str:
    return f"=SUMIFS({_col_range(col, first, last)},{_col_range(C_LEAF, first, last)},1)"


class _LineStyles:
    """The formats of one kind of T-C.33 line (urusan ... indikator), looked up once per kind."""

    def __init__(self, styles: _Styles) -> None:
        self._styles = styles
        self._by_kind: dict[str, tuple[Any, Any, Any, Any]] = {}

    def get(self, kind: str) -> tuple[Any, Any, Any, Any]:
        """(indented name, plain text, number, money) formats of ``kind``."""
        found = self._by_kind.get(kind)
        if found is None:
            st = self._styles
            name = st.text(kind, indent=_Styles.INDENT.get(kind, 0)) if kind != "indikator" else st.text()
            found = self._by_kind[kind] = (name, st.text(kind), st.get(kind), st.money(kind))
        return found

    def mismatch(self, kind: str) -> Any:
        return self._styles.money(kind, bg_color="#F8CBAD")


def _renja_line(ws: BulkWorksheet, styles: _LineStyles, line: _Line, plan: _Plan, lang: str) -> None:
    kind = line.kind
    item = line.item
    ind = line.indicator
    is_group, is_leaf = kind in _GROUP_KINDS, kind == _LEAF  # (line.is_group, line.is_leaf)
    name_fmt, plain, number, money = styles.get(kind)
    detail = item if item is not None and kind != "indikator" else None
    row_index = ws.next_row
    row = ws.row()
    text = row.text
    text(C_KODE, line.kode, plain)
    text(C_NAMA, line.nama, name_fmt)
    text(C_OPD, line.opd, plain)
    text(C_TINGKAT, _pick(_LEVEL_LABELS, item.level if item else kind, lang), plain)
    text(C_INDIKATOR, ind.text if ind else "", plain)
    text(C_LOKASI, detail.lokasi if detail else "", plain)
    targets = ind.targets if ind else None
    for c_target, c_unit, c_pagu, period in ((C_TARGET, C_SATUAN, C_PAGU, plan.periods[0]),
                                             (C_TARGET1, C_SATUAN1, C_PAGU1, plan.periods[1])):
        target = targets.get(period) if targets else None
        if target is None:
            row.blank(c_target, plain)
            text(c_unit, "", plain)
        elif target.value is not None:  # a number when the target has one, else the text as written
            row.number(c_target, _num(target.value), number)
            text(c_unit, target.unit, plain)
        else:
            text(c_target, target.raw, plain)
            text(c_unit, "", plain)
        if is_group:
            mismatch = period in line.mismatch
            row.formula(c_pagu, _group_formula(c_pagu, row_index, line), _num(line.sums[period]),
                        styles.mismatch(kind) if mismatch else money)
            if mismatch:
                ws.write_comment(row_index, c_pagu, _t("mismatch_note", lang,
                                                       stated=format_rupiah(line.mismatch[period]),
                                                       computed=format_rupiah(line.sums[period])),
                                 {"x_scale": 2, "y_scale": 1.5})
        elif is_leaf and item is not None and (pagu := item.pagu.get(period)) is not None:
            row.number(c_pagu, _num(pagu), money)
        else:
            row.blank(c_pagu, money)
        if c_pagu == C_PAGU:  # sumber dana and catatan sit between the two years
            text(C_SUMBER, detail.sumber_dana if detail else "", plain)
            text(C_CATATAN, detail.catatan if detail else "", plain)
    if is_leaf:
        row.number(C_LEAF, 1)
    row.end()


def _group_formula(col: int, row: int, line: _Line) -> str:
    """SUMIFS over the rows the group covers (sheet rows ``row+1 .. row+len``), leaves only."""
    span = line.end - (row - _RENJA_FIRST_DATA)  # lines covered below this one
    if span <= 0:
        return "=0"  # an empty group: the range would otherwise point at the group row itself
    return _sumifs(col, row + 1, row + span)


# --- recap sheets -----------------------------------------------------------------------------------


@dataclass
class _OpdRecap:
    opd: str
    status: str = ""
    counts: dict[str, int] = field(default_factory=lambda: dict.fromkeys(_ITEM_LEVELS, 0))
    pagu: dict[str, Decimal] = field(default_factory=dict)


def _recap_opd(data: _Data, status: Sequence[StatusEntry], periods: Sequence[str], lang: str) -> list[_OpdRecap]:
    recaps: dict[str, _OpdRecap] = {}

    def get(opd: str) -> _OpdRecap:
        if opd not in recaps:
            recaps[opd] = _OpdRecap(opd, pagu=dict.fromkeys(periods, _ZERO))
        return recaps[opd]

    for item in data.items:
        recap = get(item.opd)
        recap.counts[item.level] += 1
        if item.level == _LEAF:
            for p in periods:
                recap.pagu[p] += item.pagu.get(p) or _ZERO
    # OPDs that sent nothing usable still get a line: a zero next to "Ditolak" is information.
    for opd, entry in _current_status(status).items():
        get(opd).status = _pick(_STATUS_LABELS, entry.status, lang)
    return sorted(recaps.values(), key=lambda r: r.opd.casefold())


def _current_status(status: Sequence[StatusEntry]) -> dict[str, StatusEntry]:
    """Per OPD, the entry that tells its state now: the latest not superseded, Renja first."""
    by_opd: dict[str, list[StatusEntry]] = defaultdict(list)
    for entry in status:
        by_opd[entry.opd].append(entry)
    current = {}
    for opd, entries in by_opd.items():
        pool = [e for e in entries if e.document == "renja"] or entries
        pool = [e for e in pool if e.status != "superseded"] or pool
        current[opd] = max(pool, key=lambda e: e.received_at)
    return current


def _table_header(ws: Any, styles: _Styles, row: int, labels: Sequence[str]) -> None:
    _header_row(ws, row, labels, styles.text("header"), height=32)


def _total_label(ws: Any, styles: _Styles, row: int, last_col: int, lang: str, label_col: int = 1) -> None:
    for col in range(last_col + 1):
        ws.write_blank(row, col, None, styles.text("total"))
    _text(ws, row, label_col, _t("total", lang), styles.text("total"))


def _sheet_setup(ws: Any, lang: str, header_row: int, last_row: int, last_col: int,
                 widths: Sequence[float]) -> None:
    for col, width in enumerate(widths):
        ws.set_column(col, col, width)
    ws.freeze_panes(header_row + 1, 0)
    ws.autofilter(header_row, 0, max(last_row, header_row), last_col)
    _page_setup(ws, lang, header_row, header_row)


def _write_rekap_opd(wb: Workbook, styles: _Styles, recaps: list[_OpdRecap], periods: Sequence[str],
                     pemda: str, lang: str) -> None:
    ws = wb.add_worksheet(SHEET_OPD)
    n, n1 = periods
    labels = [_t("no", lang), _t("opd", lang), _t("status_renja", lang), _t("n_program", lang),
              _t("n_kegiatan", lang), _t("n_sub", lang), _t("pagu_n", lang, n=n), _t("pagu_n1", lang, n1=n1),
              _t("porsi", lang, n=n)]
    last_col = len(labels) - 1
    _title(ws, styles, last_col, [_t("chart_opd", lang).upper(), pemda.upper()])
    header = 3
    _table_header(ws, styles, header, labels)
    first, last = header + 1, header + len(recaps)
    total_row = last + 1
    total_n = sum((r.pagu[n] for r in recaps), _ZERO)
    pct = styles.get(num_format="0.00%")
    for i, recap in enumerate(recaps):
        row = first + i
        ws.write_number(row, 0, i + 1, styles.get())
        _text(ws, row, 1, recap.opd, styles.text())
        _text(ws, row, 2, recap.status, styles.text())
        for col, level in zip((3, 4, 5), _ITEM_LEVELS, strict=True):
            ws.write_number(row, col, recap.counts[level], styles.get())
        _money(ws, row, 6, recap.pagu[n], styles.money())
        _money(ws, row, 7, recap.pagu[n1], styles.money())
        share = recap.pagu[n] / total_n if total_n else _ZERO
        ws.write_formula(row, 8, f"=IF({xl_rowcol_to_cell(total_row, 6)}=0,0,"
                                 f"{xl_rowcol_to_cell(row, 6)}/{xl_rowcol_to_cell(total_row, 6)})",
                         pct, float(share))

    _total_label(ws, styles, total_row, last_col, lang)
    for col, level in zip((3, 4, 5), _ITEM_LEVELS, strict=True):
        _sum_cell(ws, total_row, col, first, last, Decimal(sum(r.counts[level] for r in recaps)), styles.get("total"))
    _sum_cell(ws, total_row, 6, first, last, total_n, styles.money("total"))
    _sum_cell(ws, total_row, 7, first, last, sum((r.pagu[n1] for r in recaps), _ZERO), styles.money("total"))
    ws.write_formula(total_row, 8, f"=IF({xl_rowcol_to_cell(total_row, 6)}=0,0,1)",
                     styles.get("total", num_format="0.00%"), 1 if total_n else 0)
    _sheet_setup(ws, lang, header, last, last_col, (5, 40, 14, 10, 10, 11, 19, 19, 10))

    if recaps:
        chart = wb.add_chart({"type": "column"})
        for col, label in ((6, _t("pagu_n", lang, n=n)), (7, _t("pagu_n1", lang, n1=n1))):
            chart.add_series({"name": label, "categories": [SHEET_OPD, first, 1, last, 1],
                              "values": [SHEET_OPD, first, col, last, col]})
        _style_chart(chart, _t("chart_opd", lang), len(recaps))
        ws.insert_chart(header, last_col + 2, chart)


def _sum_cell(ws: Any, row: int, col: int, first: int, last: int, value: Decimal, fmt: Any) -> None:
    """A column total: ``SUM`` of the rows above with the Python sum cached (0 when no rows)."""
    if last < first:
        _money(ws, row, col, _ZERO, fmt)
    else:
        _formula(ws, row, col, _sum_formula(col, first, last), value, fmt)


def _style_chart(chart: Any, title: str, categories: int) -> None:
    chart.set_title({"name": title, "name_font": {"size": 11}})
    chart.set_y_axis({"num_format": "#,##0", "major_gridlines": {"visible": True}})
    chart.set_x_axis({"num_font": {"rotation": -45, "size": 8}})
    chart.set_legend({"position": "bottom"})
    chart.set_size({"width": max(640, 40 * categories + 200), "height": 420})


@dataclass
class _BidangRecap:
    urusan: str
    bidang: str
    opds: set[str] = field(default_factory=set)
    pagu: dict[str, Decimal] = field(default_factory=dict)


def _recap_bidang(data: _Data, periods: Sequence[str]) -> list[_BidangRecap]:
    recaps: dict[tuple[str, str], _BidangRecap] = {}
    for item in data.items:
        key = (item.urusan, item.bidang)
        recap = recaps.setdefault(key, _BidangRecap(item.urusan, item.bidang, pagu=dict.fromkeys(periods, _ZERO)))
        recap.opds.add(item.opd)
        if item.level == _LEAF:
            for p in periods:
                recap.pagu[p] += item.pagu.get(p) or _ZERO
    return [recaps[k] for k in sorted(recaps, key=lambda k: (_code_order(k[0]), _code_order(k[1])))]


def _write_rekap_urusan(wb: Workbook, styles: _Styles, data: _Data, periods: Sequence[str], pemda: str,
                        lang: str) -> None:
    """A flat per-bidang table (filterable), then a per-urusan table summing its blocks, and a chart."""
    ws = wb.add_worksheet(SHEET_URUSAN)
    n, n1 = periods
    recaps = _recap_bidang(data, periods)
    labels = [_t("kode_urusan", lang), _t("urusan", lang), _t("kode_bidang", lang), _t("bidang", lang),
              _t("n_opd", lang), _t("pagu_n", lang, n=n), _t("pagu_n1", lang, n1=n1)]
    last_col = len(labels) - 1
    _title(ws, styles, last_col, [_t("chart_urusan", lang).upper(), pemda.upper()])
    header = 3
    _table_header(ws, styles, header, labels)
    first = header + 1
    blocks: dict[str, list[int]] = defaultdict(list)  # urusan -> its sheet rows in the first table
    for i, recap in enumerate(recaps):
        row = first + i
        blocks[recap.urusan].append(row)
        _text(ws, row, 0, recap.urusan, styles.text())
        _text(ws, row, 1, data.names.get(recap.urusan, recap.urusan), styles.text())
        _text(ws, row, 2, recap.bidang, styles.text())
        _text(ws, row, 3, data.names.get(recap.bidang, recap.bidang), styles.text())
        ws.write_number(row, 4, len(recap.opds), styles.get())
        _money(ws, row, 5, recap.pagu[n], styles.money())
        _money(ws, row, 6, recap.pagu[n1], styles.money())
    last = first + len(recaps) - 1
    total_row = last + 1
    totals = {p: sum((r.pagu[p] for r in recaps), _ZERO) for p in periods}
    _total_label(ws, styles, total_row, last_col, lang, label_col=3)
    _sum_cell(ws, total_row, 5, first, last, totals[n], styles.money("total"))
    _sum_cell(ws, total_row, 6, first, last, totals[n1], styles.money("total"))
    _sheet_setup(ws, lang, header, last, last_col, (12, 34, 12, 40, 12, 19, 19))

    # Per urusan: the first table is sorted by urusan, so each urusan's bidang rows are one block
    # and a plain SUM over it is right (no SUMIFS on a text code, which Excel may read as a number).
    head2 = total_row + 3
    _text(ws, head2 - 1, 0, _t("per_urusan", lang), styles.get(border=0, bold=True))
    _table_header(ws, styles, head2, [_t("kode_urusan", lang), _t("urusan", lang), "", "", "",
                                      _t("pagu_n", lang, n=n), _t("pagu_n1", lang, n1=n1)])
    for i, (urusan, rows) in enumerate(blocks.items()):
        row = head2 + 1 + i
        _text(ws, row, 0, urusan, styles.text())
        _text(ws, row, 1, data.names.get(urusan, urusan), styles.text())
        for col in (2, 3, 4):
            ws.write_blank(row, col, None, styles.get())
        for col, p in ((5, n), (6, n1)):
            value = sum((recaps[r - first].pagu[p] for r in rows), _ZERO)
            _formula(ws, row, col, _sum_formula(col, rows[0], rows[-1]), value, styles.money())
    first2, last2 = head2 + 1, head2 + len(blocks)
    total2 = last2 + 1
    _total_label(ws, styles, total2, last_col, lang)
    _sum_cell(ws, total2, 5, first2, last2, totals[n], styles.money("total"))
    _sum_cell(ws, total2, 6, first2, last2, totals[n1], styles.money("total"))

    if blocks:
        chart = wb.add_chart({"type": "column"})
        for col, label in ((5, _t("pagu_n", lang, n=n)), (6, _t("pagu_n1", lang, n1=n1))):
            chart.add_series({"name": label, "categories": [SHEET_URUSAN, first2, 1, last2, 1],
                              "values": [SHEET_URUSAN, first2, col, last2, col]})
        _style_chart(chart, _t("chart_urusan", lang), len(blocks))
        ws.insert_chart(header, last_col + 2, chart)


@dataclass
class _SumberRecap:
    label: str
    count: int = 0
    pagu: dict[str, Decimal] = field(default_factory=dict)


def _recap_sumber(data: _Data, periods: Sequence[str], lang: str) -> list[_SumberRecap]:
    """Per sumber dana of the sub kegiatan; spellings differing only in case or spacing merge."""
    recaps: dict[str, _SumberRecap] = {}
    for item in data.items:
        if item.level != _LEAF:
            continue
        label = " ".join(item.sumber_dana.split()) or _t("blank_sumber", lang)
        recap = recaps.setdefault(label.casefold(), _SumberRecap(label, pagu=dict.fromkeys(periods, _ZERO)))
        recap.count += 1
        for p in periods:
            recap.pagu[p] += item.pagu.get(p) or _ZERO
    return sorted(recaps.values(), key=lambda r: (-r.pagu[periods[0]], r.label.casefold()))


def _write_rekap_sumber(wb: Workbook, styles: _Styles, data: _Data, periods: Sequence[str], pemda: str,
                        lang: str) -> None:
    ws = wb.add_worksheet(SHEET_SUMBER_DANA)
    n, n1 = periods
    recaps = _recap_sumber(data, periods, lang)
    labels = [_t("no", lang), _t("sumber_dana", lang), _t("n_sub", lang), _t("pagu_n", lang, n=n),
              _t("pagu_n1", lang, n1=n1), _t("porsi", lang, n=n)]
    last_col = len(labels) - 1
    _title(ws, styles, last_col, [_t("chart_sumber", lang, n=n).upper(), pemda.upper()])
    header = 3
    _table_header(ws, styles, header, labels)
    first, last = header + 1, header + len(recaps)
    total_row = last + 1
    totals = {p: sum((r.pagu[p] for r in recaps), _ZERO) for p in periods}
    pct = styles.get(num_format="0.00%")
    for i, recap in enumerate(recaps):
        row = first + i
        ws.write_number(row, 0, i + 1, styles.get())
        _text(ws, row, 1, recap.label, styles.text())
        ws.write_number(row, 2, recap.count, styles.get())
        _money(ws, row, 3, recap.pagu[n], styles.money())
        _money(ws, row, 4, recap.pagu[n1], styles.money())
        share = recap.pagu[n] / totals[n] if totals[n] else _ZERO
        ws.write_formula(row, 5, f"=IF({xl_rowcol_to_cell(total_row, 3)}=0,0,"
                                 f"{xl_rowcol_to_cell(row, 3)}/{xl_rowcol_to_cell(total_row, 3)})",
                         pct, float(share))
    _total_label(ws, styles, total_row, last_col, lang)
    _sum_cell(ws, total_row, 2, first, last, Decimal(sum(r.count for r in recaps)), styles.get("total"))
    _sum_cell(ws, total_row, 3, first, last, totals[n], styles.money("total"))
    _sum_cell(ws, total_row, 4, first, last, totals[n1], styles.money("total"))
    ws.write_formula(total_row, 5, f"=IF({xl_rowcol_to_cell(total_row, 3)}=0,0,1)",
                     styles.get("total", num_format="0.00%"), 1 if totals[n] else 0)
    _sheet_setup(ws, lang, header, last, last_col, (5, 34, 12, 19, 19, 10))

    if recaps:
        chart = wb.add_chart({"type": "pie"})
        chart.add_series({"name": _t("pagu_n", lang, n=n), "categories": [SHEET_SUMBER_DANA, first, 1, last, 1],
                          "values": [SHEET_SUMBER_DANA, first, 3, last, 3],
                          "data_labels": {"percentage": True, "leader_lines": True}})
        chart.set_title({"name": _t("chart_sumber", lang, n=n), "name_font": {"size": 11}})
        chart.set_legend({"position": "right"})
        chart.set_size({"width": 560, "height": 400})
        ws.insert_chart(header, last_col + 2, chart)


# --- Status and Temuan ---------------------------------------------------------------------------------


def _write_status(wb: Workbook, styles: _Styles, status: Sequence[StatusEntry], pemda: str, tahun: int,
                  lang: str) -> None:
    ws = wb.add_worksheet(SHEET_STATUS)
    labels = [_t("no", lang), _t("opd", lang), _t("dokumen", lang), _t("status", lang), _t("berkas", lang),
              _t("diterima", lang), _t("errors", lang), _t("warnings", lang), _t("feedback", lang), "SHA-256"]
    last_col = len(labels) - 1
    _title(ws, styles, last_col, [_t("status_title", lang, n=tahun), pemda.upper()])
    header = 3
    _table_header(ws, styles, header, labels)
    entries = sorted(status, key=lambda e: (e.opd.casefold(), e.document, e.received_at))
    first = header + 1
    status_fill = {"accepted": "#E2EFDA", "rejected": "#F8CBAD", "not_submitted": "#FFF2CC"}
    for i, e in enumerate(entries):
        row = first + i
        ws.write_number(row, 0, i + 1, styles.get())
        for col, value in ((1, e.opd), (2, _pick(_DOCUMENT_LABELS, e.document, lang)), (4, e.file_name),
                           (5, e.received_at), (8, e.feedback), (9, e.sha256)):
            _text(ws, row, col, value, styles.text())
        fill = status_fill.get(e.status)
        _text(ws, row, 3, _pick(_STATUS_LABELS, e.status, lang),
              styles.text(bg_color=fill) if fill else styles.text())
        ws.write_number(row, 6, e.errors, styles.get())
        ws.write_number(row, 7, e.warnings, styles.get())
    last = first + len(entries) - 1
    total_row = last + 1
    _total_label(ws, styles, total_row, last_col, lang)
    _sum_cell(ws, total_row, 6, first, last, Decimal(sum(e.errors for e in entries)), styles.get("total"))
    _sum_cell(ws, total_row, 7, first, last, Decimal(sum(e.warnings for e in entries)), styles.get("total"))
    _sheet_setup(ws, lang, header, last, last_col, (5, 36, 16, 15, 36, 22, 10, 10, 36, 20))
    _status_summary(ws, styles, entries, total_row + 2, first, last, lang)


def _status_summary(ws: Any, styles: _Styles, entries: Sequence[StatusEntry], top: int, first: int,
                    last: int, lang: str) -> None:
    """Counts per status: COUNTIF over the Status column for our own labels, cached."""
    _text(ws, top, 1, _t("summary", lang), styles.get(border=0, bold=True))
    counts: dict[str, int] = defaultdict(int)
    for e in entries:
        counts[e.status] += 1
    keys = list(_STATUS_LABELS) + sorted(k for k in counts if k not in _STATUS_LABELS)
    for i, key in enumerate(keys):
        row = top + 1 + i
        label = _pick(_STATUS_LABELS, key, lang)
        _text(ws, row, 1, label, styles.text())
        if key in _STATUS_LABELS and entries:
            # Only our fixed labels go into a criterion: a status text from outside could start
            # with "=" or "<" and be read as an operator.
            ws.write_formula(row, 2, f'=COUNTIF({_col_range(3, first, last)},"{label}")', styles.get(),
                             counts[key])
        else:
            ws.write_number(row, 2, counts[key], styles.get())
    row = top + 1 + len(keys)
    _text(ws, row, 1, _t("n_opd", lang), styles.text("total"))
    ws.write_number(row, 2, len({e.opd for e in entries}), styles.get("total"))


def _finding_opd(finding: Finding, opd_of_file: dict[str, str]) -> str:
    opd = finding.params.get("opd")
    if isinstance(opd, str) and opd:
        return opd
    return opd_of_file.get(finding.file, "")


def _write_temuan(wb: Workbook, styles: _Styles, findings: Sequence[Finding], status: Sequence[StatusEntry],
                  pemda: str, lang: str) -> None:
    ws = wb.add_worksheet(SHEET_TEMUAN)
    labels = [_t("no", lang), _t("opd", lang), _t("berkas", lang), _t("sheet", lang), _t("cell", lang),
              _t("kode", lang), _t("kode_temuan", lang), _t("severity", lang), _t("message", lang),
              _t("hint", lang)]
    last_col = len(labels) - 1
    _title(ws, styles, last_col, [_t("temuan_title", lang), pemda.upper()])
    header = 3
    _table_header(ws, styles, header, labels)
    opd_of_file = {e.file_name: e.opd for e in status if e.file_name}
    rows = sorted(((_finding_opd(f, opd_of_file), f) for f in findings),
                  key=lambda pair: (pair[0].casefold(), pair[1].file, _SEVERITY_RANK[str(pair[1].severity)],
                                    pair[1].sort_key()))
    first = header + 1
    fills = {Severity.ERROR: "#F8CBAD", Severity.WARNING: "#FFF2CC"}
    for i, (opd, f) in enumerate(rows):
        row = first + i
        ws.write_number(row, 0, i + 1, styles.get())
        for col, value in ((1, opd), (2, f.file), (3, f.sheet or ""), (4, f.cell or ""), (5, f.kode or ""),
                           (6, f.code), (8, f.message(lang)), (9, f.kind.hint(lang))):
            _text(ws, row, col, value, styles.text())
        fill = fills.get(f.severity)
        _text(ws, row, 7, _pick(_SEVERITY_LABELS, str(f.severity), lang),
              styles.text(bg_color=fill) if fill else styles.text())
    last = first + len(rows) - 1
    _sheet_setup(ws, lang, header, last, last_col, (5, 30, 30, 14, 7, 19, 22, 12, 70, 45))


# --- entry point ---------------------------------------------------------------------------------------


def write_consolidated(path: Path, *, pemda: str, tahun: int, rows: list[CanonicalRow],
                       status: list[StatusEntry], findings: list[Finding], lang: str = "id") -> None:
    """Write the consolidated Renja workbook of ``pemda`` for ``tahun`` to ``path``, atomically.

    ``rows`` are the canonical rows of the accepted, latest Renja of each OPD; ``status`` the
    submissions (or their absence) per OPD; ``findings`` the open findings to list. Program and
    kegiatan pagu that differ from the sum of their sub kegiatan are highlighted and added to the
    Temuan sheet as ``rollup-mismatch``.
    """
    data = _gather(rows)
    plan = _plan(data, tahun)
    recaps = _recap_opd(data, status, plan.periods, lang)
    n_opd = len({item.opd for item in data.items})
    with atomic_path(path) as tmp:
        # (xlsxwriter writes nothing before close(): if a sheet fails, atomic_path drops the
        # temporary and the previous workbook stays in place.)
        wb = OutputWorkbook(tmp)
        wb.set_properties({"title": _t("title", lang, n=tahun, n1=tahun + 1), "subject": pemda,
                           "comments": "bappeda-pipeline"})
        styles = _Styles(wb)
        _write_renja(wb, styles, plan, pemda, tahun, lang, n_opd)
        _write_rekap_opd(wb, styles, recaps, plan.periods, pemda, lang)
        _write_rekap_urusan(wb, styles, data, plan.periods, pemda, lang)
        _write_rekap_sumber(wb, styles, data, plan.periods, pemda, lang)
        _write_status(wb, styles, status, pemda, tahun, lang)
        _write_temuan(wb, styles, [*findings, *plan.findings], status, pemda, lang)
        wb.close()

