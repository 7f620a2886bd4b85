"""Official submission templates, generated from each document type's JSON Schema.

``pipeline.templates.writer.write_template("renja", path, tahun=..., pemda=..., opd=...)`` writes
the workbook an OPD fills in: an instructions sheet (``Petunjuk``), the data sheet named by the
schema's ``x-template-sheet`` with its header at ``HEADER_ROW``, column numbers at ``NUMBER_ROW``
and ``PREPARED_ROWS`` formatted rows from ``FIRST_DATA_ROW``, plus the hidden sheets ``_meta``
(what the extractor reads to recognise the template) and ``_daftar`` (dropdown lists).
"""
