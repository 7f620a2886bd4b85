"""Render the seed tables into the .xlsx files OPDs send: filled templates and the demo inbox.

Run ``python tests/make_fixtures.py --demo DIR`` to write a demo inbox (``make run`` does it when
inbox/ is empty) or ``--out DIR`` to write every fixture. Hand-made layouts live in
``fixtures_handmade.py``; this module fills the official template with the seed data.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
if str(HERE.parent) not in sys.path:
    sys.path.insert(0, str(HERE.parent))
if str(HERE) not in sys.path:
    sys.path.insert(0, str(HERE))

import openpyxl  # noqa: E402

import seed_data  # noqa: E402
from pipeline.codes import Code, parse_code  # noqa: E402
from pipeline.documents import document_type  # noqa: E402
from pipeline.templates.writer import FIRST_DATA_ROW, write_template  # noqa: E402

PASURUAN = seed_data.RENJA_2024_META["pemda"]
BKPSDM = seed_data.RENJA_2024_META["opd"]

_TARGET = re.compile(r"^\s*(\d[\d.,]*)\s*(.*?)\s*$")


def split_target(text: str) -> tuple[Any, str | None]:
    """``"5 dok"`` -> (5, "dok"); ``"84%"`` -> (84, "%"); ``"36,5"`` -> (36.5, None); ``"Idok"`` kept."""
    m = _TARGET.match(text or "")
    if not m:
        return (text or None), None
    number = Decimal(m.group(1).replace(".", "").replace(",", "."))
    value: Any = int(number) if number == number.to_integral_value() else float(number)
    return value, (m.group(2) or None)


def _money(text: str | None) -> int | None:
    return seed_data.rupiah_int(text) if text else None


def renja_rows(data: dict[str, Any], *, dotted_codes: bool, split_targets: bool) -> list[dict[str, Any]]:
    """Template rows (one dict per row, keys = schema fields) for a Renja seed table."""
    out: list[dict[str, Any]] = []
    for item in data["rows"]:
        kode: Any = item["kode"]
        if dotted_codes and kode:
            code = parse_code(kode)
            kode = code.dotted if isinstance(code, Code) else kode
        row: dict[str, Any] = {"kode": kode, "nama": item["nama"], "lokasi": item.get("lokasi") or None,
                               "pagu": _money(item.get("pagu")), "sumber_dana": item.get("sumber_dana") or None,
                               "catatan": item.get("catatan") or None, "pagu_maju": _money(item.get("pagu_maju"))}
        indicators = item.get("indikators") or [{}]
        for i, ind in enumerate(indicators):
            r = row if i == 0 else {}
            r["indikator"] = ind.get("indikator")
            for fld, unit_fld in (("target", "satuan"), ("target_maju", "satuan_maju")):
                text = ind.get(fld)
                if not text:
                    continue
                if split_targets:
                    r[fld], r[unit_fld] = split_target(text)
                else:
                    r[fld] = text
            out.append(r)
    return out


def fill_template(path: Path, rows: list[dict[str, Any]], *, tahun: int, pemda: str, opd: str,
                  document: str = "renja") -> Path:
    """Write the official template of ``document``, then type ``rows`` into it as an OPD operator would."""
    write_template(document, path, tahun=tahun, pemda=pemda, opd=opd)
    wb = openpyxl.load_workbook(path)
    doc = document_type(document)
    ws = wb[doc.schema["x-template-sheet"]]
    col_of = {fld: i + 1 for i, fld in enumerate(doc.columns)}
    for r, row in enumerate(rows, start=FIRST_DATA_ROW):
        for fld, value in row.items():
            if value is not None and fld in col_of:
                ws.cell(r, col_of[fld], value)
    wb.save(path)
    return path


def renja_2024_template_corrected(path: Path) -> Path:
    """Seed 001 Tabel 4.1 typed into the template, its three published defects corrected."""
    rows = renja_rows(seed_data.renja_2024_corrected(), dotted_codes=True, split_targets=True)
    return fill_template(path, rows, tahun=2024, pemda=PASURUAN, opd=BKPSDM)


def renja_2024_template_as_published(path: Path) -> Path:
    """Seed 001 Tabel 4.1 typed into the template as published: undotted codes, targets as text."""
    rows = renja_rows(seed_data.RENJA_2024, dotted_codes=False, split_targets=False)
    return fill_template(path, rows, tahun=2024, pemda=PASURUAN, opd=BKPSDM)


# A second, synthetic OPD of the same pemda, so that the demo consolidates more than one agency.
BAPPEDA_OPD = "Badan Perencanaan Pembangunan, Riset dan Inovasi Daerah"
BAPPEDA_ROWS: list[dict[str, Any]] = [
    {"kode": "5.01", "nama": "BIDANG PERENCANAAN"},
    {"kode": "5.01.01", "nama": "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA",
     "indikator": "Persentase pemenuhan administrasi perkantoran", "target": 100, "satuan": "%",
     "lokasi": "Pas", "pagu": 3_250_000_000, "sumber_dana": "APBD", "target_maju": 100, "satuan_maju": "%",
     "pagu_maju": 3_400_000_000},
    {"kode": "5.01.01.2.01", "nama": "Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah",
     "indikator": "Persentase dokumen perencanaan tepat waktu", "target": 100, "satuan": "%", "lokasi": "Pas",
     "pagu": 150_000_000, "sumber_dana": "APBD", "target_maju": 100, "satuan_maju": "%", "pagu_maju": 160_000_000},
    {"kode": "5.01.01.2.01.0001", "nama": "Penyusunan Dokumen Perencanaan Perangkat Daerah",
     "indikator": "Jumlah Dokumen Perencanaan Perangkat Daerah", "target": 4, "satuan": "Dokumen", "lokasi": "Pas",
     "pagu": 100_000_000, "sumber_dana": "APBD", "target_maju": 4, "satuan_maju": "Dokumen",
     "pagu_maju": 105_000_000},
    {"kode": "5.01.01.2.01.0007", "nama": "Evaluasi Kinerja Perangkat Daerah",
     "indikator": "Jumlah Laporan Evaluasi Kinerja Perangkat Daerah", "target": 4, "satuan": "Laporan",
     "lokasi": "Pas", "pagu": 50_000_000, "sumber_dana": "APBD", "target_maju": 4, "satuan_maju": "Laporan",
     "pagu_maju": 55_000_000},
    {"kode": "5.01.01.2.02", "nama": "Administrasi Keuangan Perangkat Daerah",
     "indikator": "Persentase laporan keuangan tepat waktu", "target": 100, "satuan": "%", "lokasi": "Pas",
     "pagu": 3_100_000_000, "sumber_dana": "APBD", "target_maju": 100, "satuan_maju": "%",
     "pagu_maju": 3_240_000_000},
    {"kode": "5.01.01.2.02.0001", "nama": "Penyediaan Gaji dan Tunjangan ASN",
     "indikator": "Jumlah Orang yang Menerima Gaji dan Tunjangan ASN", "target": 58, "satuan": "Orang/Bulan",
     "lokasi": "Pas", "pagu": 3_100_000_000, "sumber_dana": "APBD", "target_maju": 58,
     "satuan_maju": "Orang/Bulan", "pagu_maju": 3_240_000_000},
    {"kode": "5.01.02", "nama": "PROGRAM PERENCANAAN, PENGENDALIAN DAN EVALUASI PEMBANGUNAN DAERAH",
     "indikator": "Persentase dokumen perencanaan pembangunan daerah yang ditetapkan tepat waktu", "target": 100,
     "satuan": "%", "lokasi": "Kab. Pasuruan", "pagu": 1_200_000_000, "sumber_dana": "APBD", "target_maju": 100,
     "satuan_maju": "%", "pagu_maju": 1_250_000_000},
    {"kode": "5.01.02.2.01", "nama": "Penyusunan Perencanaan dan Pendanaan",
     "indikator": "Jumlah dokumen perencanaan pembangunan daerah", "target": 3, "satuan": "Dokumen",
     "lokasi": "Kab. Pasuruan", "pagu": 1_200_000_000, "sumber_dana": "APBD", "target_maju": 3,
     "satuan_maju": "Dokumen", "pagu_maju": 1_250_000_000},
    {"kode": "5.01.02.2.01.0005", "nama": "Penyusunan Dokumen Perencanaan Pembangunan Daerah Tahunan",
     "indikator": "Jumlah dokumen RKPD", "target": 1, "satuan": "Dokumen", "lokasi": "Kab. Pasuruan",
     "pagu": 700_000_000, "sumber_dana": "APBD", "target_maju": 1, "satuan_maju": "Dokumen",
     "pagu_maju": 730_000_000},
    {"kode": "5.01.02.2.01.0006", "nama": "Koordinasi Penyelenggaraan Musrenbang",
     "indikator": "Jumlah laporan hasil Musrenbang", "target": 1, "satuan": "Laporan", "lokasi": "Kab. Pasuruan",
     "pagu": 500_000_000, "sumber_dana": "DAU", "target_maju": 1, "satuan_maju": "Laporan",
     "pagu_maju": 520_000_000},
]


def bappeda_2024_template(path: Path) -> Path:
    return fill_template(path, BAPPEDA_ROWS, tahun=2024, pemda=PASURUAN, opd=BAPPEDA_OPD)


TEMPLATE_FIXTURES: dict[str, Callable[[Path], Path]] = {
    "renja_2024_bkpsdm_template_corrected.xlsx": renja_2024_template_corrected,
    "renja_2024_bkpsdm_template_as_published.xlsx": renja_2024_template_as_published,
    "renja_2024_bappeda_template.xlsx": bappeda_2024_template,
}


def write_demo_inbox(folder: Path) -> list[Path]:
    """A demo inbox that shows every kind of outcome: accepted, rejected, hand-made, ignored."""
    folder.mkdir(parents=True, exist_ok=True)
    written = [bappeda_2024_template(folder / "Renja 2024 BAPPERIDA.xlsx"),
               renja_2024_template_as_published(folder / "Renja_BKPSDM_2024 (kiriman pertama).xlsx")]
    try:
        import fixtures_handmade

        written.append(fixtures_handmade.tc33_as_printed(folder / "Tabel 4.1 Renja BKPSDM 2024 (buatan sendiri).xlsx"))
        # the other documents of the same Renja book (seed 001): Tabel 2.3 and Tabel 2.1
        written.append(fixtures_handmade.review_ranwal_seed001(folder / "Tabel 2.3 Review Ranwal RKPD 2024 BKPSDM.xlsx"))
        written.append(fixtures_handmade.evaluasi_renja_seed001(folder / "Tabel 2.1 Evaluasi Renja BKPSDM.xlsx"))
    except (ImportError, AttributeError):
        pass
    # the OPD's corrected file, sent after its feedback: accepted, and supersedes the first version
    written.append(write_resubmission(folder))
    (folder / "catatan operator.txt").write_text("Berkas ini bukan workbook; pipeline mengkarantinanya.\n",
                                                 encoding="utf-8")
    (folder / "~$Renja 2024 BAPPERIDA.xlsx").write_bytes(b"\x00lock")
    return written


def write_resubmission(folder: Path) -> Path:
    """The corrected BKPSDM file, as the OPD sends it back after reading its feedback."""
    folder.mkdir(parents=True, exist_ok=True)
    return renja_2024_template_corrected(folder / "Renja_BKPSDM_2024 (perbaikan).xlsx")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--demo", type=Path, help="write a demo inbox into this folder")
    parser.add_argument("--out", type=Path, help="write every fixture into this folder")
    args = parser.parse_args(argv)
    if args.demo:
        for p in write_demo_inbox(args.demo):
            print(p)
    if args.out:
        args.out.mkdir(parents=True, exist_ok=True)
        for name, make in TEMPLATE_FIXTURES.items():
            print(make(args.out / name))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
