"""Rebuild the outputs of every pemda and year whose submissions changed since they were built.

Outputs are derived from the store alone, so a run that crashed before writing them, or a re-run
with nothing new, is handled by comparing a fingerprint of the group's submissions.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING

from pipeline.findings import Finding, Severity
from pipeline.intake import slug
from pipeline.load.consolidated import StatusEntry, write_consolidated
from pipeline.load.csv_out import write_canonical_csv
from pipeline.store import Store, SubmissionRecord

if TYPE_CHECKING:
    from pipeline.run import RunOptions


def group_paths(outbox: Path, pemda: str, tahun: int) -> dict[str, Path]:
    folder = outbox / slug(pemda, "tanpa-pemda") / str(tahun)
    base = f"{slug(pemda, 'tanpa-pemda')}_{tahun}"
    return {
        "renja": folder / f"konsolidasi-renja_{base}.xlsx",
        "csv": folder / f"tabel-kanonik_{base}.csv",
    }


def rebuild_outputs(store: Store, opts: RunOptions) -> list[str]:
    from pipeline.run import fingerprint

    written: list[str] = []
    for pemda, tahun in store.groups():
        subs = store.submissions(pemda=pemda, tahun=tahun)
        fp = fingerprint([f"{s.submission_id}:{s.status}" for s in subs] + [opts.lang])
        key = f"{pemda}|{tahun}"
        paths = group_paths(opts.outbox, pemda, tahun)
        if store.output_fingerprint(key) == fp and all(p.exists() for p in paths.values()):
            continue
        rows = store.accepted_rows(pemda=pemda, tahun=tahun, document="renja")
        write_consolidated(paths["renja"], pemda=pemda, tahun=tahun, rows=rows,
                           status=[status_entry(s) for s in subs if s.document == "renja" or not s.document],
                           findings=open_findings(subs), lang=opts.lang)
        all_rows = [r for doc in sorted({s.document for s in subs if s.status == "accepted"})
                    for r in store.accepted_rows(pemda=pemda, tahun=tahun, document=doc)]
        write_canonical_csv(paths["csv"], all_rows)
        store.set_output_fingerprint(key, fp)
        written.extend(str(p) for p in paths.values())
    return written


def status_entry(s: SubmissionRecord) -> StatusEntry:
    return StatusEntry(opd=s.opd, document=s.document, status=s.status, file_name=s.file_name,
                       received_at=s.received_at, errors=s.errors, warnings=s.warnings, sha256=s.sha256,
                       feedback=Path(s.feedback).name if s.feedback else "")


def open_findings(subs: list[SubmissionRecord]) -> list[Finding]:
    """Errors of rejected and warnings of accepted submissions that are still current."""
    out: list[Finding] = []
    for s in subs:
        if s.status == "superseded" or not s.report or not Path(s.report).exists():
            continue
        data = json.loads(Path(s.report).read_text(encoding="utf-8"))
        for d in data.get("findings", []):
            if d["severity"] == Severity.INFO:
                continue
            out.append(Finding.from_dict(d))
    return out
