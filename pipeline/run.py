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
import time
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

from pipeline.atomic import (
    barrier,
    copy_file,
    copy_staged,
    deferred_sync,
    staged_name,
    sweep_temporaries,
    write_text,
)
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
from pipeline.model import CanonicalRow, Submission
from pipeline.normalize import canonical_rows
from pipeline.normalize.canonical import submission_id_for
from pipeline.recovery import find_kept_copy
from pipeline.store import Store, StoredRows, SubmissionRecord, open_store
from pipeline.validate.rules import RuleConfig, validate
from pipeline.workers import Outcome, run_isolated

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
    timings: dict[str, float] = field(default_factory=dict)  # seconds per stage

    def to_dict(self) -> dict[str, Any]:
        return {k: v for k, v in self.__dict__.items() if k != "timings"}


@dataclass
class RunResult:
    files: list[FileResult] = field(default_factory=list)
    outputs: list[str] = field(default_factory=list)
    batch_findings: list[dict[str, Any]] = field(default_factory=list)  # across submissions
    # wall seconds of the run's two phases: "files" (intake to the last commit), "outputs" (rebuild)
    phases: dict[str, float] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"files": [f.to_dict() for f in self.files], "outputs": self.outputs}
        if self.batch_findings:
            out["batch_findings"] = self.batch_findings
        return out

    def count(self, status: str) -> int:
        return sum(1 for f in self.files if f.status == status)


def now() -> datetime:
    return datetime.now(UTC)


def run(opts: RunOptions, on_event: Callable[[dict[str, Any]], None] | None = None,
        only: set[Path] | None = None) -> RunResult:
    """Process every file in the inbox (only those in ``only`` if given) and rebuild stale outputs.

    ``on_event`` receives one dict per finished file (for progress bars and run logs). One run at
    a time per store and outbox: raises ``pipeline.runlock.RunLocked`` if another holds them.
    """
    from pipeline.runlock import run_lock

    with run_lock(opts.db_url, opts.outbox):
        return _run(opts, on_event, only)


def _run(opts: RunOptions, on_event: Callable[[dict[str, Any]], None] | None, only: set[Path] | None) -> RunResult:
    for folder in (opts.outbox, opts.archive_dir, opts.quarantine_dir):
        folder.mkdir(parents=True, exist_ok=True)
        sweep_temporaries(folder)
    result = RunResult()
    store = open_store(opts.db_url)
    try:
        items = scan_inbox(opts.inbox)
        if only is not None:  # watch mode: the files that have settled
            wanted = {p.resolve() for p in only}
            items = [i for i in items if i.path.resolve() in wanted]
        t0 = time.perf_counter()
        result.files = process_inbox(items, opts, store, on_event)
        from pipeline.load.outputs import rebuild_outputs

        t1 = time.perf_counter()
        with deferred_sync():  # one barrier before the fingerprints are stored, not fsyncs per file
            built = rebuild_outputs(store, opts)
        result.phases = {"files": round(t1 - t0, 3), "outputs": round(time.perf_counter() - t1, 3)}
        result.outputs = list(built)
        result.batch_findings = [f.to_dict(opts.lang) for f in built.batch_findings]
    finally:
        store.close()
    return result


@dataclass
class Job:
    """What a worker needs to analyse one file (picklable, small)."""

    path: Path
    name: str
    sha256: str
    received: datetime
    opts: RunOptions


@dataclass
class Analysis:
    """What a worker sends back: the record to store, the canonical rows, the paths it wrote."""

    record: SubmissionRecord
    rows: StoredRows
    findings: list[dict[str, Any]]
    kept: Path
    feedback: Path
    timings: dict[str, float]
    vanished: bool = False  # the inbox file was gone when the worker came to keep its copy


