"""The official nomenclature (Kepmendagri 050-5889/2021 and amendments) as the operator supplies it.

No machine-readable official list is public, so Bappeda provides one: a CSV or XLSX with the
columns ``kode, nama, kinerja, indikator, satuan`` (only ``kode`` and ``nama`` are required).
Codes are normalized like the submissions' (``pipeline.codes.parse_code``); ``X.XX`` stays a
wildcard bidang, so ``X.XX.01.2.02.0001`` stands for the penunjang sub kegiatan of every OPD.

``python -m pipeline reference import FILE`` checks a list and writes it normalized to
``reference/nomenklatur.csv`` in the project folder, where ``run`` and ``validate`` pick it up.
A list with a bad row is refused as a whole: the reference can reject submissions, so a row
silently dropped would turn into wrong ``reference-unknown-code`` errors for every OPD using it.

Only the levels a list covers are checked against it: a list of sub kegiatan alone does not
make every program "unknown".
"""

from __future__ import annotations

import csv
import io
import os
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from pipeline.atomic import write_text
from pipeline.codes import Code, Level, parse_code
from pipeline.operator_files import OperatorFileError, read_operator_table
from pipeline.values import ValueProblem, cell_text, normalize_unit

COLUMNS = ("kode", "nama", "kinerja", "indikator", "satuan")
# Header names seen in exports of the nomenclature besides the canonical ones.
ALIASES = {"nomenklatur": "nama", "uraian": "nama", "nama nomenklatur": "nama", "kinerja/output": "kinerja",
           "indikator kinerja": "indikator"}
PROJECT_REFERENCE = Path("reference") / "nomenklatur.csv"
EXAMPLE_REFERENCE = Path(__file__).resolve().parent / "data" / "nomenklatur_contoh.csv"
WILDCARD = "X.XX"


class ReferenceError(OperatorFileError):
    """A nomenclature file that cannot be used as it is."""


@dataclass(frozen=True, slots=True)
class RefEntry:
    kode: str  # normalized dotted code, possibly starting with X.XX
    nama: str
    kinerja: str = ""
    indikator: str = ""
    satuan: str = ""


@dataclass(frozen=True, eq=False)
class Reference:
    """Nomenclature entries by normalized code; ``source`` names the file in messages."""

    entries: Mapping[str, RefEntry]
    source: str = ""
    levels: frozenset[Level] = field(init=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "levels", frozenset(Code(k).level for k in self.entries))

    def __len__(self) -> int:
        return len(self.entries)

    def covers(self, level: Level | None) -> bool:
        return level is not None and level in self.levels

    def lookup(self, code: Code | str) -> RefEntry | None:
        """The entry of ``code``: its own, else the ``X.XX`` wildcard entry for the same program onward."""
        dotted = str(code)
        entry = self.entries.get(dotted)
        if entry is None:
            segments = dotted.split(".")
            if len(segments) >= 3:
                entry = self.entries.get(".".join([WILDCARD, *segments[2:]]))
        return entry

    def counts(self) -> dict[str, int]:
        by_level = Counter(Code(k).level for k in self.entries)
        return {level.label: by_level[level] for level in sorted(by_level)}

    @classmethod
    def from_entries(cls, entries: Iterable[RefEntry], source: str = "") -> Reference:
        return cls({e.kode: e for e in entries}, source)


# --- reading --------------------------------------------------------------------------------------


def read_reference(path: Path) -> tuple[Reference, list[str]]:
    """Read a nomenclature file; return the entries and the problems of its rows (line: why)."""
    table = read_operator_table(path, required=("kode", "nama"), optional=COLUMNS[2:], aliases=ALIASES)
    entries: dict[str, RefEntry] = {}
    line_of: dict[str, int] = {}
    problems: list[str] = []
    for line, values in table.rows:
        text = {k: cell_text(values.get(k)) for k in COLUMNS}
        code = parse_code(values.get("kode"))
        if code is None:
            problems.append(f"baris {line}: kode kosong (nama '{text['nama'][:60]}')")
            continue
        if isinstance(code, ValueProblem):
            why = "dirusak Excel (format kolom sebagai Teks)" if code.kind == "code-mangled" else "tidak valid"
            problems.append(f"baris {line}: kode '{code.raw}' {why}")
            continue
        if not text["nama"]:
            problems.append(f"baris {line}: nama kosong untuk kode {code}")
            continue
        entry = RefEntry(str(code), text["nama"], text["kinerja"], text["indikator"], text["satuan"])
        known = entries.get(entry.kode)
        if known is not None and fold_name(known.nama) != fold_name(entry.nama):
            problems.append(f"baris {line}: kode {entry.kode} sudah ada di baris {line_of[entry.kode]} "
                            f"dengan nama lain ('{known.nama[:60]}')")
            continue
        if known is None:
            entries[entry.kode] = entry
            line_of[entry.kode] = line
    if not entries and not problems:
        problems.append("tidak ada baris data")
    return Reference(entries, Path(path).name), problems


