"""The direct feedback writers against the reference ones, compared as openpyxl and calamine read them.

A. A submission with no cell to mark: the report workbook written directly as an .xlsx package
   (``feedback_report.write_report_package``) reads back as xlsxwriter's (``write_report_workbook``):
   values and their types, sheet order, the first tab active and selected, fonts, fills, wrapping,
   column widths, merged cells, frozen header, filter, page setup.
B. A new version's "Perubahan" sheet patched into the feedback workbook already written
   (``versions.write_diff_sheet`` -> ``feedback_patch.patch_diff_sheet``) reads back as the one
   openpyxl's code puts there (``versions._write_diff_sheet_openpyxl``), in the same place, with
   every other part of the workbook left as it was.

Known, intended differences (each pinned by a test below): xlsxwriter writes a text that starts
with "<r>" and ends with "</r>" as raw rich-text XML (it loses or breaks it), the direct writer as
the text; openpyxl's re-save writes a carriage return raw (read back as a line feed) and drops the
empty strings of an xlsxwriter report sheet, the zip patch keeps both as they were written.
"""

from __future__ import annotations

import logging
import posixpath
import re
import shutil
import zipfile
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import load_workbook
from openpyxl.cell.cell import MergedCell

import make_fixtures
from pipeline import versions
from pipeline.findings import Finding, FindingList
from pipeline.load import feedback, feedback_patch, feedback_report
from pipeline.load.feedback import _LABELS, DIFF_SHEET, READING_SHEET, SUMMARY_SHEET, write_feedback
from pipeline.load.feedback_patch import NotPatchable, patch_diff_sheet
from pipeline.model import Reading, Submission
from pipeline.run import cap_findings
from test_feedback_patch import assert_package_sound, calamine_view, openpyxl_view
from test_load_feedback import READING, make_source, make_submission

HOSTILE = ["<b>&amp;</b> & < >", "=1+1", "=HYPERLINK(\"http://x\")", "+62 811", "-5", "@SUM(A1)", "a\r\nb\tc",
           "ctl\x00\x01\x08\x0b\x1f!", "_x0041_ and _x005F_", " lead and trail ", "emoji \U0001F600 ok", "'quoted'",
           '"dq"', "]]> <!-- -->", "\u00a0nbsp\u200b", ""]
DIFF_TABLE = [["Jenis", "Kode", "Nama", "Indikator", "Ukuran", "Periode", "Sebelum", "Sesudah", "Selisih"],
              ["Dibandingkan dengan versi", "abcd1234", "Renja <lama> & baru.xlsx", "", "", "",
               "diterima 2025-01-01 10:00:00", "", ""],
              ["Total pagu", "", "", "", "pagu", "2025", "4.450.000.000", "4.550.000.000", "+100.000.000"],
              ["Berubah", "=5.01.02", "=SUM(A1) & <x>", "ctl\x01x\ttab", "target", "2025 (perubahan)", "@1", "-2",
               "+3"],
              ["Ditambah", "5.01.02.2.01.0001", "x" * 90, "", "", "", "", "", ""]]


# --- submissions without a cell to mark ------------------------------------------------------------

def hostile_findings() -> FindingList:
    """File-level findings and info findings on cells (never marked), carrying any text."""
    findings = [Finding("meta-mismatch", {"field": text, "source_a": "judul", "value_a": text, "source_b": "nama berkas",
                                          "value_b": text[::-1]}, file="renja.xlsx") for text in HOSTILE]
    findings += [Finding("unit-unknown", {"unit": text}, sheet="Renja", row=5 + i, column=4, kode=text or None)
                 for i, text in enumerate(HOSTILE)]
    findings += [Finding("meta-missing", {"field_label": "tahun", "file": "renja.xlsx"}, file="renja.xlsx"),
                 Finding("row-hidden-data", {"row": 9, "sheet": "Renja"}, sheet="Renja", row=9),
                 Finding("sheet-chosen", {"sheet": "=Renja"}, sheet="Renja")]
    return FindingList(findings)


