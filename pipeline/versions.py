"""Versions of an OPD's submission: the history, and what changed from one version to the next.

A version is a submission of one OPD for one document, pemda and year; the store keeps them all
(``superseded`` ones too). Two versions are compared on their canonical rows, matched by
kode + indicator + measure + period + scenario: rows added, removed and changed, and the pagu of
every program and in total. The comparison goes into the feedback workbook of a new accepted
version (sheet "Perubahan"), and ``python -m pipeline diff`` shows it.

The feedback sheet is added in the run's parent process when the file is committed (in arrival
order), not in the worker: only then is the previous version certain to be in the store, even
when both versions arrive in the same run, and workers stay without a database connection.
"""

from __future__ import annotations

import logging
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

from pipeline.model import CanonicalRow
from pipeline.store import Store, StoredRows, SubmissionRecord
from pipeline.store.db import opd_key
from pipeline.values import format_decimal, format_rupiah

log = logging.getLogger(__name__)

Key = tuple[str, str, str, str, str, int]  # kode, indicator (folded), measure, period, scenario, occurrence

_LABELS = {
    "id": {"kind": "Jenis", "kode": "Kode", "nama": "Nama", "indikator": "Indikator", "measure": "Ukuran",
           "period": "Periode", "before": "Sebelum", "after": "Sesudah", "delta": "Selisih",
           "against": "Dibandingkan dengan versi", "total": "Total pagu", "program": "Pagu program",
           "added": "Ditambah", "removed": "Dihapus", "changed": "Berubah", "none": "Tidak ada perubahan isi",
           "rows": "Baris ditambah {added}, dihapus {removed}, berubah {changed}", "received": "diterima"},
    "en": {"kind": "Change", "kode": "Code", "nama": "Name", "indikator": "Indicator", "measure": "Measure",
           "period": "Period", "before": "Before", "after": "After", "delta": "Difference",
           "against": "Compared with version", "total": "Total pagu", "program": "Program pagu",
           "added": "Added", "removed": "Removed", "changed": "Changed", "none": "No change in content",
           "rows": "Rows added {added}, removed {removed}, changed {changed}", "received": "received"},
}


@dataclass(slots=True)
class RowChange:
    kind: str  # added / removed / changed
    kode: str
    level: str
    nama: str
    indikator: str
    measure: str
    period: str
    scenario: str
    before: str
    after: str
    cell: str  # in the newer version (the older one's for removed rows)
    delta: str = ""  # after - before, when both are numbers in the same unit

    def to_dict(self) -> dict[str, str]:
        return {k: getattr(self, k) for k in self.__slots__}  # type: ignore[attr-defined]


@dataclass(slots=True)
class PaguChange:
    kode: str  # "" for the total
    nama: str
    period: str
    scenario: str
    before: Decimal
    after: Decimal

    @property
    def delta(self) -> Decimal:
        return self.after - self.before

    def to_dict(self) -> dict[str, str]:
        return {"kode": self.kode, "nama": self.nama, "period": self.period, "scenario": self.scenario,
                "before": str(self.before), "after": str(self.after), "delta": str(self.delta)}


