"""Write the official submission template of a document type, generated from its JSON Schema.

The schema (``schemas/<document>.row.schema.json``) describes one row of the document's table;
its ``x-`` keywords describe the template:

* top level: ``x-document`` (document id), ``x-template-sheet`` (data sheet name),
  ``x-template-version``, ``x-columns`` (property names in column order), optionally
  ``x-template-title`` (placeholders ``{tahun}``, ``{tahun1}`` = tahun+1, ``{tahun+K}``,
  ``{tahun-K}``, ``{pemda}``, ``{opd}``) and ``x-table-label`` ("Tabel T-C.33");
* per column property: ``title`` (``(n)``, ``(n+1)``, ``(n-1)`` ... become years), ``description``
  (header comment and instructions), ``x-kind`` (cell format, see ``KIND_STYLES``), ``x-width``
  and ``x-list`` (dropdown list name; ``satuan`` is open, other lists strict unless the property
  says ``"x-list-open": true``);
* ``required`` at the top level and in ``allOf`` ``if``/``then`` blocks: which row levels must fill
  which column (listed on the instructions sheet).

Layout contract (the extractor relies on it): sheet ``Petunjuk`` (instructions), the data sheet
with the title in rows 1-5, the header at ``HEADER_ROW``, ``(1) (2) ...`` at ``NUMBER_ROW`` and
``PREPARED_ROWS`` formatted rows from ``FIRST_DATA_ROW``; hidden ``_meta`` (key in column A, value
in column B) and hidden ``_daftar`` (dropdown lists, one per column, name in row 1). Row numbers
are Excel's (1-based).
"""

from __future__ import annotations

import csv
import json
import os
import re
import textwrap
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from decimal import Decimal
from importlib import resources
from pathlib import Path
from typing import Any

import xlsxwriter
from xlsxwriter.utility import quote_sheetname, xl_col_to_name

from pipeline.atomic import atomic_path
from pipeline.values import canonical_unit_names

TEMPLATE_META_SHEET = "_meta"
LISTS_SHEET = "_daftar"
INSTRUCTIONS_SHEET = "Petunjuk"
HEADER_ROW = 6
NUMBER_ROW = 7
FIRST_DATA_ROW = 8
PREPARED_ROWS = 500

TEMPLATE_ID = "bappeda-pipeline"
SCHEMAS_ENV = "PIPELINE_SCHEMAS"
FROZEN_COLUMNS = 2
DEFAULT_WIDTH = 15.0
OPEN_LISTS = frozenset({"satuan"})

_DOCUMENT_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]*$")
_YEAR_MARK = re.compile(r"\(\s*n\s*(?:([+-])\s*(\d+)\s*)?\)")
_TITLE_PLACEHOLDER = re.compile(r"\{(tahun)(?:([+-]?)(\d+))?\}|\{(pemda|opd)\}")


@dataclass(frozen=True, slots=True)
class KindStyle:
    """How a column of one ``x-kind`` is formatted and described to the operator."""

    num_format: str
    wrap: bool
    label: str


KIND_STYLES: dict[str, KindStyle] = {
    "kode": KindStyle("@", False, "teks: kode lengkap dengan titik"),
    "text": KindStyle("@", True, "teks"),
    "satuan": KindStyle("@", True, "teks: satuan"),
    "rupiah": KindStyle("#,##0", False, "angka bulat: rupiah penuh, tanpa Rp"),
    "target": KindStyle("General", False, "angka"),
}

LEVEL_LABELS: dict[str, str] = {
    "urusan": "urusan",
    "bidang": "bidang urusan",
    "program": "program",
    "kegiatan": "kegiatan",
    "sub_kegiatan": "sub kegiatan",
    "indikator": "indikator tambahan",
}

ALL_ROWS = "semua baris"


class TemplateSchemaError(ValueError):
    """The schema lacks what is needed to generate its template."""


# --- schema --------------------------------------------------------------------------------------


