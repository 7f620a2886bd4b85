"""Intake: which inbox files to process, their fingerprints, and where each one is kept.

Nothing is ever deleted unread: an accepted file is archived, a rejected one quarantined next to
its feedback, a duplicate kept under ``_duplikat``; Excel lock files and files still being written
are left where they are for the next run. Names from inside files are never used as paths.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

SPREADSHEET_SUFFIXES = {".xlsx", ".xlsm", ".xls", ".ods", ".xlsb"}
_TEMP_SUFFIXES = {".tmp", ".part", ".crdownload", ".swp", ".download", ".partial"}


@dataclass(frozen=True, slots=True)
class InboxFile:
    path: Path
    name: str  # path relative to the inbox, shown to people


def leave_alone_reason(path: Path) -> str | None:
    """Why a file is not ours to touch now (lock file, temporary, hidden), or ``None``."""
    name = path.name
    if name.startswith("~$") or name.startswith(".~lock"):
        return "berkas kunci Excel/LibreOffice (dokumen sedang dibuka)"
    if name.startswith("._"):
        return "berkas metadata macOS (bukan dokumen)"
    # A dot name with a spreadsheet suffix is a document with an odd name ("..%2Fetc.xlsx"): it is
    # read and kept like any other; other dot names are system or sync-tool temporaries.
    if name.startswith("~") or (name.startswith(".") and path.suffix.lower() not in SPREADSHEET_SUFFIXES):
        return "berkas tersembunyi atau sementara"
    if path.suffix.lower() in _TEMP_SUFFIXES:
        return "berkas sementara (masih disalin)"
    return None


def scan_inbox(inbox: Path) -> list[InboxFile]:
    """Every regular file under ``inbox`` (recursively), in a stable order."""
    if not inbox.exists():
        return []
    files = []
    for path in sorted(inbox.rglob("*")):
        try:
            if path.is_symlink() or not path.is_file():
                continue
        except OSError:
            continue
        files.append(InboxFile(path, path.relative_to(inbox).as_posix()))
    return files


def sha256_of(path: Path, chunk: int = 1 << 20) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        while block := fh.read(chunk):
            h.update(block)
    return h.hexdigest()


_UNSAFE = re.compile(r"[^\w.\- ()]+", re.UNICODE)


# File systems limit a name to 255 *bytes*; a kept or feedback name adds a 25-byte prefix and a
# suffix such as ".umpan-balik.xlsx" to a component, so a component stays well below that.
MAX_COMPONENT_BYTES = 150


def safe_component(text: str, fallback: str = "tanpa-nama", limit: int = 80,
                   max_bytes: int = MAX_COMPONENT_BYTES) -> str:
    """A single path component made from untrusted text: no separators, no ``..``, no controls,
    at most ``limit`` characters and ``max_bytes`` bytes of UTF-8 (a CJK name is 3 bytes a character)."""
    text = unicodedata.normalize("NFC", text)
    text = "".join(ch for ch in text if unicodedata.category(ch)[0] != "C")
    text = text.replace("/", " ").replace("\\", " ")
    text = _UNSAFE.sub("-", text).strip(" .-")
    text = re.sub(r"\s+", " ", text)
    while ".." in text:
        text = text.replace("..", ".")
    text = text[:limit].encode("utf-8")[:max_bytes].decode("utf-8", "ignore")
    return text.strip(" .-") or fallback


def slug(text: str, fallback: str = "tanpa-nama") -> str:
    s = safe_component(text, fallback).lower()
    return re.sub(r"[\s(),-]+", "-", s).strip("-") or fallback


def kept_path(root: Path, *, tahun: int | None, opd: str, received: datetime, sha256: str, name: str) -> Path:
    """``root/<tahun>/<opd>/<YYYYmmdd-HHMMSS>_<sha8>_<original name>``: browsable by year and OPD."""
    folder = root / (str(tahun) if tahun else "tanpa-tahun") / slug(opd, "tanpa-opd")
    return folder / f"{received.strftime('%Y%m%d-%H%M%S')}_{sha256[:8]}_{safe_file_name(name)}"


_SUFFIX = re.compile(r"\.[A-Za-z0-9]{1,10}$")


def safe_file_name(name: str) -> str:
    """The last component of ``name`` made safe, its extension kept even when the stem is cut."""
    base = name.replace("\\", "/").rsplit("/", 1)[-1]
    m = _SUFFIX.search(base)
    suffix = m.group(0) if m else ""
    return safe_component(base[: len(base) - len(suffix)]) + suffix
