"""The store: submissions and their canonical rows in SQLite (default) or PostgreSQL."""

from pipeline.store.db import Store, SubmissionRecord, open_store

__all__ = ["Store", "SubmissionRecord", "open_store"]
