"""Checks across the submissions of one pemda and year, run when its outputs are rebuilt.

Pure functions over what the store holds (the accepted canonical rows and the submission
records) and the operator's lists, so they see every OPD at once, whichever run brought each file:

* ``cross-opd-duplicate``: the same sub kegiatan claimed by two OPDs. Codes every OPD (or every
  kecamatan) legitimately shares are left out: the penunjang program ``01`` (``X.XX.01``) and the
  kewilayahan bidang ``7.01`` that every kecamatan carries with the same codes.
* ``ceiling-exceeded``: an OPD's total pagu of year n (the sum of its sub kegiatan, as the Rekap
  OPD sheet shows it) above the ceiling in the operator's ceilings file (columns ``opd, pagu``).
* ``opd-not-submitted``: an OPD of the operator's expected list (column ``opd``) without any
  Renja submission, accepted or rejected, for the pemda and year.

Both lists may carry ``pemda`` and ``tahun`` columns; a row with them applies to that pemda / year
only, a row without them to every group. OPD names are matched folded (``store.opd_key``).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

from pipeline.codes import Code, parse_code
from pipeline.findings import Finding
from pipeline.findings.model import column_index
from pipeline.model import CanonicalRow
from pipeline.operator_files import OperatorFileError, read_operator_table
from pipeline.store.db import SubmissionRecord, opd_key
from pipeline.values import Cell, ValueProblem, cell_text, format_rupiah, parse_decimal, parse_rupiah

PENUNJANG_PROGRAM = "01"
SHARED_BIDANG = ("7.01",)  # kewilayahan: every kecamatan plans the same sub kegiatan codes
DOCUMENT = "renja"
DOCUMENT_LABEL = "Renja"
_ALIASES = {"perangkat daerah": "opd", "nama opd": "opd", "nama perangkat daerah": "opd", "skpd": "opd",
            "pagu indikatif": "pagu", "pagu indikatif (rp)": "pagu", "pagu (rp)": "pagu", "tahun anggaran": "tahun"}


@dataclass(frozen=True, slots=True)
class Scope:
    """Which groups a list row applies to: ``pemda`` / ``tahun`` empty means every one."""

    pemda: str = ""
    tahun: int | None = None

    def applies(self, pemda: str, tahun: int) -> bool:
        return (not self.pemda or opd_key(self.pemda) == opd_key(pemda)) and self.tahun in (None, tahun)


@dataclass(frozen=True, slots=True)
class Ceiling:
    opd: str
    pagu: Decimal
    scope: Scope = Scope()


@dataclass(frozen=True, slots=True)
class ExpectedOpd:
    opd: str
    scope: Scope = Scope()


@dataclass(slots=True)
class BatchResult:
    findings: list[Finding] = field(default_factory=list)
    not_submitted: list[str] = field(default_factory=list)  # expected OPDs without a Renja, as listed


# --- the operator's lists -----------------------------------------------------------------------


def load_ceilings(path: Path) -> list[Ceiling]:
    """Read a ceilings file (``opd, pagu``; rupiah as OPDs write it); refuse it whole on a bad row."""
    table = read_operator_table(path, required=("opd", "pagu"), optional=("pemda", "tahun"), aliases=_ALIASES)
    out: list[Ceiling] = []
    problems: list[str] = []
    seen: dict[tuple[str, Scope], Decimal] = {}
    for line, values in table.rows:
        opd, scope = cell_text(values.get("opd")), _scope(values, line, problems)
        pagu = parse_rupiah(values.get("pagu"))
        if not opd or pagu is None or isinstance(pagu, ValueProblem):
            problems.append(f"baris {line}: opd atau pagu kosong/tidak terbaca ('{cell_text(values.get('pagu'))}')")
            continue
        key = (opd_key(opd), scope)
        if key in seen and seen[key] != pagu:
            problems.append(f"baris {line}: {opd} sudah diberi pagu {format_rupiah(seen[key])}")
            continue
        seen[key] = pagu
        out.append(Ceiling(opd, pagu, scope))
    _refuse(path, problems)
    return out


def load_expected(path: Path) -> list[ExpectedOpd]:
    """Read the list of OPDs expected to submit (``opd``)."""
    table = read_operator_table(path, required=("opd",), optional=("pemda", "tahun"), aliases=_ALIASES)
    problems: list[str] = []
    out = [ExpectedOpd(cell_text(values.get("opd")), _scope(values, line, problems))
           for line, values in table.rows if cell_text(values.get("opd"))]
    _refuse(path, problems)
    return out


def _scope(values: dict[str, Cell], line: int, problems: list[str]) -> Scope:
    tahun = parse_decimal(values.get("tahun"))
    if isinstance(tahun, ValueProblem) or (tahun is not None and tahun != tahun.to_integral_value()):
        problems.append(f"baris {line}: tahun '{cell_text(values.get('tahun'))}' tidak terbaca")
        tahun = None
    return Scope(cell_text(values.get("pemda")), int(tahun) if tahun is not None else None)


def _refuse(path: Path, problems: list[str]) -> None:
    if problems:
        shown = "; ".join(problems[:10]) + (f"; ... (+{len(problems) - 10})" if len(problems) > 10 else "")
        raise OperatorFileError(f"{Path(path).name} tidak dapat dipakai: {shown}")


# --- the checks -------------------------------------------------------------------------------------


def batch_checks(rows: Sequence[CanonicalRow], subs: Sequence[SubmissionRecord], *, pemda: str, tahun: int,
                 ceilings: Iterable[Ceiling] = (), expected: Iterable[ExpectedOpd] = ()) -> BatchResult:
    """Every check across the submissions of ``pemda`` / ``tahun`` (``rows``: accepted Renja rows)."""
    missing = not_submitted(subs, expected, pemda=pemda, tahun=tahun)
    findings = [*cross_opd_duplicates(rows, tahun), *ceilings_exceeded(rows, ceilings, pemda=pemda, tahun=tahun),
                *(Finding("opd-not-submitted", params={"opd": opd, "document": DOCUMENT_LABEL, "tahun": tahun})
                  for opd in missing)]
    return BatchResult(findings, missing)


def is_shared_code(kode: str) -> bool:
    """Codes several OPDs rightly carry: the penunjang program 01 and the kecamatan bidang."""
    code = parse_code(kode)
    if not isinstance(code, Code) or len(code.segments) < 3:
        return True
    return code.segments[2] == PENUNJANG_PROGRAM or ".".join(code.segments[:2]) in SHARED_BIDANG


def cross_opd_duplicates(rows: Iterable[CanonicalRow], tahun: int) -> list[Finding]:
    """One finding per OPD claiming a sub kegiatan another OPD claims too, at its own row."""
    claims: dict[str, dict[str, CanonicalRow]] = defaultdict(dict)  # kode -> opd key -> where it is
    shared: dict[str, bool] = {}  # a sub kegiatan's code is on each of its rows: parsed once
    keys: dict[str, str] = {}
    for row in rows:
        if row.level != "sub_kegiatan" or not row.kode:
            continue
        is_shared = shared.get(row.kode)
        if is_shared is None:
            is_shared = shared[row.kode] = is_shared_code(row.kode)
        if is_shared:
            continue
        key = keys.get(row.opd)
        if key is None:
            key = keys[row.opd] = opd_key(row.opd)
        by_opd = claims[row.kode]
        known = by_opd.get(key)
        if known is None or (_is_pagu(row, tahun) and not _is_pagu(known, tahun)):
            by_opd[key] = row  # the pagu cell is the claim on the budget
    findings = []
    for kode in sorted(claims):
        by_opd = claims[kode]
        if len(by_opd) < 2:
            continue
        for key, row in sorted(by_opd.items()):
            others = ", ".join(r.opd for k, r in sorted(by_opd.items()) if k != key)
            findings.append(_at(row, "cross-opd-duplicate", kode=kode, params={"opd": row.opd, "other_opd": others}))
    return findings


def ceilings_exceeded(rows: Iterable[CanonicalRow], ceilings: Iterable[Ceiling], *, pemda: str,
                      tahun: int) -> list[Finding]:
    """OPDs whose year-n pagu (sum of their sub kegiatan) is above their ceiling."""
    limits = {opd_key(c.opd): c for c in ceilings if c.scope.applies(pemda, tahun)}
    if not limits:  # no ceiling for this pemda and year (or none given): nothing to add up
        return []
    totals: dict[str, Decimal] = defaultdict(Decimal)
    names: dict[str, str] = {}
    files: dict[str, str] = {}
    counted: set[tuple[str, str, str]] = set()
    for row in rows:
        key = opd_key(row.opd)
        if key not in limits or row.level != "sub_kegiatan" or not _is_pagu(row, tahun) or row.value is None:
            continue
        if (row.submission_id, row.kode, row.nama) in counted:
            continue  # one pagu per sub kegiatan, as the consolidated workbook counts it
        counted.add((row.submission_id, row.kode, row.nama))
        totals[key] += row.value
        names[key], files[key] = row.opd, row.source_file
    findings = []
    for key in sorted(totals):
        total, ceiling = totals[key], limits[key].pagu
        if total > ceiling:
            findings.append(Finding(
                "ceiling-exceeded", file=files[key], field="pagu", raw=format_rupiah(total),
                expected=f"≤ {format_rupiah(ceiling)}",
                params={"opd": names[key], "total": format_rupiah(total), "ceiling": format_rupiah(ceiling),
                        "difference": format_rupiah(total - ceiling)}))
    return findings


def not_submitted(subs: Iterable[SubmissionRecord], expected: Iterable[ExpectedOpd], *, pemda: str,
                  tahun: int) -> list[str]:
    """Expected OPDs (as the list names them) with no Renja submission at all for the group."""
    submitted = {opd_key(s.opd) for s in subs if s.document == DOCUMENT and s.pemda == pemda and s.tahun == tahun}
    missing: dict[str, str] = {}
    for e in expected:
        if e.scope.applies(pemda, tahun) and opd_key(e.opd) not in submitted:
            missing.setdefault(opd_key(e.opd), e.opd)
    return sorted(missing.values(), key=str.casefold)


def _is_pagu(row: CanonicalRow, tahun: int) -> bool:
    return (row.measure == "pagu" and row.indikator_no == 0 and row.period == str(tahun)
            and row.scenario in ("rencana", ""))


def _at(row: CanonicalRow, code: str, *, kode: str, params: dict[str, object]) -> Finding:
    """A finding at a canonical row's source cell (file, sheet, cell), holding what the cell says."""
    m = _A1.fullmatch(row.cell or "")
    r, c = (int(m.group(2)), column_index(m.group(1))) if m else (None, None)
    return Finding(code, params=params, file=row.source_file, sheet=row.sheet or None, row=r, column=c,
                   field=row.measure or None, raw=row.raw or row.nama, kode=kode)


_A1 = re.compile(r"([A-Z]{1,3})(\d+)")
