"""The operator commands of the command line: ``watch``, ``status``, ``history``, ``diff`` and ``requeue``.

``pipeline.cli`` registers them (``add_parsers``, ``COMMANDS``); exit codes are those of
``pipeline.cli``. ``watch`` takes every option of ``run``.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any


def _db_default() -> str | None:
    return os.environ.get("PIPELINE_DB") or None


def add_parsers(sub: Any, run_parser: argparse.ArgumentParser) -> None:
    p = sub.add_parser("watch", parents=[run_parser], add_help=False,
                       help="keep watching the inbox; process each file once it is completely written",
                       description="Process each inbox file once its size and time have not changed for --settle "
                                   "seconds; stop cleanly with Ctrl-C or SIGTERM (exit 0).")
    p.add_argument("--interval", type=float, default=5.0, metavar="SECONDS",
                   help="how often the inbox is looked at (default 5)")
    # --settle comes from run: how long a file must stay unchanged before it is taken (default 10 here)

    p = sub.add_parser("status", help="submissions per OPD, the last run and the files waiting in the inbox")
    p.add_argument("--inbox", type=Path, default=Path("inbox"))
    p.add_argument("--outbox", type=Path, default=Path("outbox"))
    p.add_argument("--db", default=_db_default(), help="store URL (default $PIPELINE_DB or store/pipeline.db)")
    p.add_argument("--json", action="store_true")
    p.add_argument("--lang", choices=["id", "en"], default="id")

    p = sub.add_parser("history", help="the versions of each OPD's submissions")
    p.add_argument("--opd", default=None, help="part of the OPD name (case does not matter)")
    p.add_argument("--tahun", type=int, default=None)
    p.add_argument("--dokumen", "--document", dest="document", default=None, help="document type, e.g. renja")
    p.add_argument("--db", default=_db_default(), help="store URL (default $PIPELINE_DB or store/pipeline.db)")
    p.add_argument("--json", action="store_true")
    p.add_argument("--lang", choices=["id", "en"], default="id")

    p = sub.add_parser("diff", help="what changed between two versions of a submission",
                       description="Compare two versions: give two submission ids or SHA-256 prefixes (older "
                                   "first), or --opd NAME [--tahun N] for its last two accepted versions.")
    p.add_argument("refs", nargs="*", metavar="A B", help="submission id or SHA-256 prefix (6+ hex digits)")
    p.add_argument("--opd", default=None, help="part of the OPD name: its last two accepted versions")
    p.add_argument("--tahun", type=int, default=None)
    p.add_argument("--dokumen", "--document", dest="document", default=None)
    p.add_argument("--db", default=_db_default(), help="store URL (default $PIPELINE_DB or store/pipeline.db)")
    p.add_argument("--json", action="store_true")
    p.add_argument("--lang", choices=["id", "en"], default="id")

    p = sub.add_parser("requeue", help="put rejected files back into the inbox to be read again",
                       description="Copy each rejected submission's quarantined file back into the inbox and forget "
                                   "the rejection, so that the next run reads it again (e.g. after raising a --limit "
                                   "or correcting the reference list). Give submission ids or SHA-256 prefixes, as "
                                   "'history' shows them.")
    p.add_argument("refs", nargs="+", metavar="REF", help="submission id or SHA-256 prefix (6+ hex digits)")
    p.add_argument("--inbox", type=Path, default=Path("inbox"))
    p.add_argument("--outbox", type=Path, default=Path("outbox"), help="(its run lock is held meanwhile)")
    p.add_argument("--db", default=_db_default(), help="store URL (default $PIPELINE_DB or store/pipeline.db)")
    p.add_argument("--json", action="store_true")
    p.add_argument("--lang", choices=["id", "en"], default="id")


def cmd_watch(args: argparse.Namespace) -> int:
    from pipeline.cli import run_options, summary_text
    from pipeline.watch import json_report, watch

    settle = 10.0 if args.settle is None else args.settle
    if args.interval <= 0 or settle < 0:
        raise ValueError("--interval harus > 0 dan --settle >= 0")

    def report(result: Any) -> None:
        if args.json:
            json_report(result)
        else:
            print(summary_text(result, args.lang), flush=True)

    return watch(run_options(args), interval=args.interval, settle=settle, lang=args.lang, report=report)


def cmd_status(args: argparse.Namespace) -> int:
    from pipeline.run import default_db_url
    from pipeline.status import collect, text

    data = collect(inbox=args.inbox, outbox=args.outbox, db_url=args.db or default_db_url())
    print(json.dumps(data, ensure_ascii=False, indent=1, default=str) if args.json else text(data, args.lang))
    return 0


def _with_store(args: argparse.Namespace, body: Callable[[Any], int]) -> int:
    from pipeline.run import default_db_url
    from pipeline.store import open_store

    store = open_store(args.db or default_db_url())
    try:
        return body(store)
    finally:
        store.close()


def cmd_history(args: argparse.Namespace) -> int:
    from decimal import Decimal

    from pipeline.values import format_rupiah
    from pipeline.versions import history

    en = args.lang == "en"
    status_word = {"accepted": "diterima", "rejected": "ditolak", "superseded": "digantikan"}

    def body(store: Any) -> int:
        groups = history(store, opd=args.opd, tahun=args.tahun, document=args.document)
        if args.json:
            print(json.dumps([g.to_dict() for g in groups], ensure_ascii=False, indent=1, default=str))
            return 0
        if not groups:
            print("No submissions match." if en else "Tidak ada kiriman yang cocok.")
        for g in groups:
            print(f"{g.opd} - {g.document} {g.tahun or '-'} ({g.pemda})")
            for i, v in enumerate(g.versions, start=1):
                word = v.status if en else status_word.get(v.status, v.status)
                pagu = f"  pagu {format_rupiah(Decimal(v.pagu_total))}" if v.pagu_total not in ("", "0") else ""
                print(f"  v{i}  {v.received_at[:19].replace('T', ' ')}  {v.sha256[:12]}  {word:<11}"
                      f"{v.errors:>3} {'err' if en else 'kslh'} {v.warnings:>3} {'warn' if en else 'prgt'}"
                      f"{pagu}  {v.file_name}")
        return 0

    return _with_store(args, body)


def cmd_diff(args: argparse.Namespace) -> int:
    from pipeline.versions import compare, last_two, resolve

    def body(store: Any) -> int:
        if args.refs:
            if len(args.refs) != 2 or args.opd:
                raise ValueError("diff: berikan dua kiriman (A B), atau --opd NAMA [--tahun N]")
            old, new = resolve(store, args.refs[0]), resolve(store, args.refs[1])
        elif args.opd:
            old, new = last_two(store, opd=args.opd, tahun=args.tahun, document=args.document)
        else:
            raise ValueError("diff: berikan dua kiriman (A B), atau --opd NAMA [--tahun N]")
        diff = compare(store, old, new)
        print(json.dumps(diff.to_dict(), ensure_ascii=False, indent=1) if args.json else diff.text(args.lang))
        return 0

    return _with_store(args, body)


def cmd_requeue(args: argparse.Namespace) -> int:
    from pipeline.requeue import requeue
    from pipeline.run import default_db_url
    from pipeline.runlock import RunLocked, run_lock
    from pipeline.store import open_store

    en = args.lang == "en"
    db_url = args.db or default_db_url()
    with contextlib.ExitStack() as stack:
        try:
            stack.enter_context(run_lock(db_url, args.outbox))  # not while a run reads the inbox
        except RunLocked as exc:
            print(exc.message(args.lang), file=sys.stderr)
            return 4  # pipeline.cli.EXIT_LOCKED
        store = open_store(db_url)
        stack.callback(store.close)
        done, failed = [], 0
        for ref in args.refs:  # each one on its own: one that cannot be requeued does not stop the others
            try:
                r = requeue(store, ref, args.inbox, args.lang)
            except ValueError as exc:
                print(f"{'error' if en else 'galat'}: {exc}", file=sys.stderr)
                failed += 1
                continue
            done.append({"submission_id": r.record.submission_id, "sha256": r.record.sha256,
                         "file_name": r.record.file_name, "inbox": str(r.inbox_path)})
            if not args.json:
                name = f"{r.record.file_name} ({r.record.sha256[:12]})"
                print(f"{name}: back in the inbox as {r.inbox_path.name}; the next run reads it again" if en else
                      f"{name}: kembali ke inbox sebagai {r.inbox_path.name}; run berikutnya membacanya lagi")
        if args.json:
            print(json.dumps(done, ensure_ascii=False, indent=1))
        return 2 if failed else 0  # pipeline.cli.EXIT_USAGE: a submission that is not rejected or not found


COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "watch": cmd_watch, "status": cmd_status, "history": cmd_history, "diff": cmd_diff, "requeue": cmd_requeue}