def schemas_dir() -> Path:
    """``$PIPELINE_SCHEMAS`` if set, else the repository's ``schemas/`` folder."""
    env = os.environ.get(SCHEMAS_ENV)
    if env:
        return Path(env)
    return Path(__file__).resolve().parents[2] / "schemas"


def load_schema(document: str) -> dict[str, Any]:
    """The row schema of ``document`` (``schemas/{document}.row.schema.json``)."""
    if not _DOCUMENT_ID.match(document) or ".." in document:
        raise ValueError(f"invalid document name: {document!r}")
    path = schemas_dir() / f"{document}.row.schema.json"
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise FileNotFoundError(f"no schema for document {document!r}: {path} does not exist") from None
    schema = json.loads(text)
    if not isinstance(schema, dict):
        raise TemplateSchemaError(f"{path}: a schema must be a JSON object")
    return schema


@dataclass(frozen=True, slots=True)
class TemplateColumn:
    """One column of the data sheet, as the schema describes it."""

    name: str
    index: int  # 0-based
    title: str
    description: str
    kind: str
    width: float
    list_name: str | None
    list_open: bool

    @property
    def letter(self) -> str:
        return xl_col_to_name(self.index)

    def header(self, tahun: int) -> str:
        return year_text(self.title, tahun)


@dataclass(frozen=True, slots=True)
class TemplateSpec:
    """What the schema says about the template of its document."""

    document: str
    version: str
    sheet: str
    title: str | None
    table_label: str | None
    description: str
    schema_title: str
    columns: tuple[TemplateColumn, ...]
    required_for: Mapping[str, tuple[str, ...]]


def year_text(text: str, tahun: int) -> str:
    """Replace ``(n)`` by ``(2024)``, ``(n+1)`` by ``(2025)``, ``(n-2)`` by ``(2022)``, ..."""

    def repl(m: re.Match[str]) -> str:
        offset = int(m.group(2) or 0)
        if m.group(1) == "-":
            offset = -offset
        return f"({tahun + offset})"

    return _YEAR_MARK.sub(repl, text)


def column_headers(schema: Mapping[str, Any], tahun: int) -> list[str]:
    """The header texts of the data sheet, in column order, for ``tahun``."""
    return [col.header(tahun) for col in template_spec(schema).columns]


def template_spec(schema: Mapping[str, Any]) -> TemplateSpec:
    """Read the template keywords of ``schema``; ``TemplateSchemaError`` says what is missing."""
    props = schema.get("properties")
    if not isinstance(props, dict):
        raise TemplateSchemaError("schema has no properties")
    for key in ("x-document", "x-template-sheet", "x-columns"):
        if key not in schema:
            raise TemplateSchemaError(f"schema has no {key}")
    names = schema["x-columns"]
    if not isinstance(names, list) or not names or not all(isinstance(n, str) for n in names):
        raise TemplateSchemaError("x-columns must be a non-empty list of property names")
    if len(set(names)) != len(names):
        raise TemplateSchemaError("x-columns names a property twice")
    sheet = str(schema["x-template-sheet"])
    if sheet in (INSTRUCTIONS_SHEET, TEMPLATE_META_SHEET, LISTS_SHEET) or not 0 < len(sheet) <= 31:
        raise TemplateSchemaError(f"unusable x-template-sheet: {sheet!r}")
    columns = []
    for index, name in enumerate(names):
        prop = props.get(name)
        if not isinstance(prop, dict):
            raise TemplateSchemaError(f"x-columns names {name!r}, which is not a property")
        title = prop.get("title")
        if not isinstance(title, str) or not title.strip():
            raise TemplateSchemaError(f"property {name!r} has no title (the column header)")
        kind = prop.get("x-kind", "text")
        if kind not in KIND_STYLES:
            raise TemplateSchemaError(
                f"property {name!r} has x-kind {kind!r}; known kinds: {', '.join(KIND_STYLES)}"
            )
        list_name = prop.get("x-list")
        if list_name is not None and not isinstance(list_name, str):
            raise TemplateSchemaError(f"property {name!r}: x-list must be a string")
        list_open = bool(prop.get("x-list-open", list_name in OPEN_LISTS))
        columns.append(
            TemplateColumn(
                name=name,
                index=index,
                title=title.strip(),
                description=str(prop.get("description", "")).strip(),
                kind=kind,
                width=float(prop.get("x-width", DEFAULT_WIDTH)),
                list_name=list_name,
                list_open=list_open,
            )
        )
    title = schema.get("x-template-title")
    label = schema.get("x-table-label")
    return TemplateSpec(
        document=str(schema["x-document"]),
        version=str(schema.get("x-template-version", "1")),
        sheet=sheet,
        title=str(title) if title else None,
        table_label=str(label) if label else None,
        description=str(schema.get("description", "")).strip(),
        schema_title=str(schema.get("title", schema["x-document"])),
        columns=tuple(columns),
        required_for=required_for(schema),
    )


