"""Errors the command line turns into exit codes (kept free of heavy imports)."""

from __future__ import annotations


class StoreUnavailable(Exception):
    """The store's database cannot be reached (server down, wrong host or credentials): exit 3."""
