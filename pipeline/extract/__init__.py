"""Extract stage: open a workbook, find the document's table, read its rows with their cells."""
