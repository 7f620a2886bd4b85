"""The canonical CSV reads back, field by field, as the canonical rows it was written from."""

from __future__ import annotations

import csv
import io
from decimal import Decimal
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.load.csv_out import neutralize, write_canonical_csv, write_rows
from pipeline.model import CANONICAL_FIELDS, CanonicalRow
from pipeline.values import format_decimal

_BASE = CanonicalRow(
    submission_id="s1", document="renja", tahun=2025, pemda="Kota Malang", opd="Dinas Pendidikan", bidang="1.01",
    kode="1.01.02", level="program", parent_kode="1.01", nama="PROGRAM PENGELOLAAN", indikator_no=0,
    indikator="", lokasi="Kota Malang", sumber_dana="DAU", catatan="", measure="pagu", period="2025",
    scenario="rencana", value=Decimal("1500000"), unit="Rp", raw="1.500.000", source_file="renja.xlsx",
    sha256="ab" * 32, sheet="T-C.33", cell="I12")

_TEXT_FIELDS = ("pemda", "opd", "nama", "indikator", "lokasi", "sumber_dana", "catatan", "unit", "raw",
                "source_file", "sheet", "cell", "kode")


def _expected(row: CanonicalRow) -> list[str]:
    out = []
    for name, v in zip(CANONICAL_FIELDS, row.as_tuple(), strict=True):
        if name == "value":
            out.append("" if v is None else format_decimal(v))  # type: ignore[arg-type]
        elif isinstance(v, str):
            out.append(neutralize(v))
        else:
            out.append(str(v))
    return out


def _read(text: str) -> list[list[str]]:
    return list(csv.reader(io.StringIO(text)))


_texts = st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=20)


@settings(max_examples=150, deadline=None)
@given(st.lists(st.fixed_dictionaries({name: _texts for name in _TEXT_FIELDS}), min_size=1, max_size=6),
       st.lists(st.one_of(st.none(), st.decimals(allow_nan=False, allow_infinity=False, places=2,
                                                 min_value=-10**12, max_value=10**12)), min_size=6, max_size=6))
def test_every_field_reads_back_neutralized(texts: list[dict[str, str]], values: list[Decimal | None]) -> None:
    rows = [_BASE._replace(value=values[i], **fields) for i, fields in enumerate(texts)]
    rows += rows[:1]  # a repeated row: every cached run is used again
    buffer = io.StringIO(newline="")
    write_rows(buffer, rows)
    got = _read(buffer.getvalue())
    assert got[0] == list(CANONICAL_FIELDS)
    assert got[1:] == [_expected(r) for r in rows]


def test_formula_texts_are_neutralized_and_negative_values_stay_numbers(tmp_path: Path) -> None:
    rows = [_BASE._replace(nama="=HYPERLINK(\"http://x\")", raw="-5", value=Decimal("-5.50"), cell=""),
            _BASE._replace(nama="baris\nbaru, \"kutip\"", lokasi="+62", value=None)]
    path = tmp_path / "t.csv"
    write_canonical_csv(path, rows)
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # BOM: Excel opens the UTF-8 file correctly
    got = _read(raw.decode("utf-8-sig"))
    at = {name: i for i, name in enumerate(CANONICAL_FIELDS)}
    assert got[1][at["nama"]] == "'=HYPERLINK(\"http://x\")" and got[1][at["raw"]] == "'-5"
    assert got[1][at["value"]] == "-5.5" and got[1][at["cell"]] == ""
    assert got[2][at["nama"]] == "baris\nbaru, \"kutip\"" and got[2][at["lokasi"]] == "'+62"
    assert got[2][at["value"]] == ""


def test_blocks_and_bounded_memos_write_the_same_text(monkeypatch) -> None:
    """Rows are written a block at a time with a memo per column: across block boundaries and
    with the memos cleared when full, every line is what it is in one block."""
    from pipeline.load import csv_out

    rows = [_BASE._replace(nama=f"Program {i % 4}, tahap {i}", value=Decimal(i) / 4 if i % 3 else None,
                           raw="=1" if i % 5 == 0 else str(i), indikator_no=i % 2, cell=f"I{i}")
            for i in range(11)]
    whole = io.StringIO(newline="")
    write_rows(whole, rows)
    monkeypatch.setattr(csv_out, "_BLOCK", 3)
    monkeypatch.setattr(csv_out, "_MEMO_CAP", 2)
    blocks = io.StringIO(newline="")
    write_rows(blocks, rows)
    assert blocks.getvalue() == whole.getvalue()
    assert _read(whole.getvalue())[1:] == [_expected(r) for r in rows]


@settings(max_examples=80, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(["s1", "s2", "s3"]), st.sampled_from(["Kota Malang", "Kab. Blitar, Jatim"]),
                          st.sampled_from(["a.xlsx", "=b.xlsx"]), st.integers(0, 3)), min_size=1, max_size=25),
       st.integers(min_value=1, max_value=7))
def test_runs_of_one_submission_are_written_like_any_other_rows(runs: list[tuple[str, str, str, int]],
                                                                 block: int) -> None:
    """A submission's own fields (pemda, file...) are joined once per run of its rows when they are
    alike on the run, field by field when not: the same lines either way, across block boundaries."""
    from pipeline.load import csv_out

    rows = [_BASE._replace(submission_id=sid, pemda=pemda, source_file=source, indikator_no=no, cell=f"I{i}")
            for i, (sid, pemda, source, no) in enumerate(runs)]
    buffer = io.StringIO(newline="")
    saved, csv_out._BLOCK = csv_out._BLOCK, block  # (a fixture would outlive hypothesis's examples)
    try:
        write_rows(buffer, rows)
    finally:
        csv_out._BLOCK = saved
    assert _read(buffer.getvalue())[1:] == [_expected(r) for r in rows]
