"""Turn row records into items: codes read, hierarchy placed, indicators and measures attached.

Continuation rows (no code, an indicator and target) add indicators to the item above; belanja
rows add breakdown measures; ``JUMLAH`` rows become totals to check, never data; in hand-made
tables a row of text only continues the name or indicator wrapped from the row above.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from functools import cache, lru_cache

from pipeline.codes import LEVEL_BY_LABEL, Code, Level, parse_code
from pipeline.documents import DocumentType, MeasureSpec, period_year
from pipeline.extract.records import BELANJA, TOTAL, RowRecord
from pipeline.findings import Finding
from pipeline.model import Indicator, Item, Measure, Submission, TotalRow
from pipeline.values import (
    Cell,
    ValueProblem,
    cell_text,
    parse_decimal,
    parse_rupiah,
    parse_target,
)


@cache
def _kinds(doc: DocumentType) -> tuple[tuple[str, str], ...]:
    """(field, kind) in column order, worked out once per document type: read for every record."""
    return tuple((f, doc.kind(f)) for f in doc.columns)


_PROGRAM = Level.PROGRAM


@dataclass(frozen=True, slots=True)
class _Column:
    """What reading one value column of a document needs, looked up once instead of per cell."""

    field: str
    kind: str
    spec: MeasureSpec | None
    period: str  # the spec's period as a year of the submission ("" without a spec)
    unit_field: str | None  # targets: the satuan column beside it


@dataclass(frozen=True, slots=True)
class _Plan:
    """A document's value columns for one submission year, by what reading a row does with them."""

    attrs: tuple[str, ...]  # text columns kept as item attributes, in column order
    targets: tuple[_Column, ...]  # target columns, in column order
    amounts: tuple[_Column, ...]  # rupiah and number columns, in column order
    rupiah: tuple[_Column, ...]  # rupiah columns, in column order


@lru_cache(maxsize=256)
def _plan(doc: DocumentType, tahun: int) -> _Plan:
    """The document's value columns with their measure and period for year ``tahun``."""

    def column(fld: str, kind: str) -> _Column:
        spec = doc.measure(fld)
        return _Column(fld, kind, spec, period_year(spec.period, tahun) if spec else "",
                       doc.unit_field_for(fld) if kind == "target" else None)

    kinds = _kinds(doc)
    return _Plan(
        attrs=tuple(f for f, k in kinds if k == "text" and f not in ("nama", "indikator")),
        targets=tuple(column(f, k) for f, k in kinds if k == "target"),
        amounts=tuple(column(f, k) for f, k in kinds if k in ("rupiah", "number")),
        rupiah=tuple(column(f, k) for f, k in kinds if k == "rupiah"),
    )


def _filled(v: Cell) -> bool:
    """``not is_blank(v)``: ``RowRecord.has`` on a value already at hand."""
    return v is not None and (not isinstance(v, str) or bool(v.strip()))


def _text(v: Cell) -> str:
    """``RowRecord.text`` on a value already at hand."""
    return "" if v is None else " ".join(str(v).split())


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
    # The OPD's bidang fills placeholder codes (X.XX.01...): worked out when the first one comes,
    # over every record (~0.5 ms a file, and most files have none).
    known: list[str] = [bidang] if bidang else []

    def bidang_of() -> str:
        if not known:
            known.append(dominant_bidang(records))
        return known[0]

    plan = _plan(ctx.doc, sub.tahun or 0)
    stack: list[Item] = []
    current: Item | None = None
    total: TotalRow | None = None  # belanja rows right after a total belong to the total
    scope_start = records[0].row if records else 0
    for rec in records:
        if rec.kind == TOTAL:
            total = _total_row(rec, ctx, scope_start, plan)
            sub.totals.append(total)
            scope_start = rec.row + 1
            current = None
            continue
        if rec.kind == BELANJA:
            if current is not None:
                _add_measures(current, rec, ctx, plan, belanja=rec.measure)
            elif total is not None:
                total.measures.extend(_belanja_of_total(rec, ctx, plan))
            continue
        total = None
        values = rec.values
        if _filled(values.get("kode")) or rec.level_hint:
            current = _new_item(rec, ctx, bidang_of, plan)
            # (_outside_heading asked only of items at program level or above, the only ones it can be true for)
            while stack and current.level is not None and stack[-1].level is not None \
                    and (stack[-1].level >= current.level
                         or (current.level <= _PROGRAM and _outside_heading(current, stack[-1]))):
                stack.pop()
            current.parent = stack[-1] if stack else None
            if current.level is not None:
                stack.append(current)
            sub.items.append(current)
            continue
        if current is None:
            continue  # headings before the first item ("Bidang ...") carry no data
        has_target = any(_filled(values.get(c.field)) for c in plan.targets)
        has_money = any(_filled(values.get(c.field)) for c in plan.rupiah)
        has_nama, has_indikator = _filled(values.get("nama")), _filled(values.get("indikator"))
        if has_indikator and (has_target or not wrapped_rows):
            _add_indicator(current, rec, ctx, plan)
            if has_nama and wrapped_rows:
                current.nama = f"{current.nama} {rec.text('nama')}"
            if has_money:
                _amounts_not_read(current, rec, ctx, plan)
        elif wrapped_rows and not has_money and (has_nama or has_indikator):
            if has_nama:
                current.nama = f"{current.nama} {rec.text('nama')}"
            if has_indikator and current.indicators:
                last = current.indicators[-1]
                last.text = f"{last.text} {rec.text('indikator')}"
            if has_target and current.indicators:
                _add_targets(current.indicators[-1], rec, ctx, plan)
        elif has_target and current.indicators:
            _add_targets(current.indicators[-1], rec, ctx, plan)
            if has_money:
                _amounts_not_read(current, rec, ctx, plan)
        elif has_money or has_nama:
            ctx.add("required-missing", rec.row, rec.cols.get("kode", 1), field="kode",
                    field_label=ctx.doc.label("kode"), level="baris", kode=rec.text("nama")[:60])


