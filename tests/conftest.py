"""Shared fixtures: the seed-based workbooks are generated once per test session."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

TESTS = Path(__file__).resolve().parent
if str(TESTS) not in sys.path:
    sys.path.insert(0, str(TESTS))

import make_fixtures  # noqa: E402
from backends import pg_server, pg_url, store_url  # noqa: E402,F401 - SQLite and PostgreSQL stores


@pytest.fixture(scope="session")
def template_fixtures(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """Every filled-template fixture, by file name."""
    folder = tmp_path_factory.mktemp("template-fixtures")
    return {name: make(folder / name) for name, make in make_fixtures.TEMPLATE_FIXTURES.items()}