def required_for(schema: Mapping[str, Any]) -> dict[str, tuple[str, ...]]:
    """Property -> the row kinds that must fill it (``semua baris`` for top-level ``required``).

    Reads top-level ``required`` and the ``if``/``then`` blocks at the top level and in ``allOf``;
    a condition on the ``level`` property is shown as level names, any other as ``prop = value``.
    """
    props = schema.get("properties", {})
    found: dict[str, list[tuple[int, int, str]]] = {}

    def add(name: str, key: tuple[int, int, str]) -> None:
        keys = found.setdefault(name, [])
        if key not in keys:
            keys.append(key)

    for name in schema.get("required", []):
        add(name, (-1, -1, ALL_ROWS))
    blocks = [schema, *[b for b in schema.get("allOf", []) if isinstance(b, dict)]]
    prop_order = list(props)
    for block in blocks:
        cond, then = block.get("if"), block.get("then")
        if not isinstance(cond, dict) or not isinstance(then, dict):
            continue
        labels = _condition_labels(cond, props, prop_order)
        for name in then.get("required", []):
            for key in labels:
                add(name, key)
    return {name: tuple(label for *_, label in sorted(keys)) for name, keys in found.items()}


def _condition_labels(
    cond: Mapping[str, Any], props: Mapping[str, Any], prop_order: list[str]
) -> list[tuple[int, int, str]]:
    labels: list[tuple[int, int, str]] = []
    for pname, sub in cond.get("properties", {}).items():
        if not isinstance(sub, dict):
            continue
        if "const" in sub:
            values = [sub["const"]]
        elif isinstance(sub.get("enum"), list):
            values = list(sub["enum"])
        else:
            continue
        enum = props.get(pname, {}).get("enum", []) if isinstance(props.get(pname), dict) else []
        p_index = prop_order.index(pname) if pname in prop_order else len(prop_order)
        for value in values:
            v_index = enum.index(value) if value in enum else len(enum)
            if pname == "level":
                label = LEVEL_LABELS.get(str(value), str(value).replace("_", " "))
            else:
                label = f"{pname} = {value}"
            labels.append((p_index, v_index, label))
    return labels


def template_title(spec: TemplateSpec, *, tahun: int, pemda: str, opd: str) -> str:
    pattern = spec.title or f"{spec.schema_title.upper()} TAHUN {{tahun}}"

    def repl(m: re.Match[str]) -> str:
        if m.group(4) == "pemda":
            return pemda
        if m.group(4) == "opd":
            return opd
        offset = int(m.group(3) or 0)
        if m.group(2) == "-":
            offset = -offset
        return str(tahun + offset)

    return _TITLE_PLACEHOLDER.sub(repl, pattern)


# --- lists ---------------------------------------------------------------------------------------


