"""The fast feedback path (``feedback_patch``) against the openpyxl path, compared as the OPD sees them.

Each case writes the feedback workbook twice, once through the fast path and once with it turned
off, and reopens both with openpyxl and python-calamine: same sheets in the same order, the same
report, the same marks and comments, the OPD's own cells untouched, the first tab active and the
only one selected, links to the same cells. Files the fast path does not handle must fall back to
openpyxl and still come out right.
"""

from __future__ import annotations

import posixpath
import re
import sys
import tempfile
import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import Workbook, load_workbook
from openpyxl.cell.cell import MergedCell
from python_calamine import CalamineWorkbook

import fixtures_handmade
import make_fixtures
from pipeline.findings import Finding, FindingList
from pipeline.load import feedback, feedback_patch
from pipeline.load.feedback import (
    _LABELS,
    COMMENT_AUTHOR,
    DIFF_SHEET,
    ERROR_FILL,
    FEEDBACK_SHEETS,
    READING_SHEET,
    SUMMARY_SHEET,
    WARNING_FILL,
    _comment_size,
    write_feedback,
)
from pipeline.load.feedback_patch import NotPatchable, patch_feedback
from pipeline.model import Submission
from test_load_feedback import READING, make_findings, make_source, make_submission

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
import generate  # noqa: E402

DIFF = [["Kode", "Ukuran", "Sebelum", "Sesudah"], ["5.03.01", "pagu", "1.000", "=2000"],
        ["5.03.01.2.01", "target", "<5 & 6>", "@7"]]


# --- writing both ways ----------------------------------------------------------------------------

def write(out: Path, source: Path, submission: Submission, monkeypatch: pytest.MonkeyPatch, *, fast: bool,
          **options: Any) -> bool:
    """Write the feedback, through the fast path or (``fast=False``) with it turned off; returns
    whether the fast path wrote it."""
    used: list[bool] = []
    real = feedback._write_patched

    def spy(*args: Any, **kwargs: Any) -> bool:
        used.append(real(*args, **kwargs) if fast else False)
        return used[-1]

    with monkeypatch.context() as m:
        m.setattr(feedback, "_write_patched", spy)
        write_feedback(out, source=source, submission=submission, accepted=options.pop("accepted", False),
                       **options)
    return used == [True]


def write_both(tmp_path: Path, source: Path, submission: Submission, monkeypatch: pytest.MonkeyPatch,
               **options: Any) -> tuple[Path, Path]:
    fast, slow = tmp_path / "fast" / "feedback.xlsx", tmp_path / "slow" / "feedback.xlsx"
    assert write(fast, source, submission, monkeypatch, fast=True, **dict(options)), "the fast path fell back"
    assert not write(slow, source, submission, monkeypatch, fast=False, **dict(options))
    return fast, slow


def findings_of(path: Path) -> Submission:
    """The submission as the pipeline sees it: extracted and validated."""
    from pipeline.extract.reader import extract
    from pipeline.validate.rules import validate

    sub = extract(path, sha256="0" * 64)
    validate(sub)
    return sub


# --- what the OPD sees ------------------------------------------------------------------------------

def rgb(color: Any) -> str | None:
    value = getattr(color, "rgb", None)
    return value[-6:].upper() if isinstance(value, str) else None


def look(cell: Any, *, report: bool) -> tuple[Any, ...]:
    """A cell's style as shown. In the report sheets a font without a size (openpyxl's Font(bold=True))
    and the workbook's default size look alike, so only 14 pt (the titles) counts there."""
    f, b, a = cell.font, cell.border, cell.alignment
    font = (bool(f.b), bool(f.i), f.u, rgb(f.color), f.sz == 14) if report else \
        (f.name, f.sz, bool(f.b), bool(f.i), f.u, rgb(f.color), getattr(f.color, "theme", None))
    fill = (cell.fill.fill_type, rgb(cell.fill.fgColor) if cell.fill.fill_type else None)
    return (font, fill, cell.number_format,
            tuple((getattr(b, side).style, rgb(getattr(b, side).color)) for side in ("left", "right", "top", "bottom")),
            (a.horizontal, a.vertical, bool(a.wrap_text)))