def load_reference(path: Path) -> Reference:
    """Read a nomenclature file that must be clean; ``ReferenceError`` lists its problems otherwise."""
    reference, problems = read_reference(path)
    if problems:
        shown = "; ".join(problems[:10]) + (f"; ... (+{len(problems) - 10})" if len(problems) > 10 else "")
        raise ReferenceError(f"nomenklatur {Path(path).name} tidak dapat dipakai: {shown}")
    return reference


@lru_cache(maxsize=4)
def _cached(path: str, mtime_ns: int, size: int) -> Reference:
    del mtime_ns, size  # part of the cache key only: an edited file is read again
    return load_reference(Path(path))


def cached_reference(path: Path) -> Reference:
    """``load_reference`` once per process and file version (a province run validates 1,600 files)."""
    resolved = Path(path).resolve()
    stat = resolved.stat()
    return _cached(str(resolved), stat.st_mtime_ns, stat.st_size)


def project_reference_path(project: Path | None = None) -> Path:
    """Where ``reference import`` puts the nomenclature: the project folder (``PIPELINE_HOME`` or the
    current folder, as for the default store) / ``reference/nomenklatur.csv``."""
    root = project or Path(os.environ.get("PIPELINE_HOME", Path.cwd()))
    return root / PROJECT_REFERENCE


def project_reference(project: Path | None = None) -> Path | None:
    """The nomenclature imported into the project folder, if one was."""
    path = project_reference_path(project)
    return path if path.is_file() else None


# --- writing --------------------------------------------------------------------------------------


def reference_csv(reference: Reference) -> str:
    """The normalized CSV text: every column, entries in code order, UTF-8 with BOM for Excel."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(COLUMNS)
    for kode in sorted(reference.entries, key=code_order):
        e = reference.entries[kode]
        writer.writerow([e.kode, e.nama, e.kinerja, e.indikator, e.satuan])
    return "\ufeff" + out.getvalue()


def write_reference(reference: Reference, dest: Path) -> None:
    write_text(dest, reference_csv(reference))


def code_order(kode: str) -> tuple[tuple[int, str], ...]:
    """Numeric segment order; the ``X.XX`` wildcard entries after the real bidang."""
    return tuple((int(s), "") if s.isdigit() else (10**6, s) for s in kode.split("."))


# --- comparing ------------------------------------------------------------------------------------

_AROUND_PUNCT = re.compile(r"\s*([/,.;:()\-])\s*")
# Abbreviations OPDs write for words of the official names; a name differing only by them is the same.
_ABBREVIATIONS = {"kab": "kabupaten", "kab.": "kabupaten", "prov": "provinsi", "prov.": "provinsi", "&": "dan",
                  "yg": "yang", "pemkab": "pemerintah kabupaten"}
_WORD = re.compile(r"[^\s/,;:()\-]+")
# Headings are written with or without their level word ("BIDANG PERENCANAAN" for bidang "PERENCANAAN").
_LEVEL_WORD = re.compile(r"^(urusan pemerintahan bidang|bidang urusan|urusan|bidang|program|sub kegiatan|kegiatan) ")


def fold_name(text: str) -> str:
    """Names compared without case, spacing, spaces around punctuation, common abbreviations or a
    leading level word (``Kab / Kota`` = ``KABUPATEN/KOTA``), so trivial differences are not reported."""
    t = unicodedata.normalize("NFKC", text).casefold()
    t = _WORD.sub(lambda m: _ABBREVIATIONS.get(m.group(0), m.group(0)), t)
    t = " ".join(t.split())
    t = _LEVEL_WORD.sub("", t)
    return _AROUND_PUNCT.sub(r"\1", t).strip(" .")


def unit_key(text: str) -> str:
    """The canonical unit of a spelling (``dok`` = ``Dokumen``), or the folded text when unknown."""
    unit = normalize_unit(text)
    return unit.name if unit is not None else " ".join(text.casefold().split())
