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
    rows: list[CanonicalRow] = []
    append = rows.append
    new = tuple.__new__  # CanonicalRow(...) without the named tuple's own __new__ (a Python call a row)
    # Rows are built with positional arguments in CANONICAL_FIELDS order (a thousand rows a file):
    # what the submission and each item share is held in locals named after the fields.
    submission_id, document, tahun = submission_id_for(sub.sha256), sub.document, sub.tahun or 0
    pemda, opd, source_file, sha256 = sub.pemda, sub.opd, sub.file_name, sub.sha256
    with_text = bool(document) and bool(_text_measure_fields(document))  # text_measures has work to do
    for item in sub.items:
        code = item.kode
        attrs = item.attrs
        kode = code.dotted if code is not None else ""  # str(code)
        first = kode.find(".")
        if first < 0:  # fewer than two segments: no bidang
            bidang = ""
        else:
            second = kode.find(".", first + 1)
            bidang = kode if second < 0 else kode[:second]
        level = item.level.label if item.level else attrs.get("tingkat", "")
        parent_kode, nama, sheet = _parent_kode(item), item.nama, item.sheet
        lokasi, sumber_dana, catatan = attrs.get("lokasi", ""), attrs.get("sumber_dana", ""), attrs.get("catatan", "")
        emitted = False
        for m in item.measures:
            append(new(CanonicalRow, (submission_id, document, tahun, pemda, opd, bidang, kode, level, parent_kode, nama,
                                    0, "", lokasi, sumber_dana, catatan, m.measure, m.period, m.scenario, m.value,
                                    m.unit or "", m.raw, source_file, sha256, sheet, a1(m.row, m.col))))
            emitted = True
        for m in text_measures(sub, item) if attrs and with_text else ():  # penanggung jawab ...: text, in ``raw``
            append(new(CanonicalRow, (submission_id, document, tahun, pemda, opd, bidang, kode, level, parent_kode, nama,
                                    0, "", lokasi, sumber_dana, catatan, m.measure, m.period, m.scenario, m.value,
                                    m.unit or "", m.raw, source_file, sha256, sheet, a1(m.row, m.col))))
            emitted = True
        for no, ind in enumerate(item.indicators, start=1):
            text = ind.text
            if not ind.targets:
                append(new(CanonicalRow, (submission_id, document, tahun, pemda, opd, bidang, kode, level, parent_kode,
                                        nama, no, text, lokasi, sumber_dana, catatan, "", "", "", None, "", "",
                                        source_file, sha256, sheet, a1(ind.row, ind.col))))
            for t in ind.targets:
                append(new(CanonicalRow, (submission_id, document, tahun, pemda, opd, bidang, kode, level, parent_kode,
                                        nama, no, text, lokasi, sumber_dana, catatan, t.measure, t.period, t.scenario,
                                        t.value, t.unit or "", t.raw, source_file, sha256, sheet, a1(t.row, t.col))))
            emitted = True
        if not emitted:
            r, c = item.cell_of("nama")
            append(new(CanonicalRow, (submission_id, document, tahun, pemda, opd, bidang, kode, level, parent_kode, nama,
                                    0, "", lokasi, sumber_dana, catatan, "", "", "", None, "", "",
                                    source_file, sha256, sheet, a1(r, c))))
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