def link(cell: Any) -> str | None:
    """Where a cell's link goes: openpyxl's "#'Sheet'!A1" target and a ``location`` read alike."""
    if cell.hyperlink is None:
        return None
    return cell.hyperlink.target or "#" + str(cell.hyperlink.location)


def openpyxl_view(path: Path) -> dict[str, Any]:
    wb = load_workbook(path)
    view: dict[str, Any] = {
        "sheets": wb.sheetnames,
        "active": wb.active.title if wb.active is not None else None,
        "selected": [ws.title for ws in wb.worksheets if ws.sheet_view.tabSelected],
    }
    for ws in wb.worksheets:
        report = ws.title in FEEDBACK_SHEETS
        cells = {}
        for row in ws.iter_rows():
            for c in row:
                if isinstance(c, MergedCell):
                    continue
                comment = (c.comment.text, c.comment.author) if c.comment is not None else None
                cells[c.coordinate] = (c.value, look(c, report=report), comment, link(c))
        view[ws.title] = {
            "cells": {k: v for k, v in cells.items() if v[0] is not None or v[2] or v[3] or v[1][1][0]},
            "styles": cells,
            "merged": sorted(str(r) for r in ws.merged_cells.ranges),
            "freeze": ws.freeze_panes,
            "filter": ws.auto_filter.ref,
            "widths": {k: d.width for k, d in ws.column_dimensions.items() if d.customWidth},
            "page": (ws.page_setup.orientation, ws.page_setup.fitToWidth, ws.page_setup.fitToHeight,
                     ws.sheet_properties.pageSetUpPr.fitToPage if ws.sheet_properties.pageSetUpPr else None),
            "validations": sorted(str((dv.type, dv.formula1, str(dv.sqref))) for dv in ws.data_validations.dataValidation),
            "print_titles": (ws.print_title_rows, ws.print_title_cols),
            "print_area": ws.print_area,
        }
    return view


def trimmed(grid: list[list[Any]]) -> list[list[Any]]:
    rows = [list(r) for r in grid]
    for r in rows:
        while r and r[-1] in ("", None):
            r.pop()
    while rows and not rows[-1]:
        rows.pop()
    return rows


def calamine_view(path: Path) -> dict[str, list[list[Any]]]:
    book = CalamineWorkbook.from_path(str(path))
    try:
        return {name: trimmed(book.get_sheet_by_name(name).to_python(skip_empty_area=False))
                for name in book.sheet_names}
    finally:
        book.close()


def marked_cells(view: dict[str, Any]) -> dict[tuple[str, str], tuple[str | None, str, str]]:
    """(sheet, cell) -> fill colour, comment text and author of each cell our notes are on."""
    tags = ("[KESALAHAN]", "[PERINGATAN]", "[ERROR]", "[WARNING]")
    out = {}
    for name in [n for n in view["sheets"] if n in view]:
        for coord, (_, style, comment, _) in view[name]["styles"].items():
            if comment and any(t in comment[0] for t in tags):
                out[(name, coord)] = (style[1][1], comment[0], comment[1])
    return out


# CT_Worksheet: the order of a worksheet's children (Excel refuses a file that breaks it).
WORKSHEET_ORDER = ["sheetPr", "dimension", "sheetViews", "sheetFormatPr", "cols", "sheetData", "sheetCalcPr",
                   "sheetProtection", "protectedRanges", "scenarios", "autoFilter", "sortState", "dataConsolidate",
                   "customSheetViews", "mergeCells", "phoneticPr", "conditionalFormatting", "dataValidations",
                   "hyperlinks", "printOptions", "pageMargins", "pageSetup", "headerFooter", "rowBreaks", "colBreaks",
                   "customProperties", "cellWatches", "ignoredErrors", "smartTags", "drawing", "legacyDrawing",
                   "legacyDrawingHF", "drawingHF", "picture", "oleObjects", "controls", "webPublishItems", "tableParts",
                   "extLst"]


def relationships(z: zipfile.ZipFile, part: str) -> dict[str, tuple[str, str, bool]]:
    """Id -> (type, target part or URI, external) of ``part``'s relationships."""
    folder, base = posixpath.split(part)
    name = posixpath.join(folder, "_rels", base + ".rels")
    if name not in z.namelist():
        return {}
    out = {}
    for attrs in re.findall(r"<Relationship\b([^>]*)>", z.read(name).decode()):
        a = dict(re.findall(r'(\w+)="([^"]*)"', attrs))
        external = a.get("TargetMode") == "External"
        target = a["Target"] if external else posixpath.normpath(posixpath.join(folder, a["Target"])).lstrip("/")
        out[a["Id"]] = (a["Type"].rsplit("/", 1)[-1], target, external)
    return out


