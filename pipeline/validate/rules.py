"""Business rules over an extracted submission: schema per row, codes, hierarchy, the official
nomenclature (when one is configured), sums, targets.

Each rule appends findings to the submission and never raises on bad input (an unusable
nomenclature file is the operator's configuration error and does raise). Sums are exact
(``Decimal``); a roll-up finding names the parent's cell, the children's cells and the exact
difference. Every finding stating a value carries it as ``raw`` and, where one is known, the value
wanted as ``expected``, for the JSON report.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import ROUND_CEILING, ROUND_FLOOR, Decimal
from pathlib import Path

from pipeline.codes import Level, parse_code
from pipeline.documents import DocumentType, document_type, period_year
from pipeline.extract.records import DATA, RowRecord
from pipeline.findings import Finding
from pipeline.findings.model import a1
from pipeline.model import Item, Measure, Submission, TotalRow
from pipeline.reference import Reference, cached_reference, fold_name, unit_key
from pipeline.validate.schema import error_fields, fast_path, iter_row_errors
from pipeline.values import ValueProblem, format_decimal, format_rupiah


@dataclass(frozen=True, slots=True)
class RuleConfig:
    maju_threshold_percent: Decimal = Decimal(50)  # forward pagu this far from year n is flagged
    # The official nomenclature, or the path of its file: a path keeps the config small to send to
    # worker processes, and each process reads the file once (``cached_reference``).
    reference: Reference | Path | None = field(default=None, compare=False)

    def nomenclature(self) -> Reference | None:
        if self.reference is None or isinstance(self.reference, Reference):
            return self.reference
        return cached_reference(self.reference)


LEVEL_ID = {
    Level.URUSAN: "urusan", Level.BIDANG: "bidang urusan", Level.PROGRAM: "program",
    Level.KEGIATAN: "kegiatan", Level.SUB_KEGIATAN: "sub kegiatan",
}
MEASURE_ID = {
    "pagu": "Pagu", "belanja_operasi": "Belanja operasi", "belanja_pegawai": "Belanja pegawai",
    "belanja_barang_jasa": "Belanja barang dan jasa", "belanja_modal": "Belanja modal",
}


def validate(sub: Submission, config: RuleConfig | None = None) -> None:
    """Run every rule for ``sub``'s document type."""
    config = config or RuleConfig()
    if not sub.document or sub.reading is None:
        return
    doc = document_type(sub.document)
    check_identity(sub)
    check_schema(sub, doc)
    check_codes(sub)
    reference = config.nomenclature()
    if reference is not None:
        check_reference(sub, doc, reference)
    check_rollups(sub)
    check_belanja(sub)
    check_totals(sub)
    check_targets(sub, config)
    if sub.document != "renja":
        from pipeline.validate.documents import check_document  # Perubahan, Evaluasi, Rencana Aksi, ...

        check_document(sub)
    dedupe(sub)


def _finding(sub: Submission, code: str, row: int | None = None, col: int | None = None,
             sheet: str | None = None, **kw: object) -> Finding:
    fields = {k: kw.pop(k) for k in ("field", "raw", "expected", "kode", "related") if k in kw}
    f = Finding(code, params=dict(kw), file=sub.file_name, sheet=sheet if sheet is not None else sub.sheet,
                row=row, column=col, **fields)  # type: ignore[arg-type]
    sub.findings.append(f)
    return f


# --- identity ---------------------------------------------------------------------------------

_YEAR = re.compile(r"(?<!\d)(20\d\d)(?!\d)")


_IDENTITY_LABELS = {
    "tahun": ("tahun dokumen", "document's year"),
    "opd": ("nama Perangkat Daerah (OPD)", "agency (OPD) name"),
    "pemda": ("nama pemerintah daerah", "pemda name"),
}


