"""Normalize stage: extracted items become canonical rows (exact decimals, dotted codes, units)."""

from pipeline.normalize.canonical import canonical_rows

__all__ = ["canonical_rows"]
