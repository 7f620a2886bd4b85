"""``python -m pipeline status``: where things stand, for an operator.

Three parts: the latest submission of every OPD / document / year (and how many versions came
in), the last run (from its JSON-lines log in ``<outbox>/log``), and the files waiting in the
inbox (those a run would leave alone are listed with the reason).
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

from pipeline.intake import leave_alone_reason, scan_inbox
from pipeline.runlog import last_run
from pipeline.store import open_store
from pipeline.store.db import opd_key

_STATUS_ID = {"accepted": "diterima", "rejected": "ditolak", "superseded": "digantikan"}


def collect(*, inbox: Path, outbox: Path, db_url: str) -> dict[str, Any]:
    store = open_store(db_url)
    try:
        subs = store.submissions()
    finally:
        store.close()
    latest: dict[tuple[str, str, str, int | None], dict[str, Any]] = {}
    for s in subs:  # oldest first: the last one seen of a group is its latest
        key = (s.pemda, opd_key(s.opd), s.document, s.tahun)
        entry = latest.setdefault(key, {"versions": 0, "accepted_file": ""})
        entry.update(pemda=s.pemda, opd=s.opd or "", document=s.document, tahun=s.tahun, status=s.status,
                     file_name=s.file_name, received_at=s.received_at, errors=s.errors, warnings=s.warnings,
                     sha256=s.sha256, feedback=s.feedback)
        entry["versions"] += 1
        if s.status == "accepted":
            entry["accepted_file"] = s.file_name
    rows = sorted(latest.values(), key=lambda e: (e["opd"].casefold(), e["document"], e["tahun"] or 0))
    now = time.time()
    pending = []
    for item in scan_inbox(inbox):
        try:
            st = item.path.stat()
        except OSError:
            continue
        pending.append({"file": item.name, "bytes": st.st_size, "age_seconds": round(now - st.st_mtime),
                        "left_alone": leave_alone_reason(item.path) or ""})
    return {"submissions": rows, "last_run": last_run(outbox), "pending": pending}


def text(data: dict[str, Any], lang: str = "id") -> str:
    en = lang == "en"
    lines: list[str] = []
    subs = data["submissions"]
    lines.append(("Submissions per OPD (latest version):" if en else "Kiriman per OPD (versi terakhir):")
                 if subs else ("No submissions in the store yet." if en else "Belum ada kiriman di store."))
    if subs:
        head = ("OPD", "Document" if en else "Dokumen", "Year" if en else "Tahun", "Status",
                "Versions" if en else "Versi", "File" if en else "Berkas")
        table = [head] + [(e["opd"] or ("(unknown)" if en else "(tidak dikenali)"), e["document"] or "-",
                           str(e["tahun"] or "-"), e["status"] if en else _STATUS_ID.get(e["status"], e["status"]),
                           str(e["versions"]), e["file_name"] + _in_use(e, en)) for e in subs]
        widths = [min(50, max(len(r[i]) for r in table)) for i in range(len(head) - 1)]
        for r in table:
            lines.append("  " + "  ".join(c[:w].ljust(w) for c, w in zip(r[:-1], widths, strict=True)) + "  " + r[-1])
    run = data["last_run"]
    if run is None:
        lines.append("Last run: none logged yet." if en else "Run terakhir: belum ada yang tercatat.")
    else:
        counts = run["counts"]
        what = (", ".join(f"{v} {k}" for k, v in counts.items()) if en else
                f"{counts.get('accepted', 0)} diterima, {counts.get('rejected', 0)} ditolak, "
                f"{counts.get('duplicate', 0)} duplikat, {counts.get('ignored', 0)} dilewati") if counts else \
            (f"{run['files']} files" if en else f"{run['files']} berkas")
        outcome = run["outcome"]
        if not en:
            outcome = {"ok": "selesai", "failed": "GAGAL", "interrupted": "dihentikan",
                       "unfinished": "belum selesai (masih berjalan atau terhenti paksa)"}.get(outcome, outcome)
        lines.append(f"{'Last run' if en else 'Run terakhir'}: {run['started']} ({run['host']}), {outcome}"
                     + (f", {run['seconds']} s" if run["seconds"] is not None else "") + f": {what}")
        if run["error"]:
            lines.append(f"  {run['error']}")
        lines.append(f"  log: {run['log']}")
    pending = data["pending"]
    lines.append(f"Files waiting in the inbox: {len(pending)}" if en else
                  f"Berkas menunggu di inbox: {len(pending)}")
    for p in pending:
        age = _age(p["age_seconds"], en)
        note = f"; {'left alone' if en else 'dilewati'}: {p['left_alone']}" if p["left_alone"] else ""
        lines.append(f"  {p['file']}  ({_size(p['bytes'])}, {'modified' if en else 'diubah'} {age}{note})")
    return "\n".join(lines)


def _in_use(entry: dict[str, Any], en: bool) -> str:
    """For a latest version that is not accepted: which version the consolidation still uses."""
    if entry["status"] == "accepted" or not entry["accepted_file"]:
        return ""
    return f"  ({'consolidation uses' if en else 'konsolidasi memakai'}: {entry['accepted_file']})"


def _size(n: int) -> str:
    size = float(n)
    for unit in ("B", "KB", "MB"):
        if size < 1024:
            return f"{n} B" if unit == "B" else f"{size:.1f} {unit}".replace(".", ",")
        size /= 1024
    return f"{size:.1f} GB".replace(".", ",")


def _age(seconds: int, en: bool) -> str:
    if seconds < 120:
        return f"{seconds} s ago" if en else f"{seconds} detik lalu"
    if seconds < 7200:
        return f"{seconds // 60} min ago" if en else f"{seconds // 60} menit lalu"
    if seconds < 172800:
        return f"{seconds // 3600} h ago" if en else f"{seconds // 3600} jam lalu"
    return f"{seconds // 86400} days ago" if en else f"{seconds // 86400} hari lalu"