def list_values(name: str) -> list[str]:
    """The values of dropdown list ``name``.

    ``satuan`` is the canonical unit names; any other list is ``pipeline/data/{name}.csv``, column
    ``{name}`` (or the first column), blank and repeated values dropped.
    """
    if name == "satuan":
        return canonical_unit_names()
    if not _DOCUMENT_ID.match(name) or ".." in name:
        raise TemplateSchemaError(f"invalid x-list name: {name!r}")
    source = resources.files("pipeline").joinpath(f"data/{name}.csv")
    if not source.is_file():
        raise TemplateSchemaError(f"x-list {name!r}: no list pipeline/data/{name}.csv")
    rows = list(csv.reader(source.read_text(encoding="utf-8-sig").splitlines()))
    if not rows:
        raise TemplateSchemaError(f"x-list {name!r}: pipeline/data/{name}.csv is empty")
    header = [h.strip() for h in rows[0]]
    col = header.index(name) if name in header else 0
    values: list[str] = []
    for row in rows[1:]:
        value = row[col].strip() if len(row) > col else ""
        if value and value not in values:
            values.append(value)
    if not values:
        raise TemplateSchemaError(f"x-list {name!r}: pipeline/data/{name}.csv has no values")
    return values


# --- workbook ------------------------------------------------------------------------------------


def write_template(document: str, path: Path, *, tahun: int, pemda: str, opd: str,
                   rows: Iterable[Mapping[str, Any]] = (), generated_at: datetime | None = None) -> None:
    """Write the submission template of ``document`` for one OPD and year to ``path`` (atomically).

    ``rows`` (schema field -> value) are typed into the data sheet from ``FIRST_DATA_ROW``, as an
    OPD fills it; ``generated_at`` fixes the creation time, so the same arguments give the same
    bytes (the benchmark's generated submissions rely on it).
    """
    if isinstance(tahun, bool) or not isinstance(tahun, int) or not 1900 < tahun < 9999:
        raise ValueError(f"invalid tahun: {tahun!r}")
    schema = load_schema(document)
    spec = template_spec(schema)
    if spec.document != document:
        raise TemplateSchemaError(f"schema {document}.row.schema.json declares x-document {spec.document!r}")
    lists = {c.list_name: list_values(c.list_name) for c in spec.columns if c.list_name}
    pemda = " ".join(pemda.split())
    opd = " ".join(opd.split())
    with atomic_path(path) as tmp:
        options = {"strings_to_formulas": False, "strings_to_urls": False, "strings_to_numbers": False}
        with xlsxwriter.Workbook(str(tmp), options) as wb:
            title = template_title(spec, tahun=tahun, pemda=pemda, opd=opd)
            wb.set_properties(
                {
                    "title": title,
                    "subject": f"{spec.table_label or spec.schema_title} {opd} {tahun}",
                    "author": "Bappeda",
                    "company": pemda,
                    "comments": f"Templat {spec.document} versi {spec.version}, dibuat oleh {TEMPLATE_ID}",
                    **({"created": generated_at.replace(tzinfo=None)} if generated_at else {}),
                }
            )
            styles = _Styles(wb)
            instructions = wb.add_worksheet(INSTRUCTIONS_SHEET)
            data = wb.add_worksheet(spec.sheet)
            meta = wb.add_worksheet(TEMPLATE_META_SHEET)
            daftar = wb.add_worksheet(LISTS_SHEET)
            list_refs = _write_lists(daftar, styles, lists)
            _write_instructions(instructions, styles, spec, title, tahun=tahun, pemda=pemda, opd=opd)
            _write_data_sheet(data, styles, spec, title, list_refs, tahun=tahun, pemda=pemda, opd=opd)
            _write_rows(data, styles, spec, rows)
            _write_meta(meta, spec, tahun=tahun, pemda=pemda, opd=opd, generated_at=generated_at)
            data.activate()
            meta.hide()
            daftar.hide()