def check_identity(sub: Submission) -> None:
    """Year, pemda and OPD are known, and agree between metadata, table title and file name."""
    for fld, value in (("tahun", sub.tahun), ("opd", sub.opd), ("pemda", sub.pemda)):
        if not value:
            _finding(sub, "meta-missing", field=fld, sheet=None, field_label=_IDENTITY_LABELS[fld][0],
                     field_label_en=_IDENTITY_LABELS[fld][1])
    for fld, sources in sub.meta_sources.items():
        mine = {"tahun": str(sub.tahun or ""), "opd": sub.opd, "pemda": sub.pemda}.get(fld, "")
        for source, value in sources.items():
            if mine and value and _norm(value) != _norm(mine):
                _finding(sub, "meta-mismatch", sheet=None, field=fld, raw=value, expected=mine,
                         source_a="metadata templat", value_a=mine, source_b=source, value_b=value)
    years = set(_YEAR.findall(sub.file_name))
    if sub.tahun and years and str(sub.tahun) not in years and str(sub.tahun + 1) not in years:
        found = ", ".join(sorted(years))
        _finding(sub, "meta-mismatch", sheet=None, field="tahun", raw=found, expected=str(sub.tahun),
                 source_a="isi dokumen", value_a=str(sub.tahun), source_b="nama berkas", value_b=found)


def _norm(text: str) -> str:
    return " ".join(text.lower().split())


# --- schema -------------------------------------------------------------------------------------

_DETAIL_ID = {
    "maxLength": "teks terlalu panjang (lebih dari {v} karakter)",
    "minLength": "tidak boleh kosong",
    "enum": "harus salah satu dari: {v}",
    "const": "harus {v}",
    "type": "jenis isian salah (seharusnya {v})",
}


def record_level(rec: RowRecord) -> str:
    if rec.level_hint:
        return rec.level_hint
    if "kode" in rec.values:
        code = parse_code(rec.values["kode"])
        if code is not None and not isinstance(code, ValueProblem):
            return code.level.label
        return ""
    return "indikator"


def check_schema(sub: Submission, doc: DocumentType) -> None:
    """Every data row against the document's JSON Schema; every error, mapped to its cell."""
    assert sub.reading is not None
    col_of = sub.reading.columns
    quick = fast_path(doc)  # what iter_row_errors asks first, asked here once per row
    for rec in sub.records:
        if rec.kind != DATA:
            continue
        row = dict(rec.values)
        level = record_level(rec)
        if level:
            row["level"] = level
        if quick is not None and quick(row):
            continue  # a clean row: iter_row_errors would yield nothing
        for error in iter_row_errors(doc, row):
            if error.validator == "format":
                continue  # the extractor reported the parse problem with its precise kind
            for fld in error_fields(error, row) or [""]:
                if fld == "level":
                    continue
                col = rec.cols.get(fld) or col_of.get(fld)
                common = dict(field=fld or None, keyword=str(error.validator),
                              schema_path="/".join(str(p) for p in error.schema_path))
                if error.validator == "required":
                    _finding(sub, "required-missing", rec.row, col, kode=rec.text("kode") or None,
                             field_label=doc.label(fld), level=level.replace("_", " "), **common)
                else:
                    detail = _DETAIL_ID.get(str(error.validator), "{v}").format(v=error.validator_value)
                    _finding(sub, "schema-violation", rec.row, col, raw=str(error.instance)[:200], expected=detail,
                             field_label=doc.label(fld) if fld in doc.properties else fld, detail=detail,
                             **common)


# --- codes --------------------------------------------------------------------------------------


def check_codes(sub: Submission) -> None:
    """Duplicate codes, and each code starting with its parent's code."""
    seen: dict[str, Item] = {}
    for item in sub.items:
        if item.kode is None:
            continue
        key = str(item.kode)
        r, c = item.cell_of("kode")
        if key in seen:
            first = seen[key]
            fr, fc = first.cell_of("kode")
            _finding(sub, "code-duplicate", r, c, kode=key, field="kode", raw=item.kode_raw, nama=item.nama,
                     other_nama=first.nama, other_cell=a1(fr, fc), related=(a1(fr, fc),))
        else:
            seen[key] = item
        parent = _coded_parent(item)
        if parent is not None and parent.kode is not None and not item.kode.startswith(parent.kode):
            pr, pc = parent.cell_of("kode")
            _finding(sub, "code-hierarchy", r, c, kode=key, field="kode", raw=item.kode_raw,
                     expected=f"{parent.kode}.*",
                     level=_level_id(item.level), parent_level=_level_id(parent.level), parent=str(parent.kode),
                     related=(a1(pr, pc),))