def process_inbox(items: list[InboxFile], opts: RunOptions, store: Store,
                  on_event: Callable[[dict[str, Any]], None] | None = None) -> list[FileResult]:
    """Triage in this process, analyse in workers, commit in arrival order (so versions stay ordered)."""
    results: list[FileResult | None] = []
    jobs: list[tuple[int, Job]] = []
    base = now()
    for item in _arrival_order(items):
        res, job = triage(item, opts, store, base + timedelta(microseconds=len(results)))
        results.append(res if job is None else None)
        if job is not None:
            jobs.append((len(results) - 1, job))
        elif on_event is not None:
            on_event({"file": res.name, "stage": "intake", "outcome": res.status, "seconds": 0.0})
    store.commit()  # the claims: one transaction for the inbox, not one per file
    done: dict[int, Outcome] = {}
    next_commit = 0
    # Workers write feedback, reports and kept copies without an fsync each; a committed file's
    # inbox copy is removed only after a barrier has made all of that durable (pipeline.atomic).
    done_with: list[Path] = []
    last_barrier = time.monotonic()
    # The barriers run on a thread of their own (syncfs releases the GIL): this process keeps
    # reading the workers' results meanwhile, so they never wait for the disk.
    remover = ThreadPoolExecutor(max_workers=1, thread_name_prefix="inbox-remover")
    removals: list[Future[None]] = []
    with deferred_sync():
        try:
            outcomes = run_isolated(analyse, [job for _, job in jobs], seconds=opts.limits.max_seconds_per_file,
                                    memory_mb=opts.limits.max_memory_mb)
            for outcome in outcomes:
                done[outcome.index] = outcome
                while next_commit in done:  # commit strictly in arrival order
                    slot, job = jobs[next_commit]
                    res = commit(job, done.pop(next_commit), store)
                    results[slot] = res
                    if res.status in ("accepted", "rejected"):
                        done_with.append(job.path)
                    if on_event is not None:  # may stop the run (watch, SIGTERM): committed files still go
                        on_event({"file": res.name, "stage": "commit", "outcome": res.status, **res_timings(res)})
                    next_commit += 1
                if len(done_with) >= _BARRIER_FILES or time.monotonic() - last_barrier > _BARRIER_SECONDS:
                    removals.append(remover.submit(_remove_from_inbox, done_with[:], opts))
                    done_with.clear()
                    last_barrier = time.monotonic()
        finally:
            removals.append(remover.submit(_remove_from_inbox, done_with[:], opts))
            remover.shutdown(wait=True)
    for removal in removals:
        removal.result()  # an error removing a file is the run's error
    assert next_commit == len(jobs)
    return [r for r in results if r is not None]


# A barrier (one filesystem sync) per this many committed files or seconds, whichever comes first.
_BARRIER_FILES, _BARRIER_SECONDS = 200, 2.0


def _remove_from_inbox(paths: list[Path], opts: RunOptions) -> None:
    """Committed files leave the inbox once their copies, feedback and store rows are durable."""
    if not paths:
        return
    barrier(opts.archive_dir, opts.quarantine_dir, opts.outbox, *_store_folder(opts.db_url))
    for path in paths:
        path.unlink(missing_ok=True)


def _store_folder(db_url: str) -> list[Path]:
    return [Path(db_url[len("sqlite:///"):]).parent] if db_url.startswith("sqlite:///") else []


def res_timings(res: FileResult) -> dict[str, Any]:
    return {"seconds": round(sum(res.timings.values()), 4), "stages": res.timings}


def _arrival_order(items: list[InboxFile]) -> list[InboxFile]:
    def key(item: InboxFile) -> tuple[float, str]:
        try:
            return (item.path.stat().st_mtime, item.name)
        except OSError:
            return (0.0, item.name)

    return sorted(items, key=key)


def triage(item: InboxFile, opts: RunOptions, store: Store, received: datetime) -> tuple[FileResult, Job | None]:
    """Decide in the parent what needs no worker: left-alone, vanished and duplicate files."""
    res = FileResult(item.name)
    reason = leave_alone_reason(item.path)
    if reason:
        res.reason = reason
        res.findings = [Finding("file-ignored", params={"reason": reason}, file=item.name).to_dict(opts.lang)]
        return res, None
    try:
        sha = sha256_of(item.path)
    except (FileNotFoundError, IsADirectoryError):
        res.reason = "berkas hilang sebelum dibaca"
        res.findings = [Finding("file-vanished", file=item.name).to_dict(opts.lang)]
        return res, None
    except OSError as exc:  # no permission, I/O error: it cannot be read, so it cannot be kept either
        res.reason = f"berkas tidak dapat dibaca ({exc.strerror or type(exc).__name__}); dibiarkan di inbox"
        res.findings = [Finding("file-unreadable", params={"reason": res.reason}, file=item.name).to_dict(opts.lang)]
        return res, None
    res.sha256 = sha
    prior = store.find_sha(sha)
    if prior is not None:
        return _duplicate(item, prior, opts, res), None
    # a killed run's file keeps the received time (so the names) that run gave it
    # committed by process_inbox, for all the files at once, before any worker starts
    return res, Job(item.path, item.name, sha, store.claim_received(sha, received, commit=False), opts)