class _Styles:
    def __init__(self, wb: Any) -> None:
        base = {"font_name": "Arial", "font_size": 10}
        self.title = wb.add_format({**base, "bold": True, "font_size": 12})
        self.subtitle = wb.add_format({**base, "bold": True})
        self.plain = wb.add_format(base)
        self.header = wb.add_format(
            {
                **base,
                "bold": True,
                "text_wrap": True,
                "border": 1,
                "align": "center",
                "valign": "vcenter",
                "bg_color": "#D9E1F2",
            }
        )
        self.number = wb.add_format(
            {
                **base,
                "italic": True,
                "font_size": 9,
                "border": 1,
                "align": "center",
                "valign": "vcenter",
                "bg_color": "#F2F2F2",
            }
        )
        self.wrap = wb.add_format({**base, "text_wrap": True, "valign": "top"})
        self.wrap_border = wb.add_format({**base, "text_wrap": True, "valign": "top", "border": 1})
        self.step_no = wb.add_format({**base, "valign": "top", "align": "right"})
        self.kinds = {
            kind: wb.add_format(
                {
                    **base,
                    "num_format": style.num_format,
                    "valign": "top",
                    **({"text_wrap": True} if style.wrap else {}),
                }
            )
            for kind, style in KIND_STYLES.items()
        }


def _write_lists(ws: Any, styles: _Styles, lists: Mapping[str, list[str]]) -> dict[str, str]:
    """Each list in its own column of ``_daftar`` (name in row 1); returns name -> range formula."""
    refs: dict[str, str] = {}
    for col, (name, values) in enumerate(lists.items()):
        ws.write_string(0, col, name, styles.subtitle)
        for row, value in enumerate(values, start=1):
            ws.write_string(row, col, value)
        ws.set_column(col, col, max([len(name), *map(len, values)]) + 2)
        letter = xl_col_to_name(col)
        refs[name] = f"={quote_sheetname(LISTS_SHEET)}!${letter}$2:${letter}${len(values) + 1}"
    return refs


def _wrapped_lines(text: str, width: float) -> int:
    per_line = max(int(width) - 1, 4)
    return sum(max(len(textwrap.wrap(part, per_line)), 1) for part in text.split("\n"))


def _write_data_sheet(
    ws: Any,
    styles: _Styles,
    spec: TemplateSpec,
    title: str,
    list_refs: Mapping[str, str],
    *,
    tahun: int,
    pemda: str,
    opd: str,
) -> None:
    header0, number0, first0 = HEADER_ROW - 1, NUMBER_ROW - 1, FIRST_DATA_ROW - 1
    last0 = first0 + PREPARED_ROWS - 1
    last_col = len(spec.columns) - 1

    ws.write_string(0, 0, title, styles.title)
    if spec.table_label:
        ws.write_string(1, 0, spec.table_label, styles.subtitle)
    ws.write_string(2, 0, f"Pemerintah Daerah: {pemda}", styles.plain)
    ws.write_string(3, 0, f"Perangkat Daerah: {opd}", styles.plain)
    ws.write_string(4, 0, f"Tahun: {tahun}", styles.plain)

    ws.set_comments_author("Bappeda")
    header_lines = 1
    for col in spec.columns:
        fmt = styles.kinds[col.kind]
        ws.set_column(col.index, col.index, col.width, fmt)
        header = col.header(tahun)
        header_lines = max(header_lines, _wrapped_lines(header, col.width))
        ws.write_string(header0, col.index, header, styles.header)
        if col.description:
            lines = _wrapped_lines(col.description, 40)
            ws.write_comment(
                header0,
                col.index,
                col.description,
                {"author": "Bappeda", "x_scale": 2.0, "y_scale": max(1.0, lines / 4 + 0.3)},
            )
        ws.write_string(number0, col.index, f"({col.index + 1})", styles.number)
        for row in range(first0, last0 + 1):
            ws.write_blank(row, col.index, None, fmt)
        _column_validation(ws, col, list_refs, first0, last0, tahun)
    ws.set_row(header0, 13.5 * header_lines + 4)

    ws.freeze_panes(first0, FROZEN_COLUMNS)
    ws.autofilter(header0, 0, last0, last_col)
    ws.set_landscape()
    ws.set_paper(9)  # A4
    ws.set_margins(left=0.4, right=0.4, top=0.6, bottom=0.6)
    ws.fit_to_pages(1, 0)
    ws.repeat_rows(header0, number0)
    ws.set_footer(f"&L&8{spec.table_label or spec.schema_title} - {opd}&R&8Halaman &P dari &N")


