"""Hand-made Renja tables: placeholder until header recognition lands (issue 3)."""

from __future__ import annotations

from pipeline.extract.workbook import WorkbookData
from pipeline.findings import Finding
from pipeline.model import Submission


def read_table(wb: WorkbookData, sub: Submission) -> bool:
    sub.findings.append(Finding("document-unknown", params={"missing": "templat resmi (_meta)"},
                                file=sub.file_name))
    return False
