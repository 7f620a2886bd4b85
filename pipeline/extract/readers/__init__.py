"""Readers of hand-made tables of the document types other than Renja (``table.READERS``).

``table.read_table`` detects the document type; the reader registered for it here maps the columns
and reads the rows into the same ``RowRecord``/``Item`` model as the Renja reader, through the
document's row schema.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pipeline.extract.readers.base import TableReader
    from pipeline.extract.table import Detection
    from pipeline.extract.workbook import WorkbookData
    from pipeline.model import Submission

Reader = Callable[["Detection", "WorkbookData", "Submission"], bool]


def readers() -> dict[str, Reader]:
    """Document type -> reader function (a fresh reader object per file: readers keep state)."""
    from pipeline.extract.readers.documents import READER_CLASSES

    def make(cls: type[TableReader]) -> Reader:
        def read(detection: Detection, wb: WorkbookData, sub: Submission) -> bool:
            return bool(cls().read(detection, wb, sub))
        read.__name__ = f"read_{cls.document}"
        return read

    return {cls.document: make(cls) for cls in READER_CLASSES}