@dataclass
class VersionDiff:
    old: SubmissionRecord
    new: SubmissionRecord
    changes: list[RowChange] = field(default_factory=list)
    programs: list[PaguChange] = field(default_factory=list)  # every program of either version
    totals: list[PaguChange] = field(default_factory=list)  # per period and scenario

    def count(self, kind: str) -> int:
        return sum(1 for c in self.changes if c.kind == kind)

    def to_dict(self) -> dict[str, Any]:
        return {"old": _ref(self.old), "new": _ref(self.new),
                "counts": {k: self.count(k) for k in ("added", "removed", "changed")},
                "pagu_total": [t.to_dict() for t in self.totals],
                "pagu_program": [p.to_dict() for p in self.programs],
                "rows": [c.to_dict() for c in self.changes]}

    def table(self, lang: str = "id") -> list[list[str]]:
        """The "Perubahan" sheet: header, the versions compared, pagu totals and programs, rows."""
        lab = _LABELS["en" if lang == "en" else "id"]
        out = [[lab["kind"], lab["kode"], lab["nama"], lab["indikator"], lab["measure"], lab["period"],
                lab["before"], lab["after"], lab["delta"]]]
        out.append([lab["against"], self.old.sha256[:8], self.old.file_name, "", "", "",
                    f"{lab['received']} {self.old.received_at[:19].replace('T', ' ')}", "", ""])
        for p in self.totals:
            out.append([lab["total"], "", "", "", "pagu", _period(p), format_rupiah(p.before),
                        format_rupiah(p.after), _signed(p.delta)])
        for p in self.programs:
            if p.delta:
                out.append([lab["program"], p.kode, p.nama, "", "pagu", _period(p), format_rupiah(p.before),
                            format_rupiah(p.after), _signed(p.delta)])
        for c in self.changes:
            out.append([lab[c.kind], c.kode, c.nama, c.indikator, c.measure, _period(c), c.before, c.after, c.delta])
        if not self.changes and not any(p.delta for p in self.totals):
            out.append([lab["none"], "", "", "", "", "", "", "", ""])
        return out

    def text(self, lang: str = "id") -> str:
        lab = _LABELS["en" if lang == "en" else "id"]
        lines = [f"{_ref_text(self.old, lab)}  ->  {_ref_text(self.new, lab)}"]
        for p in self.totals:
            lines.append(f"{lab['total']} {_period(p)}: {format_rupiah(p.before)} -> {format_rupiah(p.after)} "
                         f"({_signed(p.delta)})")
        for p in self.programs:
            if p.delta:
                lines.append(f"  {lab['program']} {p.kode} {_period(p)}: {format_rupiah(p.before)} -> "
                             f"{format_rupiah(p.after)} ({_signed(p.delta)})  {p.nama}")
        lines.append(lab["rows"].format(added=self.count("added"), removed=self.count("removed"),
                                        changed=self.count("changed")))
        mark = {"added": "+", "removed": "-", "changed": "~"}
        for c in self.changes:
            what = " ".join(x for x in (c.kode, c.measure, _period(c)) if x)
            ind = f" [{c.indikator}]" if c.indikator else ""
            value = c.after if c.kind == "added" else c.before if c.kind == "removed" else f"{c.before} -> {c.after}"
            lines.append(f"  {mark[c.kind]} {what}{ind}: {value}")
        return "\n".join(lines)


# --- comparing rows ------------------------------------------------------------------------------

def diff_rows(old: list[CanonicalRow], new: list[CanonicalRow]) -> tuple[list[RowChange], list[PaguChange],
                                                                           list[PaguChange]]:
    """Row changes, program pagu and total pagu between two versions' canonical rows."""
    before, after = _keyed(old), _keyed(new)
    changes: list[RowChange] = []
    for key, row in after.items():
        prev = before.get(key)
        if prev is None:
            changes.append(_change("added", row, "", _shown(row)))
        elif _shown(prev) != _shown(row):
            change = _change("changed", row, _shown(prev), _shown(row))
            if prev.value is not None and row.value is not None and prev.unit == row.unit:
                change.delta = _signed(row.value - prev.value, row.measure)
            changes.append(change)
    for key, row in before.items():
        if key not in after:
            changes.append(_change("removed", row, _shown(row), ""))
    programs_old, programs_new = _program_pagu(old), _program_pagu(new)
    names = {r.kode: r.nama for r in [*old, *new] if r.level == "program"}
    programs = [PaguChange(k[0], names.get(k[0], ""), k[1], k[2], programs_old.get(k, Decimal(0)),
                           programs_new.get(k, Decimal(0)))
                for k in _ordered_keys(programs_new, programs_old)]
    totals: dict[tuple[str, str], list[Decimal]] = defaultdict(lambda: [Decimal(0), Decimal(0)])
    for p in programs:
        totals[(p.period, p.scenario)][0] += p.before
        totals[(p.period, p.scenario)][1] += p.after
    total_list = [PaguChange("", "", period, scenario, b, a) for (period, scenario), (b, a) in sorted(totals.items())]
    return changes, programs, total_list


