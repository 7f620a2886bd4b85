"""The submission template generated from a row schema, reopened as a user (and the extractor) would."""

from __future__ import annotations

import csv
import json
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from jsonschema import Draft202012Validator
from python_calamine import CalamineWorkbook

from pipeline.templates import writer
from pipeline.templates.writer import (
    FIRST_DATA_ROW,
    HEADER_ROW,
    INSTRUCTIONS_SHEET,
    LISTS_SHEET,
    NUMBER_ROW,
    PREPARED_ROWS,
    TEMPLATE_META_SHEET,
    TemplateSchemaError,
    load_schema,
    write_template,
)
from pipeline.values import canonical_unit_names

REPO = Path(__file__).resolve().parents[1]
SCHEMAS = REPO / "schemas"
TAHUN = 2024
PEMDA = "Kabupaten Pasuruan"
OPD = "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia"
LAST_DATA_ROW = FIRST_DATA_ROW + PREPARED_ROWS - 1


def _years(title: str, tahun: int = TAHUN) -> str:
    return title.replace("(n+1)", f"({tahun + 1})").replace("(n)", f"({tahun})")


def _sumber_dana() -> list[str]:
    path = REPO / "pipeline" / "data" / "sumber_dana.csv"
    with path.open(encoding="utf-8") as fh:
        return [rec["sumber_dana"] for rec in csv.DictReader(fh)]


