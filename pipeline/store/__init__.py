"""The store: submissions and their canonical rows in SQLite (default) or PostgreSQL."""

from pipeline.store.db import Store, StoredRows, SubmissionRecord, open_store

__all__ = ["Store", "StoredRows", "SubmissionRecord", "open_store"]
