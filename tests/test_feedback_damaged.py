"""A damaged workbook the reader still got through is not patched: the patch would carry the damage
into the feedback, which Excel would then ask to repair and openpyxl cannot open. The mutation
fuzzer found these three; each now falls back to a feedback workbook that opens."""

from __future__ import annotations

import re
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
from openpyxl import load_workbook

from pipeline.load.feedback import _LABELS, SUMMARY_SHEET, write_feedback
from pipeline.load.feedback_patch import NotPatchable, patch_feedback
from test_load_feedback import make_source, make_submission


def _rewrite(path: Path, part: str, change: Callable[[str], str]) -> None:
    with zipfile.ZipFile(path) as z:
        parts = {i.filename: z.read(i) for i in z.infolist()}
    parts[part] = change(parts[part].decode("utf-8")).encode("utf-8")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in parts.items():
            z.writestr(name, data)


def _truncated_properties(text: str) -> str:
    return text[: len(text) // 2]


def _style_out_of_range(text: str) -> str:
    """A header cell (not one the feedback marks) pointing at a style that does not exist."""
    cell = re.search(r'<c r="A3"[^>]*?>', text)
    assert cell is not None
    tag = re.sub(r'\ss="\d+"', "", cell.group(0)).replace('<c r="A3"', '<c r="A3" s="99999999999"', 1)
    return text[:cell.start()] + tag + text[cell.end():]


REASON = {"properties-cut-in-half": "not well-formed", "cell-style-beyond-styles": "cell style"}
DAMAGE = {
    "properties-cut-in-half": ("docProps/core.xml", _truncated_properties),
    "cell-style-beyond-styles": ("xl/worksheets/sheet1.xml", _style_out_of_range),
}


@pytest.mark.parametrize("kind", sorted(DAMAGE))
def test_a_damaged_part_is_not_carried_into_the_feedback(kind: str, tmp_path: Path) -> None:
    source = make_source(tmp_path / "renja.xlsx")
    part, change = DAMAGE[kind]
    _rewrite(source, part, change)
    submission = make_submission()
    with pytest.raises(NotPatchable, match=REASON[kind]):
        patch_feedback(tmp_path / "fast.xlsx", source=source, submission=submission, labels=_LABELS["id"],
                       lang="id", accepted=False, previous_diff=None, headers={})
    assert not (tmp_path / "fast.xlsx").exists()
    out = tmp_path / "feedback.xlsx"
    write_feedback(out, source=source, submission=submission, accepted=False)
    assert load_workbook(out).sheetnames[0] == SUMMARY_SHEET  # what went out opens


def test_a_comment_by_an_unlisted_author_is_not_patched(tmp_path: Path) -> None:
    from openpyxl.comments import Comment

    source = make_source(tmp_path / "renja.xlsx")
    wb = load_workbook(source)
    wb["Renja"]["C6"].comment = Comment("catatan OPD", "OPD")
    wb.save(source)
    with zipfile.ZipFile(source) as z:
        comments = next(n for n in z.namelist() if re.search(r"comments?\d*\.xml$", n))
    _rewrite(source, comments, lambda t: t.replace('authorId="0"', 'authorId="4000000000"'))
    with pytest.raises(NotPatchable, match="author"):
        patch_feedback(tmp_path / "fast.xlsx", source=source, submission=make_submission(), labels=_LABELS["id"],
                       lang="id", accepted=False, previous_diff=None, headers={})
