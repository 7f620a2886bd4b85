"""The canonical table as CSV for analysts: exact decimals, provenance columns, no live formulas."""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from decimal import Decimal
from itertools import groupby, repeat
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


# The rows are written a block at a time, column by column: each column's distinct values are
# rendered once (names, codes, units and files repeat down a column; values rarely do), and the
# lines are put together by ``str.join`` over the rendered columns, in C. Within a block, the rows
# of one submission (a run of one submission_id) share the fields its record gives them all: when
# they are alike on the run they are joined once for it, not on every line. A pemda's table is
# some 35,000 rows: ~60 ms this way, where rendering field by field took several times that.
_BLOCK = 4096
_MEMO_CAP = 65_536  # distinct renderings kept per column: enough for a pemda, bounded for more
_AT = {name: i for i, name in enumerate(CANONICAL_FIELDS)}
_HEAD = tuple(range(_AT["opd"] + 1))  # submission_id, document, tahun, pemda, opd
_TAIL = (_AT["source_file"], _AT["sha256"])
_MIDDLE = tuple(range(_HEAD[-1] + 1, _TAIL[0]))
_END = tuple(range(_TAIL[-1] + 1, len(CANONICAL_FIELDS)))
assert CANONICAL_FIELDS[:len(_HEAD)] == ("submission_id", "document", "tahun", "pemda", "opd")
assert _TAIL == (_TAIL[0], _TAIL[0] + 1) and len(_HEAD + _MIDDLE + _TAIL + _END) == len(CANONICAL_FIELDS)


def write_rows(fh: TextIO, rows: Sequence[CanonicalRow]) -> None:
    """The header and ``rows`` as CSV (QUOTE_MINIMAL, ``\n`` line ends) to the text file ``fh``."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")

    def render(fields: Iterable[object]) -> str:
        buffer.seek(0)
        buffer.truncate()
        writer.writerow([_field(v) for v in fields])
        return buffer.getvalue()[:-1]  # without the line end

    def text(v: object) -> str:
        """One field as CSV text: as it is when nothing in it needs quoting or neutralizing."""
        if isinstance(v, str):
            if not v or (v.isprintable() and not v.startswith(_FORMULA_START) and "," not in v and '"' not in v):
                return v
            return render((v, ""))[:-1]  # a lone field renders as \"\" when empty; with a neighbour it cannot
        if v is None:
            return ""
        if isinstance(v, Decimal):  # equal values render alike (format_decimal normalizes): one memo entry serves
            return format_decimal(v)
        return str(v)

    fh.write(render(CANONICAL_FIELDS) + "\n")
    memos = [_Rendered(text) for _ in CANONICAL_FIELDS]
    for start in range(0, len(rows), _BLOCK):
        for memo in memos:
            if len(memo) > _MEMO_CAP:
                memo.clear()
        columns = list(zip(*rows[start:start + _BLOCK], strict=True))
        fh.write("\n".join(_block_lines(columns, memos)) + "\n")


def _block_lines(columns: list[tuple[object, ...]], memos: list[_Rendered]) -> Iterator[str]:
    """The lines of a block given as columns, a run of one submission's rows at a time."""
    rendered: dict[int, list[str]] = {}

    def field(k: int) -> list[str]:
        """Column ``k`` as CSV texts (a value seen before: one lookup, in C)."""
        found = rendered.get(k)
        if found is None:
            found = rendered[k] = list(map(memos[k].__getitem__, columns[k]))
        return found

    start = 0
    for _, run in groupby(columns[0]):
        end = start + sum(1 for _ in run)
        n = end - start
        if all(columns[k][start:end].count(columns[k][start]) == n for k in (*_HEAD[1:], *_TAIL)):
            head = ",".join(memos[k][columns[k][start]] for k in _HEAD)
            tail = ",".join(memos[k][columns[k][start]] for k in _TAIL)
            yield "\n".join(map(",".join, zip(repeat(head, n), *(field(k)[start:end] for k in _MIDDLE),  # noqa: B905
                                               repeat(tail, n), *(field(k)[start:end] for k in _END))))
        else:  # fields that differ within one submission (not from the store): field by field
            yield "\n".join(map(",".join, zip(*(field(k)[start:end] for k in range(len(columns))), strict=True)))
        start = end


class _Rendered(dict[object, str]):
    """Value -> its CSV text, rendered by ``render`` the first time the value is asked for."""

    def __init__(self, render: Callable[[object], str]) -> None:
        super().__init__()
        self._render = render

    def __missing__(self, value: object) -> str:
        text = self[value] = self._render(value)
        return text


def _field(v: object) -> object:
    """One field as the CSV holds it: exact decimal text, neutralized text, or the value itself."""
    if isinstance(v, Decimal):
        return format_decimal(v)
    if v is None:
        return ""
    if isinstance(v, str) and (not v.isprintable() or v.startswith(_FORMULA_START)):
        return neutralize(v)
    return v