def capped_findings() -> Submission:
    findings = FindingList(Finding("unit-unknown", {"unit": f"satuan {i}"}, sheet="Renja", row=5 + i, column=4)
                           for i in range(300))
    findings.append(Finding("meta-mismatch", {"field": "tahun", "source_a": "judul", "value_a": "2024",
                                              "source_b": "nama berkas", "value_b": "2025"}, file="renja.xlsx"))
    sub = make_submission(findings)
    cap_findings(sub, 40)
    assert any(f.code == "findings-capped" for f in sub.findings) and len(sub.findings) == 41
    return sub


def submission_for(kind: str, reading: Reading | None) -> Submission:
    if kind == "none":
        return make_submission(FindingList(), reading=reading)
    if kind == "capped":
        sub = capped_findings()
        sub.reading = reading
        return sub
    sub = make_submission(hostile_findings(), reading=reading)
    sub.opd = "Dinas <Kesehatan> & \"Gizi\" =1 \r\n\x07"
    sub.file_name = "=renja & <x>.xlsx"
    return sub


HEADERS = {1: "Kode", 2: "=Program & <Kegiatan>", 3: "Pagu\r\n(Rp)", 4: "_x0041_", 5: "ctl\x02"}


def report_options(kind: str, lang: str, reading: Reading | None) -> dict[str, Any]:
    labels = _LABELS["en" if lang == "en" else "id"]
    sub = submission_for(kind, reading)
    assert not feedback._has_marks(sub)
    return {"submission": sub, "labels": labels, "lang": lang, "accepted": kind != "hostile",
            "previous_diff": DIFF_TABLE if kind != "none" else None, "headers": HEADERS if reading else {},
            "note": labels["unmarked"]}


# --- what openpyxl reads, strictly --------------------------------------------------------------------

def color(c: Any) -> Any:
    if c is None:
        return None
    return c.rgb if c.type == "rgb" else (c.type, c.value)


def strict_view(path: Path) -> dict[str, Any]:
    """Everything openpyxl reads of the workbook that the OPD would see, font names and sizes included."""
    wb = load_workbook(path)
    view: dict[str, Any] = {"sheets": wb.sheetnames, "active": wb.active.title if wb.active is not None else None,
                            "selected": [ws.title for ws in wb.worksheets if ws.sheet_view.tabSelected]}
    for ws in wb.worksheets:
        cells = {}
        for row in ws.iter_rows():
            for c in row:
                if isinstance(c, MergedCell):
                    continue
                f, a = c.font, c.alignment
                cells[c.coordinate] = (c.value, c.data_type, (f.name, f.sz, f.b, f.i, f.u, color(f.color)),
                                       (c.fill.fill_type, color(c.fill.fgColor)), (a.horizontal, a.vertical, a.wrap_text),
                                       c.number_format, c.hyperlink)
        view[ws.title] = {
            "cells": cells, "merged": sorted(str(r) for r in ws.merged_cells.ranges), "freeze": ws.freeze_panes,
            "filter": ws.auto_filter.ref, "dimensions": ws.dimensions,
            "widths": {k: (d.min, d.max, d.width, d.customWidth) for k, d in ws.column_dimensions.items()},
            "page": (ws.page_setup.orientation, ws.page_setup.fitToWidth, ws.page_setup.fitToHeight,
                     ws.sheet_properties.pageSetUpPr.fitToPage if ws.sheet_properties.pageSetUpPr else None),
            "view": (ws.sheet_view.tabSelected, [(s.pane, s.activeCell) for s in ws.sheet_view.selection]),
        }
    return view


def assert_parts_sound(path: Path) -> None:
    """``assert_package_sound`` and more: every part well-formed, every override names a part."""
    assert_package_sound(path)
    with zipfile.ZipFile(path) as z:
        names = set(z.namelist())
        overrides = re.findall(r'PartName="/([^"]+)"', z.read("[Content_Types].xml").decode())
        assert set(overrides) <= names
        for name in names:
            assert feedback_patch._well_formed(z.read(name)), name


