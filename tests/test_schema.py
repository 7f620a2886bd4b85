"""JSON Schemas: valid draft 2020-12; the compiled fast path agrees with jsonschema on every row."""

import json
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from jsonschema import Draft202012Validator

from pipeline.documents import document_type
from pipeline.validate.schema import fast_path, validator_for

SCHEMAS = sorted((Path(__file__).resolve().parents[1] / "schemas").glob("*.json"))


@pytest.mark.parametrize("path", SCHEMAS, ids=lambda p: p.name)
def test_every_schema_is_valid(path):
    Draft202012Validator.check_schema(json.loads(path.read_text(encoding="utf-8")))


def test_format_errors_come_from_our_parsers():
    v = validator_for(document_type("renja"))
    errors = list(v.iter_errors({"kode": "5,03E+09", "pagu": "12 dok", "target": "Idok", "level": "program"}))
    formats = sorted(e.path[0] for e in errors if e.validator == "format")
    assert formats == ["kode", "pagu", "target"]


def test_required_by_level_reports_every_missing_field():
    v = validator_for(document_type("renja"))
    errors = list(v.iter_errors({"kode": "5.03.01.2.01.0001", "level": "sub_kegiatan"}))
    missing = sorted(p for e in errors if e.validator == "required" for p in e.validator_value
                     if p not in {"kode", "level"})
    assert {"nama", "pagu", "indikator", "target", "sumber_dana"} <= set(missing)


def test_decimal_counts_as_number():
    v = validator_for(document_type("renja"))
    assert not list(v.iter_errors({"pagu": Decimal("1.5"), "target_maju": Decimal(3)}))


cell = st.one_of(st.none(), st.text(max_size=12), st.integers(-10, 10**10), st.floats(allow_nan=False, allow_infinity=False),
                 st.sampled_from(["5.03.01", "5030120101", "5,03E+09", "1.924.149.480", "5 dok", "Idok", "", "-",
                                  "x" * 1001]))
levels = st.sampled_from([None, "program", "kegiatan", "sub_kegiatan", "indikator", "urusan"])
FIELDS = ["kode", "nama", "indikator", "lokasi", "target", "satuan", "pagu", "sumber_dana", "catatan",
          "target_maju", "satuan_maju", "pagu_maju"]


@settings(max_examples=400, deadline=None)
@given(st.dictionaries(st.sampled_from(FIELDS), cell, max_size=8), levels)
def test_fast_path_agrees_with_jsonschema(row, level):
    doc = document_type("renja")
    row = {k: v for k, v in row.items() if v is not None}
    if level:
        row["level"] = level
    quick = fast_path(doc)
    assert quick is not None
    assert quick(row) == (not list(validator_for(doc).iter_errors(row)))
