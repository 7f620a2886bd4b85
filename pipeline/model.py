"""The data that flows between stages: submissions, extracted items with provenance, canonical rows.

Extraction produces a ``Submission`` holding ``Item``s (program / kegiatan / sub kegiatan rows,
with their indicators and measures, each value tied to its source cell). Normalization flattens
items into ``CanonicalRow``s: one row per measure value, the single table design every document
type shares (measure x period x scenario), described by ``schemas/canonical_row.schema.json``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any, NamedTuple

from pipeline.codes import Code, Level
from pipeline.findings import FindingList
from pipeline.findings.model import a1


@dataclass(slots=True)
class Measure:
    """One number of an item: what it measures, for which period and scenario, and where it was."""

    measure: str  # pagu, target, belanja_operasi, belanja_pegawai, belanja_barang_jasa, belanja_modal, ...
    period: str  # "2024", "2025", "2024-TW1"
    scenario: str  # rencana, sebelum, setelah, realisasi, ...
    value: Decimal | None
    raw: str
    row: int
    col: int
    unit: str | None = None  # canonical unit (targets)
    unit_raw: str = ""

    @property
    def cell(self) -> str:
        return a1(self.row, self.col)


@dataclass(slots=True)
class Indicator:
    """A performance indicator of an item with its targets (continuation rows add more)."""

    text: str
    row: int
    col: int
    targets: list[Measure] = field(default_factory=list)


@dataclass(slots=True)
class Item:
    """A program / kegiatan / sub kegiatan (or urusan / bidang) row as the document states it."""

    row: int  # first physical row (1-based)
    kode: Code | None
    kode_raw: str
    level: Level | None
    nama: str
    sheet: str = ""
    level_inferred: bool = False
    attrs: dict[str, str] = field(default_factory=dict)  # lokasi, sumber_dana, catatan, ...
    # field -> column of its value on ``row`` (the row record's own map, shared: an item has some
    # twenty fields and a file some 250 items, so no (row, col) pair is made until asked for)
    cols: dict[str, int] = field(default_factory=dict)
    indicators: list[Indicator] = field(default_factory=list)
    measures: list[Measure] = field(default_factory=list)
    parent: Item | None = field(default=None, repr=False)
    moved: dict[str, tuple[int, int]] | None = None  # field -> (row, col) of a value not on ``row``

    @property
    def key(self) -> str:
        return str(self.kode) if self.kode else f"row{self.row}"

    def measure(self, measure: str, period: str, scenario: str = "rencana") -> Measure | None:
        for m in self.measures:
            if m.measure == measure and m.period == period and m.scenario == scenario:
                return m
        return None

    def cell(self, fld: str) -> tuple[int, int] | None:
        """(row, col) of field ``fld``'s value, None when the item has none."""
        if self.moved is not None and fld in self.moved:
            return self.moved[fld]
        col = self.cols.get(fld)
        return None if col is None else (self.row, col)

    def cell_of(self, fld: str) -> tuple[int, int]:
        """``cell(fld)``, or the item row's first column."""
        return self.cell(fld) or (self.row, 1)

    def set_cell(self, fld: str, cell: tuple[int, int]) -> None:
        if self.moved is None:
            self.moved = {}
        self.moved[fld] = cell

    @property
    def cells(self) -> dict[str, tuple[int, int]]:
        """Every field's (row, col), made on demand."""
        out = {fld: (self.row, col) for fld, col in self.cols.items()}
        out.update(self.moved or {})
        return out


@dataclass(slots=True)
class TotalRow:
    """A ``JUMLAH`` / ``JUMLAH TOTAL`` row: checked against the data, never imported as data."""

    row: int
    label: str
    measures: list[Measure] = field(default_factory=list)
    scope_start: int = 0  # first data row the total covers


@dataclass(slots=True)
class Reading:
    """How the file was read: sheet, header rows, which column holds which field."""

    sheet: str
    header_rows: tuple[int, ...]
    columns: dict[str, int]  # field -> 1-based column
    source: str  # "template" or "table"
    other_sheets: tuple[str, ...] = ()
    header_texts: dict[int, str] = field(default_factory=dict)  # column -> its header as shown, for feedback


@dataclass(slots=True)
class Submission:
    """One file's content once extracted: identity, items, totals, how it was read, findings."""

    file_name: str
    sha256: str
    document: str  # renja, renja_perubahan, evaluasi_renja, rencana_aksi, rkt, review_ranwal
    tahun: int | None = None
    pemda: str = ""
    opd: str = ""
    template_version: str = ""
    reading: Reading | None = None
    items: list[Item] = field(default_factory=list)
    totals: list[TotalRow] = field(default_factory=list)
    findings: FindingList = field(default_factory=FindingList)
    meta_sources: dict[str, dict[str, str]] = field(default_factory=dict)  # field -> {source: value}
    records: list[Any] = field(default_factory=list, repr=False)  # extract.records.RowRecord

    @property
    def sheet(self) -> str:
        return self.reading.sheet if self.reading else ""

    @property
    def accepted(self) -> bool:
        return not self.findings.has_errors


class CanonicalRow(NamedTuple):
    """One value of the canonical table; see ``schemas/canonical_row.schema.json``.

    A named tuple, not a dataclass: a pemda's outputs read some 35,000 of them back from the store
    and every file makes about 850; a tuple is built from the store's row in one C call, is its
    own CSV row (``as_tuple``) and takes less memory.
    """

    submission_id: str
    document: str
    tahun: int
    pemda: str
    opd: str
    bidang: str
    kode: str
    level: str
    parent_kode: str
    nama: str
    indikator_no: int  # 0: the item's own measures (pagu...); 1..n: its indicators
    indikator: str
    lokasi: str
    sumber_dana: str
    catatan: str
    measure: str
    period: str
    scenario: str
    value: Decimal | None
    unit: str
    raw: str
    source_file: str
    sha256: str
    sheet: str
    cell: str

    def as_tuple(self) -> tuple[Any, ...]:
        return self


CANONICAL_FIELDS: tuple[str, ...] = CanonicalRow._fields
