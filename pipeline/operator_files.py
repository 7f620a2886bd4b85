"""Lists the operator supplies beside the submissions: nomenclature, ceilings, expected OPDs.

Each is a CSV (comma, semicolon or tab separated; UTF-8 or Windows-1252, as Excel exports it) or a
spreadsheet (.xlsx, .xls, .ods) whose first sheet with data holds a header row naming the columns.
Header names are compared case- and space-insensitively (``KODE``, ``Kode `` and ``kode`` are the
same column), and the header may sit below a title row or two. A file that cannot be read or lacks
a required column raises ``OperatorFileError``: these files configure a run, so a broken one
must stop the command with a clear message rather than be half used.
"""

from __future__ import annotations

import csv
import hashlib
import io
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

from pipeline.values import Cell, cell_text, is_blank

CSV_SUFFIXES = {".csv", ".txt", ".tsv"}
_HEADER_SEARCH_ROWS = 20  # a title block above the header is common; a header further down is not
_DELIMITERS = (";", ",", "\t", "|")
_NO_DELIMITER = "\x1f"  # a one-column list: no character of the text separates anything


class OperatorFileError(ValueError):
    """An operator-supplied list that cannot be used; the message says why, in Bahasa Indonesia."""


@dataclass(frozen=True, slots=True)
class OperatorTable:
    """The rows of an operator list: ``(line, values)``, line numbered as Excel / an editor shows it."""

    path: Path
    columns: tuple[str, ...]  # the known columns present, in canonical names
    rows: list[tuple[int, dict[str, Cell]]]


def header_key(text: str) -> str:
    return " ".join(text.lower().split()).rstrip(":").strip()


def read_operator_table(path: Path, *, required: Iterable[str], optional: Iterable[str] = (),
                        aliases: Mapping[str, str] | None = None) -> OperatorTable:
    """Read ``path`` into rows keyed by canonical column name (``aliases`` maps other header names)."""
    path = Path(path)
    if not path.is_file():
        raise OperatorFileError(f"berkas tidak ditemukan: {path}")
    required, optional = tuple(required), tuple(optional)
    names = {header_key(n): n for n in (*required, *optional)}
    names.update({header_key(k): v for k, v in (aliases or {}).items()})
    grid = _read_grid(path, names, required)
    for index, line in enumerate(grid[:_HEADER_SEARCH_ROWS]):
        col_of = _header_columns(line, names)
        if all(r in col_of for r in required):
            return OperatorTable(path, tuple(col_of), list(_data_rows(grid, index, col_of)))
    first = next((line for line in grid if any(not is_blank(v) for v in line)), [])
    seen = ", ".join(cell_text(v) for v in first if not is_blank(v)) or "tidak ada"
    raise OperatorFileError(f"{path.name}: kolom wajib tidak ditemukan: {', '.join(required)} "
                            f"(judul kolom yang ada: {seen})")


def _header_columns(line: list[Cell], names: Mapping[str, str]) -> dict[str, int]:
    col_of: dict[str, int] = {}
    for c, value in enumerate(line):
        name = names.get(header_key(cell_text(value))) if not is_blank(value) else None
        if name is not None and name not in col_of:
            col_of[name] = c
    return col_of


def _data_rows(grid: list[list[Cell]], header: int, col_of: dict[str, int]) -> Iterable[tuple[int, dict[str, Cell]]]:
    for index in range(header + 1, len(grid)):
        line = grid[index]
        values = {name: (line[c] if c < len(line) else None) for name, c in col_of.items()}
        values = {k: (v.strip() if isinstance(v, str) else v) for k, v in values.items()}
        if all(is_blank(v) for v in values.values()):
            continue
        yield index + 1, values


def _read_grid(path: Path, names: Mapping[str, str], required: tuple[str, ...]) -> list[list[Cell]]:
    if path.suffix.lower() in CSV_SUFFIXES:
        return _read_csv(path, names, required)
    from pipeline.extract.workbook import WorkbookError, open_workbook

    try:
        wb = open_workbook(path)
    except WorkbookError as exc:
        raise OperatorFileError(f"{path.name}: tidak dapat dibaca sebagai CSV atau workbook ({exc.code})") from exc
    sheet = next((s for s in wb.sheets if s.visible and s.has_data()), None)
    if sheet is None:
        raise OperatorFileError(f"{path.name}: tidak ada sheet berisi data")
    return sheet.rows


def _read_csv(path: Path, names: Mapping[str, str], required: tuple[str, ...]) -> list[list[Cell]]:
    data = path.read_bytes()
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = data.decode("cp1252", errors="replace")  # Excel "CSV" on Windows
    delimiter = _delimiter(text, names, required)
    return [list(row) for row in csv.reader(io.StringIO(text), delimiter=delimiter)]


def _delimiter(text: str, names: Mapping[str, str], required: tuple[str, ...]) -> str:
    """The separator that makes a header row: guessing from the data fails for a one-column list
    whose OPD names hold commas ("Badan Perencanaan Pembangunan, Riset dan Inovasi Daerah")."""
    for line in text.splitlines()[:_HEADER_SEARCH_ROWS]:
        for delimiter in (*(d for d in _DELIMITERS if d in line), _NO_DELIMITER):
            cells: list[Cell] = list(next(csv.reader([line], delimiter=delimiter), []))
            if all(r in _header_columns(cells, names) for r in required):
                return delimiter
    return ","


def content_hash(path: Path | None) -> str:
    """sha256 of a file's bytes (``""`` for none): outputs depending on the file rebuild when it changes."""
    if path is None:
        return ""
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()
