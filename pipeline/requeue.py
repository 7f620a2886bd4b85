"""Put a rejected file back into the inbox so that the next run reads it again as new.

A file quarantined for a limit (too large, too slow) or against a reference list that has since
been corrected would otherwise stay rejected for good: copied back into the inbox it has the same
SHA-256 as the stored rejection, so the run keeps it as a duplicate. ``requeue`` copies the
quarantined original back into the inbox and deletes the stored rejection (a rejected submission
has no rows), in that order: stopped in between, running it again finishes the job, and the file
is never only in one place that is about to go. The quarantined copy and its feedback stay where
they are; the run that reads the file again archives or quarantines it afresh.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from pipeline.atomic import copy_file
from pipeline.intake import safe_file_name, sha256_of
from pipeline.store import Store, SubmissionRecord
from pipeline.versions import resolve


@dataclass
class Requeued:
    record: SubmissionRecord
    inbox_path: Path
    copied: bool  # False: the inbox already held this very file


def requeue(store: Store, ref: str, inbox: Path, lang: str = "id") -> Requeued:
    """Requeue the rejected submission ``ref`` (id or SHA-256 prefix); ``ValueError`` (in Bahasa
    Indonesia, English with ``lang="en"``) when it is not rejected or its quarantined copy is gone
    or changed."""
    en = lang == "en"
    record = resolve(store, ref)
    name = f"{record.file_name} ({record.sha256[:12]})"
    if record.status != "rejected":
        if en:
            raise ValueError(f"{name} is {record.status}, not rejected: nothing to process again")
        state = {"accepted": "diterima", "superseded": "sudah digantikan versi lain"}.get(record.status, record.status)
        raise ValueError(f"{name} {state}, bukan ditolak: tidak perlu diproses ulang")
    kept = Path(record.kept_at)
    if not kept.is_file():
        raise ValueError(f"the quarantined copy {kept} is not there: put the original file into the inbox yourself"
                         if en else f"salinan karantina {kept} tidak ditemukan: letakkan berkas aslinya sendiri di inbox")
    if sha256_of(kept) != record.sha256:
        raise ValueError(f"the quarantined copy {kept} has changed (another SHA-256): not processed again"
                         if en else f"salinan karantina {kept} sudah berubah (SHA-256 lain): tidak diproses ulang")
    target, copied = _inbox_place(inbox, record)
    if copied:
        copy_file(kept, target)  # atomic and synced: durable before the store forgets the rejection
    store.forget_rejected(record.submission_id)
    return Requeued(record, target, copied)


def _inbox_place(inbox: Path, record: SubmissionRecord) -> tuple[Path, bool]:
    """Where the file goes: its own name in the inbox, or that name with `` (ulang N)`` when the
    inbox holds another file of that name; (path, False) when the inbox holds this very file."""
    name = safe_file_name(record.file_name) or f"{record.sha256[:12]}.xlsx"
    stem, dot, suffix = name.rpartition(".")
    if not dot:
        stem, suffix = name, ""
    for n in range(1, 1000):
        candidate = inbox / (name if n == 1 else f"{stem} (ulang {n}){dot}{suffix}")
        if not candidate.exists():
            return candidate, True
        if candidate.is_file() and sha256_of(candidate) == record.sha256:
            return candidate, False
    raise ValueError(f"inbox sudah memuat terlalu banyak berkas bernama {name}")