def _coded_parent(item: Item) -> Item | None:
    p = item.parent
    while p is not None and p.kode is None:
        p = p.parent
    return p


def _level_id(level: Level | None) -> str:
    return LEVEL_ID.get(level, "baris") if level is not None else "baris"


# --- nomenclature ----------------------------------------------------------------------------------


def check_reference(sub: Submission, doc: DocumentType, reference: Reference) -> None:
    """Codes exist in the official nomenclature; names and units agree with it.

    Names and units are compared folded (case, spacing; unit spellings by their canonical unit),
    so ``Kab / Kota`` against ``KAB/KOTA`` or ``dok`` against ``Dokumen`` is not reported.
    """
    for item in sub.items:
        if item.kode is None or not reference.covers(item.level):
            continue
        entry = reference.lookup(item.kode)
        if entry is None:
            r, c = item.cell_of("kode")
            _finding(sub, "reference-unknown-code", r, c, kode=str(item.kode), field="kode", raw=item.kode_raw,
                     reference=reference.source)
            continue
        if entry.nama and item.nama and fold_name(entry.nama) != fold_name(item.nama):
            r, c = item.cell_of("nama")
            _finding(sub, "reference-name-differs", r, c, kode=str(item.kode), field="nama", raw=item.nama,
                     expected=entry.nama, nama=item.nama)
        if entry.satuan:
            _check_reference_unit(sub, doc, item, entry.satuan)


def _check_reference_unit(sub: Submission, doc: DocumentType, item: Item, satuan: str) -> None:
    """Targets in another unit than the nomenclature's; an item with one target in the right unit
    passes (its other indicators may rightly measure something else)."""
    targets = [t for ind in item.indicators for t in ind.targets if t.unit]
    wanted = unit_key(satuan)
    if not targets or any(unit_key(t.unit or "") == wanted for t in targets):
        return
    for t in targets:
        r, c, fld = _unit_cell(sub, doc, t)
        _finding(sub, "reference-unit-differs", r, c, kode=str(item.kode), field=fld, raw=t.unit_raw or t.unit,
                 expected=satuan, unit=t.unit_raw or t.unit)


def _unit_cell(sub: Submission, doc: DocumentType, target: Measure) -> tuple[int, int, str]:
    """The satuan cell of a target when the unit was written there, else the target cell itself."""
    tahun = sub.tahun or 0
    for fld in doc.columns:
        spec = doc.measure(fld) if doc.kind(fld) == "target" else None
        if spec is None or period_year(spec.period, tahun) != target.period or spec.scenario != target.scenario:
            continue
        unit_field = doc.unit_field_for(fld)
        rec = next((r for r in sub.records if r.row == target.row), None)
        if unit_field and rec is not None and rec.has(unit_field):
            return target.row, rec.cols[unit_field], unit_field
        return target.row, target.col, fld
    return target.row, target.col, "target"


# --- sums ----------------------------------------------------------------------------------------


def _periods(items: Iterable[Item], measure: str) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    for item in items:
        for m in item.measures:
            if m.measure == measure and (m.period, m.scenario) not in out:
                out.append((m.period, m.scenario))
    return out


def _measure_label(measure: str, period: str, scenario: str) -> str:
    label = f"{MEASURE_ID.get(measure, measure)} {period}"
    return label if scenario == "rencana" else f"{label} ({scenario})"