def assert_package_sound(path: Path) -> None:
    """What Excel checks beyond XML: every part typed, every relationship resolved, comments with
    their legacy drawing, worksheet children in schema order, sheet names and ids unique."""
    with zipfile.ZipFile(path) as z:
        assert z.testzip() is None
        names = set(z.namelist())
        types = z.read("[Content_Types].xml").decode()
        defaults = {e.lower() for e in re.findall(r'Extension="([^"]+)"', types)}
        overrides = {n.lstrip("/") for n in re.findall(r'PartName="([^"]+)"', types)}
        for name in names:
            assert name in overrides or name.rsplit(".", 1)[-1].lower() in defaults, f"{name} has no content type"
        for name in [n for n in names if n.endswith(".rels")]:
            folder = posixpath.dirname(posixpath.dirname(name))
            part = posixpath.join(folder, posixpath.basename(name)[:-len(".rels")])
            for kind, target, external in relationships(z, part).values():
                assert external or target in names, (name, target)
                if external:
                    assert kind == "hyperlink" and target.startswith("#"), (name, target)
        book = z.read("xl/workbook.xml").decode()
        sheets = re.findall(r'<sheet name="([^"]*)" sheetId="(\d+)"[^>]*r:id="([^"]+)"', book)
        assert len({n.casefold() for n, _, _ in sheets}) == len({i for _, i, _ in sheets}) == len(sheets)
        book_rels = relationships(z, "xl/workbook.xml")
        for _, _, rid in sheets:
            kind, part, _ = book_rels[rid]
            if kind != "worksheet":
                assert "tabSelected" not in z.read(part).decode(), part
                continue
            xml = z.read(part).decode()
            children = re.findall(r"<(\w+)\b", xml.split("<worksheet", 1)[1].split(">", 1)[1])
            top = [c for c in children if c in WORKSHEET_ORDER]
            order = [WORKSHEET_ORDER.index(c) for c in dict.fromkeys(top)]
            assert order == sorted(order), (part, top)
            assert ('tabSelected="1"' in xml) == (part == book_rels[sheets[0][2]][1]), part
            sheet_rels = relationships(z, part)
            if any(kind == "comments" for kind, _, _ in sheet_rels.values()):
                legacy = re.search(r'<legacyDrawing [^>]*r:id="([^"]+)"', xml)
                assert legacy is not None and sheet_rels[legacy.group(1)][0] == "vmlDrawing", part


def assert_same(fast: Path, slow: Path, source: Path, *, slow_order: bool = True) -> None:
    """The fast path's workbook shows what the openpyxl path's shows.

    ``slow_order=False``: the openpyxl path gets the sheet order wrong (a chartsheet in the file),
    so the fast path's order is checked against the intended one instead.
    """
    assert_package_sound(fast)
    a, b = openpyxl_view(fast), openpyxl_view(slow)
    original = load_workbook(source).sheetnames
    report = [n for n in a["sheets"] if n in FEEDBACK_SHEETS]
    assert a["sheets"] == report + original and report[0] == SUMMARY_SHEET
    assert a["active"] == SUMMARY_SHEET and a["selected"] == [SUMMARY_SHEET]
    if slow_order:
        assert a["sheets"] == b["sheets"]
        assert a["active"] == b["active"] and a["selected"] == b["selected"]
    assert sorted(a["sheets"]) == sorted(b["sheets"])
    for name in [n for n in a["sheets"] if n in a]:  # worksheets (a chartsheet has no cells)
        for key in ("cells", "merged", "freeze", "filter", "validations", "print_titles", "print_area"):
            assert a[name][key] == b[name][key], (name, key)
        if name in FEEDBACK_SHEETS:
            assert a[name]["styles"] == b[name]["styles"], name
            assert a[name]["widths"] == b[name]["widths"], name
            assert a[name]["page"] == b[name]["page"], name
        else:  # every existing cell of the OPD looks as it does in openpyxl's copy
            for coord, value in a[name]["styles"].items():
                if coord in b[name]["styles"]:
                    assert value == b[name]["styles"][coord], (name, coord)
    assert marked_cells(a) == marked_cells(b)
    assert all(color in (ERROR_FILL, WARNING_FILL) and author == COMMENT_AUTHOR
               for color, _, author in marked_cells(a).values())

    # calamine (as Excel): the report reads the same; the OPD's sheets hold what the OPD sent
    fa, fb, grids = calamine_view(fast), calamine_view(slow), calamine_view(source)
    assert list(fa) == a["sheets"] and sorted(fb) == sorted(fa)
    for name, grid in fa.items():
        assert grid == (fb[name] if name in FEEDBACK_SHEETS else grids[name]), name


