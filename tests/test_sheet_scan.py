"""The sheet XML scan's fast path (``_Extent._feed_bounded``) says what the tag-by-tag reading says."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.extract import workbook
from pipeline.extract.workbook import WorkbookError, _Extent, _up_to_string, numbers_up_to
from pipeline.findings.model import column_letter


def _slow(chunks: list[bytes]) -> tuple[object, ...]:
    """The extent as the reading without the bounded fast path finds it (or the error it raises)."""
    extent = _Extent()
    try:
        for xml in chunks:
            if not extent._feed_plain(xml):
                extent._feed_tags(xml)
    except WorkbookError as exc:
        return ("error", exc.code, exc.params)
    return (extent.row, extent.col, extent.max_row, extent.max_col)


def _fast(chunks: list[bytes]) -> tuple[object, ...]:
    extent = _Extent()
    try:
        for xml in chunks:
            extent.feed(xml)
    except WorkbookError as exc:
        return ("error", exc.code, exc.params)
    return (extent.row, extent.col, extent.max_row, extent.max_col)


def _sheet(rows: list[bytes]) -> bytes:
    return b'<worksheet><dimension ref="A1:B2"/><sheetData>' + b"".join(rows) + b"</sheetData></worksheet>"


PLAIN = [b'<row r="%d"><c r="A%d" t="s"><v>0</v></c><c r="L%d"/></row>' % (r, r, r) for r in range(1, 40)]
CASES = {
    "plain": [_sheet(PLAIN)],
    "wider cell in the middle": [_sheet(PLAIN[:10] + [b'<row r="11"><c r="AB11"/></row>'] + PLAIN[11:])],
    "cell below every row tag": [_sheet(PLAIN[:5] + [b'<row r="6"><c r="C900"/></row>'] + PLAIN[6:])],
    "rows out of order": [_sheet(PLAIN[20:] + PLAIN[:20])],
    "many wider cells": [_sheet([b'<row r="%d"><c r="%s%d"/></row>' % (r, column_letter(r).encode(), r)
                                 for r in range(1, 60)][::-1])],
    "cell without r": [_sheet(PLAIN[:3] + [b'<row r="4"><c t="s"><v>1</v></c><c/></row>'])],
    "row without r": [_sheet(PLAIN[:3] + [b'<row><c r="A4"/></row>'])],
    "prefixed tags": [_sheet([b'<x:row r="1"><x:c r="XFD1"/></x:row>'])],
    "tab before r": [_sheet([b'<row r="1"><c\tr="ZZ1"/></row>'])],
    "r after another attribute": [_sheet([b'<row r="1"><c s="1" r="Q1"/></row>'])],
    "single quotes": [_sheet([b"<row r='1'><c r='XFE1'/></row>"])],
    "past the last column": [_sheet([b'<row r="1"><c r="XFE1"/></row>'])],
    "past the last row": [_sheet([b'<row r="1048577"><c r="A1048577"/></row>'])],
    "leading zero": [_sheet([b'<row r="1"><c r="A01"/></row>'])],
    "lower case column": [_sheet([b'<row r="1"><c r="b1"/></row>'])],
    "empty r": [_sheet([b'<row r=""><c r=""/></row>'])],
    "two chunks": [_sheet(PLAIN[:20])[:-23], b"".join(PLAIN[20:]) + b'<row r="99"><c r="M99"/></row></sheetData>'],
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_fast_path_agrees_with_the_tag_reading(name: str) -> None:
    assert _fast(CASES[name]) == _slow(CASES[name])


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(st.integers(1, 2000), st.lists(st.tuples(st.integers(1, 800), st.integers(1, 2100)),
                                                          max_size=4)), max_size=12))
def test_fast_path_agrees_on_random_sheets(rows: list[tuple[int, list[tuple[int, int]]]]) -> None:
    xml = _sheet([b'<row r="%d">' % r + b"".join(b'<c r="%s%d"/>' % (column_letter(c).encode(), cr) for c, cr in cells)
                  + b"</row>" for r, cells in rows])
    assert _fast([xml]) == _slow([xml])


@settings(max_examples=300, deadline=None)
@given(st.integers(1, workbook._EXCEL_ROWS), st.integers(1, 2 * workbook._EXCEL_ROWS))
def test_up_to_matches_the_numbers_up_to_its_bound(bound: int, number: int) -> None:
    pattern = re.compile(b"(?:" + numbers_up_to(bound) + b")")
    assert bool(pattern.fullmatch(b"%d" % number)) == (number <= bound)
    assert not pattern.fullmatch(b"0%d" % number)


@settings(max_examples=300, deadline=None)
@given(st.integers(1, workbook._EXCEL_COLS), st.integers(1, 18_278))
def test_up_to_matches_the_columns_up_to_its_bound(bound: int, col: int) -> None:
    pattern = re.compile(b"(?:" + _up_to_string(column_letter(bound).encode(), b"A", b"Z") + b")")
    assert bool(pattern.fullmatch(column_letter(col).encode())) == (col <= bound)
