"""Store backends for the tests: SQLite in a temporary folder, and a real PostgreSQL server.

PostgreSQL comes from ``PIPELINE_TEST_PG_URL`` (CI: ``.ci/run`` starts one with
``.ci/start-postgres.sh``); when it is unset the session tries to start a throwaway server itself
(``start-postgres.sh --no-install``, which needs the PostgreSQL binaries). Only when neither works
are the PostgreSQL variants skipped, with the reason. A URL that is set but unreachable fails.
Every test gets a database of its own.
"""

from __future__ import annotations

import os
import shlex
import subprocess
import uuid
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import pytest

ROOT = Path(__file__).resolve().parents[1]
START = ROOT / ".ci" / "start-postgres.sh"


def _start_server() -> tuple[str | None, str | None, str]:
    """(admin url, server dir to stop, why not) from start-postgres.sh --no-install."""
    try:
        proc = subprocess.run(["bash", str(START), "--no-install"], capture_output=True, text=True, timeout=120)
    except (OSError, subprocess.TimeoutExpired) as exc:
        return None, None, str(exc)
    if proc.returncode != 0:
        lines = [x for x in proc.stderr.strip().splitlines() if x.strip()]
        return None, None, lines[-1] if lines else f"exit {proc.returncode}"
    env: dict[str, str] = {}
    for line in proc.stdout.splitlines():
        if line.startswith("export "):
            key, _, value = line[len("export "):].partition("=")
            env[key] = shlex.split(value)[0]
    return env.get("PIPELINE_TEST_PG_URL"), env.get("PIPELINE_TEST_PG_DIR"), ""


@pytest.fixture(scope="session")
def pg_server() -> Iterator[str | None]:
    """The admin URL of a PostgreSQL server for the tests, or ``None`` (then ``pg_skip_reason``)."""
    url = os.environ.get("PIPELINE_TEST_PG_URL")
    if url:
        yield url
        return
    url, folder, why = _start_server()
    if url is None:
        _SKIP["reason"] = ("PostgreSQL tests skipped: PIPELINE_TEST_PG_URL is unset and no server could be "
                           f"started ({why})")
        yield None
        return
    try:
        yield url
    finally:
        subprocess.run(["bash", str(START), "--stop", str(folder)], capture_output=True, timeout=60)


_SKIP: dict[str, str] = {"reason": ""}


def with_database(url: str, dbname: str) -> str:
    parts = urlsplit(url)
    return urlunsplit((parts.scheme, parts.netloc, "/" + dbname, parts.query, parts.fragment))


@pytest.fixture
def pg_url(pg_server: str | None) -> Iterator[str]:
    """A fresh, empty PostgreSQL database for one test."""
    if pg_server is None:
        pytest.skip(_SKIP["reason"])
    import psycopg

    name = f"pipeline_t_{uuid.uuid4().hex[:10]}"
    with psycopg.connect(pg_server, autocommit=True) as admin:
        try:
            admin.execute(f'CREATE DATABASE "{name}"')
        except psycopg.Error:  # no CREATEDB right: share the given database, emptied
            for table in ("canonical", "submissions", "outputs", "claims"):
                admin.execute(f"DROP TABLE IF EXISTS {table}")
            yield pg_server
            return
    try:
        yield with_database(pg_server, name)
    finally:
        with psycopg.connect(pg_server, autocommit=True) as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture(params=["sqlite", "postgresql"])
def store_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """Each store test runs on SQLite and on PostgreSQL."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'store' / 'pipeline.db'}"
    return str(request.getfixturevalue("pg_url"))
