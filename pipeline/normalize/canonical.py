"""Flatten a submission into canonical rows: one row per value, with its source cell.

The same table holds every document type: what differs between Renja, its revision, the
evaluation or the action plan is only the measure / period / scenario of each value.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import cache

from pipeline.documents import MeasureSpec, document_type, period_year
from pipeline.findings.model import a1
from pipeline.model import CanonicalRow, Item, Measure, Submission


def submission_id_for(sha256: str) -> str:
    """A submission is its content: the first 16 hex digits of the file's sha256."""
    return sha256[:16]


def canonical_rows(sub: Submission) -> list[CanonicalRow]:
    sid = submission_id_for(sub.sha256)
    rows: list[CanonicalRow] = []
    tahun = sub.tahun or 0
    for item in sub.items:
        kode = str(item.kode) if item.kode else ""
        base = dict(
            submission_id=sid, document=sub.document, tahun=tahun, pemda=sub.pemda, opd=sub.opd,
            bidang=".".join(item.kode.segments[:2]) if item.kode and len(item.kode.segments) >= 2 else "",
            kode=kode, level=item.level.label if item.level else item.attrs.get("tingkat", ""),
            parent_kode=_parent_kode(item), nama=item.nama,
            lokasi=item.attrs.get("lokasi", ""), sumber_dana=item.attrs.get("sumber_dana", ""),
            catatan=item.attrs.get("catatan", ""), source_file=sub.file_name, sha256=sub.sha256, sheet=item.sheet,
        )
        emitted = False
        for m in item.measures:
            rows.append(_row(base, 0, "", m))
            emitted = True
        for m in text_measures(sub, item):  # penanggung jawab ...: a text value, kept in ``raw``
            rows.append(_row(base, 0, "", m))
            emitted = True
        for no, ind in enumerate(item.indicators, start=1):
            if not ind.targets:
                rows.append(CanonicalRow(**base, indikator_no=no, indikator=ind.text, measure="", period="",  # type: ignore[arg-type]
                                         scenario="", value=None, unit="", raw="", cell=a1(ind.row, ind.col)))
            for t in ind.targets:
                rows.append(_row(base, no, ind.text, t))
            emitted = True
        if not emitted:
            r, c = item.cell_of("nama")
            rows.append(CanonicalRow(**base, indikator_no=0, indikator="", measure="", period="", scenario="",  # type: ignore[arg-type]
                                     value=None, unit="", raw="", cell=a1(r, c)))
    return rows


def text_measures(sub: Submission, item: Item) -> list[Measure]:
    """Text columns the schema gives an ``x-measure`` (Rencana Aksi's penanggung jawab): one value
    each, ``value`` empty and the text in ``raw``, so the long table holds them with their cell."""
    if not item.attrs or not sub.document:
        return []
    out = []
    for fld, spec in _text_measure_fields(sub.document):
        if fld in item.attrs:
            r, c = item.cell_of(fld)
            out.append(Measure(spec.measure, period_year(spec.period, sub.tahun or 0), spec.scenario, None,
                               item.attrs[fld], r, c))
    return out


@cache
def _text_measure_fields(document: str) -> tuple[tuple[str, MeasureSpec], ...]:
    try:
        doc = document_type(document)
    except FileNotFoundError:
        return ()
    return tuple((f, spec) for f in doc.columns if doc.kind(f) == "text" and (spec := doc.measure(f)) is not None)


def _row(base: dict[str, object], no: int, indikator: str, m: Measure) -> CanonicalRow:
    return CanonicalRow(**base, indikator_no=no, indikator=indikator, measure=m.measure,  # type: ignore[arg-type]
                        period=m.period, scenario=m.scenario, value=m.value, unit=m.unit or "", raw=m.raw,
                        cell=m.cell)


def _parent_kode(item: Item) -> str:
    p = item.parent
    while p is not None and p.kode is None:
        p = p.parent
    return str(p.kode) if p is not None and p.kode is not None else ""


def item_groups(rows: Iterable[CanonicalRow]) -> Iterator[list[CanonicalRow]]:
    """The canonical rows of each item, in the order they were written: consecutive rows of one
    submission with the same code, level and name; a value seen twice, or an indicator number going
    back, starts the next item, so two uncoded, unnamed items in a row stay two."""
    group: list[CanonicalRow] = []
    ident: tuple[str, str, str, str] | None = None
    seen: set[tuple[int, str, str, str]] = set()
    last_no = 0
    for r in rows:
        key = (r.indikator_no, r.measure, r.period, r.scenario)
        rid = (r.submission_id, r.kode, r.level, r.nama)
        if group and (rid != ident or key in seen or r.indikator_no < last_no):
            yield group
            group, seen = [], set()
        group.append(r)
        ident, last_no = rid, r.indikator_no
        seen.add(key)
    if group:
        yield group
