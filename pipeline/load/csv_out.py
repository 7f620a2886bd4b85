"""The canonical table as CSV for analysts: exact decimals, provenance columns, no live formulas."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from pipeline.atomic import write_bytes
from pipeline.model import CANONICAL_FIELDS, CanonicalRow
from pipeline.values import format_decimal

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def neutralize(text: str) -> str:
    """A text that a spreadsheet would run as a formula is prefixed with ``'`` (OWASP CSV injection)."""
    return "'" + text if text.startswith(_FORMULA_START) else text


def write_canonical_csv(path: Path, rows: list[CanonicalRow]) -> None:
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(CANONICAL_FIELDS)
    for r in rows:
        out: list[object] = []
        for name, v in zip(CANONICAL_FIELDS, r.as_tuple(), strict=True):
            if name == "value":
                out.append("" if v is None else format_decimal(v))  # type: ignore[arg-type]
            elif isinstance(v, str):
                out.append(neutralize(v))
            else:
                out.append(v)
        writer.writerow(out)
    write_bytes(path, buf.getvalue().encode("utf-8-sig"))  # BOM: Excel opens UTF-8 CSV correctly