# --- inputs -----------------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def bench_files(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """Submissions as the benchmark generates them (xlsxwriter: shared strings, template comments),
    every one with a defect: the template kind and the hand-made kind."""
    folder = tmp_path_factory.mktemp("bench")
    params = generate.Params(pemda=1, opd=12, rows=80, handmade_share=0.5, defect_share=1.0, warning_share=0.5)
    files: dict[str, Path] = {}
    for index in range(params.opd):
        plan = generate.plan_submission(params, 0, index)
        kind = "handmade" if plan.handmade else "template"
        if kind not in files:
            path = generate.write_submission(params, 0, index, folder)
            if feedback._has_marks(findings_of(path)):
                files[kind] = path
    assert set(files) == {"handmade", "template"}
    return files


def case_template(tmp_path: Path) -> tuple[Path, Submission]:
    """The official template with the published defects: errors and warnings, header comments."""
    path = make_fixtures.renja_2024_template_as_published(tmp_path / "renja.xlsx")
    return path, findings_of(path)


def case_printed(tmp_path: Path) -> tuple[Path, Submission]:
    """A hand-made table as printed: merged two-row header, repeated header rows."""
    path = fixtures_handmade.tc33_as_printed(tmp_path / "tabel.xlsx")
    return path, findings_of(path)


def case_opd_comment(tmp_path: Path) -> tuple[Path, Submission]:
    """The OPD's own comment on a marked cell, a quote in a sheet name, a finding on a missing sheet."""
    return make_source(tmp_path / "renja.xlsx"), make_submission()


def case_missing_cells(tmp_path: Path) -> tuple[Path, Submission]:
    """Cells not in the XML: before and after a row's cells, in a missing row, below the last row,
    on a sheet without comments (a new comments part) beside one with (the OPD's part extended)."""
    source = make_source(tmp_path / "renja.xlsx")
    findings = FindingList([
        Finding("required-missing", {"field_label": "Kode"}, sheet="Renja", row=8, column=1),
        Finding("required-missing", {"field_label": "Sumber"}, sheet="Renja", row=8, column=5),
        Finding("required-missing", {"field_label": "Nama"}, sheet="Renja", row=2, column=2),
        Finding("value-negative", {"field_label": "Pagu"}, sheet="Renja", row=900, column=30, raw="-5"),
        Finding("code-invalid", sheet="Petunjuk", row=1, column=3, raw="x"),
        Finding("code-invalid", sheet="Petunjuk", row=1, column=1, raw="y"),
    ])
    return source, make_submission(findings)


def case_merged_target(tmp_path: Path) -> tuple[Path, Submission]:
    """Findings inside merged ranges mark the range's top-left cell; two on one range share a comment."""
    source = make_source(tmp_path / "renja.xlsx")
    findings = FindingList([
        Finding("required-missing", {"field_label": "Kode"}, sheet="Renja", row=4, column=1),
        Finding("code-invalid", sheet="Renja", row=3, column=1, raw="x"),
        Finding("pagu-without-target", {"pagu": "1"}, sheet="Renja", row=1, column=4),
        Finding("pagu-without-target", {"pagu": "2"}, row=3, column=4),  # no sheet: the read one
    ])
    return source, make_submission(findings)