def _column_validation(
    ws: Any, col: TemplateColumn, list_refs: Mapping[str, str], first0: int, last0: int, tahun: int
) -> None:
    header = col.header(tahun)
    input_title = header[:32]
    if col.list_name:
        options: dict[str, Any] = {
            "validate": "list",
            "source": list_refs[col.list_name],
            "input_title": input_title,
        }
        if col.list_open:
            options.update(
                input_message="Pilih dari daftar. Bila tidak ada yang sesuai, boleh diketik sendiri.",
                error_type="warning",
                error_title="Tidak ada di daftar",
                error_message=(
                    "Isian ini tidak ada di daftar pilihan. Pilih Yes/Ya untuk tetap memakainya "
                    "bila memang tidak ada padanannya, atau No/Tidak untuk memilih dari daftar."
                ),
            )
        else:
            options.update(
                input_message="Pilih dari daftar (klik panah di sisi sel).",
                error_type="stop",
                error_title="Pilih dari daftar",
                error_message="Isian kolom ini harus dipilih dari daftar pilihan.",
            )
        ws.data_validation(first0, col.index, last0, col.index, options)
    elif col.kind == "rupiah":
        ws.data_validation(
            first0,
            col.index,
            last0,
            col.index,
            {
                "validate": "decimal",
                "criteria": ">=",
                "value": 0,
                "input_title": input_title,
                "input_message": (
                    "Isi angka bulat dalam rupiah penuh, tanpa Rp dan tanpa titik/koma, "
                    "contoh 150000000. Pemisah ribuan muncul sendiri."
                ),
                "error_type": "stop",
                "error_title": "Harus angka rupiah",
                "error_message": "Isi dengan angka rupiah penuh (0 atau lebih), tanpa Rp dan tanpa teks.",
            },
        )
    elif col.kind == "kode":
        ws.data_validation(
            first0,
            col.index,
            last0,
            col.index,
            {
                "validate": "any",
                "input_title": input_title,
                "input_message": (
                    "Tulis kode lengkap dengan titik, contoh 5.03.02.2.01.0003. "
                    "Baris indikator tambahan: kode dikosongkan."
                ),
            },
        )


def _write_instructions(
    ws: Any, styles: _Styles, spec: TemplateSpec, title: str, *, tahun: int, pemda: str, opd: str
) -> None:
    widths = [8, 34, 70, 26, 30]
    for i, w in enumerate(widths):
        ws.set_column(i, i, w)
    text_width = sum(widths[1:])
    row = 0
    ws.write_string(row, 0, "PETUNJUK PENGISIAN", styles.title)
    row += 1
    ws.write_string(row, 0, title, styles.subtitle)
    row += 1
    if spec.table_label:
        ws.write_string(row, 0, spec.table_label, styles.plain)
        row += 1
    row += 1
    for key, value in (
        ("Pemerintah Daerah", pemda),
        ("Perangkat Daerah", opd),
        ("Tahun", str(tahun)),
        ("Lembar isian", spec.sheet),
        ("Versi templat", f"{spec.document} {spec.version}"),
    ):
        ws.write_string(row, 0, key, styles.plain)
        ws.merge_range(row, 1, row, 4, value, styles.plain)
        row += 1
    row += 1
    if spec.description:
        ws.merge_range(row, 0, row, 4, spec.description, styles.wrap)
        ws.set_row(row, 13.5 * _wrapped_lines(spec.description, text_width + widths[0]) + 3)
        row += 2

    ws.write_string(row, 0, "Cara mengisi", styles.subtitle)
    row += 1
    for number, step in enumerate(_steps(spec, tahun), start=1):
        ws.write_string(row, 0, f"{number}.", styles.step_no)
        ws.merge_range(row, 1, row, 4, step, styles.wrap)
        ws.set_row(row, 13.5 * _wrapped_lines(step, text_width) + 3)
        row += 1
    row += 1

    ws.write_string(row, 0, f'Daftar kolom lembar "{spec.sheet}"', styles.subtitle)
    row += 1
    for i, head in enumerate(("Kolom", "Judul kolom", "Keterangan", "Wajib diisi untuk", "Jenis isian")):
        ws.write_string(row, i, head, styles.header)
    row += 1
    for col in spec.columns:
        header = col.header(tahun)
        required = ", ".join(spec.required_for.get(col.name, ())) or "tidak wajib"
        cells = (col.letter, header, col.description, required, _kind_label(col))
        for i, text in enumerate(cells):
            ws.write_string(row, i, text, styles.wrap_border)
        lines = max(_wrapped_lines(text, widths[i]) for i, text in enumerate(cells))
        ws.set_row(row, 13.5 * lines + 3)
        row += 1
    ws.set_landscape()
    ws.set_paper(9)
    ws.fit_to_pages(1, 0)