def analyse(job: Job) -> Analysis:
    """In a worker: extract, validate, normalize, write feedback and report. Touches no store."""
    timings: dict[str, float] = {}
    t = time.perf_counter()
    opts = job.opts
    if job.path.suffix.lower() not in SPREADSHEET_SUFFIXES:
        sub = Submission(job.name, job.sha256, "")
        sub.findings.append(Finding("file-format-unsupported", params={"format": job.path.suffix or "tanpa ekstensi"},
                                    file=job.name))
    else:
        sub = extract(job.path, sha256=job.sha256, display_name=job.name, limits=opts.limits)
        timings["extract"] = time.perf_counter() - t
        t = time.perf_counter()
        validate(sub, opts.rules)
        timings["validate"] = time.perf_counter() - t
    cap_findings(sub, opts.limits.max_findings_per_file)
    t = time.perf_counter()
    accepted = bool(sub.document) and not sub.findings.has_errors
    rows = canonical_rows(sub) if accepted else []
    timings["normalize"] = time.perf_counter() - t
    t = time.perf_counter()
    analysis = write_outcome(job, sub, rows, mark_source=sub.reading is not None)
    timings["feedback"] = time.perf_counter() - t
    analysis.timings = timings
    return analysis


def write_outcome(job: Job, sub: Submission, rows: list[CanonicalRow], *, mark_source: bool) -> Analysis:
    """Feedback workbook and JSON report for ``sub``; the record that will be stored."""
    from pipeline.load.feedback import write_feedback

    opts = job.opts
    accepted = bool(sub.document) and not sub.findings.has_errors
    root = opts.archive_dir if accepted else opts.quarantine_dir
    kept = kept_path(root, tahun=sub.tahun, opd=sub.opd, received=job.received, sha256=sub.sha256, name=job.name)
    fb_dir = opts.outbox / "umpan-balik" / (str(sub.tahun) if sub.tahun else "tanpa-tahun") / slug(sub.opd, "tanpa-opd")
    stem = f"{job.received.strftime('%Y%m%d-%H%M%S')}_{sub.sha256[:8]}_{slug(Path(job.name).stem)}"
    feedback = fb_dir / f"{stem}_umpan-balik.xlsx"
    report = fb_dir / f"{stem}_laporan.json"
    findings = [f.to_dict(opts.lang) for f in sub.findings.sorted()]
    write_feedback(feedback, source=job.path, submission=sub, lang=opts.lang, accepted=accepted,
                   mark_source=mark_source)
    write_text(report, json.dumps(_report(sub, accepted, findings, job.name), ensure_ascii=False, indent=1))
    # The original is copied (archive or quarantine) here, in the worker, under a temporary name
    # that commit() renames: the parent's part of a file stays the store's transaction and a
    # rename, and a run stopped before the commit leaves no kept copy of a file it did not store
    # (only a temporary, swept by the next run).
    vanished = False
    try:
        copy_staged(job.path, staged_name(kept))
    except FileNotFoundError:
        vanished = True  # deleted while being processed: commit() reports it, stores nothing
    else:
        if not accepted:  # the quarantine keeps the reasons beside the file
            copy_staged(feedback, staged_name(_feedback_copy(kept)))
    pagu = sum((r.value for r in rows if r.measure == "pagu" and r.level == "program" and r.value is not None
                and r.period == str(sub.tahun)), start=Decimal(0))
    record = SubmissionRecord(
        submission_id=submission_id_for(sub.sha256), sha256=sub.sha256, file_name=job.name, document=sub.document,
        tahun=sub.tahun, pemda=sub.pemda, opd=sub.opd, status="accepted" if accepted else "rejected",
        received_at=job.received.isoformat(), errors=sub.findings.errors, warnings=sub.findings.warnings,
        kept_at=str(kept), feedback=str(feedback), report=str(report), pagu_total=str(pagu))
    return Analysis(record, StoredRows.of(rows), findings, kept, feedback, {}, vanished)


_FAILURE_FINDINGS = {
    "timeout": ("file-too-large", {"limit": "waktu proses per berkas"}),
    "memory": ("file-too-large", {"limit": "memori per berkas"}),
}