def _amounts_not_read(item: Item, rec: RowRecord, ctx: Context, plan: _Plan) -> None:
    """Amounts on an extra-indicator row belong to no measure (seed 001, 50302204: the "Belanja
    operasi" amounts printed on the second indicator row without their label): said, not guessed."""
    for c in plan.rupiah:
        fld = c.field
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
        code = parse_code(rec.values["kode"]) if "kode" in rec.values else None
        if isinstance(code, Code) and not code.has_placeholder:
            dotted = code.dotted  # its first two segments, when it has two or more
            first = dotted.find(".")
            if first >= 0:
                second = dotted.find(".", first + 1)
                counts[dotted if second < 0 else dotted[:second]] += 1
    return counts.most_common(1)[0][0] if counts else ""


def _new_item(rec: RowRecord, ctx: Context, bidang_of: Callable[[], str], plan: _Plan) -> Item:
    values, cols, row = rec.values, rec.cols, rec.row
    kode_raw = values.get("kode")
    kode_col = cols.get("kode", 1)
    code: Code | None = None
    level: Level | None = None
    raw_text = cell_text(kode_raw)
    # _filled and _text are written out in this function: it runs once per item
    if kode_raw is not None and (not isinstance(kode_raw, str) or kode_raw.strip()):
        parsed = parse_code(kode_raw)
        if isinstance(parsed, ValueProblem):
            ctx.add(parsed.kind, row, kode_col, field="kode", raw=parsed.raw)
        elif parsed is not None:
            code = parsed
            if isinstance(kode_raw, (float, int)):  # a tuple: faster than float | int
                ctx.add("code-stored-as-number", row, kode_col, field="kode", raw=raw_text,
                        kode=str(code))
            if code.has_placeholder and (bidang := bidang_of()):
                filled = code.with_bidang(bidang)
                ctx.add("code-placeholder-filled", row, kode_col, field="kode", raw=raw_text,
                        kode=str(filled), bidang=bidang)
                code = filled
            level = code.level
    if level is None and rec.level_hint:
        level = LEVEL_BY_LABEL.get(rec.level_hint)  # "sasaran", "tujuan": rows above the program tree
    nama_raw = values.get("nama")
    nama = "" if nama_raw is None else " ".join(str(nama_raw).split())
    item = Item(row, code, raw_text, level, nama, ctx.sheet, code is None and bool(rec.level_hint), cols=cols)
    if item.level_inferred:
        ctx.add("level-inferred", row, cols.get("nama", kode_col), raw=rec.numbering or nama[:40],
                level=rec.level_hint.replace("_", " "))
    attrs = item.attrs
    for fld in plan.attrs:
        v = values.get(fld)
        if v is not None and (not isinstance(v, str) or v.strip()):
            attrs[fld] = " ".join(str(v).split())
    indikator = values.get("indikator")
    if (indikator is not None and (not isinstance(indikator, str) or indikator.strip())) \
            or any(_filled(values.get(c.field)) for c in plan.targets):
        # _add_indicator
        ind = Indicator("" if indikator is None else " ".join(str(indikator).split()), row,
                        cols.get("indikator", cols.get("nama", 1)))
        item.indicators.append(ind)
        _add_targets(ind, rec, ctx, plan)
    _add_measures(item, rec, ctx, plan)
    return item


