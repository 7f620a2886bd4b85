"""Row records: one physical table row as ``field -> raw cell value``, classified by what it is.

Both readers (the official template and hand-made tables) produce records; ``assemble`` turns
them into items. A record keeps raw values exactly as the cell held them, so validation sees what
the OPD wrote and every value keeps its column.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from pipeline.values import Cell

DATA, BELANJA, TOTAL = "data", "belanja", "total"

# "JUMLAH", "JUMLAH TOTAL", "Total Sasaran 1", "SUB TOTAL": short labels, never an indicator text
# such as "Jumlah Dokumen Perencanaan" (those sit in the indicator column and are not totals).
_TOTAL = re.compile(
    r"^\s*(jumlah|total|grand\s+total|sub\s*total)(\s+(total|keseluruhan|seluruhnya|akhir|umum|"
    r"sasaran\b.{0,30}|program\b.{0,30}|blok\b.{0,20}|\d+|[ivx]+))?\s*[:.]?\s*$", re.IGNORECASE)
_BELANJA = re.compile(
    r"^\s*belanja\s+(operasi|pegawai|barang\s*(?:dan|&)\s*jasa|modal|tidak\s+terduga)\b", re.IGNORECASE)
BELANJA_MEASURES = {
    "operasi": "belanja_operasi",
    "pegawai": "belanja_pegawai",
    "barang": "belanja_barang_jasa",
    "modal": "belanja_modal",
    "tidak": "belanja_tidak_terduga",
}


@dataclass(slots=True)
class RowRecord:
    row: int  # 1-based physical row
    values: dict[str, Cell]  # non-blank cells only
    cols: dict[str, int]  # field -> 1-based column of that value
    kind: str = DATA
    label: str = ""  # total / belanja label
    measure: str = ""  # belanja measure name
    numbering: str = ""  # "I.", "1.", "iii." when the row is numbered instead of coded
    level_hint: str = ""  # level a table reader inferred from structure
    extra: dict[str, str] = field(default_factory=dict)

    def text(self, fld: str) -> str:
        v = self.values.get(fld)
        return "" if v is None else " ".join(str(v).split())

    def has(self, fld: str) -> bool:
        v = self.values.get(fld)  # not is_blank(v), inlined: asked for every field of every row
        return v is not None and (not isinstance(v, str) or bool(v.strip()))


def total_label(text: str) -> str:
    """The tidy label when ``text`` is a total label (``JUMLAH TOTAL``), else ``""``."""
    return " ".join(text.split()) if _TOTAL.match(text) else ""


def belanja_label(text: str) -> tuple[str, str, str] | None:
    """``Belanja operasi : 9.058.600`` -> (``Belanja operasi``, ``belanja_operasi``, ``9.058.600``).

    The amount is ``""`` when the cell holds the label only (the amount then sits in the next cell).
    """
    m = _BELANJA.match(text)
    if m is None:
        return None
    label, _, amount = " ".join(text.split()).partition(":")
    return label.strip(), BELANJA_MEASURES[m.group(1).split()[0].lower()], amount.strip()


# _TOTAL, else _BELANJA, in one match (a regex tries its alternatives in order): asked of every row.
_TOTAL_OR_BELANJA = re.compile(f"(?P<total>{_TOTAL.pattern})|{_BELANJA.pattern}", re.IGNORECASE)


def classify(record: RowRecord, label_fields: tuple[str, ...] = ("kode", "nama", "indikator")) -> RowRecord:
    """Mark total rows (JUMLAH...) and belanja breakdown rows (``Belanja operasi : 9.058.600``)."""
    for fld in label_fields:
        v = record.values.get(fld)
        if not isinstance(v, str):
            continue
        if fld in ("kode", "nama"):
            m = _TOTAL_OR_BELANJA.match(v)
            if m is None:
                continue
            if m.group("total") is not None:
                record.kind, record.label = TOTAL, " ".join(v.split())
                return record
        m = _BELANJA.match(v)
        if m:
            record.kind, record.label = BELANJA, " ".join(v.split()).rstrip(": ")
            record.measure = BELANJA_MEASURES[m.group(1).split()[0].lower()]
            return record
    return record
