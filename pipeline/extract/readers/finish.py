"""What every document type needs after its rows were assembled, template or hand-made table alike.

* Sasaran and tujuan (RKT, Rencana Aksi): written on their own rows in hand-made tables, or in the
  ``sasaran`` / ``indikator_sasaran`` / ``target_sasaran`` columns of an item's row in the template;
  both become items of their own (level ``sasaran`` / ``tujuan`` in the canonical table, no code)
  whose indicators are the IKU with their targets.
* A second indicator text on the same row (RKT ``indikator_hasil``): the targets of that scenario
  move to an indicator of their own.
* Money columns titled ``(Rp.000)``: multiplied by 1000 when the amounts are plausible thousands;
  left as written, and reported, when they are plainly whole rupiah (seed 001 Tabel 2.3).
* Formula labels of computed columns (``8=(7/6)``, ``10=(5+7+9)``): read from the header rows and
  the number row, mapped to the fields of the columns they number, and kept for validation in
  ``sub.meta_sources["rumus"]`` (field -> ``"ratio:a,b|8=(7/6)"`` / ``"sum:a,b,c|10=(5+7+9)"``).
* Rows no rule could place (``level-unknown``) and the reader's own level notes.
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import TYPE_CHECKING

from pipeline.extract.workbook import SheetData
from pipeline.findings import Finding
from pipeline.model import Indicator, Item, Measure, Submission
from pipeline.values import cell_text, format_rupiah

if TYPE_CHECKING:
    from pipeline.extract.readers.base import Columns

PSEUDO_LEVELS = ("tujuan", "sasaran")
UNKNOWN_LEVEL = "tidak_diketahui"  # the level hint of rows no rule could place
# A value under a "(Rp.000)" title above this is not thousands: one row of more than a trillion rupiah.
THOUSANDS_PLAUSIBLE_MAX = Decimal(10) ** 9
_FORMULA = re.compile(r"(?<![\d.,])(\d{1,2})\s*=\s*\(?\s*(\d{1,2}(?:\s*[+/:]\s*\d{1,2})+)\s*\)?")
_THOUSANDS = re.compile(r"rp\.?\s*[.,]?\s*000\b|\(\s*000\s*\)|\bribu|\bx\s*1\.?000\b|rp\s*\(?000", re.I)


def finish(sub: Submission, sheet: SheetData | None, thousands: set[int] | None = None,
           cols: Columns | None = None) -> None:
    if not sub.document or sub.document == "renja":
        return
    _dash_targets(sub)
    _sasaran_items(sub)
    if sub.document == "rkt":  # the template's Tolak Ukur Hasil column, beside the keluaran's
        _split_second_indicator(sub, "indikator_hasil", "hasil")
    if thousands and sheet is not None:
        _thousands(sub, sheet, thousands)
    if sheet is not None:
        _formulas(sub, sheet)
    _level_notes(sub)


def _dash_targets(sub: Submission) -> None:
    """A target written ``-`` (nothing planned this quarter) is zero, as a dash is in money cells."""
    dashed: set[tuple[int, int]] = set()
    for item in sub.items:
        for ind in item.indicators:
            for t in ind.targets:
                if t.value is None and t.raw.strip() in _DASHES:
                    t.value = Decimal(0)
                    dashed.add((t.row, t.col))
    if dashed:
        sub.findings[:] = [f for f in sub.findings
                           if not (f.code == "target-no-number" and (f.row, f.column) in dashed)]


_DASHES = {"-", "--", "–", "—"}


# --- sasaran / tujuan ----------------------------------------------------------------------------------


def _pseudo(kind: str, text: str, cell: tuple[int, int], sheet: str) -> Item:
    item = Item(row=cell[0], kode=None, kode_raw="", level=None, nama=text, sheet=sheet)
    item.attrs["tingkat"] = kind
    item.set_cell("nama", cell)
    return item


def _sasaran_items(sub: Submission) -> None:
    if not any(k in item.attrs for item in sub.items for k in ("tujuan", "sasaran", "indikator_sasaran")) \
            and not any(item.cell("target_sasaran") for item in sub.items):
        return
    out: list[Item] = []
    last: Item | None = None
    for item in sub.items:
        tujuan = item.attrs.pop("tujuan", "")
        sasaran = item.attrs.pop("sasaran", "")
        iku = item.attrs.pop("indikator_sasaran", "")
        tcell = item.cell("target_sasaran")
        iku_targets: list[Measure] = []
        if tcell is not None:
            for ind in item.indicators:
                keep = [t for t in ind.targets if (t.row, t.col) != tcell]
                iku_targets += [t for t in ind.targets if (t.row, t.col) == tcell]
                ind.targets = keep
            item.indicators = [i for i in item.indicators if i.text or i.targets]
        if tujuan:
            out.append(_pseudo("tujuan", tujuan, item.cell_of("tujuan"), item.sheet))
        if sasaran:
            last = _pseudo("sasaran", sasaran, item.cell_of("sasaran"), item.sheet)
            out.append(last)
        if iku or iku_targets:
            if last is None:  # an IKU before any sasaran: its own sasaran without a name
                last = _pseudo("sasaran", "", item.cell_of("indikator_sasaran"), item.sheet)
                out.append(last)
            r, c = item.cell("indikator_sasaran") or tcell or (item.row, 1)
            last.indicators.append(Indicator(iku, r, c, iku_targets))
        pure = item.level is None and item.kode is None and not item.nama and not item.measures \
            and not item.indicators and not item.attrs.get("tingkat")
        if not pure:
            out.append(item)
    sub.items[:] = out


def _split_second_indicator(sub: Submission, text_field: str, scenario: str) -> None:
    """Targets of ``scenario`` move to an indicator named by ``text_field`` (same row, own column)."""
    for item in sub.items:
        text = item.attrs.pop(text_field, None)
        if text is None:
            continue
        moved = [t for ind in item.indicators for t in ind.targets if t.scenario == scenario]
        for ind in item.indicators:
            ind.targets = [t for t in ind.targets if t.scenario != scenario]
        r, c = item.cell_of(text_field)
        item.indicators.append(Indicator(text, r, c, moved))


# --- (Rp.000) ------------------------------------------------------------------------------------------


def _thousands(sub: Submission, sheet: SheetData, thousands: set[int]) -> None:
    assert sub.reading is not None
    measures = [m for item in sub.items for m in item.measures if m.col in thousands]
    measures += [m for total in sub.totals for m in total.measures if m.col in thousands]
    for col in sorted(thousands):
        mine = [m for m in measures if m.col == col and m.value is not None]
        if not mine:
            continue
        hr, title = _title_cell(sheet, sub.reading.header_rows, col)
        largest = max(abs(m.value) for m in mine if m.value is not None)
        if largest > THOUSANDS_PLAUSIBLE_MAX:
            sub.findings.append(Finding(
                "amount-thousands-whole", file=sub.file_name, sheet=sheet.name, row=hr, column=col, raw=title,
                params={"title": title, "largest": format_rupiah(largest),
                        "limit": format_rupiah(THOUSANDS_PLAUSIBLE_MAX)}))
            continue
        for m in mine:
            if m.value is not None:
                m.value = m.value * 1000
        sub.findings.append(Finding("amount-thousands-read", file=sub.file_name, sheet=sheet.name, row=hr,
                                    column=col, raw=title, params={"title": title}))


def _title_cell(sheet: SheetData, header_rows: tuple[int, ...], col: int) -> tuple[int, str]:
    for r in header_rows:
        line = sheet.rows[r - 1] if r <= sheet.height else []
        v = line[col - 1] if col <= len(line) else None
        if isinstance(v, str) and _THOUSANDS.search(v):
            return r, " ".join(v.split())
    return (header_rows[0] if header_rows else 1), ""


# --- formula labels ----------------------------------------------------------------------------------


def parse_formula(text: str) -> tuple[str, str, list[str]] | None:
    """``8=(7/6)`` -> (``8``, ``ratio``, [``7``, ``6``]); ``10=(5+7+9)`` -> (``10``, ``sum``, [...])."""
    m = _FORMULA.search(text)
    if m is None:
        return None
    expr = m.group(2).replace(" ", "")
    if "/" in expr or ":" in expr:
        parts = re.split(r"[/:]", expr)
        if len(parts) != 2:
            return None
        return m.group(1), "ratio", parts
    return m.group(1), "sum", expr.split("+")


def _formulas(sub: Submission, sheet: SheetData) -> None:
    """Read the formula labels of the header, map their column numbers to fields."""
    assert sub.reading is not None
    rows = sub.reading.header_rows
    field_of_col = {c: f for f, c in sub.reading.columns.items()}
    number_col: dict[str, int] = {}
    labels: list[tuple[str, str, list[str], str, int]] = []  # (number, op, operands, label, column)
    first_col = min(field_of_col, default=1)
    for r in rows:
        line = sheet.rows[r - 1] if r <= sheet.height else []
        for c, v in enumerate(line, start=1):
            text = cell_text(v)
            if not text:
                continue
            m = re.match(r"^\(?\s*(\d{1,2})\s*\)?(?:\s*=.*)?$", text)
            if m and r == rows[-1]:
                number_col.setdefault(m.group(1), c)
            parsed = parse_formula(text)
            if parsed is not None:
                labels.append((*parsed, _FORMULA.search(text).group(0), c))  # type: ignore[union-attr]
    if not labels:
        return
    out: dict[str, str] = {}
    for number, op, operands, label, col in labels:
        target_col = number_col.get(number, col)
        cols = [number_col.get(o, first_col + int(o) - 1) for o in operands]
        target = field_of_col.get(target_col)
        fields = [field_of_col.get(c) for c in cols]
        if target is None or any(f is None for f in fields):
            continue
        out[target] = f"{op}:{','.join(f for f in fields if f)}|{label}"
    if out:
        sub.meta_sources["rumus"] = out


def formulas_of(sub: Submission) -> dict[str, tuple[str, list[str], str]]:
    """The formulas kept by ``finish``: field -> (op, operand fields, label as written)."""
    out = {}
    for fld, spec in sub.meta_sources.get("rumus", {}).items():
        head, _, label = spec.partition("|")
        op, _, operands = head.partition(":")
        out[fld] = (op, operands.split(","), label)
    return out


# --- levels --------------------------------------------------------------------------------------------


def _level_notes(sub: Submission) -> None:
    """Drop the assembler's ``level-inferred`` for sasaran rows and mangled codes (said otherwise);
    rows no rule could place become ``level-unknown``."""
    mangled = {f.row for f in sub.findings if f.code == "code-mangled"}
    kept = []
    for f in sub.findings:
        if f.code == "level-inferred":
            level = str(f.params.get("level", ""))
            if level in PSEUDO_LEVELS or f.row in mangled:
                continue
            if level == UNKNOWN_LEVEL.replace("_", " "):
                f = Finding("level-unknown", params={"raw": f.raw or ""}, file=f.file, sheet=f.sheet, row=f.row,
                            column=f.column, raw=f.raw)
        kept.append(f)
    sub.findings[:] = kept