def _add_indicator(item: Item, rec: RowRecord, ctx: Context, plan: _Plan) -> None:
    cols = rec.cols
    col = cols.get("indikator", cols.get("nama", 1))
    ind = Indicator(_text(rec.values.get("indikator")), rec.row, col)
    item.indicators.append(ind)
    _add_targets(ind, rec, ctx, plan)


def _add_targets(ind: Indicator, rec: RowRecord, ctx: Context, plan: _Plan) -> None:
    values, row = rec.values, rec.row
    for c in plan.targets:
        raw = values.get(c.field)
        if raw is None or (isinstance(raw, str) and not raw.strip()):
            continue
        fld, spec, unit_field = c.field, c.spec, c.unit_field
        assert spec is not None, fld
        unit_cell = values.get(unit_field) if unit_field else None
        col = rec.cols[fld]
        parsed = parse_target(raw, unit_cell)
        if isinstance(parsed, ValueProblem):
            ctx.add(parsed.kind, row, col, field=fld, raw=parsed.raw, field_label=ctx.doc.label(fld))
            ind.targets.append(Measure(spec.measure, c.period, spec.scenario, None, parsed.raw, row, col))
            continue
        if parsed is None:
            continue
        if parsed.unit is None and parsed.unit_raw and not parsed.qualifier:
            ucol = rec.cols.get(unit_field, col) if unit_field else col
            ctx.add("unit-unknown", row, ucol, field=unit_field or fld, raw=parsed.unit_raw, unit=parsed.unit_raw)
        ind.targets.append(Measure(spec.measure, c.period, spec.scenario, parsed.value, parsed.raw, row, col,
                                   parsed.unit or parsed.unit_raw or None, parsed.unit_raw))


def _add_measures(item: Item, rec: RowRecord, ctx: Context, plan: _Plan, belanja: str = "") -> None:
    values, row = rec.values, rec.row
    for c in plan.amounts:
        raw = values.get(c.field)
        if raw is None or (isinstance(raw, str) and not raw.strip()):
            continue
        fld, spec = c.field, c.spec
        assert spec is not None, fld
        col = rec.cols[fld]
        value: Decimal | ValueProblem | None
        if raw.__class__ is float and raw.is_integer():  # type: ignore[union-attr]
            # Most amounts: a whole float reads the same as money and as a number, and shows as
            # its integer (parse_rupiah / parse_decimal and cell_text, without the calls).
            whole = int(raw)  # type: ignore[arg-type]
            value, text = Decimal(whole), str(whole)
        else:
            value = parse_rupiah(raw) if c.kind == "rupiah" else parse_decimal(raw)
            text = cell_text(raw)
        measure = belanja or spec.measure
        if isinstance(value, ValueProblem):
            ctx.add(value.kind, row, col, field=fld, raw=value.raw, field_label=ctx.doc.label(fld),
                    kode=item.key)
            value = None
        elif value is not None and value < 0:
            ctx.add("value-negative", row, col, field=fld, raw=text, field_label=ctx.doc.label(fld), kode=item.key)
        item.measures.append(Measure(measure, c.period, spec.scenario, value, text, row, col))


def _belanja_of_total(rec: RowRecord, ctx: Context, plan: _Plan) -> list[Measure]:
    holder = Item(row=rec.row, kode=None, kode_raw="", level=None, nama=rec.label, sheet=ctx.sheet)
    _add_measures(holder, rec, ctx, plan, belanja=rec.measure)
    return holder.measures


def _total_row(rec: RowRecord, ctx: Context, scope_start: int, plan: _Plan) -> TotalRow:
    total = TotalRow(rec.row, rec.label, scope_start=scope_start)
    for c in plan.rupiah:
        fld, spec = c.field, c.spec
        if not rec.has(fld):
            continue
        assert spec is not None
        value = parse_rupiah(rec.values[fld])
        if isinstance(value, ValueProblem):
            ctx.add(value.kind, rec.row, rec.cols[fld], field=fld, raw=value.raw, field_label=ctx.doc.label(fld))
            continue
        total.measures.append(Measure(spec.measure, c.period, spec.scenario, value,
                                      cell_text(rec.values[fld]), rec.row, rec.cols[fld]))
    return total
