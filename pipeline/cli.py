"""Command line: thin argument parsing over the library; domain errors become messages and exit codes.

Exit codes: 0 the command completed (a run that rejected files still completed); 1 ``validate``
found an error-severity finding; 2 bad usage; 3 the pipeline itself failed.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from pipeline import __version__

EXIT_OK, EXIT_FINDINGS, EXIT_USAGE, EXIT_FAILURE = 0, 1, 2, 3

DOCUMENT_CHOICES = ["renja"]


def _add_limits(p: argparse.ArgumentParser) -> None:
    p.add_argument("--limit", action="append", default=[], metavar="NAME=VALUE",
                   help="override a safety limit, e.g. --limit max_file_bytes=100000000")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m pipeline",
                                     description="Konsolidasi dokumen perencanaan OPD untuk Bappeda.")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("run", help="process every file in the inbox and rebuild the outputs")
    p.add_argument("--inbox", type=Path, default=Path("inbox"))
    p.add_argument("--outbox", type=Path, default=Path("outbox"))
    p.add_argument("--db", default=None, help="store URL: sqlite:///PATH (default store/pipeline.db)")
    p.add_argument("--archive", type=Path, default=None, help="where accepted files are kept (default: beside inbox)")
    p.add_argument("--quarantine", type=Path, default=None, help="where rejected files are kept (default: beside inbox)")
    p.add_argument("--json", action="store_true", help="print one JSON object describing the run")
    p.add_argument("--lang", choices=["id", "en"], default="id", help="language of messages (default id)")
    p.add_argument("--reference", type=Path, default=None,
                   help="official nomenclature, CSV or XLSX with kode, nama, kinerja, indikator, satuan")
    p.add_argument("--ceilings", type=Path, default=None, help="pagu indikatif per OPD, CSV or XLSX with opd, pagu")
    p.add_argument("--expected", type=Path, default=None, help="the OPDs expected to submit, CSV or XLSX with opd")
    _add_limits(p)

    p = sub.add_parser("validate", help="check one file without touching the store")
    p.add_argument("file", type=Path)
    p.add_argument("--json", action="store_true", help="print the findings as JSON")
    p.add_argument("--lang", choices=["id", "en"], default="id")
    _add_limits(p)

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
    except ValueError as exc:
        print(f"galat: {exc}", file=sys.stderr)
        return EXIT_USAGE


def _limits(args: argparse.Namespace) -> Any:
    from pipeline.limits import Limits

    overrides = dict(item.split("=", 1) for item in args.limit)
    return Limits.from_env().with_overrides(overrides)


def cmd_run(args: argparse.Namespace) -> int:
    from pipeline.run import RunOptions, default_db_url, run

    opts = RunOptions(inbox=args.inbox, outbox=args.outbox, db_url=args.db or default_db_url(), lang=args.lang,
                      archive=args.archive, quarantine=args.quarantine, limits=_limits(args),
                      reference=args.reference, ceilings=args.ceilings, expected=args.expected)
    try:
        result = run(opts)
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
    sub = extract(args.file, sha256=sha256_of(args.file), limits=_limits(args))
    validate(sub)
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


COMMANDS = {"run": cmd_run, "validate": cmd_validate, "template": cmd_template, "catalogue": cmd_catalogue}
