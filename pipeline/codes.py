"""Program / kegiatan / sub kegiatan codes (Permendagri 90/2019): reading, normalizing, levels.

A code is written many ways (``5.03.01.2.01.0001``, ``5030120101``, ``4 05 01``, split over
columns); all are normalized to the dotted form with a 4-digit sub kegiatan segment. A code that
Excel turned into a float or scientific notation cannot be recovered and is reported as such.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import IntEnum
from functools import lru_cache

from pipeline.values import Cell, ValueProblem


class Level(IntEnum):
    """Depth of a code in the nomenclature; the value is the number of dotted segments."""

    URUSAN = 1
    BIDANG = 2
    PROGRAM = 3
    KEGIATAN = 5
    SUB_KEGIATAN = 6

    @property
    def label(self) -> str:
        return _LABELS[self]


_LABELS = {
    Level.URUSAN: "urusan",
    Level.BIDANG: "bidang",
    Level.PROGRAM: "program",
    Level.KEGIATAN: "kegiatan",
    Level.SUB_KEGIATAN: "sub_kegiatan",
}
LEVEL_BY_LABEL = {v: k for k, v in _LABELS.items()}
# Segment count -> level: a kegiatan written with 4 segments (no 2-digit part) is still a kegiatan.
_LEVEL_OF_SEGMENTS = {1: Level.URUSAN, 2: Level.BIDANG, 3: Level.PROGRAM, 4: Level.KEGIATAN, 5: Level.KEGIATAN,
                      6: Level.SUB_KEGIATAN}

# Segment widths: urusan 1, bidang 2, program 2, kegiatan 1 + 2, sub kegiatan 4 (2 before 2023).
_UNDOTTED = {1: 1, 3: 2, 5: 3, 6: 4, 8: 5, 10: 6, 12: 6}


@dataclass(frozen=True, slots=True)
class Code:
    """A normalized code: ``5.03.01.2.01.0001``; ``X.XX`` kept for the shared penunjang program."""

    dotted: str

    @property
    def segments(self) -> list[str]:
        return self.dotted.split(".")

    @property
    def level(self) -> Level:
        n = self.dotted.count(".") + 1  # len(self.segments), without the list
        level = _LEVEL_OF_SEGMENTS.get(n)
        return level if level is not None else Level(n)  # Level(n) raises for a count no level has

    @property
    def has_placeholder(self) -> bool:
        return self.dotted.upper().startswith("X.XX")

    def parent(self) -> Code | None:
        segs = self.segments
        if len(segs) <= 1:
            return None
        if len(segs) == 6:
            return Code(".".join(segs[:5]))
        if len(segs) == 5:
            return Code(".".join(segs[:3]))
        return Code(".".join(segs[:-1]))

    def startswith(self, other: Code) -> bool:
        """``other``'s segments begin this code's (``5.03.01`` starts with ``5.03``, not ``5.0``)."""
        mine, theirs = self.dotted, other.dotted
        return mine == theirs or mine.startswith(theirs + ".")

    def with_bidang(self, bidang: str) -> Code:
        """Fill ``X.XX`` with the OPD's bidang (``5.03``)."""
        if not self.has_placeholder:
            return self
        return Code(bidang + self.dotted[4:])

    def __str__(self) -> str:
        return self.dotted


_SCI = re.compile(r"^\s*\d+([.,]\d+)?\s*[eE]\s*[+-]?\d+\s*$")
_WHITESPACE = re.compile(r"\s+")
_SPACED = re.compile(r"[\dXx]+( [\dXx]+)+")  # "4 05 01": spaces as separators
# A code already in its normalized form (ASCII digits, every segment at its width, kegiatan 1 or 2):
# _normalize_dotted would return it unchanged.
_CANONICAL = re.compile(r"[0-9](?:\.[0-9]{2}(?:\.[0-9]{2}(?:\.[12]\.[0-9]{2}(?:\.[0-9]{4})?)?)?)?")
_DOTTED = re.compile(r"^(?:[Xx]\.[Xx]{2}|\d{1,2}(?:\.\d{1,2})?)(?:\.\d{1,2}(?:\.\d(?:\.\d{1,2}(?:\.\d{1,4})?)?)?)?$")


