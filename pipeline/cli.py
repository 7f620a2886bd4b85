"""Command line: thin argument parsing over the library; domain errors become messages and exit codes.

Exit codes (every command):

* 0 ``EXIT_OK`` - the command completed. A run that rejected files still completed; ``watch``
  exits 0 after a clean stop (Ctrl-C, SIGTERM).
* 1 ``EXIT_FINDINGS`` - ``validate`` found an error-severity finding.
* 2 ``EXIT_USAGE`` - bad usage: unknown option, missing file, unknown submission, unsupported
  --db URL.
* 3 ``EXIT_FAILURE`` - the pipeline itself failed, the database could not be reached, or ``run``
  was interrupted with Ctrl-C; what was committed stays, the next run finishes the rest.
* 4 ``EXIT_LOCKED`` - another run holds the lock of this store or outbox; nothing was changed.
  Schedulers should treat it as "skipped" (the systemd units do: ``SuccessExitStatus=4``).

The operator commands ``watch``, ``status``, ``history``, ``diff`` and ``requeue`` live in ``pipeline.ops_cli``.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from decimal import Decimal
from pathlib import Path
from typing import Any

from pipeline import __version__
from pipeline.errors import StoreUnavailable
from pipeline.ops_cli import COMMANDS as OPERATOR_COMMANDS
from pipeline.ops_cli import add_parsers as add_operator_parsers

EXIT_OK, EXIT_FINDINGS, EXIT_USAGE, EXIT_FAILURE, EXIT_LOCKED = 0, 1, 2, 3, 4

DOCUMENT_CHOICES = ["renja", "renja_perubahan", "evaluasi_renja", "review_ranwal", "rencana_aksi", "rkt"]


def _add_limits(p: argparse.ArgumentParser) -> None:
    p.add_argument("--limit", action="append", default=[], metavar="NAME=VALUE",
                   help="override a safety limit, e.g. --limit max_file_bytes=100000000")


def _add_rules(p: argparse.ArgumentParser) -> None:
    p.add_argument("--reference", type=Path, default=None,
                   help="official nomenclature, CSV or XLSX with kode, nama, kinerja, indikator, satuan "
                        "(default: reference/nomenklatur.csv when imported)")
    p.add_argument("--no-reference", action="store_true", help="do not check codes against any nomenclature")
    p.add_argument("--maju-threshold", type=Decimal, default=None, metavar="PERCENT",
                   help="flag a forward (n+1) pagu differing more than PERCENT from year n (default 50)")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m pipeline",
                                     description="Konsolidasi dokumen perencanaan OPD untuk Bappeda.")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("run", help="process every file in the inbox and rebuild the outputs")
    p.add_argument("--inbox", type=Path, default=Path("inbox"))
    p.add_argument("--outbox", type=Path, default=Path("outbox"))
    p.add_argument("--db", default=None, help="store URL: sqlite:///PATH or postgresql://USER@HOST/DBNAME "
                                              "(default $PIPELINE_DB, else store/pipeline.db)")
    p.add_argument("--archive", type=Path, default=None, help="where accepted files are kept (default: beside inbox)")
    p.add_argument("--quarantine", type=Path, default=None, help="where rejected files are kept (default: beside inbox)")
    p.add_argument("--json", action="store_true", help="print one JSON object describing the run")
    p.add_argument("--lang", choices=["id", "en"], default="id", help="language of messages (default id)")
    _add_rules(p)
    p.add_argument("--ceilings", type=Path, default=None,
                   help="pagu indikatif per OPD, CSV or XLSX with opd, pagu (optional columns pemda, tahun)")
    p.add_argument("--expected", type=Path, default=None,
                   help="the OPDs expected to submit, CSV or XLSX with opd (optional columns pemda, tahun)")
    _add_limits(p)
    p.add_argument("--settle", type=float, default=None, metavar="SECONDS",
                   help="leave files changed less than SECONDS ago (still being copied) for a later run "
                        "(default: 0 for run, 10 for watch)")
    add_operator_parsers(sub, p)  # watch (with every option of run), status, history, diff

    p = sub.add_parser("validate", help="check one file without touching the store")
    p.add_argument("file", type=Path)
    p.add_argument("--json", action="store_true", help="print the findings as JSON")
    p.add_argument("--lang", choices=["id", "en"], default="id")
    _add_rules(p)
    _add_limits(p)

    p = sub.add_parser("reference", help="import or show the official nomenclature (kode, nama, ...)")
    ref = p.add_subparsers(dest="action", required=True)
    q = ref.add_parser("import", help="check a nomenclature file and store it normalized for run/validate")
    q.add_argument("file", type=Path, help="CSV or XLSX with kode, nama, kinerja, indikator, satuan")
    q.add_argument("--dest", type=Path, default=None, help="where to write it (default reference/nomenklatur.csv)")
    q = ref.add_parser("show", help="summarize the nomenclature in use, or look codes up in it")
    q.add_argument("kode", nargs="*", help="codes to look up")
    q.add_argument("--reference", type=Path, default=None, help="nomenclature file (default: the imported one)")

    p = sub.add_parser("template", help="write the official template of a document type")
    p.add_argument("document", choices=DOCUMENT_CHOICES)
    p.add_argument("--tahun", type=int, required=True)
    p.add_argument("--pemda", required=True)
    p.add_argument("--opd", required=True)
    p.add_argument("--output", type=Path, required=True)

    sub.add_parser("catalogue", help="print the catalogue of finding kinds (Markdown)")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return int(COMMANDS[args.command](args))
    except KeyboardInterrupt:
        print("dihentikan", file=sys.stderr)
        return EXIT_FAILURE
    except StoreUnavailable as exc:
        print(f"galat: {exc}", file=sys.stderr)
        return EXIT_FAILURE
    except ValueError as exc:
        print(f"galat: {exc}", file=sys.stderr)
        return EXIT_USAGE


def _limits(args: argparse.Namespace) -> Any:
    from pipeline.limits import Limits

    overrides = dict(item.split("=", 1) for item in args.limit)
    return Limits.from_env().with_overrides(overrides)


def _reference_path(args: argparse.Namespace) -> Path | None:
    """``--reference FILE``, else the nomenclature imported into the project (``reference import``)."""
    from pipeline.reference import project_reference

    if getattr(args, "no_reference", False):
        return None
    return args.reference or project_reference()


def _rules(args: argparse.Namespace, reference: Path | None) -> Any:
    """The rule settings of ``run`` / ``validate``; a bad nomenclature file stops here, before any file."""
    from pipeline.reference import cached_reference
    from pipeline.validate.rules import RuleConfig

    config = RuleConfig()
    if args.maju_threshold is not None:
        if args.maju_threshold < 0:
            raise ValueError("--maju-threshold tidak boleh negatif")
        config = RuleConfig(maju_threshold_percent=args.maju_threshold)
    if reference is not None:
        cached_reference(reference)  # raises ReferenceError (a ValueError) with the file's problems
        config = RuleConfig(maju_threshold_percent=config.maju_threshold_percent, reference=reference)
    return config


def run_options(args: argparse.Namespace) -> Any:
    """The options of ``run`` and ``watch``; a broken operator list is a usage error, found here."""
    from pipeline.run import RunOptions, default_db_url
    from pipeline.validate.batch import load_ceilings, load_expected

    reference = _reference_path(args)
    rules = _rules(args, reference)
    # Read the operator's lists now: a broken one is a usage error, not a failure after the inbox ran.
    if args.ceilings is not None:
        load_ceilings(args.ceilings)
    if args.expected is not None:
        load_expected(args.expected)
    opts = RunOptions(inbox=args.inbox, outbox=args.outbox, db_url=args.db or default_db_url(), lang=args.lang,
                      archive=args.archive, quarantine=args.quarantine, limits=_limits(args), rules=rules,
                      reference=reference, ceilings=args.ceilings, expected=args.expected)
    return opts


def cmd_run(args: argparse.Namespace) -> int:
    from pipeline.runlock import RunLocked
    from pipeline.runlog import supervised_run
    from pipeline.watch import settled_files

    opts = run_options(args)
    try:
        # under the run lock, logged to <outbox>/log, progress bar on a terminal
        result = supervised_run(opts, only=settled_files(opts.inbox, args.settle or 0))
    except RunLocked as exc:
        print(exc.message(args.lang), file=sys.stderr)
        return EXIT_LOCKED
    except Exception as exc:  # the pipeline itself failed: say where, exit non-zero
        print(f"galat pipeline: {type(exc).__name__}: {exc}", file=sys.stderr)
        return EXIT_FAILURE
    if args.json:
        print(json.dumps(result.to_dict(), ensure_ascii=False, indent=1, default=str))
    else:
        print(summary_text(result, args.lang))
    return EXIT_OK


def summary_text(result: Any, lang: str) -> str:
    en = lang == "en"
    lines = []
    for f in result.files:
        extra = f" ({f.errors} {'errors' if en else 'kesalahan'}, {f.warnings} {'warnings' if en else 'peringatan'})" \
            if f.status in ("accepted", "rejected") else (f" ({f.reason})" if f.reason else "")
        lines.append(f"{_status_word(f.status, lang):<10} {f.name}{extra}")
        if f.feedback and f.status in ("accepted", "rejected"):
            lines.append(f"{'':<10} {'feedback' if en else 'umpan balik'}: {f.feedback}")
    counts = {s: result.count(s) for s in ("accepted", "rejected", "duplicate", "ignored")}
    head = ("Files: {accepted} accepted, {rejected} rejected, {duplicate} duplicate, {ignored} skipped" if en else
            "Berkas: {accepted} diterima, {rejected} ditolak, {duplicate} duplikat, {ignored} dilewati").format(**counts)
    lines.insert(0, head)
    for out in result.outputs:
        lines.append(f"{'output' if en else 'keluaran'}: {out}")
    batch = getattr(result, "batch_findings", None) or []
    if batch:  # dicts as Finding.to_dict gives them: cross-OPD duplicates, ceilings, missing OPDs
        lines.append("Findings across submissions:" if en else "Temuan lintas OPD:")
        lines.extend(f"  {d['severity']:<8} {d['code']:<20} {d['message']}" for d in batch)
    return "\n".join(lines)


def _status_word(status: str, lang: str) -> str:
    if lang == "en":
        return status
    return {"accepted": "diterima", "rejected": "ditolak", "duplicate": "duplikat", "ignored": "dilewati"}[status]


def cmd_validate(args: argparse.Namespace) -> int:
    from pipeline.extract.reader import extract
    from pipeline.intake import sha256_of
    from pipeline.validate.rules import validate

    if not args.file.is_file():
        print(f"galat: berkas tidak ditemukan: {args.file}", file=sys.stderr)
        return EXIT_USAGE
    rules = _rules(args, _reference_path(args))
    sub = extract(args.file, sha256=sha256_of(args.file), limits=_limits(args))
    validate(sub, rules)
    findings = sub.findings.sorted()
    if args.json:
        print(json.dumps({"file": sub.file_name, "document": sub.document, "opd": sub.opd, "tahun": sub.tahun,
                          "accepted": not sub.findings.has_errors and bool(sub.document),
                          "findings": [f.to_dict(args.lang) for f in findings]}, ensure_ascii=False, indent=1))
    else:
        for f in findings:
            where = f"{f.sheet}!{f.cell}" if f.cell else (f.sheet or f.file)
            print(f"{f.severity.value:<8} {where:<20} {f.code:<26} {f.message(args.lang)}")
        print(f"{sub.findings.errors} kesalahan, {sub.findings.warnings} peringatan" if args.lang == "id" else
              f"{sub.findings.errors} errors, {sub.findings.warnings} warnings")
    return EXIT_FINDINGS if sub.findings.has_errors or not sub.document else EXIT_OK


def cmd_template(args: argparse.Namespace) -> int:
    from pipeline.templates.writer import write_template

    write_template(args.document, args.output, tahun=args.tahun, pemda=args.pemda, opd=args.opd)
    print(args.output)
    return EXIT_OK


def cmd_catalogue(args: argparse.Namespace) -> int:
    from pipeline.findings.docs import catalogue_markdown

    sys.stdout.write(catalogue_markdown())
    return EXIT_OK


def cmd_reference(args: argparse.Namespace) -> int:
    from pipeline.codes import Code, parse_code
    from pipeline.reference import (
        load_reference,
        project_reference,
        project_reference_path,
        read_reference,
        write_reference,
    )

    if args.action == "import":
        reference, problems = read_reference(args.file)
        if problems:
            # Refused as a whole: a row left out would reject every submission that uses its code.
            print(f"galat: {args.file.name}: {len(problems)} baris bermasalah, nomenklatur tidak disimpan:",
                  file=sys.stderr)
            for problem in problems:
                print(f"  {problem}", file=sys.stderr)
            return EXIT_FINDINGS
        dest = args.dest or project_reference_path()
        write_reference(reference, dest)
        print(f"{dest}: {len(reference)} kode ({_counts_text(reference.counts())})")
        return EXIT_OK
    path = args.reference or project_reference()
    if path is None:
        print(f"belum ada nomenklatur: jalankan 'python -m pipeline reference import BERKAS' "
              f"(disimpan ke {project_reference_path()})", file=sys.stderr)
        return EXIT_USAGE
    reference = load_reference(path)
    print(f"{path}: {len(reference)} kode ({_counts_text(reference.counts())})")
    found = True
    for raw in args.kode:
        code = parse_code(raw)
        entry = reference.lookup(code) if isinstance(code, Code) else None
        found = found and entry is not None
        print(f"{raw}: " + (f"{entry.kode} | {entry.nama} | {entry.indikator} | {entry.satuan}" if entry else
                            "tidak ada dalam nomenklatur"))
    return EXIT_OK if found else EXIT_FINDINGS


def _counts_text(counts: dict[str, int]) -> str:
    return ", ".join(f"{level.replace('_', ' ')} {n}" for level, n in counts.items())


COMMANDS = {"run": cmd_run, "validate": cmd_validate, "template": cmd_template, "catalogue": cmd_catalogue,
            "reference": cmd_reference, **OPERATOR_COMMANDS}