def _kind_label(col: TemplateColumn) -> str:
    label = KIND_STYLES[col.kind].label
    if col.list_name:
        if col.list_open:
            label += "; pilih dari daftar, atau ketik sendiri bila tidak ada"
        else:
            label += "; wajib dipilih dari daftar"
    return label


def _headers_of(columns: Iterable[TemplateColumn], tahun: int) -> str:
    return ", ".join(f"{c.letter} ({c.header(tahun)})" for c in columns)


def _steps(spec: TemplateSpec, tahun: int) -> list[str]:
    cols = spec.columns
    kode = [c for c in cols if c.kind == "kode"]
    rupiah = [c for c in cols if c.kind == "rupiah"]
    targets = [c for c in cols if c.kind == "target"]
    units = [c for c in cols if c.kind == "satuan"]
    open_lists = [c for c in cols if c.list_name and c.list_open]
    strict_lists = [c for c in cols if c.list_name and not c.list_open]
    steps = [
        f'Isi tabel pada lembar "{spec.sheet}" mulai baris {FIRST_DATA_ROW}. Baris {HEADER_ROW} berisi '
        f"judul kolom dan baris {NUMBER_ROW} nomor kolom; arahkan kursor ke judul kolom untuk melihat "
        f"keterangannya. Daftar lengkap kolom ada di bawah.",
    ]
    if kode:
        k = kode[0]
        steps += [
            "Satu baris untuk setiap urusan, bidang urusan, program, kegiatan dan sub kegiatan, "
            "berurutan dari atas ke bawah (urusan > bidang urusan > program > kegiatan > sub kegiatan).",
            f"Tulis kode di kolom {k.letter} ({k.header(tahun)}) sebagai teks lengkap dengan titik, contoh "
            "5.03.02.2.01.0003 (sub kegiatan: 4 digit terakhir). Kolom ini sudah berformat teks: jangan "
            "ubah formatnya, jangan tulis kode tanpa titik atau dengan spasi. Kode yang telanjur berubah "
            "menjadi angka (misalnya 5,03E+09) tidak dapat dibaca dan akan dikembalikan.",
            f"Bila satu program/kegiatan/sub kegiatan memiliki lebih dari satu indikator, tulis indikator "
            f"tambahan beserta targetnya pada baris berikutnya dengan kolom {k.letter} ({k.header(tahun)}) "
            "dikosongkan.",
        ]
    if rupiah:
        steps.append(
            f"Kolom rupiah ({_headers_of(rupiah, tahun)}) diisi angka bulat dalam rupiah penuh (bukan "
            'ribuan rupiah), tanpa "Rp", tanpa titik atau koma, contoh 150000000. Pemisah ribuan '
            'muncul sendiri. Kosongkan bila tidak ada; jangan menulis "-".'
        )
    if targets:
        where = " (satuannya di kolom satuan)" if units else ""
        steps.append(
            f"Kolom target ({_headers_of(targets, tahun)}) diisi angka saja{where}, contoh 5 atau 84,5."
        )
    if open_lists:
        steps.append(
            f"Kolom {_headers_of(open_lists, tahun)}: pilih dari daftar (klik panah di sisi sel). Bila "
            "yang diperlukan tidak ada di daftar, boleh diketik sendiri."
        )
    if strict_lists:
        steps.append(f"Kolom {_headers_of(strict_lists, tahun)}: wajib dipilih dari daftar.")
    required_cols = [c for c in cols if spec.required_for.get(c.name)]
    if required_cols:
        steps.append(
            'Kolom yang wajib diisi untuk setiap jenis baris tercantum pada kolom "Wajib diisi untuk" '
            "di daftar kolom di bawah."
        )
    steps += [
        "Jangan menambah baris jumlah (JUMLAH, JUMLAH TOTAL, subtotal) atau baris rincian belanja; "
        "jumlah dihitung oleh Bappeda.",
        f"Jangan mengubah judul tabel (baris 1-5), judul kolom (baris {HEADER_ROW}) dan nomor kolom "
        f"(baris {NUMBER_ROW}); jangan menyisipkan, menghapus atau memindahkan kolom; jangan menggabungkan "
        "sel (merge).",
        f"Jangan mengganti nama lembar dan jangan menghapus lembar tersembunyi ({TEMPLATE_META_SHEET}, "
        f"{LISTS_SHEET}): keduanya dipakai untuk membaca berkas secara otomatis.",
        f"Tersedia {PREPARED_ROWS} baris siap isi. Bila kurang, sisipkan baris di tengah tabel (bukan di "
        "bawahnya) agar format dan daftar pilihan ikut.",
        "Simpan sebagai .xlsx dan kirim ke Bappeda. Perbaikan dikirim sebagai berkas utuh yang "
        "menggantikan kiriman sebelumnya.",
    ]
    return steps