def _keyed(rows: Iterable[CanonicalRow]) -> dict[Key, CanonicalRow]:
    seen: dict[tuple[str, str, str, str, str], int] = defaultdict(int)
    out: dict[Key, CanonicalRow] = {}
    for r in rows:
        base = (r.kode, _fold(r.indikator), r.measure, r.period, r.scenario)
        out[(*base, seen[base])] = r
        seen[base] += 1
    return out


def _fold(text: str) -> str:
    return " ".join(text.casefold().split())


def _shown(row: CanonicalRow) -> str:
    if not row.measure:  # an item or indicator without values: its name is what it says
        return row.nama if row.indikator_no == 0 else row.indikator
    if row.value is None:
        return row.raw
    return f"{_number(row.value, row.measure)} {row.unit}".strip()


def _number(value: Decimal, measure: str) -> str:
    """Rupiah with dot thousands; other numbers with a decimal comma, as the OPD writes them."""
    if measure == "pagu" or measure.startswith("belanja"):
        return format_rupiah(value)
    return format_decimal(value).replace(".", ",")


def _change(kind: str, row: CanonicalRow, before: str, after: str) -> RowChange:
    return RowChange(kind, row.kode, row.level, row.nama, row.indikator, row.measure, row.period, row.scenario,
                     before, after, row.cell)


def _program_pagu(rows: Iterable[CanonicalRow]) -> dict[tuple[str, str, str], Decimal]:
    out: dict[tuple[str, str, str], Decimal] = {}
    for r in rows:
        if r.measure == "pagu" and r.level == "program" and r.value is not None:
            key = (r.kode, r.period, r.scenario)
            out[key] = out.get(key, Decimal(0)) + r.value
    return out


def _ordered_keys(*maps: dict[tuple[str, str, str], Decimal]) -> list[tuple[str, str, str]]:
    keys: list[tuple[str, str, str]] = []
    for m in maps:
        keys.extend(k for k in m if k not in keys)
    return keys


def _period(x: RowChange | PaguChange) -> str:
    return x.period if x.scenario in ("", "rencana") else f"{x.period} ({x.scenario})"


def _signed(value: Decimal, measure: str = "pagu") -> str:
    return ("+" if value > 0 else "") + _number(value, measure)


def _ref(r: SubmissionRecord) -> dict[str, Any]:
    return {"submission_id": r.submission_id, "sha256": r.sha256, "file_name": r.file_name, "opd": r.opd,
            "document": r.document, "tahun": r.tahun, "status": r.status, "received_at": r.received_at}


def _ref_text(r: SubmissionRecord, lab: dict[str, str]) -> str:
    return f"{r.file_name} ({r.sha256[:8]}, {lab['received']} {r.received_at[:19].replace('T', ' ')})"


# --- versions in the store -----------------------------------------------------------------------

def has_rows(store: Store, record: SubmissionRecord) -> bool:
    return record.status in ("accepted", "superseded") and bool(store.rows_of(record.submission_id))


def previous_version(store: Store, record: SubmissionRecord) -> SubmissionRecord | None:
    """The latest version before ``record`` that was accepted (it has canonical rows)."""
    earlier = [v for v in store.versions_of(record)
               if v.submission_id != record.submission_id and v.received_at < record.received_at]
    for v in reversed(earlier):
        if has_rows(store, v):
            return v
    return None


def compare(store: Store, old: SubmissionRecord, new: SubmissionRecord) -> VersionDiff:
    changes, programs, totals = diff_rows(store.rows_of(old.submission_id), store.rows_of(new.submission_id))
    return VersionDiff(old, new, changes, programs, totals)


