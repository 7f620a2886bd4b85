"""Validate stage: the JSON Schema of each row, then the business rules over the whole document."""
