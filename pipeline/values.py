"""Exact parsing of the values OPDs write: rupiah amounts, numbers, targets with units.

Every function takes what a spreadsheet cell holds (str, int, float, bool, date or None) and returns
exact ``Decimal`` values or a ``ValueProblem`` saying why the text could not be read. Nothing here
ever goes through a binary float on purpose: a float coming *from* the cell is converted with its
shortest repr, which is the number Excel displays.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from decimal import Decimal, InvalidOperation
from functools import lru_cache, wraps
from importlib import resources
from typing import Any, TypeVar

Cell = str | int | float | bool | date | datetime | time | timedelta | None  # timedelta: duration cells
F = TypeVar("F", bound=Callable[..., Any])


@dataclass(frozen=True, slots=True)
class ValueProblem:
    """Why a cell could not be read as the value expected; ``kind`` is a finding code."""

    kind: str
    raw: str


def _memo(func: F) -> F:
    """Cache a parser of cell values: the same texts and numbers recur on every row and are read
    again by the schema and the rules. Results are immutable (``Decimal``, frozen dataclasses);
    ``typed`` keeps ``1``, ``1.0`` and ``True`` apart; an unhashable argument is read uncached."""
    cached = lru_cache(maxsize=16_384, typed=True)(func)

    @wraps(func)
    def read(*args: Any, **kwargs: Any) -> Any:
        try:
            return cached(*args, **kwargs)
        except TypeError:
            return func(*args, **kwargs)

    return read  # type: ignore[return-value]


def is_blank(raw: Cell) -> bool:
    return raw is None or (isinstance(raw, str) and not raw.strip())


def cell_text(raw: Cell) -> str:
    """The text a person sees for a cell value (numbers without a trailing ``.0``)."""
    cls = raw.__class__
    if cls is str:  # the common cases first, exact types only (bool is an int, a subclass may print otherwise)
        return " ".join(raw.split())  # type: ignore[union-attr]
    if cls is float and raw.is_integer():  # type: ignore[union-attr]
        return str(int(raw))  # type: ignore[arg-type]  # = format_decimal(decimal_from_float(raw))
    if raw is None:
        return ""
    if isinstance(raw, bool):
        return "TRUE" if raw else "FALSE"
    if isinstance(raw, float):
        return format_decimal(decimal_from_float(raw))
    if isinstance(raw, int):
        return str(raw)
    if isinstance(raw, datetime | date | time):
        return raw.isoformat()
    return " ".join(str(raw).split())


def decimal_from_float(value: float) -> Decimal:
    """The decimal Excel shows for a stored double: shortest repr, integral values exact."""
    if value.is_integer():
        return Decimal(int(value))
    return Decimal(repr(value))


def format_decimal(value: Decimal) -> str:
    """Plain decimal text without exponent or trailing zeros (``1500``, ``36.5``)."""
    if value == value.to_integral_value():
        return format(value.to_integral_value(), "f")
    return format(value.normalize(), "f")


def format_rupiah(value: Decimal | int | None) -> str:
    """Indonesian display form: ``1.924.149.480`` (comma for the fraction, if any)."""
    if value is None:
        return "-"
    value = Decimal(value)
    sign = "-" if value < 0 else ""
    value = abs(value)
    whole = int(value)
    frac = value - whole
    text = f"{whole:,}".replace(",", ".")
    if frac:
        text += "," + format(frac.normalize(), "f")[2:]
    return sign + text


_DASHES = {"-", "--", "—", "–", "- ", "nihil"}
_RP_PREFIX = re.compile(r"^\s*(rp\.?|idr)\s*", re.IGNORECASE)
_RP_SUFFIX = re.compile(r"(,-|,—|\.-|,00-?)\s*$")
_DIGITS_DOT_GROUPS = re.compile(r"^\d{1,3}(\.\d{3})+$")
_DIGITS_COMMA_GROUPS = re.compile(r"^\d{1,3}(,\d{3})+$")
_SCIENTIFIC = re.compile(r"^\d+([.,]\d+)?[eE][+-]?\d+$")
_PLAIN_NUMBER = re.compile(r"\d+(\.\d+)?")


def parse_number_text(text: str) -> Decimal | ValueProblem:
    """Parse an Indonesian (or plain) number written as text; dots group, comma is decimal.

    Handles ``1.924.149.480``, ``33.845.455.043,00``, ``63,24``, ``1500``, ``1,500,000``
    (English grouping, only when unambiguous) and ``2.5`` (one dot followed by other than three
    digits is a decimal point). Returns a ``ValueProblem`` for anything else.
    """
    raw = text
    t = text.strip().replace("\u00a0", "").replace(" ", "")
    if t.startswith("(") and t.endswith(")"):
        t = "-" + t[1:-1]
    neg = t.startswith("-")
    if neg:
        t = t[1:]
    if not t:
        return ValueProblem("value-not-a-number", raw)
    if _SCIENTIFIC.match(t):
        return ValueProblem("value-scientific-notation", raw)
    if "," in t and "." in t:
        if t.rfind(",") > t.rfind("."):  # 33.845.455.043,00
            whole, _, frac = t.rpartition(",")
            if not _DIGITS_DOT_GROUPS.match(whole) and not whole.isdigit():
                return ValueProblem("value-not-a-number", raw)
            t = whole.replace(".", "") + "." + frac
        else:  # 1,234,567.89 (English)
            whole, _, frac = t.rpartition(".")
            if not _DIGITS_COMMA_GROUPS.match(whole):
                return ValueProblem("value-not-a-number", raw)
            t = whole.replace(",", "") + "." + frac
    elif "." in t:
        if _DIGITS_DOT_GROUPS.match(t):
            t = t.replace(".", "")
        elif t.count(".") > 1:
            return ValueProblem("value-not-a-number", raw)
    elif "," in t:
        if _DIGITS_COMMA_GROUPS.match(t) and t.count(",") > 1:
            t = t.replace(",", "")
        elif t.count(",") == 1:
            t = t.replace(",", ".")
        else:
            return ValueProblem("value-not-a-number", raw)
    if not _PLAIN_NUMBER.fullmatch(t):
        return ValueProblem("value-not-a-number", raw)
    try:
        value = Decimal(t)
    except InvalidOperation:
        return ValueProblem("value-not-a-number", raw)
    return -value if neg else value


@_memo
def parse_rupiah(raw: Cell) -> Decimal | ValueProblem | None:
    """A money cell: number, ``1.924.149.480``, ``Rp. 11.312.239.227,-``, ``-`` (zero/none).

    Returns ``None`` for an empty cell, ``Decimal(0)`` for a dash.
    """
    if raw is None:
        return None
    if isinstance(raw, datetime | date | time):
        return ValueProblem("value-date", cell_text(raw))
    if isinstance(raw, bool):
        return ValueProblem("value-not-a-number", cell_text(raw))
    if isinstance(raw, int):
        return Decimal(raw)
    if isinstance(raw, float):
        return decimal_from_float(raw)
    text = " ".join(str(raw).split())
    if not text:
        return None
    if text.strip(": ").lower() in _DASHES:
        return Decimal(0)
    t = _RP_PREFIX.sub("", text.lstrip(": "))
    t = _RP_SUFFIX.sub("", t.strip())
    result = parse_number_text(t)
    if isinstance(result, ValueProblem):
        return ValueProblem(result.kind, text)
    return result


@_memo
def parse_decimal(raw: Cell) -> Decimal | ValueProblem | None:
    """A plain number cell (``36,5``, ``63,24%`` keeps 63.24; the % is the unit's business)."""
    if raw is None:
        return None
    if isinstance(raw, bool) or isinstance(raw, datetime | date | time):
        return ValueProblem("value-not-a-number", cell_text(raw))
    if isinstance(raw, int):
        return Decimal(raw)
    if isinstance(raw, float):
        return decimal_from_float(raw)
    text = " ".join(str(raw).split())
    if not text:
        return None
    if text in _DASHES:
        return Decimal(0)
    return parse_number_text(text.rstrip("%").strip())


# --- units -------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Satuan:
    """A canonical unit: its name and kind (``count`` adds up over quarters, others do not)."""

    name: str
    kind: str


@lru_cache(maxsize=1)
def unit_table() -> dict[str, Satuan]:
    """Spelling (lower case, single spaces) -> canonical unit, from ``pipeline/data/satuan.csv``."""
    table: dict[str, Satuan] = {}
    text = resources.files("pipeline").joinpath("data/satuan.csv").read_text(encoding="utf-8")
    for rec in csv.DictReader(text.splitlines()):
        unit = Satuan(rec["canonical"], rec["kind"])
        table[_unit_key(rec["canonical"])] = unit
        for spelling in rec["spelling"].split("|"):
            table[_unit_key(spelling)] = unit
    return table


def _unit_key(text: str) -> str:
    t = " ".join(text.lower().split())
    t = re.sub(r"\s*/\s*", "/", t)
    return t.rstrip(".")


@_memo
def normalize_unit(text: str) -> Satuan | None:
    """The canonical unit for a spelling, or ``None`` when the spelling is not in the list."""
    if not text.strip():
        return None
    return unit_table().get(_unit_key(text))


def canonical_unit_names() -> list[str]:
    return sorted({u.name for u in unit_table().values()})


@dataclass(frozen=True, slots=True)
class Target:
    """A target as written (``raw``) and as read: exact value, unit as written, canonical unit."""

    raw: str
    value: Decimal | None
    unit_raw: str
    unit: str | None
    qualifier: str = ""  # text beside the number that is neither value nor unit ("Baik", "A")


_TARGET = re.compile(
    r"""^\s*(?P<num>[-+]?\d[\d.,]*)\s*(?P<unit>[^\d].*?)?\s*$""",
    re.VERBOSE,
)


@_memo
def parse_target(raw: Cell, unit_cell: Cell = None) -> Target | ValueProblem | None:
    """A target cell, optionally with a separate unit cell: ``2 Dokumen``, ``49 org/bln``, ``63,24%``.

    Returns ``None`` for an empty cell. Text with no leading number (``Idok``, ``Baik``) is a
    ``ValueProblem`` of kind ``target-no-number`` so the OPD is asked, never guessed for.
    """
    unit_text = cell_text(unit_cell).strip()
    if is_blank(raw):
        return None
    if isinstance(raw, bool) or isinstance(raw, datetime | date | time):
        return ValueProblem("value-not-a-number", cell_text(raw))
    if isinstance(raw, int | float):
        value = Decimal(raw) if isinstance(raw, int) else decimal_from_float(raw)
        unit = normalize_unit(unit_text)
        return Target(cell_text(raw) + (" " + unit_text if unit_text else ""), value, unit_text,
                      unit.name if unit else None)
    text = " ".join(str(raw).split())
    m = _TARGET.match(text)
    if not m:
        return ValueProblem("target-no-number", text)
    num = parse_number_text(m.group("num").rstrip(".,") if m.group("num")[-1] in ".," else m.group("num"))
    if isinstance(num, ValueProblem):
        return ValueProblem("target-no-number", text)
    unit_part = (m.group("unit") or "").strip()
    qualifier = ""
    if unit_part and unit_text:
        qualifier, unit_part = unit_part, unit_text
    elif not unit_part:
        unit_part = unit_text
    unit = normalize_unit(unit_part)
    if unit is None and unit_part:
        # "70 dan Baik", "6 dan 140.000": keep the remainder as a qualifier; the unit may follow it
        first, _, rest = unit_part.partition(" ")
        unit = normalize_unit(first)
        if unit is not None:
            qualifier = rest
            unit_part = first
    return Target(text, num, unit_part, unit.name if unit else None, qualifier)
