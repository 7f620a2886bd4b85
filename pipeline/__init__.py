"""Bappeda planning-submission pipeline: extract, validate, normalize and load OPD workbooks."""

__version__ = "0.1.0"
