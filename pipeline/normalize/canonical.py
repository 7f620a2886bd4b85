"""Flatten a submission into canonical rows: one row per value, with its source cell.

The same table holds every document type: what differs between Renja, its revision, the
evaluation or the action plan is only the measure / period / scenario of each value.
"""

from __future__ import annotations

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
            kode=kode, level=item.level.label if item.level else "", parent_kode=_parent_kode(item), nama=item.nama,
            lokasi=item.attrs.get("lokasi", ""), sumber_dana=item.attrs.get("sumber_dana", ""),
            catatan=item.attrs.get("catatan", ""), source_file=sub.file_name, sha256=sub.sha256, sheet=item.sheet,
        )
        emitted = False
        for m in item.measures:
            rows.append(_row(base, 0, "", m))
            emitted = True
        for no, ind in enumerate(item.indicators, start=1):
            if not ind.targets:
                rows.append(CanonicalRow(**base, indikator_no=no, indikator=ind.text, measure="", period="",  # type: ignore[arg-type]
                                         scenario="", value=None, unit="", raw="", cell=_cell(ind.row, ind.col)))
            for t in ind.targets:
                rows.append(_row(base, no, ind.text, t))
            emitted = True
        if not emitted:
            r, c = item.cell_of("nama")
            rows.append(CanonicalRow(**base, indikator_no=0, indikator="", measure="", period="", scenario="",  # type: ignore[arg-type]
                                     value=None, unit="", raw="", cell=_cell(r, c)))
    return rows


def _row(base: dict[str, object], no: int, indikator: str, m: Measure) -> CanonicalRow:
    return CanonicalRow(**base, indikator_no=no, indikator=indikator, measure=m.measure,  # type: ignore[arg-type]
                        period=m.period, scenario=m.scenario, value=m.value, unit=m.unit or "", raw=m.raw,
                        cell=m.cell)


def _parent_kode(item: Item) -> str:
    p = item.parent
    while p is not None and p.kode is None:
        p = p.parent
    return str(p.kode) if p is not None and p.kode is not None else ""


def _cell(row: int, col: int) -> str:
    from pipeline.findings.model import a1

    return a1(row, col)
