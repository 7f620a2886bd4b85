"""The "Pemeriksaan Silang" sheet of a feedback workbook: a Renja Perubahan's or RKT's findings
against the accepted Renja of the same OPD and year, so that the OPD learns them from its own
feedback and not only the Bappeda from the consolidated *Temuan* sheet.

Added in the parent when the submission is committed (as the "Perubahan" sheet is), so the Renja
it is compared with is the one committed before it, in arrival order, whatever the workers' timing.
A revision or RKT that comes before its Renja gets no sheet; the consolidated workbook still lists
what the outputs find once the Renja is in (``validate.crossdoc``, the same checks).
"""

from __future__ import annotations

import logging
from pathlib import Path

from pipeline.findings import Finding
from pipeline.model import CanonicalRow
from pipeline.store import Store, StoredRows, SubmissionRecord
from pipeline.store.db import opd_key
from pipeline.validate.crossdoc import cross_document_findings

log = logging.getLogger(__name__)

_CHECKED = ("renja_perubahan", "rkt")  # the documents crossdoc compares with the Renja
_HEADERS = {"id": ["Sel", "Kode", "Jenis", "Temuan", "Saran"], "en": ["Cell", "Code", "Severity", "Finding", "What to do"]}


def add_crosscheck_to_feedback(store: Store, record: SubmissionRecord, rows: list[CanonicalRow] | StoredRows,
                               lang: str = "id") -> list[Finding]:
    """The findings of ``record`` (being committed) against its OPD's accepted Renja, written to
    its feedback workbook's "Pemeriksaan Silang" sheet; none without such a Renja."""
    if record.status != "accepted" or record.document not in _CHECKED or record.tahun is None or not rows:
        return []
    renja = _accepted_renja(store, record)
    if renja is None:
        return []
    mine = rows.rows(record.row_head()) if isinstance(rows, StoredRows) else list(rows)
    findings = cross_document_findings({"renja": store.rows_of(renja.submission_id), record.document: mine})
    feedback = Path(record.feedback) if record.feedback else None
    if findings and feedback is not None and feedback.exists():
        from pipeline.load.feedback import CROSSCHECK_SHEET
        from pipeline.versions import write_diff_sheet

        try:
            write_diff_sheet(feedback, crosscheck_table(findings, lang), name=CROSSCHECK_SHEET)
        except Exception:  # the feedback without this sheet is still worth sending; go on
            log.warning("cannot add the cross-document findings to %s", feedback, exc_info=True)
    return findings


def _accepted_renja(store: Store, record: SubmissionRecord) -> SubmissionRecord | None:
    """The accepted Renja of ``record``'s pemda, year and OPD (the latest, should there be several)."""
    key = opd_key(record.opd)
    found = [s for s in store.submissions(pemda=record.pemda, tahun=record.tahun, document="renja")
             if s.status == "accepted" and opd_key(s.opd) == key]
    return found[-1] if found else None


def crosscheck_table(findings: list[Finding], lang: str = "id") -> list[list[str]]:
    """The sheet's rows: a header, then each finding (cell, code, severity, message, what to do)."""
    from pipeline.load.feedback import _LABELS  # the severity words of the Hasil Validasi sheet

    lang = "en" if lang == "en" else "id"
    rows = [list(_HEADERS[lang])]
    for f in sorted(findings, key=Finding.sort_key):
        cell = f"{f.sheet}!{f.cell}" if f.sheet and f.cell else (f.cell or "")
        rows.append([cell, f.kode or "", _LABELS[lang][f.severity], f.message(lang), f.kind.hint(lang)])
    return rows