def _write_rows(ws: Any, styles: _Styles, spec: TemplateSpec, rows: Iterable[Mapping[str, Any]]) -> None:
    """Values typed into the data sheet; text stays text whatever it starts with."""
    for r, row in enumerate(rows, start=FIRST_DATA_ROW - 1):
        for col in spec.columns:
            value = row.get(col.name)
            if value is None or value == "":
                continue
            fmt = styles.kinds[col.kind]
            if isinstance(value, Decimal):
                value = int(value) if value == value.to_integral_value() else float(value)
            if isinstance(value, int | float) and not isinstance(value, bool):
                ws.write_number(r, col.index, value, fmt)
            else:
                ws.write_string(r, col.index, str(value), fmt)


def _write_meta(ws: Any, spec: TemplateSpec, *, tahun: int, pemda: str, opd: str,
                generated_at: datetime | None = None) -> None:
    rows: list[tuple[str, str | int]] = [
        ("template", TEMPLATE_ID),
        ("document", spec.document),
        ("version", spec.version),
        ("pemda", pemda),
        ("opd", opd),
        ("tahun", tahun),
        ("sheet", spec.sheet),
        ("header_row", HEADER_ROW),
        ("first_data_row", FIRST_DATA_ROW),
        ("columns", ",".join(c.name for c in spec.columns)),
        ("generated_at", (generated_at or datetime.now(UTC)).strftime("%Y-%m-%dT%H:%M:%SZ")),
    ]
    ws.set_column(0, 0, 16)
    ws.set_column(1, 1, 60)
    for row, (key, value) in enumerate(rows):
        ws.write_string(row, 0, key)
        if isinstance(value, int):
            ws.write_number(row, 1, value)
        else:
            ws.write_string(row, 1, value)