def case_tables_links_and_chartsheet(tmp_path: Path) -> tuple[Path, Submission]:
    """A marked sheet with an Excel table and internal links (its <legacyDrawing> must go before
    <tableParts>), two tabs selected at once, and a chartsheet."""
    from openpyxl.chart import BarChart, Reference
    from openpyxl.worksheet.hyperlink import Hyperlink
    from openpyxl.worksheet.table import Table

    source = make_source(tmp_path / "renja.xlsx")
    wb = load_workbook(source)
    notes = wb["Petunjuk"]
    notes.sheet_view.tabSelected = True
    notes["A3"], notes["B3"], notes["A4"], notes["B4"] = "Kolom", "Nilai", "pagu", 5
    notes.add_table(Table(displayName="Tabel1", ref="A3:B4"))
    notes["D1"] = "ke Renja"
    notes["D1"].hyperlink = Hyperlink(ref="D1", location="'Renja'!A1")  # as Excel saves a link
    notes["D2"] = "ke C6"
    notes["D2"].hyperlink = "#'Renja'!C6"  # as openpyxl saves one: a relationship to "#..."
    chart = BarChart()
    chart.add_data(Reference(wb["Renja"], min_col=3, min_row=5, max_row=7))
    chartsheet = wb.create_chartsheet("Grafik")
    chartsheet.add_chart(chart)
    chartsheet.sheetViews.sheetView[0].tabSelected = True
    wb.save(source)
    findings = FindingList([*make_findings(),
                            Finding("code-invalid", sheet="Petunjuk", row=4, column=2, raw="5"),
                            Finding("code-invalid", sheet="Grafik", row=1, column=1, raw="5")])
    return source, make_submission(findings)


CASES: dict[str, Callable[[Path], tuple[Path, Submission]]] = {
    "tables-links-chartsheet": case_tables_links_and_chartsheet,
    "template": case_template,
    "printed": case_printed,
    "opd-comment": case_opd_comment,
    "missing-cells": case_missing_cells,
    "merged-target": case_merged_target,
}


