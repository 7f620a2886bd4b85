"""The two reference points the pipeline is measured against, each run as its own process.

``io-limit``: python-calamine reads every cell of every sheet of every submission and xlsxwriter
writes the same number of cells (one workbook per pemda), nothing else, on as many processes as
the pipeline uses: no pipeline can be faster than this on the same machine.

``naive``: what a straightforward script does: ``pandas.read_excel`` (openpyxl engine) of every
sheet, ``jsonschema`` ``iter_errors`` per row of the table with the plain Draft 2020-12 validator
of ``schemas/renja.row.schema.json``, a findings workbook per submission and the consolidated rows
per pemda written with openpyxl.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections import defaultdict
from multiprocessing import get_context
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]


def _groups(inbox: Path) -> dict[str, list[Path]]:
    """Submissions per pemda: the generator puts each pemda in its own folder of the inbox."""
    groups: dict[str, list[Path]] = defaultdict(list)
    for path in sorted(inbox.rglob("*.xlsx")):
        rel = path.relative_to(inbox)
        groups[rel.parts[0] if len(rel.parts) > 1 else ""].append(path)
    return dict(groups)


# --- the I/O limit ---------------------------------------------------------------------------------


def _io_task(task: tuple[str, list[str], str]) -> tuple[int, int]:
    import python_calamine as pc
    import xlsxwriter

    name, files, out = task
    cells: list[list[Any]] = []
    count = 0
    for f in files:
        wb = pc.CalamineWorkbook.from_path(f)
        try:
            for sheet in wb.sheet_names:
                for row in wb.get_sheet_by_name(sheet).to_python(skip_empty_area=False):
                    kept = [v for v in row if v != ""]
                    if kept:
                        cells.append(kept)
                        count += len(kept)
        finally:
            wb.close()
    book = xlsxwriter.Workbook(str(Path(out) / f"{name}.xlsx"), {"strings_to_numbers": False,
                                                                "strings_to_formulas": False,
                                                                "strings_to_urls": False})
    ws = book.add_worksheet("data")
    written = 0
    for r, row in enumerate(cells):
        for c, v in enumerate(row):
            if isinstance(v, str):
                ws.write_string(r, c, v)
            elif isinstance(v, bool):
                ws.write_boolean(r, c, v)
            elif isinstance(v, int | float):
                ws.write_number(r, c, v)
            else:
                ws.write_string(r, c, str(v))
            written += 1
    book.close()
    return count, written


def io_limit(inbox: Path, out: Path, processes: int) -> dict[str, Any]:
    out.mkdir(parents=True, exist_ok=True)
    tasks: list[tuple[str, list[str], str]] = []
    for name, files in _groups(inbox).items():
        # fewer pemda than processes: split them, so every process has work
        parts = processes if len(_groups(inbox)) < processes else 1
        for i in range(parts):
            chunk = [str(f) for f in files[i::parts]]
            if chunk:
                tasks.append((f"{name or 'inbox'}-{i}", chunk, str(out)))
    if processes > 1 and len(tasks) > 1:
        with get_context("fork").Pool(processes) as pool:
            done = pool.map(_io_task, tasks, chunksize=1)
    else:
        done = [_io_task(t) for t in tasks]
    return {"cells_read": sum(d[0] for d in done), "cells_written": sum(d[1] for d in done)}


# --- the naive baseline ----------------------------------------------------------------------------


def naive(inbox: Path, out: Path) -> dict[str, Any]:
    import math

    import pandas as pd
    from jsonschema import Draft202012Validator
    from openpyxl import Workbook

    out.mkdir(parents=True, exist_ok=True)
    schema = json.loads((ROOT / "schemas" / "renja.row.schema.json").read_text(encoding="utf-8"))
    fields = schema["x-columns"]
    validator = Draft202012Validator(schema)
    stats = {"files": 0, "rows": 0, "errors": 0}
    for name, files in _groups(inbox).items():
        consolidated: list[list[Any]] = []
        for f in files:
            sheets = pd.read_excel(f, sheet_name=None, header=None, engine="openpyxl")
            table = max(sheets.values(), key=len)  # the data sheet is the longest
            errors: list[list[Any]] = []
            for r, values in enumerate(table.itertuples(index=False, name=None), start=1):
                cells = [None if isinstance(v, float) and math.isnan(v) else v for v in values]
                row = {fld: (cells[i] if i < len(cells) else None) for i, fld in enumerate(fields)}
                for err in validator.iter_errors(row):
                    errors.append([r, ".".join(str(p) for p in err.path), err.message[:200]])
                consolidated.append([f.name, r, *cells])
                stats["rows"] += 1
            feedback = Workbook()
            ws = feedback.active
            ws.title = "Hasil Validasi"
            ws.append(["Baris", "Kolom", "Pesan"])
            for e in errors:
                ws.append(e)
            feedback.save(out / f"{f.stem}_umpan-balik.xlsx")
            stats["files"] += 1
            stats["errors"] += len(errors)
        book = Workbook()
        ws = book.active
        ws.title = "Konsolidasi"
        for line in consolidated:
            ws.append([v if isinstance(v, int | float | str) or v is None else str(v) for v in line])
        book.save(out / f"konsolidasi_{name or 'inbox'}.xlsx")
    return stats


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("contender", choices=["io-limit", "naive"])
    parser.add_argument("--inbox", type=Path, required=True)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--processes", type=int, default=len(os.sched_getaffinity(0)))
    args = parser.parse_args(argv)
    if args.contender == "io-limit":
        result = io_limit(args.inbox, args.out, args.processes)
    else:
        result = naive(args.inbox, args.out)
    json.dump(result, sys.stdout)
    print()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
