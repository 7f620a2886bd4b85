"""One pipeline run: every inbox file through extract -> validate -> normalize -> store, then
the consolidated outputs of every pemda and year whose submissions changed.

Per file the order is what makes a crash harmless: feedback and report are written (atomically),
the original is copied to the archive or quarantine, the store commits, and only then is the inbox
copy removed. A run that dies anywhere is finished by the next one: a file whose sha256 the store
already knows is not processed again, and outputs are rebuilt when their fingerprint is stale.
"""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from pipeline.atomic import copy_file, sweep_temporaries, write_text
from pipeline.extract.reader import extract
from pipeline.findings import Finding, Severity
from pipeline.intake import (
    SPREADSHEET_SUFFIXES,
    InboxFile,
    kept_path,
    leave_alone_reason,
    scan_inbox,
    sha256_of,
    slug,
)
from pipeline.limits import Limits
from pipeline.model import Submission
from pipeline.normalize import canonical_rows
from pipeline.normalize.canonical import submission_id_for
from pipeline.store import Store, SubmissionRecord, open_store
from pipeline.validate.rules import RuleConfig, validate

OUTPUTS_VERSION = "1"  # bump when output layouts change, so every output is rebuilt once


@dataclass
class RunOptions:
    inbox: Path
    outbox: Path
    db_url: str
    lang: str = "id"
    archive: Path | None = None
    quarantine: Path | None = None
    limits: Limits = field(default_factory=Limits)
    rules: RuleConfig = field(default_factory=RuleConfig)
    reference: Path | None = None  # official nomenclature (CSV/XLSX: kode, nama, kinerja, indikator, satuan)
    ceilings: Path | None = None  # pagu indikatif per OPD (CSV/XLSX: opd, pagu)
    expected: Path | None = None  # the OPDs expected to submit (CSV/XLSX: opd)

    @property
    def archive_dir(self) -> Path:
        return self.archive or self.inbox.resolve().parent / "archive"

    @property
    def quarantine_dir(self) -> Path:
        return self.quarantine or self.inbox.resolve().parent / "quarantine"


@dataclass
class FileResult:
    name: str
    sha256: str = ""
    document: str = ""
    opd: str = ""
    tahun: int | None = None
    pemda: str = ""
    status: str = "ignored"  # accepted / rejected / duplicate / ignored
    errors: int = 0
    warnings: int = 0
    kept_at: str = ""
    feedback: str = ""
    report: str = ""
    reason: str = ""
    findings: list[dict[str, Any]] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {k: v for k, v in self.__dict__.items()}


@dataclass
class RunResult:
    files: list[FileResult] = field(default_factory=list)
    outputs: list[str] = field(default_factory=list)
    batch_findings: list[dict[str, Any]] = field(default_factory=list)  # across submissions

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"files": [f.to_dict() for f in self.files], "outputs": self.outputs}
        if self.batch_findings:
            out["batch_findings"] = self.batch_findings
        return out

    def count(self, status: str) -> int:
        return sum(1 for f in self.files if f.status == status)


def now() -> datetime:
    return datetime.now(UTC)


def run(opts: RunOptions) -> RunResult:
    """Process every file in the inbox and rebuild stale outputs; return what happened."""
    for folder in (opts.outbox, opts.archive_dir, opts.quarantine_dir):
        folder.mkdir(parents=True, exist_ok=True)
        sweep_temporaries(folder)
    result = RunResult()
    store = open_store(opts.db_url)
    try:
        for item in scan_inbox(opts.inbox):
            result.files.append(process_file(item, opts, store))
        from pipeline.load.outputs import rebuild_outputs

        result.outputs = rebuild_outputs(store, opts)
    finally:
        store.close()
    return result


def process_file(item: InboxFile, opts: RunOptions, store: Store) -> FileResult:
    res = FileResult(item.name)
    reason = leave_alone_reason(item.path)
    if reason:
        res.reason = reason
        res.findings = [Finding("file-ignored", params={"reason": reason}, file=item.name).to_dict(opts.lang)]
        return res
    try:
        sha = sha256_of(item.path)
    except FileNotFoundError:
        res.reason = "berkas hilang sebelum dibaca"
        return res
    res.sha256 = sha
    prior = store.find_sha(sha)
    if prior is not None:
        return _duplicate(item, prior, opts, res)
    received = now()
    if item.path.suffix.lower() not in SPREADSHEET_SUFFIXES:
        sub = Submission(item.name, sha, "")
        sub.findings.append(Finding("file-format-unsupported", params={"format": item.path.suffix or "tanpa ekstensi"},
                                    file=item.name))
    else:
        sub = extract(item.path, sha256=sha, display_name=item.name, limits=opts.limits)
        validate(sub, opts.rules)
    cap_findings(sub, opts.limits.max_findings_per_file)
    return _keep(item, sub, received, opts, store, res)