def check_rollups(sub: Submission, measures: tuple[str, ...] = ("pagu",)) -> None:
    """A parent's amount equals the sum of its direct children, for each period and scenario."""
    children: dict[int, list[Item]] = {}
    for item in sub.items:
        if item.parent is not None:
            children.setdefault(id(item.parent), []).append(item)
    for measure in measures:
        # item.measure(measure, period, scenario) of every item, looked up once: its first such measure
        first: dict[tuple[int, str, str], Measure] = {}
        for item in sub.items:
            for m in item.measures:
                if m.measure == measure:
                    first.setdefault((id(item), m.period, m.scenario), m)
        for period, scenario in _periods(sub.items, measure):
            for parent in sub.items:
                kids = children.get(id(parent))
                if not kids:
                    continue
                pm = first.get((id(parent), period, scenario))
                if pm is None or pm.value is None:
                    continue
                present: list[tuple[Item, Measure]] = []
                total = Decimal(0)  # the children's sum, added in their order
                complete = True
                for k in kids:
                    km = first.get((id(k), period, scenario))
                    if km is None:
                        continue
                    if km.value is None:
                        complete = False  # a child without a value: nothing to check
                        break
                    present.append((k, km))
                    total += km.value
                if not complete or not present:
                    continue
                if total != pm.value:
                    detail = "; ".join(f"{k.key} {format_rupiah(m.value)} ({m.cell})" for k, m in present[:12])
                    if len(present) > 12:
                        detail += f"; ... (+{len(present) - 12})"
                    _finding(sub, "rollup-mismatch", pm.row, pm.col, kode=parent.key, field=_column_field(sub, pm),
                             raw=format_rupiah(pm.value), expected=format_rupiah(total),
                             related=tuple(m.cell for _, m in present),
                             measure=_measure_label(measure, period, scenario), level=_level_id(parent.level),
                             parent_value=format_rupiah(pm.value), children_sum=format_rupiah(total),
                             difference=format_rupiah(pm.value - total), child_level=_level_id(present[0][0].level),
                             children=detail)


def check_belanja(sub: Submission) -> None:
    """operasi = pegawai + barang dan jasa; pagu = operasi + modal (where the rows are given)."""
    names = ("belanja_operasi", "belanja_pegawai", "belanja_barang_jasa", "belanja_modal", "pagu")
    owners: list[Item | TotalRow] = [*sub.items, *sub.totals]
    for owner in owners:
        ms = owner.measures
        if "belanja_operasi" not in [m.measure for m in ms]:
            continue  # both checks below need a belanja operasi: most items have no breakdown
        key = owner.key if isinstance(owner, Item) else owner.label
        by = {(m.measure, m.period, m.scenario): m for m in ms}
        for period, scenario in sorted({(m.period, m.scenario) for m in ms}):  # sorted: stable report order
            op, peg, bj, mod, pagu = (by.get((name, period, scenario)) for name in names)
            if op and peg and bj and None not in (op.value, peg.value, bj.value):
                right = peg.value + bj.value  # type: ignore[operator]
                if op.value != right:
                    _belanja(sub, key, op, "belanja operasi", "pegawai + barang dan jasa", right, (peg, bj), period)
            if pagu and op and mod and None not in (pagu.value, op.value, mod.value):
                right = op.value + mod.value  # type: ignore[operator]
                if pagu.value != right:
                    _belanja(sub, key, pagu, "pagu", "operasi + modal", right, (op, mod), period)


def _belanja(sub: Submission, key: str, left: Measure, left_label: str, right_label: str, right: Decimal,
             parts: tuple[Measure, ...], period: str) -> None:
    assert left.value is not None
    _finding(sub, "belanja-mismatch", left.row, left.col, kode=key, field=left.measure, raw=format_rupiah(left.value),
             expected=format_rupiah(right), related=tuple(p.cell for p in parts), period=period, left=left_label,
             left_value=format_rupiah(left.value), right=right_label, right_value=format_rupiah(right),
             difference=format_rupiah(left.value - right))


def check_totals(sub: Submission) -> None:
    """Each JUMLAH row against the items it closes (the highest-level items carrying the measure)."""
    previous_end = 0
    for total in sub.totals:
        start, end = previous_end, total.row
        scope = [i for i in sub.items if start < i.row < end]
        # ``ancestor in scope`` compares dataclasses field by field: asked by identity first, and
        # not at all for an item outside the rows of the scope (no item there can be equal to it).
        scope_ids = {id(i) for i in scope}
        previous_end = total.row
        for tm in total.measures:
            if tm.value is None:
                continue
            roots = []
            for item in scope:
                m = item.measure(tm.measure, tm.period, tm.scenario)
                if m is None or m.value is None:
                    continue
                ancestor = item.parent
                covered = False
                while ancestor is not None:
                    am = ancestor.measure(tm.measure, tm.period, tm.scenario)
                    if am is not None and am.value is not None and (
                            id(ancestor) in scope_ids or (start < ancestor.row < end and ancestor in scope)):
                        covered = True
                        break
                    ancestor = ancestor.parent
                if not covered:
                    roots.append(m.value)
            if not roots:
                continue
            computed = sum(roots, Decimal(0))
            if computed != tm.value:
                _finding(sub, "total-mismatch", tm.row, tm.col, field=_column_field(sub, tm), raw=format_rupiah(tm.value),
                         expected=format_rupiah(computed), label=total.label,
                         measure=_measure_label(tm.measure, tm.period, tm.scenario),
                         total=format_rupiah(tm.value), computed=format_rupiah(computed),
                         difference=format_rupiah(tm.value - computed))


