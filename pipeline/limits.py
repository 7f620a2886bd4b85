"""Limits no real submission reaches; a file beyond them is quarantined, never allowed to stop a run.

Every limit can be changed by the operator (``--limit NAME=VALUE`` or ``PIPELINE_LIMIT_<NAME>``).
"""

from __future__ import annotations

import os
from dataclasses import dataclass, fields, replace


@dataclass(frozen=True, slots=True)
class Limits:
    max_file_bytes: int = 50 * 1024 * 1024  # 50 MiB: real submissions are < 2 MiB
    max_unzipped_bytes: int = 300 * 1024 * 1024  # decompressed size of all parts of an .xlsx
    max_compression_ratio: int = 200  # a sheet XML compressing more than 200:1 is a bomb
    max_rows: int = 100_000  # rows in one sheet
    max_cells: int = 5_000_000  # rows x columns in one sheet
    max_seconds_per_file: int = 120  # wall time for one file (worker process is stopped)
    max_memory_mb: int = 1024  # address space of a worker process
    max_findings_per_file: int = 500  # the report says when it is capped

    def with_overrides(self, overrides: dict[str, str]) -> Limits:
        known = {f.name for f in fields(self)}
        values = {}
        for key, value in overrides.items():
            name = key.lower().replace("-", "_")
            if name not in known:
                raise ValueError(f"unknown limit: {key} (known: {', '.join(sorted(known))})")
            values[name] = int(value)
        return replace(self, **values)

    @classmethod
    def from_env(cls) -> Limits:
        env = {f.name: os.environ[f"PIPELINE_LIMIT_{f.name.upper()}"] for f in fields(cls)
               if f"PIPELINE_LIMIT_{f.name.upper()}" in os.environ}
        return cls().with_overrides(env)