def cap_findings(sub: Submission, cap: int) -> None:
    """Keep at most ``cap`` findings (errors first) and say so with a ``findings-capped`` finding."""
    total = len(sub.findings)
    if total <= cap:
        return
    order = {Severity.ERROR: 0, Severity.WARNING: 1, Severity.INFO: 2}
    kept = sorted(sub.findings, key=lambda f: (order[f.severity], f.sort_key()))[:cap]
    sub.findings[:] = kept
    sub.findings.append(Finding("findings-capped", params={"shown": cap, "total": total, "cap": cap},
                                file=sub.file_name))


def _keep(item: InboxFile, sub: Submission, received: datetime, opts: RunOptions, store: Store,
          res: FileResult) -> FileResult:
    from pipeline.load.feedback import write_feedback

    accepted = bool(sub.document) and not sub.findings.has_errors
    root = opts.archive_dir if accepted else opts.quarantine_dir
    kept = kept_path(root, tahun=sub.tahun, opd=sub.opd, received=received, sha256=sub.sha256, name=item.name)
    fb_dir = opts.outbox / "umpan-balik" / (str(sub.tahun) if sub.tahun else "tanpa-tahun") / slug(sub.opd, "tanpa-opd")
    stem = f"{received.strftime('%Y%m%d-%H%M%S')}_{sub.sha256[:8]}_{slug(Path(item.name).stem)}"
    feedback = fb_dir / f"{stem}_umpan-balik.xlsx"
    report = fb_dir / f"{stem}_laporan.json"
    findings = [f.to_dict(opts.lang) for f in sub.findings.sorted()]
    write_feedback(feedback, source=item.path, submission=sub, lang=opts.lang, accepted=accepted)
    write_text(report, json.dumps(_report(sub, accepted, findings, item.name), ensure_ascii=False, indent=1))
    copy_file(item.path, kept)
    if not accepted:
        copy_file(feedback, kept.with_name(kept.name + ".umpan-balik.xlsx"))
    rows = canonical_rows(sub) if accepted else []
    pagu = sum((r.value for r in rows if r.measure == "pagu" and r.level == "program" and r.value is not None
                and r.period == str(sub.tahun)), start=0)
    record = SubmissionRecord(
        submission_id=submission_id_for(sub.sha256), sha256=sub.sha256, file_name=item.name, document=sub.document,
        tahun=sub.tahun, pemda=sub.pemda, opd=sub.opd, status="accepted" if accepted else "rejected",
        received_at=received.isoformat(), errors=sub.findings.errors, warnings=sub.findings.warnings,
        kept_at=str(kept), feedback=str(feedback), report=str(report), pagu_total=str(pagu))
    store.save(record, rows)
    try:
        item.path.unlink()
    except FileNotFoundError:
        pass
    res.document, res.opd, res.tahun, res.pemda = sub.document, sub.opd, sub.tahun, sub.pemda
    res.status = record.status
    res.errors, res.warnings = record.errors, record.warnings
    res.kept_at, res.feedback, res.report = str(kept), str(feedback), str(report)
    res.findings = findings
    return res


def _report(sub: Submission, accepted: bool, findings: list[dict[str, Any]], name: str) -> dict[str, Any]:
    return {
        "file": name, "sha256": sub.sha256, "document": sub.document, "tahun": sub.tahun, "pemda": sub.pemda,
        "opd": sub.opd, "status": "accepted" if accepted else "rejected",
        "counts": {s.value: sub.findings.count(s) for s in Severity},
        "capped": any(f["code"] == "findings-capped" for f in findings),
        "reading": None if sub.reading is None else {
            "sheet": sub.reading.sheet, "header_rows": list(sub.reading.header_rows),
            "columns": sub.reading.columns, "source": sub.reading.source},
        "findings": findings,
    }


def _duplicate(item: InboxFile, prior: SubmissionRecord, opts: RunOptions, res: FileResult) -> FileResult:
    """A file already processed: finish a crashed run's job or keep the copy under ``_duplikat``."""
    res.status = "duplicate"
    res.document, res.opd, res.tahun, res.pemda = prior.document, prior.opd, prior.tahun, prior.pemda
    res.feedback = prior.feedback
    finding = Finding("file-duplicate", params={"previous": prior.file_name}, file=item.name)
    res.findings = [finding.to_dict(opts.lang)]
    kept = Path(prior.kept_at)
    if item.name == prior.file_name and kept.exists() and sha256_of(kept) == prior.sha256:
        # the same file a crashed run had already archived: only the inbox copy was left to remove
        res.kept_at = str(kept)
        item.path.unlink(missing_ok=True)
        return res
    target = kept_path(opts.archive_dir / "_duplikat", tahun=prior.tahun, opd=prior.opd, received=now(),
                       sha256=prior.sha256, name=item.name)
    copy_file(item.path, target)
    item.path.unlink(missing_ok=True)
    res.kept_at = str(target)
    return res


def fingerprint(parts: list[str]) -> str:
    h = hashlib.sha256(OUTPUTS_VERSION.encode())
    for p in parts:
        h.update(p.encode())
        h.update(b"\0")
    return h.hexdigest()


def default_db_url(project: Path | None = None) -> str:
    root = project or Path(os.environ.get("PIPELINE_HOME", Path.cwd()))
    return f"sqlite:///{(root / 'store' / 'pipeline.db').as_posix()}"
