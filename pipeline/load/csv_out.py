"""The canonical table as CSV for analysts: exact decimals, provenance columns, no live formulas."""

from __future__ import annotations

import csv
import re
from decimal import Decimal
from pathlib import Path
from typing import Any

from pipeline.atomic import atomic_path
from pipeline.model import CANONICAL_FIELDS, CanonicalRow
from pipeline.values import format_decimal

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def neutralize(text: str) -> str:
    """A text that a spreadsheet would run as a formula is prefixed with ``'`` (OWASP CSV injection).

    Control characters other than tab and line breaks (a terminal escape, a bell) are dropped first.
    """
    text = _CONTROL.sub("", text)
    return "'" + text if text.startswith(_FORMULA_START) else text


def write_canonical_csv(path: Path, rows: list[CanonicalRow]) -> None:
    # Straight into the temporary file (no whole-table string in memory); the BOM makes Excel open
    # the UTF-8 CSV correctly.
    with atomic_path(path) as tmp, open(tmp, "w", encoding="utf-8-sig", newline="") as fh:
        _write_rows(csv.writer(fh, lineterminator="\n"), rows)


def _write_rows(writer: Any, rows: list[CanonicalRow]) -> None:
    writer.writerow(CANONICAL_FIELDS)
    # Most texts (pemda, OPD, kode, nama, file...) and many values repeat on every row of an item or
    # a submission: each distinct one is neutralized or formatted once.
    texts: dict[str, str] = {}
    values: dict[Decimal, str] = {}
    value_at = CANONICAL_FIELDS.index("value")
    for r in rows:
        out: list[object] = []
        for i, v in enumerate(r.as_tuple()):
            if i == value_at:
                if v is None:
                    out.append("")
                else:
                    text = values.get(v)  # type: ignore[call-overload]
                    if text is None:
                        text = values[v] = format_decimal(v)  # type: ignore[index, arg-type]
                    out.append(text)
            elif isinstance(v, str):
                if v.isprintable() and not v.startswith(_FORMULA_START):
                    out.append(v)  # nothing to neutralize (most texts): no regex, no memo
                    continue
                text = texts.get(v)
                if text is None:
                    text = texts[v] = neutralize(v)
                out.append(text)
            else:
                out.append(v)
        writer.writerow(out)
