"""Build the example nomenclature ``pipeline/data/nomenklatur_contoh.csv`` from the seed data.

The codes and names are those of seed 001 Tabel 4.1 (Renja BKPSDM 2024) with its published defects
corrected (``seed_data.renja_2024_corrected()``); indikator and satuan are given for sub kegiatan
only, as in Kepmendagri 050-5889/2021, where program and kegiatan indicators are set by each
pemda. Every penunjang code (program ``01``) is also listed with the ``X.XX`` wildcard bidang, as
the Kepmendagri lists them, so the example recognizes any OPD's penunjang program.

The seeds do not state the "kinerja" column, so it stays empty. Re-running the script writes the
same bytes (``tests/test_reference.py`` checks the shipped file is up to date):

    .venv/bin/python tests/build_reference.py [--out PATH]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
for folder in (HERE.parent, HERE):
    if str(folder) not in sys.path:
        sys.path.insert(0, str(folder))

import seed_data  # noqa: E402
from pipeline.codes import Code, Level, parse_code  # noqa: E402
from pipeline.reference import EXAMPLE_REFERENCE, WILDCARD, RefEntry, Reference, write_reference  # noqa: E402
from pipeline.values import Target, parse_target  # noqa: E402


def example_entries() -> list[RefEntry]:
    entries: list[RefEntry] = []
    for row in seed_data.renja_2024_corrected()["rows"]:
        code = parse_code(row["kode"])
        if not isinstance(code, Code):
            continue
        indikator, satuan = _sub_kegiatan_output(row) if code.level == Level.SUB_KEGIATAN else ("", "")
        entry = RefEntry(code.dotted, " ".join(row["nama"].split()), "", indikator, satuan)
        entries.append(entry)
        if code.level >= Level.PROGRAM and code.segments[2] == "01":
            wildcard = ".".join([WILDCARD, *code.segments[2:]])
            entries.append(RefEntry(wildcard, entry.nama, entry.kinerja, entry.indikator, entry.satuan))
    return entries


def _sub_kegiatan_output(row: dict[str, Any]) -> tuple[str, str]:
    """The first indicator and the canonical unit of its target (year n, else n+1)."""
    indicators = row.get("indikators") or []
    if not indicators:
        return "", ""
    first = indicators[0]
    for text in (first.get("target"), first.get("target_maju")):
        target = parse_target(text) if text else None
        if isinstance(target, Target) and target.unit:
            return " ".join(first.get("indikator", "").split()), target.unit
    return " ".join(first.get("indikator", "").split()), ""


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", type=Path, default=EXAMPLE_REFERENCE)
    args = parser.parse_args(argv)
    reference = Reference.from_entries(example_entries(), args.out.name)
    write_reference(reference, args.out)
    print(f"{args.out}: {len(reference)} kode ({reference.counts()})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