def parse_code(raw: Cell) -> Code | ValueProblem | None:
    """Read a code cell. ``None`` when the cell holds no code at all.

    Every code is read several times (extract, schema, rules, batch checks) and many repeat, so
    results are cached: ``Code`` and ``ValueProblem`` are immutable (``typed``: ``1`` and ``True``
    and ``1.0`` are different cells).
    """
    return _parse_code_cached(raw)


def _parse_code(raw: Cell) -> Code | ValueProblem | None:
    """Read a code cell. ``None`` when the cell holds no code at all.

    Floats are refused: a code stored as a number has lost its leading structure (``5.03`` and
    ``5.030`` are the same float) or was mangled to ``5,03E+09``; the OPD must re-enter it as text.
    Integers are accepted as undotted codes when their digit count fits a level.
    """
    if raw is None:
        return None
    if isinstance(raw, bool):
        return ValueProblem("code-invalid", str(raw))
    if isinstance(raw, float | int):
        # A number cell: whole numbers whose digits form a valid undotted code survived intact
        # (the extractor warns that the cell should be text); anything else lost digits.
        if isinstance(raw, float) and not raw.is_integer():
            return ValueProblem("code-mangled", repr(raw))
        digits = str(int(raw))
        result = _undotted(digits, digits)
        if isinstance(result, ValueProblem):
            return ValueProblem("code-mangled", digits)
        return result
    text = str(raw).strip().strip("'")
    if not text:
        return None
    if _CANONICAL.fullmatch(text):
        return Code(text)  # already normalized: what every step below would leave it as
    if _SCI.match(text):
        return ValueProblem("code-mangled", text)
    compact = _WHITESPACE.sub(" ", text)
    if _SPACED.fullmatch(compact):
        # "4 05 01": spaces as separators
        return parse_code(compact.replace(" ", "."))
    if compact.isdigit():
        return _undotted(compact, text)
    compact = compact.replace(" ", "")
    if _DOTTED.match(compact):
        return _normalize_dotted(compact, text)
    return ValueProblem("code-invalid", text)


_parse_code_cached = lru_cache(maxsize=16_384, typed=True)(_parse_code)


def _undotted(digits: str, raw: str) -> Code | ValueProblem:
    n = _UNDOTTED.get(len(digits))
    if n is None:
        return ValueProblem("code-invalid", raw)
    if len(digits) == 3:  # "503": urusan 5 + bidang 03
        parts = [digits[0], digits[1:3]]
    else:
        parts = [digits[0], digits[1:3], digits[3:5], digits[5:6], digits[6:8], digits[8:]]
        parts = [p for p in parts if p]
    if len(digits) == 12:
        parts = [digits[0], digits[1:3], digits[3:5], digits[5], digits[6:8], digits[8:12]]
    return _normalize_dotted(".".join(parts), raw)


def _normalize_dotted(dotted: str, raw: str) -> Code | ValueProblem:
    segs = dotted.split(".")
    if len(segs) == 4 or len(segs) > 6:
        return ValueProblem("code-invalid", raw)
    out = []
    widths = [1, 2, 2, 1, 2, 4]
    for i, seg in enumerate(segs):
        if seg.upper() in {"X", "XX"} and i < 2:
            out.append(seg.upper())
            continue
        if not seg.isdigit():
            return ValueProblem("code-invalid", raw)
        w = widths[i]
        if i == 5 and len(seg) <= 2:
            seg = seg.zfill(2).zfill(4)  # 2-digit sub kegiatan (before 2023) -> 4 digits
        if len(seg) > w:
            return ValueProblem("code-invalid", raw)
        out.append(seg.zfill(w))
    if len(out) >= 4 and out[3] not in {"1", "2"}:
        return ValueProblem("code-invalid", raw)
    return Code(".".join(out))
