"""Canonical rows of real fixtures conform to schemas/canonical_row.schema.json."""

import json
from pathlib import Path

import pytest

from pipeline.extract.reader import extract
from pipeline.intake import sha256_of
from pipeline.normalize import canonical_rows
from pipeline.validate.rules import validate
from pipeline.validate.schema import PipelineValidator

SCHEMA = json.loads((Path(__file__).resolve().parents[1] / "schemas" / "canonical_row.schema.json").read_text())


@pytest.mark.parametrize("name", ["renja_2024_bkpsdm_template_corrected.xlsx", "renja_2024_bappeda_template.xlsx"])
def test_canonical_rows_conform_to_their_schema(template_fixtures, name):
    path = template_fixtures[name]
    sub = extract(path, sha256=sha256_of(path))
    validate(sub)
    rows = canonical_rows(sub)
    assert rows
    validator = PipelineValidator(SCHEMA)
    for row in rows:
        errors = [e.message for e in validator.iter_errors(row._asdict())]
        assert not errors, (row, errors)


def _handmade():
    import fixtures_handmade

    return sorted(fixtures_handmade.all_fixtures().items())


@pytest.mark.parametrize(("name", "make"), _handmade(), ids=[n for n, _ in _handmade()])
def test_every_document_type_fits_the_one_canonical_schema(tmp_path, name, make):
    path = Path(make(tmp_path / (name + (".ods" if name.endswith("ods") else ".xlsx"))))
    sub = extract(path, sha256="a" * 64)
    validate(sub)
    validator = PipelineValidator(SCHEMA)
    for row in canonical_rows(sub):
        assert not [e.message for e in validator.iter_errors(row._asdict())], row
