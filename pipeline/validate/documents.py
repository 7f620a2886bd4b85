"""Rules of the document types other than Renja, run by ``rules.validate`` after the shared ones.

The shared rules already apply to every type through its schema: schema per row, codes, roll-ups
of ``pagu`` for each (period, scenario) (Renja Perubahan sebelum and setelah, Review Ranwal ranwal
and hasil, RKT masukan), JUMLAH rows, targets. What each type adds:

* ``renja_perubahan``: the difference column = setelah - sebelum; a sub kegiatan listed in two
  sasaran blocks is reported (once, as information, when both say the same; as a warning at each
  value that differs), and is not a duplicate code.
* ``evaluasi_renja``: the computed columns against the formula their header states (``8=(7/6)``,
  ``10=(5+7+9)``, ``11=(10/4)``), read from the labels when the table has them, else T-C.29's.
* ``rencana_aksi``: the quarterly targets against the annual target by the kind of the unit.
* ``review_ranwal``: every target, pagu and text the hasil analisis changes from the rancangan awal.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

from pipeline.codes import Level
from pipeline.documents import DocumentType, document_type, period_year
from pipeline.findings import Finding
from pipeline.model import Indicator, Item, Measure, Submission
from pipeline.reference import fold_name
from pipeline.values import format_decimal, format_rupiah, unit_table

LEVEL_TEXT = {"program": "program", "kegiatan": "kegiatan", "sub_kegiatan": "sub kegiatan"}
MIN_TOLERANCE = Decimal("0.01")


def check_document(sub: Submission) -> None:
    check = CHECKS.get(sub.document)
    if check is not None:
        check(sub, document_type(sub.document))


def _add(sub: Submission, code: str, m_or_cell: Measure | tuple[int, int] | None, **kw: object) -> None:
    fields = {k: kw.pop(k) for k in ("field", "raw", "expected", "kode", "related") if k in kw}
    row: int | None
    col: int | None
    if isinstance(m_or_cell, Measure):
        row, col = m_or_cell.row, m_or_cell.col
    elif m_or_cell is not None:
        row, col = m_or_cell
    else:
        row = col = None
    sub.findings.append(Finding(code, params=dict(kw), file=sub.file_name, sheet=sub.sheet, row=row, column=col,
                                **fields))  # type: ignore[arg-type]


def _level(item: Item) -> str:
    return item.level.label if item.level is not None else item.attrs.get("tingkat", "")


def _field_at(sub: Submission, col: int, default: str) -> str:
    if sub.reading is not None:
        for f, c in sub.reading.columns.items():
            if c == col:
                return f
    return default


# --- Renja / RKT Perubahan -----------------------------------------------------------------------------


def check_perubahan(sub: Submission, doc: DocumentType) -> None:
    tahun = str(sub.tahun or 0)
    # a negative difference is a decrease, not an error; the difference column is checked row by row
    # against setelah - sebelum, so its roll-up (which follows from those) is not reported again
    sub.findings[:] = [f for f in sub.findings if not (f.code in ("value-negative", "rollup-mismatch", "total-mismatch")
                                                       and f.field == "pagu_selisih")]
    for item in sub.items:
        before, after, diff = (item.measure("pagu", tahun, s) for s in ("sebelum", "setelah", "selisih"))
        if before and after and diff and None not in (before.value, after.value, diff.value):
            expected = after.value - before.value  # type: ignore[operator]
            if diff.value != expected:
                _add(sub, "perubahan-selisih-mismatch", diff, kode=item.key, field="pagu_selisih",
                     raw=format_rupiah(diff.value), expected=format_rupiah(expected),
                     setelah=format_rupiah(after.value), sebelum=format_rupiah(before.value),
                     related=(before.cell, after.cell))
    _repeated_items(sub)


def item_identity(item: Item) -> tuple[str, str]:
    """What makes two rows the same program / kegiatan / sub kegiatan: the code, else the name."""
    if item.kode is not None:
        return ("kode", str(item.kode))
    return (_level(item), fold_name(item.nama))


def _repeated_items(sub: Submission) -> None:
    """Seed 000 lists sub kegiatan under two sasaran: the consolidation counts each once."""
    first: dict[tuple[str, str], Item] = {}
    repeated_codes: set[tuple[str, int | None]] = set()
    for item in sub.items:
        if item.level != Level.SUB_KEGIATAN or not item.nama:
            continue
        key = item_identity(item)
        seen = first.get(key)
        if seen is None:
            first[key] = item
            continue
        if item.kode is not None and fold_name(item.nama) == fold_name(seen.nama):
            repeated_codes.add((str(item.kode), item.cell_of("kode")[0]))
        r, c = seen.cell_of("nama")
        from pipeline.findings.model import a1

        differs = False
        for m in item.measures:
            other = seen.measure(m.measure, m.period, m.scenario)
            if other is not None and other.value != m.value:
                differs = True
                _add(sub, "perubahan-repeated-differs", m, kode=item.key, level="sub kegiatan", nama=item.nama,
                     measure=f"{m.measure} {m.scenario}", raw=format_rupiah(m.value),
                     expected=format_rupiah(other.value), first_cell=other.cell, related=(other.cell,),
                     field=_field_at(sub, m.col, m.measure))
        if not differs:
            ir, ic = item.cell_of("nama")
            _add(sub, "perubahan-repeated", (ir, ic), kode=item.key, level="sub kegiatan", nama=item.nama,
                 first_cell=a1(r, c), related=(a1(r, c),))
    if repeated_codes:  # the same code for the same sub kegiatan in two blocks is not a duplicate code
        sub.findings[:] = [f for f in sub.findings
                           if not (f.code == "code-duplicate" and (f.kode, f.row) in repeated_codes)]


# --- Evaluasi Renja (T-C.29) -------------------------------------------------------------------------------


def _formulas(sub: Submission, doc: DocumentType) -> dict[str, tuple[str, list[str], str]]:
    from pipeline.extract.readers.finish import formulas_of

    found = formulas_of(sub)
    for fld, prop in doc.properties.items():
        spec = prop.get("x-formula")
        if spec and fld not in found:
            op, _, operands = str(spec).partition(":")
            found[fld] = (op, operands.split(","), "")
    return found


def _decimals(raw: str) -> int:
    """Digits after the decimal comma (or point) of the number a cell shows: ``98,8%`` -> 1."""
    text = raw.strip().split()[0].rstrip("%") if raw.strip() else ""
    for sep in (",", "."):
        if sep in text:
            whole, _, frac = text.rpartition(sep)
            if frac.isdigit() and not (sep == "." and len(frac) == 3 and "," not in text):
                return len(frac)
    return 0


def check_evaluasi(sub: Submission, doc: DocumentType) -> None:
    formulas = _formulas(sub, doc)
    tahun = sub.tahun or 0
    spec_of = {f: doc.measure(f) for f in doc.columns if doc.measure(f) is not None}
    number_of = {}
    for fld, (_, _, label) in formulas.items():
        if label:
            target_no, _, expr = label.partition("=")
            number_of[fld] = target_no.strip()
            import re as _re

            nums = _re.findall(r"\d+", expr)
            for operand, no in zip(formulas[fld][1], nums, strict=False):
                number_of.setdefault(operand, no)
    for item in sub.items:
        for ind in item.indicators:
            by_field: dict[str, Measure] = {}
            for fld, spec in spec_of.items():
                assert spec is not None
                period = period_year(spec.period, tahun)
                m = next((t for t in ind.targets if (t.measure, t.period, t.scenario) == (spec.measure, period,
                                                                                         spec.scenario)), None)
                if m is not None:
                    by_field[fld] = m
            for fld, (op, operands, label) in formulas.items():
                _check_formula(sub, doc, item, by_field, fld, op, operands, label, number_of)


def _check_formula(sub: Submission, doc: DocumentType, item: Item, by_field: dict[str, Measure], fld: str, op: str,
                   operands: list[str], label: str, number_of: dict[str, str]) -> None:
    printed = by_field.get(fld)
    if printed is None or printed.value is None:
        return
    parts = [by_field.get(o) for o in operands]
    if any(p is None or p.value is None for p in parts):
        return
    values = [p.value for p in parts if p is not None and p.value is not None]
    name = label or f"{doc.label(fld)}"

    def term(o: str, m: Measure) -> str:
        no = number_of.get(o)
        return f"({no}) {m.raw}" if no else f"{doc.label(o)} {m.raw}"

    kode = item.key if item.kode is not None else (item.kode_raw or item.nama[:40])
    if op == "ratio":
        expression = f"{term(operands[0], parts[0])} / {term(operands[1], parts[1])}"  # type: ignore[arg-type]
        if values[1] == 0:
            _add(sub, "formula-undefined", printed, kode=kode, label=name, raw=printed.raw, expression=expression,
                 field=fld, related=tuple(p.cell for p in parts if p is not None))
            return
        expected = values[0] / values[1]
        if printed.unit == "%" or "%" in doc.label(fld):
            expected *= 100
            expression += " × 100"
    else:
        expected = sum(values, Decimal(0))
        expression = " + ".join(term(o, p) for o, p in zip(operands, parts, strict=True) if p is not None)
    tolerance = max(Decimal(5) / Decimal(10) ** (_decimals(printed.raw) + 1), MIN_TOLERANCE)
    difference = printed.value - expected
    if abs(difference) > tolerance:
        _add(sub, "formula-mismatch", printed, kode=kode, label=name, raw=printed.raw, field=fld,
             expression=expression, expected=_round(expected), difference=_round(difference),
             tolerance=format_decimal(tolerance).replace(".", ","),
             related=tuple(p.cell for p in parts if p is not None))


def _round(value: Decimal) -> str:
    return format_decimal(value.quantize(Decimal("0.01"))).replace(".", ",")


# --- Rencana Aksi ---------------------------------------------------------------------------------------


def unit_kind(unit: str | None) -> str:
    """``count`` / ``percent`` / ``index`` from pipeline/data/satuan.csv; ``""`` when not listed."""
    if not unit:
        return ""
    for sat in unit_table().values():
        if sat.name == unit:
            return sat.kind
    return ""


_KIND_ID = {"count": "satuan jumlah", "percent": "persen", "index": "indeks", "": "satuan tidak dikenal"}


def check_rencana_aksi(sub: Submission, doc: DocumentType) -> None:
    tahun = str(sub.tahun or 0)
    for item in sub.items:
        for ind in item.indicators:
            annual = next((t for t in ind.targets if t.measure == "target" and t.period == tahun), None)
            quarters = [next((t for t in ind.targets if t.period == f"{tahun}-TW{k}"), None) for k in range(1, 5)]
            given = [q for q in quarters if q is not None and q.value is not None]
            if annual is None or annual.value is None or not given:
                continue
            _check_quarters(sub, item, ind, annual, quarters, given)


def _check_quarters(sub: Submission, item: Item, ind: Indicator, annual: Measure, quarters: list[Measure | None],
                    given: list[Measure]) -> None:
    assert annual.value is not None
    if len(given) == 4 and all(q.value == annual.value for q in given):
        return  # the same level every quarter (a stock: "49 orang/bulan", "100%")
    kind = unit_kind(annual.unit) or next((unit_kind(q.unit) for q in given if unit_kind(q.unit)), "")
    total = sum((q.value for q in given if q.value is not None), Decimal(0))
    nonzero = [q for q in given if q.value]
    last = nonzero[-1] if nonzero else given[-1]
    assert last.value is not None
    listed = " + ".join(f"TW {'I II III IV'.split()[i]} {q.raw}" for i, q in enumerate(quarters) if q is not None)
    if kind == "count":
        if total == annual.value:
            return
        rule, computed = "jumlah TW I-IV", total
    elif kind in ("percent", "index"):
        if last.value == annual.value or all(q.value is not None and q.value <= annual.value for q in given):
            return
        rule, computed = "TW terakhir yang terisi", last.value
        listed = ", ".join(f"TW {'I II III IV'.split()[i]} {q.raw}" for i, q in enumerate(quarters) if q is not None)
    else:
        if total == annual.value or last.value == annual.value:
            return
        rule, computed = "jumlah TW I-IV maupun TW terakhir", total
    _add(sub, "quarter-sum-mismatch", annual, kode=item.key if item.kode else item.nama[:60], field="target",
         expected=annual.raw, raw=annual.raw, unit_kind=_KIND_ID[kind], rule=rule, quarters=listed,
         computed=format_decimal(computed), difference=format_decimal(computed - annual.value),
         related=tuple(q.cell for q in given))


# --- Review Ranwal -------------------------------------------------------------------------------------


def check_review_ranwal(sub: Submission, doc: DocumentType) -> None:
    tahun = str(sub.tahun or 0)
    for item in sub.items:
        kode = item.key if item.kode else ""
        ranwal, hasil = item.measure("pagu", tahun, "ranwal"), item.measure("pagu", tahun, "hasil")
        if ranwal and hasil and ranwal.value is not None and hasil.value is not None and ranwal.value != hasil.value:
            _add(sub, "ranwal-pagu-changed", hasil, kode=kode, nama=item.nama, field="pagu_hasil",
                 raw=format_rupiah(hasil.value), expected=format_rupiah(ranwal.value),
                 difference=format_rupiah(hasil.value - ranwal.value), related=(ranwal.cell,))
        for ind in item.indicators:
            a = next((t for t in ind.targets if t.scenario == "ranwal"), None)
            b = next((t for t in ind.targets if t.scenario == "hasil"), None)
            if a and b and (a.value, a.unit or "") != (b.value, b.unit or ""):
                _add(sub, "ranwal-target-changed", b, kode=kode, nama=item.nama, field="target_hasil", raw=b.raw,
                     expected=a.raw, related=(a.cell,))
        for mine, theirs in (("nama", "nama_hasil"), ("lokasi", "lokasi_hasil"), ("indikator", "indikator_hasil")):
            other = item.attrs.get(theirs)
            if not other:
                continue
            own = item.nama if mine == "nama" else (item.indicators[0].text if mine == "indikator" and item.indicators
                                                    else item.attrs.get(mine, ""))
            if fold_name(own) != fold_name(other):
                _add(sub, "ranwal-text-changed", item.cell_of(theirs), field=theirs, raw=other[:200],
                     expected=own[:200], field_label=doc.label(mine).lower(), kode=kode or None)


CHECKS: dict[str, Callable[[Submission, DocumentType], None]] = {
    "renja_perubahan": check_perubahan,
    "evaluasi_renja": check_evaluasi,
    "rencana_aksi": check_rencana_aksi,
    "review_ranwal": check_review_ranwal,
}
