"""The document types Bappeda collects, described by their JSON Schemas in ``schemas/``.

A schema's ``x-`` keywords say how its columns map onto the canonical model: ``x-columns`` (order
in the template), ``x-kind`` (kode, text, rupiah, target, satuan), ``x-measure`` ([measure,
period, scenario]; period ``n`` is the plan year, ``n+1`` the next) and ``x-unit-of``.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

DOCUMENT_TITLES = {
    "renja": ("Renja Perangkat Daerah (T-C.33)", "Renja (work plan, T-C.33)"),
    "renja_perubahan": ("Renja/RKT Perubahan", "Renja/RKT revision"),
    "evaluasi_renja": ("Evaluasi Renja (T-C.29)", "Renja evaluation (T-C.29)"),
    "review_ranwal": ("Review Ranwal RKPD (T-C.31)", "Ranwal RKPD review (T-C.31)"),
    "rencana_aksi": ("Rencana Aksi", "Action plan"),
    "rkt": ("Rencana Kinerja Tahunan (RKT)", "Annual performance plan (RKT)"),
}


def schemas_dir() -> Path:
    env = os.environ.get("PIPELINE_SCHEMAS")
    return Path(env) if env else Path(__file__).resolve().parents[1] / "schemas"


@dataclass(frozen=True, slots=True)
class MeasureSpec:
    measure: str
    period: str  # "n", "n+1", "n-1", "TW1", ...
    scenario: str


@dataclass(frozen=True, eq=False)  # identity hash: one cached instance per type
class DocumentType:
    name: str
    schema: dict[str, Any]

    @property
    def columns(self) -> list[str]:
        return list(self.schema["x-columns"])

    @property
    def properties(self) -> dict[str, Any]:
        return dict(self.schema["properties"])

    @cache  # noqa: B019 - asked for every cell read; one instance per type (document_type), never freed anyway
    def kind(self, field: str) -> str:
        return str(self.properties[field].get("x-kind", "text"))

    @cache  # noqa: B019 - asked for every cell read; one instance per type (document_type), never freed anyway
    def measure(self, field: str) -> MeasureSpec | None:
        spec = self.properties[field].get("x-measure")
        if not spec:
            return None
        return MeasureSpec(spec[0], spec[1], spec[2] if len(spec) > 2 else "rencana")

    @cache  # noqa: B019 - asked for every cell read; one instance per type (document_type), never freed anyway
    def unit_field_for(self, field: str) -> str | None:
        for name, prop in self.properties.items():
            of = prop.get("x-unit-of")
            if of == field or (isinstance(of, list) and field in of):  # one satuan column for several targets
                return name
        return None

    @cache  # noqa: B019 - asked for every cell read; one instance per type (document_type), never freed anyway
    def label(self, field: str) -> str:
        return str(self.properties[field].get("title", field))

    def title(self, lang: str = "id") -> str:
        id_, en = DOCUMENT_TITLES.get(self.name, (self.name, self.name))
        return en if lang == "en" else id_


@cache
def document_type(name: str) -> DocumentType:
    path = schemas_dir() / f"{name}.row.schema.json"
    return DocumentType(name, json.loads(path.read_text(encoding="utf-8")))


def period_year(period: str, tahun: int) -> str:
    """``n`` -> "2024", ``n+1`` -> "2025", ``n-2`` -> "2022", ``n/TW1`` -> "2024-TW1" (a quarter of
    year n); other periods are kept."""
    base, sep, part = period.partition("/")
    if sep:
        return f"{period_year(base, tahun)}-{part}"
    if period == "n":
        return str(tahun)
    if period.startswith("n+") or period.startswith("n-"):
        return str(tahun + int(period[1:]))
    return period