# --- targets ------------------------------------------------------------------------------------


# Looked up once: an enum member is a class attribute lookup each time it is named.
_SUB_KEGIATAN = Level.SUB_KEGIATAN
_PLANNED_LEVELS = frozenset((Level.PROGRAM, Level.KEGIATAN, Level.SUB_KEGIATAN))  # pagu n and n+1 compared


def check_targets(sub: Submission, config: RuleConfig) -> None:
    hundred = Decimal(100)
    year_n, year_n1 = (str(sub.tahun), str(sub.tahun + 1)) if sub.tahun else ("", "")
    for item in sub.items:
        pagu_by_period = {m.period: m for m in item.measures if m.measure == "pagu" and m.value is not None}
        for ind in item.indicators:
            for t in ind.targets:
                if t.value is None:
                    continue
                if t.unit == "%" and t.value > hundred:
                    _finding(sub, "target-percent-over-100", t.row, t.col, kode=item.key, raw=t.raw, expected="≤ 100%",
                             field=_column_field(sub, t))
                if t.value == 0:
                    pm = pagu_by_period.get(t.period)
                    if pm is not None and pm.value and pm.value > 0:
                        _finding(sub, "target-zero-with-pagu", t.row, t.col, kode=item.key, raw=t.raw, expected="> 0",
                                 pagu=format_rupiah(pm.value), field=_column_field(sub, t))
        if not pagu_by_period:
            continue  # both checks below are about a pagu
        if item.level == _SUB_KEGIATAN:
            targeted = {t.period for ind in item.indicators for t in ind.targets}
            for period, pm in pagu_by_period.items():
                if pm.value and pm.value > 0 and period not in targeted:
                    _finding(sub, "pagu-without-target", pm.row, pm.col, kode=item.key, raw=format_rupiah(pm.value),
                             pagu=format_rupiah(pm.value), field=_column_field(sub, pm))
        if sub.tahun and item.level in _PLANNED_LEVELS:
            n = pagu_by_period.get(year_n)
            n1 = pagu_by_period.get(year_n1)
            if n and n1 and n.value and n1.value is not None:
                percent = abs(n1.value - n.value) * 100 / n.value
                if percent > config.maju_threshold_percent:
                    _finding(sub, "maju-far-from-n", n1.row, n1.col, kode=item.key, raw=format_rupiah(n1.value),
                             expected=_band(n.value, config.maju_threshold_percent),
                             maju=format_rupiah(n1.value), pagu=format_rupiah(n.value),
                             percent=format_decimal(percent.quantize(Decimal("0.1"))),
                             threshold=format_decimal(config.maju_threshold_percent), field=_column_field(sub, n1))


def _band(pagu: Decimal, threshold_percent: Decimal) -> str:
    """The forward pagu that would pass: within the threshold of year n, in whole rupiah."""
    low = (pagu * (100 - threshold_percent) / 100).quantize(Decimal(1), ROUND_CEILING)
    high = (pagu * (100 + threshold_percent) / 100).quantize(Decimal(1), ROUND_FLOOR)
    return f"{format_rupiah(max(low, Decimal(0)))} - {format_rupiah(high)}"


def _column_field(sub: Submission, m: Measure) -> str:
    """The schema field whose column holds ``m`` (``pagu_maju`` rather than ``pagu``)."""
    if sub.reading is not None:
        for fld, col in sub.reading.columns.items():
            if col == m.col:
                return fld
    return m.measure


def dedupe(sub: Submission) -> None:
    """One finding per kind and cell (the schema and the extractor may see the same problem)."""
    seen = set()
    kept = []
    for f in sub.findings:
        key = (f.code, f.sheet, f.row, f.column, f.field if f.row is None else None)
        if f.row is not None and key in seen:
            continue
        seen.add(key)
        kept.append(f)
    sub.findings[:] = kept