def write_both_reports(tmp_path: Path, **options: Any) -> tuple[Path, Path]:
    direct, reference = tmp_path / "direct" / "feedback.xlsx", tmp_path / "xlsxwriter" / "feedback.xlsx"
    feedback_report.write_report_package(direct, **options)
    feedback_report.write_report_workbook(reference, **options)
    return direct, reference


def assert_reads_alike(direct: Path, reference: Path) -> None:
    assert_parts_sound(direct)
    with zipfile.ZipFile(direct) as z:
        assert z.namelist()[0] == "[Content_Types].xml"
    a, b = strict_view(direct), strict_view(reference)
    assert a["sheets"] == b["sheets"] and a["sheets"][0] == SUMMARY_SHEET
    assert a["active"] == b["active"] == SUMMARY_SHEET and a["selected"] == b["selected"] == [SUMMARY_SHEET]
    for name in a["sheets"]:
        for key in b[name]:
            assert a[name][key] == b[name][key], (name, key)
    assert calamine_view(direct) == calamine_view(reference)


# --- A: the report workbook ----------------------------------------------------------------------------

@pytest.mark.parametrize("kind", ["none", "hostile", "capped"])
@pytest.mark.parametrize("reading", [READING, None], ids=["reading", "no-reading"])
@pytest.mark.parametrize("lang", ["id", "en"])
def test_direct_report_reads_as_xlsxwriters(kind: str, reading: Reading | None, lang: str, tmp_path: Path) -> None:
    options = report_options(kind, lang, reading)
    direct, reference = write_both_reports(tmp_path, **options)
    assert_reads_alike(direct, reference)
    sheets = load_workbook(direct).sheetnames
    assert sheets == [SUMMARY_SHEET] + ([READING_SHEET] if reading else []) + ([DIFF_SHEET] if kind != "none" else [])


def test_hostile_text_stays_text(tmp_path: Path) -> None:
    options = report_options("hostile", "id", READING)
    direct, _ = write_both_reports(tmp_path, **options)
    wb = load_workbook(direct)
    assert all(c.data_type != "f" for ws in wb.worksheets for row in ws.iter_rows() for c in row)
    assert all(c.hyperlink is None for ws in wb.worksheets for row in ws.iter_rows() for c in row)
    grid = calamine_view(direct)[SUMMARY_SHEET]
    opd = next(r for r in grid if r and r[0] == "OPD")[2]
    assert opd == "Dinas <Kesehatan> & \"Gizi\" =1 \r\n"  # the control character taken out, CR LF kept
    assert any("_x0041_ and _x005F_" in str(r[7]) for r in grid if len(r) > 7)
    assert calamine_view(direct)[DIFF_SHEET][3][1:3] == ["=5.01.02", "=SUM(A1) & <x>"]


def test_rich_text_lookalike_is_kept_as_text(tmp_path: Path) -> None:
    """xlsxwriter writes a string "<r>...</r>" into sharedStrings.xml unescaped (as rich text); the
    direct writer writes it as the text it is."""
    sub = make_submission(FindingList([Finding("unit-unknown", {"unit": "x"}, sheet="Renja", row=5, column=4,
                                               kode="<r>a & b</r>")]))
    labels = _LABELS["id"]
    out = tmp_path / "feedback.xlsx"
    feedback_report.write_report_package(out, submission=sub, labels=labels, lang="id", accepted=True,
                                         previous_diff=[["<r>x</r>"]], headers={}, note=labels["unmarked"])
    assert_parts_sound(out)
    grid = calamine_view(out)
    assert grid[SUMMARY_SHEET][-1][4] == "<r>a & b</r>" and grid[DIFF_SHEET] == [["<r>x</r>"]]
    assert load_workbook(out)[DIFF_SHEET]["A1"].value == "<r>x</r>"


