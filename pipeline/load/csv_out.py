"""The canonical table as CSV for analysts: exact decimals, provenance columns, no live formulas."""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable
from decimal import Decimal
from pathlib import Path
from typing import TextIO

from pipeline.atomic import atomic_path
from pipeline.model import CANONICAL_FIELDS, CanonicalRow
from pipeline.values import format_decimal

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def neutralize(text: str) -> str:
    """A text that a spreadsheet would run as a formula is prefixed with ``'`` (OWASP CSV injection).

    Control characters other than tab and line breaks (a terminal escape, a bell) are dropped first,
    and a carriage return becomes a line feed: the file's lines end in ``\n``, so the csv module
    quotes a field holding ``\n`` but would leave a lone ``\r`` bare and break the line.
    """
    text = _CONTROL.sub("", text)
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return "'" + text if text.startswith(_FORMULA_START) else text


def write_canonical_csv(path: Path, rows: list[CanonicalRow]) -> None:
    # Straight into the temporary file (no whole-table string in memory); the BOM makes Excel open
    # the UTF-8 CSV correctly.
    with atomic_path(path) as tmp, open(tmp, "w", encoding="utf-8-sig", newline="") as fh:
        write_rows(fh, rows)


# A canonical row's fields fall into runs that repeat from row to row: the submission's (id,
# document, year, pemda, OPD, bidang), the item's (kode ... catatan), the kind of value (measure,
# period, scenario) and the source's (file, sha256, sheet). Each distinct run is rendered to CSV
# text once and reused; the value, its unit and raw text and the cell are checked one by one. A
# row so costs a few dictionary lookups instead of 25 fields through the csv module (a pemda's
# table is some 35,000 rows).
_AT = {name: i for i, name in enumerate(CANONICAL_FIELDS)}
_RUNS = ((0, _AT["kode"]), (_AT["kode"], _AT["measure"]), (_AT["measure"], _AT["value"]),
         (_AT["source_file"], _AT["cell"]))
_VALUE_AT, _UNIT_AT, _RAW_AT, _CELL_AT = _AT["value"], _AT["unit"], _AT["raw"], _AT["cell"]
assert (_VALUE_AT + 1, _UNIT_AT + 1, _RAW_AT + 1, _CELL_AT + 1) == (_UNIT_AT, _RAW_AT, _AT["source_file"],
                                                                     len(CANONICAL_FIELDS))


def write_rows(fh: TextIO, rows: Iterable[CanonicalRow]) -> None:
    """The header and ``rows`` as CSV (QUOTE_MINIMAL, ``\n`` line ends) to the text file ``fh``."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")

    def render(fields: Iterable[object]) -> str:
        buffer.seek(0)
        buffer.truncate()
        writer.writerow([_field(v) for v in fields])
        return buffer.getvalue()[:-1]  # without the line end

    def single(text: str) -> str:
        """One text field: as it is when nothing in it needs quoting or neutralizing."""
        if not text or (text.isprintable() and not text.startswith(_FORMULA_START) and "," not in text
                        and '"' not in text):
            return text
        return render((text, ""))[:-1]  # a lone field renders as \"\" when empty; with a neighbour it cannot

    def join(fields: tuple[object, ...]) -> str:
        """A run of fields, each text through ``single``; numbers (year, indicator number) as is."""
        return ",".join(single(v) if isinstance(v, str) else "" if v is None else str(v) for v in fields)

    fh.write(render(CANONICAL_FIELDS) + "\n")
    (a0, a1), (b0, b1), (c0, c1), (d0, d1) = _RUNS
    runs: tuple[dict[tuple[object, ...], str], ...] = ({}, {}, {}, {})
    runs_a, runs_b, runs_c, runs_d = runs
    values: dict[Decimal, str] = {}
    units: dict[str, str] = {}
    lines: list[str] = []
    for r in rows:
        t = r.as_tuple()
        ka, kb, kc, kd = t[a0:a1], t[b0:b1], t[c0:c1], t[d0:d1]
        sa = runs_a.get(ka)
        if sa is None:
            sa = runs_a[ka] = join(ka)
        sb = runs_b.get(kb)
        if sb is None:
            sb = runs_b[kb] = join(kb)
        sc = runs_c.get(kc)
        if sc is None:
            sc = runs_c[kc] = join(kc)
        sd = runs_d.get(kd)
        if sd is None:
            sd = runs_d[kd] = join(kd)
        value = t[_VALUE_AT]
        text: str | None = ""
        if value is not None:
            text = values.get(value)  # type: ignore[call-overload]
            if text is None:
                text = values[value] = format_decimal(value)  # type: ignore[index, arg-type]
        unit, raw, cell = t[_UNIT_AT], t[_RAW_AT], t[_CELL_AT]
        unit_text = units.get(unit)  # a handful of units: each checked once
        if unit_text is None:
            unit_text = units[unit] = single(unit)  # type: ignore[arg-type]
        # raw: digits as the cell showed them, most of the time; a cell: "J12" (our own A1 text)
        lines.append(f"{sa},{sb},{sc},{text},{unit_text},{raw if raw.isalnum() else single(raw)},{sd},"
                     f"{cell if cell.isalnum() else single(cell)}\n")
        if len(lines) >= 4096:
            fh.write("".join(lines))
            lines.clear()
            if len(values) > 65_536:  # values rarely repeat: keep the memo from growing with the table
                values.clear()
            if len(units) > 4096:
                units.clear()
    fh.write("".join(lines))


def _field(v: object) -> object:
    """One field as the CSV holds it: exact decimal text, neutralized text, or the value itself."""
    if isinstance(v, Decimal):
        return format_decimal(v)
    if v is None:
        return ""
    if isinstance(v, str) and (not v.isprintable() or v.startswith(_FORMULA_START)):
        return neutralize(v)
    return v
