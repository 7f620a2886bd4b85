"""A finding: one occurrence of a catalogued kind, with its location and parameters."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from pipeline.findings.catalogue import KINDS, FindingKind, Severity

_SEVERITY_ORDER = {Severity.ERROR: 0, Severity.WARNING: 1, Severity.INFO: 2}


class _Missing(dict[str, Any]):
    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


@dataclass(slots=True)
class Finding:
    """Where (file, sheet, row, column, cell) and what (kind code + params) went wrong."""

    code: str
    params: dict[str, Any] = field(default_factory=dict)
    file: str = ""
    sheet: str | None = None
    row: int | None = None  # 1-based, as Excel shows it
    column: int | None = None  # 1-based
    field: str | None = None
    raw: str | None = None
    expected: str | None = None
    kode: str | None = None
    related: tuple[str, ...] = ()  # other cells involved (A1), e.g. the children of a roll-up

    def __post_init__(self) -> None:
        if self.code not in KINDS:
            raise KeyError(f"undeclared finding kind: {self.code}")

    @property
    def kind(self) -> FindingKind:
        return KINDS[self.code]

    @property
    def severity(self) -> Severity:
        return self.kind.severity

    @property
    def cell(self) -> str | None:
        if self.row is None or self.column is None:
            return None
        return a1(self.row, self.column)

    def message(self, lang: str = "id") -> str:
        template = self.kind.message_en if lang == "en" else self.kind.message_id
        params = _Missing(file=self.file, sheet=self.sheet or "", row=self.row or "", raw=self.raw or "",
                          kode=self.kode or "", expected=self.expected or "", field=self.field or "")
        params.update(self.params)
        if lang == "en":  # a parameter may carry its English wording as "<name>_en"
            params.update({k[:-3]: v for k, v in self.params.items() if k.endswith("_en")})
        text = template.format_map(params)
        return text[:1].upper() + text[1:]

    def sort_key(self) -> tuple[str, int, int, int, str]:
        return (self.sheet or "", self.row or 0, self.column or 0, _SEVERITY_ORDER[self.severity], self.code)

    def to_dict(self, lang: str = "id") -> dict[str, Any]:
        return {
            "code": self.code,
            "severity": str(self.severity),
            "message": self.message(lang),
            "hint": self.kind.hint(lang),
            "file": self.file,
            "sheet": self.sheet,
            "cell": self.cell,
            "row": self.row,
            "column": column_letter(self.column) if self.column else None,
            "field": self.field,
            "raw": self.raw,
            "expected": self.expected,
            "kode": self.kode,
            "related_cells": list(self.related),
            "params": {k: v for k, v in self.params.items() if isinstance(v, str | int | float | bool)},
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Finding:
        """Rebuild a finding from ``to_dict`` output (reports kept beside the store)."""
        col = data.get("column")
        return cls(data["code"], params=dict(data.get("params") or {}), file=data.get("file") or "",
                   sheet=data.get("sheet"), row=data.get("row"), column=column_index(col) if col else None,
                   field=data.get("field"), raw=data.get("raw"), expected=data.get("expected"),
                   kode=data.get("kode"), related=tuple(data.get("related_cells") or ()))


class FindingList(list[Finding]):
    """Findings of one submission, with the counts the summary needs."""

    def count(self, severity: Severity) -> int:  # type: ignore[override]
        return sum(1 for f in self if f.severity == severity)

    @property
    def errors(self) -> int:
        return self.count(Severity.ERROR)

    @property
    def warnings(self) -> int:
        return self.count(Severity.WARNING)

    @property
    def has_errors(self) -> bool:
        return any(f.severity == Severity.ERROR for f in self)

    def sorted(self) -> list[Finding]:
        return sorted(self, key=Finding.sort_key)

    def extend_all(self, findings: Iterable[Finding]) -> None:
        self.extend(findings)

    def of(self, code: str) -> Iterator[Finding]:
        return (f for f in self if f.code == code)


@lru_cache(maxsize=1024, typed=True)  # every canonical row and finding names its cell: the same few columns
def column_letter(col: int) -> str:
    letters = ""
    while col:
        col, rem = divmod(col - 1, 26)
        letters = chr(65 + rem) + letters
    return letters


def column_index(letters: str) -> int:
    n = 0
    for ch in letters.upper():
        n = n * 26 + (ord(ch) - 64)
    return n


def a1(row: int, col: int) -> str:
    return f"{column_letter(col)}{row}"


_A1 = re.compile(r"\$?([A-Za-z]{1,3})\$?(\d+)")


def parse_a1(cell: str) -> tuple[int | None, int | None]:
    """(row, column) of ``B12`` or ``$B$12``; (None, None) for anything else (an empty cell name)."""
    match = _A1.fullmatch(cell.strip())
    if not match:
        return None, None
    return int(match.group(2)), column_index(match.group(1))