@pytest.fixture(scope="module")
def schema() -> dict[str, Any]:
    return json.loads((SCHEMAS / "renja.row.schema.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("tpl") / "renja_template.xlsx"
    write_template("renja", path, tahun=TAHUN, pemda=PEMDA, opd=OPD)
    return path


@pytest.fixture(scope="module")
def wb(template: Path) -> openpyxl.Workbook:
    return openpyxl.load_workbook(template)


def _column_of(schema: dict[str, Any], name: str) -> str:
    return openpyxl.utils.get_column_letter(schema["x-columns"].index(name) + 1)


# --- schemas -------------------------------------------------------------------------------------


@pytest.mark.parametrize("path", sorted(SCHEMAS.glob("*.json")), ids=lambda p: p.name)
def test_every_schema_is_valid_draft_2020_12(path: Path) -> None:
    Draft202012Validator.check_schema(json.loads(path.read_text(encoding="utf-8")))


@pytest.mark.parametrize("path", sorted(SCHEMAS.glob("*.row.schema.json")), ids=lambda p: p.name)
def test_every_row_schema_has_template_keywords(path: Path) -> None:
    s = json.loads(path.read_text(encoding="utf-8"))
    document = path.name.removesuffix(".row.schema.json")
    assert s["x-document"] == document
    assert s["x-template-sheet"] and s["x-template-version"]
    for name in s["x-columns"]:
        assert s["properties"][name]["title"], name
    spec = writer.template_spec(load_schema(document))
    assert [c.name for c in spec.columns] == s["x-columns"]


def test_load_schema_env_override_and_errors(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert load_schema("renja")["x-document"] == "renja"
    monkeypatch.setenv("PIPELINE_SCHEMAS", str(tmp_path))
    with pytest.raises(FileNotFoundError):
        load_schema("renja")
    (tmp_path / "renja.row.schema.json").write_text('{"x-document": "renja"}', encoding="utf-8")
    assert load_schema("renja") == {"x-document": "renja"}
    for bad in ("../renja", "a/b", ""):
        with pytest.raises(ValueError):
            load_schema(bad)


# --- data sheet ----------------------------------------------------------------------------------


def test_sheet_order_visibility_and_active(wb: openpyxl.Workbook, schema: dict[str, Any]) -> None:
    assert wb.sheetnames == [INSTRUCTIONS_SHEET, schema["x-template-sheet"], TEMPLATE_META_SHEET, LISTS_SHEET]
    assert wb.active.title == "Renja"
    assert wb[INSTRUCTIONS_SHEET].sheet_state == "visible"
    assert wb["Renja"].sheet_state == "visible"
    assert wb[TEMPLATE_META_SHEET].sheet_state == "hidden"
    assert wb[LISTS_SHEET].sheet_state == "hidden"


def test_title_rows(wb: openpyxl.Workbook) -> None:
    ws = wb["Renja"]
    assert ws["A1"].value == (
        "RUMUSAN RENCANA PROGRAM DAN KEGIATAN PERANGKAT DAERAH TAHUN 2024 DAN PRAKIRAAN MAJU TAHUN 2025"
    )
    assert ws["A1"].font.b
    assert ws["A2"].value == "Tabel T-C.33"
    assert ws["A3"].value == f"Pemerintah Daerah: {PEMDA}"
    assert ws["A4"].value == f"Perangkat Daerah: {OPD}"
    assert ws["A5"].value == "Tahun: 2024"


def test_header_row_is_schema_titles_with_years(wb: openpyxl.Workbook, schema: dict[str, Any]) -> None:
    ws = wb["Renja"]
    expected = [_years(schema["properties"][n]["title"]) for n in schema["x-columns"]]
    got = [c.value for c in ws[HEADER_ROW]][: len(expected)]
    assert got == expected
    assert got[4] == "Target Capaian Kinerja (2024)"
    assert got[11] == "Pagu Indikatif (Rp) (2025)"
    assert ws.cell(HEADER_ROW, len(expected) + 1).value is None
    assert writer.column_headers(schema, TAHUN) == expected
    for i, name in enumerate(schema["x-columns"], start=1):
        cell = ws.cell(HEADER_ROW, i)
        assert cell.font.b and cell.alignment.wrap_text and cell.border.left.style == "thin"
        assert cell.fill.fgColor.rgb not in (None, "00000000")
        assert cell.comment is not None
        assert cell.comment.text == schema["properties"][name]["description"]


def test_number_row(wb: openpyxl.Workbook, schema: dict[str, Any]) -> None:
    ws = wb["Renja"]
    n = len(schema["x-columns"])
    assert [c.value for c in ws[NUMBER_ROW]][:n] == [f"({i})" for i in range(1, 13)]
    assert all(ws.cell(NUMBER_ROW, i).alignment.horizontal == "center" for i in range(1, n + 1))


def test_prepared_rows_number_formats(wb: openpyxl.Workbook, schema: dict[str, Any]) -> None:
    ws = wb["Renja"]
    expected = {"kode": "@", "text": "@", "satuan": "@", "rupiah": "#,##0", "target": "General"}
    for row in (FIRST_DATA_ROW, FIRST_DATA_ROW + 1, LAST_DATA_ROW):
        for i, name in enumerate(schema["x-columns"], start=1):
            cell = ws.cell(row, i)
            assert cell.value is None
            assert cell.number_format == expected[schema["properties"][name]["x-kind"]], (row, name)
    assert ws[f"{_column_of(schema, 'kode')}{FIRST_DATA_ROW}"].number_format == "@"
    assert ws[f"{_column_of(schema, 'pagu')}{FIRST_DATA_ROW}"].number_format == "#,##0"
    assert ws[f"{_column_of(schema, 'pagu_maju')}{LAST_DATA_ROW}"].number_format == "#,##0"
    assert ws[f"{_column_of(schema, 'nama')}{FIRST_DATA_ROW}"].alignment.wrap_text
    assert ws.max_row == LAST_DATA_ROW


def test_column_widths(wb: openpyxl.Workbook, schema: dict[str, Any]) -> None:
    ws = wb["Renja"]
    for name in schema["x-columns"]:
        width = ws.column_dimensions[_column_of(schema, name)].width
        assert width == pytest.approx(schema["properties"][name]["x-width"], abs=1)


def _validations(ws: Any) -> dict[str, Any]:
    return {str(dv.sqref): dv for dv in ws.data_validations.dataValidation}


def test_dropdowns_reference_the_hidden_lists(wb: openpyxl.Workbook, schema: dict[str, Any]) -> None:
    ws = wb["Renja"]
    dvs = _validations(ws)
    units = canonical_unit_names()
    sumber = _sumber_dana()
    daftar = wb[LISTS_SHEET]
    assert daftar["A1"].value == "satuan"
    assert [daftar.cell(r, 1).value for r in range(2, len(units) + 2)] == units
    assert daftar.cell(len(units) + 2, 1).value is None
    assert daftar["B1"].value == "sumber_dana"
    assert [daftar.cell(r, 2).value for r in range(2, len(sumber) + 2)] == sumber

    for name in ("satuan", "satuan_maju"):
        col = _column_of(schema, name)
        dv = dvs[f"{col}{FIRST_DATA_ROW}:{col}{LAST_DATA_ROW}"]
        assert dv.type == "list"
        assert dv.formula1 == f"_daftar!$A$2:$A${len(units) + 1}"
        assert dv.errorStyle == "warning"  # units not in the list are allowed
    col = _column_of(schema, "sumber_dana")
    dv = dvs[f"{col}{FIRST_DATA_ROW}:{col}{LAST_DATA_ROW}"]
    assert dv.type == "list"
    assert dv.formula1 == f"_daftar!$B$2:$B${len(sumber) + 1}"
    assert dv.errorStyle in (None, "stop")
    assert dv.showErrorMessage


def test_rupiah_validation(wb: openpyxl.Workbook, schema: dict[str, Any]) -> None:
    dvs = _validations(wb["Renja"])
    for name in ("pagu", "pagu_maju"):
        col = _column_of(schema, name)
        dv = dvs[f"{col}{FIRST_DATA_ROW}:{col}{LAST_DATA_ROW}"]
        assert dv.type == "decimal"
        assert dv.operator == "greaterThanOrEqual"
        assert dv.formula1 == "0"
        assert dv.showInputMessage and dv.prompt and "Rp" in dv.prompt


def test_freeze_filter_and_print_setup(wb: openpyxl.Workbook, schema: dict[str, Any]) -> None:
    ws = wb["Renja"]
    assert ws.freeze_panes == "C8"
    last = openpyxl.utils.get_column_letter(len(schema["x-columns"]))
    assert ws.auto_filter.ref == f"A{HEADER_ROW}:{last}{LAST_DATA_ROW}"
    assert ws.print_title_rows == f"${HEADER_ROW}:${NUMBER_ROW}"
    assert ws.page_setup.orientation == "landscape"
    assert ws.sheet_properties.pageSetUpPr.fitToPage
    assert ws.page_setup.fitToWidth in (None, 1)  # absent means 1 (the OOXML default)
    assert ws.page_setup.fitToHeight == 0
    assert not ws.protection.sheet


# --- hidden sheets -------------------------------------------------------------------------------


def test_meta_sheet(wb: openpyxl.Workbook, schema: dict[str, Any]) -> None:
    ws = wb[TEMPLATE_META_SHEET]
    meta = {k: v for k, v in ws.iter_rows(values_only=True)}
    generated = meta.pop("generated_at")
    assert meta == {
        "template": "bappeda-pipeline",
        "document": "renja",
        "version": schema["x-template-version"],
        "pemda": PEMDA,
        "opd": OPD,
        "tahun": 2024,
        "sheet": "Renja",
        "header_row": HEADER_ROW,
        "first_data_row": FIRST_DATA_ROW,
        "columns": ",".join(schema["x-columns"]),
    }
    stamp = datetime.fromisoformat(generated)
    assert stamp.tzinfo is not None
    assert abs(datetime.now(UTC) - stamp) < timedelta(hours=1)
    assert [c.value for c in ws["A"]][0] == "template"


# --- instructions --------------------------------------------------------------------------------


def test_instructions_list_every_column(wb: openpyxl.Workbook, schema: dict[str, Any]) -> None:
    ws = wb[INSTRUCTIONS_SHEET]
    rows = [tuple(r) for r in ws.iter_rows(values_only=True)]
    text = "\n".join(str(v) for r in rows for v in r if v is not None)
    table = {r[0]: r for r in rows if r[0] and r[1] and len(str(r[0])) <= 2 and str(r[0]).isalpha()}
    for i, name in enumerate(schema["x-columns"]):
        prop = schema["properties"][name]
        letter = openpyxl.utils.get_column_letter(i + 1)
        assert letter in table, letter
        assert table[letter][1] == _years(prop["title"])
        assert table[letter][2] == prop["description"]
    assert table["B"][3] == "program, kegiatan, sub kegiatan"  # nama
    assert table["H"][3] == "sub kegiatan"  # sumber dana
    assert table["D"][3] == "tidak wajib"  # lokasi
    assert "RUMUSAN RENCANA PROGRAM DAN KEGIATAN PERANGKAT DAERAH TAHUN 2024" in text
    assert "5.03.02.2.01.0003" in text
    assert "Rp" in text and "daftar" in text and "nama lembar" in text
    assert "Kode" in text and "dikosongkan" in text


# --- as other readers see it ---------------------------------------------------------------------


def test_calamine_reads_the_layout(template: Path, schema: dict[str, Any]) -> None:
    cw = CalamineWorkbook.from_path(str(template))
    assert cw.sheet_names == [INSTRUCTIONS_SHEET, "Renja", TEMPLATE_META_SHEET, LISTS_SHEET]
    visible = {m.name: str(m.visible).rsplit(".", 1)[-1].lower() for m in cw.sheets_metadata}
    assert visible == {"Petunjuk": "visible", "Renja": "visible", "_meta": "hidden", "_daftar": "hidden"}
    rows = cw.get_sheet_by_name("Renja").to_python()
    assert rows[HEADER_ROW - 1] == [_years(schema["properties"][n]["title"]) for n in schema["x-columns"]]
    assert rows[NUMBER_ROW - 1] == [f"({i})" for i in range(1, 13)]
    assert len(rows) == NUMBER_ROW  # the prepared rows are empty
    meta: dict[Any, Any] = {r[0]: r[1] for r in cw.get_sheet_by_name(TEMPLATE_META_SHEET).to_python()}
    assert meta["document"] == "renja" and meta["tahun"] == 2024 and meta["first_data_row"] == 8


def test_written_atomically_and_overwrites(tmp_path: Path) -> None:
    path = tmp_path / "out" / "t.xlsx"
    write_template("renja", path, tahun=2025, pemda="Kota Malang", opd="Dinas Kesehatan")
    write_template("renja", path, tahun=2026, pemda="Kota Malang", opd="Dinas Kesehatan")
    assert [p.name for p in path.parent.iterdir()] == ["t.xlsx"]
    ws = openpyxl.load_workbook(path)["Renja"]
    assert ws["E6"].value == "Target Capaian Kinerja (2026)"
    assert ws["A1"].value.endswith("TAHUN 2026 DAN PRAKIRAAN MAJU TAHUN 2027")


def test_invalid_arguments(tmp_path: Path) -> None:
    with pytest.raises(ValueError):
        write_template("renja", tmp_path / "x.xlsx", tahun=24, pemda="A", opd="B")
    with pytest.raises(FileNotFoundError):
        write_template("tidak_ada", tmp_path / "x.xlsx", tahun=2024, pemda="A", opd="B")
    assert not list(tmp_path.iterdir())


# --- generic: another document type from the same code -------------------------------------------


def _other_schema() -> dict[str, Any]:
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": "Baris Evaluasi Renja (T-C.29)",
        "x-document": "evaluasi",
        "x-template-sheet": "Evaluasi",
        "x-template-version": "3",
        "type": "object",
        "properties": {
            "kode": {"title": "Kode", "description": "Kode.", "x-kind": "kode", "x-width": 18},
            "nama": {"title": "Program/Kegiatan", "description": "Nama.", "x-kind": "text"},
            "realisasi": {"title": "Realisasi (n-2)", "description": "R.", "x-kind": "target"},
            "target_lalu": {"title": "Target (n-1)", "description": "T.", "x-kind": "target"},
            "sumber_dana": {"title": "Sumber Dana", "x-kind": "text", "x-list": "sumber_dana"},
            "pagu": {"title": "Pagu (n)", "description": "P.", "x-kind": "rupiah", "x-width": 16},
            "jenis": {"enum": ["a", "b"]},
        },
        "required": ["kode"],
        "x-columns": ["kode", "nama", "realisasi", "target_lalu", "sumber_dana", "pagu"],
        "allOf": [
            {
                "if": {"properties": {"jenis": {"const": "b"}}, "required": ["jenis"]},
                "then": {"required": ["pagu"]},
            }
        ],
    }


def test_another_document_type(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    schemas = tmp_path / "schemas"
    schemas.mkdir()
    s = _other_schema()
    Draft202012Validator.check_schema(s)
    (schemas / "evaluasi.row.schema.json").write_text(json.dumps(s), encoding="utf-8")
    monkeypatch.setenv("PIPELINE_SCHEMAS", str(schemas))
    path = tmp_path / "ev.xlsx"
    write_template("evaluasi", path, tahun=2024, pemda="=Kab. X", opd="Dinas Y")
    wb = openpyxl.load_workbook(path)
    assert wb.sheetnames == [INSTRUCTIONS_SHEET, "Evaluasi", TEMPLATE_META_SHEET, LISTS_SHEET]
    ws = wb["Evaluasi"]
    assert [c.value for c in ws[HEADER_ROW]] == [
        "Kode",
        "Program/Kegiatan",
        "Realisasi (2022)",
        "Target (2023)",
        "Sumber Dana",
        "Pagu (2024)",
    ]
    assert ws["A1"].value == "BARIS EVALUASI RENJA (T-C.29) TAHUN 2024"
    assert ws["A2"].value is None
    assert ws["A3"].value == "Pemerintah Daerah: =Kab. X"  # a string, never a formula
    assert ws["F8"].number_format == "#,##0"
    assert ws.freeze_panes == "C8"
    dvs = _validations(ws)
    assert dvs[f"E8:E{LAST_DATA_ROW}"].formula1 == f"_daftar!$A$2:$A${len(_sumber_dana()) + 1}"
    meta = {k: v for k, v in wb[TEMPLATE_META_SHEET].iter_rows(values_only=True)}
    assert meta["document"] == "evaluasi" and meta["version"] == "3" and meta["sheet"] == "Evaluasi"
    assert meta["columns"] == "kode,nama,realisasi,target_lalu,sumber_dana,pagu"
    rows = {r[0]: r for r in wb[INSTRUCTIONS_SHEET].iter_rows(values_only=True) if r[0] in {"A", "F"}}
    assert rows["A"][3] == "semua baris"
    assert rows["F"][3] == "jenis = b"


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda s: s["properties"]["nama"].update({"x-kind": "tanggal"}), "x-kind"),
        (lambda s: s["x-columns"].append("tidak_ada"), "not a property"),
        (lambda s: s.update({"x-document": "lain"}), "x-document"),
        (lambda s: s.pop("x-columns"), "x-columns"),
        (lambda s: s["properties"]["nama"].update({"x-list": "tidak_ada_daftar"}), "x-list"),
        (lambda s: s.update({"x-template-sheet": "_meta"}), "x-template-sheet"),
    ],
)
def test_schema_errors_are_reported(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, change: Any, message: str
) -> None:
    s = _other_schema()
    change(s)
    (tmp_path / "evaluasi.row.schema.json").write_text(json.dumps(s), encoding="utf-8")
    monkeypatch.setenv("PIPELINE_SCHEMAS", str(tmp_path))
    with pytest.raises(TemplateSchemaError, match=message):
        write_template("evaluasi", tmp_path / "ev.xlsx", tahun=2024, pemda="A", opd="B")
    assert not (tmp_path / "ev.xlsx").exists()