def test_long_text_is_cut_as_xlsxwriter_cuts_it(tmp_path: Path) -> None:
    """Excel's 32,767 characters are UTF-16 units: an emoji counts two."""
    long_text = "\U0001F600" * 20_000 + "x" * 10
    sub = make_submission(FindingList([Finding("unit-unknown", {"unit": long_text}, sheet="Renja", row=5, column=4)]))
    sub.opd = "y" * 40_000
    labels = _LABELS["id"]
    options = {"submission": sub, "labels": labels, "lang": "id", "accepted": True, "headers": {},
               "previous_diff": [[long_text, "_x0041_" * 6000]], "note": labels["unmarked"]}
    direct, reference = write_both_reports(tmp_path, **options)
    assert_reads_alike(direct, reference)
    assert len(calamine_view(direct)[DIFF_SHEET][0][0]) == 16_383


def test_write_feedback_takes_the_direct_writer(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    source = make_source(tmp_path / "renja.xlsx")
    sub = make_submission(hostile_findings())
    assert not feedback._has_marks(sub)

    def refuse(*args: Any, **kwargs: Any) -> None:
        raise AssertionError("xlsxwriter was used")

    with monkeypatch.context() as m:
        m.setattr(feedback_report, "write_report_workbook", refuse)
        write_feedback(tmp_path / "direct.xlsx", source=source, submission=sub, accepted=True, previous_diff=DIFF_TABLE)
    write_feedback(tmp_path / "fast-off.xlsx", source=source, submission=sub, accepted=True, previous_diff=DIFF_TABLE)
    labels = _LABELS["id"]
    feedback_report.write_report_workbook(tmp_path / "xlsxwriter.xlsx", submission=sub, labels=labels, lang="id",
                                          accepted=True, previous_diff=DIFF_TABLE,
                                          headers=feedback._header_texts(source, sub.reading), note=labels["unmarked"])
    assert_reads_alike(tmp_path / "direct.xlsx", tmp_path / "xlsxwriter.xlsx")
    assert not list(tmp_path.glob("**/.tmp-*"))


def test_a_failing_direct_writer_falls_back_to_xlsxwriter(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                          caplog: pytest.LogCaptureFixture) -> None:
    def broken(*args: Any, **kwargs: Any) -> bytes:
        raise RuntimeError("bug")

    monkeypatch.setattr(feedback_patch, "report_package", broken)
    source = make_source(tmp_path / "renja.xlsx")
    out = tmp_path / "feedback.xlsx"
    with caplog.at_level(logging.WARNING):
        write_feedback(out, source=source, submission=make_submission(FindingList()), accepted=True)
    assert "writing it with xlsxwriter" in caplog.text
    with zipfile.ZipFile(out) as z:
        assert 'spans="' in z.read("xl/worksheets/sheet1.xml").decode()  # xlsxwriter's hand
    assert load_workbook(out).sheetnames == [SUMMARY_SHEET, READING_SHEET]
    assert not list(tmp_path.glob(".tmp-*"))


def test_a_bad_part_is_caught_before_anything_is_written(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(feedback_patch, "_esc", lambda text: text)  # no escaping: "<" breaks the XML
    options = report_options("hostile", "id", READING)
    with pytest.raises(ValueError, match="well-formed"):
        feedback_report.write_report_package(tmp_path / "out.xlsx", **options)
    assert not list(tmp_path.iterdir())


ODD = st.text(st.characters(exclude_categories=("Cs",), exclude_characters="\ufffe\uffff"), max_size=40) | \
    st.sampled_from(HOSTILE)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(opd=ODD, unit=ODD, header=ODD, cell=ODD)
def test_any_text_reads_as_xlsxwriters(tmp_path_factory: pytest.TempPathFactory, opd: str, unit: str, header: str,
                                       cell: str) -> None:
    if any(t.startswith("<r>") and t.endswith("</r>") for t in (opd, unit, header, cell)):
        return  # xlsxwriter's rich-text lookalike: test_rich_text_lookalike_is_kept_as_text
    sub = make_submission(FindingList([Finding("unit-unknown", {"unit": unit}, sheet="Renja", row=5, column=4,
                                               kode=cell or None)]))
    sub.opd = opd
    labels = _LABELS["en"]
    options = {"submission": sub, "labels": labels, "lang": "en", "accepted": False, "headers": {1: header},
               "previous_diff": [["Kode", cell], [header, unit]], "note": labels["unmarked"]}
    direct, reference = write_both_reports(tmp_path_factory.mktemp("any"), **options)
    assert_reads_alike(direct, reference)


# --- B: the "Perubahan" sheet ---------------------------------------------------------------------------

def feedback_plain(folder: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    out = folder / "feedback.xlsx"
    write_feedback(out, source=make_source(folder / "renja.xlsx"), submission=make_submission(FindingList()),
                   accepted=True)
    return out


def feedback_plain_xlsxwriter(folder: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    # a literal "_x0041_" is not in the headers: openpyxl's re-save would turn it into "A"
    options = {**report_options("none", "id", READING), "headers": {1: "Kode", 2: "=Program & <Kegiatan>"}}
    out = folder / "feedback.xlsx"
    feedback_report.write_report_workbook(out, **options)
    return out


def feedback_no_reading(folder: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    out = folder / "feedback.xlsx"
    write_feedback(out, source=make_source(folder / "renja.xlsx"),
                   submission=make_submission(FindingList(), reading=None), accepted=True, lang="en")
    return out


def feedback_marked(folder: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    out = folder / "feedback.xlsx"
    write_feedback(out, source=make_source(folder / "renja.xlsx"), submission=make_submission(), accepted=True)
    return out


def feedback_template(folder: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The official template, marked by the fast path: defined names of its sheets (print titles)."""
    from test_feedback_patch import findings_of

    source = make_fixtures.renja_2024_template_as_published(folder / "renja.xlsx")
    out = folder / "feedback.xlsx"
    write_feedback(out, source=source, submission=findings_of(source), accepted=True)
    return out


def feedback_marked_by_openpyxl(folder: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    out = folder / "feedback.xlsx"
    with monkeypatch.context() as m:
        m.setattr(feedback, "_write_patched", lambda *args, **kwargs: False)
        write_feedback(out, source=make_source(folder / "renja.xlsx"), submission=make_submission(), accepted=True)
    return out


def feedback_findings_only(folder: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The source could not be opened: openpyxl's new workbook with the findings list only."""
    bad = folder / "rusak.xlsx"
    bad.write_bytes(b"not a zip")
    out = folder / "feedback.xlsx"
    write_feedback(out, source=bad, submission=make_submission(), accepted=True)
    return out


def feedback_with_diff(folder: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A "Perubahan" sheet already there (written with the feedback): it is replaced."""
    out = folder / "feedback.xlsx"
    write_feedback(out, source=make_source(folder / "renja.xlsx"), submission=make_submission(), accepted=True,
                   previous_diff=[["Lama", "x"], ["1", "2"]])
    return out


def feedback_plain_with_diff(folder: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The direct writer's workbook with a "Perubahan" sheet already (and its filter name)."""
    out = folder / "feedback.xlsx"
    write_feedback(out, source=make_source(folder / "renja.xlsx"), submission=make_submission(FindingList()),
                   accepted=True, previous_diff=[["Lama", "x", "y"], ["1", "2", "3"], ["4", "", ""]])
    return out


FEEDBACKS = {
    "plain": feedback_plain,
    "plain-xlsxwriter": feedback_plain_xlsxwriter,
    "no-reading": feedback_no_reading,
    "marked": feedback_marked,
    "template": feedback_template,
    "marked-by-openpyxl": feedback_marked_by_openpyxl,
    "findings-only": feedback_findings_only,
    "with-diff": feedback_with_diff,
    "plain-with-diff": feedback_plain_with_diff,
}


def write_diff_both(feedback_path: Path, tables: list[list[list[str]]],
                    monkeypatch: pytest.MonkeyPatch) -> tuple[Path, Path]:
    """The feedback with each table put in turn, through ``write_diff_sheet`` (which must not fall
    back) and through openpyxl's code."""
    fast, slow = feedback_path.with_name("fast.xlsx"), feedback_path.with_name("slow.xlsx")
    shutil.copyfile(feedback_path, fast)
    shutil.copyfile(feedback_path, slow)

    def no_fallback(*args: Any, **kwargs: Any) -> None:
        raise AssertionError("write_diff_sheet fell back to openpyxl")

    for table in tables:
        with monkeypatch.context() as m:
            m.setattr(versions, "_write_diff_sheet_openpyxl", no_fallback)
            versions.write_diff_sheet(fast, table)
        versions._write_diff_sheet_openpyxl(slow, table)
    return fast, slow


def shown_cells(part: dict[str, Any]) -> dict[str, Any]:
    """The cells of an ``openpyxl_view`` sheet that show something; an empty string as no value
    (openpyxl's re-save writes the empty strings of an xlsxwriter sheet as no value)."""
    out = {}
    for coord, value in part["styles"].items():
        value = (None if value[0] == "" else value[0], *value[1:])
        if value[0] is not None or value[2] or value[3] or value[1][1][0]:
            out[coord] = value
    return out


def without_cr(grids: dict[str, list[list[Any]]]) -> dict[str, list[list[Any]]]:
    """openpyxl's re-save turns a CR into a line feed (test_carriage_returns_are_kept)."""
    def text(value: Any) -> Any:
        return value.replace("\r\n", "\n").replace("\r", "\n") if isinstance(value, str) else value

    return {name: [[text(v) for v in row] for row in grid] for name, grid in grids.items()}


def scoped_names(path: Path) -> set[tuple[str, str, str]]:
    """(sheet, name, formula) of every sheet-scoped defined name, as workbook.xml holds them."""
    with zipfile.ZipFile(path) as z:
        book = z.read("xl/workbook.xml").decode()
    sheets = re.findall(r'<sheet name="([^"]*)"', book)
    return {(sheets[int(local)], name, text) for name, local, text in
            re.findall(r'<definedName name="([^"]+)" [^>]*?localSheetId="(\d+)"[^>]*>([^<]*)<', book)}


def assert_diff_alike(fast: Path, slow: Path, before: Path, table: list[list[str]]) -> None:
    assert_parts_sound(fast)
    a, b = openpyxl_view(fast), openpyxl_view(slow)
    assert a["sheets"] == b["sheets"] and a["active"] == b["active"] and a["selected"] == b["selected"]
    report = [n for n in (SUMMARY_SHEET, READING_SHEET) if n in a["sheets"]]
    assert a["sheets"][:len(report) + 1] == [*report, DIFF_SHEET]
    assert a["selected"] == [SUMMARY_SHEET]
    assert a[DIFF_SHEET] == b[DIFF_SHEET]
    for name in a["sheets"]:
        if name in a and name != DIFF_SHEET:  # a worksheet (a chartsheet has no cells)
            assert shown_cells(a[name]) == shown_cells(b[name]), name
            for key in ("merged", "freeze", "filter", "validations", "print_titles", "print_area"):
                assert a[name][key] == b[name][key], (name, key)
    assert without_cr(calamine_view(fast)) == without_cr(calamine_view(slow))
    values = [[c.value for c in row] for row in load_workbook(fast)[DIFF_SHEET].iter_rows()]
    ncols = max(len(row) for row in table)
    assert values == [[feedback._clean(v) or None for v in row] + [None] * (ncols - len(row)) for row in table]
    # the names of the other sheets stay with them
    assert {n for n in scoped_names(fast) if n[0] != DIFF_SHEET} == \
        {n for n in scoped_names(before) if n[0] != DIFF_SHEET}
    # every part but the ones the patch writes is the one that was there
    with zipfile.ZipFile(before) as old, zipfile.ZipFile(fast) as new:
        kept = {i.filename: old.read(i) for i in old.infolist()}
        written = {i.filename: new.read(i) for i in new.infolist()}
    changed = {n for n in kept if kept[n] != written.get(n)}
    sheet_parts = {n for n in written if n.startswith("xl/worksheets/sheet")}
    assert changed <= {"xl/workbook.xml", "xl/_rels/workbook.xml.rels", "xl/styles.xml", "[Content_Types].xml"} \
        | sheet_parts, changed
    assert len(set(written) - set(kept)) <= 1 and set(written) >= set(kept)


@pytest.mark.parametrize("case", FEEDBACKS)
def test_diff_sheet_reads_as_openpyxls(case: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    before = FEEDBACKS[case](tmp_path, monkeypatch)
    fast, slow = write_diff_both(before, [DIFF_TABLE], monkeypatch)
    assert_diff_alike(fast, slow, before, DIFF_TABLE)


def test_diff_sheet_replaced_on_a_second_call(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    before = feedback_template(tmp_path, monkeypatch)
    second = [["Jenis", "Kode"], ["Tidak ada perubahan isi", ""]]
    fast, slow = write_diff_both(before, [DIFF_TABLE, second], monkeypatch)
    assert_diff_alike(fast, slow, before, second)
    with zipfile.ZipFile(fast) as z:
        book = z.read("xl/workbook.xml").decode()
    assert book.count(f'name="{DIFF_SHEET}"') == 1
    assert re.findall(r'<definedName name="_xlnm._FilterDatabase" localSheetId="2"[^>]*>([^<]*)<', book) == \
        [f"'{DIFF_SHEET}'!$A$1:$B$2"]


def test_names_of_the_sheets_after_follow_them(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    before = feedback_template(tmp_path, monkeypatch)
    fast, _ = write_diff_both(before, [DIFF_TABLE], monkeypatch)
    old = scoped_names(before)
    assert ("Renja", "_xlnm.Print_Titles", "'Renja'!$6:$7") in old
    assert scoped_names(fast) == old | {(DIFF_SHEET, "_xlnm._FilterDatabase", f"'{DIFF_SHEET}'!$A$1:$I$5")}
    assert load_workbook(fast)["Renja"].print_title_rows == load_workbook(before)["Renja"].print_title_rows


def test_carriage_returns_are_kept(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """openpyxl writes a CR raw, so its copy reads a line feed; the patch writes what it was given."""
    before = feedback_plain(tmp_path, monkeypatch)
    table = [["Jenis", "Nama"], ["Berubah", "baris satu\r\nbaris dua"]]
    fast, slow = write_diff_both(before, [table], monkeypatch)
    assert calamine_view(fast)[DIFF_SHEET][1][1] == "baris satu\r\nbaris dua"
    assert calamine_view(slow)[DIFF_SHEET][1][1] == "baris satu\nbaris dua"
    assert load_workbook(fast)[DIFF_SHEET]["B2"].value == "baris satu\r\nbaris dua"


def test_an_opd_sheet_of_that_name_goes_through_openpyxl(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    source = make_source(tmp_path / "renja.xlsx")
    wb = load_workbook(source)
    wb.create_sheet("PERUBAHAN")["A1"] = "catatan OPD"
    wb.save(source)
    out = tmp_path / "feedback.xlsx"
    write_feedback(out, source=source, submission=make_submission(), accepted=True)
    with pytest.raises(NotPatchable):
        patch_diff_sheet(out, DIFF_TABLE)
    used: list[bool] = []
    real = versions._write_diff_sheet_openpyxl
    monkeypatch.setattr(versions, "_write_diff_sheet_openpyxl", lambda *a: used.append(True) or real(*a))
    versions.write_diff_sheet(out, DIFF_TABLE)
    assert used == [True]


@pytest.mark.parametrize("layout", ["opd-workbook", "other-tab-active", "reading-not-second"])
def test_workbooks_not_laid_out_as_ours_go_through_openpyxl(layout: str, tmp_path: Path,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    path = make_source(tmp_path / "renja.xlsx")
    if layout != "opd-workbook":
        path = feedback_marked(tmp_path, monkeypatch)
        wb = load_workbook(path)
        if layout == "other-tab-active":
            wb.active = 3  # "Renja"
        else:
            wb.move_sheet(READING_SHEET, offset=2)
        wb.save(path)
    before = path.read_bytes()
    with pytest.raises(NotPatchable):
        patch_diff_sheet(path, DIFF_TABLE)
    assert path.read_bytes() == before and not list(tmp_path.glob(".tmp-*"))
    used: list[bool] = []
    real = versions._write_diff_sheet_openpyxl
    monkeypatch.setattr(versions, "_write_diff_sheet_openpyxl", lambda *a: used.append(True) or real(*a))
    versions.write_diff_sheet(path, DIFF_TABLE)
    assert used == [True] and DIFF_SHEET in load_workbook(path).sheetnames


def test_a_bug_in_the_patch_falls_back(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                       caplog: pytest.LogCaptureFixture) -> None:
    def broken(*args: Any, **kwargs: Any) -> None:
        raise RuntimeError("bug")

    monkeypatch.setattr(feedback_patch, "patch_diff_sheet", broken)
    path = feedback_marked(tmp_path, monkeypatch)
    with caplog.at_level(logging.WARNING):
        versions.write_diff_sheet(path, DIFF_TABLE)
    assert "writing it with openpyxl" in caplog.text
    assert load_workbook(path).sheetnames[:3] == [SUMMARY_SHEET, READING_SHEET, DIFF_SHEET]


def test_an_empty_table_is_refused_as_before(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = feedback_plain(tmp_path, monkeypatch)
    with pytest.raises(ValueError):
        versions.write_diff_sheet(path, [])


def test_relationships_and_content_types_resolve(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    before = feedback_marked(tmp_path, monkeypatch)
    fast, _ = write_diff_both(before, [DIFF_TABLE], monkeypatch)
    with zipfile.ZipFile(fast) as z:
        names = set(z.namelist())
        rels = z.read("xl/_rels/workbook.xml.rels").decode()
        targets = {t[1:] if t.startswith("/") else posixpath.normpath(posixpath.join("xl", t))
                   for t in re.findall(r'Target="([^"]+)"', rels)}
        book = z.read("xl/workbook.xml").decode()
        ids = re.findall(r'<sheet [^>]*r:id="([^"]+)"', book)
    assert targets <= names
    assert len(ids) == len(set(ids)) == len(re.findall(r"<sheet ", book))


def test_the_fast_paths_do_without_openpyxl() -> None:
    """The parent process adds the "Perubahan" sheet: importing the fast paths must not cost it
    openpyxl (~100 ms), whose illegal-character pattern ``feedback`` therefore keeps a copy of."""
    import subprocess
    import sys

    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    assert (feedback.ILLEGAL_CHARACTERS_RE.pattern, feedback.ILLEGAL_CHARACTERS_RE.flags) == \
        (ILLEGAL_CHARACTERS_RE.pattern, ILLEGAL_CHARACTERS_RE.flags)
    code = ("import sys, pipeline.versions, pipeline.load.feedback_patch, pipeline.load.feedback_report; "
            "print('openpyxl' in sys.modules)")
    root = Path(__file__).resolve().parents[1]
    done = subprocess.run([sys.executable, "-c", code], cwd=root, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0 and done.stdout.strip() == "False", done.stderr
