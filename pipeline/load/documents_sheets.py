"""Consolidated workbooks of the document types other than Renja: one workbook per type, per pemda
and year, beside the Renja one (``konsolidasi-<document>_<pemda>_<tahun>.xlsx``).

Why one workbook per type rather than more sheets in the Renja workbook: each type has its own
calendar (Evaluasi and Review Ranwal early in the planning year, Rencana Aksi at its start, the
Perubahan mid-year), its own readers at Bappeda (evaluation, planning, budget), and its own Status
and Temuan; an analyst opens one folder per pemda and year and finds every document there, each
file printable on its own, and a type nobody submitted yields no empty sheets.

Each workbook holds a detail sheet, a recap sheet, ``Status`` and ``Temuan``, written from the
canonical rows of the accepted, latest submission of each OPD (the same long table for every type;
the sheets only pick measures / periods / scenarios):

* Renja Perubahan: ``Perubahan`` (one line per sub kegiatan and OPD, **de-duplicated**: a sub
  kegiatan listed under two sasaran blocks, matched by code or else by its folded name, is counted
  once, from its first listing; the other listings are named in the Keterangan column, and
  "nilai berbeda" says when their amounts differ) and ``Rekap Perubahan`` (per OPD and program:
  pagu sebelum, setelah and the difference, summed over those de-duplicated sub kegiatan).
* Evaluasi Renja: ``Evaluasi T-C.29`` (every row, the computed columns as stated and as the
  pipeline computes them) and ``Rekap Capaian`` (per OPD and program).
* Rencana Aksi: ``Rencana Aksi`` (annual and quarterly targets, penanggung jawab) and
  ``Rekap Triwulan`` (per OPD and quarter).
* RKT: ``RKT`` (sasaran with IKU, sub kegiatan with masukan, keluaran and hasil) and ``Rekap RKT``.
* Review Ranwal: ``Review Ranwal`` (rancangan awal beside hasil analisis, with the difference) and
  ``Rekap Review`` (per OPD and program).

Text is always written as text (no formula, no link); sums are exact ``Decimal`` computed here.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

from xlsxwriter import Workbook

from pipeline.atomic import atomic_path
from pipeline.findings import Finding
from pipeline.load.consolidated import (
    StatusEntry,
    _num,
    _Styles,
    _text,
    _title,
    _write_status,
    _write_temuan,
)
from pipeline.load.xlsx_writer import OutputWorkbook
from pipeline.model import CanonicalRow
from pipeline.normalize.canonical import item_groups
from pipeline.reference import fold_name

DOCUMENTS = ("renja_perubahan", "evaluasi_renja", "review_ranwal", "rencana_aksi", "rkt")
SHEETS = {
    "renja_perubahan": ("Perubahan", "Rekap Perubahan"),
    "evaluasi_renja": ("Evaluasi T-C.29", "Rekap Capaian"),
    "rencana_aksi": ("Rencana Aksi", "Rekap Triwulan"),
    "rkt": ("RKT", "Rekap RKT"),
    "review_ranwal": ("Review Ranwal", "Rekap Review"),
}
_TITLES = {
    "renja_perubahan": "KONSOLIDASI RENJA/RKT PERUBAHAN TAHUN {n}",
    "evaluasi_renja": "KONSOLIDASI EVALUASI HASIL PELAKSANAAN RENJA PERANGKAT DAERAH S/D TAHUN {n} (T-C.29)",
    "rencana_aksi": "KONSOLIDASI RENCANA AKSI PERANGKAT DAERAH TAHUN {n}",
    "rkt": "KONSOLIDASI RENCANA KINERJA TAHUNAN (RKT) PERANGKAT DAERAH TAHUN {n}",
    "review_ranwal": "KONSOLIDASI REVIEW RANCANGAN AWAL RKPD TAHUN {n} (T-C.31)",
}
_LEVEL_ID = {"urusan": "Urusan", "bidang": "Bidang Urusan", "program": "Program", "kegiatan": "Kegiatan",
             "sub_kegiatan": "Sub Kegiatan", "sasaran": "Sasaran", "tujuan": "Tujuan", "": "-"}
_DEPTH = {"urusan": 0, "bidang": 1, "program": 2, "kegiatan": 3, "sub_kegiatan": 4}


def document_path(folder: Path, document: str, pemda_slug: str, tahun: int) -> Path:
    return folder / f"konsolidasi-{document.replace('_', '-')}_{pemda_slug}_{tahun}.xlsx"


# --- items back from the long table -------------------------------------------------------------------

Key = tuple[str, str, str]  # (measure, period, scenario)


@dataclass(slots=True)
class Line:
    """One item of one submission, rebuilt from its canonical rows (in the order they were stored)."""

    opd: str
    submission_id: str
    kode: str
    level: str
    nama: str
    sheet: str
    cell: str
    source_file: str
    program: str = ""
    kegiatan: str = ""
    sumber_dana: str = ""
    catatan: str = ""
    measures: dict[Key, CanonicalRow] = field(default_factory=dict)
    indicators: list[tuple[str, dict[Key, CanonicalRow]]] = field(default_factory=list)
    repeats: list[str] = field(default_factory=list)  # cells of the same item listed again
    differs: bool = False

    def value(self, measure: str, period: str, scenario: str) -> Decimal | None:
        r = self.measures.get((measure, period, scenario))
        return r.value if r is not None else None

    def raw(self, key: Key) -> str:
        r = self.measures.get(key)
        return r.raw if r is not None else ""

    @property
    def identity(self) -> tuple[str, ...]:
        return ("kode", self.kode) if self.kode else (self.level, fold_name(self.nama))

    @property
    def where(self) -> str:
        return f"{self.sheet}!{self.cell}"


def lines_of(rows: Sequence[CanonicalRow]) -> list[Line]:
    out: list[Line] = []
    parents: dict[str, dict[str, str]] = defaultdict(dict)  # submission -> level -> name of the open item
    for group in item_groups(rows):
        r = group[0]
        line = Line(r.opd, r.submission_id, r.kode, r.level, r.nama, r.sheet, r.cell, r.source_file,
                    sumber_dana=r.sumber_dana, catatan=r.catatan)
        open_items = parents[r.submission_id]
        depth = _DEPTH.get(r.level)
        if depth is not None:
            for lvl, d in _DEPTH.items():
                if d >= depth:
                    open_items.pop(lvl, None)
            open_items[r.level] = r.nama
        line.program = open_items.get("program", "")
        line.kegiatan = open_items.get("kegiatan", "") if r.level != "program" else ""
        for x in group:
            k = (x.measure, x.period, x.scenario)
            if x.indikator_no == 0:
                if x.measure:
                    line.measures.setdefault(k, x)
                continue
            while len(line.indicators) < x.indikator_no:
                line.indicators.append((x.indikator, {}))
            if x.measure:
                line.indicators[x.indikator_no - 1][1].setdefault(k, x)
        out.append(line)
    return out


def leaves(lines: list[Line]) -> list[Line]:
    """Items with no deeper item right below them in their submission (sub kegiatan, as a rule)."""
    out = []
    for i, line in enumerate(lines):
        nxt = lines[i + 1] if i + 1 < len(lines) else None
        depth = _DEPTH.get(line.level)
        if depth is None:
            continue
        if nxt is None or nxt.submission_id != line.submission_id or _DEPTH.get(nxt.level, -1) <= depth:
            out.append(line)
    return out


def dedupe(lines: list[Line], keys: Sequence[Key]) -> list[Line]:
    """One line per OPD and item: a repeated item is kept from its first listing, the others noted."""
    first: dict[tuple[str, tuple[str, ...]], Line] = {}
    out = []
    for line in lines:
        k = (line.opd.casefold(), line.identity)
        seen = first.get(k)
        if seen is None:
            first[k] = line
            out.append(line)
            continue
        seen.repeats.append(line.where)
        if any(seen.value(*key) != line.value(*key) for key in keys):
            seen.differs = True
    return out


# --- writing ------------------------------------------------------------------------------------------

Cell = str | Decimal | int | None


@dataclass(slots=True)
class Table:
    labels: list[str]
    widths: Sequence[float]
    money: set[int] = field(default_factory=set)  # columns formatted #,##0
    rows: list[tuple[str, Sequence[Any]]] = field(default_factory=list)  # (style, cells: text, Decimal, int)

    def add(self, cells: Sequence[Any], style: str = "") -> None:
        self.rows.append((style, cells))


def _write_table(wb: Workbook, styles: _Styles, name: str, title: list[str], table: Table) -> None:
    ws = wb.add_worksheet(name)
    last_col = len(table.labels) - 1
    _title(ws, styles, last_col, title)
    header = len(title) + 1
    ws.set_row(header, 32)
    for c, label in enumerate(table.labels):
        _text(ws, header, c, label, styles.text("header"))
    for i, (style, cells) in enumerate(table.rows):
        row = header + 1 + i
        for c, v in enumerate(cells):
            if isinstance(v, Decimal | int) and not isinstance(v, bool):
                fmt = styles.money(style) if c in table.money else styles.get(style, num_format="#,##0.##")
                ws.write_number(row, c, _num(Decimal(v)), fmt)
            else:
                _text(ws, row, c, str(v) if v else "", styles.text(style))
    for c, w in enumerate(table.widths):
        ws.set_column(c, c, w)
    ws.freeze_panes(header + 1, 0)
    ws.autofilter(header, 0, header + max(len(table.rows), 1), last_col)
    ws.set_landscape()
    ws.set_paper(9)
    ws.fit_to_pages(1, 0)
    ws.repeat_rows(header, header)


def _sum(values: Sequence[Decimal | None]) -> Decimal | None:
    present = [v for v in values if v is not None]
    return sum(present, Decimal(0)) if present else None


def _diff(a: Decimal | None, b: Decimal | None) -> Decimal | None:
    return a - b if a is not None and b is not None else None


# --- per document ----------------------------------------------------------------------------------------


def _perubahan(lines: list[Line], tahun: int) -> tuple[Table, Table]:
    n = str(tahun)
    keys = [("pagu", n, "sebelum"), ("pagu", n, "setelah")]
    items = dedupe(leaves(lines), keys)
    detail = Table(["No", "Perangkat Daerah", "Kode", "Program", "Kegiatan", "Sub Kegiatan", "Indikator",
                    "Target Sebelum", "Target Setelah", "Pagu Sebelum Perubahan (Rp)", "Pagu Setelah Perubahan (Rp)",
                    "Bertambah/(Berkurang) (Rp)", "Keterangan", "Sumber (sheet!sel)"],
                   [5, 28, 18, 30, 30, 40, 36, 11, 11, 17, 17, 17, 30, 16], {9, 10, 11})
    for i, line in enumerate(items, start=1):
        before, after = line.value(*keys[0]), line.value(*keys[1])
        ind_text, targets = line.indicators[0] if line.indicators else ("", {})
        note = ""
        if line.repeats:
            note = "juga di " + ", ".join(line.repeats) + (" (nilai berbeda; dipakai yang pertama)" if line.differs
                                                           else " (dihitung sekali)")
        detail.add([i, line.opd, line.kode, line.program, line.kegiatan, line.nama, ind_text,
                    _raw(targets, ("target", n, "sebelum")), _raw(targets, ("target", n, "setelah")), before, after,
                    _diff(after, before), note, line.where])
    recap = Table(["No", "Perangkat Daerah", "Program", "Sub Kegiatan", "Berubah", "Pagu Sebelum Perubahan (Rp)",
                   "Pagu Setelah Perubahan (Rp)", "Bertambah/(Berkurang) (Rp)"],
                  [5, 34, 46, 10, 10, 18, 18, 18], {5, 6, 7})
    groups: dict[tuple[str, str], list[Line]] = defaultdict(list)
    for line in items:
        groups[(line.opd, line.program)].append(line)
    no = 0
    for opd in sorted({o for o, _ in groups}, key=str.casefold):
        opd_before: list[Decimal | None] = []
        opd_after: list[Decimal | None] = []
        for (o, program), members in groups.items():
            if o != opd:
                continue
            no += 1
            b = _sum([m.value(*keys[0]) for m in members])
            a = _sum([m.value(*keys[1]) for m in members])
            changed = sum(1 for m in members if m.value(*keys[0]) != m.value(*keys[1]))
            recap.add([no, opd, program or "(tanpa program)", len(members), changed, b, a, _diff(a, b)])
            opd_before.append(b)
            opd_after.append(a)
        b, a = _sum(opd_before), _sum(opd_after)
        recap.add(["", f"JUMLAH {opd}", "", None, None, b, a, _diff(a, b)], "total")
    return detail, recap


def _raw(targets: dict[Key, CanonicalRow], key: Key) -> str:
    r = targets.get(key)
    return r.raw if r is not None else ""


_EVAL = [("target", "n", "renstra"), ("realisasi", "n-2", "kumulatif"), ("target", "n-1", "rencana"),
         ("realisasi", "n-1", "tahunan"), ("tingkat_realisasi", "n-1", "tahunan"), ("target", "n", "rencana"),
         ("realisasi", "n", "kumulatif"), ("tingkat_capaian", "n", "renstra")]


def _period(p: str, tahun: int) -> str:
    from pipeline.documents import period_year

    return period_year(p, tahun)


def _ratio(a: Decimal | None, b: Decimal | None) -> Decimal | None:
    if a is None or b is None or b == 0:
        return None
    return (a * 100 / b).quantize(Decimal("0.01"))


def _evaluasi(lines: list[Line], tahun: int) -> tuple[Table, Table]:
    keys = [(m, _period(p, tahun), s) for m, p, s in _EVAL]
    labels = ["No", "Perangkat Daerah", "Kode", "Tingkat", "Urusan/Program/Kegiatan/Sub Kegiatan", "Indikator",
              f"(4) Target Renstra {tahun}", f"(5) Realisasi s/d {tahun - 2}", f"(6) Target {tahun - 1}",
              f"(7) Realisasi {tahun - 1}", "(8) Tingkat Realisasi (%)", f"(9) Target {tahun}",
              f"(10) Realisasi s/d {tahun}", "(11) Tingkat Capaian Renstra (%)",
              "8 dihitung = 7/6 (%)", "11 dihitung = 10/4 (%)", "Sumber (sheet!sel)"]
    detail = Table(labels, [5, 26, 16, 11, 40, 36] + [11] * 8 + [11, 11, 16])
    for i, line in enumerate(lines, start=1):
        inds = line.indicators or [("", {})]
        for j, (text, targets) in enumerate(inds):
            vals = [targets.get(k) for k in keys]
            computed8 = _ratio(_v(vals[3]), _v(vals[2]))
            computed11 = _ratio(_v(vals[6]), _v(vals[0]))
            head: list[Cell] = [i, line.opd, line.kode, _LEVEL_ID.get(line.level, line.level), line.nama] if j == 0 \
                else ["", "", "", "", ""]
            detail.add(head + [text] + [v.raw if v is not None else "" for v in vals]
                       + [computed8, computed11, line.where], _style(line.level) if j == 0 else "")
    recap = Table(["No", "Perangkat Daerah", "Kode", "Program", "Indikator", f"Target Renstra {tahun}",
                   f"Realisasi s/d {tahun}", "Tingkat Capaian (tertulis)", "Tingkat Capaian (dihitung, %)"],
                  [5, 30, 14, 44, 40, 14, 14, 14, 14])
    no = 0
    for line in (x for x in lines if x.level == "program"):
        for text, targets in line.indicators[:1] or [("", {})]:
            no += 1
            t4, t10, t11 = targets.get(keys[0]), targets.get(keys[6]), targets.get(keys[7])
            recap.add([no, line.opd, line.kode, line.nama, text, t4.raw if t4 else "", t10.raw if t10 else "",
                       t11.raw if t11 else "", _ratio(_v(t10), _v(t4))])
    return detail, recap


def _v(r: CanonicalRow | None) -> Decimal | None:
    return r.value if r is not None else None


def _style(level: str) -> str:
    return level if level in ("program", "kegiatan") else ""


def _rencana_aksi(lines: list[Line], tahun: int) -> tuple[Table, Table]:
    from pipeline.validate.documents import unit_kind

    n = str(tahun)
    quarters = [(f"{n}-TW{k}") for k in range(1, 5)]
    detail = Table(["No", "Perangkat Daerah", "Tingkat", "Program", "Kegiatan/Sub Kegiatan", "Indikator",
                    f"Target {tahun}", "Satuan", "TW I", "TW II", "TW III", "TW IV", "Penanggung Jawab",
                    "Sumber (sheet!sel)"], [5, 26, 11, 32, 40, 40, 11, 11, 9, 9, 9, 9, 18, 16])
    per_opd: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0, 0])  # indicators, TW I..IV targeted
    count_sums: dict[str, list[Decimal]] = defaultdict(lambda: [Decimal(0)] * 5)  # annual, TW I..IV (counts)
    no = 0
    for line in lines:
        if line.level in ("sasaran", "tujuan"):
            continue
        pj = line.raw(("penanggung_jawab", n, "rencana"))
        for j, (text, targets) in enumerate(line.indicators or [("", {})]):
            annual = targets.get(("target", n, "rencana"))
            tws = [targets.get(("target", q, "rencana")) for q in quarters]
            no += 1 if j == 0 else 0
            detail.add([no if j == 0 else "", line.opd, _LEVEL_ID.get(line.level, "-"), line.program,
                        line.nama if j == 0 else "", text, annual.raw if annual else "",
                        annual.unit if annual else ""] + [t.raw if t else "" for t in tws]
                       + [pj if j == 0 else "", line.where], _style(line.level) if j == 0 else "")
            if annual is None or line.level == "program":
                continue
            stats = per_opd[line.opd]
            stats[0] += 1
            for k, t in enumerate(tws):
                if t is not None and t.value:
                    stats[k + 1] += 1
            if unit_kind(annual.unit) == "count" and annual.value is not None:
                sums = count_sums[line.opd]
                sums[0] += annual.value
                for k, t in enumerate(tws):
                    if t is not None and t.value is not None:
                        sums[k + 1] += t.value
    recap = Table(["No", "Perangkat Daerah", "Indikator", "Bertarget TW I", "Bertarget TW II", "Bertarget TW III",
                   "Bertarget TW IV", "Target jumlah tahunan", "TW I (% tahunan)", "TW II (% tahunan)",
                   "TW III (% tahunan)", "TW IV (% tahunan)"], [5, 36, 10, 11, 11, 11, 11, 14, 11, 11, 11, 11])
    for i, opd in enumerate(sorted(per_opd, key=str.casefold), start=1):
        sums = count_sums[opd]
        shares: list[Cell] = [_ratio(s, sums[0]) for s in sums[1:]]
        recap.add([i, opd, *per_opd[opd], sums[0] if sums[0] else None, *shares])
    return detail, recap


def _rkt(lines: list[Line], tahun: int) -> tuple[Table, Table]:
    n = str(tahun)
    detail = Table(["No", "Perangkat Daerah", "Tingkat", "Uraian", "Jenis", "Indikator / Tolak Ukur", "Target",
                    "Satuan", "Masukan (Rp)", "Sumber (sheet!sel)"], [5, 26, 11, 44, 10, 44, 12, 12, 17, 16], {8})
    recap_data: dict[str, list[Any]] = defaultdict(lambda: [0, 0, 0, Decimal(0)])
    for i, line in enumerate(lines, start=1):
        masukan = line.value("pagu", n, "rencana")
        stats = recap_data[line.opd]
        if line.level == "sasaran":
            stats[0] += 1
            stats[1] += len(line.indicators)
        if line.level == "sub_kegiatan":
            stats[2] += 1
            stats[3] += masukan or 0
        rows: list[tuple[str, str, CanonicalRow | None]] = []
        for text, targets in line.indicators:
            for key, t in targets.items() or [(("", "", ""), None)]:
                jenis = {"keluaran": "Keluaran", "hasil": "Hasil"}.get(key[2], "IKU" if line.level == "sasaran"
                                                                         else "Indikator")
                rows.append((jenis, text, t))
        first: list[Any] = [i, line.opd, _LEVEL_ID.get(line.level, "-"), line.nama]
        if not rows:
            detail.add(first + ["", "", "", "", masukan, line.where], _style(line.level))
        for j, (jenis, text, t) in enumerate(rows):
            detail.add((first if j == 0 else ["", "", "", ""]) + [jenis, text, t.raw if t else "",
                                                                 t.unit if t else "", masukan if j == 0 else None,
                                                                 line.where if j == 0 else ""],
                       _style(line.level) if j == 0 else "")
    recap = Table(["No", "Perangkat Daerah", "Sasaran", "IKU", "Sub Kegiatan", f"Masukan {tahun} (Rp)"],
                  [5, 40, 10, 10, 12, 20], {5})
    for i, opd in enumerate(sorted(recap_data, key=str.casefold), start=1):
        recap.add([i, opd, *recap_data[opd]])
    return detail, recap


def _review(lines: list[Line], tahun: int) -> tuple[Table, Table]:
    n = str(tahun)
    detail = Table(["No", "Perangkat Daerah", "Tingkat", "Program/Kegiatan/Sub Kegiatan", "Indikator",
                    "Target Rancangan Awal", "Target Hasil Analisis", "Pagu Rancangan Awal (Rp)",
                    "Kebutuhan Dana Hasil Analisis (Rp)", "Selisih (Rp)", "Catatan", "Sumber (sheet!sel)"],
                   [5, 26, 12, 44, 40, 12, 12, 18, 18, 16, 24, 16], {7, 8, 9})
    for i, line in enumerate(lines, start=1):
        a, b = line.value("pagu", n, "ranwal"), line.value("pagu", n, "hasil")
        text, targets = line.indicators[0] if line.indicators else ("", {})
        detail.add([i, line.opd, _LEVEL_ID.get(line.level, "-"), line.nama, text,
                    _raw(targets, ("target", n, "ranwal")), _raw(targets, ("target", n, "hasil")), a, b, _diff(b, a),
                    line.catatan, line.where], _style(line.level))
    recap = Table(["No", "Perangkat Daerah", "Program", "Pagu Rancangan Awal (Rp)",
                   "Kebutuhan Dana Hasil Analisis (Rp)", "Selisih (Rp)"], [5, 34, 50, 20, 20, 18], {3, 4, 5})
    no = 0
    totals: dict[str, list[Decimal | None]] = defaultdict(list)
    for line in (x for x in lines if x.level == "program"):
        no += 1
        a, b = line.value("pagu", n, "ranwal"), line.value("pagu", n, "hasil")
        recap.add([no, line.opd, line.nama, a, b, _diff(b, a)])
        totals[line.opd] += [a, b]
    for opd, vals in sorted(totals.items(), key=lambda kv: kv[0].casefold()):
        a, b = _sum(vals[0::2]), _sum(vals[1::2])
        recap.add(["", f"JUMLAH {opd}", "", a, b, _diff(b, a)], "total")
    return detail, recap


BUILDERS: dict[str, Callable[[list[Line], int], tuple[Table, Table]]] = {
    "renja_perubahan": _perubahan, "evaluasi_renja": _evaluasi, "rencana_aksi": _rencana_aksi, "rkt": _rkt,
    "review_ranwal": _review,
}


def write_document_workbook(path: Path, *, document: str, pemda: str, tahun: int, rows: list[CanonicalRow],
                            status: list[StatusEntry], findings: list[Finding], lang: str = "id") -> None:
    """The consolidated workbook of one document type for ``pemda`` and ``tahun``, written atomically."""
    detail, recap = BUILDERS[document](lines_of(rows), tahun)
    n_opd = len({r.opd for r in rows})
    title = [_TITLES[document].format(n=tahun), f"{pemda.upper()} - {n_opd} perangkat daerah"]
    with atomic_path(path) as tmp:
        wb = OutputWorkbook(tmp)
        wb.set_properties({"title": title[0], "subject": pemda, "comments": "bappeda-pipeline"})
        styles = _Styles(wb)
        detail_name, recap_name = SHEETS[document]
        _write_table(wb, styles, detail_name, title, detail)
        _write_table(wb, styles, recap_name, title, recap)
        _write_status(wb, styles, status, pemda, tahun, lang)
        _write_temuan(wb, styles, findings, status, pemda, lang)
        wb.close()


def group_documents(subs: Sequence[Any]) -> list[str]:
    """The document types (other than Renja) a pemda and year has any submission of."""
    return [d for d in DOCUMENTS if any(s.document == d for s in subs)]


def write_documents(folder: Path, pemda_slug: str, *, pemda: str, tahun: int, subs: Sequence[Any],
                    rows_by_document: dict[str, list[CanonicalRow]], findings: Sequence[Finding],
                    lang: str = "id") -> list[Path]:
    """One consolidated workbook per document type the group has submissions of; their paths.

    ``subs`` are the group's submission records, ``findings`` the open and cross-document findings
    of the whole group: each workbook lists those of its own document's files.
    """
    from pipeline.load.outputs import status_entry

    written = []
    for document in group_documents(subs):
        mine = [s for s in subs if s.document == document]
        files = {s.file_name for s in mine if s.status != "superseded"}
        path = document_path(folder, document, pemda_slug, tahun)
        write_document_workbook(path, document=document, pemda=pemda, tahun=tahun,
                                rows=rows_by_document.get(document, []), status=[status_entry(s) for s in mine],
                                findings=[f for f in findings if f.file in files], lang=lang)
        written.append(path)
    return written
