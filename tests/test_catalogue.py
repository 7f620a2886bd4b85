"""Findings are data: every kind is documented, used by the code, and renders in both languages."""

import re
import string
from pathlib import Path

from pipeline.findings import KINDS, Finding
from pipeline.findings.docs import catalogue_markdown

ROOT = Path(__file__).resolve().parents[1]


def test_generated_catalogue_is_up_to_date():
    doc = (ROOT / "docs" / "FINDINGS.md").read_text(encoding="utf-8")
    assert doc == catalogue_markdown(), "run `make docs` to regenerate docs/FINDINGS.md"
    for code in KINDS:
        assert f"`{code}`" in doc


def test_every_kind_is_emitted_somewhere_in_the_pipeline():
    sources = "\n".join(p.read_text(encoding="utf-8") for p in (ROOT / "pipeline").rglob("*.py")
                        if p.name != "catalogue.py")
    unused = [code for code in KINDS if f'"{code}"' not in sources]
    assert not unused, f"declared but never emitted: {unused}"


def test_codes_are_kebab_case_and_templates_agree_between_languages():
    for code, kind in KINDS.items():
        assert re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", code)
        id_fields = {f for _, f, _, _ in string.Formatter().parse(kind.message_id) if f}
        en_fields = {f for _, f, _, _ in string.Formatter().parse(kind.message_en) if f}
        assert id_fields == en_fields, code
        assert kind.hint_id and kind.hint_en and kind.title_id and kind.title_en


def test_message_renders_location_and_params():
    f = Finding("code-duplicate", params={"nama": "A", "other_nama": "B", "other_cell": "A12"}, file="x.xlsx",
                sheet="Renja", row=14, column=1, kode="5.03.01.2.01.0007")
    assert f.cell == "A14"
    assert "5.03.01.2.01.0007" in f.message() and "A12" in f.message()
    assert f.message("en").startswith("Code 5.03.01.2.01.0007 is used more than once")
    d = f.to_dict()
    assert d["cell"] == "A14" and d["column"] == "A" and d["severity"] == "error"
    assert Finding.from_dict(d).message() == f.message()
