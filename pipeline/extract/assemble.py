"""Turn row records into items: codes read, hierarchy placed, indicators and measures attached.

Continuation rows (no code, an indicator and target) add indicators to the item above; belanja
rows add breakdown measures; ``JUMLAH`` rows become totals to check, never data; in hand-made
tables a row of text only continues the name or indicator wrapped from the row above.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from functools import cache

from pipeline.codes import LEVEL_BY_LABEL, Code, Level, parse_code
from pipeline.documents import DocumentType, period_year
from pipeline.extract.records import BELANJA, TOTAL, RowRecord
from pipeline.findings import Finding
from pipeline.model import Indicator, Item, Measure, Submission, TotalRow
from pipeline.values import ValueProblem, cell_text, is_blank, parse_decimal, parse_rupiah, parse_target


@cache
def _kinds(doc: DocumentType) -> tuple[tuple[str, str], ...]:
    """(field, kind) in column order, worked out once per document type: read for every record."""
    return tuple((f, doc.kind(f)) for f in doc.columns)


@cache
def _of_kind(doc: DocumentType, kind: str) -> tuple[str, ...]:
    return tuple(f for f, k in _kinds(doc) if k == kind)


@dataclass(slots=True)
class Context:
    """Where findings go and what they say about their location."""

    submission: Submission
    sheet: str
    doc: DocumentType

    def add(self, code: str, row: int | None = None, col: int | None = None, **kw: object) -> Finding:
        fields = {k: kw.pop(k) for k in ("field", "raw", "expected", "kode", "related") if k in kw}
        f = Finding(code, params=dict(kw), file=self.submission.file_name, sheet=self.sheet, row=row,
                    column=col, **fields)  # type: ignore[arg-type]
        self.submission.findings.append(f)
        return f


def assemble(records: list[RowRecord], ctx: Context, *, wrapped_rows: bool, bidang: str = "") -> None:
    """Build ``ctx.submission.items`` and ``.totals`` from ``records`` (in sheet order)."""
    sub = ctx.submission
    bidang = bidang or dominant_bidang(records)
    stack: list[Item] = []
    current: Item | None = None
    total: TotalRow | None = None  # belanja rows right after a total belong to the total
    scope_start = records[0].row if records else 0
    for rec in records:
        if rec.kind == TOTAL:
            total = _total_row(rec, ctx, scope_start)
            sub.totals.append(total)
            scope_start = rec.row + 1
            current = None
            continue
        if rec.kind == BELANJA:
            if current is not None:
                _add_measures(current, rec, ctx, belanja=rec.measure)
            elif total is not None:
                total.measures.extend(_belanja_of_total(rec, ctx))
            continue
        total = None
        kode_raw = rec.values.get("kode")
        if not is_blank(kode_raw) or rec.level_hint:
            current = _new_item(rec, ctx, bidang)
            while stack and current.level is not None and stack[-1].level is not None \
                    and (stack[-1].level >= current.level or _outside_heading(current, stack[-1])):
                stack.pop()
            current.parent = stack[-1] if stack else None
            if current.level is not None:
                stack.append(current)
            sub.items.append(current)
            continue
        if current is None:
            continue  # headings before the first item ("Bidang ...") carry no data
        has_target = any(rec.has(f) for f in _of_kind(ctx.doc, "target"))
        has_money = any(rec.has(f) for f in _of_kind(ctx.doc, "rupiah"))
        if rec.has("indikator") and (has_target or not wrapped_rows):
            _add_indicator(current, rec, ctx)
            if rec.has("nama") and wrapped_rows:
                current.nama = f"{current.nama} {rec.text('nama')}"
            if has_money:
                _amounts_not_read(current, rec, ctx)
        elif wrapped_rows and not has_money and (rec.has("nama") or rec.has("indikator")):
            if rec.has("nama"):
                current.nama = f"{current.nama} {rec.text('nama')}"
            if rec.has("indikator") and current.indicators:
                last = current.indicators[-1]
                last.text = f"{last.text} {rec.text('indikator')}"
            if has_target and current.indicators:
                _add_targets(current.indicators[-1], rec, ctx)
        elif has_target and current.indicators:
            _add_targets(current.indicators[-1], rec, ctx)
            if has_money:
                _amounts_not_read(current, rec, ctx)
        elif has_money or rec.has("nama"):
            ctx.add("required-missing", rec.row, rec.cols.get("kode", 1), field="kode",
                    field_label=ctx.doc.label("kode"), level="baris", kode=rec.text("nama")[:60])


def _amounts_not_read(item: Item, rec: RowRecord, ctx: Context) -> None:
    """Amounts on an extra-indicator row belong to no measure (seed 001, 50302204: the "Belanja
    operasi" amounts printed on the second indicator row without their label): said, not guessed."""
    for fld in _of_kind(ctx.doc, "rupiah"):
        if rec.has(fld):
            ctx.add("amount-unlabelled", rec.row, rec.cols[fld], field=fld, raw=cell_text(rec.values[fld]),
                    field_label=ctx.doc.label(fld), kode=item.key)


def _outside_heading(item: Item, heading: Item) -> bool:
    """A program is not under an urusan/bidang heading of another code: OPDs serving several bidang
    (BKPSDM: 5.03 and 5.04) list every program under one heading row. Kegiatan and sub kegiatan
    keep their structural parent, so a wrong code there is reported, not silently re-parented."""
    return (item.level is not None and item.level <= Level.PROGRAM and heading.level is not None
            and heading.level < Level.PROGRAM and item.kode is not None and heading.kode is not None
            and not item.kode.startswith(heading.kode))


def dominant_bidang(records: list[RowRecord]) -> str:
    """The OPD's own bidang (``5.03``): the most common bidang among its real codes."""
    counts: Counter[str] = Counter()
    for rec in records:
        code = parse_code(rec.values.get("kode")) if "kode" in rec.values else None
        if isinstance(code, Code) and not code.has_placeholder and len(code.segments) >= 2:
            counts[".".join(code.segments[:2])] += 1
    return counts.most_common(1)[0][0] if counts else ""



def _new_item(rec: RowRecord, ctx: Context, bidang: str) -> Item:
    kode_raw = rec.values.get("kode")
    kode_col = rec.cols.get("kode", 1)
    code: Code | None = None
    level: Level | None = None
    raw_text = cell_text(kode_raw)
    if not is_blank(kode_raw):
        parsed = parse_code(kode_raw)
        if isinstance(parsed, ValueProblem):
            ctx.add(parsed.kind, rec.row, kode_col, field="kode", raw=parsed.raw)
        elif parsed is not None:
            code = parsed
            if isinstance(kode_raw, float | int):
                ctx.add("code-stored-as-number", rec.row, kode_col, field="kode", raw=raw_text,
                        kode=str(code))
            if code.has_placeholder and bidang:
                filled = code.with_bidang(bidang)
                ctx.add("code-placeholder-filled", rec.row, kode_col, field="kode", raw=raw_text,
                        kode=str(filled), bidang=bidang)
                code = filled
            level = code.level
    if level is None and rec.level_hint:
        level = LEVEL_BY_LABEL.get(rec.level_hint)  # "sasaran", "tujuan": rows above the program tree
    item = Item(row=rec.row, kode=code, kode_raw=raw_text, level=level, nama=rec.text("nama"),
                sheet=ctx.sheet, level_inferred=code is None and bool(rec.level_hint))
    if item.level_inferred:
        ctx.add("level-inferred", rec.row, rec.cols.get("nama", kode_col), raw=rec.numbering or rec.text("nama")[:40],
                level=rec.level_hint.replace("_", " "))
    for fld, col in rec.cols.items():
        item.cells[fld] = (rec.row, col)
    for fld in _of_kind(ctx.doc, "text"):
        if fld not in ("nama", "indikator") and rec.has(fld):
            item.attrs[fld] = rec.text(fld)
    if rec.has("indikator") or any(rec.has(f) for f in _of_kind(ctx.doc, "target")):
        _add_indicator(item, rec, ctx)
    _add_measures(item, rec, ctx)
    return item


def _add_indicator(item: Item, rec: RowRecord, ctx: Context) -> None:
    col = rec.cols.get("indikator", rec.cols.get("nama", 1))
    ind = Indicator(rec.text("indikator"), rec.row, col)
    item.indicators.append(ind)
    _add_targets(ind, rec, ctx)


def _add_targets(ind: Indicator, rec: RowRecord, ctx: Context) -> None:
    tahun = ctx.submission.tahun or 0
    for fld in _of_kind(ctx.doc, "target"):
        if not rec.has(fld):
            continue
        spec = ctx.doc.measure(fld)
        assert spec is not None, fld
        unit_field = ctx.doc.unit_field_for(fld)
        unit_cell = rec.values.get(unit_field) if unit_field else None
        col = rec.cols[fld]
        parsed = parse_target(rec.values[fld], unit_cell)
        if isinstance(parsed, ValueProblem):
            ctx.add(parsed.kind, rec.row, col, field=fld, raw=parsed.raw, field_label=ctx.doc.label(fld))
            ind.targets.append(Measure(spec.measure, period_year(spec.period, tahun), spec.scenario, None,
                                       parsed.raw, rec.row, col))
            continue
        if parsed is None:
            continue
        if parsed.unit is None and parsed.unit_raw and not parsed.qualifier:
            ucol = rec.cols.get(unit_field, col) if unit_field else col
            ctx.add("unit-unknown", rec.row, ucol, field=unit_field or fld, raw=parsed.unit_raw, unit=parsed.unit_raw)
        ind.targets.append(Measure(spec.measure, period_year(spec.period, tahun), spec.scenario, parsed.value,
                                   parsed.raw, rec.row, col, parsed.unit or parsed.unit_raw or None,
                                   parsed.unit_raw))


def _add_measures(item: Item, rec: RowRecord, ctx: Context, belanja: str = "") -> None:
    tahun = ctx.submission.tahun or 0
    for fld, kind in _kinds(ctx.doc):
        if kind not in ("rupiah", "number") or not rec.has(fld):
            continue
        spec = ctx.doc.measure(fld)
        assert spec is not None, fld
        col = rec.cols[fld]
        raw = rec.values[fld]
        value = parse_rupiah(raw) if kind == "rupiah" else parse_decimal(raw)
        measure = belanja or spec.measure
        if isinstance(value, ValueProblem):
            ctx.add(value.kind, rec.row, col, field=fld, raw=value.raw, field_label=ctx.doc.label(fld),
                    kode=item.key)
            value = None
        elif value is not None and value < 0:
            ctx.add("value-negative", rec.row, col, field=fld, raw=cell_text(raw), field_label=ctx.doc.label(fld),
                    kode=item.key)
        item.measures.append(Measure(measure, period_year(spec.period, tahun), spec.scenario, value,
                                     cell_text(raw), rec.row, col))


def _belanja_of_total(rec: RowRecord, ctx: Context) -> list[Measure]:
    holder = Item(row=rec.row, kode=None, kode_raw="", level=None, nama=rec.label, sheet=ctx.sheet)
    _add_measures(holder, rec, ctx, belanja=rec.measure)
    return holder.measures


def _total_row(rec: RowRecord, ctx: Context, scope_start: int) -> TotalRow:
    total = TotalRow(rec.row, rec.label, scope_start=scope_start)
    tahun = ctx.submission.tahun or 0
    for fld in _of_kind(ctx.doc, "rupiah"):
        if not rec.has(fld):
            continue
        spec = ctx.doc.measure(fld)
        assert spec is not None
        value = parse_rupiah(rec.values[fld])
        if isinstance(value, ValueProblem):
            ctx.add(value.kind, rec.row, rec.cols[fld], field=fld, raw=value.raw, field_label=ctx.doc.label(fld))
            continue
        total.measures.append(Measure(spec.measure, period_year(spec.period, tahun), spec.scenario, value,
                                      cell_text(rec.values[fld]), rec.row, rec.cols[fld]))
    return total
