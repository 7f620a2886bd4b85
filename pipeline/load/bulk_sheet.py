"""A worksheet whose many data rows are rendered straight to SpreadsheetML, at a fraction of the cost.

xlsxwriter spends about 5 us of Python per cell (argument checks, a cell tuple stored in a dict,
then the XML written cell by cell at close). The consolidated workbook has some 125,000 cells per
pemda, so that per-cell cost was most of the time it took to build the outputs. ``BulkWorksheet``
is an xlsxwriter worksheet (``Workbook.add_worksheet(name, worksheet_class=BulkWorksheet)``) on
which everything else - titles, merged headers, column widths, comments, freeze panes, filters,
print setup - still goes through xlsxwriter, while the block of data rows below the headers is
rendered here, one ``<row>`` string at a time:

* strings go through the workbook's own shared-string table, so xlsxwriter escapes them in
  ``sharedStrings.xml`` exactly as it does its own (control characters, surrounding spaces);
* numbers are written as xlsxwriter writes them (``{:.16G}``), formulas with their cached value;
* styles are xlsxwriter ``Format`` objects; their style index is fixed the first time it is asked
  for, which is how xlsxwriter itself numbers formats.

The bulk rows start below every row xlsxwriter writes (``begin`` refuses anything else), so the
sheet's rows stay in order. This leans on two internals of xlsxwriter - ``Worksheet._write_rows``
and ``Format._get_xf_index`` - so the dependency is pinned to the 3.x series and the tests reopen
the workbooks with openpyxl and python-calamine.
"""

from __future__ import annotations

import re
from typing import Any
from xml.sax.saxutils import escape

from xlsxwriter.utility import xl_col_to_name
from xlsxwriter.worksheet import Worksheet

__all__ = ["BulkWorksheet", "BulkRow"]

_MAX_TEXT = 32_767
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")  # XML 1.0 cannot hold them; an OPD's Excel can


class BulkWorksheet(Worksheet):  # type: ignore[misc]  # xlsxwriter ships no type hints
    """An xlsxwriter worksheet with a block of pre-rendered rows below its ordinary ones."""

    def __init__(self) -> None:
        super().__init__()
        self._bulk_first: int | None = None
        self._bulk_next = 0
        self._bulk: list[str] = []
        self._letters: list[str] = []
        self._string_index: dict[str, int] = {}  # text as given -> shared-string index, -1: blank
        self._style_attrs: dict[Any, str] = {None: ""}  # Format -> its ' s="N"' attribute

    def begin(self, first_row: int, columns: int) -> None:
        """Start the block at ``first_row`` (0-based); ``columns``: how many columns it may use."""
        if self._bulk_first is not None:
            raise RuntimeError("a BulkWorksheet holds one block of bulk rows")
        if self.dim_rowmax is not None and self.dim_rowmax >= first_row:
            raise ValueError(f"bulk rows start at {first_row}, below xlsxwriter's rows (up to {self.dim_rowmax})")
        self._bulk_first = self._bulk_next = first_row
        self._letters = [xl_col_to_name(c) for c in range(columns)]

    def row(self) -> BulkRow:
        """The next bulk row; call ``BulkRow.end()`` when its cells are written, left to right."""
        if self._bulk_first is None:
            raise RuntimeError("call begin() first")
        row = BulkRow(self, self._bulk_next)
        self._bulk_next += 1
        return row

    @property
    def next_row(self) -> int:
        """The 0-based sheet row the next ``row()`` call writes."""
        return self._bulk_next

    def _add(self, row: int, last_col: int, xml: str) -> None:
        # the <dimension> element and the print area follow the used range
        if self._check_dimensions(row, max(last_col, 0)) == -1:
            raise ValueError(f"row {row + 1} or column {last_col + 1} is beyond Excel's grid")
        self._bulk.append(xml)

    def _write_rows(self) -> None:
        """xlsxwriter's own rows (all above the block), then the block as rendered."""
        if self._bulk_first is None or not self._bulk:
            super()._write_rows()
            return
        clash = [r for r, cells in self.table.items() if cells and r >= self._bulk_first]
        if clash:  # a cell written the ordinary way inside the block would be lost: refuse
            raise RuntimeError(f"row {clash[0]} holds cells written outside the bulk block")
        top: int | None = self.dim_rowmax  # type: ignore[has-type]
        self.dim_rowmax = self._bulk_first - 1
        try:
            if self.dim_rowmin is not None and self.dim_rowmin <= self._bulk_first - 1:
                super()._write_rows()
        finally:
            self.dim_rowmax = top  # type: ignore[assignment]
        self.fh.write("".join(self._bulk))


class BulkRow:
    """One row of the block; cells must be added left to right, each column at most once."""

    __slots__ = ("_sheet", "_row", "_r", "_parts", "_last")

    def __init__(self, sheet: BulkWorksheet, row: int) -> None:
        self._sheet = sheet
        self._row = row
        self._r = str(row + 1)
        self._parts: list[str] = []
        self._last = -1

    def _ref(self, col: int, fmt: Any) -> str:
        """The cell's start tag up to its type: ``<c r="B7" s="3"``."""
        if col <= self._last:
            raise ValueError(f"column {col} written after column {self._last} in row {self._row}")
        self._last = col
        sheet = self._sheet
        style = sheet._style_attrs.get(fmt)
        if style is None:
            style = sheet._style_attrs[fmt] = f' s="{fmt._get_xf_index()}"'
        return f'<c r="{sheet._letters[col]}{self._r}"{style}'

    def text(self, col: int, value: str, fmt: Any = None) -> None:
        """A string, never a formula or a number; control characters dropped, cut at Excel's limit."""
        sheet = self._sheet
        index = sheet._string_index.get(value)  # names, units, OPDs repeat: each is cleaned once
        if index is None:
            clean = _CONTROL.sub("", value) if value and _CONTROL.search(value) else value
            index = sheet._string_index[value] = (
                sheet.str_table._get_shared_string_index(clean[:_MAX_TEXT]) if clean else -1)
        elif index >= 0:
            sheet.str_table.count += 1  # the sst's count of references, as xlsxwriter keeps it
        if index < 0:
            self.blank(col, fmt)
            return
        # _ref, written out: the most frequent cell
        if col <= self._last:
            raise ValueError(f"column {col} written after column {self._last} in row {self._row}")
        self._last = col
        style = sheet._style_attrs.get(fmt)
        if style is None:
            style = sheet._style_attrs[fmt] = f' s="{fmt._get_xf_index()}"'
        self._parts.append(f'<c r="{sheet._letters[col]}{self._r}"{style} t="s"><v>{index}</v></c>')

    def number(self, col: int, value: int | float, fmt: Any = None) -> None:
        self._parts.append(f"{self._ref(col, fmt)}><v>{value:.16G}</v></c>")

    def formula(self, col: int, formula: str, value: int | float, fmt: Any = None) -> None:
        """``formula`` (with or without the leading ``=``) and its cached result."""
        if formula.startswith("="):
            formula = formula[1:]
        self._parts.append(f"{self._ref(col, fmt)}><f>{escape(formula)}</f><v>{value:.16G}</v></c>")

    def blank(self, col: int, fmt: Any = None) -> None:
        if fmt is None:
            return  # a blank without a format is no cell at all
        self._parts.append(f"{self._ref(col, fmt)}/>")

    def end(self) -> None:
        self._sheet._add(self._row, self._last, f'<row r="{self._r}">{"".join(self._parts)}</row>')
