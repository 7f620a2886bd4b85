"""Finishing what a killed run started, without keeping anything twice.

Kept copies are named ``<YYYYmmdd-HHMMSS>_<sha8>_<original name>`` (``intake.kept_path``). The
time is when the run received the file, so a later run would choose another name for the same
bytes; before keeping a copy the run looks for one a killed run already made.
"""

from __future__ import annotations

from pathlib import Path

from pipeline.intake import sha256_of


def find_kept_copy(target: Path, sha256: str) -> Path | None:
    """A file beside ``target`` with the same ``<sha8>_<original name>`` part and the same content."""
    tail = target.name.split("_", 1)[-1]
    folder = target.parent
    if not folder.is_dir():
        return None
    for path in sorted(folder.iterdir()):
        if path.is_file() and path.name.split("_", 1)[-1] == tail and not path.name.startswith("."):
            try:
                if sha256_of(path) == sha256:
                    return path
            except OSError:
                continue
    return None