def commit(job: Job, outcome: Outcome, store: Store) -> FileResult:
    """In the parent: keep the original, save to the store, then (only then) clear the inbox copy."""
    if outcome.ok:
        analysis: Analysis = outcome.value
    else:
        analysis = _failed_analysis(job, outcome.failure)
    res = FileResult(job.name, sha256=job.sha256)
    prior = store.find_sha(job.sha256)
    if prior is not None:  # the same bytes under another name, committed earlier in this run
        _forget_outcome(analysis, prior)
        return _duplicate(InboxFile(job.path, job.name), prior, job.opts, res)
    from pipeline.load.feedback_crosscheck import add_crosscheck_to_feedback
    from pipeline.versions import add_diff_to_feedback

    if analysis.vanished:
        # deleted while being processed: report it, store nothing, keep nothing (there is nothing)
        store.release_claim(job.sha256)
        res.reason = "berkas terhapus saat diproses"
        res.findings = [Finding("file-vanished", file=job.name).to_dict(job.opts.lang)]
        return res
    add_diff_to_feedback(store, analysis.record, analysis.rows, job.opts.lang)  # "Perubahan" sheet
    add_crosscheck_to_feedback(store, analysis.record, analysis.rows, job.opts.lang)  # "Pemeriksaan Silang"
    for kept in (analysis.kept, _feedback_copy(analysis.kept)):
        staged = staged_name(kept)
        if staged.exists():
            os.replace(staged, kept)
    store.save(analysis.record, analysis.rows)  # the inbox copy goes after the next barrier
    rec = analysis.record
    res.document, res.opd, res.tahun, res.pemda = rec.document, rec.opd, rec.tahun, rec.pemda
    res.status, res.errors, res.warnings = rec.status, rec.errors, rec.warnings
    res.kept_at, res.feedback, res.report = rec.kept_at, rec.feedback, rec.report
    res.findings = analysis.findings
    res.timings = analysis.timings
    return res


def _failed_analysis(job: Job, failure: str) -> Analysis:
    """A worker that timed out, ran out of memory or crashed: the file is reported and quarantined."""
    sub = Submission(job.name, job.sha256, "")
    code, params = _FAILURE_FINDINGS.get(failure, ("file-unreadable", {"reason": "pembaca berhenti tak terduga"}))
    params = dict(params)
    if code == "file-too-large":
        params["actual"] = {"timeout": f"lebih dari {job.opts.limits.max_seconds_per_file} detik",
                            "memory": f"lebih dari {job.opts.limits.max_memory_mb} MiB"}[failure]
    elif failure.startswith("error: "):
        params["reason"] = "galat internal pipeline (" + failure[7:].splitlines()[0][:150] + ")"
    sub.findings.append(Finding(code, params=params, file=job.name))
    return write_outcome(job, sub, [], mark_source=False)


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


def _forget_outcome(analysis: Analysis, prior: SubmissionRecord) -> None:
    """Remove what the worker wrote for a file that turned out to be a duplicate (the feedback, the
    report and the kept copies); the duplicate is kept under ``_duplikat`` instead."""
    kept = analysis.kept
    for path in (analysis.feedback, Path(analysis.record.report), staged_name(kept),
                 staged_name(_feedback_copy(kept))):
        if str(path) not in (prior.feedback, prior.report, prior.kept_at):
            path.unlink(missing_ok=True)


def _feedback_copy(kept: Path) -> Path:
    """Where a quarantined file's feedback is kept: beside it."""
    return kept.with_name(kept.name + ".umpan-balik.xlsx")


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
        barrier(kept.parent)  # a crashed run's copy: durable before the inbox copy goes
        item.path.unlink(missing_ok=True)
        return res
    target = kept_path(opts.archive_dir / "_duplikat", tahun=prior.tahun, opd=prior.opd, received=now(),
                       sha256=prior.sha256, name=item.name)
    earlier = find_kept_copy(target, prior.sha256)  # a killed run had kept this copy already
    if earlier is None:
        copy_file(item.path, target)
    else:
        target = earlier
    barrier(target.parent)
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
    if project is None and os.environ.get("PIPELINE_DB"):  # e.g. postgresql://... set by the service
        return os.environ["PIPELINE_DB"]
    root = project or Path(os.environ.get("PIPELINE_HOME", Path.cwd()))
    return f"sqlite:///{(root / 'store' / 'pipeline.db').as_posix()}"