def add_diff_to_feedback(store: Store, record: SubmissionRecord, rows: Sequence[CanonicalRow] | StoredRows,
                         lang: str = "id") -> VersionDiff | None:
    """For a new accepted version: add the "Perubahan" sheet to its feedback workbook (atomically)."""
    if record.status != "accepted" or not rows or not record.feedback or record.tahun is None:
        return None
    prev = previous_version(store, record)
    if prev is None:
        return None
    new_rows = rows.rows(record.row_head()) if isinstance(rows, StoredRows) else list(rows)
    changes, programs, totals = diff_rows(store.rows_of(prev.submission_id), new_rows)
    diff = VersionDiff(prev, record, changes, programs, totals)
    feedback = Path(record.feedback)
    if feedback.exists():
        try:
            write_diff_sheet(feedback, diff.table(lang))
        except Exception:  # the feedback without its "Perubahan" sheet is still worth sending; go on
            log.warning("cannot add the version difference to %s", feedback, exc_info=True)
    return diff


def write_diff_sheet(path: Path, table: list[list[str]], name: str | None = None) -> None:
    """Put ``table`` in the "Perubahan" sheet (or the sheet ``name``) of the workbook at ``path``,
    after the report sheets.

    The feedback workbook is ours (``write_feedback``), so the sheet is added by patching its zip
    (``feedback_patch.patch_diff_sheet``, a few ms); a workbook laid out otherwise, or a failure of
    that path, goes through openpyxl (100-200 ms: every cell of the OPD's sheets loaded and saved).
    """
    from pipeline.load.feedback import DIFF_SHEET
    from pipeline.load.feedback_patch import NotPatchable, patch_diff_sheet

    try:
        patch_diff_sheet(path, table, name=name or DIFF_SHEET)
        return
    except NotPatchable as exc:
        log.debug("the difference goes into %s through openpyxl: %s", path, exc)
    except Exception:  # a bug of the fast path: openpyxl still gets its chance
        log.warning("the fast difference sheet failed on %s; writing it with openpyxl", path, exc_info=True)
    _write_diff_sheet_openpyxl(path, table, name)


def _write_diff_sheet_openpyxl(path: Path, table: list[list[str]], name: str | None = None) -> None:
    """``write_diff_sheet`` by openpyxl: the workbook loaded, the sheet replaced, all saved again."""
    from openpyxl import load_workbook
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    from pipeline.atomic import atomic_path
    from pipeline.load.feedback import DIFF_SHEET, READING_SHEET, SUMMARY_SHEET, set_text

    name = name or DIFF_SHEET
    wb = load_workbook(path, keep_links=True, rich_text=True)
    _restore_comment_sizes(wb)
    if name in wb.sheetnames:
        wb.remove(wb[name])
    ws = wb.create_sheet(name)
    for r, values in enumerate(table, start=1):
        for c, value in enumerate(values, start=1):
            if value:
                set_text(ws.cell(r, c), value)
    ncols = max(len(r) for r in table)
    for c in range(1, ncols + 1):
        head = ws.cell(1, c)
        head.font = Font(bold=True)
        head.fill = PatternFill("solid", start_color="DDEBF7", end_color="DDEBF7")
        head.alignment = Alignment(wrap_text=True, vertical="center")
        longest = max((len(row[c - 1]) for row in table if c <= len(row)), default=8)
        ws.column_dimensions[get_column_letter(c)].width = float(min(60, max(8, longest + 2)))
    ws.freeze_panes = "A2"
    ws.auto_filter.ref = f"A1:{get_column_letter(ncols)}{len(table)}"
    position = sum(1 for name in (SUMMARY_SHEET, READING_SHEET) if name in wb.sheetnames)
    wb.move_sheet(ws, offset=position - wb.index(ws))
    ws.sheet_view.tabSelected = False
    with atomic_path(path) as tmp:
        wb.save(tmp)


