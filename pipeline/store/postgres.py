"""The store on a PostgreSQL server (``--db postgresql://user:password@host:5432/dbname``), via psycopg 3.

The same ``Store`` class and SQL as SQLite, with ``%s`` placeholders. Differences, all made here:
binary columns are ``BYTEA``; text columns use the ``"C"`` collation (ISO received times and OPD
names must sort the same on every server, whatever its locale); and the canonical table has an
identity column ``seq`` that gives the insertion order SQLite's ``rowid`` gives. Creating the
schema is serialized with an advisory lock, so two pipelines starting together on an empty
database do not trip over it.
"""

from __future__ import annotations

import re
from typing import Any

from pipeline.errors import StoreUnavailable
from pipeline.store.db import SCHEMA, Store

SCHEMA_LOCK_KEY = 0x42_41_50_50_45_44_41_00  # "BAPPEDA\0": serializes CREATE TABLE between processes


def postgres_schema() -> str:
    schema = re.sub(r"\bTEXT\b", 'TEXT COLLATE "C"', SCHEMA).replace(" BLOB ", " BYTEA ")
    marker = "CREATE TABLE IF NOT EXISTS canonical_rows (\n"
    assert marker in schema
    return schema.replace(marker, marker + "    seq BIGINT GENERATED ALWAYS AS IDENTITY,\n")


def connect_postgres(url: str) -> Store:
    """Open (and if needed create) the store in the PostgreSQL database ``url``."""
    try:
        import psycopg
    except ImportError as exc:  # pragma: no cover - psycopg is a dependency
        raise ValueError("PostgreSQL needs the psycopg package: pip install 'psycopg[binary]'") from exc
    try:
        conn: Any = psycopg.connect(url, application_name="bappeda-pipeline", connect_timeout=30)
    except psycopg.OperationalError as exc:
        raise StoreUnavailable(f"cannot connect to PostgreSQL ({redact(url)}): {str(exc).strip()}") from exc
    from pipeline.runlock import forget_in_workers

    forget_in_workers(conn.fileno())  # forked workers must not keep this session alive
    try:
        with conn.cursor() as cur:
            cur.execute("SELECT pg_advisory_xact_lock(%s)", (SCHEMA_LOCK_KEY,))
            cur.execute(postgres_schema())
        store = Store(conn, "format", "seq")
        store.upgrade()  # under the same lock: one process moves an earlier layout's rows
        conn.commit()
    except BaseException:
        conn.close()
        raise
    return store


def redact(url: str) -> str:
    """``url`` without its password, for messages and logs."""
    return re.sub(r"(://[^:/@]*:)[^@]*@", r"\1***@", url)
