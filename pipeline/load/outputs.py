"""Rebuild the outputs of every pemda and year whose submissions changed since they were built.

Outputs are derived from the store alone, so a run that crashed before writing them, or a re-run
with nothing new, is handled by comparing a fingerprint of the group's submissions (and of the
operator's ceilings and expected-OPD lists, which the checks across submissions read).
"""

from __future__ import annotations

import gc
import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from multiprocessing.process import BaseProcess
from pathlib import Path
from typing import TYPE_CHECKING

from pipeline.atomic import barrier
from pipeline.findings import Finding, Severity
from pipeline.intake import slug
from pipeline.load.consolidated import StatusEntry, write_consolidated
from pipeline.load.csv_out import write_canonical_csv
from pipeline.load.documents_sheets import group_documents, write_documents
from pipeline.operator_files import content_hash
from pipeline.store import Store, SubmissionRecord
from pipeline.validate.batch import Ceiling, ExpectedOpd, batch_checks, load_ceilings, load_expected
from pipeline.validate.crossdoc import cross_document_findings

if TYPE_CHECKING:
    from pipeline.run import RunOptions


def group_paths(outbox: Path, pemda: str, tahun: int, documents: Iterable[str] = ()) -> dict[str, Path]:
    """The group's outputs; ``documents``: the other document types it has submissions of, each
    with a workbook of its own in the same folder (``pipeline.load.documents_sheets``)."""
    from pipeline.load.documents_sheets import document_path

    folder = outbox / slug(pemda, "tanpa-pemda") / str(tahun)
    base = f"{slug(pemda, 'tanpa-pemda')}_{tahun}"
    return {
        "renja": folder / f"konsolidasi-renja_{base}.xlsx",
        "csv": folder / f"tabel-kanonik_{base}.csv",
        **{doc: document_path(folder, doc, slug(pemda, "tanpa-pemda"), tahun) for doc in documents},
    }


class BuiltOutputs(list[str]):
    """The paths ``rebuild_outputs`` wrote (a list, as it always returned), plus ``batch_findings``:
    the findings across submissions of the groups rebuilt, for the run summary."""

    def __init__(self, paths: Iterable[str] = (), batch_findings: Iterable[Finding] = ()) -> None:
        super().__init__(paths)
        self.batch_findings: list[Finding] = list(batch_findings)


def rebuild_outputs(store: Store, opts: RunOptions) -> BuiltOutputs:
    """Rebuild the outputs of every group whose fingerprint changed, several groups at once.

    Each group is built from the store alone, so groups go to worker processes (one store
    connection each) when more than one is stale; a single group is built here (no fork to pay).
    """
    from pipeline.run import fingerprint
    from pipeline.workers import default_processes, run_isolated

    written = BuiltOutputs()
    ceilings = load_ceilings(opts.ceilings) if opts.ceilings else []
    expected = load_expected(opts.expected) if opts.expected else []
    # Only given lists enter the fingerprint, so outputs built without them are not rebuilt once more.
    lists = [f"{name}:{content_hash(path)}" for name, path in (("ceilings", opts.ceilings),
                                                              ("expected", opts.expected)) if path]
    stale: list[tuple[GroupJob, str]] = []
    for pemda, tahun in store.groups():
        subs = store.submissions(pemda=pemda, tahun=tahun)
        fp = fingerprint([f"{s.submission_id}:{s.status}" for s in subs] + [opts.lang] + lists)
        paths = group_paths(opts.outbox, pemda, tahun, group_documents(subs))
        if store.output_fingerprint(f"{pemda}|{tahun}") == fp and all(p.exists() for p in paths.values()):
            continue
        stale.append((GroupJob(opts.db_url, opts.outbox, opts.lang, pemda, tahun, ceilings, expected), fp))
    jobs = [job for job, _ in stale]
    if len(jobs) > 1:
        outcomes = sorted(run_isolated(build_group, jobs, seconds=_GROUP_SECONDS, memory_mb=0),
                          key=lambda o: o.index)
        failed = [o.failure for o in outcomes if not o.ok]
        if failed:
            raise RuntimeError(f"building the outputs failed: {failed[0]}")
        found = [o.value for o in outcomes]
    else:
        for job in jobs:
            job.fork_csv = (default_processes() > 1)
        found = [_build(store, job) for job in jobs]
    if stale:
        barrier(opts.outbox)  # the outputs are durable before their fingerprints say they are built
    for (job, fp), batch_findings in zip(stale, found, strict=True):
        store.set_output_fingerprint(f"{job.pemda}|{job.tahun}", fp)
        written.batch_findings.extend(batch_findings)
        docs = group_documents(store.submissions(pemda=job.pemda, tahun=job.tahun))
        written.extend(str(p) for p in group_paths(opts.outbox, job.pemda, job.tahun, docs).values())
    return written