@pytest.mark.parametrize("case", CASES)
def test_fast_path_shows_what_openpyxl_shows(case: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    source, submission = CASES[case](tmp_path)
    assert feedback._has_marks(submission)
    fast, slow = write_both(tmp_path, source, submission, monkeypatch)
    # feedback._add_report places sheets by their index among worksheets only, so with a
    # chartsheet in the file the openpyxl path leaves the report second (a bug of that path)
    assert_same(fast, slow, source, slow_order=case != "tables-links-chartsheet")


@pytest.mark.parametrize("kind", ["template", "handmade"])
def test_benchmark_submissions(kind: str, bench_files: dict[str, Path], tmp_path: Path,
                               monkeypatch: pytest.MonkeyPatch) -> None:
    source = bench_files[kind]
    fast, slow = write_both(tmp_path, source, findings_of(source), monkeypatch)
    assert_same(fast, slow, source)


@pytest.mark.parametrize("options", [{"lang": "en"}, {"previous_diff": DIFF}, {"accepted": True, "lang": "en"}])
def test_languages_and_the_difference_sheet(options: dict[str, Any], tmp_path: Path,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    source, submission = case_template(tmp_path)
    fast, slow = write_both(tmp_path, source, submission, monkeypatch, **options)
    assert_same(fast, slow, source)
    wb = load_workbook(fast)
    if "previous_diff" in options:
        assert wb.sheetnames[:3] == [SUMMARY_SHEET, READING_SHEET, DIFF_SHEET]
        assert [[c.value for c in row] for row in wb[DIFF_SHEET].iter_rows()] == DIFF
        assert all(c.data_type == "s" for row in wb[DIFF_SHEET].iter_rows() for c in row)
    if options.get("lang") == "en":
        assert wb[SUMMARY_SHEET]["A1"].value == "File Validation Results"


def test_the_marks_and_comments_in_detail(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    source, submission = case_opd_comment(tmp_path)
    fast = tmp_path / "feedback.xlsx"
    assert write(fast, source, submission, monkeypatch, fast=True)
    renja = load_workbook(fast)["Renja"]
    c6 = renja["C6"]
    assert c6.fill.fill_type == "solid" and c6.fill.fgColor.rgb == "FF" + ERROR_FILL
    assert c6.comment is not None and c6.comment.author == COMMENT_AUTHOR
    assert c6.comment.text.startswith("Cek ulang pagu (Kasubag)\n\n[KESALAHAN] ")
    # the OPD's styles stay: bold blue font, number format
    assert c6.font.b and c6.font.color.rgb.endswith("1F4E78") and c6.number_format == "#,##0"
    assert renja["B7"].fill.fgColor.rgb == "FF" + WARNING_FILL
    assert renja["A5"].comment is None and renja["A5"].fill.fill_type is None  # info: listed, not marked
    assert renja["C8"].value == "=SUM(C5:C7)"
    # the comment boxes are sized as _annotate sizes them
    with zipfile.ZipFile(fast) as z:
        vml = "".join(z.read(n).decode() for n in z.namelist() if n.endswith(".vml"))
    boxes = {(int(m.group(3)), int(m.group(4))): (int(m.group(1)), int(m.group(2))) for m in re.finditer(
        r"width:(\d+)px;height:(\d+)px(?:(?!shape>).)*?:Row>(\d+)<(?:(?!shape>).)*?:Column>(\d+)<", vml, re.S)}
    assert boxes[(5, 2)] == _comment_size(c6.comment.text)  # C6, 0-based in VML
    assert boxes[(6, 1)] == _comment_size(renja["B7"].comment.text)


def test_only_the_changed_parts_are_rewritten(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    source, submission = case_template(tmp_path)
    fast = tmp_path / "feedback.xlsx"
    assert write(fast, source, submission, monkeypatch, fast=True)
    with zipfile.ZipFile(source) as before, zipfile.ZipFile(fast) as after:
        old = {i.filename: before.read(i) for i in before.infolist()}
        new = {i.filename: after.read(i) for i in after.infolist()}
    assert set(old) <= set(new)
    unchanged = {n for n in old if old[n] == new[n]}
    assert {"xl/theme/theme1.xml", "docProps/app.xml", "docProps/core.xml"} <= unchanged
    assert "xl/worksheets/sheet1.xml" in unchanged  # "Petunjuk": neither marked nor selected
    # the defined names of the OPD's sheets follow them to their new places
    before_names = re.findall(r'localSheetId="(\d+)">([^<]*)<', old["xl/workbook.xml"].decode())
    after_names = re.findall(r'localSheetId="(\d+)">([^<]*)<', new["xl/workbook.xml"].decode())
    assert before_names and sorted(after_names) == sorted((str(int(i) + 2), v) for i, v in before_names)
    assert load_workbook(fast)["Renja"].print_title_rows == load_workbook(source)["Renja"].print_title_rows


# --- files the fast path leaves to openpyxl --------------------------------------------------------

def _external_formula(wb: Workbook) -> None:
    wb["Renja"]["F5"] = "='[Pagu.xlsx]Sheet1'!A1"


def _external_hyperlink(wb: Workbook) -> None:
    wb["Renja"]["F5"] = "situs"
    wb["Renja"]["F5"].hyperlink = "http://contoh.invalid/"


def _our_tag_in_a_comment(wb: Workbook) -> None:
    from openpyxl.comments import Comment

    wb["Renja"]["D5"].comment = Comment("lama\n\n[KESALAHAN] dari putaran sebelumnya", COMMENT_AUTHOR)


def _case_named_sheet(wb: Workbook) -> None:
    wb.create_sheet("HASIL VALIDASI")


TWEAKS: dict[str, Callable[[Workbook], None]] = {
    "external-formula": _external_formula,
    "external-hyperlink": _external_hyperlink,
    "earlier-notes": _our_tag_in_a_comment,
    "report-sheet-name": _case_named_sheet,
}


@pytest.mark.parametrize("tweak", TWEAKS)
def test_files_the_fast_path_leaves_to_openpyxl(tweak: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    source = make_source(tmp_path / "renja.xlsx")
    wb = load_workbook(source)
    TWEAKS[tweak](wb)
    wb.save(source)
    out = tmp_path / "feedback.xlsx"
    assert not write(out, source, make_submission(), monkeypatch, fast=True)
    result = load_workbook(out)
    assert result.sheetnames[0].startswith(SUMMARY_SHEET)  # openpyxl numbers it beside "HASIL VALIDASI"
    assert result["Renja"]["C6"].comment is not None and "[KESALAHAN]" in result["Renja"]["C6"].comment.text
    if tweak == "external-formula":
        assert result["Renja"]["F5"].data_type == "s"  # defused by openpyxl's path
    if tweak == "external-hyperlink":
        assert result["Renja"]["F5"].hyperlink is None


def test_our_feedback_sent_back_goes_through_openpyxl(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    source, submission = case_opd_comment(tmp_path)
    first = tmp_path / "first.xlsx"
    assert write(first, source, submission, monkeypatch, fast=True)
    second = tmp_path / "second.xlsx"
    assert not write(second, first, make_submission(FindingList()), monkeypatch, fast=True, accepted=True)
    renja = load_workbook(second)["Renja"]
    # the fast path's marks come off as openpyxl's own do
    assert renja["C6"].comment is not None and renja["C6"].comment.text == "Cek ulang pagu (Kasubag)"
    assert renja["C6"].fill.fill_type is None and renja["B7"].comment is None
    assert load_workbook(second).sheetnames.count(SUMMARY_SHEET) == 1


def test_a_file_that_is_not_a_zip_gets_the_findings_list(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    bad = tmp_path / "rusak.xlsx"
    bad.write_bytes(b"PK\x03\x04 not really a zip")
    out = tmp_path / "feedback.xlsx"
    assert not write(out, bad, make_submission(), monkeypatch, fast=True)
    assert load_workbook(out).sheetnames == [SUMMARY_SHEET, READING_SHEET]


def test_a_macro_workbook_is_left_to_openpyxl(tmp_path: Path) -> None:
    source = make_source(tmp_path / "renja.xlsx")
    xlsm = tmp_path / "renja.xlsm"
    with zipfile.ZipFile(source) as zin, zipfile.ZipFile(xlsm, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = zin.read(item)
            if item.filename == "[Content_Types].xml":
                data = data.replace(b"sheet.main+xml", b"sheet.macroEnabled.main+xml")
            zout.writestr(item, data)
    with pytest.raises(NotPatchable):
        patch_feedback(tmp_path / "out.xlsx", source=xlsm, submission=make_submission(), labels=_LABELS["id"],
                       lang="id", accepted=False, previous_diff=None, headers={})
    assert not (tmp_path / "out.xlsx").exists()


@pytest.mark.parametrize("damage", ["truncated-sheet", "bad-styles", "unordered-rows", "prefixed-sheet"])
def test_damaged_xml_falls_back_and_nothing_broken_is_written(damage: str, tmp_path: Path,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    source = make_source(tmp_path / "renja.xlsx")
    damaged = tmp_path / "rusak.xlsx"
    with zipfile.ZipFile(source) as zin, zipfile.ZipFile(damaged, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = zin.read(item)
            if item.filename == "xl/worksheets/sheet1.xml" and damage == "truncated-sheet":
                data = data.replace(b"</sheetData>", b"<row r=\"99\"><c r=\"A99\"></sheetData>")
            if item.filename == "xl/styles.xml" and damage == "bad-styles":
                data = data.replace(b"</cellXfs>", b"")
            if item.filename == "xl/worksheets/sheet1.xml" and damage == "unordered-rows":
                data = data.replace(b'<row r="5"', b'<row r="50"', 1)
            if item.filename == "xl/worksheets/sheet2.xml" and damage == "prefixed-sheet":
                # an unmarked sheet with a prefixed outward formula: the scans must not miss it
                data = re.sub(rb"<(/?)(\w+)", rb"<\1x:\2", data).replace(b'xmlns="', b'xmlns:x="', 1)
                data = data.replace(b"</x:sheetData>", b'<x:row r="9"><x:c r="A9"><x:f>[1]S!A1</x:f></x:c></x:row>'
                                                       b"</x:sheetData>")
            zout.writestr(item, data)
    with pytest.raises(NotPatchable):
        patch_feedback(tmp_path / "out.xlsx", source=damaged, submission=make_submission(), labels=_LABELS["id"],
                       lang="id", accepted=False, previous_diff=None, headers={})
    assert not (tmp_path / "out.xlsx").exists()


def test_a_bug_in_the_fast_path_falls_back(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(*args: Any, **kwargs: Any) -> None:
        raise RuntimeError("bug")

    monkeypatch.setattr(feedback_patch, "patch_feedback", broken)
    source, submission = case_opd_comment(tmp_path)
    out = tmp_path / "feedback.xlsx"
    write_feedback(out, source=source, submission=submission, accepted=False)
    assert load_workbook(out)["Renja"]["C6"].comment is not None
    assert not list(tmp_path.glob(".tmp-*"))


# --- any text -------------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def plain_source(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_source(tmp_path_factory.mktemp("plain") / "renja.xlsx")


def shown(text: str) -> str:
    """What a cell shows of ``text``: what XML and Excel cannot hold taken out, at most 32,767 characters."""
    return re.sub("[\ud800-\udfff\ufffe\uffff]", "", feedback._clean(text))[:32_767]


ODD = st.text(st.characters(exclude_categories=("Cs",)), max_size=60) | st.sampled_from(
    ["=1+1", "<b>&amp;</b>", "_x0041_", "a\r\nb", "\x00\x07\x1f", "'quoted'", '"dq"', "@SUM(A1)", " lead "])


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(opd=ODD, raw=ODD, label=ODD)
def test_any_text_round_trips_as_text(plain_source: Path, opd: str, raw: str, label: str) -> None:
    finding = Finding("value-not-a-number", {"field_label": label}, sheet="Renja", row=6, column=3, raw=raw)
    submission = Submission(file_name="renja.xlsx", sha256="ab" * 32, document="renja", tahun=2024, opd=opd,
                            reading=READING, findings=FindingList([finding]))
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder) / "feedback.xlsx"
        labels = _LABELS["id"]
        patch_feedback(out, source=plain_source, submission=submission, labels=labels, lang="id", accepted=False,
                       previous_diff=None, headers={})
        grid = calamine_view(out)[SUMMARY_SHEET]
        wb = load_workbook(out)
    message = finding.message("id")
    opd_row = next(r for r in grid if r and r[0] == labels["opd"])
    assert (opd_row[2] if len(opd_row) > 2 else "") == shown(opd)
    finding_row = grid[-1]
    assert finding_row[7] == shown(message)
    summary = wb[SUMMARY_SHEET]
    assert all(c.data_type != "f" for row in summary.iter_rows() for c in row)
    note = f"[KESALAHAN] {message}\n{labels['hint']}: {finding.kind.hint('id')}"
    comment = wb["Renja"]["C6"].comment
    assert comment is not None
    expected = "Cek ulang pagu (Kasubag)\n\n" + re.sub(r"_(x[0-9A-Fa-f]{4}_)", r"_x005F_\1", shown(note))
    assert comment.text == expected[:32_767]


def iter_parts(path: Path) -> Iterator[tuple[str, bytes]]:
    with zipfile.ZipFile(path) as z:
        for name in z.namelist():
            yield name, z.read(name)


def test_every_written_part_is_well_formed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    source, submission = case_missing_cells(tmp_path)
    fast = tmp_path / "feedback.xlsx"
    assert write(fast, source, submission, monkeypatch, fast=True, previous_diff=DIFF)
    for name, data in iter_parts(fast):
        if name.endswith((".xml", ".rels", ".vml")):
            assert feedback_patch._well_formed(data), name


@settings(max_examples=300, deadline=None)
@given(st.integers(min_value=0, max_value=3000), st.lists(st.tuples(st.integers(min_value=0, max_value=5000),
                                                                    st.integers(min_value=0, max_value=2)), max_size=8))
def test_style_references_beyond_the_styles_are_found(count: int, refs: list[tuple[int, int]]) -> None:
    """The one-pass check finds every reference >= count (leading zeros too) among the valid ones."""
    from pipeline.load.feedback_patch import _styles_beyond

    cells = "".join(f'<c r="A{i + 1}" s="{"0" * zeros}{n}"/>' for i, (n, zeros) in enumerate(refs))
    not_attributes = f'<c r="B1" t="inlineStr"><is><t>xs="{count + 7}"</t></is></c>'  # no space before: text
    text = f'<sheetData><row r="1" s="{count - 1 if count else 0}">{cells}{not_attributes}</row></sheetData>'
    found = [int(n) for n in _styles_beyond(text, count)]
    beyond = [n for n in [count - 1 if count else 0, *(n for n, _ in refs)] if n >= count]
    assert sorted(n for n in found if n >= count) == sorted(beyond)
