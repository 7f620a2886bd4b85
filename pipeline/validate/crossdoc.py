"""Checks between documents of one OPD and year, over the canonical rows the store holds.

Pure functions: ``cross_document_findings`` takes the accepted rows of every document type of one
pemda and year and returns findings located at the cell of the document being checked:

* Renja Perubahan: the pagu and the first target *sebelum perubahan* of each program / kegiatan /
  sub kegiatan must equal what the accepted Renja of the same OPD and year states
  (``sebelum-differs-renja``).
* RKT: the masukan (Rp) of each sub kegiatan against the Renja pagu of the same sub kegiatan
  (``masukan-differs-renja``).

Items are matched by code, else by level and name folded (case, spacing, punctuation), since
hand-made revisions and RKT often number their rows instead of coding them. A sub kegiatan found
in neither way is said once (``not-in-renja``, information). Nothing is compared when the store has
no accepted Renja of that OPD and year.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from decimal import Decimal

from pipeline.findings import Finding
from pipeline.findings.model import parse_a1
from pipeline.model import CanonicalRow
from pipeline.normalize.canonical import item_groups
from pipeline.reference import fold_name
from pipeline.store.db import opd_key
from pipeline.values import format_decimal, format_rupiah

LEVELS = ("program", "kegiatan", "sub_kegiatan")
_LEVEL_ID = {"program": "program", "kegiatan": "kegiatan", "sub_kegiatan": "sub kegiatan"}
_DOC_ID = {"renja_perubahan": "Renja Perubahan", "rkt": "RKT"}


@dataclass(slots=True)
class _Entry:
    """One item of a document as its canonical rows describe it."""

    row: CanonicalRow  # any row of the item, for its identity
    pagu: dict[str, CanonicalRow] = field(default_factory=dict)  # scenario -> row
    target: dict[str, CanonicalRow] = field(default_factory=dict)  # scenario -> first indicator's target


def _items(rows: Iterable[CanonicalRow]) -> list[_Entry]:
    """Program / kegiatan / sub kegiatan with their pagu and first target, by scenario."""
    out: list[_Entry] = []
    for group in item_groups(rows):
        if group[0].level not in LEVELS:
            continue
        entry = _Entry(group[0])
        for r in group:
            if r.indikator_no == 0 and r.measure == "pagu" and r.period == str(r.tahun):
                entry.pagu.setdefault(r.scenario, r)
            elif r.indikator_no == 1 and r.measure == "target" and r.period == str(r.tahun):
                entry.target.setdefault(r.scenario, r)
        out.append(entry)
    return out


def _keys(r: CanonicalRow) -> list[tuple[str, str, str]]:
    keys = [("kode", r.kode, "")] if r.kode else []
    if r.nama:
        keys.append(("nama", r.level, fold_name(r.nama)))
    return keys


def _finding(code: str, r: CanonicalRow, **params: object) -> Finding:
    fields = {k: params.pop(k) for k in ("raw", "expected", "field") if k in params}
    row, col = parse_a1(r.cell)
    return Finding(code, params=dict(params), file=r.source_file, sheet=r.sheet or None, row=row, column=col,
                   kode=r.kode or None, **fields)  # type: ignore[arg-type]


def cross_document_findings(rows_by_document: Mapping[str, list[CanonicalRow]]) -> list[Finding]:
    """Findings between each OPD's Renja and its other documents of the same year."""
    renja = rows_by_document.get("renja", [])
    if not renja:
        return []
    index: dict[tuple[str, int], dict[tuple[str, str, str], _Entry]] = defaultdict(dict)
    for entry in _items(renja):
        group = index[(opd_key(entry.row.opd), entry.row.tahun)]
        for key in _keys(entry.row):
            group.setdefault(key, entry)
    out: list[Finding] = []
    for document, check in (("renja_perubahan", _check_sebelum), ("rkt", _check_masukan)):
        for entry in _items(rows_by_document.get(document, [])):
            renja_items = index.get((opd_key(entry.row.opd), entry.row.tahun))
            if renja_items is None:
                continue  # no accepted Renja of this OPD and year: nothing to compare with
            match = next((renja_items[k] for k in _keys(entry.row) if k in renja_items), None)
            if match is None:
                if entry.row.level == "sub_kegiatan":
                    r = entry.row
                    out.append(_finding("not-in-renja", r, opd=r.opd, document=_DOC_ID[document],
                                        level=_LEVEL_ID[r.level], nama=r.nama, tahun=str(r.tahun)))
                continue
            out.extend(check(entry, match))
    return out


def _renja_params(renja: CanonicalRow) -> dict[str, object]:
    return {"renja_file": renja.source_file, "renja_cell": f"{renja.sheet}!{renja.cell}", "tahun": str(renja.tahun)}


def _check_sebelum(entry: _Entry, renja: _Entry) -> list[Finding]:
    out = []
    mine, theirs = entry.pagu.get("sebelum"), renja.pagu.get("rencana")
    if mine is not None and theirs is not None and mine.value is not None and theirs.value is not None \
            and mine.value != theirs.value:
        out.append(_finding("sebelum-differs-renja", mine, opd=mine.opd, nama=mine.nama, measure="pagu",
                            raw=format_rupiah(mine.value), expected=format_rupiah(theirs.value), field="pagu_sebelum",
                            difference=format_rupiah(mine.value - theirs.value), **_renja_params(theirs)))
    tm, tt = entry.target.get("sebelum"), renja.target.get("rencana")
    if tm is not None and tt is not None and tm.value is not None and tt.value is not None \
            and (tm.value, tm.unit or tt.unit) != (tt.value, tt.unit or tm.unit):
        out.append(_finding("sebelum-differs-renja", tm, opd=tm.opd, nama=tm.nama, measure="target",
                            raw=tm.raw, expected=tt.raw or _num(tt.value), field="target_sebelum",
                            difference=_num(tm.value - tt.value), **_renja_params(tt)))
    return out


def _check_masukan(entry: _Entry, renja: _Entry) -> list[Finding]:
    mine, theirs = entry.pagu.get("rencana"), renja.pagu.get("rencana")
    if entry.row.level != "sub_kegiatan" or mine is None or theirs is None or mine.value is None \
            or theirs.value is None or mine.value == theirs.value:
        return []
    return [_finding("masukan-differs-renja", mine, opd=mine.opd, nama=mine.nama, raw=format_rupiah(mine.value),
                     expected=format_rupiah(theirs.value), difference=format_rupiah(mine.value - theirs.value),
                     field="masukan", **_renja_params(theirs))]


def _num(value: Decimal) -> str:
    return format_decimal(value)