_GROUP_SECONDS = 6 * 3600  # our own data, not an OPD's file: no tight limit


@dataclass
class GroupJob:
    """What a worker needs to build one pemda and year's outputs (picklable, small)."""

    db_url: str
    outbox: Path
    lang: str
    pemda: str
    tahun: int
    ceilings: list[Ceiling]
    expected: list[ExpectedOpd]
    fork_csv: bool = False  # write the CSV in a forked child (only when this group is built alone)


def build_group(job: GroupJob) -> list[Finding]:
    """In a worker: the group's outputs from its own store connection; returns the batch findings."""
    from pipeline.store import open_store

    # A group's build makes some 100,000 objects that live until it ends, and few cycles: the
    # cyclic collector, left on, walks them again and again (~10% of the build). It is off while
    # the group is built and collects once after, so a worker that builds many groups stays flat.
    gc.disable()
    store = open_store(job.db_url)
    try:
        return _build(store, job)
    finally:
        store.close()
        gc.enable()
        gc.collect()


def _build(store: Store, job: GroupJob) -> list[Finding]:
    pemda, tahun = job.pemda, job.tahun
    paths = group_paths(job.outbox, pemda, tahun)
    subs = store.submissions(pemda=pemda, tahun=tahun)
    by_doc = {doc: store.accepted_rows(pemda=pemda, tahun=tahun, document=doc)
              for doc in sorted({s.document for s in subs if s.status == "accepted"} | {"renja"})}
    rows = by_doc["renja"]
    batch = batch_checks(rows, subs, pemda=pemda, tahun=tahun, ceilings=job.ceilings, expected=job.expected)
    status = [status_entry(s) for s in subs if s.document == "renja" or not s.document]
    status += [StatusEntry(opd=opd, document="renja", status="not_submitted", file_name="", received_at="",
                           errors=0, warnings=0, sha256="") for opd in batch.not_submitted]
    # Renja Perubahan "sebelum" and RKT masukan against the accepted Renja of the same OPD and year
    cross = cross_document_findings(by_doc) if len(by_doc) > 1 else []  # Renja alone: nothing to compare
    findings = open_findings(subs)
    accepted = {s.document for s in subs if s.status == "accepted"}
    csv_rows = [r for doc, doc_rows in by_doc.items() if doc in accepted for r in doc_rows]
    # Alone on the machine (one stale group, e.g. one OPD resubmitted), the CSV is written by a
    # forked child while this process writes the workbooks: the rows are shared, not copied.
    csv_writer = _fork(write_canonical_csv, paths["csv"], csv_rows) if job.fork_csv else None
    write_consolidated(paths["renja"], pemda=pemda, tahun=tahun, rows=rows, status=status,
                       findings=findings + batch.findings + cross, lang=job.lang)
    write_documents(paths["renja"].parent, slug(pemda, "tanpa-pemda"), pemda=pemda, tahun=tahun, subs=subs,
                    rows_by_document=by_doc, findings=findings + cross, lang=job.lang)
    if csv_writer is None:
        write_canonical_csv(paths["csv"], csv_rows)
    else:
        csv_writer.join()
        if csv_writer.exitcode != 0:
            raise RuntimeError(f"writing {paths['csv'].name} failed (exit code {csv_writer.exitcode})")
    return batch.findings + cross


def _fork(func: Callable[..., object], *args: object) -> BaseProcess:
    import multiprocessing as mp

    proc = mp.get_context("fork").Process(target=func, args=args, daemon=True)
    proc.start()
    return proc


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
