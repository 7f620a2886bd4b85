"""The xlsxwriter workbook every output is written with: no automatic conversions, parts deflated fast.

* Every automatic conversion is off: a submission's text stays text (no formula, no link, no number
  reinterpreted), whatever it starts with.
* ``in_memory``: no temporary file per part (creating and removing them cost ~60 ms a workbook).
* The parts are deflated at level 1 instead of zlib's default 6: on a 40-OPD pemda's consolidated
  workbook that is 338 instead of 408 ms, for a file of 0.96 instead of 0.72 MB. xlsxwriter has
  no option for the level, so ``_store_workbook`` (where it opens the zip) sees a ``ZipFile``
  whose default level is 1 while it runs; nothing else in the process is affected.
* The shared strings part is written in bulk: a string that needs nothing escaped and no
  whitespace preserved (almost every one) goes out as ``<si><t>...</t></si>`` without xlsxwriter's
  five passes over it, any other through xlsxwriter's own code; the part is the same byte for
  byte (tests/test_xlsx_writer.py). A consolidated workbook's 10,000 strings: 25 -> ~6 ms.
  One difference, on purpose: xlsxwriter writes a string that looks like rich-text markup
  (``<r>...</r>``) into the part as it is, markup and all, so an OPD's text of that shape would
  change, or break the part; we write no rich strings, and such a text is written as text.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import xlsxwriter.packager
import xlsxwriter.workbook
from xlsxwriter.sharedstrings import SharedStrings
from xlsxwriter.utility import _preserve_whitespace

from pipeline.deflate import FastZipFile

__all__ = ["DEFLATE_LEVEL", "OutputWorkbook"]

DEFLATE_LEVEL = 1

_OPTIONS = {"strings_to_formulas": False, "strings_to_urls": False, "strings_to_numbers": False,
            "in_memory": True}


class _FastZipFile(FastZipFile):
    """A ``ZipFile`` whose members are deflated at ``DEFLATE_LEVEL`` (by ISA-L: ``pipeline.deflate``)
    unless told otherwise."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("compresslevel", DEFLATE_LEVEL)
        super().__init__(*args, **kwargs)

    def writestr(self, zinfo_or_arcname: Any, data: Any, compress_type: int | None = None,
                 compresslevel: int | None = None) -> None:
        # xlsxwriter passes a ZipInfo, which carries no level: the archive's default is not used
        super().writestr(zinfo_or_arcname, data, compress_type,
                         self.compresslevel if compresslevel is None else compresslevel)


# A string xlsxwriter writes as it is: no character it escapes or encodes (&, <, >, control
# characters, U+FFFE/U+FFFF; " and line feeds send it down xlsxwriter's slower path, harmlessly),
# no whitespace at either end (xml:space="preserve"); "_x" (an escape's look) is checked apart.
_PLAIN_STRING = re.compile(r'(?!\s)[^&<>"\x00-\x1f\ufffe\uffff]*(?<!\s)\Z')


class _BulkSharedStrings(SharedStrings):  # type: ignore[misc]  # xlsxwriter ships no type hints
    """xlsxwriter's shared strings part with its plain strings written in one go."""

    def _write_sst_strings(self) -> None:
        plain = _PLAIN_STRING.match
        parts: list[str] = []
        for string in self.string_table.string_array:
            if plain(string) and "_x" not in string:
                parts.append(string)
                continue
            if parts:
                self.fh.write("".join(f"<si><t>{p}</t></si>" for p in parts))
                parts.clear()
            self._write_si(string)
        self.fh.write("".join(f"<si><t>{p}</t></si>" for p in parts))

    def _write_si(self, string: str) -> None:
        """xlsxwriter's, without its rich-string branch: every string is text."""
        string = self._escape_control_characters(string)
        self._xml_si_element(string, [("xml:space", "preserve")] if _preserve_whitespace(string) else [])


class OutputWorkbook(xlsxwriter.workbook.Workbook):  # type: ignore[misc]  # xlsxwriter ships no type hints
    """``xlsxwriter.Workbook(path)`` with the options above; extra ``options`` are added to them."""

    def __init__(self, path: Path | str, options: dict[str, Any] | None = None) -> None:
        super().__init__(str(path), {**_OPTIONS, **(options or {})})

    def _store_workbook(self) -> None:
        original = xlsxwriter.workbook.ZipFile, xlsxwriter.packager.SharedStrings
        xlsxwriter.workbook.ZipFile, xlsxwriter.packager.SharedStrings = _FastZipFile, _BulkSharedStrings
        try:
            super()._store_workbook()
        finally:
            xlsxwriter.workbook.ZipFile, xlsxwriter.packager.SharedStrings = original