def _restore_comment_sizes(wb: Any) -> None:
    """openpyxl does not read comment box sizes back: give our notes the size feedback gave them."""
    from pipeline.load import feedback

    size = getattr(feedback, "_comment_size", None)
    labels = getattr(feedback, "_LABELS", {})
    tags = tuple(lab[key] for lab in labels.values() for key in ("tag_error", "tag_warning") if key in lab)
    if size is None or not tags:
        return
    for ws in wb.worksheets:
        for cell in list(ws._cells.values()):
            comment = cell.comment
            if comment is not None and comment.author == feedback.COMMENT_AUTHOR and any(
                    tag in (comment.text or "") for tag in tags):
                comment.width, comment.height = size(comment.text)


# --- history --------------------------------------------------------------------------------------

@dataclass
class VersionGroup:
    pemda: str
    document: str
    tahun: int | None
    opd: str
    versions: list[SubmissionRecord]

    def to_dict(self) -> dict[str, Any]:
        return {"pemda": self.pemda, "document": self.document, "tahun": self.tahun, "opd": self.opd,
                "versions": [{"version": i, **_ref(v), "errors": v.errors, "warnings": v.warnings,
                              "pagu_total": v.pagu_total, "kept_at": v.kept_at, "feedback": v.feedback}
                             for i, v in enumerate(self.versions, start=1)]}


def history(store: Store, *, opd: str | None = None, tahun: int | None = None,
            document: str | None = None) -> list[VersionGroup]:
    """Every OPD / document / pemda / year with its versions, oldest first; ``opd`` matches a part of the name."""
    wanted = _fold(opd) if opd else ""
    groups: dict[tuple[str, str, int | None, str], list[SubmissionRecord]] = {}
    for s in store.submissions(tahun=tahun, document=document):
        if not s.opd or (wanted and wanted not in _fold(s.opd)):
            continue
        groups.setdefault((s.pemda, s.document, s.tahun, opd_key(s.opd)), []).append(s)
    out = [VersionGroup(k[0], k[1], k[2], v[-1].opd, v) for k, v in groups.items()]
    return sorted(out, key=lambda g: (g.opd.casefold(), g.pemda, g.document, g.tahun or 0))


def resolve(store: Store, ref: str) -> SubmissionRecord:
    """A submission by id or sha256 prefix (at least 6 hex digits); ``ValueError`` if none or several."""
    if len(ref.strip()) < 6:
        raise ValueError(f"'{ref}': berikan minimal 6 digit awal SHA-256 atau ID kiriman")
    found = store.find_refs(ref)
    if not found:
        raise ValueError(f"'{ref}': tidak ada kiriman dengan ID atau SHA-256 itu")
    if len(found) > 1:
        raise ValueError(f"'{ref}' cocok dengan {len(found)} kiriman; berikan lebih banyak digit")
    return found[0]


def last_two(store: Store, *, opd: str, tahun: int | None, document: str | None = None) -> tuple[SubmissionRecord,
                                                                                               SubmissionRecord]:
    """The last two accepted versions (with rows) of the one OPD matching ``opd``."""
    groups = history(store, opd=opd, tahun=tahun, document=document)
    if not groups:
        raise ValueError(f"tidak ada kiriman untuk OPD '{opd}'" + (f" tahun {tahun}" if tahun else ""))
    if len(groups) > 1:
        names = "; ".join(sorted({f"{g.opd} ({g.document} {g.tahun})" for g in groups}))
        raise ValueError(f"'{opd}' cocok dengan beberapa OPD/dokumen/tahun: {names}; persempit dengan --opd/--tahun")
    versions = [v for v in groups[0].versions if has_rows(store, v)]
    if len(versions) < 2:
        raise ValueError(f"{groups[0].opd}: belum ada dua versi yang diterima untuk dibandingkan")
    return versions[-2], versions[-1]
