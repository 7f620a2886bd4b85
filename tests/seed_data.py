"""Seed data transcribed from the real planning documents in /work/shared/seeds/.

Every table below is transcribed *as published*, including its real errors (roll-ups that do not
add up, duplicated or misplaced codes, typos such as "Idok", Excel-mangled codes such as
"5,03E+09").  Nothing is silently fixed: where a published value is wrong, the wrong value is kept
and a comment says so; the only corrected view is ``renja_2024_corrected()``, which applies exactly
the three fixes listed in ``RENJA_2024_FIXES``.

Conventions
-----------
* Printed cell texts are kept verbatim (trailing whitespace of the PDF extraction removed).  Money
  stays the printed TEXT ("9.058.600", "-", "0"); where arithmetic matters an ``*_int`` twin holds
  the value in whole rupiah (``rupiah_int()`` converts; "-" means 0).
* Targets are the printed strings ("49 org/bln", "Idok", "84%", "36,5", "240,5", "6 dan 140.000").
* Codes are the printed strings ("5030120101", "5,03E+09", "5040202"); never repaired.
* Layout facts needed to render realistic .xlsx fixtures are data too: ``*_lines`` lists hold the
  physical printed lines of a cell that wraps over several rows (only where the wrap is visible in
  the source, i.e. across a page break), ``page_break_before`` marks rows printed right after a
  repeated page header, ``italic_cols`` marks italic cells, and each table has its printed HEADER
  rows (with merges) and META (title lines, pemda, OPD, year as printed).
* ``SOURCE_AMBIGUITIES`` lists every place where the source text was ambiguous and what was decided.

Tables
------
1. ``RENJA_2024``            seed 001, Tabel 4.1 (T-C.33), BKPSDM Kabupaten Pasuruan, Renja 2024 + prakiraan maju 2025
2. ``RKT_PERUBAHAN_2023``    seed 000, RKT Perubahan 2023, BKPSDM (signed in "Malang")
3. ``EVALUASI_RENJA``        seed 001, Tabel 2.1 (T-C.29), evaluasi Renja s/d 2023
4. ``REVIEW_RANWAL``         seed 001, Tabel 2.3 (T-C.31), review rancangan awal RKPD 2024
5. ``RENCANA_AKSI``          seed 002, Rencana Aksi 2023, BKPSDM (signed in "Malili")
6. ``RKT``                   seed 004, RKT 2023, BKPSDM Kabupaten Lima Puluh Kota

Run ``tests/check_seed_data.py`` for the arithmetic checks and the list of published inconsistencies.
"""

from __future__ import annotations

import copy
import re
from typing import Any

SEED_FILES = {
    "000": "000_c8d4189d6e8dce95.txt",
    "001": "001_c5875641b7ff62fa.txt",
    "002": "002_583ec30ea16bb32b.txt",
    "004": "004_7b41ecd0bef2d687.txt",
}

_RUPIAH_RE = re.compile(r"^(?:Rp\.?\s*)?(\d{1,3}(?:\.\d{3})*)(?:,(\d{2})|,-)?$")


def rupiah_int(text: str | None) -> int | None:
    """Printed rupiah text -> int (whole rupiah).  "-" (nil) -> 0; "" / None -> None.

    Accepts "9.058.600", "0", "-", "33.845.455.043,00", "Rp. 11.312.239.227,-".  Raises ValueError
    for anything else (e.g. non-zero sen), so a slip in the data cannot pass silently.
    """
    if text is None:
        return None
    t = text.strip()
    if t == "":
        return None
    if t == "-":
        return 0
    m = _RUPIAH_RE.match(t)
    if not m or (m.group(2) not in (None, "00")):
        raise ValueError(f"not a whole-rupiah amount: {text!r}")
    return int(m.group(1).replace(".", ""))


# ==================================================================================================
# 1. RENJA 2024 -- seed 001, Tabel 4.1 (T-C.33)
# ==================================================================================================

RENJA_2024_META: dict[str, Any] = {
    "pemda": "Kabupaten Pasuruan",
    "opd": "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia",
    "opd_short": "BKPSDM",
    "tahun": 2024,
    "tahun_maju": 2025,
    "bidang_label": "Bidang Kepegawain dan Pengembangan Sumber Daya Manusia",
    "bidang_label_printed_as_row": True,
    "title_lines": [
        "Tabel T-C.33",
        (
            "Tabel 4.1. Rumusan Rencana Program dan Kegiatan Perangkat Daerah Tahun 2024 dan Prakiraan Maju"
            " Tahun 2025"
        ),
        "Kabupaten Pasuruan",
    ],
    "nama_perangkat_daerah_line": "Nama Perangkat Daerah : BKPSDM",
    "document": "Lampiran Peraturan Bupati Pasuruan Nomor 147 Tahun 2023 (Renja BKPSDM 2024), BAB IV",
    "narrative_counts": {"program": 3, "kegiatan": 12, "sub_kegiatan": 42},
    "source": "seed 001_c5875641b7ff62fa.txt lines 667-1000",
}

# Printed header rows as a 10-column grid (None = covered by a merged cell).  Repeated on every page.
RENJA_2024_HEADER: list[Any] = [
    [
        "Kode", "Urusan/ Bidang Urusan Pemerintahan Daerah dan Program/ Kegiatan/ Sub Kegiatan",
        "Indikator Kinerja Program/ Kegiatan/ Sub Kegiatan", "Rencana Tahun 2024", None, None, None,
        "Catatan Penting", "Prakiraan Maju Rencana Tahun 2025", None,
    ],
    [
        None, None, None, "Lokasi", "Target Capaian Kinerja", "Kebutuhan Dana/ Pagu Indikatif",
        "Sumber Dana", None, "Target Capaian Kinerja", "Kebutuhan Dana/ Pagu Indikatif",
    ],
    ["(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)", "(8)", "(9)", "(10)"],
]

# Merged header cells as (first_row, first_col, last_row, last_col), 1-based within the header.
RENJA_2024_HEADER_MERGES: list[tuple[Any, ...]] = [
    (1, 1, 2, 1), (1, 2, 2, 2), (1, 3, 2, 3), (1, 4, 1, 7), (1, 8, 2, 8), (1, 9, 1, 10),
]

RENJA_2024_LAYOUT: dict[str, Any] = {
    "logical_columns": {
        "kode": 1,
        "nama": 2,
        "indikator": 3,
        "lokasi": 4,
        "target": 5,
        "pagu": 6,
        "sumber_dana": 7,
        "catatan": 8,
        "target_maju": 9,
        "pagu_maju": 10,
    },
    "belanja_labels": {
        "operasi": "Belanja operasi",
        "pegawai": "Belanja pegawai",
        "barang_jasa": "Belanja barang dan jasa",
        "modal": "Belanja modal",
    },
    "notes": [
        (
            "Each program/kegiatan/sub kegiatan is a block of physical rows: the main row (kode, nama,"
            " indikator, lokasi, target, pagu, sumber dana, target and pagu n+1) followed by four belanja"
            " rows 'Belanja operasi', 'Belanja pegawai', 'Belanja barang dan jasa', 'Belanja modal'."
        ),
        (
            "On a belanja row the label and the year-n amount are printed in column (6) (label, ':' and"
            " amount; the extraction shows label and amount as two sub-cells, the ':' attached to either),"
            " the year n+1 amount in column (10).  Columns (7) and (9) are empty on belanja rows, except"
            " for the n+1 targets of extra indicators (kegiatan 50302201)."
        ),
        (
            "Continuation lines of a cell split by a page break (nama_lines[1:], indikator_lines[1:]) are"
            " printed on the first physical row after the repeated page header, i.e. on the belanja row"
            " named by page_break_before_belanja; further indicators of the same item follow on the next"
            " rows (see renja_2024_print_rows())."
        ),
        (
            "The bidang label row ('Bidang Kepegawain ...', column (2) only) is printed between the header"
            " and the urusan row.  The JUMLAH TOTAL row has the label in column (2), the pagu in (6) and"
            " the n+1 pagu in (10), followed by its four belanja rows."
        ),
        "The table header (3 rows) is repeated at the top of every printed page (8 repeats).",
    ],
}

# One dict per printed program / kegiatan / sub kegiatan / urusan row, in printed order.  kode as printed
# (no dots, '' if none); level from the code length (3 urusan, 5 program, 8 kegiatan, 10 sub kegiatan).
# belanja: {'operasi'|'pegawai'|'barang_jasa'|'modal': (year n text, year n+1 text)}, None where the line is
# not printed.  page_break_before: True if a repeated page header is printed right before the row OR inside
# its block; in the latter case page_break_before_belanja names the first belanja line printed after the
# header (the header then does not precede the row itself).
RENJA_2024_ROWS: list[dict[str, Any]] = [
    # Urusan row as printed: label 'URUSAN PENUNJANG URUSAN PEMERINTAHAN', but 503 has the length of a
    # bidang-urusan code (5.03).  No indicator, pagu or belanja lines are printed for it.
    {
        "kode": "503",
        "level": "urusan",
        "nama": "URUSAN PENUNJANG URUSAN PEMERINTAHAN",
        "nama_lines": ["URUSAN PENUNJANG URUSAN PEMERINTAHAN"],
        "indikators": [],
        "lokasi": "",
        "pagu": None,
        "pagu_int": None,
        "sumber_dana": "",
        "catatan": "",
        "pagu_maju": None,
        "pagu_maju_int": None,
        "belanja": None,
        "page_break_before": False,
    },
    {
        "kode": "50301",
        "level": "program",
        "nama": "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KAB/KOTA",
        "nama_lines": ["PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KAB/KOTA"],
        "indikators": [
            {
                "indikator": "Persentase dokumen/laporan administrasi PD yang baik/sesuai regulasi",
                "indikator_lines": ["Persentase dokumen/laporan administrasi PD yang baik/sesuai regulasi"],
                "target": "84%",
                "target_maju": "84%",
            },
        ],
        "lokasi": "Pas",
        "pagu": "11.343.868.330",
        "pagu_int": 11343868330,
        "sumber_dana": "APBD",
        "catatan": "",
        "pagu_maju": "11.818.748.270",
        "pagu_maju_int": 11818748270,
        "belanja": {
            "operasi": ("10.415.914.460", "10.880.794.400"),
            "pegawai": ("7.992.286.000", "8.092.286.000"),
            "barang_jasa": ("2.423.628.460", "2.788.508.400"),
            "modal": ("927.953.870", "937.953.870"),
        },
        "page_break_before": False,
    },
    {
        "kode": "50301201",
        "level": "kegiatan",
        "nama": "Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah",
        "nama_lines": ["Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah"],
        "indikators": [
            {
                "indikator": (
                    "Persentase konsistensi indikator kinerja program/kegiatan/subkegiatan pada dok"
                    " rencana, anggaran, dan evaluasi"
                ),
                "indikator_lines": [
                    (
                        "Persentase konsistensi indikator kinerja program/kegiatan/subkegiatan pada dok"
                        " rencana, anggaran, dan evaluasi"
                    ),
                ],
                "target": "90%",
                "target_maju": "90%",
            },
        ],
        "lokasi": "Pas",
        "pagu": "22.382.600",
        "pagu_int": 22382600,
        "sumber_dana": "APBD",
        "catatan": "",
        "pagu_maju": "23.382.600",
        "pagu_maju_int": 23382600,
        "belanja": {
            "operasi": ("22.382.600", "23.382.600"),
            "pegawai": ("-", "-"),
            "barang_jasa": ("22.382.600", "23.382.600"),
            "modal": ("-", "-"),
        },
        "page_break_before": False,
    },
    {
        "kode": "5030120101",
        "level": "sub_kegiatan",
        "nama": "Penyusunan Dokumen Perencanaan Perangkat Daerah",
        "nama_lines": ["Penyusunan Dokumen Perencanaan Perangkat Daerah"],
        "indikators": [
            {
                "indikator": "Jumlah Dokumen Perencanaan Perangkat Daerah",
                "indikator_lines": ["Jumlah Dokumen Perencanaan Perangkat Daerah"],
                "target": "5 dok",
                "target_maju": "5 dok",
            },
        ],
        "lokasi": "Pas",
        "pagu": "9.058.600",
        "pagu_int": 9058600,
        "sumber_dana": "APBD",
        "catatan": "",
        "pagu_maju": "9.058.600",
        "pagu_maju_int": 9058600,
        "belanja": {
            "operasi": ("9.058.600", "9.058.600"),
            "pegawai": ("-", "-"),
            "barang_jasa": ("9.058.600", "9.058.600"),
            "modal": ("-", "-"),
        },
        "page_break_before": False,
    },
    {
        "kode": "5030120107",
        "level": "sub_kegiatan",
        "nama": "Evaluasi Kinerja Perangkat Daerah",
        "nama_lines": ["Evaluasi Kinerja Perangkat Daerah"],
        "indikators": [
            {
                "indikator": "Jumlah Laporan Evaluasi Kinerja Perangkat Daerah",
                "indikator_lines": ["Jumlah Laporan Evaluasi Kinerja Perangkat Daerah"],
                "target": "7 lap",
                "target_maju": "7 lap",
            },
        ],
        "lokasi": "Pas",
        "pagu": "13.324.000",
        "pagu_int": 13324000,
        "sumber_dana": "APBD",
        "catatan": "",
        "pagu_maju": "14.324.000",
        "pagu_maju_int": 14324000,
        "belanja": {
            "operasi": ("13.324.000", "14.324.000"),
            "pegawai": ("-", "-"),
            "barang_jasa": ("13.324.000", "14.324.000"),
            "modal": ("-", "-"),
        },
        "page_break_before": False,
    },
    # Page break between its 'Belanja barang dan jasa' and 'Belanja modal' lines.
    {
        "kode": "50301202",
        "level": "kegiatan",
        "nama": "Administrasi Keuangan Perangkat Daerah",
        "nama_lines": ["Administrasi Keuangan Perangkat Daerah"],
        "indikators": [
            {
                "indikator": (
                    "Persentase laporan keuangan yang sesuai dengan ketentuan dan dapat"
                    " dipertanggungjawabkan"
                ),
                "indikator_lines": [
                    (
                        "Persentase laporan keuangan yang sesuai dengan ketentuan dan dapat"
                        " dipertanggungjawabkan"
                    ),
                ],
                "target": "100%",
                "target_maju": "100%",
            },
        ],
        "lokasi": "Pas",
        "pagu": "8.657.635.600",
        "pagu_int": 8657635600,
        "sumber_dana": "APBD",
        "catatan": "",
        "pagu_maju": "8.759.564.500",
        "pagu_maju_int": 8759564500,
        "belanja": {
            "operasi": ("8.657.635.600", "8.759.564.500"),
            "pegawai": ("7.992.286.000", "8.092.286.000"),
            "barang_jasa": ("665.349.600", "667.278.500"),
            "modal": ("-", "-"),
        },
        "page_break_before": True,
        "page_break_before_belanja": "modal",
    },
    {
        "kode": "5030120201",
        "level": "sub_kegiatan",
        "nama": "Penyediaan Gaji dan Tunjangan ASN",
        "nama_lines": ["Penyediaan Gaji dan Tunjangan ASN"],
        "indikators": [
            {
                "indikator": "Jumlah Orang yang Menerima Gaji dan Tunjangan ASN",
                "indikator_lines": ["Jumlah Orang yang Menerima Gaji dan Tunjangan ASN"],
                "target": "49 org/bln",
                "target_maju": "49 org/bln",
            },
        ],
        "lokasi": "Pas",
        "pagu": "7.883.943.000",
        "pagu_int": 7883943000,
        "sumber_dana": "APBD",
        "catatan": "",
        "pagu_maju": "7.983.943.000",
        "pagu_maju_int": 7983943000,
        "belanja": {
            "operasi": ("7.883.943.000", "7.983.943.000"),
            "pegawai": ("7.883.943.000", "7.983.943.000"),
            "barang_jasa": ("-", "-"),
            "modal": ("-", "-"),
        },
        "page_break_before": False,
    },
    {
        "kode": "5030120202",
        "level": "sub_kegiatan",
        "nama": "Penyediaan Administrasi Pelaksanaan Tugas ASN",
        "nama_lines": ["Penyediaan Administrasi Pelaksanaan Tugas ASN"],
        "indikators": [
            {
                "indikator": "Jumlah Dokumen Hasil Penyediaan Administrasi Pelaksanaan Tugas ASN",
                "indikator_lines": ["Jumlah Dokumen Hasil Penyediaan Administrasi Pelaksanaan Tugas ASN"],
                "target": "13 dok",
                "target_maju": "13 dok",
            },
        ],
        "lokasi": "Pas",
        "pagu": "665.349.600",
        "pagu_int": 665349600,
        "sumber_dana": "APBD",
        "catatan": "",
        "pagu_maju": "667.278.500",
        "pagu_maju_int": 667278500,
        "belanja": {
            "operasi": ("665.349.600", "667.278.500"),
            "pegawai": ("-", "-"),
            "barang_jasa": ("665.349.600", "667.278.500"),
            "modal": ("-", "-"),
        },
        "page_break_before": False,
    },
    {
        "kode": "5030120203",
        "level": "sub_kegiatan",
        "nama": "Pelaksanaan Penatausahaan dan Pengujian/Verifikasi Keuangan SKPD",
        "nama_lines": ["Pelaksanaan Penatausahaan dan Pengujian/Verifikasi Keuangan SKPD"],
        "indikators": [
            {
                "indikator": "Jumlah Dokumen Penatausahaan dan Pengujian/Verifikasi Keuangan SKPD",
                "indikator_lines": ["Jumlah Dokumen Penatausahaan dan Pengujian/Verifikasi Keuangan SKPD"],
                "target": "11 dok",
                "target_maju": "11 dok",
            },
        ],
        "lokasi": "Pas",
        "pagu": "108.343.000",
        "pagu_int": 108343000,
        "sumber_dana": "APBD",
        "catatan": "",
        "pagu_maju": "108.343.000",
        "pagu_maju_int": 108343000,
        "belanja": {
            "operasi": ("108.343.000", "108.343.000"),
            "pegawai": ("108.343.000", "108.343.000"),
            "barang_jasa": ("-", "-"),
            "modal": ("-", "-"),
        },
        "page_break_before": False,
    },
    {
        "kode": "50301205",
        "level": "kegiatan",
        "nama": "Administrasi Kepegawaian Perangkat Daerah",
        "nama_lines": ["Administrasi Kepegawaian Perangkat Daerah"],
        "indikators": [
            {
                "indikator": "Persentase dokumen kepegawaian yang akurat dan sesuai ketentuan",
                "indikator_lines": ["Persentase dokumen kepegawaian yang akurat dan sesuai ketentuan"],
                "target": "80%",
                "target_maju": "80%",
            },
        ],
        "lokasi": "Pas",
        "pagu": "130.521.600",
        "pagu_int": 130521600,
        "sumber_dana": "APBD",
        "catatan": "",
        "pagu_maju": "130.521.600",
        "pagu_maju_int": 130521600,
        "belanja": {
            "operasi": ("130.521.600", "130.521.600"),
            "pegawai": ("-", "-"),
            "barang_jasa": ("130.521.600", "130.521.600"),
            "modal": ("-", "-"),
        },
        "page_break_before": False,
    },
    # PUBLISHED DEFECT: sub kegiatan code 5030120410 printed under kegiatan 50301205 (does not start with
    # its kegiatan's code).  renja_2024_corrected(): 5030120510.
    {
        "kode": "5030120410",
        "level": "sub_kegiatan",
        "nama": "Sosialisasi Peraturan Perundang-Undangan",
        "nama_lines": ["Sosialisasi Peraturan Perundang-Undangan"],
        "indikators": [
            {
                "indikator": "Jumlah Orang yang Mengikuti Sosialisasi Peraturan Perundang-Undangan",
                "indikator_lines": ["Jumlah Orang yang Mengikuti Sosialisasi Peraturan Perundang-Undangan"],
                "target": "100 org",
                "target_maju": "100 org",
            },
        ],
        "lokasi": "Pas",
        "pagu": "130.521.600",
        "pagu_int": 130521600,
        "sumber_dana": "APBD",
        "catatan": "",
        "pagu_maju": "130.521.600",
        "pagu_maju_int": 130521600,
        "belanja": {
            "operasi": ("130.521.600", "130.521.600"),
            "pegawai": ("-", "-"),
            "barang_jasa": ("130.521.600", "130.521.600"),
            "modal": ("-", "-"),
        },
        "page_break_before": False,
    },
    {
        "kode": "50301206",
        "level": "kegiatan",
        "nama": "Administrasi Umum Perangkat Daerah",
        "nama_lines": ["Administrasi Umum Perangkat Daerah"],
        "indikators": [
            {
                "indikator": "Persentase pemenuhan kebutuhan umum PD",
                "indikator_lines": ["Persentase pemenuhan kebutuhan umum PD"],
                "target": "90%",
                "target_maju": "90%",
            },
        ],
        "lokasi": "Pas",
        "pagu": "630.431.660",
        "pagu_int": 630431660,
        "sumber_dana": "APBD",
        "catatan": "",
        "pagu_maju": "682.382.700",
        "pagu_maju_int": 682382700,
        "belanja": {
            "operasi": ("630.431.660", "682.382.700"),
            "pegawai": ("-", "-"),
            "barang_jasa": ("630.431.660", "682.382.700"),
            "modal": ("-", "-"),
        },
        "page_break_before": False,
    },
    {
        "kode": "5030120604",
        "level": "sub_kegiatan",
        "nama": "Penyediaan Bahan Logistik Kantor",
        "nama_lines": ["Penyediaan Bahan Logistik Kantor"],
        "indikators": [
            {
                "indikator": "Jumlah Paket Bahan Logistik Kantor yang Disediakan",
                "indikator_lines": ["Jumlah Paket Bahan Logistik Kantor yang Disediakan"],
                "target": "4 paket",
                "target_maju": "4 paket",
            },
        ],
        "lokasi": "Pas",
        "pagu": "188.985.000",
        "pagu_int": 188985000,
        "sumber_dana": "APBD",
        "catatan": "",
        "pagu_maju": "188.985.000",
        "pagu_maju_int": 188985000,
        "belanja": {
            "operasi": ("188.985.000", "188.985.000"),
            "pegawai": ("-", "-"),
            "barang_jasa": ("188.985.000", "188.985.000"),
            "modal": ("-", "-"),
        },
        "page_break_before": False,
    },
    # Name and indicator wrap over the page break: 'Penyediaan Barang Cetakan' / 'dan Penggandaan' and
    # 'Jumlah Paket Barang' / 'Cetakan dan Penggandaan yang Disediakan'; the second lines are printed on the
    # Belanja operasi row after the repeated header.
    {
        "kode": "5030120605",
        "level": "sub_kegiatan",
        "nama": "Penyediaan Barang Cetakan dan Penggandaan",
        "nama_lines": ["Penyediaan Barang Cetakan", "dan Penggandaan"],
        "indikators": [
            {
                "indikator": "Jumlah Paket Barang Cetakan dan Penggandaan yang Disediakan",
                "indikator_lines": ["Jumlah Paket Barang", "Cetakan dan Penggandaan yang Disediakan"],
                "target": "4 paket",
                "target_maju": "4 paket",
            },
        ],
        "lokasi": "Pas",
        "pagu": "118.045.000",
        "pagu_int": 118045000,
        "sumber_dana": "APBD",
        "catatan": "",
        "pagu_maju": "118.045.000",
        "pagu_maju_int": 118045000,
        "belanja": {
            "operasi": ("118.045.000", "118.045.000"),
            "pegawai": ("-", "-"),
            "barang_jasa": ("118.045.000", "118.045.000"),
            "modal": ("-", "-"),
        },
        "page_break_before": True,
        "page_break_before_belanja": "operasi",
    },
    {
        "kode": "5030120608",
        "level": "sub_kegiatan",
        "nama": "Fasilitasi Kunjungan Tamu",
        "nama_lines": ["Fasilitasi Kunjungan Tamu"],
        "indikators": [
            {
                "indikator": "Jumlah Laporan Fasilitasi Kunjungan Tamu",
                "indikator_lines": ["Jumlah Laporan Fasilitasi Kunjungan Tamu"],
                "target": "12 lap",
                "target_maju": "12 lap",
            },
        ],
        "lokasi": "Pas",
        "pagu": "14.601.160",
        "pagu_int": 14601160,
        "sumber_dana": "APBD",
        "catatan": "",
        "pagu_maju": "16.552.200",
        "pagu_maju_int": 16552200,
        "belanja": {
            "operasi": ("14.601.160", "16.552.200"),
            "pegawai": ("-", "-"),
            "barang_jasa": ("14.601.160", "16.552.200"),
            "modal": ("-", "-"),
        },
        "page_break_before": False,
    },
    {
        "kode": "5030120609",
        "level": "sub_kegiatan",
        "nama": "Penyelenggaraan Rapat Koordinasi dan Konsultasi SKPD",
        "nama_lines": ["Penyelenggaraan Rapat Koordinasi dan Konsultasi SKPD"],
        "indikators": [
            {
                "indikator": "Jumlah Laporan Penyelenggaraan Rapat Koordinasi dan Konsultasi SKPD",
                "indikator_lines": ["Jumlah Laporan Penyelenggaraan Rapat Koordinasi dan Konsultasi SKPD"],
                "target": "300 lap",
                "target_maju": "300 lap",
            },
        ],
        "lokasi": "Pas",
        "pagu": "308.800.500",
        "pagu_int": 308800500,
        "sumber_dana": "APBD",
        "catatan": "",
        "pagu_maju": "358.800.500",
        "pagu_maju_int": 358800500,
        "belanja": {
            "operasi": ("308.800.500", "358.800.500"),
            "pegawai": ("-", "-"),
            "barang_jasa": ("308.800.500", "358.800.500"),
            "modal": ("-", "-"),
        },
        "page_break_before": False,
    },
    {
        "kode": "50301207",
        "level": "kegiatan",
        "nama": "Pengadaan Barang Milik Daerah Penunjang Urusan Pemerintah Daerah",
        "nama_lines": ["Pengadaan Barang Milik Daerah Penunjang Urusan Pemerintah Daerah"],
        "indikators": [
            {
                "indikator": "Persentase pengadaan BMD yang terealisasi",
                "indikator_lines": ["Persentase pengadaan BMD yang terealisasi"],
                "target": "60%",
                "target_maju": "60%",
            },
        ],
        "lokasi": "Pas",
        "pagu": "927.953.870",
        "pagu_int": 927953870,
        "sumber_dana": "APBD",
        "catatan": "",
        "pagu_maju": "937.953.870",
        "pagu_maju_int": 937953870,
        "belanja": {
            "operasi": ("-", "-"),
            "pegawai": ("-", "-"),
            "barang_jasa": ("-", "-"),
            "modal": ("927.953.870", "937.953.870"),
        },
        "page_break_before": False,
    },
    {
        "kode": "5030120701",
        "level": "sub_kegiatan",
        "nama": "Pengadaan Kendaraan Perorangan Dinas atau Kendaraan Dinas Jabatan",
        "nama_lines": ["Pengadaan Kendaraan Perorangan Dinas atau Kendaraan Dinas Jabatan"],
        "indikators": [
            {
                "indikator": (
                    "Jumlah Unit Kendaraan Perorangan Dinas atau Kendaraan Dinas Jabatan yang Disediakan"
                ),
                "indikator_lines": [
                    "Jumlah Unit Kendaraan Perorangan Dinas atau Kendaraan Dinas Jabatan yang Disediakan",
                ],
                "target": "1 unit",
                "target_maju": "1 unit",
            },
        ],
        "lokasi": "Pas",
        "pagu": "596.000.000",
        "pagu_int": 596000000,
        "sumber_dana": "APBD",
        "catatan": "",
        "pagu_maju": "596.000.000",
        "pagu_maju_int": 596000000,
        "belanja": {
            "operasi": ("-", "-"),
            "pegawai": ("-", "-"),
            "barang_jasa": ("-", "-"),
            "modal": ("596.000.000", "596.000.000"),
        },
        "page_break_before": False,
    },
    {
        "kode": "5030120705",
        "level": "sub_kegiatan",
        "nama": "Pengadaan Mebel",
        "nama_lines": ["Pengadaan Mebel"],
        "indikators": [
            {
                "indikator": "Jumlah Paket Mebel yang Disediakan",
                "indikator_lines": ["Jumlah Paket Mebel yang Disediakan"],
                "target": "2 paket",
                "target_maju": "2 paket",
            },
        ],
        "lokasi": "Pas",
        "pagu": "126.003.870",
        "pagu_int": 126003870,
        "sumber_dana": "APBD",
        "catatan": "",
        "pagu_maju": "126.003.870",
        "pagu_maju_int": 126003870,
        "belanja": {
            "operasi": ("-", "-"),
            "pegawai": ("-", "-"),
            "barang_jasa": ("-", "-"),
            "modal": ("126.003.870", "126.003.870"),
        },
        "page_break_before": False,
    },
    {
        "kode": "5030120706",
        "level": "sub_kegiatan",
        "nama": "Pengadaan Peralatan dan Mesin Lainnya",
        "nama_lines": ["Pengadaan Peralatan dan Mesin Lainnya"],
        "indikators": [
            {
                "indikator": "Jumlah Unit Peralatan dan Mesin Lainnya yang Disediakan",
                "indikator_lines": ["Jumlah Unit Peralatan dan Mesin Lainnya yang Disediakan"],
                "target": "26 unit",
                "target_maju": "27 unit",
            },
        ],
        "lokasi": "Pas",
        "pagu": "205.950.000",
        "pagu_int": 205950000,
        "sumber_dana": "APBD",
        "catatan": "",
        "pagu_maju": "215.950.000",
        "pagu_maju_int": 215950000,
        "belanja": {
            "operasi": ("-", "-"),
            "pegawai": ("-", "-"),
            "barang_jasa": ("-", "-"),
            "modal": ("205.950.000", "215.950.000"),
        },
        "page_break_before": False,
    },
    # Page break between 'Belanja pegawai' and 'Belanja barang dan jasa'.
    {
        "kode": "50301208",
        "level": "kegiatan",
        "nama": "Penyediaan Jasa Penunjang Urusan Pemerintahan Daerah",
        "nama_lines": ["Penyediaan Jasa Penunjang Urusan Pemerintahan Daerah"],
        "indikators": [
            {
                "indikator": "Persentase jasa penunjang operasional kantor yang tersedia",
                "indikator_lines": ["Persentase jasa penunjang operasional kantor yang tersedia"],
                "target": "90%",
                "target_maju": "90%",
            },
        ],
        "lokasi": "Pas",
        "pagu": "342.763.000",
        "pagu_int": 342763000,
        "sumber_dana": "APBD",
        "catatan": "",
        "pagu_maju": "452.763.000",
        "pagu_maju_int": 452763000,
        "belanja": {
            "operasi": ("342.763.000", "452.763.000"),
            "pegawai": ("-", "-"),
            "barang_jasa": ("342.763.000", "452.763.000"),
            "modal": ("-", "-"),
        },
        "page_break_before": True,
        "page_break_before_belanja": "barang_jasa",
    },
    {
        "kode": "5030120802",
        "level": "sub_kegiatan",
        "nama": "Penyediaan Jasa Komunikasi, Sumber Daya Air dan Listrik",
        "nama_lines": ["Penyediaan Jasa Komunikasi, Sumber Daya Air dan Listrik"],
        "indikators": [
            {
                "indikator": (
                    "Jumlah Laporan Penyediaan Jasa Komunikasi, Sumber Daya Air dan Listrik yang Disediakan"
                ),
                "indikator_lines": [
                    (
                        "Jumlah Laporan Penyediaan Jasa Komunikasi, Sumber Daya Air dan Listrik yang"
                        " Disediakan"
                    ),
                ],
                "target": "36 lap",
                "target_maju": "36 lap",
            },
        ],
        "lokasi": "Pas",
        "pagu": "238.215.000",
        "pagu_int": 238215000,
        "sumber_dana": "APBD",
        "catatan": "",
        "pagu_maju": "338.215.000",
        "pagu_maju_int": 338215000,
        "belanja": {
            "operasi": ("238.215.000", "338.215.000"),
            "pegawai": ("-", "-"),
            "barang_jasa": ("238.215.000", "338.215.000"),
            "modal": ("-", "-"),
        },
        "page_break_before": False,
    },
    {
        "kode": "5030120803",
        "level": "sub_kegiatan",
        "nama": "Penyediaan Jasa Peralatan dan Perlengkapan Kantor",
        "nama_lines": ["Penyediaan Jasa Peralatan dan Perlengkapan Kantor"],
        "indikators": [
            {
                "indikator": (
                    "Jumlah Laporan Penyediaan Jasa Peralatan dan Perlengkapan Kantor yang Disediakan"
                ),
                "indikator_lines": [
                    "Jumlah Laporan Penyediaan Jasa Peralatan dan Perlengkapan Kantor yang Disediakan",
                ],
                "target": "6 lap",
                "target_maju": "6 lap",
            },
        ],
        "lokasi": "Pas",
        "pagu": "104.548.000",
        "pagu_int": 104548000,
        "sumber_dana": "APBD",
        "catatan": "",
        "pagu_maju": "114.548.000",
        "pagu_maju_int": 114548000,
        "belanja": {
            "operasi": ("104.548.000", "114.548.000"),
            "pegawai": ("-", "-"),
            "barang_jasa": ("104.548.000", "114.548.000"),
            "modal": ("-", "-"),
        },
        "page_break_before": False,
    },
    {
        "kode": "50301209",
        "level": "kegiatan",
        "nama": "Pemeliharaan Barang Milik Daerah Penunjang Urusan Pemerintahan Daerah",
        "nama_lines": ["Pemeliharaan Barang Milik Daerah Penunjang Urusan Pemerintahan Daerah"],
        "indikators": [
            {
                "indikator": "Persentase BMD kondisi baik",
                "indikator_lines": ["Persentase BMD kondisi baik"],
                "target": "80%",
                "target_maju": "80%",
            },
        ],
        "lokasi": "Pas",
        "pagu": "632.180.000",
        "pagu_int": 632180000,
        "sumber_dana": "APBD",
        "catatan": "",
        "pagu_maju": "832.180.000",
        "pagu_maju_int": 832180000,
        "belanja": {
            "operasi": ("632.180.000", "832.180.000"),
            "pegawai": ("-", "-"),
            "barang_jasa": ("632.180.000", "832.180.000"),
            "modal": ("-", "-"),
        },
        "page_break_before": False,
    },
    # Name as printed here; Tabel 2.1/2.3 print the 2023 nomenclature name '... Pajak, dan Perizinan
    # Kendaraan Dinas Operasional atau Lapangan'.
    {
        "kode": "5030120901",
        "level": "sub_kegiatan",
        "nama": (
            "Penyediaan Jasa Pemeliharaan, Biaya Pemeliharaan dan Pajak Kendaraan Perorangan Dinas atau"
            " Kendaraan Dinas Jabatan"
        ),
        "nama_lines": [
            (
                "Penyediaan Jasa Pemeliharaan, Biaya Pemeliharaan dan Pajak Kendaraan Perorangan Dinas atau"
                " Kendaraan Dinas Jabatan"
            ),
        ],
        "indikators": [
            {
                "indikator": (
                    "Jumlah Kendaraan Perorangan Dinas atau Kendaraan Dinas Jabatan yang Dipelihara dan"
                    " dibayarkan Pajaknya"
                ),
                "indikator_lines": [
                    (
                        "Jumlah Kendaraan Perorangan Dinas atau Kendaraan Dinas Jabatan yang Dipelihara dan"
                        " dibayarkan Pajaknya"
                    ),
                ],
                "target": "33 unit",
                "target_maju": "33 unit",
            },
        ],
        "lokasi": "Pas",
        "pagu": "295.345.000",
        "pagu_int": 295345000,
        "sumber_dana": "APBD",
        "catatan": "",
        "pagu_maju": "395.345.000",
        "pagu_maju_int": 395345000,
        "belanja": {
            "operasi": ("295.345.000", "395.345.000"),
            "pegawai": ("-", "-"),
            "barang_jasa": ("295.345.000", "395.345.000"),
            "modal": ("-", "-"),
        },
        "page_break_before": False,
    },
    {
        "kode": "5030120906",
        "level": "sub_kegiatan",
        "nama": "Pemeliharaan Peralatan dan Mesin Lainnya",
        "nama_lines": ["Pemeliharaan Peralatan dan Mesin Lainnya"],
        "indikators": [
            {
                "indikator": "Jumlah Peralatan dan Mesin Lainnya yang Dipelihara",
                "indikator_lines": ["Jumlah Peralatan dan Mesin Lainnya yang Dipelihara"],
                "target": "174 unit",
                "target_maju": "174 unit",
            },
        ],
        "lokasi": "Pas",
        "pagu": "150.595.000",
        "pagu_int": 150595000,
        "sumber_dana": "APBD",
        "catatan": "",
        "pagu_maju": "250.595.000",
        "pagu_maju_int": 250595000,
        "belanja": {
            "operasi": ("150.595.000", "250.595.000"),
            "pegawai": ("-", "-"),
            "barang_jasa": ("150.595.000", "250.595.000"),
            "modal": ("-", "-"),
        },
        "page_break_before": False,
    },
    # Published as printed: target n '174 unit' (copied from the row above) but n+1 '1 unit'; Tabel 2.3 has
    # '1 unit'.  Not corrected (not one of the three listed fixes).
    {
        "kode": "5030120909",
        "level": "sub_kegiatan",
        "nama": "Pemeliharaan/Rehabilitasi Gedung Kantor dan Bangunan Lainnya",
        "nama_lines": ["Pemeliharaan/Rehabilitasi Gedung Kantor dan Bangunan Lainnya"],
        "indikators": [
            {
                "indikator": "Jumlah Gedung Kantor dan Bangunan Lainnya yang Dipelihara/Direhabilitasi",
                "indikator_lines": [
                    "Jumlah Gedung Kantor dan Bangunan Lainnya yang Dipelihara/Direhabilitasi",
                ],
                "target": "174 unit",
                "target_maju": "1 unit",
            },
        ],
        "lokasi": "Pas",
        "pagu": "186.240.000",
        "pagu_int": 186240000,
        "sumber_dana": "APBD",
        "catatan": "",
        "pagu_maju": "186.240.000",
        "pagu_maju_int": 186240000,
        "belanja": {
            "operasi": ("186.240.000", "186.240.000"),
            "pegawai": ("-", "-"),
            "barang_jasa": ("186.240.000", "186.240.000"),
            "modal": ("-", "-"),
        },
        "page_break_before": False,
    },
    # Program targets are index values ('234', '240,5').
    {
        "kode": "50302",
        "level": "program",
        "nama": "PROGRAM KEPEGAWAIAN DAERAH",
        "nama_lines": ["PROGRAM KEPEGAWAIAN DAERAH"],
        "indikators": [
            {
                "indikator": "Nilai aspek kinerja dan penempatan ASN sesuai formasi dan jabatan",
                "indikator_lines": ["Nilai aspek kinerja dan penempatan ASN sesuai formasi dan jabatan"],
                "target": "234",
                "target_maju": "240,5",
            },
        ],
        "lokasi": "Pas",
        "pagu": "6.921.275.188",
        "pagu_int": 6921275188,
        "sumber_dana": "APBD",
        "catatan": "",
        "pagu_maju": "7.143.421.000",
        "pagu_maju_int": 7143421000,
        "belanja": {
            "operasi": ("6.921.275.188", "7.143.421.000"),
            "pegawai": ("-", "-"),
            "barang_jasa": ("6.921.275.188", "7.143.421.000"),
            "modal": ("-", "-"),
        },
        "page_break_before": False,
    },
    # Three indicators.  Name and first indicator wrap over the page break ('Pengadaan, Pemberhentian' /
    # 'dan Informasi Kepegawaian ASN', 'Nilai perencanaan' / 'kebutuhan pegawai'); indicators 2 and 3 (with
    # their n and n+1 targets) are printed on the Belanja pegawai and Belanja barang dan jasa rows.
    {
        "kode": "50302201",
        "level": "kegiatan",
        "nama": "Pengadaan, Pemberhentian dan Informasi Kepegawaian ASN",
        "nama_lines": ["Pengadaan, Pemberhentian", "dan Informasi Kepegawaian ASN"],
        "indikators": [
            {
                "indikator": "Nilai perencanaan kebutuhan pegawai",
                "indikator_lines": ["Nilai perencanaan", "kebutuhan pegawai"],
                "target": "36,5",
                "target_maju": "37,5",
            },
            {
                "indikator": "Nilai pengadaan ASN",
                "indikator_lines": ["Nilai pengadaan ASN"],
                "target": "39",
                "target_maju": "39,5",
            },
            {
                "indikator": "Nilai sistem informasi pegawai",
                "indikator_lines": ["Nilai sistem informasi pegawai"],
                "target": "12",
                "target_maju": "13",
            },
        ],
        "lokasi": "Pas",
        "pagu": "1.802.940.203",
        "pagu_int": 1802940203,
        "sumber_dana": "APBD",
        "catatan": "",
        "pagu_maju": "1.891.341.000",
        "pagu_maju_int": 1891341000,
        "belanja": {
            "operasi": ("1.802.940.203", "1.891.341.000"),
            "pegawai": ("-", "-"),
            "barang_jasa": ("1.802.940.203", "1.891.341.000"),
            "modal": ("-", "-"),
        },
        "page_break_before": True,
        "page_break_before_belanja": "operasi",
    },
    # PUBLISHED DEFECT: prakiraan maju target printed 'Idok' (typo for '1 dok').  renja_2024_corrected(): '1
    # dok'.
    {
        "kode": "5030220102",
        "level": "sub_kegiatan",
        "nama": "Penyusunan Rencana Kebutuhan, Jenis dan Jumlah Jabatan untuk Pelaksanaan Pengadaan ASN",
        "nama_lines": [
            "Penyusunan Rencana Kebutuhan, Jenis dan Jumlah Jabatan untuk Pelaksanaan Pengadaan ASN",
        ],
        "indikators": [
            {
                "indikator": (
                    "Jumlah Dokumen Hasil Penyusunan Rencana Kebutuhan, Jenis dan Jumlah Jabatan untuk"
                    " Pelaksanaan Pengadaan ASN"
                ),
                "indikator_lines": [
                    (
                        "Jumlah Dokumen Hasil Penyusunan Rencana Kebutuhan, Jenis dan Jumlah Jabatan untuk"
                        " Pelaksanaan Pengadaan ASN"
                    ),
                ],
                "target": "1 dok",
                "target_maju": "Idok",
            },
        ],
        "lokasi": "Pas",
        "pagu": "38.109.000",
        "pagu_int": 38109000,
        "sumber_dana": "APBD",
        "catatan": "",
        "pagu_maju": "43.436.000",
        "pagu_maju_int": 43436000,
        "belanja": {
            "operasi": ("38.109.000", "43.436.000"),
            "pegawai": ("-", "-"),
            "barang_jasa": ("38.109.000", "43.436.000"),
            "modal": ("-", "-"),
        },
        "page_break_before": False,
    },
    {
        "kode": "5030220103",
        "level": "sub_kegiatan",
        "nama": "Koordinasi dan Fasilitasi Pengadaan PNS dan PPPK",
        "nama_lines": ["Koordinasi dan Fasilitasi Pengadaan PNS dan PPPK"],
        "indikators": [
            {
                "indikator": "Jumlah Dokumen Kegiatan Koordinasi dan Fasilitasi Pengadaan PNS dan PPPK",
                "indikator_lines": [
                    "Jumlah Dokumen Kegiatan Koordinasi dan Fasilitasi Pengadaan PNS dan PPPK",
                ],
                "target": "1 dok",
                "target_maju": "1 dok",
            },
        ],
        "lokasi": "Pas",
        "pagu": "1.307.901.203",
        "pagu_int": 1307901203,
        "sumber_dana": "APBD",
        "catatan": "",
        "pagu_maju": "1.378.120.000",
        "pagu_maju_int": 1378120000,
        "belanja": {
            "operasi": ("1.307.901.203", "1.378.120.000"),
            "pegawai": ("-", "-"),
            "barang_jasa": ("1.307.901.203", "1.378.120.000"),
            "modal": ("-", "-"),
        },
        "page_break_before": False,
    },
    {
        "kode": "5030220106",
        "level": "sub_kegiatan",
        "nama": "Koordinasi Pelaksanaan Administrasi Pemberhentian",
        "nama_lines": ["Koordinasi Pelaksanaan Administrasi Pemberhentian"],
        "indikators": [
            {
                "indikator": (
                    "Jumlah Dokumen Hasil kegiatan Koordinasi Pelaksanaan Administrasi Pemberhentian"
                ),
                "indikator_lines": [
                    "Jumlah Dokumen Hasil kegiatan Koordinasi Pelaksanaan Administrasi Pemberhentian",
                ],
                "target": "496 dok",
                "target_maju": "490 dok",
            },
        ],
        "lokasi": "Pas",
        "pagu": "94.025.000",
        "pagu_int": 94025000,
        "sumber_dana": "APBD",
        "catatan": "",
        "pagu_maju": "96.880.000",
        "pagu_maju_int": 96880000,
        "belanja": {
            "operasi": ("94.025.000", "96.880.000"),
            "pegawai": ("-", "-"),
            "barang_jasa": ("94.025.000", "96.880.000"),
            "modal": ("-", "-"),
        },
        "page_break_before": False,
    },
    {
        "kode": "5030220108",
        "level": "sub_kegiatan",
        "nama": "Fasilitasi Lembaga Profesi ASN",
        "nama_lines": ["Fasilitasi Lembaga Profesi ASN"],
        "indikators": [
            {
                "indikator": "Jumlah Lembaga Profesi ASN yang Difasilitasi",
                "indikator_lines": ["Jumlah Lembaga Profesi ASN yang Difasilitasi"],
                "target": "6 lbg",
                "target_maju": "6 lbg",
            },
        ],
        "lokasi": "Pas",
        "pagu": "96.565.000",
        "pagu_int": 96565000,
        "sumber_dana": "APBD",
        "catatan": "",
        "pagu_maju": "96.565.000",
        "pagu_maju_int": 96565000,
        "belanja": {
            "operasi": ("96.565.000", "96.565.000"),
            "pegawai": ("-", "-"),
            "barang_jasa": ("96.565.000", "96.565.000"),
            "modal": ("-", "-"),
        },
        "page_break_before": False,
    },
    {
        "kode": "5030220110",
        "level": "sub_kegiatan",
        "nama": "Pengelolaan Sistem Informasi Kepegawaian",
        "nama_lines": ["Pengelolaan Sistem Informasi Kepegawaian"],
        "indikators": [
            {
                "indikator": "Jumlah Dokumen Hasil Pengelolaan Sistem Informasi Kepegawaian",
                "indikator_lines": ["Jumlah Dokumen Hasil Pengelolaan Sistem Informasi Kepegawaian"],
                "target": "2 dok",
                "target_maju": "2 dok",
            },
        ],
        "lokasi": "Pas",
        "pagu": "180.000.000",
        "pagu_int": 180000000,
        "sumber_dana": "APBD",
        "catatan": "",
        "pagu_maju": "180.000.000",
        "pagu_maju_int": 180000000,
        "belanja": {
            "operasi": ("180.000.000", "180.000.000"),
            "pegawai": ("-", "-"),
            "barang_jasa": ("180.000.000", "180.000.000"),
            "modal": ("-", "-"),
        },
        "page_break_before": False,
    },
    {
        "kode": "5030220111",
        "level": "sub_kegiatan",
        "nama": "Pengelolaan Data Kepegawaian",
        "nama_lines": ["Pengelolaan Data Kepegawaian"],
        "indikators": [
            {
                "indikator": "Jumlah Dokumen Hasil Pengelolaan Data Kepegawaian",
                "indikator_lines": ["Jumlah Dokumen Hasil Pengelolaan Data Kepegawaian"],
                "target": "1 dok",
                "target_maju": "1 dok",
            },
        ],
        "lokasi": "Pas",
        "pagu": "86.340.000",
        "pagu_int": 86340000,
        "sumber_dana": "APBD",
        "catatan": "",
        "pagu_maju": "96.340.000",
        "pagu_maju_int": 96340000,
        "belanja": {
            "operasi": ("86.340.000", "96.340.000"),
            "pegawai": ("-", "-"),
            "barang_jasa": ("86.340.000", "96.340.000"),
            "modal": ("-", "-"),
        },
        "page_break_before": False,
    },
    {
        "kode": "50302202",
        "level": "kegiatan",
        "nama": "Mutasi dan Promosi ASN",
        "nama_lines": ["Mutasi dan Promosi ASN"],
        "indikators": [
            {
                "indikator": "Nilai promosi, mutasi dan rotasi pegawai",
                "indikator_lines": ["Nilai promosi, mutasi dan rotasi pegawai"],
                "target": "26,5",
                "target_maju": "27,5",
            },
        ],
        "lokasi": "Pas",
        "pagu": "988.340.000",
        "pagu_int": 988340000,
        "sumber_dana": "APBD",
        "catatan": "",
        "pagu_maju": "1.000.340.000",
        "pagu_maju_int": 1000340000,
        "belanja": {
            "operasi": ("988.340.000", "1.000.340.000"),
            "pegawai": ("-", "-"),
            "barang_jasa": ("988.340.000", "1.000.340.000"),
            "modal": ("-", "-"),
        },
        "page_break_before": True,
        "page_break_before_belanja": "modal",
    },
    {
        "kode": "5030220201",
        "level": "sub_kegiatan",
        "nama": "Pengelolaan Mutasi ASN",
        "nama_lines": ["Pengelolaan Mutasi ASN"],
        "indikators": [
            {
                "indikator": (
                    "Jumlah Dokumen Hasil Pelaksanaan Mutasi Jabatan Pimpinan Tinggi, Jabatan Administrasi,"
                    " Jabatan Pelaksana dan Mutasi ASN antar Daerah"
                ),
                "indikator_lines": [
                    (
                        "Jumlah Dokumen Hasil Pelaksanaan Mutasi Jabatan Pimpinan Tinggi, Jabatan"
                        " Administrasi, Jabatan Pelaksana dan Mutasi ASN antar Daerah"
                    ),
                ],
                "target": "4 dok",
                "target_maju": "4 dok",
            },
        ],
        "lokasi": "Pas",
        "pagu": "396.925.000",
        "pagu_int": 396925000,
        "sumber_dana": "APBD",
        "catatan": "",
        "pagu_maju": "397.925.000",
        "pagu_maju_int": 397925000,
        "belanja": {
            "operasi": ("396.925.000", "397.925.000"),
            "pegawai": ("-", "-"),
            "barang_jasa": ("396.925.000", "397.925.000"),
            "modal": ("-", "-"),
        },
        "page_break_before": False,
    },
    {
        "kode": "5030220202",
        "level": "sub_kegiatan",
        "nama": "Pengelolaan Kenaikan Pangkat ASN",
        "nama_lines": ["Pengelolaan Kenaikan Pangkat ASN"],
        "indikators": [
            {
                "indikator": "Jumlah Pengelolaan Kenaikan Pangkat ASN",
                "indikator_lines": ["Jumlah Pengelolaan Kenaikan Pangkat ASN"],
                "target": "8500 dok",
                "target_maju": "8510 dok",
            },
        ],
        "lokasi": "Pas",
        "pagu": "132.040.000",
        "pagu_int": 132040000,
        "sumber_dana": "APBD",
        "catatan": "",
        "pagu_maju": "133.040.000",
        "pagu_maju_int": 133040000,
        "belanja": {
            "operasi": ("132.040.000", "133.040.000"),
            "pegawai": ("-", "-"),
            "barang_jasa": ("132.040.000", "133.040.000"),
            "modal": ("-", "-"),
        },
        "page_break_before": False,
    },
    {
        "kode": "5030220203",
        "level": "sub_kegiatan",
        "nama": "Pengelolaan Promosi ASN",
        "nama_lines": ["Pengelolaan Promosi ASN"],
        "indikators": [
            {
                "indikator": "Jumlah Dokumen Hasil Pengelolaan Promosi ASN",
                "indikator_lines": ["Jumlah Dokumen Hasil Pengelolaan Promosi ASN"],
                "target": "4 dok",
                "target_maju": "4 dok",
            },
        ],
        "lokasi": "Pas",
        "pagu": "459.375.000",
        "pagu_int": 459375000,
        "sumber_dana": "APBD",
        "catatan": "",
        "pagu_maju": "469.375.000",
        "pagu_maju_int": 469375000,
        "belanja": {
            "operasi": ("459.375.000", "469.375.000"),
            "pegawai": ("-", "-"),
            "barang_jasa": ("459.375.000", "469.375.000"),
            "modal": ("-", "-"),
        },
        "page_break_before": False,
    },
    {
        "kode": "50302203",
        "level": "kegiatan",
        "nama": "Pengembangan Kompetensi ASN",
        "nama_lines": ["Pengembangan Kompetensi ASN"],
        "indikators": [
            {
                "indikator": "Nilai pengembangan kompetensi teknis dan fungsional",
                "indikator_lines": ["Nilai pengembangan kompetensi teknis dan fungsional"],
                "target": "11",
                "target_maju": "12",
            },
        ],
        "lokasi": "Pas",
        "pagu": "2.816.889.985",
        "pagu_int": 2816889985,
        "sumber_dana": "APBD",
        "catatan": "",
        "pagu_maju": "2.934.935.000",
        "pagu_maju_int": 2934935000,
        "belanja": {
            "operasi": ("2.816.889.985", "2.934.935.000"),
            "pegawai": ("-", "-"),
            "barang_jasa": ("2.816.889.985", "2.934.935.000"),
            "modal": ("-", "-"),
        },
        "page_break_before": False,
    },
    # PUBLISHED DEFECT: code 5030220302 is printed for two different sub kegiatan (this one and 'Pengelolaan
    # Assesment Center' below).  renja_2024_corrected(): this first one becomes 5030220301.
    {
        "kode": "5030220302",
        "level": "sub_kegiatan",
        "nama": "Peningkatan Kapasitas Kinerja ASN",
        "nama_lines": ["Peningkatan Kapasitas Kinerja ASN"],
        "indikators": [
            {
                "indikator": "Jumlah ASN yang Meningkatkan Kapasitasnya",
                "indikator_lines": ["Jumlah ASN yang Meningkatkan Kapasitasnya"],
                "target": "140 org",
                "target_maju": "140 org",
            },
        ],
        "lokasi": "Pas",
        "pagu": "610.657.485",
        "pagu_int": 610657485,
        "sumber_dana": "APBD",
        "catatan": "",
        "pagu_maju": "624.740.000",
        "pagu_maju_int": 624740000,
        "belanja": {
            "operasi": ("610.657.485", "624.740.000"),
            "pegawai": ("-", "-"),
            "barang_jasa": ("610.657.485", "624.740.000"),
            "modal": ("-", "-"),
        },
        "page_break_before": False,
    },
    # PUBLISHED DEFECT: second use of 5030220302 (see above); unchanged in the corrected view.
    {
        "kode": "5030220302",
        "level": "sub_kegiatan",
        "nama": "Pengelolaan Assesment Center",
        "nama_lines": ["Pengelolaan Assesment Center"],
        "indikators": [
            {
                "indikator": "Jumlah dokumen pengelolaan assesment center",
                "indikator_lines": ["Jumlah dokumen pengelolaan assesment center"],
                "target": "1 dok",
                "target_maju": "1 dok",
            },
        ],
        "lokasi": "Pas",
        "pagu": "500.000.000",
        "pagu_int": 500000000,
        "sumber_dana": "APBD",
        "catatan": "",
        "pagu_maju": "500.000.000",
        "pagu_maju_int": 500000000,
        "belanja": {
            "operasi": ("500.000.000", "500.000.000"),
            "pegawai": ("-", "-"),
            "barang_jasa": ("500.000.000", "500.000.000"),
            "modal": ("-", "-"),
        },
        "page_break_before": False,
    },
    {
        "kode": "5030220303",
        "level": "sub_kegiatan",
        "nama": "Pengelolaan Administrasi Diklat dan Sertifikasi ASN",
        "nama_lines": ["Pengelolaan Administrasi Diklat dan Sertifikasi ASN"],
        "indikators": [
            {
                "indikator": "Jumlah Dokumen Hasil Pengelolaan Administrasi Diklat dan Sertifikasi ASN",
                "indikator_lines": [
                    "Jumlah Dokumen Hasil Pengelolaan Administrasi Diklat dan Sertifikasi ASN",
                ],
                "target": "12 dok",
                "target_maju": "12 dok",
            },
        ],
        "lokasi": "Pas",
        "pagu": "449.896.500",
        "pagu_int": 449896500,
        "sumber_dana": "APBD",
        "catatan": "",
        "pagu_maju": "533.859.000",
        "pagu_maju_int": 533859000,
        "belanja": {
            "operasi": ("449.896.500", "533.859.000"),
            "pegawai": ("-", "-"),
            "barang_jasa": ("449.896.500", "533.859.000"),
            "modal": ("-", "-"),
        },
        "page_break_before": False,
    },
    # Indicator wraps over the page break: 'Jumlah ASN yang Mendapatkan Pendidikan' / 'Lanjutan' ('Lanjutan'
    # on the Belanja pegawai row after the header).
    {
        "kode": "5030220304",
        "level": "sub_kegiatan",
        "nama": "Pengelolaan Pendidikan Lanjutan ASN",
        "nama_lines": ["Pengelolaan Pendidikan Lanjutan ASN"],
        "indikators": [
            {
                "indikator": "Jumlah ASN yang Mendapatkan Pendidikan Lanjutan",
                "indikator_lines": ["Jumlah ASN yang Mendapatkan Pendidikan", "Lanjutan"],
                "target": "140 org",
                "target_maju": "140 org",
            },
        ],
        "lokasi": "Pas",
        "pagu": "150.000.000",
        "pagu_int": 150000000,
        "sumber_dana": "APBD",
        "catatan": "",
        "pagu_maju": "150.000.000",
        "pagu_maju_int": 150000000,
        "belanja": {
            "operasi": ("150.000.000", "150.000.000"),
            "pegawai": ("-", "-"),
            "barang_jasa": ("150.000.000", "150.000.000"),
            "modal": ("-", "-"),
        },
        "page_break_before": True,
        "page_break_before_belanja": "pegawai",
    },
    {
        "kode": "5030220305",
        "level": "sub_kegiatan",
        "nama": "Koordinasi dan Kerjasama Pelaksanaan Diklat",
        "nama_lines": ["Koordinasi dan Kerjasama Pelaksanaan Diklat"],
        "indikators": [
            {
                "indikator": "Jumlah Dokumen Hasil Koordinasi dan Kerja Sama Pelaksanaan Diklat",
                "indikator_lines": ["Jumlah Dokumen Hasil Koordinasi dan Kerja Sama Pelaksanaan Diklat"],
                "target": "4 dok",
                "target_maju": "4 dok",
            },
        ],
        "lokasi": "Pas",
        "pagu": "953.168.000",
        "pagu_int": 953168000,
        "sumber_dana": "APBD",
        "catatan": "",
        "pagu_maju": "963.168.000",
        "pagu_maju_int": 963168000,
        "belanja": {
            "operasi": ("953.168.000", "963.168.000"),
            "pegawai": ("-", "-"),
            "barang_jasa": ("953.168.000", "963.168.000"),
            "modal": ("-", "-"),
        },
        "page_break_before": False,
    },
    {
        "kode": "5030220306",
        "level": "sub_kegiatan",
        "nama": "Fasilitasi Sertifikasi Jabatan ASN",
        "nama_lines": ["Fasilitasi Sertifikasi Jabatan ASN"],
        "indikators": [
            {
                "indikator": "Jumlah ASN yang Mendapatkan Layanan Fasilitasi Sertifikasi Jabatan",
                "indikator_lines": ["Jumlah ASN yang Mendapatkan Layanan Fasilitasi Sertifikasi Jabatan"],
                "target": "160 org",
                "target_maju": "160 org",
            },
        ],
        "lokasi": "Pas",
        "pagu": "153.168.000",
        "pagu_int": 153168000,
        "sumber_dana": "APBD",
        "catatan": "",
        "pagu_maju": "163.168.000",
        "pagu_maju_int": 163168000,
        "belanja": {
            "operasi": ("153.168.000", "163.168.000"),
            "pegawai": ("-", "-"),
            "barang_jasa": ("153.168.000", "163.168.000"),
            "modal": ("-", "-"),
        },
        "page_break_before": False,
    },
    # Two indicators.  PUBLISHED LAYOUT DEFECT: the second indicator row ('Nilai penghargaan dan disiplin
    # pegawai' 37,5 / 38,5) also prints '1.313.105.000' and '1.316.805.000' in the pagu columns, exactly
    # where the 'Belanja operasi' line would be, and no 'Belanja operasi' label is printed at all.  Kept as
    # printed: belanja['operasi'] is None and the two amounts are kept on indikators[1] as pagu_printed /
    # pagu_maju_printed.  They equal the kegiatan pagu and pegawai + barang dan jasa, so they are most
    # likely the operasi amounts with the label overwritten (or a repeated pagu); a parser must not count
    # them as a second pagu.
    {
        "kode": "50302204",
        "level": "kegiatan",
        "nama": "Penilaian dan Evaluasi Kinerja Aparatur",
        "nama_lines": ["Penilaian dan Evaluasi Kinerja Aparatur"],
        "indikators": [
            {
                "indikator": "Nilai manajemen kinerja pegawai",
                "indikator_lines": ["Nilai manajemen kinerja pegawai"],
                "target": "71,5",
                "target_maju": "72,5",
            },
            {
                "indikator": "Nilai penghargaan dan disiplin pegawai",
                "indikator_lines": ["Nilai penghargaan dan disiplin pegawai"],
                "target": "37,5",
                "target_maju": "38,5",
                "pagu_printed": "1.313.105.000",
                "pagu_maju_printed": "1.316.805.000",
            },
        ],
        "lokasi": "Pas",
        "pagu": "1.313.105.000",
        "pagu_int": 1313105000,
        "sumber_dana": "APBD",
        "catatan": "",
        "pagu_maju": "1.316.805.000",
        "pagu_maju_int": 1316805000,
        "belanja": {
            "operasi": None,
            "pegawai": ("-", "-"),
            "barang_jasa": ("1.313.105.000", "1.316.805.000"),
            "modal": ("-", "-"),
        },
        "page_break_before": False,
    },
    {
        "kode": "5030220401",
        "level": "sub_kegiatan",
        "nama": "Penyusunan Kebijakan Penilaian dan Evaluasi Kinerja Aparatur",
        "nama_lines": ["Penyusunan Kebijakan Penilaian dan Evaluasi Kinerja Aparatur"],
        "indikators": [
            {
                "indikator": (
                    "Jumlah Dokumen Hasil Penyusunan Kebijakan Penilaian dan Evaluasi Kinerja Aparatur"
                ),
                "indikator_lines": [
                    "Jumlah Dokumen Hasil Penyusunan Kebijakan Penilaian dan Evaluasi Kinerja Aparatur",
                ],
                "target": "1 dok",
                "target_maju": "1 dok",
            },
        ],
        "lokasi": "Pas",
        "pagu": "50.000.000",
        "pagu_int": 50000000,
        "sumber_dana": "APBD",
        "catatan": "",
        "pagu_maju": "50.000.000",
        "pagu_maju_int": 50000000,
        "belanja": {
            "operasi": ("50.000.000", "50.000.000"),
            "pegawai": ("-", "-"),
            "barang_jasa": ("50.000.000", "50.000.000"),
            "modal": ("-", "-"),
        },
        "page_break_before": False,
    },
    {
        "kode": "5030220402",
        "level": "sub_kegiatan",
        "nama": "Pelaksanaan Penilaian dan Evaluasi Kinerja Aparatur",
        "nama_lines": ["Pelaksanaan Penilaian dan Evaluasi Kinerja Aparatur"],
        "indikators": [
            {
                "indikator": "Jumlah Dokumen Hasil Pelaksanaan Penilaian dan Evaluasi Kinerja Aparatur",
                "indikator_lines": [
                    "Jumlah Dokumen Hasil Pelaksanaan Penilaian dan Evaluasi Kinerja Aparatur",
                ],
                "target": "9656 dok",
                "target_maju": "9656 dok",
            },
        ],
        "lokasi": "Pas",
        "pagu": "453.856.000",
        "pagu_int": 453856000,
        "sumber_dana": "APBD",
        "catatan": "",
        "pagu_maju": "455.556.000",
        "pagu_maju_int": 455556000,
        "belanja": {
            "operasi": ("453.856.000", "455.556.000"),
            "pegawai": ("-", "-"),
            "barang_jasa": ("453.856.000", "455.556.000"),
            "modal": ("-", "-"),
        },
        "page_break_before": False,
    },
    {
        "kode": "5030220403",
        "level": "sub_kegiatan",
        "nama": "Evaluasi Hasil Penilaian dan Evaluasi Kinerja Aparatur",
        "nama_lines": ["Evaluasi Hasil Penilaian dan Evaluasi Kinerja Aparatur"],
        "indikators": [
            {
                "indikator": "Jumlah Dokumen Hasil Evaluasi Hasil Penilaian dan Evaluasi Kinerja Aparatur",
                "indikator_lines": [
                    "Jumlah Dokumen Hasil Evaluasi Hasil Penilaian dan Evaluasi Kinerja Aparatur",
                ],
                "target": "9656 lap",
                "target_maju": "9656 lap",
            },
        ],
        "lokasi": "Pas",
        "pagu": "253.856.000",
        "pagu_int": 253856000,
        "sumber_dana": "APBD",
        "catatan": "",
        "pagu_maju": "255.856.000",
        "pagu_maju_int": 255856000,
        "belanja": {
            "operasi": ("253.856.000", "255.856.000"),
            "pegawai": ("-", "-"),
            "barang_jasa": ("253.856.000", "255.856.000"),
            "modal": ("-", "-"),
        },
        "page_break_before": False,
    },
    {
        "kode": "5030220404",
        "level": "sub_kegiatan",
        "nama": "Pengelolaan Pemberian Penghargaan Bagi Pegawai",
        "nama_lines": ["Pengelolaan Pemberian Penghargaan Bagi Pegawai"],
        "indikators": [
            {
                "indikator": "Jumlah ASN yang Diberikan Penghargaan",
                "indikator_lines": ["Jumlah ASN yang Diberikan Penghargaan"],
                "target": "300 org",
                "target_maju": "300 org",
            },
        ],
        "lokasi": "Pas",
        "pagu": "321.115.000",
        "pagu_int": 321115000,
        "sumber_dana": "APBD",
        "catatan": "",
        "pagu_maju": "321.115.000",
        "pagu_maju_int": 321115000,
        "belanja": {
            "operasi": ("321.115.000", "321.115.000"),
            "pegawai": ("-", "-"),
            "barang_jasa": ("321.115.000", "321.115.000"),
            "modal": ("-", "-"),
        },
        "page_break_before": False,
    },
    # Printed right after a repeated page header.
    {
        "kode": "5030220405",
        "level": "sub_kegiatan",
        "nama": "Pembinaan Disiplin ASN",
        "nama_lines": ["Pembinaan Disiplin ASN"],
        "indikators": [
            {
                "indikator": "Jumlah ASN yang Mendapatkan Pembinaan Kedisiplinan",
                "indikator_lines": ["Jumlah ASN yang Mendapatkan Pembinaan Kedisiplinan"],
                "target": "20 org",
                "target_maju": "20 org",
            },
        ],
        "lokasi": "Pas",
        "pagu": "50.000.000",
        "pagu_int": 50000000,
        "sumber_dana": "APBD",
        "catatan": "",
        "pagu_maju": "50.000.000",
        "pagu_maju_int": 50000000,
        "belanja": {
            "operasi": ("50.000.000", "50.000.000"),
            "pegawai": ("-", "-"),
            "barang_jasa": ("50.000.000", "50.000.000"),
            "modal": ("-", "-"),
        },
        "page_break_before": True,
    },
    {
        "kode": "5030220408",
        "level": "sub_kegiatan",
        "nama": "Pengelolaan Penyelesaian Pelanggaran Disiplin ASN",
        "nama_lines": ["Pengelolaan Penyelesaian Pelanggaran Disiplin ASN"],
        "indikators": [
            {
                "indikator": "Jumlah Laporan Hasil Pengelolaan Penyelesaian Pelanggaran Disiplin ASN",
                "indikator_lines": [
                    "Jumlah Laporan Hasil Pengelolaan Penyelesaian Pelanggaran Disiplin ASN",
                ],
                "target": "2 lap",
                "target_maju": "2 lap",
            },
        ],
        "lokasi": "Pas",
        "pagu": "184.278.000",
        "pagu_int": 184278000,
        "sumber_dana": "APBD",
        "catatan": "",
        "pagu_maju": "184.278.000",
        "pagu_maju_int": 184278000,
        "belanja": {
            "operasi": ("184.278.000", "184.278.000"),
            "pegawai": ("-", "-"),
            "barang_jasa": ("184.278.000", "184.278.000"),
            "modal": ("-", "-"),
        },
        "page_break_before": False,
    },
    # Program of bidang 5.04 (pendidikan dan pelatihan) printed under the '503' row: no '504' row is
    # printed.
    {
        "kode": "50402",
        "level": "program",
        "nama": "PROGRAM PENGEMBANGAN SUMBER DAYA MANUSIA",
        "nama_lines": ["PROGRAM PENGEMBANGAN SUMBER DAYA MANUSIA"],
        "indikators": [
            {
                "indikator": "Nilai aspek pengembangan karier dan peningkatan kompetensi pegawai",
                "indikator_lines": ["Nilai aspek pengembangan karier dan peningkatan kompetensi pegawai"],
                "target": "71,5",
                "target_maju": "72,5",
            },
        ],
        "lokasi": "Pas",
        "pagu": "3.880.167.200",
        "pagu_int": 3880167200,
        "sumber_dana": "APBD",
        "catatan": "",
        "pagu_maju": "3.902.235.920",
        "pagu_maju_int": 3902235920,
        "belanja": {
            "operasi": ("3.880.167.200", "3.902.235.920"),
            "pegawai": ("-", "-"),
            "barang_jasa": ("3.880.167.200", "3.902.235.920"),
            "modal": ("-", "-"),
        },
        "page_break_before": False,
    },
    {
        "kode": "50402202",
        "level": "kegiatan",
        "nama": "Sertifikasi, Kelembagaan, Pengembangan Kompetensi Manajerial dan Fungsional",
        "nama_lines": ["Sertifikasi, Kelembagaan, Pengembangan Kompetensi Manajerial dan Fungsional"],
        "indikators": [
            {
                "indikator": "Nilai peningkatan kompetensi manajerial",
                "indikator_lines": ["Nilai peningkatan kompetensi manajerial"],
                "target": "9",
                "target_maju": "10",
            },
        ],
        "lokasi": "Pas",
        "pagu": "3.880.167.200",
        "pagu_int": 3880167200,
        "sumber_dana": "APBD",
        "catatan": "",
        "pagu_maju": "3.902.235.920",
        "pagu_maju_int": 3902235920,
        "belanja": {
            "operasi": ("3.880.167.200", "3.902.235.920"),
            "pegawai": ("-", "-"),
            "barang_jasa": ("3.880.167.200", "3.902.235.920"),
            "modal": ("-", "-"),
        },
        "page_break_before": False,
    },
    {
        "kode": "5040220206",
        "level": "sub_kegiatan",
        "nama": "Pelaksanaan Sertifikasi Kompetensi di Lingkungan Pemerintah Kabupaten/Kota",
        "nama_lines": ["Pelaksanaan Sertifikasi Kompetensi di Lingkungan Pemerintah Kabupaten/Kota"],
        "indikators": [
            {
                "indikator": "Jumlah ASN yang Tersertifikasi Lingkup Kabupaten/Kota",
                "indikator_lines": ["Jumlah ASN yang Tersertifikasi Lingkup Kabupaten/Kota"],
                "target": "40 org",
                "target_maju": "40 org",
            },
        ],
        "lokasi": "Pas",
        "pagu": "350.000.000",
        "pagu_int": 350000000,
        "sumber_dana": "APBD",
        "catatan": "",
        "pagu_maju": "350.000.000",
        "pagu_maju_int": 350000000,
        "belanja": {
            "operasi": ("350.000.000", "350.000.000"),
            "pegawai": ("-", "-"),
            "barang_jasa": ("350.000.000", "350.000.000"),
            "modal": ("-", "-"),
        },
        "page_break_before": False,
    },
    # Indicator printed truncated, ending 'Jabatan Fungsional,' (Tabel 2.3 has '..., Jabatan Fungsional,
    # Kepemimpinan, dan Prajabatan'); kept as printed.
    {
        "kode": "5040220207",
        "level": "sub_kegiatan",
        "nama": (
            "Penyelenggaraan Pengembangan Kompetensi bagi Pimpinan Daerah, Jabatan Pimpinan Tinggi, Jabatan"
            " Fungsional, Kepemimpinan, dan Prajabatan"
        ),
        "nama_lines": [
            (
                "Penyelenggaraan Pengembangan Kompetensi bagi Pimpinan Daerah, Jabatan Pimpinan Tinggi,"
                " Jabatan Fungsional, Kepemimpinan, dan Prajabatan"
            ),
        ],
        "indikators": [
            {
                "indikator": (
                    "Jumlah Laporan Hasil Penyelenggaraan Pengembangan Kompetensi bagi Pimpinan Daerah,"
                    " Jabatan Pimpinan Tinggi, Jabatan Fungsional,"
                ),
                "indikator_lines": [
                    (
                        "Jumlah Laporan Hasil Penyelenggaraan Pengembangan Kompetensi bagi Pimpinan Daerah,"
                        " Jabatan Pimpinan Tinggi, Jabatan Fungsional,"
                    ),
                ],
                "target": "2 lap",
                "target_maju": "2 lap",
            },
        ],
        "lokasi": "Pas",
        "pagu": "612.410.000",
        "pagu_int": 612410000,
        "sumber_dana": "APBD",
        "catatan": "",
        "pagu_maju": "626.345.920",
        "pagu_maju_int": 626345920,
        "belanja": {
            "operasi": ("612.410.000", "626.345.920"),
            "pegawai": ("-", "-"),
            "barang_jasa": ("612.410.000", "626.345.920"),
            "modal": ("-", "-"),
        },
        "page_break_before": False,
    },
    # Name and indicator split over the page break; the continuation lines are printed on the Belanja modal
    # row after the header.  The name repeats 'Pengelolaan Kelembagaan' at the end of line 1 and the start
    # of line 2 (text of the line cut by the page boundary appears on both pages); the indicator's comma
    # after 'Sertifikasi' is lost at the break.  nama / indikator are the verbatim joins of the printed
    # lines (duplication kept).  The name also carries the junk tail 'Prajabatan Tinggi, Jabatan Fungsional,
    # Kepemimpinan dan Prajabatan' as everywhere in this document.
    {
        "kode": "5040220208",
        "level": "sub_kegiatan",
        "nama": (
            "Pembinaan, Pengoordinasian, Fasilitasi, Pemantauan, Evaluasi, dan Pelaporan Pelaksanaan"
            " Sertifikasi, Pengelolaan Kelembagaan Pengelolaan Kelembagaan dan Tenaga Pengembang"
            " Kompetensi, Pengelolaan Sumber Belajar, dan Kerjasama, serta Pengembangan Kompetensi Pimpinan"
            " Daerah, Jabatan Pimpinan Tinggi, Kepemimpinan, dan Prajabatan Tinggi, Jabatan Fungsional,"
            " Kepemimpinan dan Prajabatan"
        ),
        "nama_lines": [
            (
                "Pembinaan, Pengoordinasian, Fasilitasi, Pemantauan, Evaluasi, dan Pelaporan Pelaksanaan"
                " Sertifikasi, Pengelolaan Kelembagaan"
            ),
            (
                "Pengelolaan Kelembagaan dan Tenaga Pengembang Kompetensi, Pengelolaan Sumber Belajar, dan"
                " Kerjasama, serta Pengembangan Kompetensi Pimpinan Daerah, Jabatan Pimpinan Tinggi,"
                " Kepemimpinan, dan Prajabatan Tinggi, Jabatan Fungsional, Kepemimpinan dan Prajabatan"
            ),
        ],
        "indikators": [
            {
                "indikator": (
                    "Jumlah Dokumen Hasil Pembinaan, Koordinasi, Fasilitasi, Pemantauan, Evaluasi, dan"
                    " Pelaporan Pelaksanaan Sertifikasi Pengelolaan Kelembagaan dan Tenaga Pengembang"
                    " Kompetensi, Pengelolaan Sumber Belajar, dan Kerja Sama"
                ),
                "indikator_lines": [
                    (
                        "Jumlah Dokumen Hasil Pembinaan, Koordinasi, Fasilitasi, Pemantauan, Evaluasi, dan"
                        " Pelaporan Pelaksanaan Sertifikasi"
                    ),
                    (
                        "Pengelolaan Kelembagaan dan Tenaga Pengembang Kompetensi, Pengelolaan Sumber"
                        " Belajar, dan Kerja Sama"
                    ),
                ],
                "target": "2 dok",
                "target_maju": "2 dok",
            },
        ],
        "lokasi": "Pas",
        "pagu": "2.917.757.200",
        "pagu_int": 2917757200,
        "sumber_dana": "APBD",
        "catatan": "",
        "pagu_maju": "2.925.890.000",
        "pagu_maju_int": 2925890000,
        "belanja": {
            "operasi": ("2.917.757.200", "2.925.890.000"),
            "pegawai": ("-", "-"),
            "barang_jasa": ("2.917.757.200", "2.925.890.000"),
            "modal": ("-", "-"),
        },
        "page_break_before": True,
        "page_break_before_belanja": "modal",
    },
]

# The JUMLAH TOTAL row (printed after the last sub kegiatan, same page).
RENJA_2024_TOTAL: dict[str, Any] = {
    "label": "JUMLAH TOTAL",
    "pagu": "22.145.310.718",
    "pagu_int": 22145310718,
    "pagu_maju": "22.864.405.190",
    "pagu_maju_int": 22864405190,
    "belanja": {
        "operasi": ("21.217.356.848", "21.926.451.320"),
        "pegawai": ("7.992.286.000", "8.092.286.000"),
        "barang_jasa": ("13.225.070.848", "13.834.165.320"),
        "modal": ("927.953.870", "937.953.870"),
    },
    "page_break_before": False,
}

RENJA_2024: dict[str, Any] = {
    "meta": RENJA_2024_META,
    "header": RENJA_2024_HEADER,
    "header_merges": RENJA_2024_HEADER_MERGES,
    "rows": RENJA_2024_ROWS,
    "total": RENJA_2024_TOTAL,
}

# The published defects fixed by renja_2024_corrected() -- exactly these, nothing else.
RENJA_2024_FIXES = [
    {"kode": "5030220302", "nama": "Peningkatan Kapasitas Kinerja ASN", "field": "kode",
     "published": "5030220302", "corrected": "5030220301",
     "why": "code used twice (also for 'Pengelolaan Assesment Center')"},
    {"kode": "5030120410", "nama": "Sosialisasi Peraturan Perundang-Undangan", "field": "kode",
     "published": "5030120410", "corrected": "5030120510",
     "why": "listed under kegiatan 50301205 but coded as a sub kegiatan of 50301204"},
    {"kode": "5030220102", "nama": "Penyusunan Rencana Kebutuhan, Jenis dan Jumlah Jabatan untuk Pelaksanaan Pengadaan ASN",
     "field": "indikators[0].target_maju", "published": "Idok", "corrected": "1 dok",
     "why": "typo: letter I for digit 1, no space"},
]


def renja_2024_corrected() -> dict[str, Any]:
    """Deep copy of RENJA_2024 with exactly the three RENJA_2024_FIXES applied."""
    data = copy.deepcopy(RENJA_2024)
    done = set()
    for row in data["rows"]:
        if row["kode"] == "5030220302" and row["nama"] == "Peningkatan Kapasitas Kinerja ASN":
            row["kode"] = "5030220301"
            done.add(0)
        elif row["kode"] == "5030120410" and row["nama"] == "Sosialisasi Peraturan Perundang-Undangan":
            row["kode"] = "5030120510"
            done.add(1)
        elif row["kode"] == "5030220102" and row["indikators"][0]["target_maju"] == "Idok":
            row["indikators"][0]["target_maju"] = "1 dok"
            done.add(2)
    assert done == {0, 1, 2}, done
    return data


def renja_2024_print_rows(data: dict[str, Any] | None = None) -> list[dict[str, str]]:
    """The printed Tabel 4.1 as physical rows, for rendering a look-alike .xlsx fixture.

    Returns a list of dicts.  {"kind": "page_break"} means: repeat the 3 header rows here.  Other
    entries have "kind" ("bidang", "item", "belanja", "indicator", "total") and any of the keys
    kode, nama, indikator, lokasi, target, belanja_label, pagu, sumber_dana, catatan, target_maju,
    pagu_maju holding the printed text of that physical row (pagu = the year-n amount in column (6),
    also on belanja rows; pagu_maju = column (10)).  The first header is not included.
    """
    data = RENJA_2024 if data is None else data
    labels = RENJA_2024_LAYOUT["belanja_labels"]
    order = ["operasi", "pegawai", "barang_jasa", "modal"]
    out: list[dict[str, str]] = [{"kind": "bidang", "nama": data["meta"]["bidang_label"]}]

    def block(item: dict[str, Any], main: dict[str, str]) -> None:
        if item.get("page_break_before") and not item.get("page_break_before_belanja"):
            out.append({"kind": "page_break"})
        belanja = item.get("belanja")
        slots: list[dict[str, str]] = [main]
        slot_keys: list[str | None] = [None]
        if belanja is not None:
            for k in order:
                row: dict[str, str] = {"kind": "belanja"}
                if belanja[k] is not None:
                    row["belanja_label"] = labels[k]
                    row["pagu"], row["pagu_maju"] = belanja[k]
                slots.append(row)
                slot_keys.append(k)
        brk = item.get("page_break_before_belanja")
        brk_at = slot_keys.index(brk) if brk else None

        def place(col: str, lines: list[str], start: int) -> int:
            # first line on row `start`; continuation lines after the page break if there is one
            slots[start][col] = lines[0]
            last = start
            for i, line in enumerate(lines[1:], 1):
                at = (brk_at + i - 1) if (brk_at is not None and brk_at > start) else start + i
                slots[at][col] = line
                last = at
            return last

        if "nama_lines" in item:
            place("nama", item["nama_lines"], 0)
        nxt = 0
        for n, ind in enumerate(item.get("indikators", [])):
            if n == 0:
                last = place("indikator", ind["indikator_lines"], 0)
            else:
                at = nxt
                if slots[at].get("kind") == "belanja" and "belanja_label" not in slots[at]:
                    slots[at]["kind"] = "indicator"
                last = place("indikator", ind["indikator_lines"], at)
                slots[at]["target"] = ind["target"]
                slots[at]["target_maju"] = ind["target_maju"]
                if "pagu_printed" in ind:
                    slots[at]["pagu"] = ind["pagu_printed"]
                    slots[at]["pagu_maju"] = ind["pagu_maju_printed"]
            nxt = last + 1
        for i, row in enumerate(slots):
            if brk_at is not None and i == brk_at:
                out.append({"kind": "page_break"})
            if i > 0 and len(row) == 1:
                continue  # a belanja line that is not printed
            out.append(row)

    for item in data["rows"]:
        main = {"kind": "item", "kode": item["kode"]}
        if item["indikators"]:
            ind0 = item["indikators"][0]
            main.update({"lokasi": item["lokasi"], "target": ind0["target"], "pagu": item["pagu"],
                         "sumber_dana": item["sumber_dana"], "catatan": item["catatan"],
                         "target_maju": ind0["target_maju"], "pagu_maju": item["pagu_maju"]})
        block(item, main)
    tot = data["total"]
    block({"page_break_before": tot["page_break_before"], "belanja": tot["belanja"]},
          {"kind": "total", "nama": tot["label"], "pagu": tot["pagu"], "pagu_maju": tot["pagu_maju"]})
    return out


# ==================================================================================================
# 2. RKT PERUBAHAN 2023 -- seed 000
# ==================================================================================================

RKT_PERUBAHAN_2023_META: dict[str, Any] = {
    "title_lines": [
        "RENCANA KINERJA TAHUNAN (RKT) PERUBAHAN", "TAHUN ANGGARAN 2023",
        "BADAN KEPEGAWAIAN DAN PENGEMBANGAN SUMBER DAYA MANUSIA",
    ],
    "title_bold": True,
    "opd": "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia",
    "opd_short": "BKPSDM",
    "tahun": 2023,
    "pemda": None,
    "pemda_identified": "Kabupaten Malang",
    "pemda_note": (
        "Not printed in the document: only the signature place 'Malang' appears.  The signatory, Dr. Nurman"
        " Ramdansyah, was Kepala BKPSDM *Kabupaten* Malang 2019-2025 (public news, e.g. jatimtimes.com"
        " 2025-05-20, naginews.com 2021-01-13), so this is Kabupaten Malang, not Kota Malang.  Outside"
        " knowledge, not printed text: a parser must not be expected to derive it."
    ),
    "tempat_tanggal": "Malang, November 2023",
    "penandatangan": {
        "jabatan_lines": ["KEPALA BADAN KEPEGAWAIAN DAN", "PENGEMBANGAN SUMBER DAYA MANUSIA,"],
        "stempel_lines": ["BADAN KEPEGAWAIAN", "DAN PENGEMBANGAN", "SUMBER DAYA MANUSIA"],
        "nama": "Dr. NURMAN RAMDANSYAH, S.H., M.Hum.",
        "pangkat": "Pembina Utama Muda",
        "nip": "NIP. 196701041992031008",
    },
    "source": "seed 000_c8d4189d6e8dce95.txt lines 3-124",
}

# Printed header rows (11 columns; None = merged).  Repeated at the top of every page (6 repeats).
RKT_PERUBAHAN_2023_HEADER: list[Any] = [
    [
        "No.", "Sasaran Strategis", "Indikator Kinerja Utama", "Target IKU", "Program/Kegiatan",
        "Sub Kegiatan", "Indikator Program/Kegiatan/Sub Kegiatan", "Target", None, "Anggaran (Rp)", None,
    ],
    [
        None, None, None, None, None, None, None, "Sebelum Perubahan", "Setelah Perubahan",
        "Sebelum Perubahan", "Setelah Perubahan",
    ],
    ["1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11"],
]

RKT_PERUBAHAN_2023_HEADER_MERGES: list[tuple[Any, ...]] = [
    (1, 1, 2, 1), (1, 2, 2, 2), (1, 3, 2, 3), (1, 4, 2, 4), (1, 5, 2, 5), (1, 6, 2, 6), (1, 7, 2, 7),
    (1, 8, 1, 9), (1, 10, 1, 11),
]

# One block per sasaran strategis.  no / sasaran / iku / target_iku are printed in columns 1-4 of the
# block's first row only.  rows: printed order; col = the column holding the numbered text (5
# Program/Kegiatan, 6 Sub Kegiatan), printed as f'{nomor} {nama}'.  level: 'program' for Roman numerals (I.,
# II., iii.), 'kegiatan' for Arabic numerals in column 5, 'sub_kegiatan' for column 6.  Numbering runs on
# across the block (kegiatan 1-12, sub kegiatan 1-46 in block 2).  jumlah: the block's printed JUMLAH row
# ('JUMLAH' in column 1, amounts in columns 10-11).  Several sub kegiatan (and program II/iii 'Pengembangan
# Sumber Daya Manusia') appear in both blocks, so the two JUMLAH rows must not simply be added.  ROLL-UPS DO
# NOT ADD UP in most places: see tests/check_seed_data.py.
RKT_PERUBAHAN_2023_BLOCKS: list[dict[str, Any]] = [
    {
        "no": "1.",
        "sasaran": "Meningkatnya kualitas dan kapasitas ASN Pemerintah Daerah",
        "iku": "1. Indeks Profesionalitas ASN",
        "target_iku": "67",
        "rows": [
            {
                "level": "program",
                "col": 5,
                "nomor": "I.",
                "nama": "Kepegawaian Daerah",
                "indikator": "PERSENTASE PELAKSANAAN DAN PENGEMBANGAN SUMBER DAYA MANUSIA",
                "target_sebelum": "100 %",
                "target_setelah": "100 %",
                "anggaran_sebelum": "1.924.149.480",
                "anggaran_sebelum_int": 1924149480,
                "anggaran_setelah": "1.924.990.047",
                "anggaran_setelah_int": 1924990047,
                "page_break_before": False,
            },
            {
                "level": "kegiatan",
                "col": 5,
                "nomor": "1.",
                "nama": "Pengadaan, Pemberhentian dan Informasi kepegawaian ASN",
                "indikator": (
                    "Jumlah dokumen pelaksanaan pengadaan, pemberhentian dan informasi kepegawaian ASN"
                ),
                "target_sebelum": "2 Dokumen",
                "target_setelah": "2 Dokumen",
                "anggaran_sebelum": "436.247.960",
                "anggaran_sebelum_int": 436247960,
                "anggaran_setelah": "477.218.020",
                "anggaran_setelah_int": 477218020,
                "page_break_before": False,
            },
            {
                "level": "sub_kegiatan",
                "col": 6,
                "nomor": "1.",
                "nama": "Koordinasi dan Fasilitasi Pengadaan PNS dan PPPK",
                "indikator": "Jumlah Dokumen Kegiatan Koordinasi dan Fasilitasi Pengadaan PNS dan PPPK",
                "target_sebelum": "1 Dokumen",
                "target_setelah": "1 Dokumen",
                "anggaran_sebelum": "361.247.980",
                "anggaran_sebelum_int": 361247980,
                "anggaran_setelah": "423.055.820",
                "anggaran_setelah_int": 423055820,
                "page_break_before": False,
            },
            {
                "level": "sub_kegiatan",
                "col": 6,
                "nomor": "2.",
                "nama": "Fasilitasi Lembaga Profesi ASN",
                "indikator": "Jumlah Lembaga Profesi ASN yang Difasilitasi",
                "target_sebelum": "2 Lembaga",
                "target_setelah": "2 Lembaga",
                "anggaran_sebelum": "75.000.000",
                "anggaran_sebelum_int": 75000000,
                "anggaran_setelah": "54.160.200",
                "anggaran_setelah_int": 54160200,
                "page_break_before": False,
            },
            {
                "level": "kegiatan",
                "col": 5,
                "nomor": "2.",
                "nama": "Pengembangan Kompetensi ASN",
                "indikator": "Jumlah dokumen pelaksanaan pengembangan kompetensi ASN",
                "target_sebelum": "3 Dokumen",
                "target_setelah": "3 Dokumen",
                "anggaran_sebelum": "1.195.782.000",
                "anggaran_sebelum_int": 1195782000,
                "anggaran_setelah": "1.062.669.267",
                "anggaran_setelah_int": 1062669267,
                "page_break_before": False,
            },
            {
                "level": "sub_kegiatan",
                "col": 6,
                "nomor": "3.",
                "nama": "Pengelolaan Assessment Center",
                "indikator": "Jumlah Dokumen Pengelolaan Assessment Center",
                "target_sebelum": "1 Dokumen",
                "target_setelah": "1 Dokumen",
                "anggaran_sebelum": "334.908.000",
                "anggaran_sebelum_int": 334908000,
                "anggaran_setelah": "249.624.657",
                "anggaran_setelah_int": 249624657,
                "page_break_before": False,
            },
            {
                "level": "sub_kegiatan",
                "col": 6,
                "nomor": "4.",
                "nama": "Pengelolaan Pendidikan Lanjutan ASN",
                "indikator": "Jumlah ASN yang Mendapatkan Pendidikan Lanjutan",
                "target_sebelum": "121 Orang",
                "target_setelah": "121 Orang",
                "anggaran_sebelum": "818.608.000",
                "anggaran_sebelum_int": 818608000,
                "anggaran_setelah": "794.099.600",
                "anggaran_setelah_int": 794099600,
                "page_break_before": False,
            },
            # Name here 'Fasilitasi Sertifikasi Fungsional ASN'; block 2 prints '10. Fasilitasi Fungsional
            # ASN'.
            {
                "level": "sub_kegiatan",
                "col": 6,
                "nomor": "5.",
                "nama": "Fasilitasi Sertifikasi Fungsional ASN",
                "indikator": (
                    "Jumlah ASN yang Mendapatkan Layanan Fasilitas Sertifikasi Jabatan Fungsional ASN"
                ),
                "target_sebelum": "59 Orang",
                "target_setelah": "2 Orang",
                "anggaran_sebelum": "42.236.000",
                "anggaran_sebelum_int": 42236000,
                "anggaran_setelah": "18.845.000",
                "anggaran_setelah_int": 18845000,
                "page_break_before": False,
            },
            {
                "level": "kegiatan",
                "col": 5,
                "nomor": "3.",
                "nama": "Penilaian dan Evaluasi Kinerja Aparatur",
                "indikator": "Jumlah dokumen pelaksanaan penilaian dan evaluasi kinerja aparatur",
                "target_sebelum": "2 Dokumen",
                "target_setelah": "2 Dokumen",
                "anggaran_sebelum": "292.149.500",
                "anggaran_sebelum_int": 292149500,
                "anggaran_setelah": "286.204.770",
                "anggaran_setelah_int": 286204770,
                "page_break_before": False,
            },
            {
                "level": "sub_kegiatan",
                "col": 6,
                "nomor": "6.",
                "nama": "Pelaksanaan Penilaian dan Evaluasi Kinerja Aparatur",
                "indikator": "Jumlah Dokumen Hasil Pelaksanaan Penilaian dan Evaluasi Kinerja Aparatur",
                "target_sebelum": "2 Dokumen",
                "target_setelah": "2 Dokumen",
                "anggaran_sebelum": "182.149.500",
                "anggaran_sebelum_int": 182149500,
                "anggaran_setelah": "176.977.170",
                "anggaran_setelah_int": 176977170,
                "page_break_before": False,
            },
            {
                "level": "sub_kegiatan",
                "col": 6,
                "nomor": "7.",
                "nama": "Pengelolaan Penyelesaian Pelanggaran Disiplin ASN",
                "indikator": "Jumlah Laporan Hasil Pengelolaan Penyelesaian Pelanggaran Disiplin ASN",
                "target_sebelum": "8 Laporan",
                "target_setelah": "8 Laporan",
                "anggaran_sebelum": "110.000.000",
                "anggaran_sebelum_int": 110000000,
                "anggaran_setelah": "108.227.600",
                "anggaran_setelah_int": 108227600,
                "page_break_before": False,
            },
            {
                "level": "program",
                "col": 5,
                "nomor": "II.",
                "nama": "Pengembangan Sumber Daya Manusia",
                "indikator": "PERSENTASE ASN YANG MENGIKUTI PENDIDIKAN DAN PELATIHAN",
                "target_sebelum": "100 %",
                "target_setelah": "100 %",
                "anggaran_sebelum": "175.000.000",
                "anggaran_sebelum_int": 175000000,
                "anggaran_setelah": "97.617.400",
                "anggaran_setelah_int": 97617400,
                "page_break_before": False,
            },
            {
                "level": "kegiatan",
                "col": 5,
                "nomor": "4.",
                "nama": "Pengembangan Kompetensi Teknis",
                "indikator": "Jumlah dokumen pelaksanaan pengembangan kompetensi teknis dan fungsional",
                "target_sebelum": "1 Dokumen",
                "target_setelah": "1 Dokumen",
                "anggaran_sebelum": "175.000.000",
                "anggaran_sebelum_int": 175000000,
                "anggaran_setelah": "97.617.400",
                "anggaran_setelah_int": 97617400,
                "page_break_before": True,
            },
            # Published: anggaran setelah 87.617.400, while its kegiatan (4.) and program (II.) print
            # 97.617.400.
            {
                "level": "sub_kegiatan",
                "col": 6,
                "nomor": "8.",
                "nama": (
                    "Penyelenggaraan Pengembangan Kompetensi Teknis Umum, Inti, dan pilihan bagi Jabatan"
                    " Administrasi Penyelenggara Urusan Pemerintahan Konkuren, Perangkat Daerah Penunjang,"
                    " dan Urusan Pemerintahan Umum"
                ),
                "indikator": "Jumlah ASN yang mengikuti Pengembangan Kompetensi",
                "target_sebelum": "40 Orang",
                "target_setelah": "40 Orang",
                "anggaran_sebelum": "175.000.000",
                "anggaran_sebelum_int": 175000000,
                "anggaran_setelah": "87.617.400",
                "anggaran_setelah_int": 87617400,
                "page_break_before": False,
            },
        ],
        "jumlah": {
            "label": "JUMLAH",
            "anggaran_sebelum": "2.089.149.480",
            "anggaran_sebelum_int": 2089149480,
            "anggaran_setelah": "1.822.607.447",
            "anggaran_setelah_int": 1822607447,
            "page_break_before": False,
        },
    },
    {
        "no": "2.",
        "sasaran": "Meningkatnya kinerja birokrasi dan layanan publik melalui Pengelolaan ASN",
        "iku": "2. Nilai Sistem Merit",
        "target_iku": "100%",
        "rows": [
            {
                "level": "program",
                "col": 5,
                "nomor": "I.",
                "nama": "Kepegawaian Daerah",
                "indikator": "PERSENTASE PELAKSANAAN DAN PENGEMBANGAN SUMBER DAYA MANUSIA",
                "target_sebelum": "100 %",
                "target_setelah": "100 %",
                "anggaran_sebelum": "2.678.849.360",
                "anggaran_sebelum_int": 2678849360,
                "anggaran_setelah": "2.629.323.127",
                "anggaran_setelah_int": 2629323127,
                "page_break_before": False,
            },
            {
                "level": "kegiatan",
                "col": 5,
                "nomor": "1.",
                "nama": "Pengadaan, Pemberhentian dan Informasi kepegawaian ASN",
                "indikator": (
                    "Jumlah dokumen pelaksanaan pengadaan, pemberhentian dan informasi kepegawaian ASN"
                ),
                "target_sebelum": "4 Dokumen",
                "target_setelah": "4 Dokumen",
                "anggaran_sebelum": "752.247.980",
                "anggaran_sebelum_int": 752247980,
                "anggaran_setelah": "790.783.347",
                "anggaran_setelah_int": 790783347,
                "page_break_before": False,
            },
            {
                "level": "sub_kegiatan",
                "col": 6,
                "nomor": "1.",
                "nama": "Koordinasi dan Fasilitasi Pengadaan PNS dan PPPK",
                "indikator": "Jumlah Dokumen Kegiatan Koordinasi dan Fasilitasi Pengadaan PNS dan PPPK",
                "target_sebelum": "1 Dokumen",
                "target_setelah": "1 Dokumen",
                "anggaran_sebelum": "361.247.980",
                "anggaran_sebelum_int": 361247980,
                "anggaran_setelah": "423.055.820",
                "anggaran_setelah_int": 423055820,
                "page_break_before": False,
            },
            {
                "level": "sub_kegiatan",
                "col": 6,
                "nomor": "2.",
                "nama": "Koordinasi Pelaksanaan Administrasi Pemberhentian",
                "indikator": (
                    "Jumlah Dokumen Hasil kegiatan Koordinasi Pelaksanaan Administrasi Pemberhentian"
                ),
                "target_sebelum": "1 Dokumen",
                "target_setelah": "1 Dokumen",
                "anggaran_sebelum": "91.000.000",
                "anggaran_sebelum_int": 91000000,
                "anggaran_setelah": "52.506.617",
                "anggaran_setelah_int": 52506617,
                "page_break_before": False,
            },
            {
                "level": "sub_kegiatan",
                "col": 6,
                "nomor": "3.",
                "nama": "Fasilitasi Lembaga Profesi ASN",
                "indikator": "Jumlah Lembaga Profesi ASN yang Difasilitasi",
                "target_sebelum": "2 Lembaga",
                "target_setelah": "2 Lembaga",
                "anggaran_sebelum": "75.000.000",
                "anggaran_sebelum_int": 75000000,
                "anggaran_setelah": "54.160.200",
                "anggaran_setelah_int": 54160200,
                "page_break_before": False,
            },
            {
                "level": "sub_kegiatan",
                "col": 6,
                "nomor": "4.",
                "nama": "Evaluasi Data, Informasi dan Sistem Informasi Kepegawaian",
                "indikator": (
                    "Jumlah Laporan Hasil Evaluasi Data, Informasi dan Sistem Informasi Kepegawaian"
                ),
                "target_sebelum": "12 Laporan",
                "target_setelah": "12 Laporan",
                "anggaran_sebelum": "225.000.000",
                "anggaran_sebelum_int": 225000000,
                "anggaran_setelah": "281.060.710",
                "anggaran_setelah_int": 281060710,
                "page_break_before": False,
            },
            {
                "level": "kegiatan",
                "col": 5,
                "nomor": "2.",
                "nama": "Mutasi dan Promosi ASN",
                "indikator": "Jumlah dokumen pemrosesan mutasi, kepangkatan dan promosi ASN",
                "target_sebelum": "3 Dokumen",
                "target_setelah": "3 Dokumen",
                "anggaran_sebelum": "406.499.900",
                "anggaran_sebelum_int": 406499900,
                "anggaran_setelah": "363.190.801",
                "anggaran_setelah_int": 363190801,
                "page_break_before": False,
            },
            {
                "level": "sub_kegiatan",
                "col": 6,
                "nomor": "5.",
                "nama": "Pengelolaan Mutasi ASN",
                "indikator": (
                    "Jumlah Dokumen Hasil Pelaksanaan Mutasi Jabatan Pimpinan Tinggi, Jabatan Administrasi,"
                    " Jabatan Pelaksana dan Mutasi ASN antar Daerah"
                ),
                "target_sebelum": "1 Dokumen",
                "target_setelah": "1 Dokumen",
                "anggaran_sebelum": "94.000.000",
                "anggaran_sebelum_int": 94000000,
                "anggaran_setelah": "70.835.601",
                "anggaran_setelah_int": 70835601,
                "page_break_before": False,
            },
            {
                "level": "sub_kegiatan",
                "col": 6,
                "nomor": "6.",
                "nama": "Pengelolaan Kenaikan Pangkat ASN",
                "indikator": "Jumlah Pengelolaan Kenaikan Pangkat ASN",
                "target_sebelum": "1 Dokumen",
                "target_setelah": "1 Dokumen",
                "anggaran_sebelum": "99.999.900",
                "anggaran_sebelum_int": 99999900,
                "anggaran_setelah": "66.654.900",
                "anggaran_setelah_int": 66654900,
                "page_break_before": False,
            },
            {
                "level": "sub_kegiatan",
                "col": 6,
                "nomor": "7.",
                "nama": "Pengelolaan Promosi ASN",
                "indikator": "Jumlah Dokumen Hasil Pengelolaan Promosi ASN",
                "target_sebelum": "1 Dokumen",
                "target_setelah": "1 Dokumen",
                "anggaran_sebelum": "212.500.000",
                "anggaran_sebelum_int": 212500000,
                "anggaran_setelah": "225.700.100",
                "anggaran_setelah_int": 225700100,
                "page_break_before": True,
            },
            {
                "level": "kegiatan",
                "col": 5,
                "nomor": "3.",
                "nama": "Pengembangan Kompetensi ASN",
                "indikator": "Jumlah dokumen pelaksanaan pengembangan kompetensi ASN",
                "target_sebelum": "3 Dokumen",
                "target_setelah": "3 Dokumen",
                "anggaran_sebelum": "1.196.782.000",
                "anggaran_sebelum_int": 1196782000,
                "anggaran_setelah": "1.092.669.257",
                "anggaran_setelah_int": 1092669257,
                "page_break_before": False,
            },
            {
                "level": "sub_kegiatan",
                "col": 6,
                "nomor": "8.",
                "nama": "Pengelolaan Assessment Center",
                "indikator": "Jumlah Dokumen Pengelolaan Assessment Center",
                "target_sebelum": "1 Dokumen",
                "target_setelah": "1 Dokumen",
                "anggaran_sebelum": "334.908.000",
                "anggaran_sebelum_int": 334908000,
                "anggaran_setelah": "249.624.657",
                "anggaran_setelah_int": 249624657,
                "page_break_before": False,
            },
            {
                "level": "sub_kegiatan",
                "col": 6,
                "nomor": "9.",
                "nama": "Pengelolaan Pendidikan Lanjutan ASN",
                "indikator": "Jumlah ASN yang Mendapatkan Pendidikan Lanjutan",
                "target_sebelum": "121 Orang",
                "target_setelah": "121 Orang",
                "anggaran_sebelum": "818.608.000",
                "anggaran_sebelum_int": 818608000,
                "anggaran_setelah": "794.099.600",
                "anggaran_setelah_int": 794099600,
                "page_break_before": False,
            },
            {
                "level": "sub_kegiatan",
                "col": 6,
                "nomor": "10.",
                "nama": "Fasilitasi Fungsional ASN",
                "indikator": (
                    "Jumlah ASN yang Mendapatkan Layanan Fasilitas Sertifikasi Jabatan Fungsional ASN"
                ),
                "target_sebelum": "59 Orang",
                "target_setelah": "2 Orang",
                "anggaran_sebelum": "42.236.000",
                "anggaran_sebelum_int": 42236000,
                "anggaran_setelah": "18.845.000",
                "anggaran_setelah_int": 18845000,
                "page_break_before": False,
            },
            {
                "level": "kegiatan",
                "col": 5,
                "nomor": "4.",
                "nama": "Penilaian dan Evaluasi Kinerja Aparatur",
                "indikator": "Jumlah dokumen pelaksanaan penilaian dan evaluasi kinerja aparatur",
                "target_sebelum": "3 Dokumen",
                "target_setelah": "3 Dokumen",
                "anggaran_sebelum": "322.149.600",
                "anggaran_sebelum_int": 322149600,
                "anggaran_setelah": "312.779.922",
                "anggaran_setelah_int": 312779922,
                "page_break_before": False,
            },
            {
                "level": "sub_kegiatan",
                "col": 6,
                "nomor": "11.",
                "nama": "Pelaksanaan Penilaian dan Evaluasi Kinerja Aparatur",
                "indikator": "Jumlah Dokumen Hasil Pelaksanaan Penilaian dan Evaluasi Kinerja Aparatur",
                "target_sebelum": "2 Dokumen",
                "target_setelah": "2 Dokumen",
                "anggaran_sebelum": "182.149.500",
                "anggaran_sebelum_int": 182149500,
                "anggaran_setelah": "176.977.170",
                "anggaran_setelah_int": 176977170,
                "page_break_before": False,
            },
            {
                "level": "sub_kegiatan",
                "col": 6,
                "nomor": "12.",
                "nama": "Pengelolaan Pemberian Penghargaan Bagi Pegawai",
                "indikator": "Jumlah ASN yang diberikan penghargaan",
                "target_sebelum": "100 ASN",
                "target_setelah": "517 ASN",
                "anggaran_sebelum": "30.000.000",
                "anggaran_sebelum_int": 30000000,
                "anggaran_setelah": "27.575.152",
                "anggaran_setelah_int": 27575152,
                "page_break_before": False,
            },
            {
                "level": "sub_kegiatan",
                "col": 6,
                "nomor": "13.",
                "nama": "Pengelolaan Penyelesaian Pelanggaran Disiplin ASN",
                "indikator": "Jumlah Laporan Hasil Pengelolaan Penyelesaian Pelanggaran Disiplin ASN",
                "target_sebelum": "8 Laporan",
                "target_setelah": "8 Laporan",
                "anggaran_sebelum": "110.000.000",
                "anggaran_sebelum_int": 110000000,
                "anggaran_setelah": "108.227.600",
                "anggaran_setelah_int": 108227600,
                "page_break_before": False,
            },
            {
                "level": "program",
                "col": 5,
                "nomor": "II.",
                "nama": "PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA",
                "indikator": (
                    "PERSENTASE PEMENUHAN DUKUNGAN MANAJEMEN PERKANTORAN DAN PENUNJANG KINERJA PERANGKAT"
                    " DAERAH DALAM SATU TAHUN"
                ),
                "target_sebelum": "100 %",
                "target_setelah": "100 %",
                "anggaran_sebelum": "12.039.174.631",
                "anggaran_sebelum_int": 12039174631,
                "anggaran_setelah": "11.409.864.628",
                "anggaran_setelah_int": 11409864628,
                "page_break_before": False,
            },
            {
                "level": "kegiatan",
                "col": 5,
                "nomor": "5.",
                "nama": "Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah",
                "indikator": (
                    "Jumlah dokumen perencanaan, penganggaran, dan evaluasi kinerja yang disusun sesuai"
                    " aturan dan tepat waktu"
                ),
                "target_sebelum": "9 Dokumen",
                "target_setelah": "9 Dokumen",
                "anggaran_sebelum": "15.147.300",
                "anggaran_sebelum_int": 15147300,
                "anggaran_setelah": "10.710.500",
                "anggaran_setelah_int": 10710500,
                "page_break_before": False,
            },
            {
                "level": "sub_kegiatan",
                "col": 6,
                "nomor": "14.",
                "nama": "Penyusunan Dokumen Perencanaan Perangkat Daerah",
                "indikator": "Jumlah Dokumen Perencanaan Perangkat Daerah",
                "target_sebelum": "3 Dokumen",
                "target_setelah": "3 Dokumen",
                "anggaran_sebelum": "3.425.000",
                "anggaran_sebelum_int": 3425000,
                "anggaran_setelah": "3.330.000",
                "anggaran_setelah_int": 3330000,
                "page_break_before": False,
            },
            {
                "level": "sub_kegiatan",
                "col": 6,
                "nomor": "15.",
                "nama": "Koordinasi dan Penyusunan Dokumen RKA-SKPD",
                "indikator": (
                    "Jumlah Dokumen RKA-SKPD dan Laporan Hasil Koordinasi Penyusunan Dokumen RKA-SKPD"
                ),
                "target_sebelum": "1 Dokumen",
                "target_setelah": "1 Dokumen",
                "anggaran_sebelum": "500.000",
                "anggaran_sebelum_int": 500000,
                "anggaran_setelah": "125.000",
                "anggaran_setelah_int": 125000,
                "page_break_before": False,
            },
            {
                "level": "sub_kegiatan",
                "col": 6,
                "nomor": "16.",
                "nama": "Koordinasi dan Penyusunan Dokumen Perubahan RKA-SKPD",
                "indikator": (
                    "Jumlah Dokumen Perubahan RKA-SKPD dan Laporan Hasil Koordinasi Penyusunan Dokumen"
                    " Perubahan RKA-SKPD"
                ),
                "target_sebelum": "1 Dokumen",
                "target_setelah": "1 Dokumen",
                "anggaran_sebelum": "500.000",
                "anggaran_sebelum_int": 500000,
                "anggaran_setelah": "0",
                "anggaran_setelah_int": 0,
                "page_break_before": True,
            },
            {
                "level": "sub_kegiatan",
                "col": 6,
                "nomor": "17.",
                "nama": "Koordinasi dan Penyusunan DPA-SKPD",
                "indikator": (
                    "Jumlah Dokumen DPA-SKPD dan Laporan Hasil Koordinasi Penyusunan Dokumen DPA-SKPD"
                ),
                "target_sebelum": "1 Dokumen",
                "target_setelah": "1 Dokumen",
                "anggaran_sebelum": "500.000",
                "anggaran_sebelum_int": 500000,
                "anggaran_setelah": "0",
                "anggaran_setelah_int": 0,
                "page_break_before": False,
            },
            {
                "level": "sub_kegiatan",
                "col": 6,
                "nomor": "18.",
                "nama": "Koordinasi dan Penyusunan Perubahan DPA-SKPD",
                "indikator": (
                    "Jumlah Dokumen Perubahan DPA-SKPD dan Laporan Hasil Koordinasi Penyusunan Dokumen"
                    " Perubahan DPA-SKPD"
                ),
                "target_sebelum": "1 Dokumen",
                "target_setelah": "1 Dokumen",
                "anggaran_sebelum": "500.000",
                "anggaran_sebelum_int": 500000,
                "anggaran_setelah": "0",
                "anggaran_setelah_int": 0,
                "page_break_before": False,
            },
            {
                "level": "sub_kegiatan",
                "col": 6,
                "nomor": "19.",
                "nama": (
                    "Koordinasi dan Penyusunan Laporan Capaian Kinerja dan Ikhtisar Realisasi Kinerja SKPD"
                ),
                "indikator": (
                    "Jumlah Laporan Capaian Kinerja dan Ikhtisar Realisasi Kinerja SKPD dan Laporan Hasil"
                    " Koordinasi Penyusunan Laporan Capaian Kinerja dan Ikhtisar Realisasi Kinerja SKPD"
                ),
                "target_sebelum": "3 Laporan",
                "target_setelah": "3 Laporan",
                "anggaran_sebelum": "1.610.000",
                "anggaran_sebelum_int": 1610000,
                "anggaran_setelah": "2.110.000",
                "anggaran_setelah_int": 2110000,
                "page_break_before": False,
            },
            {
                "level": "sub_kegiatan",
                "col": 6,
                "nomor": "20.",
                "nama": "Evaluasi Kinerja Perangkat Daerah",
                "indikator": "Jumlah Laporan Evaluasi Kinerja Perangkat Daerah",
                "target_sebelum": "12 Laporan",
                "target_setelah": "12 Laporan",
                "anggaran_sebelum": "8.112.300",
                "anggaran_sebelum_int": 8112300,
                "anggaran_setelah": "5.145.500",
                "anggaran_setelah_int": 5145500,
                "page_break_before": False,
            },
            {
                "level": "kegiatan",
                "col": 5,
                "nomor": "6.",
                "nama": "Administrasi Keuangan Perangkat Daerah",
                "indikator": (
                    "Jumlah pemenuhan kinerja pelayanan keuangan perangkat daerah disusun sesuai aturan dan"
                    " tepat waktu"
                ),
                "target_sebelum": "3 Dokumen",
                "target_setelah": "3 Dokumen",
                "anggaran_sebelum": "11.842.979.064",
                "anggaran_sebelum_int": 11842979064,
                "anggaran_setelah": "11.101.836.544",
                "anggaran_setelah_int": 11101836544,
                "page_break_before": False,
            },
            {
                "level": "sub_kegiatan",
                "col": 6,
                "nomor": "21.",
                "nama": "Penyediaan Gaji dan Tunjangan ASN",
                "indikator": "Jumlah Orang yang Menerima Gaji dan Tunjangan ASN",
                "target_sebelum": "65 Orang/bulan",
                "target_setelah": "65 Orang/bulan",
                "anggaran_sebelum": "11.085.996.744",
                "anggaran_sebelum_int": 11085996744,
                "anggaran_setelah": "10.545.004.224",
                "anggaran_setelah_int": 10545004224,
                "page_break_before": False,
            },
            {
                "level": "sub_kegiatan",
                "col": 6,
                "nomor": "22.",
                "nama": "Penyediaan Administrasi Pelaksanaan Tugas ASN",
                "indikator": "Jumlah Dokumen Hasil Penyediaan Administrasi Pelaksanaan Tugas ASN",
                "target_sebelum": "4 Dokumen",
                "target_setelah": "4 Dokumen",
                "anggaran_sebelum": "555.631.320",
                "anggaran_sebelum_int": 555631320,
                "anggaran_setelah": "556.831.320",
                "anggaran_setelah_int": 556831320,
                "page_break_before": False,
            },
            {
                "level": "sub_kegiatan",
                "col": 6,
                "nomor": "23.",
                "nama": "Koordinasi dan Penyusunan Laporan Keuangan Akhir Tahun SKPD",
                "indikator": (
                    "Jumlah Laporan Keuangan Akhir Tahun SKPD dan Laporan Hasil Koordinasi Penyusunan"
                    " Laporan Keuangan Akhir Tahun SKPD"
                ),
                "target_sebelum": "1 Laporan",
                "target_setelah": "1 Laporan",
                "anggaran_sebelum": "1.251.000",
                "anggaran_sebelum_int": 1251000,
                "anggaran_setelah": "0",
                "anggaran_setelah_int": 0,
                "page_break_before": False,
            },
            {
                "level": "kegiatan",
                "col": 5,
                "nomor": "7.",
                "nama": "Administrasi Kepegawaian Perangkat daerah",
                "indikator": (
                    "Jumlah pemenuhan kinerja pelayanan kepegawaian perangkat daerah yang disusun sesuai"
                    " aturan dan teradministrasi dengan benar"
                ),
                "target_sebelum": "4 Dokumen",
                "target_setelah": "4 Dokumen",
                "anggaran_sebelum": "19.828.200",
                "anggaran_sebelum_int": 19828200,
                "anggaran_setelah": "4.637.000",
                "anggaran_setelah_int": 4637000,
                "page_break_before": False,
            },
            # 'Pakalan' (typo for 'Pakaian') as printed.
            {
                "level": "sub_kegiatan",
                "col": 6,
                "nomor": "24.",
                "nama": "Pengadaan Pakalan Dinas Beserta Atribut Kelengkapannya",
                "indikator": "Jumlah Paket Pakalan Dinas beserta Atribut Kelengkapan",
                "target_sebelum": "1 Paket",
                "target_setelah": "1 Paket",
                "anggaran_sebelum": "10.899.000",
                "anggaran_sebelum_int": 10899000,
                "anggaran_setelah": "0",
                "anggaran_setelah_int": 0,
                "page_break_before": False,
            },
            {
                "level": "sub_kegiatan",
                "col": 6,
                "nomor": "25.",
                "nama": "Pendidikan dan Pelatihan Pegawai Berdasarkan Tugas dan Fungsi",
                "indikator": (
                    "Jumlah Pegawai Berdasarkan Tugas dan Fungsi yang Mengikuti Pendidikan dan Pelatihan"
                ),
                "target_sebelum": "3 Orang",
                "target_setelah": "4 Orang",
                "anggaran_sebelum": "1.440.000",
                "anggaran_sebelum_int": 1440000,
                "anggaran_setelah": "640.000",
                "anggaran_setelah_int": 640000,
                "page_break_before": False,
            },
            {
                "level": "sub_kegiatan",
                "col": 6,
                "nomor": "26.",
                "nama": "Sosialisasi Peraturan Perundang-Undangan",
                "indikator": "Jumlah Orang yang Mengikuti Sosialisasi Peraturan Perundang-Undangan",
                "target_sebelum": "12 Orang",
                "target_setelah": "0 Orang",
                "anggaran_sebelum": "1.500.000",
                "anggaran_sebelum_int": 1500000,
                "anggaran_setelah": "0",
                "anggaran_setelah_int": 0,
                "page_break_before": True,
            },
            {
                "level": "sub_kegiatan",
                "col": 6,
                "nomor": "27.",
                "nama": "Bimbingan Teknis Implementasi Peraturan Perundang-Undangan",
                "indikator": (
                    "Jumlah Orang yang Mengikuti Bimbingan Teknis Implementasi Peraturan Perundang-Undangan"
                ),
                "target_sebelum": "27 Orang",
                "target_setelah": "35 Orang",
                "anggaran_sebelum": "5.986.200",
                "anggaran_sebelum_int": 5986200,
                "anggaran_setelah": "3.697.000",
                "anggaran_setelah_int": 3697000,
                "page_break_before": False,
            },
            {
                "level": "kegiatan",
                "col": 5,
                "nomor": "8.",
                "nama": "Administrasi Umum Perangkat Daerah",
                "indikator": (
                    "Jumlah pelayanan pemenuhan administrasi umum perangkat daerah yang disusun sesuai"
                    " aturan dan teradministrasi dengan benar"
                ),
                "target_sebelum": "7 Dokumen",
                "target_setelah": "7 Dokumen",
                "anggaran_sebelum": "262.089.687",
                "anggaran_sebelum_int": 262089687,
                "anggaran_setelah": "229.923.634",
                "anggaran_setelah_int": 229923634,
                "page_break_before": False,
            },
            {
                "level": "sub_kegiatan",
                "col": 6,
                "nomor": "28.",
                "nama": "Penyediaan Komponen Instalasi Listrik/Penerangan Bangunan Kantor",
                "indikator": (
                    "Jumlah Paket Komponen Instalasi Listrik/Penerangan Bangunan Kantor yang Disediakan"
                ),
                "target_sebelum": "1 Paket",
                "target_setelah": "1 Paket",
                "anggaran_sebelum": "1.000.000",
                "anggaran_sebelum_int": 1000000,
                "anggaran_setelah": "388.000",
                "anggaran_setelah_int": 388000,
                "page_break_before": False,
            },
            {
                "level": "sub_kegiatan",
                "col": 6,
                "nomor": "29.",
                "nama": "Penyediaan Peralatan dan Perlengkapan Kantor",
                "indikator": "Jumlah Paket Peralatan dan Perlengkapan Kantor yang disediakan",
                "target_sebelum": "12 Paket",
                "target_setelah": "12 Paket",
                "anggaran_sebelum": "30.362.300",
                "anggaran_sebelum_int": 30362300,
                "anggaran_setelah": "30.362.300",
                "anggaran_setelah_int": 30362300,
                "page_break_before": False,
            },
            {
                "level": "sub_kegiatan",
                "col": 6,
                "nomor": "30.",
                "nama": "Penyediaan Bahan Logistik Kantor",
                "indikator": "Jumlah Paket Bahan Logistik Kantor yang disediakan",
                "target_sebelum": "12 Paket",
                "target_setelah": "12 Paket",
                "anggaran_sebelum": "11.000.000",
                "anggaran_sebelum_int": 11000000,
                "anggaran_setelah": "10.799.000",
                "anggaran_setelah_int": 10799000,
                "page_break_before": False,
            },
            {
                "level": "sub_kegiatan",
                "col": 6,
                "nomor": "31.",
                "nama": "Penyediaan Barang Cetak dan Penggandaan",
                "indikator": "Jumlah Paket Barang Cetak dan Penggandaan yang Disediakan",
                "target_sebelum": "4 Paket",
                "target_setelah": "4 Paket",
                "anggaran_sebelum": "30.044.387",
                "anggaran_sebelum_int": 30044387,
                "anggaran_setelah": "29.244.534",
                "anggaran_setelah_int": 29244534,
                "page_break_before": False,
            },
            {
                "level": "sub_kegiatan",
                "col": 6,
                "nomor": "32.",
                "nama": "Penyediaan Bahan Bacaan dan Peraturan Perundang-undangan",
                "indikator": "Jumlah Dokumen Bahan Bacaan dan Peraturan Perundang-undangan yang Disediakan",
                "target_sebelum": "2 Dokumen",
                "target_setelah": "2 Dokumen",
                "anggaran_sebelum": "3.504.000",
                "anggaran_sebelum_int": 3504000,
                "anggaran_setelah": "3.504.000",
                "anggaran_setelah_int": 3504000,
                "page_break_before": False,
            },
            {
                "level": "sub_kegiatan",
                "col": 6,
                "nomor": "33.",
                "nama": "Fasilitas Kunjungan Tamu",
                "indikator": "Jumlah Laporan Fasilitas Kunjungan Tamu",
                "target_sebelum": "12 Laporan",
                "target_setelah": "12 Laporan",
                "anggaran_sebelum": "25.000.000",
                "anggaran_sebelum_int": 25000000,
                "anggaran_setelah": "8.131.800",
                "anggaran_setelah_int": 8131800,
                "page_break_before": False,
            },
            {
                "level": "sub_kegiatan",
                "col": 6,
                "nomor": "34.",
                "nama": "Penyelenggaraan Rapat Koordinasi dan Konsultasi SKPD",
                "indikator": "Jumlah Laporan Penyelenggaraan Rapat Koordinasi dan Konsultasi SKPD",
                "target_sebelum": "12 Laporan",
                "target_setelah": "12 Laporan",
                "anggaran_sebelum": "161.149.000",
                "anggaran_sebelum_int": 161149000,
                "anggaran_setelah": "147.494.000",
                "anggaran_setelah_int": 147494000,
                "page_break_before": False,
            },
            {
                "level": "kegiatan",
                "col": 5,
                "nomor": "9.",
                "nama": "Pengadaan Barang Milik Daerah Penunjang Urusan Pemerintah Daerah",
                "indikator": (
                    "Jumlah pemenuhan barang milik daerah dalam menunjang operasional kantor disusun sesuai"
                    " aturan dan teradministrasi dengan benar"
                ),
                "target_sebelum": "4 Dokumen",
                "target_setelah": "4 Dokumen",
                "anggaran_sebelum": "17.383.000",
                "anggaran_sebelum_int": 17383000,
                "anggaran_setelah": "16.386.000",
                "anggaran_setelah_int": 16386000,
                "page_break_before": False,
            },
            {
                "level": "sub_kegiatan",
                "col": 6,
                "nomor": "35.",
                "nama": "Pengadaan Kendaraan Perorangan Dinas atau Kendaraan Dinas/Jabatan",
                "indikator": (
                    "Jumlah unit kendaraan perorangan dinas/Kendaraan Dinas Jabatan yang disediakan"
                ),
                "target_sebelum": "1 Unit",
                "target_setelah": "1 Unit",
                "anggaran_sebelum": "0",
                "anggaran_sebelum_int": 0,
                "anggaran_setelah": "0",
                "anggaran_setelah_int": 0,
                "page_break_before": False,
            },
            {
                "level": "sub_kegiatan",
                "col": 6,
                "nomor": "36.",
                "nama": "Pengadaan Mebel",
                "indikator": "Jumlah Paket Mebel yang Disediakan",
                "target_sebelum": "2 Unit",
                "target_setelah": "0 Unit",
                "anggaran_sebelum": "4.554.000",
                "anggaran_sebelum_int": 4554000,
                "anggaran_setelah": "0",
                "anggaran_setelah_int": 0,
                "page_break_before": False,
            },
            {
                "level": "sub_kegiatan",
                "col": 6,
                "nomor": "37.",
                "nama": "Pengadaan Sarana dan Prasarana Gedung Kantor atau Bangunan Lainnya",
                "indikator": (
                    "Jumlah Unit Sarana dan Prasarana Gedung Kantor atau Bangunan Lainnya yang Disediakan"
                ),
                "target_sebelum": "1 Unit",
                "target_setelah": "3 Unit",
                "anggaran_sebelum": "9.981.000",
                "anggaran_sebelum_int": 9981000,
                "anggaran_setelah": "9.975.000",
                "anggaran_setelah_int": 9975000,
                "page_break_before": False,
            },
            {
                "level": "sub_kegiatan",
                "col": 6,
                "nomor": "38.",
                "nama": "Pengadaan Sarana dan Prasarana Pendukung Gedung Kantor atau Bangunan Lainnya",
                "indikator": (
                    "Jumlah sarana dan prasarana pendukung gedung kantor atau bangunan lainnya yang"
                    " diadakan"
                ),
                "target_sebelum": "3 Unit",
                "target_setelah": "4 Unit",
                "anggaran_sebelum": "2.848.000",
                "anggaran_sebelum_int": 2848000,
                "anggaran_setelah": "6.411.000",
                "anggaran_setelah_int": 6411000,
                "page_break_before": True,
            },
            {
                "level": "kegiatan",
                "col": 5,
                "nomor": "10.",
                "nama": "Penyediaan Jasa Penunjang Urusan pemerintahan Daerah",
                "indikator": (
                    "Jumlah penyediaan jasa penunjang operasional perkantoran yang disusun sesuai aturan"
                    " dan teradministrasi dengan benar"
                ),
                "target_sebelum": "2 Dokumen",
                "target_setelah": "2 Dokumen",
                "anggaran_sebelum": "22.197.280",
                "anggaran_sebelum_int": 22197280,
                "anggaran_setelah": "14.666.780",
                "anggaran_setelah_int": 14666780,
                "page_break_before": False,
            },
            {
                "level": "sub_kegiatan",
                "col": 6,
                "nomor": "39.",
                "nama": "Penyediaan Jasa Surat Menyurat",
                "indikator": "Jumlah Laporan Penyediaan Jasa Surat Menyurat",
                "target_sebelum": "4 Laporan",
                "target_setelah": "4 Laporan",
                "anggaran_sebelum": "17.997.280",
                "anggaran_sebelum_int": 17997280,
                "anggaran_setelah": "12.655.780",
                "anggaran_setelah_int": 12655780,
                "page_break_before": False,
            },
            {
                "level": "sub_kegiatan",
                "col": 6,
                "nomor": "40.",
                "nama": "Penyediaan Jasa Komunikasi, Sumber Daya Air dan Listrik",
                "indikator": (
                    "Jumlah Laporan Penyediaan Jasa Komunikasi, Sumber Daya Air dan Listrik yang Disediakan"
                ),
                "target_sebelum": "12 Laporan",
                "target_setelah": "12 Laporan",
                "anggaran_sebelum": "4.200.000",
                "anggaran_sebelum_int": 4200000,
                "anggaran_setelah": "2.000.000",
                "anggaran_setelah_int": 2000000,
                "page_break_before": False,
            },
            {
                "level": "kegiatan",
                "col": 5,
                "nomor": "11.",
                "nama": "Pemeliharaan Barang Milik Daerah Penunjang Urusan Pemerintahan Daerah",
                "indikator": (
                    "Jumlah pemeliharaan barang milik daerah penunjang urusan pemerintah daerah disusun"
                    " sesuai aturan dan teradministrasi dengan benar"
                ),
                "target_sebelum": "6 Dokumen",
                "target_setelah": "6 Dokumen",
                "anggaran_sebelum": "69.683.000",
                "anggaran_sebelum_int": 69683000,
                "anggaran_setelah": "31.816.090",
                "anggaran_setelah_int": 31816090,
                "page_break_before": False,
            },
            {
                "level": "sub_kegiatan",
                "col": 6,
                "nomor": "41.",
                "nama": (
                    "Penyediaan Jasa Pemeliharaan, Biaya Pemeliharaan dan Pajak Kendaraan Perorangan Dinas"
                    " atau Kendaraan Dinas Jabatan"
                ),
                "indikator": (
                    "Jumlah Kendaraan Perorangan Dinas atau Kendaraan Dinas Jabatan yang Dipelihara dan"
                    " dibayarkan Pajaknya"
                ),
                "target_sebelum": "29 Unit",
                "target_setelah": "22 Unit",
                "anggaran_sebelum": "34.442.000",
                "anggaran_sebelum_int": 34442000,
                "anggaran_setelah": "18.827.750",
                "anggaran_setelah_int": 18827750,
                "page_break_before": False,
            },
            {
                "level": "sub_kegiatan",
                "col": 6,
                "nomor": "42.",
                "nama": "Pemeliharaan Mebel",
                "indikator": "Jumlah Mebel yang Dipelihara",
                "target_sebelum": "75 Unit",
                "target_setelah": "0 Unit",
                "anggaran_sebelum": "5.250.000",
                "anggaran_sebelum_int": 5250000,
                "anggaran_setelah": "0",
                "anggaran_setelah_int": 0,
                "page_break_before": False,
            },
            # Target satuan changes: 1 Unit (sebelum) -> 1 Paket (setelah), as printed.
            {
                "level": "sub_kegiatan",
                "col": 6,
                "nomor": "43.",
                "nama": "Pemeliharaan/Rehabilitasi Gedung Kantor dan Bangunan Lainnya",
                "indikator": "Jumlah Gedung Kantor dan Bangunan Lainnya yang Dipelihara/Direhabilitasi",
                "target_sebelum": "1 Unit",
                "target_setelah": "1 Paket",
                "anggaran_sebelum": "10.050.000",
                "anggaran_sebelum_int": 10050000,
                "anggaran_setelah": "2.876.000",
                "anggaran_setelah_int": 2876000,
                "page_break_before": False,
            },
            {
                "level": "sub_kegiatan",
                "col": 6,
                "nomor": "44.",
                "nama": (
                    "Pemeliharaan/Rehabilitasi Sarana dan Prasarana Gedung Kantor atau Bangunan Lainnya"
                ),
                "indikator": (
                    "Jumlah Sarana dan Prasarana Gedung Kantor atau Bangunan Lainnya yang"
                    " Dipelihara/Direhabilitasi"
                ),
                "target_sebelum": "9 Unit",
                "target_setelah": "10 Unit",
                "anggaran_sebelum": "6.525.000",
                "anggaran_sebelum_int": 6525000,
                "anggaran_setelah": "6.208.340",
                "anggaran_setelah_int": 6208340,
                "page_break_before": False,
            },
            {
                "level": "sub_kegiatan",
                "col": 6,
                "nomor": "45.",
                "nama": (
                    "Pemeliharaan/Rehabilitasi Sarana dan Prasarana Pendukung Gedung Kantor atau Bangunan"
                    " Lainnya"
                ),
                "indikator": (
                    "Jumlah Sarana dan Prasarana Pendukung Gedung Kantor atau Bangunan Lainnya yang"
                    " Dipelihara/Direhabilitasi"
                ),
                "target_sebelum": "7 Unit",
                "target_setelah": "8 Unit",
                "anggaran_sebelum": "3.416.000",
                "anggaran_sebelum_int": 3416000,
                "anggaran_setelah": "3.904.000",
                "anggaran_setelah_int": 3904000,
                "page_break_before": False,
            },
            # Numbering printed in lower case ('iii.'); anggaran setelah 97.917.400 vs 97.617.400 of its
            # only kegiatan.
            {
                "level": "program",
                "col": 5,
                "nomor": "iii.",
                "nama": "Pengembangan Sumber Daya Manusia",
                "indikator": "PERSENTASE ASN YANG MENGIKUTI PENDIDIKAN DAN PELATIHAN",
                "target_sebelum": "100 %",
                "target_setelah": "100 %",
                "anggaran_sebelum": "175.000.000",
                "anggaran_sebelum_int": 175000000,
                "anggaran_setelah": "97.917.400",
                "anggaran_setelah_int": 97917400,
                "page_break_before": False,
            },
            {
                "level": "kegiatan",
                "col": 5,
                "nomor": "12.",
                "nama": "Pengembangan Kompetensi Teknis",
                "indikator": "Jumlah dokumen pelaksanaan pengembangan kompetensi teknis dan fungsional",
                "target_sebelum": "1 Dokumen",
                "target_setelah": "1 Dokumen",
                "anggaran_sebelum": "175.000.000",
                "anggaran_sebelum_int": 175000000,
                "anggaran_setelah": "97.617.400",
                "anggaran_setelah_int": 97617400,
                "page_break_before": True,
            },
            {
                "level": "sub_kegiatan",
                "col": 6,
                "nomor": "46.",
                "nama": (
                    "Penyelenggaraan Pengembangan Kompetensi Teknis Umum, Inti, dan pilihan bagi Jabatan"
                    " Administrasi Penyelenggara Urusan Pemerintahan Konkuren, Perangkat Daerah Penunjang,"
                    " dan Urusan Pemerintahan Umum"
                ),
                "indikator": "Jumlah ASN yang mengikuti Pengembangan Kompetensi",
                "target_sebelum": "40 Orang",
                "target_setelah": "40 Orang",
                "anggaran_sebelum": "175.000.000",
                "anggaran_sebelum_int": 175000000,
                "anggaran_setelah": "97.617.400",
                "anggaran_setelah_int": 97617400,
                "page_break_before": False,
            },
        ],
        "jumlah": {
            "label": "JUMLAH",
            "anggaran_sebelum": "14.890.823.891",
            "anggaran_sebelum_int": 14890823891,
            "anggaran_setelah": "14.036.805.055",
            "anggaran_setelah_int": 14036805055,
            "page_break_before": False,
        },
    },
]

RKT_PERUBAHAN_2023: dict[str, Any] = {
    "meta": RKT_PERUBAHAN_2023_META,
    "header": RKT_PERUBAHAN_2023_HEADER,
    "header_merges": RKT_PERUBAHAN_2023_HEADER_MERGES,
    "blocks": RKT_PERUBAHAN_2023_BLOCKS,
}


# ==================================================================================================
# 3. EVALUASI RENJA -- seed 001, Tabel 2.1 (T-C.29)
# ==================================================================================================

EVALUASI_RENJA_META: dict[str, Any] = {
    "title_lines": [
        "Tabel T-C.29",
        (
            "Tabel 2.1. Rekapitulasi Evaluasi Hasil Pelaksanaan Renja Perangkat Daerah dan Pencapaian"
            " Renstra Perangkat Daerah s/d Tahun 2023 Kabupaten Pasuruan"
        ),
    ],
    "pemda": "Kabupaten Pasuruan",
    "opd": "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia",
    "opd_short": "BKPSDM",
    "tahun": 2023,
    "tahun_lalu": 2022,
    "formula_labels": {"8": "8=(7/6)", "10": "10=(5+7+9)", "11": "11=(10/4)"},
    "source": "seed 001_c5875641b7ff62fa.txt lines 242-315",
}

# Printed header rows (11 columns; None = empty/merged); row 3 carries the formula labels '8=(7/6)',
# '10=(5+7+9)', '11=(10/4)'.  Repeated on every page (4 repeats).
EVALUASI_RENJA_HEADER: list[Any] = [
    [
        "Kode", "Urusan/Bidang Urusan Pemerintahan Daerah dan Program/Kegiatan/ Sub Kegiatan",
        "Indikator Kinerja Program / Kegiatan / Sub Kegiatan",
        "Target Kinerja Capaian Program / Kegiatan / Sub Kegiatan (Renstra PD) Tahun 2023 (Kondisi Akhir)",
        "Realisasi Target Kinerja Hasil Program dan Keluaran Kegiatan s/d tahun 2021",
        "Target dan Realisasi Kinerja Program dan Kegiatan Tahun 2022", None, None,
        "Target Program, Kegiatan dan Sub Kegiatan (Tahun 2023)",
        "Perkiraan Realisasi Capaian Target Renstra PD s/d Tahun 2023", None,
    ],
    [
        None, None, None, None, None, "Target Renja Perangkat Daerah Tahun 2022",
        "Realisasi Renja Perangkat Daerah Tahun 2022", "Tingkat Realisasi (%)", None,
        "Realisasi Capaian Program dan Kegiatan s/d tahun 2023",
        "Tingkat Capaian Realisasi Target Renstra (%)",
    ],
    ["1", "2", "3", "4", "5", "6", "7", "8=(7/6)", "9", "10=(5+7+9)", "11=(10/4)"],
]

EVALUASI_RENJA_HEADER_MERGES: list[tuple[Any, ...]] = [
    (1, 1, 2, 1), (1, 2, 2, 2), (1, 3, 2, 3), (1, 4, 2, 4), (1, 5, 2, 5), (1, 6, 1, 8), (1, 9, 2, 9),
    (1, 10, 1, 11),
]

# Printed page number (1-based) -> header cell (1,2) text where it differs from page 1: pages 3-5 print
# 'Program/ Kegiatan/' with a space.
EVALUASI_RENJA_HEADER_VARIANTS: dict[int, Any] = {
    3: "Urusan/Bidang Urusan Pemerintahan Daerah dan Program/ Kegiatan/ Sub Kegiatan",
    4: "Urusan/Bidang Urusan Pemerintahan Daerah dan Program/ Kegiatan/ Sub Kegiatan",
    5: "Urusan/Bidang Urusan Pemerintahan Daerah dan Program/ Kegiatan/ Sub Kegiatan",
}

# Every printed row, all 11 columns verbatim (key order = column order 1..11).  Codes as printed: sub
# kegiatan codes are Excel-mangled to '5,03E+09' / '5,04E+09' (pages 1-3, 5) and '5.03E+09' (page 4) and
# cannot be recovered.  level: inferred from the code (a mangled code is a 10-digit sub kegiatan code), not
# printed.  page_break_before: a repeated header precedes the row.
EVALUASI_RENJA_ROWS: list[dict[str, Any]] = [
    {
        "kode": "503",
        "nama": "URUSAN PENUNJANG URUSAN",
        "indikator": "",
        "target_renstra_2023": "",
        "realisasi_sd_2021": "",
        "target_renja_2022": "",
        "realisasi_renja_2022": "",
        "tingkat_realisasi_2022": "",
        "target_2023": "",
        "realisasi_sd_2023": "",
        "tingkat_capaian_renstra": "",
        "level": "urusan",
        "page_break_before": False,
    },
    {
        "kode": "50301",
        "nama": "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KAB/KOTA",
        "indikator": "Penilaian SAKIP",
        "target_renstra_2023": "80,80",
        "realisasi_sd_2021": "80,79",
        "target_renja_2022": "80,70",
        "realisasi_renja_2022": "80,79",
        "tingkat_realisasi_2022": "100%",
        "target_2023": "80,80",
        "realisasi_sd_2023": "80,80",
        "tingkat_capaian_renstra": "100%",
        "level": "program",
        "page_break_before": False,
    },
    {
        "kode": "50301201",
        "nama": "Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah",
        "indikator": (
            "Jumlah Dokumen Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah yang disusun"
            " sesuai Ketentuan"
        ),
        "target_renstra_2023": "2 dok",
        "realisasi_sd_2021": "2 dok",
        "target_renja_2022": "2 dok",
        "realisasi_renja_2022": "2 dok",
        "tingkat_realisasi_2022": "100%",
        "target_2023": "2 dok",
        "realisasi_sd_2023": "2 dok",
        "tingkat_capaian_renstra": "100%",
        "level": "kegiatan",
        "page_break_before": False,
    },
    {
        "kode": "5,03E+09",
        "nama": "Penyusunan Dokumen Perencanaan Perangkat Daerah",
        "indikator": "Jumlah Dokumen Perencanaan Perangkat Daerah",
        "target_renstra_2023": "5 dok",
        "realisasi_sd_2021": "5 dok",
        "target_renja_2022": "5 dok",
        "realisasi_renja_2022": "5 dok",
        "tingkat_realisasi_2022": "100%",
        "target_2023": "5 dok",
        "realisasi_sd_2023": "5 dok",
        "tingkat_capaian_renstra": "100%",
        "level": "sub_kegiatan",
        "page_break_before": False,
    },
    {
        "kode": "5,03E+09",
        "nama": "Evaluasi Kinerja Perangkat Daerah",
        "indikator": "Jumlah Laporan Evaluasi Kinerja Perangkat Daerah",
        "target_renstra_2023": "7 lap",
        "realisasi_sd_2021": "7 lap",
        "target_renja_2022": "7 lap",
        "realisasi_renja_2022": "7 lap",
        "tingkat_realisasi_2022": "100%",
        "target_2023": "7 lap",
        "realisasi_sd_2023": "7 lap",
        "tingkat_capaian_renstra": "100%",
        "level": "sub_kegiatan",
        "page_break_before": False,
    },
    {
        "kode": "50301202",
        "nama": "Administrasi Keuangan Perangkat Daerah",
        "indikator": "Jumlah Dokumen Pertanggungjawaban Keuangan",
        "target_renstra_2023": "3 dok",
        "realisasi_sd_2021": "3 dok",
        "target_renja_2022": "3 dok",
        "realisasi_renja_2022": "3 dok",
        "tingkat_realisasi_2022": "100%",
        "target_2023": "3 dok",
        "realisasi_sd_2023": "3 dok",
        "tingkat_capaian_renstra": "100%",
        "level": "kegiatan",
        "page_break_before": False,
    },
    {
        "kode": "5,03E+09",
        "nama": "Penyediaan Gaji dan Tunjangan ASN",
        "indikator": "Jumlah Orang yang Menerima Gaji dan Tunjangan ASN",
        "target_renstra_2023": "49 org/bln",
        "realisasi_sd_2021": "49 org/bln",
        "target_renja_2022": "49 org/bln",
        "realisasi_renja_2022": "49 org/bln",
        "tingkat_realisasi_2022": "100%",
        "target_2023": "49 org/bln",
        "realisasi_sd_2023": "49 org/bln",
        "tingkat_capaian_renstra": "100%",
        "level": "sub_kegiatan",
        "page_break_before": False,
    },
    {
        "kode": "5,03E+09",
        "nama": "Penyediaan Administrasi Pelaksanaan Tugas ASN",
        "indikator": "Jumlah Dokumen Hasil Penyediaan Administrasi Pelaksanaan Tugas ASN",
        "target_renstra_2023": "13 dok",
        "realisasi_sd_2021": "13 dok",
        "target_renja_2022": "13 dok",
        "realisasi_renja_2022": "13 dok",
        "tingkat_realisasi_2022": "100%",
        "target_2023": "13 dok",
        "realisasi_sd_2023": "13 dok",
        "tingkat_capaian_renstra": "100%",
        "level": "sub_kegiatan",
        "page_break_before": False,
    },
    {
        "kode": "5,03E+09",
        "nama": "Pelaksanaan Penatausahaan dan Pengujian/Verifikasi Keuangan SKPD",
        "indikator": "Jumlah Dokumen Penatausahaan dan Pengujian/Verifikasi Keuangan SKPD",
        "target_renstra_2023": "11 dok",
        "realisasi_sd_2021": "11 dok",
        "target_renja_2022": "11 dok",
        "realisasi_renja_2022": "11 dok",
        "tingkat_realisasi_2022": "100%",
        "target_2023": "11 dok",
        "realisasi_sd_2023": "11 dok",
        "tingkat_capaian_renstra": "100%",
        "level": "sub_kegiatan",
        "page_break_before": False,
    },
    {
        "kode": "50301205",
        "nama": "Administrasi Kepegawaian Perangkat Daerah",
        "indikator": "Jumlah layanan kepegawaian yang ditangani",
        "target_renstra_2023": "1 layanan",
        "realisasi_sd_2021": "1 layanan",
        "target_renja_2022": "1 layanan",
        "realisasi_renja_2022": "1 layanan",
        "tingkat_realisasi_2022": "100%",
        "target_2023": "1 layanan",
        "realisasi_sd_2023": "1 layanan",
        "tingkat_capaian_renstra": "100%",
        "level": "kegiatan",
        "page_break_before": False,
    },
    {
        "kode": "5,03E+09",
        "nama": "Sosialisasi Peraturan Perundang-Undangan",
        "indikator": "Jumlah Orang yang Mengikuti Sosialisasi Peraturan Perundang-Undangan",
        "target_renstra_2023": "100 org",
        "realisasi_sd_2021": "0",
        "target_renja_2022": "0",
        "realisasi_renja_2022": "0",
        "tingkat_realisasi_2022": "0%",
        "target_2023": "80 org",
        "realisasi_sd_2023": "80 org",
        "tingkat_capaian_renstra": "80%",
        "level": "sub_kegiatan",
        "page_break_before": True,
    },
    {
        "kode": "50301206",
        "nama": "Administrasi Umum Perangkat Daerah",
        "indikator": "Jumlah layanan administrasi umum yang dipenuhi",
        "target_renstra_2023": "4 layanan",
        "realisasi_sd_2021": "4 layanan",
        "target_renja_2022": "4 layanan",
        "realisasi_renja_2022": "4 layanan",
        "tingkat_realisasi_2022": "100%",
        "target_2023": "4 layanan",
        "realisasi_sd_2023": "4 layanan",
        "tingkat_capaian_renstra": "100%",
        "level": "kegiatan",
        "page_break_before": False,
    },
    {
        "kode": "5,03E+09",
        "nama": "Penyediaan Bahan Logistik Kantor",
        "indikator": "Jumlah Paket Bahan Logistik Kantor yang Disediakan",
        "target_renstra_2023": "4 paket",
        "realisasi_sd_2021": "4 paket",
        "target_renja_2022": "4 paket",
        "realisasi_renja_2022": "4 paket",
        "tingkat_realisasi_2022": "100%",
        "target_2023": "4 paket",
        "realisasi_sd_2023": "4 paket",
        "tingkat_capaian_renstra": "100%",
        "level": "sub_kegiatan",
        "page_break_before": False,
    },
    {
        "kode": "5,03E+09",
        "nama": "Penyediaan Barang Cetak dan Penggandaan",
        "indikator": "Jumlah Paket Barang Cetakan dan Penggandaan yang Disediakan",
        "target_renstra_2023": "4 paket",
        "realisasi_sd_2021": "4 paket",
        "target_renja_2022": "4 paket",
        "realisasi_renja_2022": "4 paket",
        "tingkat_realisasi_2022": "100%",
        "target_2023": "4 paket",
        "realisasi_sd_2023": "4 paket",
        "tingkat_capaian_renstra": "100%",
        "level": "sub_kegiatan",
        "page_break_before": False,
    },
    {
        "kode": "5,03E+09",
        "nama": "Fasilitasi Kunjungan Tamu",
        "indikator": "Jumlah Laporan Fasilitasi Kunjungan Tamu",
        "target_renstra_2023": "12 lap",
        "realisasi_sd_2021": "11 lap",
        "target_renja_2022": "12 lap",
        "realisasi_renja_2022": "11 lap",
        "tingkat_realisasi_2022": "92%",
        "target_2023": "12 lap",
        "realisasi_sd_2023": "12 lap",
        "tingkat_capaian_renstra": "100%",
        "level": "sub_kegiatan",
        "page_break_before": False,
    },
    {
        "kode": "5,03E+09",
        "nama": "Penyelenggaraan Rapat Koordinasi dan Konsultasi SKPD",
        "indikator": "Jumlah Laporan Penyelenggaraan Rapat Koordinasi dan Konsultasi SKPD",
        "target_renstra_2023": "300 lap",
        "realisasi_sd_2021": "150 lap",
        "target_renja_2022": "200 lap",
        "realisasi_renja_2022": "150 lap",
        "tingkat_realisasi_2022": "75%",
        "target_2023": "200 lap",
        "realisasi_sd_2023": "200 lap",
        "tingkat_capaian_renstra": "100%",
        "level": "sub_kegiatan",
        "page_break_before": False,
    },
    # Name printed truncated (no 'Daerah').
    {
        "kode": "50301207",
        "nama": "Pengadaan Barang Milik Daerah Penunjang Urusan Pemerintah",
        "indikator": "Jumlah jenis pengadaan BMD yang dilaksanakan",
        "target_renstra_2023": "1 jenis",
        "realisasi_sd_2021": "1 jenis",
        "target_renja_2022": "1 jenis",
        "realisasi_renja_2022": "1 jenis",
        "tingkat_realisasi_2022": "100%",
        "target_2023": "1 jenis",
        "realisasi_sd_2023": "1 jenis",
        "tingkat_capaian_renstra": "100%",
        "level": "kegiatan",
        "page_break_before": False,
    },
    {
        "kode": "5,03E+09",
        "nama": "Pengadaan Mebel",
        "indikator": "Jumlah Paket Mebel yang Disediakan",
        "target_renstra_2023": "2 unit",
        "realisasi_sd_2021": "0",
        "target_renja_2022": "0",
        "realisasi_renja_2022": "0",
        "tingkat_realisasi_2022": "0%",
        "target_2023": "2 unit",
        "realisasi_sd_2023": "2 unit",
        "tingkat_capaian_renstra": "100%",
        "level": "sub_kegiatan",
        "page_break_before": False,
    },
    # Printed 8 = 0% although 7/6 = 6/6.
    {
        "kode": "5,03E+09",
        "nama": "Pengadaan Peralatan dan Mesin Lainnya",
        "indikator": "Jumlah Unit Peralatan dan Mesin Lainnya yang Disediakan",
        "target_renstra_2023": "11 unit",
        "realisasi_sd_2021": "6 unit",
        "target_renja_2022": "6 unit",
        "realisasi_renja_2022": "6 unit",
        "tingkat_realisasi_2022": "0%",
        "target_2023": "11 unit",
        "realisasi_sd_2023": "11 unit",
        "tingkat_capaian_renstra": "100%",
        "level": "sub_kegiatan",
        "page_break_before": False,
    },
    {
        "kode": "50301208",
        "nama": "Penyediaan Jasa Penunjang Urusan Pemerintahan Daerah",
        "indikator": "Jumlah jenis jasa penunjang kantor",
        "target_renstra_2023": "2 jenis",
        "realisasi_sd_2021": "2 jenis",
        "target_renja_2022": "2 jenis",
        "realisasi_renja_2022": "2 jenis",
        "tingkat_realisasi_2022": "100%",
        "target_2023": "2 jenis",
        "realisasi_sd_2023": "2 jenis",
        "tingkat_capaian_renstra": "100%",
        "level": "kegiatan",
        "page_break_before": False,
    },
    {
        "kode": "5,03E+09",
        "nama": "Penyediaan Jasa Komunikasi, Sumber Daya Air dan Listrik",
        "indikator": (
            "Jumlah Laporan Penyediaan Jasa Komunikasi, Sumber Daya Air dan Listrik yang Disediakan"
        ),
        "target_renstra_2023": "36 lap",
        "realisasi_sd_2021": "36 lap",
        "target_renja_2022": "36 lap",
        "realisasi_renja_2022": "36 lap",
        "tingkat_realisasi_2022": "100%",
        "target_2023": "36 lap",
        "realisasi_sd_2023": "36 lap",
        "tingkat_capaian_renstra": "100%",
        "level": "sub_kegiatan",
        "page_break_before": False,
    },
    {
        "kode": "5,03E+09",
        "nama": "Penyediaan Jasa Peralatan dan Perlengkapan Kantor",
        "indikator": "Jumlah Laporan Penyediaan Jasa Peralatan dan Perlengkapan Kantor yang Disediakan",
        "target_renstra_2023": "6 lap",
        "realisasi_sd_2021": "6 lap",
        "target_renja_2022": "6 lap",
        "realisasi_renja_2022": "6 lap",
        "tingkat_realisasi_2022": "100%",
        "target_2023": "6 lap",
        "realisasi_sd_2023": "6 lap",
        "tingkat_capaian_renstra": "100%",
        "level": "sub_kegiatan",
        "page_break_before": False,
    },
    {
        "kode": "50301209",
        "nama": "Pemeliharaan Barang Milik Daerah Penunjang Urusan Pemerintahan Daerah",
        "indikator": "Jumlah jenis pemeliharaan BMD",
        "target_renstra_2023": "2 jenis",
        "realisasi_sd_2021": "2 jenis",
        "target_renja_2022": "2 jenis",
        "realisasi_renja_2022": "2 jenis",
        "tingkat_realisasi_2022": "100%",
        "target_2023": "2 jenis",
        "realisasi_sd_2023": "2 jenis",
        "tingkat_capaian_renstra": "100%",
        "level": "kegiatan",
        "page_break_before": True,
    },
    # Name printed truncated after 'atau'.
    {
        "kode": "5,03E+09",
        "nama": (
            "Penyediaan Jasa Pemeliharaan, Biaya Pemeliharaan, Pajak, dan Perizinan Kendaraan Dinas"
            " Operasional atau"
        ),
        "indikator": (
            "Jumlah Kendaraan Perorangan Dinas atau Kendaraan Dinas Jabatan yang Dipelihara dan dibayarkan"
            " Pajaknya"
        ),
        "target_renstra_2023": "33 unit",
        "realisasi_sd_2021": "33 unit",
        "target_renja_2022": "33 unit",
        "realisasi_renja_2022": "33 unit",
        "tingkat_realisasi_2022": "100%",
        "target_2023": "33 unit",
        "realisasi_sd_2023": "33 unit",
        "tingkat_capaian_renstra": "100%",
        "level": "sub_kegiatan",
        "page_break_before": False,
    },
    {
        "kode": "5,03E+09",
        "nama": "Pemeliharaan Peralatan dan Mesin Lainnya",
        "indikator": "Jumlah Peralatan dan Mesin Lainnya yang Dipelihara",
        "target_renstra_2023": "174 unit",
        "realisasi_sd_2021": "174 unit",
        "target_renja_2022": "174 unit",
        "realisasi_renja_2022": "174 unit",
        "tingkat_realisasi_2022": "100%",
        "target_2023": "174 unit",
        "realisasi_sd_2023": "174 unit",
        "tingkat_capaian_renstra": "100%",
        "level": "sub_kegiatan",
        "page_break_before": False,
    },
    {
        "kode": "50302",
        "nama": "PROGRAM KEPEGAWAIAN DAERAH",
        "indikator": "Persentase pelaksanaan administrasi kepegawaian",
        "target_renstra_2023": "90%",
        "realisasi_sd_2021": "80%",
        "target_renja_2022": "80%",
        "realisasi_renja_2022": "80%",
        "tingkat_realisasi_2022": "100%",
        "target_2023": "80%",
        "realisasi_sd_2023": "80%",
        "tingkat_capaian_renstra": "90%",
        "level": "program",
        "page_break_before": False,
    },
    {
        "kode": "50302201",
        "nama": "Pengadaan, Pemberhentian dan Informasi Kepegawaian ASN",
        "indikator": "Jumlah layanan pengadaan, pemberhentian dan informasi kepegawaian",
        "target_renstra_2023": "5 layanan",
        "realisasi_sd_2021": "5 layanan",
        "target_renja_2022": "5 layanan",
        "realisasi_renja_2022": "5 layanan",
        "tingkat_realisasi_2022": "100%",
        "target_2023": "5 layanan",
        "realisasi_sd_2023": "5 layanan",
        "tingkat_capaian_renstra": "100%",
        "level": "kegiatan",
        "page_break_before": False,
    },
    {
        "kode": "5,03E+09",
        "nama": "Penyusunan Rencana Kebutuhan, Jenis dan Jumlah Jabatan untuk Pelaksanaan Pengadaan ASN",
        "indikator": (
            "Jumlah Dokumen Hasil Penyusunan Rencana Kebutuhan, Jenis dan Jumlah Jabatan untuk Pelaksanaan"
            " Pengadaan ASN"
        ),
        "target_renstra_2023": "2 dok",
        "realisasi_sd_2021": "2 dok",
        "target_renja_2022": "2 dok",
        "realisasi_renja_2022": "2 dok",
        "tingkat_realisasi_2022": "100%",
        "target_2023": "2 dok",
        "realisasi_sd_2023": "2 dok",
        "tingkat_capaian_renstra": "100%",
        "level": "sub_kegiatan",
        "page_break_before": False,
    },
    {
        "kode": "5,03E+09",
        "nama": "Koordinasi dan Fasilitasi Pengadaan PNS dan PPPK",
        "indikator": "Jumlah Dokumen Kegiatan Koordinasi dan Fasilitasi Pengadaan PNS dan PPPK",
        "target_renstra_2023": "1 dok",
        "realisasi_sd_2021": "1 dok",
        "target_renja_2022": "1 dok",
        "realisasi_renja_2022": "1 dok",
        "tingkat_realisasi_2022": "100%",
        "target_2023": "1 dok",
        "realisasi_sd_2023": "1 dok",
        "tingkat_capaian_renstra": "100%",
        "level": "sub_kegiatan",
        "page_break_before": False,
    },
    {
        "kode": "5,03E+09",
        "nama": "Koordinasi Pelaksanaan Administrasi Pemberhentian",
        "indikator": "Jumlah Dokumen Hasil kegiatan Koordinasi Pelaksanaan Administrasi Pemberhentian",
        "target_renstra_2023": "596 dok",
        "realisasi_sd_2021": "596 dok",
        "target_renja_2022": "596 dok",
        "realisasi_renja_2022": "596 dok",
        "tingkat_realisasi_2022": "100%",
        "target_2023": "596 dok",
        "realisasi_sd_2023": "596 dok",
        "tingkat_capaian_renstra": "100%",
        "level": "sub_kegiatan",
        "page_break_before": False,
    },
    {
        "kode": "5,03E+09",
        "nama": "Fasilitasi Lembaga Profesi ASN",
        "indikator": "Jumlah Lembaga Profesi ASN yang Difasilitasi",
        "target_renstra_2023": "6 lbg",
        "realisasi_sd_2021": "2 lbg",
        "target_renja_2022": "2 lbg",
        "realisasi_renja_2022": "2 lbg",
        "tingkat_realisasi_2022": "100%",
        "target_2023": "2 lbg",
        "realisasi_sd_2023": "2 lbg",
        "tingkat_capaian_renstra": "100%",
        "level": "sub_kegiatan",
        "page_break_before": False,
    },
    {
        "kode": "5,03E+09",
        "nama": "Pengelolaan Sistem Informasi Kepegawaian",
        "indikator": "Jumlah Dokumen Hasil Pengelolaan Sistem Informasi Kepegawaian",
        "target_renstra_2023": "2 dok",
        "realisasi_sd_2021": "0",
        "target_renja_2022": "0",
        "realisasi_renja_2022": "0",
        "tingkat_realisasi_2022": "0%",
        "target_2023": "2 dok",
        "realisasi_sd_2023": "2 dok",
        "tingkat_capaian_renstra": "100%",
        "level": "sub_kegiatan",
        "page_break_before": False,
    },
    {
        "kode": "5,03E+09",
        "nama": "Pengelolaan Data Kepegawaian",
        "indikator": "Jumlah Dokumen Hasil Pengelolaan Data Kepegawaian",
        "target_renstra_2023": "2496 dok",
        "realisasi_sd_2021": "11100 dok",
        "target_renja_2022": "11100 dok",
        "realisasi_renja_2022": "11100 dok",
        "tingkat_realisasi_2022": "100%",
        "target_2023": "2496 dok",
        "realisasi_sd_2023": "2496 dok",
        "tingkat_capaian_renstra": "100%",
        "level": "sub_kegiatan",
        "page_break_before": False,
    },
    {
        "kode": "50302202",
        "nama": "Mutasi dan Promosi ASN",
        "indikator": "Jumlah layanan mutasi, promosi, ujian dinas dan kenaikan pangkat",
        "target_renstra_2023": "3 layanan",
        "realisasi_sd_2021": "3 layanan",
        "target_renja_2022": "3 layanan",
        "realisasi_renja_2022": "3 layanan",
        "tingkat_realisasi_2022": "100%",
        "target_2023": "3 layanan",
        "realisasi_sd_2023": "3 layanan",
        "tingkat_capaian_renstra": "100%",
        "level": "kegiatan",
        "page_break_before": True,
    },
    {
        "kode": "5.03E+09",
        "nama": "Pengelolaan Mutasi ASN",
        "indikator": (
            "Jumlah Dokumen Hasil Pelaksanaan Mutasi Jabatan Pimpinan Tinggi, Jabatan Administrasi, Jabatan"
            " Pelaksana dan Mutasi ASN antar Daerah"
        ),
        "target_renstra_2023": "4 dok",
        "realisasi_sd_2021": "4 dok",
        "target_renja_2022": "4 dok",
        "realisasi_renja_2022": "4 dok",
        "tingkat_realisasi_2022": "100%",
        "target_2023": "4 dok",
        "realisasi_sd_2023": "4 dok",
        "tingkat_capaian_renstra": "100%",
        "level": "sub_kegiatan",
        "page_break_before": False,
    },
    {
        "kode": "5.03E+09",
        "nama": "Pengelolaan Kenaikan Pangkat ASN",
        "indikator": "Jumlah Pengelolaan Kenaikan Pangkat ASN",
        "target_renstra_2023": "8510 dok",
        "realisasi_sd_2021": "8510 dok",
        "target_renja_2022": "8510 dok",
        "realisasi_renja_2022": "8510 dok",
        "tingkat_realisasi_2022": "100%",
        "target_2023": "8510 dok",
        "realisasi_sd_2023": "8510 dok",
        "tingkat_capaian_renstra": "100%",
        "level": "sub_kegiatan",
        "page_break_before": False,
    },
    {
        "kode": "5.03E+09",
        "nama": "Pengelolaan Promosi ASN",
        "indikator": "Jumlah Dokumen Hasil Pengelolaan Promosi ASN",
        "target_renstra_2023": "4 dok",
        "realisasi_sd_2021": "4 dok",
        "target_renja_2022": "4 dok",
        "realisasi_renja_2022": "4 dok",
        "tingkat_realisasi_2022": "100%",
        "target_2023": "4 dok",
        "realisasi_sd_2023": "4 dok",
        "tingkat_capaian_renstra": "100%",
        "level": "sub_kegiatan",
        "page_break_before": False,
    },
    {
        "kode": "50302203",
        "nama": "Pengembangan Kompetensi ASN",
        "indikator": "Jumlah layanan diklat teknis fungsional",
        "target_renstra_2023": "5 layanan",
        "realisasi_sd_2021": "2 layanan",
        "target_renja_2022": "2 layanan",
        "realisasi_renja_2022": "2 layanan",
        "tingkat_realisasi_2022": "100%",
        "target_2023": "2 layanan",
        "realisasi_sd_2023": "2 layanan",
        "tingkat_capaian_renstra": "100%",
        "level": "kegiatan",
        "page_break_before": False,
    },
    {
        "kode": "5.03E+09",
        "nama": "Peningkatan Kapasitas Kinerja ASN",
        "indikator": "Jumlah ASN yang Meningkatkan Kapasitasnya",
        "target_renstra_2023": "80 org",
        "realisasi_sd_2021": "0",
        "target_renja_2022": "80 org",
        "realisasi_renja_2022": "80 org",
        "tingkat_realisasi_2022": "100%",
        "target_2023": "80 org",
        "realisasi_sd_2023": "80 org",
        "tingkat_capaian_renstra": "100%",
        "level": "sub_kegiatan",
        "page_break_before": False,
    },
    {
        "kode": "5.03E+09",
        "nama": "Pengelolaan Administrasi Diklat dan Sertifikasi ASN",
        "indikator": "Jumlah Dokumen Hasil Pengelolaan Administrasi Diklat dan Sertifikasi ASN",
        "target_renstra_2023": "4 dok",
        "realisasi_sd_2021": "4 dok",
        "target_renja_2022": "4 dok",
        "realisasi_renja_2022": "4 dok",
        "tingkat_realisasi_2022": "100%",
        "target_2023": "4 dok",
        "realisasi_sd_2023": "4 dok",
        "tingkat_capaian_renstra": "100%",
        "level": "sub_kegiatan",
        "page_break_before": False,
    },
    {
        "kode": "5.03E+09",
        "nama": "Koordinasi dan Kerjasama Pelaksanaan Diklat",
        "indikator": "Jumlah Dokumen Hasil Koordinasi dan Kerja Sama Pelaksanaan Diklat",
        "target_renstra_2023": "4 dok",
        "realisasi_sd_2021": "1 dok",
        "target_renja_2022": "1 dok",
        "realisasi_renja_2022": "1 dok",
        "tingkat_realisasi_2022": "100%",
        "target_2023": "1 dok",
        "realisasi_sd_2023": "1 dok",
        "tingkat_capaian_renstra": "100%",
        "level": "sub_kegiatan",
        "page_break_before": False,
    },
    {
        "kode": "5.03E+09",
        "nama": "Fasilitasi Sertifikasi Jabatan ASN",
        "indikator": "Jumlah ASN yang Mendapatkan Layanan Fasilitasi Sertifikasi Jabatan",
        "target_renstra_2023": "160 org",
        "realisasi_sd_2021": "0",
        "target_renja_2022": "0",
        "realisasi_renja_2022": "0",
        "tingkat_realisasi_2022": "0%",
        "target_2023": "160 org",
        "realisasi_sd_2023": "160 org",
        "tingkat_capaian_renstra": "0%",
        "level": "sub_kegiatan",
        "page_break_before": False,
    },
    {
        "kode": "50302204",
        "nama": "Penilaian dan Evaluasi Kinerja Aparatur",
        "indikator": "Jumlah dokumen penilaian, evaluasi kinerja, penghargaan dan pelanggaran disiplin",
        "target_renstra_2023": "6 dok",
        "realisasi_sd_2021": "3 dok",
        "target_renja_2022": "3 dok",
        "realisasi_renja_2022": "3 dok",
        "tingkat_realisasi_2022": "100%",
        "target_2023": "3 dok",
        "realisasi_sd_2023": "3 dok",
        "tingkat_capaian_renstra": "100%",
        "level": "kegiatan",
        "page_break_before": False,
    },
    # Printed 8 = 100% although 7/6 = 4545/4600 = 98.8%.
    {
        "kode": "5.03E+09",
        "nama": "Pelaksanaan Penilaian dan Evaluasi Kinerja Aparatur",
        "indikator": "Jumlah Dokumen Hasil Pelaksanaan Penilaian dan Evaluasi Kinerja Aparatur",
        "target_renstra_2023": "9656 dok",
        "realisasi_sd_2021": "9656 dok",
        "target_renja_2022": "4600 dok",
        "realisasi_renja_2022": "4545 dok",
        "tingkat_realisasi_2022": "100%",
        "target_2023": "9656 dok",
        "realisasi_sd_2023": "9656 dok",
        "tingkat_capaian_renstra": "100%",
        "level": "sub_kegiatan",
        "page_break_before": False,
    },
    {
        "kode": "5.03E+09",
        "nama": "Pengelolaan Pemberian Penghargaan Bagi Pegawai",
        "indikator": "Jumlah ASN yang Diberikan Penghargaan",
        "target_renstra_2023": "100 org",
        "realisasi_sd_2021": "100 org",
        "target_renja_2022": "100 org",
        "realisasi_renja_2022": "100 org",
        "tingkat_realisasi_2022": "100%",
        "target_2023": "100 org",
        "realisasi_sd_2023": "100 org",
        "tingkat_capaian_renstra": "100%",
        "level": "sub_kegiatan",
        "page_break_before": False,
    },
    {
        "kode": "5.03E+09",
        "nama": "Pengelolaan Penyelesaian Pelanggaran Disiplin ASN",
        "indikator": "Jumlah Laporan Hasil Pengelolaan Penyelesaian Pelanggaran Disiplin ASN",
        "target_renstra_2023": "1 lap",
        "realisasi_sd_2021": "1 lap",
        "target_renja_2022": "1 lap",
        "realisasi_renja_2022": "1 lap",
        "tingkat_realisasi_2022": "100%",
        "target_2023": "1 lap",
        "realisasi_sd_2023": "1 lap",
        "tingkat_capaian_renstra": "100%",
        "level": "sub_kegiatan",
        "page_break_before": False,
    },
    {
        "kode": "50402",
        "nama": "PROGRAM PENGEMBANGAN SUMBER DAYA MANUSIA",
        "indikator": "Persentase pegawai yang lulus diklat",
        "target_renstra_2023": "65%",
        "realisasi_sd_2021": "63,24%",
        "target_renja_2022": "64%",
        "realisasi_renja_2022": "64,09%",
        "tingkat_realisasi_2022": "100%",
        "target_2023": "64,09%",
        "realisasi_sd_2023": "64,09%",
        "tingkat_capaian_renstra": "100%",
        "level": "program",
        "page_break_before": True,
    },
    # Kegiatan code printed with 7 digits ('5040202'; Tabel 4.1 has 50402202).
    {
        "kode": "5040202",
        "nama": "Sertifikasi, Kelembagaan, Pengembangan Kompetensi Manajerial dan Fungsional",
        "indikator": "Jumlah layanan diklat struktural dan assesment jabatan",
        "target_renstra_2023": "3 layanan",
        "realisasi_sd_2021": "2 layanan",
        "target_renja_2022": "2 layanan",
        "realisasi_renja_2022": "2 layanan",
        "tingkat_realisasi_2022": "100%",
        "target_2023": "2 layanan",
        "realisasi_sd_2023": "2 layanan",
        "tingkat_capaian_renstra": "100%",
        "level": "kegiatan",
        "page_break_before": False,
    },
    {
        "kode": "5,04E+09",
        "nama": "Pelaksanaan Sertifikasi Kompetensi di Lingkungan Pemerintah",
        "indikator": "Jumlah ASN yang Tersertifikasi Lingkup Kabupaten/Kota",
        "target_renstra_2023": "80 org",
        "realisasi_sd_2021": "0",
        "target_renja_2022": "0",
        "realisasi_renja_2022": "0",
        "tingkat_realisasi_2022": "0%",
        "target_2023": "40 org",
        "realisasi_sd_2023": "40 org",
        "tingkat_capaian_renstra": "50%",
        "level": "sub_kegiatan",
        "page_break_before": False,
    },
    {
        "kode": "5,04E+09",
        "nama": (
            "Penyelenggaraan Pengembangan Kompetensi bagi Pimpinan Daerah, Jabatan Pimpinan Tinggi, Jabatan"
            " Fungsional, Kepemimpinan, dan Prajabatan"
        ),
        "indikator": (
            "Jumlah Laporan Hasil Penyelenggaraan Pengembangan Kompetensi bagi Pimpinan Daerah, Jabatan"
            " Pimpinan Tinggi, Jabatan Fungsional, Kepemimpinan, dan Prajabatan"
        ),
        "target_renstra_2023": "2 lap",
        "realisasi_sd_2021": "2 lap",
        "target_renja_2022": "2 lap",
        "realisasi_renja_2022": "2 lap",
        "tingkat_realisasi_2022": "100%",
        "target_2023": "2 lap",
        "realisasi_sd_2023": "2 lap",
        "tingkat_capaian_renstra": "100%",
        "level": "sub_kegiatan",
        "page_break_before": False,
    },
    {
        "kode": "5,04E+09",
        "nama": (
            "Pembinaan, Pengoordinasian, Fasilitasi, Pemantauan, Evaluasi, dan Pelaporan Pelaksanaan"
            " Sertifikasi, Pengelolaan Kelembagaan dan Tenaga Pengembang Kompetensi, Pengelolaan Sumber"
            " Belajar, dan Kerjasama, serta Pengembangan Kompetensi Pimpinan Daerah, Jabatan Pimpinan"
            " Tinggi, Kepemimpinan, dan PrajabatanTinggi, Jabatan Fungsional, Kepemimpinan dan Prajabatan"
        ),
        "indikator": (
            "Jumlah Dokumen Hasil Pembinaan, Koordinasi, Fasilitasi, Pemantauan, Evaluasi, dan Pelaporan"
            " Pelaksanaan Sertifikasi, Pengelolaan Kelembagaan dan Tenaga Pengembang Kompetensi,"
            " Pengelolaan Sumber Belajar, dan Kerja Sama"
        ),
        "target_renstra_2023": "2 dok",
        "realisasi_sd_2021": "2 dok",
        "target_renja_2022": "2 dok",
        "realisasi_renja_2022": "2 dok",
        "tingkat_realisasi_2022": "100%",
        "target_2023": "2 dok",
        "realisasi_sd_2023": "2 dok",
        "tingkat_capaian_renstra": "100%",
        "level": "sub_kegiatan",
        "page_break_before": False,
    },
]

EVALUASI_RENJA: dict[str, Any] = {
    "meta": EVALUASI_RENJA_META,
    "header": EVALUASI_RENJA_HEADER,
    "header_merges": EVALUASI_RENJA_HEADER_MERGES,
    "header_variants": EVALUASI_RENJA_HEADER_VARIANTS,
    "rows": EVALUASI_RENJA_ROWS,
}


# ==================================================================================================
# 4. REVIEW RANWAL RKPD -- seed 001, Tabel 2.3 (T-C.31)
# ==================================================================================================

REVIEW_RANWAL_META: dict[str, Any] = {
    "title_lines": [
        "Tabel T-C.31", "Tabel 2.3. Review terhadap Rancangan Awal RKPD tahun 2024", "Kabupaten Pasuruan",
    ],
    "nama_perangkat_daerah_line": "Nama Perangkat Daerah : BKPSDM",
    "pemda": "Kabupaten Pasuruan",
    "opd": "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia",
    "opd_short": "BKPSDM",
    "tahun": 2024,
    "unit_header": "(Rp.000)",
    "unit_note": (
        "Headers say 'Pagu Indikatif (Rp.000)' / 'Kebutuhan Dana (Rp.000)' but the values are whole rupiah"
        " (they equal Tabel 4.1's pagu to the rupiah, e.g. 9.058.600 and a total of 22.145.310.718). "
        " Reading them as thousands would overstate by 1000x."
    ),
    "source": "seed 001_c5875641b7ff62fa.txt lines 393-496",
}

# Printed header rows (12 columns; None = empty/merged), verbatim incl. the '(Rp.000)' unit over
# whole-rupiah values.  Repeated on every page (8 repeats).
REVIEW_RANWAL_HEADER: list[Any] = [
    [
        "No", "Rancangan Awal RKPD", None, None, None, None, "Hasil Analisis Kebutuhan", None, None, None,
        None, "Catatan Penting",
    ],
    [
        None, "Program/ Kegiatan/ Sub Kegiatan", "Lokasi", "Indikator Kinerja", "Target Capaian",
        "Pagu Indikatif (Rp.000)", "Program/ Kegiatan/ Sub Kegiatan", "Lokasi", "Indikator Kinerja",
        "Target Capaian", "Kebutuhan Dana (Rp.000)", None,
    ],
    ["(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)", "(8)", "(9)", "(10)", "(11)", "(12)"],
]

REVIEW_RANWAL_HEADER_MERGES: list[tuple[Any, ...]] = [
    (1, 1, 2, 1), (1, 2, 1, 6), (1, 7, 1, 11), (1, 12, 2, 12),
]

# Every printed row, 12 columns verbatim (keys in column order; 'no' is column 1, empty on every data row).
# italic_cols: 1-based columns printed in italics (kegiatan rows; sometimes only name + indicator, sometimes
# the whole row; the last program's kegiatan is not italic).  level: not printed -- inferred by aligning
# with Tabel 4.1 (same order).  The ranwal (2-6) and hasil analisis (7-11) halves are identical on every
# row.
REVIEW_RANWAL_ROWS: list[dict[str, Any]] = [
    {
        "no": "",
        "ranwal_nama": "URUSAN PENUNJANG URUSAN PEMERINTAHAN",
        "ranwal_lokasi": "",
        "ranwal_indikator": "",
        "ranwal_target": "",
        "ranwal_pagu": "",
        "hasil_nama": "URUSAN PENUNJANG URUSAN PEMERINTAHAN",
        "hasil_lokasi": "",
        "hasil_indikator": "",
        "hasil_target": "",
        "hasil_kebutuhan_dana": "",
        "catatan": "",
        "level": "urusan",
        "italic_cols": (),
        "page_break_before": False,
    },
    {
        "no": "",
        "ranwal_nama": "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KAB/KOTA",
        "ranwal_lokasi": "Pas",
        "ranwal_indikator": "Persentase dokumen/laporan administrasi PD yang baik/sesuai regulasi",
        "ranwal_target": "84%",
        "ranwal_pagu": "11.343.868.330",
        "hasil_nama": "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KAB/KOTA",
        "hasil_lokasi": "Pas",
        "hasil_indikator": "Persentase dokumen/laporan administrasi PD yang baik/sesuai regulasi",
        "hasil_target": "84%",
        "hasil_kebutuhan_dana": "11.343.868.330",
        "catatan": "",
        "level": "program",
        "italic_cols": (),
        "page_break_before": False,
    },
    {
        "no": "",
        "ranwal_nama": "Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah",
        "ranwal_lokasi": "Pas",
        "ranwal_indikator": (
            "Persentase konsistensi indikator kinerja program/kegiatan/sub kegiatan pada dok rencana,"
            " anggaran, dan evaluasi"
        ),
        "ranwal_target": "90%",
        "ranwal_pagu": "22.382.600",
        "hasil_nama": "Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah",
        "hasil_lokasi": "Pas",
        "hasil_indikator": (
            "Persentase konsistensi indikator kinerja program/kegiatan/sub kegiatan pada dok rencana,"
            " anggaran, dan evaluasi"
        ),
        "hasil_target": "90%",
        "hasil_kebutuhan_dana": "22.382.600",
        "catatan": "",
        "level": "kegiatan",
        "italic_cols": (2, 4, 7, 9),
        "page_break_before": False,
    },
    {
        "no": "",
        "ranwal_nama": "Penyusunan Dokumen Perencanaan Perangkat Daerah",
        "ranwal_lokasi": "Pas",
        "ranwal_indikator": "Jumlah Dokumen Perencanaan Perangkat Daerah",
        "ranwal_target": "5 dok",
        "ranwal_pagu": "9.058.600",
        "hasil_nama": "Penyusunan Dokumen Perencanaan Perangkat Daerah",
        "hasil_lokasi": "Pas",
        "hasil_indikator": "Jumlah Dokumen Perencanaan Perangkat Daerah",
        "hasil_target": "5 dok",
        "hasil_kebutuhan_dana": "9.058.600",
        "catatan": "",
        "level": "sub_kegiatan",
        "italic_cols": (),
        "page_break_before": False,
    },
    {
        "no": "",
        "ranwal_nama": "Evaluasi Kinerja Perangkat Daerah",
        "ranwal_lokasi": "Pas",
        "ranwal_indikator": "Jumlah Laporan Evaluasi Kinerja Perangkat Daerah",
        "ranwal_target": "7 lap",
        "ranwal_pagu": "13.324.000",
        "hasil_nama": "Evaluasi Kinerja Perangkat Daerah",
        "hasil_lokasi": "Pas",
        "hasil_indikator": "Jumlah Laporan Evaluasi Kinerja Perangkat Daerah",
        "hasil_target": "7 lap",
        "hasil_kebutuhan_dana": "13.324.000",
        "catatan": "",
        "level": "sub_kegiatan",
        "italic_cols": (),
        "page_break_before": False,
    },
    {
        "no": "",
        "ranwal_nama": "Administrasi Keuangan Perangkat Daerah",
        "ranwal_lokasi": "Pas",
        "ranwal_indikator": (
            "Persentase laporan keuangan yang sesuai dengan ketentuan dan dapat dipertanggungjawabkan"
        ),
        "ranwal_target": "100%",
        "ranwal_pagu": "8.657.635.600",
        "hasil_nama": "Administrasi Keuangan Perangkat Daerah",
        "hasil_lokasi": "Pas",
        "hasil_indikator": (
            "Persentase laporan keuangan yang sesuai dengan ketentuan dan dapat dipertanggungjawabkan"
        ),
        "hasil_target": "100%",
        "hasil_kebutuhan_dana": "8.657.635.600",
        "catatan": "",
        "level": "kegiatan",
        "italic_cols": (2, 4, 7, 9),
        "page_break_before": False,
    },
    {
        "no": "",
        "ranwal_nama": "Penyediaan Gaji dan Tunjangan ASN",
        "ranwal_lokasi": "Pas",
        "ranwal_indikator": "Jumlah Orang yang Menerima Gaji dan Tunjangan ASN",
        "ranwal_target": "49 org/bln",
        "ranwal_pagu": "7.883.943.000",
        "hasil_nama": "Penyediaan Gaji dan Tunjangan ASN",
        "hasil_lokasi": "Pas",
        "hasil_indikator": "Jumlah Orang yang Menerima Gaji dan Tunjangan ASN",
        "hasil_target": "49 org/bln",
        "hasil_kebutuhan_dana": "7.883.943.000",
        "catatan": "",
        "level": "sub_kegiatan",
        "italic_cols": (),
        "page_break_before": False,
    },
    {
        "no": "",
        "ranwal_nama": "Penyediaan Administrasi Pelaksanaan Tugas ASN",
        "ranwal_lokasi": "Pas",
        "ranwal_indikator": "Jumlah Dokumen Hasil Penyediaan Administrasi Pelaksanaan Tugas ASN",
        "ranwal_target": "13 dok",
        "ranwal_pagu": "665.349.600",
        "hasil_nama": "Penyediaan Administrasi Pelaksanaan Tugas ASN",
        "hasil_lokasi": "Pas",
        "hasil_indikator": "Jumlah Dokumen Hasil Penyediaan Administrasi Pelaksanaan Tugas ASN",
        "hasil_target": "13 dok",
        "hasil_kebutuhan_dana": "665.349.600",
        "catatan": "",
        "level": "sub_kegiatan",
        "italic_cols": (),
        "page_break_before": True,
    },
    {
        "no": "",
        "ranwal_nama": "Pelaksanaan Penatausahaan dan Pengujian/Verifikasi Keuangan SKPD",
        "ranwal_lokasi": "Pas",
        "ranwal_indikator": "Jumlah Dokumen Penatausahaan dan Pengujian/Verifikasi Keuangan SKPD",
        "ranwal_target": "11 dok",
        "ranwal_pagu": "108.343.000",
        "hasil_nama": "Pelaksanaan Penatausahaan dan Pengujian/Verifikasi Keuangan SKPD",
        "hasil_lokasi": "Pas",
        "hasil_indikator": "Jumlah Dokumen Penatausahaan dan Pengujian/Verifikasi Keuangan SKPD",
        "hasil_target": "11 dok",
        "hasil_kebutuhan_dana": "108.343.000",
        "catatan": "",
        "level": "sub_kegiatan",
        "italic_cols": (),
        "page_break_before": False,
    },
    {
        "no": "",
        "ranwal_nama": "Administrasi Kepegawaian Perangkat Daerah",
        "ranwal_lokasi": "Pas",
        "ranwal_indikator": "Persentase dokumen kepegawaian yang akurat dan sesuai ketentuan",
        "ranwal_target": "80%",
        "ranwal_pagu": "130.521.600",
        "hasil_nama": "Administrasi Kepegawaian Perangkat Daerah",
        "hasil_lokasi": "Pas",
        "hasil_indikator": "Persentase dokumen kepegawaian yang akurat dan sesuai ketentuan",
        "hasil_target": "80%",
        "hasil_kebutuhan_dana": "130.521.600",
        "catatan": "",
        "level": "kegiatan",
        "italic_cols": (2, 3, 4, 5, 6, 7, 8, 9, 10, 11),
        "page_break_before": False,
    },
    {
        "no": "",
        "ranwal_nama": "Sosialisasi Peraturan Perundang-Undangan",
        "ranwal_lokasi": "Pas",
        "ranwal_indikator": "Jumlah Orang yang Mengikuti Sosialisasi Peraturan Perundang-Undangan",
        "ranwal_target": "100 org",
        "ranwal_pagu": "130.521.600",
        "hasil_nama": "Sosialisasi Peraturan Perundang-Undangan",
        "hasil_lokasi": "Pas",
        "hasil_indikator": "Jumlah Orang yang Mengikuti Sosialisasi Peraturan Perundang-Undangan",
        "hasil_target": "100 org",
        "hasil_kebutuhan_dana": "130.521.600",
        "catatan": "",
        "level": "sub_kegiatan",
        "italic_cols": (),
        "page_break_before": False,
    },
    {
        "no": "",
        "ranwal_nama": "Administrasi Umum Perangkat Daerah",
        "ranwal_lokasi": "Pas",
        "ranwal_indikator": "Persentase pemenuhan kebutuhan umum PD",
        "ranwal_target": "90%",
        "ranwal_pagu": "630.431.660",
        "hasil_nama": "Administrasi Umum Perangkat Daerah",
        "hasil_lokasi": "Pas",
        "hasil_indikator": "Persentase pemenuhan kebutuhan umum PD",
        "hasil_target": "90%",
        "hasil_kebutuhan_dana": "630.431.660",
        "catatan": "",
        "level": "kegiatan",
        "italic_cols": (2, 3, 4, 5, 6, 7, 8, 9, 10, 11),
        "page_break_before": False,
    },
    {
        "no": "",
        "ranwal_nama": "Penyediaan Bahan Logistik Kantor",
        "ranwal_lokasi": "Pas",
        "ranwal_indikator": "Jumlah Paket Bahan Logistik Kantor yang Disediakan",
        "ranwal_target": "4 paket",
        "ranwal_pagu": "188.985.000",
        "hasil_nama": "Penyediaan Bahan Logistik Kantor",
        "hasil_lokasi": "Pas",
        "hasil_indikator": "Jumlah Paket Bahan Logistik Kantor yang Disediakan",
        "hasil_target": "4 paket",
        "hasil_kebutuhan_dana": "188.985.000",
        "catatan": "",
        "level": "sub_kegiatan",
        "italic_cols": (),
        "page_break_before": False,
    },
    {
        "no": "",
        "ranwal_nama": "Penyediaan Barang Cetak dan Penggandaan",
        "ranwal_lokasi": "Pas",
        "ranwal_indikator": "Jumlah Paket Barang Cetak dan Penggandaan yang Disediakan",
        "ranwal_target": "4 paket",
        "ranwal_pagu": "118.045.000",
        "hasil_nama": "Penyediaan Barang Cetak dan Penggandaan",
        "hasil_lokasi": "Pas",
        "hasil_indikator": "Jumlah Paket Barang Cetak dan Penggandaan yang Disediakan",
        "hasil_target": "4 paket",
        "hasil_kebutuhan_dana": "118.045.000",
        "catatan": "",
        "level": "sub_kegiatan",
        "italic_cols": (),
        "page_break_before": False,
    },
    {
        "no": "",
        "ranwal_nama": "Fasilitasi Kunjungan Tamu",
        "ranwal_lokasi": "Pas",
        "ranwal_indikator": "Jumlah Laporan Fasilitasi Kunjungan Tamu",
        "ranwal_target": "12 lap",
        "ranwal_pagu": "14.601.160",
        "hasil_nama": "Fasilitasi Kunjungan Tamu",
        "hasil_lokasi": "Pas",
        "hasil_indikator": "Jumlah Laporan Fasilitasi Kunjungan Tamu",
        "hasil_target": "12 lap",
        "hasil_kebutuhan_dana": "14.601.160",
        "catatan": "",
        "level": "sub_kegiatan",
        "italic_cols": (),
        "page_break_before": False,
    },
    {
        "no": "",
        "ranwal_nama": "Penyelenggaraan Rapat Koordinasi dan Konsultasi SKPD",
        "ranwal_lokasi": "Pas",
        "ranwal_indikator": "Jumlah Laporan Penyelenggaraan Rapat Koordinasi dan Konsultasi SKPD",
        "ranwal_target": "300 lap",
        "ranwal_pagu": "308.800.500",
        "hasil_nama": "Penyelenggaraan Rapat Koordinasi dan Konsultasi SKPD",
        "hasil_lokasi": "Pas",
        "hasil_indikator": "Jumlah Laporan Penyelenggaraan Rapat Koordinasi dan Konsultasi SKPD",
        "hasil_target": "300 lap",
        "hasil_kebutuhan_dana": "308.800.500",
        "catatan": "",
        "level": "sub_kegiatan",
        "italic_cols": (),
        "page_break_before": False,
    },
    {
        "no": "",
        "ranwal_nama": "Pengadaan Barang Milik Daerah Penunjang Urusan Pemerintahan Daerah",
        "ranwal_lokasi": "Pas",
        "ranwal_indikator": "Persentase pengadaan BMD yang terealisasi",
        "ranwal_target": "60%",
        "ranwal_pagu": "927.953.870",
        "hasil_nama": "Pengadaan Barang Milik Daerah Penunjang Urusan Pemerintahan Daerah",
        "hasil_lokasi": "Pas",
        "hasil_indikator": "Persentase pengadaan BMD yang terealisasi",
        "hasil_target": "60%",
        "hasil_kebutuhan_dana": "927.953.870",
        "catatan": "",
        "level": "kegiatan",
        "italic_cols": (2, 4, 7, 9),
        "page_break_before": True,
    },
    {
        "no": "",
        "ranwal_nama": "Pengadaan Kendaraan Perorangan Dinas atau Kendaraan Dinas Jabatan",
        "ranwal_lokasi": "Pas",
        "ranwal_indikator": (
            "Jumlah Unit Kendaraan Perorangan Dinas atau Kendaraan Dinas Jabatan yang Disediakan"
        ),
        "ranwal_target": "1 unit",
        "ranwal_pagu": "596.000.000",
        "hasil_nama": "Pengadaan Kendaraan Perorangan Dinas atau Kendaraan Dinas Jabatan",
        "hasil_lokasi": "Pas",
        "hasil_indikator": (
            "Jumlah Unit Kendaraan Perorangan Dinas atau Kendaraan Dinas Jabatan yang Disediakan"
        ),
        "hasil_target": "1 unit",
        "hasil_kebutuhan_dana": "596.000.000",
        "catatan": "",
        "level": "sub_kegiatan",
        "italic_cols": (),
        "page_break_before": False,
    },
    {
        "no": "",
        "ranwal_nama": "Pengadaan Mebel",
        "ranwal_lokasi": "Pas",
        "ranwal_indikator": "Jumlah Paket Mebel yang Disediakan",
        "ranwal_target": "2 paket",
        "ranwal_pagu": "126.003.870",
        "hasil_nama": "Pengadaan Mebel",
        "hasil_lokasi": "Pas",
        "hasil_indikator": "Jumlah Paket Mebel yang Disediakan",
        "hasil_target": "2 paket",
        "hasil_kebutuhan_dana": "126.003.870",
        "catatan": "",
        "level": "sub_kegiatan",
        "italic_cols": (),
        "page_break_before": False,
    },
    {
        "no": "",
        "ranwal_nama": "Pengadaan Peralatan dan Mesin Lainnya",
        "ranwal_lokasi": "Pas",
        "ranwal_indikator": "Jumlah Unit Peralatan dan Mesin Lainnya yang Disediakan",
        "ranwal_target": "26 unit",
        "ranwal_pagu": "205.950.000",
        "hasil_nama": "Pengadaan Peralatan dan Mesin Lainnya",
        "hasil_lokasi": "Pas",
        "hasil_indikator": "Jumlah Unit Peralatan dan Mesin Lainnya yang Disediakan",
        "hasil_target": "26 unit",
        "hasil_kebutuhan_dana": "205.950.000",
        "catatan": "",
        "level": "sub_kegiatan",
        "italic_cols": (),
        "page_break_before": False,
    },
    {
        "no": "",
        "ranwal_nama": "Penyediaan Jasa Penunjang Urusan Pemerintahan Daerah",
        "ranwal_lokasi": "Pas",
        "ranwal_indikator": "Persentase jasa penunjang operasional kantor yang tersedia",
        "ranwal_target": "90%",
        "ranwal_pagu": "342.763.000",
        "hasil_nama": "Penyediaan Jasa Penunjang Urusan Pemerintahan Daerah",
        "hasil_lokasi": "Pas",
        "hasil_indikator": "Persentase jasa penunjang operasional kantor yang tersedia",
        "hasil_target": "90%",
        "hasil_kebutuhan_dana": "342.763.000",
        "catatan": "",
        "level": "kegiatan",
        "italic_cols": (2, 4, 7, 9),
        "page_break_before": False,
    },
    {
        "no": "",
        "ranwal_nama": "Penyediaan Jasa Komunikasi, Sumber Daya Air dan Listrik",
        "ranwal_lokasi": "Pas",
        "ranwal_indikator": (
            "Jumlah Laporan Penyediaan Jasa Komunikasi, Sumber Daya Air dan Listrik yang Disediakan"
        ),
        "ranwal_target": "36 lap",
        "ranwal_pagu": "238.215.000",
        "hasil_nama": "Penyediaan Jasa Komunikasi, Sumber Daya Air dan Listrik",
        "hasil_lokasi": "Pas",
        "hasil_indikator": (
            "Jumlah Laporan Penyediaan Jasa Komunikasi, Sumber Daya Air dan Listrik yang Disediakan"
        ),
        "hasil_target": "36 lap",
        "hasil_kebutuhan_dana": "238.215.000",
        "catatan": "",
        "level": "sub_kegiatan",
        "italic_cols": (),
        "page_break_before": False,
    },
    {
        "no": "",
        "ranwal_nama": "Penyediaan Jasa Peralatan dan Perlengkapan Kantor",
        "ranwal_lokasi": "Pas",
        "ranwal_indikator": (
            "Jumlah Laporan Penyediaan Jasa Peralatan dan Perlengkapan Kantor yang Disediakan"
        ),
        "ranwal_target": "6 lap",
        "ranwal_pagu": "104.548.000",
        "hasil_nama": "Penyediaan Jasa Peralatan dan Perlengkapan Kantor",
        "hasil_lokasi": "Pas",
        "hasil_indikator": (
            "Jumlah Laporan Penyediaan Jasa Peralatan dan Perlengkapan Kantor yang Disediakan"
        ),
        "hasil_target": "6 lap",
        "hasil_kebutuhan_dana": "104.548.000",
        "catatan": "",
        "level": "sub_kegiatan",
        "italic_cols": (),
        "page_break_before": False,
    },
    {
        "no": "",
        "ranwal_nama": "Pemeliharaan Barang Milik Daerah Penunjang Urusan Pemerintahan Daerah",
        "ranwal_lokasi": "Pas",
        "ranwal_indikator": "Persentase BMD kondisi baik",
        "ranwal_target": "80%",
        "ranwal_pagu": "632.180.000",
        "hasil_nama": "Pemeliharaan Barang Milik Daerah Penunjang Urusan Pemerintahan Daerah",
        "hasil_lokasi": "Pas",
        "hasil_indikator": "Persentase BMD kondisi baik",
        "hasil_target": "80%",
        "hasil_kebutuhan_dana": "632.180.000",
        "catatan": "",
        "level": "kegiatan",
        "italic_cols": (2, 4, 7, 9),
        "page_break_before": False,
    },
    {
        "no": "",
        "ranwal_nama": (
            "Penyediaan Jasa Pemeliharaan, Biaya Pemeliharaan, Pajak, dan Perizinan Kendaraan Dinas"
            " Operasional atau Lapangan"
        ),
        "ranwal_lokasi": "Pas",
        "ranwal_indikator": (
            "Jumlah Kendaraan Perorangan Dinas atau Kendaraan Dinas Jabatan yang Dipelihara dan dibayarkan"
            " Pajaknya"
        ),
        "ranwal_target": "33 unit",
        "ranwal_pagu": "295.345.000",
        "hasil_nama": (
            "Penyediaan Jasa Pemeliharaan, Biaya Pemeliharaan, Pajak, dan Perizinan Kendaraan Dinas"
            " Operasional atau Lapangan"
        ),
        "hasil_lokasi": "Pas",
        "hasil_indikator": (
            "Jumlah Kendaraan Perorangan Dinas atau Kendaraan Dinas Jabatan yang Dipelihara dan dibayarkan"
            " Pajaknya"
        ),
        "hasil_target": "33 unit",
        "hasil_kebutuhan_dana": "295.345.000",
        "catatan": "",
        "level": "sub_kegiatan",
        "italic_cols": (),
        "page_break_before": True,
    },
    {
        "no": "",
        "ranwal_nama": "Pemeliharaan Peralatan dan Mesin Lainnya",
        "ranwal_lokasi": "Pas",
        "ranwal_indikator": "Jumlah Peralatan dan Mesin Lainnya yang Dipelihara",
        "ranwal_target": "174 unit",
        "ranwal_pagu": "150.595.000",
        "hasil_nama": "Pemeliharaan Peralatan dan Mesin Lainnya",
        "hasil_lokasi": "Pas",
        "hasil_indikator": "Jumlah Peralatan dan Mesin Lainnya yang Dipelihara",
        "hasil_target": "174 unit",
        "hasil_kebutuhan_dana": "150.595.000",
        "catatan": "",
        "level": "sub_kegiatan",
        "italic_cols": (),
        "page_break_before": False,
    },
    # Target '1 unit' here; Tabel 4.1 prints '174 unit' for year n.
    {
        "no": "",
        "ranwal_nama": "Pemeliharaan/Rehabilitasi Gedung Kantor dan Bangunan Lainnya",
        "ranwal_lokasi": "Pas",
        "ranwal_indikator": "Jumlah Gedung Kantor dan Bangunan Lainnya yang Dipelihara/Direhabilitasi",
        "ranwal_target": "1 unit",
        "ranwal_pagu": "186.240.000",
        "hasil_nama": "Pemeliharaan/Rehabilitasi Gedung Kantor dan Bangunan Lainnya",
        "hasil_lokasi": "Pas",
        "hasil_indikator": "Jumlah Gedung Kantor dan Bangunan Lainnya yang Dipelihara/Direhabilitasi",
        "hasil_target": "1 unit",
        "hasil_kebutuhan_dana": "186.240.000",
        "catatan": "",
        "level": "sub_kegiatan",
        "italic_cols": (),
        "page_break_before": False,
    },
    {
        "no": "",
        "ranwal_nama": "PROGRAM KEPEGAWAIAN DAERAH",
        "ranwal_lokasi": "Pas",
        "ranwal_indikator": "Nilai aspek kinerja dan penempatan ASN sesuai formasi dan jabatan",
        "ranwal_target": "234",
        "ranwal_pagu": "6.921.275.188",
        "hasil_nama": "PROGRAM KEPEGAWAIAN DAERAH",
        "hasil_lokasi": "Pas",
        "hasil_indikator": "Nilai aspek kinerja dan penempatan ASN sesuai formasi dan jabatan",
        "hasil_target": "234",
        "hasil_kebutuhan_dana": "6.921.275.188",
        "catatan": "",
        "level": "program",
        "italic_cols": (),
        "page_break_before": False,
    },
    {
        "no": "",
        "ranwal_nama": "Pengadaan, Pemberhentian dan Informasi Kepegawaian ASN",
        "ranwal_lokasi": "Pas",
        "ranwal_indikator": "Nilai perencanaan kebutuhan pegawai",
        "ranwal_target": "36,5",
        "ranwal_pagu": "1.802.940.203",
        "hasil_nama": "Pengadaan, Pemberhentian dan Informasi Kepegawaian ASN",
        "hasil_lokasi": "Pas",
        "hasil_indikator": "Nilai perencanaan kebutuhan pegawai",
        "hasil_target": "36,5",
        "hasil_kebutuhan_dana": "1.802.940.203",
        "catatan": "",
        "level": "kegiatan",
        "italic_cols": (2, 3, 4, 5, 6, 7, 8, 9, 10, 11),
        "page_break_before": False,
    },
    # Continuation row: a further indicator + target of the kegiatan above (no name, no amount).
    {
        "no": "",
        "ranwal_nama": "",
        "ranwal_lokasi": "",
        "ranwal_indikator": "Nilai pengadaan ASN",
        "ranwal_target": "39",
        "ranwal_pagu": "",
        "hasil_nama": "",
        "hasil_lokasi": "",
        "hasil_indikator": "Nilai pengadaan ASN",
        "hasil_target": "39",
        "hasil_kebutuhan_dana": "",
        "catatan": "",
        "level": "indikator_lanjutan",
        "italic_cols": (4, 5, 9, 10),
        "page_break_before": False,
    },
    # Continuation row: a further indicator + target of the kegiatan above (no name, no amount).
    {
        "no": "",
        "ranwal_nama": "",
        "ranwal_lokasi": "",
        "ranwal_indikator": "Nilai sistem informasi pegawai",
        "ranwal_target": "12",
        "ranwal_pagu": "",
        "hasil_nama": "",
        "hasil_lokasi": "",
        "hasil_indikator": "Nilai sistem informasi pegawai",
        "hasil_target": "12",
        "hasil_kebutuhan_dana": "",
        "catatan": "",
        "level": "indikator_lanjutan",
        "italic_cols": (4, 5, 9, 10),
        "page_break_before": False,
    },
    {
        "no": "",
        "ranwal_nama": (
            "Penyusunan Rencana Kebutuhan, Jenis dan Jumlah Jabatan untuk Pelaksanaan Pengadaan ASN"
        ),
        "ranwal_lokasi": "Pas",
        "ranwal_indikator": (
            "Jumlah Dokumen Hasil Penyusunan Rencana Kebutuhan, Jenis dan Jumlah Jabatan untuk Pelaksanaan"
            " Pengadaan ASN"
        ),
        "ranwal_target": "1 dok",
        "ranwal_pagu": "38.109.000",
        "hasil_nama": (
            "Penyusunan Rencana Kebutuhan, Jenis dan Jumlah Jabatan untuk Pelaksanaan Pengadaan ASN"
        ),
        "hasil_lokasi": "Pas",
        "hasil_indikator": (
            "Jumlah Dokumen Hasil Penyusunan Rencana Kebutuhan, Jenis dan Jumlah Jabatan untuk Pelaksanaan"
            " Pengadaan ASN"
        ),
        "hasil_target": "1 dok",
        "hasil_kebutuhan_dana": "38.109.000",
        "catatan": "",
        "level": "sub_kegiatan",
        "italic_cols": (),
        "page_break_before": False,
    },
    {
        "no": "",
        "ranwal_nama": "Koordinasi dan Fasilitasi Pengadaan PNS dan PPPK",
        "ranwal_lokasi": "Pas",
        "ranwal_indikator": "Jumlah Dokumen Kegiatan Koordinasi dan Fasilitasi Pengadaan PNS dan PPPK",
        "ranwal_target": "1 dok",
        "ranwal_pagu": "1.307.901.203",
        "hasil_nama": "Koordinasi dan Fasilitasi Pengadaan PNS dan PPPK",
        "hasil_lokasi": "Pas",
        "hasil_indikator": "Jumlah Dokumen Kegiatan Koordinasi dan Fasilitasi Pengadaan PNS dan PPPK",
        "hasil_target": "1 dok",
        "hasil_kebutuhan_dana": "1.307.901.203",
        "catatan": "",
        "level": "sub_kegiatan",
        "italic_cols": (),
        "page_break_before": False,
    },
    {
        "no": "",
        "ranwal_nama": "Koordinasi Pelaksanaan Administrasi Pemberhentian",
        "ranwal_lokasi": "Pas",
        "ranwal_indikator": (
            "Jumlah Dokumen Hasil kegiatan Koordinasi Pelaksanaan Administrasi Pemberhentian"
        ),
        "ranwal_target": "496 dok",
        "ranwal_pagu": "94.025.000",
        "hasil_nama": "Koordinasi Pelaksanaan Administrasi Pemberhentian",
        "hasil_lokasi": "Pas",
        "hasil_indikator": (
            "Jumlah Dokumen Hasil kegiatan Koordinasi Pelaksanaan Administrasi Pemberhentian"
        ),
        "hasil_target": "496 dok",
        "hasil_kebutuhan_dana": "94.025.000",
        "catatan": "",
        "level": "sub_kegiatan",
        "italic_cols": (),
        "page_break_before": True,
    },
    {
        "no": "",
        "ranwal_nama": "Fasilitasi Lembaga Profesi ASN",
        "ranwal_lokasi": "Pas",
        "ranwal_indikator": "Jumlah Lembaga Profesi ASN yang Difasilitasi",
        "ranwal_target": "6 lbg",
        "ranwal_pagu": "96.565.000",
        "hasil_nama": "Fasilitasi Lembaga Profesi ASN",
        "hasil_lokasi": "Pas",
        "hasil_indikator": "Jumlah Lembaga Profesi ASN yang Difasilitasi",
        "hasil_target": "6 lbg",
        "hasil_kebutuhan_dana": "96.565.000",
        "catatan": "",
        "level": "sub_kegiatan",
        "italic_cols": (),
        "page_break_before": False,
    },
    {
        "no": "",
        "ranwal_nama": "Pengelolaan Sistem Informasi Kepegawaian",
        "ranwal_lokasi": "Pas",
        "ranwal_indikator": "Jumlah Dokumen Hasil Pengelolaan Sistem",
        "ranwal_target": "2 dok",
        "ranwal_pagu": "180.000.000",
        "hasil_nama": "Pengelolaan Sistem Informasi Kepegawaian",
        "hasil_lokasi": "Pas",
        "hasil_indikator": "Jumlah Dokumen Hasil Pengelolaan Sistem",
        "hasil_target": "2 dok",
        "hasil_kebutuhan_dana": "180.000.000",
        "catatan": "",
        "level": "sub_kegiatan",
        "italic_cols": (),
        "page_break_before": False,
    },
    {
        "no": "",
        "ranwal_nama": "Pengelolaan Data Kepegawaian",
        "ranwal_lokasi": "Pas",
        "ranwal_indikator": "Jumlah Dokumen Hasil Pengelolaan Data Kepegawaian",
        "ranwal_target": "1 dok",
        "ranwal_pagu": "86.340.000",
        "hasil_nama": "Pengelolaan Data Kepegawaian",
        "hasil_lokasi": "Pas",
        "hasil_indikator": "Jumlah Dokumen Hasil Pengelolaan Data Kepegawaian",
        "hasil_target": "1 dok",
        "hasil_kebutuhan_dana": "86.340.000",
        "catatan": "",
        "level": "sub_kegiatan",
        "italic_cols": (),
        "page_break_before": False,
    },
    {
        "no": "",
        "ranwal_nama": "Mutasi dan Promosi ASN",
        "ranwal_lokasi": "Pas",
        "ranwal_indikator": "Nilai promosi, mutasi dan rotasi pegawai",
        "ranwal_target": "26,5",
        "ranwal_pagu": "988.340.000",
        "hasil_nama": "Mutasi dan Promosi ASN",
        "hasil_lokasi": "Pas",
        "hasil_indikator": "Nilai promosi, mutasi dan rotasi pegawai",
        "hasil_target": "26,5",
        "hasil_kebutuhan_dana": "988.340.000",
        "catatan": "",
        "level": "kegiatan",
        "italic_cols": (2, 3, 4, 5, 6, 7, 8, 9, 10, 11),
        "page_break_before": False,
    },
    {
        "no": "",
        "ranwal_nama": "Pengelolaan Mutasi ASN",
        "ranwal_lokasi": "Pas",
        "ranwal_indikator": (
            "Jumlah Dokumen Hasil Pelaksanaan Mutasi Jabatan Pimpinan Tinggi, Jabatan Administrasi, Jabatan"
            " Pelaksana dan Mutasi ASN antar Daerah"
        ),
        "ranwal_target": "4 dok",
        "ranwal_pagu": "396.925.000",
        "hasil_nama": "Pengelolaan Mutasi ASN",
        "hasil_lokasi": "Pas",
        "hasil_indikator": (
            "Jumlah Dokumen Hasil Pelaksanaan Mutasi Jabatan Pimpinan Tinggi, Jabatan Administrasi, Jabatan"
            " Pelaksana dan Mutasi ASN antar Daerah"
        ),
        "hasil_target": "4 dok",
        "hasil_kebutuhan_dana": "396.925.000",
        "catatan": "",
        "level": "sub_kegiatan",
        "italic_cols": (),
        "page_break_before": False,
    },
    {
        "no": "",
        "ranwal_nama": "Pengelolaan Kenaikan Pangkat ASN",
        "ranwal_lokasi": "Pas",
        "ranwal_indikator": "Jumlah Pengelolaan Kenaikan Pangkat ASN",
        "ranwal_target": "8500 dok",
        "ranwal_pagu": "132.040.000",
        "hasil_nama": "Pengelolaan Kenaikan Pangkat ASN",
        "hasil_lokasi": "Pas",
        "hasil_indikator": "Jumlah Pengelolaan Kenaikan Pangkat ASN",
        "hasil_target": "8500 dok",
        "hasil_kebutuhan_dana": "132.040.000",
        "catatan": "",
        "level": "sub_kegiatan",
        "italic_cols": (),
        "page_break_before": False,
    },
    {
        "no": "",
        "ranwal_nama": "Pengelolaan Promosi ASN",
        "ranwal_lokasi": "Pas",
        "ranwal_indikator": "Jumlah Dokumen Hasil Pengelolaan Promosi ASN",
        "ranwal_target": "4 dok",
        "ranwal_pagu": "459.375.000",
        "hasil_nama": "Pengelolaan Promosi ASN",
        "hasil_lokasi": "Pas",
        "hasil_indikator": "Jumlah Dokumen Hasil Pengelolaan Promosi ASN",
        "hasil_target": "4 dok",
        "hasil_kebutuhan_dana": "459.375.000",
        "catatan": "",
        "level": "sub_kegiatan",
        "italic_cols": (),
        "page_break_before": False,
    },
    {
        "no": "",
        "ranwal_nama": "Pengembangan Kompetensi ASN",
        "ranwal_lokasi": "Pas",
        "ranwal_indikator": "Nilai pengembangan kompetensi teknis dan fungsional",
        "ranwal_target": "11",
        "ranwal_pagu": "2.816.889.985",
        "hasil_nama": "Pengembangan Kompetensi ASN",
        "hasil_lokasi": "Pas",
        "hasil_indikator": "Nilai pengembangan kompetensi teknis dan fungsional",
        "hasil_target": "11",
        "hasil_kebutuhan_dana": "2.816.889.985",
        "catatan": "",
        "level": "kegiatan",
        "italic_cols": (2, 3, 4, 5, 6, 7, 8, 9, 10, 11),
        "page_break_before": True,
    },
    {
        "no": "",
        "ranwal_nama": "Peningkatan Kapasitas Kinerja ASN",
        "ranwal_lokasi": "Pas",
        "ranwal_indikator": "Jumlah ASN yang Meningkatkan Kapasitasnya",
        "ranwal_target": "140 org",
        "ranwal_pagu": "610.657.485",
        "hasil_nama": "Peningkatan Kapasitas Kinerja ASN",
        "hasil_lokasi": "Pas",
        "hasil_indikator": "Jumlah ASN yang Meningkatkan Kapasitasnya",
        "hasil_target": "140 org",
        "hasil_kebutuhan_dana": "610.657.485",
        "catatan": "",
        "level": "sub_kegiatan",
        "italic_cols": (),
        "page_break_before": False,
    },
    {
        "no": "",
        "ranwal_nama": "Pengelolaan Assesment Center",
        "ranwal_lokasi": "Pas",
        "ranwal_indikator": "Jumlah dokumen pengelolaan assesment center",
        "ranwal_target": "1 dok",
        "ranwal_pagu": "500.000.000",
        "hasil_nama": "Pengelolaan Assesment Center",
        "hasil_lokasi": "Pas",
        "hasil_indikator": "Jumlah dokumen pengelolaan assesment center",
        "hasil_target": "1 dok",
        "hasil_kebutuhan_dana": "500.000.000",
        "catatan": "",
        "level": "sub_kegiatan",
        "italic_cols": (),
        "page_break_before": False,
    },
    {
        "no": "",
        "ranwal_nama": "Pengelolaan Administrasi Diklat dan Sertifikasi ASN",
        "ranwal_lokasi": "Pas",
        "ranwal_indikator": "Jumlah Dokumen Hasil Pengelolaan Administrasi Diklat dan Sertifikasi ASN",
        "ranwal_target": "12 dok",
        "ranwal_pagu": "449.896.500",
        "hasil_nama": "Pengelolaan Administrasi Diklat dan Sertifikasi ASN",
        "hasil_lokasi": "Pas",
        "hasil_indikator": "Jumlah Dokumen Hasil Pengelolaan Administrasi Diklat dan Sertifikasi ASN",
        "hasil_target": "12 dok",
        "hasil_kebutuhan_dana": "449.896.500",
        "catatan": "",
        "level": "sub_kegiatan",
        "italic_cols": (),
        "page_break_before": False,
    },
    {
        "no": "",
        "ranwal_nama": "Pengelolaan Pendidikan Lanjutan ASN",
        "ranwal_lokasi": "Pas",
        "ranwal_indikator": "Jumlah ASN yang Mendapatkan Pendidikan Lanjutan",
        "ranwal_target": "140 org",
        "ranwal_pagu": "150.000.000",
        "hasil_nama": "Pengelolaan Pendidikan Lanjutan ASN",
        "hasil_lokasi": "Pas",
        "hasil_indikator": "Jumlah ASN yang Mendapatkan Pendidikan Lanjutan",
        "hasil_target": "140 org",
        "hasil_kebutuhan_dana": "150.000.000",
        "catatan": "",
        "level": "sub_kegiatan",
        "italic_cols": (),
        "page_break_before": False,
    },
    {
        "no": "",
        "ranwal_nama": "Koordinasi dan Kerjasama Pelaksanaan Diklat",
        "ranwal_lokasi": "Pas",
        "ranwal_indikator": "Jumlah Dokumen Hasil Koordinasi dan Kerja Sama Pelaksanaan Diklat",
        "ranwal_target": "4 dok",
        "ranwal_pagu": "953.168.000",
        "hasil_nama": "Koordinasi dan Kerjasama Pelaksanaan Diklat",
        "hasil_lokasi": "Pas",
        "hasil_indikator": "Jumlah Dokumen Hasil Koordinasi dan Kerja Sama Pelaksanaan Diklat",
        "hasil_target": "4 dok",
        "hasil_kebutuhan_dana": "953.168.000",
        "catatan": "",
        "level": "sub_kegiatan",
        "italic_cols": (),
        "page_break_before": False,
    },
    {
        "no": "",
        "ranwal_nama": "Fasilitasi Sertifikasi Jabatan ASN",
        "ranwal_lokasi": "Pas",
        "ranwal_indikator": "Jumlah ASN yang Mendapatkan Layanan Fasilitasi Sertifikasi Jabatan",
        "ranwal_target": "160 org",
        "ranwal_pagu": "153.168.000",
        "hasil_nama": "Fasilitasi Sertifikasi Jabatan ASN",
        "hasil_lokasi": "Pas",
        "hasil_indikator": "Jumlah ASN yang Mendapatkan Layanan Fasilitasi Sertifikasi Jabatan",
        "hasil_target": "160 org",
        "hasil_kebutuhan_dana": "153.168.000",
        "catatan": "",
        "level": "sub_kegiatan",
        "italic_cols": (),
        "page_break_before": False,
    },
    {
        "no": "",
        "ranwal_nama": "Penilaian dan Evaluasi Kinerja Aparatur",
        "ranwal_lokasi": "Pas",
        "ranwal_indikator": "Nilai manajemen kinerja pegawai",
        "ranwal_target": "71,5",
        "ranwal_pagu": "1.313.105.000",
        "hasil_nama": "Penilaian dan Evaluasi Kinerja Aparatur",
        "hasil_lokasi": "Pas",
        "hasil_indikator": "Nilai manajemen kinerja pegawai",
        "hasil_target": "71,5",
        "hasil_kebutuhan_dana": "1.313.105.000",
        "catatan": "",
        "level": "kegiatan",
        "italic_cols": (2, 3, 4, 5, 6, 7, 8, 9, 10, 11),
        "page_break_before": False,
    },
    # Continuation row: a further indicator + target of the kegiatan above (no name, no amount).
    {
        "no": "",
        "ranwal_nama": "",
        "ranwal_lokasi": "",
        "ranwal_indikator": "Nilai penghargaan dan disiplin pegawai",
        "ranwal_target": "37,5",
        "ranwal_pagu": "",
        "hasil_nama": "",
        "hasil_lokasi": "",
        "hasil_indikator": "Nilai penghargaan dan disiplin pegawai",
        "hasil_target": "37,5",
        "hasil_kebutuhan_dana": "",
        "catatan": "",
        "level": "indikator_lanjutan",
        "italic_cols": (4, 5, 9, 10),
        "page_break_before": False,
    },
    {
        "no": "",
        "ranwal_nama": "Penyusunan Kebijakan Penilaian dan Evaluasi Kinerja Aparatur",
        "ranwal_lokasi": "Pas",
        "ranwal_indikator": (
            "Jumlah Dokumen Hasil Penyusunan Kebijakan Penilaian dan Evaluasi Kinerja Aparatur"
        ),
        "ranwal_target": "1 dok",
        "ranwal_pagu": "50.000.000",
        "hasil_nama": "Penyusunan Kebijakan Penilaian dan Evaluasi Kinerja Aparatur",
        "hasil_lokasi": "Pas",
        "hasil_indikator": (
            "Jumlah Dokumen Hasil Penyusunan Kebijakan Penilaian dan Evaluasi Kinerja Aparatur"
        ),
        "hasil_target": "1 dok",
        "hasil_kebutuhan_dana": "50.000.000",
        "catatan": "",
        "level": "sub_kegiatan",
        "italic_cols": (),
        "page_break_before": True,
    },
    {
        "no": "",
        "ranwal_nama": "Pelaksanaan Penilaian dan Evaluasi Kinerja Aparatur",
        "ranwal_lokasi": "Pas",
        "ranwal_indikator": "Jumlah Dokumen Hasil Pelaksanaan Penilaian dan Evaluasi Kinerja Aparatur",
        "ranwal_target": "9656 dok",
        "ranwal_pagu": "453.856.000",
        "hasil_nama": "Pelaksanaan Penilaian dan Evaluasi Kinerja Aparatur",
        "hasil_lokasi": "Pas",
        "hasil_indikator": "Jumlah Dokumen Hasil Pelaksanaan Penilaian dan Evaluasi Kinerja Aparatur",
        "hasil_target": "9656 dok",
        "hasil_kebutuhan_dana": "453.856.000",
        "catatan": "",
        "level": "sub_kegiatan",
        "italic_cols": (),
        "page_break_before": False,
    },
    {
        "no": "",
        "ranwal_nama": "Evaluasi Hasil Penilaian dan Evaluasi Kinerja Aparatur",
        "ranwal_lokasi": "Pas",
        "ranwal_indikator": "Jumlah Dokumen Hasil Evaluasi Hasil Penilaian dan Evaluasi Kinerja Aparatur",
        "ranwal_target": "9656 lap",
        "ranwal_pagu": "253.856.000",
        "hasil_nama": "Evaluasi Hasil Penilaian dan Evaluasi Kinerja Aparatur",
        "hasil_lokasi": "Pas",
        "hasil_indikator": "Jumlah Dokumen Hasil Evaluasi Hasil Penilaian dan Evaluasi Kinerja Aparatur",
        "hasil_target": "9656 lap",
        "hasil_kebutuhan_dana": "253.856.000",
        "catatan": "",
        "level": "sub_kegiatan",
        "italic_cols": (),
        "page_break_before": False,
    },
    {
        "no": "",
        "ranwal_nama": "Pengelolaan Pemberian Penghargaan Bagi Pegawai",
        "ranwal_lokasi": "Pas",
        "ranwal_indikator": "Jumlah ASN yang Diberikan Penghargaan",
        "ranwal_target": "300 org",
        "ranwal_pagu": "321.115.000",
        "hasil_nama": "Pengelolaan Pemberian Penghargaan Bagi Pegawai",
        "hasil_lokasi": "Pas",
        "hasil_indikator": "Jumlah ASN yang Diberikan Penghargaan",
        "hasil_target": "300 org",
        "hasil_kebutuhan_dana": "321.115.000",
        "catatan": "",
        "level": "sub_kegiatan",
        "italic_cols": (),
        "page_break_before": False,
    },
    {
        "no": "",
        "ranwal_nama": "Pembinaan Disiplin ASN",
        "ranwal_lokasi": "Pas",
        "ranwal_indikator": "Jumlah ASN yang Mendapatkan Pembinaan Kedisiplinan",
        "ranwal_target": "20 org",
        "ranwal_pagu": "50.000.000",
        "hasil_nama": "Pembinaan Disiplin ASN",
        "hasil_lokasi": "Pas",
        "hasil_indikator": "Jumlah ASN yang Mendapatkan Pembinaan Kedisiplinan",
        "hasil_target": "20 org",
        "hasil_kebutuhan_dana": "50.000.000",
        "catatan": "",
        "level": "sub_kegiatan",
        "italic_cols": (),
        "page_break_before": False,
    },
    {
        "no": "",
        "ranwal_nama": "Pengelolaan Penyelesaian Pelanggaran Disiplin ASN",
        "ranwal_lokasi": "Pas",
        "ranwal_indikator": "Jumlah Laporan Hasil Pengelolaan Penyelesaian Pelanggaran Disiplin ASN",
        "ranwal_target": "2 lap",
        "ranwal_pagu": "184.278.000",
        "hasil_nama": "Pengelolaan Penyelesaian Pelanggaran Disiplin ASN",
        "hasil_lokasi": "Pas",
        "hasil_indikator": "Jumlah Laporan Hasil Pengelolaan Penyelesaian Pelanggaran Disiplin ASN",
        "hasil_target": "2 lap",
        "hasil_kebutuhan_dana": "184.278.000",
        "catatan": "",
        "level": "sub_kegiatan",
        "italic_cols": (),
        "page_break_before": False,
    },
    {
        "no": "",
        "ranwal_nama": "PROGRAM PENGEMBANGAN SUMBER DAYA MANUSIA",
        "ranwal_lokasi": "Pas",
        "ranwal_indikator": "Nilai aspek pengembangan karier dan peningkatan kompetensi pegawai",
        "ranwal_target": "71,5",
        "ranwal_pagu": "3.880.167.200",
        "hasil_nama": "PROGRAM PENGEMBANGAN SUMBER DAYA MANUSIA",
        "hasil_lokasi": "Pas",
        "hasil_indikator": "Nilai aspek pengembangan karier dan peningkatan kompetensi pegawai",
        "hasil_target": "71,5",
        "hasil_kebutuhan_dana": "3.880.167.200",
        "catatan": "",
        "level": "program",
        "italic_cols": (),
        "page_break_before": False,
    },
    {
        "no": "",
        "ranwal_nama": "Sertifikasi, Kelembagaan, Pengembangan Kompetensi Manajerial dan Fungsional",
        "ranwal_lokasi": "Pas",
        "ranwal_indikator": "Nilai peningkatan kompetensi manajerial",
        "ranwal_target": "9",
        "ranwal_pagu": "3.880.167.200",
        "hasil_nama": "Sertifikasi, Kelembagaan, Pengembangan Kompetensi Manajerial dan Fungsional",
        "hasil_lokasi": "Pas",
        "hasil_indikator": "Nilai peningkatan kompetensi manajerial",
        "hasil_target": "9",
        "hasil_kebutuhan_dana": "3.880.167.200",
        "catatan": "",
        "level": "kegiatan",
        "italic_cols": (),
        "page_break_before": True,
    },
    {
        "no": "",
        "ranwal_nama": "Pelaksanaan Sertifikasi Kompetensi di Lingkungan Pemerintah Kabupaten/Kota",
        "ranwal_lokasi": "Pas",
        "ranwal_indikator": "Jumlah ASN yang Tersertifikasi Lingkup Kabupaten/Kota",
        "ranwal_target": "40 org",
        "ranwal_pagu": "350.000.000",
        "hasil_nama": "Pelaksanaan Sertifikasi Kompetensi di Lingkungan Pemerintah Kabupaten/Kota",
        "hasil_lokasi": "Pas",
        "hasil_indikator": "Jumlah ASN yang Tersertifikasi Lingkup Kabupaten/Kota",
        "hasil_target": "40 org",
        "hasil_kebutuhan_dana": "350.000.000",
        "catatan": "",
        "level": "sub_kegiatan",
        "italic_cols": (),
        "page_break_before": False,
    },
    {
        "no": "",
        "ranwal_nama": (
            "Penyelenggaraan Pengembangan Kompetensi bagi Pimpinan Daerah, Jabatan Pimpinan Tinggi, Jabatan"
            " Fungsional, Kepemimpinan, dan Prajabatan"
        ),
        "ranwal_lokasi": "Pas",
        "ranwal_indikator": (
            "Jumlah Laporan Hasil Penyelenggaraan Pengembangan Kompetensi bagi Pimpinan Daerah, Jabatan"
            " Pimpinan Tinggi, Jabatan Fungsional, Kepemimpinan, dan Prajabatan"
        ),
        "ranwal_target": "2 lap",
        "ranwal_pagu": "612.410.000",
        "hasil_nama": (
            "Penyelenggaraan Pengembangan Kompetensi bagi Pimpinan Daerah, Jabatan Pimpinan Tinggi, Jabatan"
            " Fungsional, Kepemimpinan, dan Prajabatan"
        ),
        "hasil_lokasi": "Pas",
        "hasil_indikator": (
            "Jumlah Laporan Hasil Penyelenggaraan Pengembangan Kompetensi bagi Pimpinan Daerah, Jabatan"
            " Pimpinan Tinggi, Jabatan Fungsional, Kepemimpinan, dan Prajabatan"
        ),
        "hasil_target": "2 lap",
        "hasil_kebutuhan_dana": "612.410.000",
        "catatan": "",
        "level": "sub_kegiatan",
        "italic_cols": (),
        "page_break_before": False,
    },
    {
        "no": "",
        "ranwal_nama": (
            "Pembinaan, Pengekoordinasian, Fasilitasi, Pemantauan, Evaluasi, dan Pelaporan Pelaksanaan"
            " Sertifikasi, Pengelolaan Kelembagaan dan Tenaga Pengembang Kompetensi, Pengelolaan Sumber"
            " Belajar, dan Kerjasama, serta Pengembangan Kompetensi Pimpinan Daerah, Jabatan Pimpinan"
            " Tinggi, Kepemimpinan, dan PrajabatanTinggi, Jabatan Fungsional, Kepemimpinan dan Prajabatan"
        ),
        "ranwal_lokasi": "Pas",
        "ranwal_indikator": (
            "Jumlah Dokumen Hasil Pembinaan, Koordinasi, Fasilitasi, Pemantauan, Evaluasi, dan Pelaporan"
            " Pelaksanaan Sertifikasi, Pengelolaan Kelembagaan dan Tenaga Pengembang Kompetensi,"
            " Pengelolaan Sumber Belajar, dan Kerja Sama"
        ),
        "ranwal_target": "2 dok",
        "ranwal_pagu": "2.917.757.200",
        "hasil_nama": (
            "Pembinaan, Pengekoordinasian, Fasilitasi, Pemantauan, Evaluasi, dan Pelaporan Pelaksanaan"
            " Sertifikasi, Pengelolaan Kelembagaan dan Tenaga Pengembang Kompetensi, Pengelolaan Sumber"
            " Belajar, dan Kerjasama, serta Pengembangan Kompetensi Pimpinan Daerah, Jabatan Pimpinan"
            " Tinggi, Kepemimpinan, dan PrajabatanTinggi, Jabatan Fungsional, Kepemimpinan dan Prajabatan"
        ),
        "hasil_lokasi": "Pas",
        "hasil_indikator": (
            "Jumlah Dokumen Hasil Pembinaan, Koordinasi, Fasilitasi, Pemantauan, Evaluasi, dan Pelaporan"
            " Pelaksanaan Sertifikasi, Pengelolaan Kelembagaan dan Tenaga Pengembang Kompetensi,"
            " Pengelolaan Sumber Belajar, dan Kerja Sama"
        ),
        "hasil_target": "2 dok",
        "hasil_kebutuhan_dana": "2.917.757.200",
        "catatan": "",
        "level": "sub_kegiatan",
        "italic_cols": (),
        "page_break_before": True,
    },
    # JUMLAH TOTAL row as printed: label in column 1, the ranwal total in column 6 and the second amount in
    # the 12th cell (Catatan Penting), not under 'Kebutuhan Dana' (11); kept positional.
    {
        "no": "JUMLAH TOTAL",
        "ranwal_nama": "",
        "ranwal_lokasi": "",
        "ranwal_indikator": "",
        "ranwal_target": "",
        "ranwal_pagu": "22.145.310.718",
        "hasil_nama": "",
        "hasil_lokasi": "",
        "hasil_indikator": "",
        "hasil_target": "",
        "hasil_kebutuhan_dana": "",
        "catatan": "22.145.310.718",
        "level": "total",
        "italic_cols": (),
        "page_break_before": False,
    },
]

REVIEW_RANWAL: dict[str, Any] = {
    "meta": REVIEW_RANWAL_META,
    "header": REVIEW_RANWAL_HEADER,
    "header_merges": REVIEW_RANWAL_HEADER_MERGES,
    "rows": REVIEW_RANWAL_ROWS,
}


# ==================================================================================================
# 5. RENCANA AKSI 2023 -- seed 002
# ==================================================================================================

# The seed-002 text is a position-based PDF extraction: on every page the quarterly-target column
# ("TW. I 100%" ...) comes out first as a block, then the row texts, partly out of vertical order; the
# merged sasaran / program cells come out in the middle of the rows.  The table was rebuilt as follows
# (all lines of the file are accounted for exactly once; check_seed_data.py re-verifies this):
#   * the vertical row order on a page = the order of the TW blocks on that page; each row was matched to
#     the TW block consistent with its annual target (sum of the quarters, or the same value every
#     quarter) and with the Kepmendagri nomenclature order of the sub kegiatan;
#   * where two rows could take either TW block (same annual target) the nomenclature / extraction order
#     decided -- such rows carry a "Placement:" comment;
#   * level (kegiatan / sub_kegiatan) is not printed; it is inferred from the nomenclature.
# Multi-line cells keep their printed lines in *_lines; the joined text puts a space where the printed
# line ended with one and none after a hyphen or a mid-word break ("semester" / "an SKPD").
RENCANA_AKSI_META: dict[str, Any] = {
    "title_lines": [
        "RENCANA AKSI", "BADAN KEPEGAWAIAN DAN PENGEMBANGAN SUMBERDAYA MANUSIA", "TAHUN ANGGARAN 2023",
    ],
    "opd": "Badan Kepegawaian dan Pengembangan Sumberdaya Manusia",
    "opd_printed": "BADAN KEPEGAWAIAN DAN PENGEMBANGAN SUMBERDAYA MANUSIA",
    "opd_short": "BKPSDM",
    "tahun": 2023,
    "pemda": None,
    "pemda_note": (
        "Not printed.  Signature place 'Malili' is the capital of Kabupaten Luwu Timur (Sulawesi Selatan)"
        " -- an inference, not printed text."
    ),
    "tempat_tanggal": "Malili, 3 Januari 2023",
    "penandatangan": {
        "jabatan": "Kepala BKPSDM,",
        "nama": "Dra. ROSMIYATI ALWY, MM",
        "pangkat": "Pangkat : Pembina Utama Muda",
        "nip": "NIP. 19650110 198602 2 004",
    },
    "column_numbers_printed": "1 2 3 4 5 6 7 8 9 10 11 12 17",
    "pages": 9,
    "unplaced_tokens": ["13", "\\"],
    "unplaced_note": (
        "'13' is extracted on page 1 between the first sub kegiatan and the sasaran text (perhaps a page"
        " number or part of the numbering row); a lone backslash is extracted on page 8.  Neither could be"
        " placed in the table."
    ),
    "source": "seed 002_583ec30ea16bb32b.txt (whole file)",
}

# Printed header text, one extracted line each, in extraction order (identical on all 9 pages).  'REALISA' /
# 'SI' is the word REALISASI broken over two lines.
RENCANA_AKSI_HEADER: list[str] = [
    "NO", "SASARAN PROGRAM KEGIATAN/SUB KEGIATAN", "SASARAN KINERJA", "INDIKATOR", "KINERJA", "TARGET",
    "Penanggung Jawab", "URAIAN", "INDIKATOR", "KINERJA", "TARGET URAIAN", "INDIKATOR", "KINERJA", "TARGET",
    "REALISA", "SI", "CAPAIAN URAIAN",
]

# Logical columns (printed column number, key, header path) -- a RECONSTRUCTION: the printed numbering row
# is '1 2 3 4 5 6 7 8 9 10 11 12 17'; columns 13-16 are not numbered in the extraction and hold no data
# (realisasi / capaian of a plan).
RENCANA_AKSI_COLUMNS: list[tuple[Any, ...]] = [
    (1, "no", "NO"), (2, "sasaran_uraian", "SASARAN / URAIAN"),
    (3, "sasaran_indikator", "SASARAN / INDIKATOR KINERJA"), (4, "sasaran_target", "SASARAN / TARGET"),
    (5, "program_uraian", "PROGRAM / URAIAN"), (6, "program_indikator", "PROGRAM / INDIKATOR KINERJA"),
    (7, "program_target", "PROGRAM / TARGET"), (8, "uraian", "KEGIATAN/SUB KEGIATAN / URAIAN"),
    (9, "sasaran_kinerja", "KEGIATAN/SUB KEGIATAN / SASARAN KINERJA"),
    (10, "indikator", "KEGIATAN/SUB KEGIATAN / INDIKATOR KINERJA"),
    (11, "target", "KEGIATAN/SUB KEGIATAN / TARGET"),
    (12, "tw", "(quarterly targets, 4 lines 'TW. I ...' .. 'TW. IV ...'; no header text printed)"),
    (13, "realisasi", "REALISASI (empty)"), (14, "capaian", "CAPAIAN (empty)"),
    (17, "penanggung_jawab", "Penanggung Jawab"),
]

# Sasaran > program (merged cells spanning the rows) > rows (kegiatan / sub kegiatan) in the reconstructed
# vertical order.  tw: the four quarterly targets as printed ('' = label printed with no value, '-' =
# printed dash); tw_lines: the printed lines ('TW. I 100%', 'TW.I 95%', 'Triwulan I 95%' -- three label
# styles).  page: printed page (1-9); page_break_before: first row of a new page (header repeated);
# extract_order: position of the row's text among the rows of its page in the extraction (1-based).
RENCANA_AKSI_SASARAN: list[dict[str, Any]] = [
    {
        "no": "1",
        "uraian": "Meningkatnya kualitas dan pencapaian kinerja penyelenggaraan urusan perangkat daerah",
        "uraian_lines": [
            "Meningkatnya", "kualitas dan", "pencapaian kinerja", "penyelenggaraan", "urusan perangkat",
            "daerah",
        ],
        "indikator": (
            "Persentase Capaian Kinerja Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota"
        ),
        "indikator_lines": [
            "Persentase Capaian", "Kinerja Program", "Penunjang Urusan", "Pemerintahan", "Daerah",
            "Kabupaten/Kota",
        ],
        "target": "97%",
        "program": {
            "uraian": "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota",
            "uraian_lines": ["Program Penunjang", "Urusan", "Pemerintahan", "Daerah", "Kabupaten/Kota"],
            "indikator": "Persentase penunjang urusan perangkat daerah berjalan sesuai standar",
            "indikator_lines": [
                "Persentase", "penunjang urusan", "perangkat daerah", "berjalan sesuai", "standar",
            ],
            "target": "97%",
        },
        "rows": [
            # Placement: target '100%' and PJ are extracted at the top of the page, before any row text;
            # assigned to this row because the first TW block (100% x4) is the first row and the indicator
            # is a percentage
            {
                "level": "kegiatan",
                "uraian": "Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah",
                "uraian_lines": ["Perencanaan, Penganggaran, dan", "Evaluasi Kinerja Perangkat Daerah"],
                "sasaran_kinerja": (
                    "Tersedianya dokumen perencanaan, penganggaran dan evaluasi kinerja perangkat daerah"
                    " yang disusun tepat waktu dan termanfaatkan"
                ),
                "sasaran_kinerja_lines": [
                    "Tersedianya dokumen", "perencanaan, penganggaran", "dan evaluasi kinerja perangkat",
                    "daerah yang disusun tepat", "waktu dan termanfaatkan",
                ],
                "indikator": (
                    "Persentase penyusunan dokumen perencanaan, penganggaran & evaluasi tepat waktu"
                ),
                "indikator_lines": [
                    "Persentase penyusunan", "dokumen perencanaan,", "penganggaran & evaluasi",
                    "tepat waktu",
                ],
                "target": "100%",
                "tw": ("100%", "100%", "100%", "100%"),
                "tw_lines": ("TW. I 100%", "TW. II 100%", "TW. III 100%", "TW. IV 100%"),
                "penanggung_jawab": "SEKRETARIAT",
                "penanggung_jawab_lines": ["SEKRETARIAT"],
                "page": 1,
                "page_break_before": False,
                "extract_order": 2,
            },
            {
                "level": "sub_kegiatan",
                "uraian": "Penyusunan Dokumen Perencanaan Perangkat Daerah",
                "uraian_lines": ["Penyusunan Dokumen Perencanaan", "Perangkat Daerah"],
                "sasaran_kinerja": "Tersusunnya dokumen perencanaan yang disusun tepat waktu",
                "sasaran_kinerja_lines": ["Tersusunnya dokumen", "perencanaan yang disusun tepat", "waktu"],
                "indikator": "Jumlah dokumen Perencanaan Yang disusun Tepat Waktu",
                "indikator_lines": ["Jumlah dokumen", "Perencanaan Yang disusun", "Tepat Waktu"],
                "target": "10 Dokumen",
                "tw": ("3 Dokumen", "1 Dokumen", "1 Dokumen", "5 Dokumen"),
                "tw_lines": (
                    "TW. I 3 Dokumen", "TW. II 1 Dokumen", "TW. III 1 Dokumen", "TW. IV 5 Dokumen",
                ),
                "penanggung_jawab": "SEKRETARIAT",
                "penanggung_jawab_lines": ["SEKRETARIAT"],
                "page": 1,
                "page_break_before": False,
                "extract_order": 1,
            },
            {
                "level": "sub_kegiatan",
                "uraian": "Koordinasi Penyusunan Dokumen RKA SKPD",
                "uraian_lines": ["Koordinasi Penyusunan Dokumen", "RKA SKPD"],
                "sasaran_kinerja": "Tersusunnya dokumen RKA SKPD yang disusun tepat waktu",
                "sasaran_kinerja_lines": ["Tersusunnya dokumen RKA", "SKPD yang disusun tepat waktu"],
                "indikator": "Jumlah dokumen RKA SKPD yang disusun tepat waktu",
                "indikator_lines": ["Jumlah dokumen RKA", "SKPD yang disusun tepat", "waktu"],
                "target": "2 Dokumen",
                "tw": ("-", "-", "1 Dokumen", "1 Dokumen"),
                "tw_lines": ("TW. I -", "TW. II -", "TW. III 1 Dokumen", "TW. IV 1 Dokumen"),
                "penanggung_jawab": "SEKRETARIAT",
                "penanggung_jawab_lines": ["SEKRETARIAT"],
                "page": 1,
                "page_break_before": False,
                "extract_order": 4,
            },
            # Placement: no target follows this row's text; the loose '2 Dokumen' extracted after the
            # Perencanaan kegiatan text is assigned here (TW block '-, -, 1 Dokumen, 1 Dokumen' sums to 2)
            {
                "level": "sub_kegiatan",
                "uraian": "Koordinasi Penyusunan Dokumen DPA SKPD",
                "uraian_lines": ["Koordinasi Penyusunan Dokumen", "DPA SKPD"],
                "sasaran_kinerja": "Tersusunnya dokumen DPA SKPD yang disusun tepat waktu",
                "sasaran_kinerja_lines": ["Tersusunnya dokumen DPA", "SKPD yang disusun tepat waktu"],
                "indikator": "Jumlah dokumen DPA SKPD yang disusun tepat waktu",
                "indikator_lines": ["Jumlah dokumen DPA", "SKPD yang disusun tepat", "waktu"],
                "target": "2 Dokumen",
                "tw": ("-", "-", "1 Dokumen", "1 Dokumen"),
                "tw_lines": ("TW. I -", "TW. II -", "TW. III 1 Dokumen", "TW. IV 1 Dokumen"),
                "penanggung_jawab": "SEKRETARIAT",
                "penanggung_jawab_lines": ["SEKRETARIAT"],
                "page": 1,
                "page_break_before": False,
                "extract_order": 5,
            },
            {
                "level": "sub_kegiatan",
                "uraian": "Evaluasi Kinerja Perangkat Daerah",
                "uraian_lines": ["Evaluasi Kinerja Perangkat Daerah"],
                "sasaran_kinerja": (
                    "Tersusunnya dokumen evaluasi kinerja perangkat daerah yang disusun tepat waktu"
                ),
                "sasaran_kinerja_lines": [
                    "Tersusunnya dokumen evaluasi", "kinerja perangkat daerah yang", "disusun tepat waktu",
                ],
                "indikator": "Jumlah dokumen evaluasi kinerja pelayanan  perangkat daerah yang disusun",
                "indikator_lines": [
                    "Jumlah dokumen evaluasi", "kinerja pelayanan  perangkat", "daerah yang disusun",
                ],
                "target": "14 Dokumen",
                "tw": ("5 Dokumen", "3 Dokumen", "3 Dokumen", "3 Dokumen"),
                "tw_lines": (
                    "TW. I 5 Dokumen", "TW. II 3 Dokumen", "TW. III 3 Dokumen", "TW. IV 3 Dokumen",
                ),
                "penanggung_jawab": "SEKRETARIAT",
                "penanggung_jawab_lines": ["SEKRETARIAT"],
                "page": 1,
                "page_break_before": False,
                "extract_order": 3,
            },
            # Placement: no PJ follows this row's text; the spare 'SEKRETARIAT' extracted after the
            # Perencanaan kegiatan text is assigned here (all page-1 PJ are SEKRETARIAT)
            {
                "level": "kegiatan",
                "uraian": "Administrasi Keuangan Perangkat Daerah",
                "uraian_lines": ["Administrasi Keuangan Perangkat", "Daerah"],
                "sasaran_kinerja": (
                    "Tersedianya Laporan Keuangan Perangkat Daerah yang yang disusun tepat waktu dan"
                    " termanfaatkan"
                ),
                "sasaran_kinerja_lines": [
                    "Tersedianya Laporan Keuangan", "Perangkat Daerah yang yang", "disusun tepat waktu dan",
                    "termanfaatkan",
                ],
                "indikator": "Persentase administrasi keuangan yang terselenggara dengan baik",
                "indikator_lines": [
                    "Persentase administrasi", "keuangan yang", "terselenggara dengan baik",
                ],
                "target": "95%",
                "tw": ("95%", "95%", "95%", "95%"),
                "tw_lines": ("TW. I 95%", "TW. II 95%", "TW. III 95%", "TW. IV 95%"),
                "penanggung_jawab": "SEKRETARIAT",
                "penanggung_jawab_lines": ["SEKRETARIAT"],
                "page": 1,
                "page_break_before": False,
                "extract_order": 7,
            },
            {
                "level": "sub_kegiatan",
                "uraian": "Penyediaan Gaji dan Tunjangan ASN",
                "uraian_lines": ["Penyediaan Gaji dan Tunjangan", "ASN"],
                "sasaran_kinerja": (
                    "Tersedianya gaji dan tunjangannya ASN BKPSDM yang terbayarkan setiap bulannya"
                ),
                "sasaran_kinerja_lines": [
                    "Tersedianya gaji dan", "tunjangannya ASN BKPSDM", "yang terbayarkan setiap",
                    "bulannya",
                ],
                "indikator": "Jumlah ASN yang gaji dan tunjangannya terbayarkan",
                "indikator_lines": ["Jumlah ASN yang gaji dan", "tunjangannya terbayarkan"],
                "target": "28 Orang",
                "tw": ("28 Orang", "28 Orang", "28 Orang", "28 Orang"),
                "tw_lines": ("TW. I 28 Orang", "TW. II 28 Orang", "TW. III 28 Orang", "TW. IV 28 Orang"),
                "penanggung_jawab": "SEKRETARIAT",
                "penanggung_jawab_lines": ["SEKRETARIAT"],
                "page": 1,
                "page_break_before": False,
                "extract_order": 6,
            },
            {
                "level": "sub_kegiatan",
                "uraian": "Koordinasi dan Penyusunan Laporan Keuangan Bulanan/Triwulanan/Semesteran SKPD",
                "uraian_lines": [
                    "Koordinasi dan Penyusunan", "Laporan Keuangan", "Bulanan/Triwulanan/Semesteran",
                    "SKPD",
                ],
                "sasaran_kinerja": "Tersedianya laporan keuangan perangkat daerah yang disusun tepat waktu",
                "sasaran_kinerja_lines": [
                    "Tersedianya laporan keuangan", "perangkat daerah yang disusun", "tepat waktu",
                ],
                "indikator": (
                    "Jumlah dokumen laporan keuangan bulanan/triwulanan/semesteran SKPD yang disusun Tepat"
                    " Waktu"
                ),
                "indikator_lines": [
                    "Jumlah dokumen laporan", "keuangan", "bulanan/triwulanan/semester",
                    "an SKPD yang disusun", "Tepat Waktu",
                ],
                "target": "5 Dokumen",
                "tw": ("2 Dokumen", "1 Dokumen", "1 Dokumen", "1 Dokumen"),
                "tw_lines": (
                    "TW. I 2 Dokumen", "TW. II 1 Dokumen", "TW. III 1 Dokumen", "TW. IV 1 Dokumen",
                ),
                "penanggung_jawab": "SEKRETARIAT",
                "penanggung_jawab_lines": ["SEKRETARIAT"],
                "page": 2,
                "page_break_before": True,
                "extract_order": 1,
            },
            {
                "level": "kegiatan",
                "uraian": "Administrasi Barang Milik Daerah pada Perangkat Daerah",
                "uraian_lines": ["Administrasi Barang Milik Daerah", "pada Perangkat Daerah"],
                "sasaran_kinerja": (
                    "Tersedianya laporan barang milik daerah pada perangkat daerah yang disusun tepat waktu"
                    " dan termanfaatkan"
                ),
                "sasaran_kinerja_lines": [
                    "Tersedianya laporan barang", "milik daerah pada perangkat",
                    "daerah yang disusun tepat", "waktu dan termanfaatkan",
                ],
                "indikator": "Persentase BMD yang diadministrasikan sesuai standar",
                "indikator_lines": ["Persentase BMD yang", "diadministrasikan sesuai", "standar"],
                "target": "100%",
                "tw": ("100%", "100%", "100%", "100%"),
                "tw_lines": ("TW. I 100%", "TW. II 100%", "TW. III 100%", "TW. IV 100%"),
                "penanggung_jawab": "SEKRETARIAT",
                "penanggung_jawab_lines": ["SEKRETARIAT"],
                "page": 2,
                "page_break_before": False,
                "extract_order": 2,
            },
            {
                "level": "sub_kegiatan",
                "uraian": "Penatausahaan Barang Milik Daerah pada SKPD",
                "uraian_lines": ["Penatausahaan Barang Milik Daerah", "pada SKPD"],
                "sasaran_kinerja": (
                    "Tersedianya laporan penatausahaan barang milik daerah SKPD yang disusun tepat waktu"
                ),
                "sasaran_kinerja_lines": [
                    "Tersedianya laporan", "penatausahaan barang milik", "daerah SKPD yang disusun",
                    "tepat waktu",
                ],
                "indikator": (
                    "Jumlah dokumen laporan penatausahaan barang milik daerah pada SKPD yang disusun"
                ),
                "indikator_lines": [
                    "Jumlah dokumen laporan", "penatausahaan barang milik", "daerah pada SKPD yang",
                    "disusun",
                ],
                "target": "4 Dokumen",
                "tw": ("1 Dokumen", "1 Dokumen", "1 Dokumen", "1 Dokumen"),
                "tw_lines": (
                    "TW. I 1 Dokumen", "TW. II 1 Dokumen", "TW. III 1 Dokumen", "TW. IV 1 Dokumen",
                ),
                "penanggung_jawab": "SEKRETARIAT",
                "penanggung_jawab_lines": ["SEKRETARIAT"],
                "page": 2,
                "page_break_before": False,
                "extract_order": 3,
            },
            {
                "level": "kegiatan",
                "uraian": "Administrasi Kepegawaian Perangkat Daerah",
                "uraian_lines": ["Administrasi Kepegawaian", "Perangkat Daerah"],
                "sasaran_kinerja": (
                    "Terselenggaranya Administrasi Kepegawaian Perangkat daerah dan termanfaatkan"
                ),
                "sasaran_kinerja_lines": [
                    "Terselenggaranya Administrasi", "Kepegawaian Perangkat daerah", "dan termanfaatkan",
                ],
                "indikator": (
                    "Persentase Rara-rata Capaian kinerja Administrasi Kepegawaian Perangkat Daerah"
                ),
                "indikator_lines": [
                    "Persentase Rara-rata", "Capaian kinerja Administrasi", "Kepegawaian Perangkat",
                    "Daerah",
                ],
                "target": "100%",
                "tw": ("100%", "100%", "100%", "100%"),
                "tw_lines": ("TW. I 100%", "TW. II 100%", "TW. III 100%", "TW. IV 100%"),
                "penanggung_jawab": "SEKRETARIAT",
                "penanggung_jawab_lines": ["SEKRETARIAT"],
                "page": 2,
                "page_break_before": False,
                "extract_order": 4,
            },
            # Placement: no PJ follows this row's text; the second of the two consecutive 'SEKRETARIAT'
            # lines is assigned here
            {
                "level": "sub_kegiatan",
                "uraian": "Pendataan dan Pengolahan Administrasi Kepegawaian",
                "uraian_lines": ["Pendataan dan Pengolahan", "Administrasi Kepegawaian"],
                "sasaran_kinerja": (
                    "Tersedianya laporan Pendataan dan Pengolahan Administrasi Kepegawaian yang disusun"
                    " tepat waktu"
                ),
                "sasaran_kinerja_lines": [
                    "Tersedianya laporan Pendataan", "dan Pengolahan Administrasi",
                    "Kepegawaian yang disusun", "tepat waktu",
                ],
                "indikator": "Jumlah Laporan Data Administrasi Kepegawaian yang dimutakhirkan",
                "indikator_lines": [
                    "Jumlah Laporan Data", "Administrasi Kepegawaian", "yang dimutakhirkan",
                ],
                "target": "4 Laporan",
                "tw": ("1 Laporan", "1 Laporan", "1 Laporan", "1 Laporan"),
                "tw_lines": (
                    "TW. I 1 Laporan", "TW. II 1 Laporan", "TW. III 1 Laporan", "TW. IV 1 Laporan",
                ),
                "penanggung_jawab": "SEKRETARIAT",
                "penanggung_jawab_lines": ["SEKRETARIAT"],
                "page": 2,
                "page_break_before": False,
                "extract_order": 6,
            },
            # Placement: TW block ambiguous between this row and 'Bimbingan Teknis ...' (both 7 Orang): '-,
            # 4 Orang, 3 Orang, -' assigned by nomenclature order (Diklat 2.05.0009 before Bimtek 2.05.0011)
            {
                "level": "sub_kegiatan",
                "uraian": "Pendidikan dan Pelatihan Pegawai Berdasarkan Tugas dan Fungsi",
                "uraian_lines": ["Pendidikan dan Pelatihan Pegawai", "Berdasarkan Tugas dan Fungsi"],
                "sasaran_kinerja": "Terselenggaranya Pendidikan dan Pelatihan Pegawai Berdasarkan TUSI",
                "sasaran_kinerja_lines": [
                    "Terselenggaranya Pendidikan", "dan Pelatihan Pegawai", "Berdasarkan TUSI",
                ],
                "indikator": "Jumlah ASN yang Lulus Diklat berdasarkan TUSI",
                "indikator_lines": ["Jumlah ASN yang Lulus", "Diklat berdasarkan TUSI"],
                "target": "7 Orang",
                "tw": ("-", "4 Orang", "3 Orang", "-"),
                "tw_lines": ("TW. I -", "TW. II 4 Orang", "TW. III 3 Orang", "TW. IV -"),
                "penanggung_jawab": "SEKRETARIAT",
                "penanggung_jawab_lines": ["SEKRETARIAT"],
                "page": 2,
                "page_break_before": False,
                "extract_order": 5,
            },
            {
                "level": "sub_kegiatan",
                "uraian": "Sosialisasi Peraturan Perundang-Undangan",
                "uraian_lines": ["Sosialisasi Peraturan Perundang-", "Undangan"],
                "sasaran_kinerja": "Terselenggaranya Sosialisasi Peraturan Perundang-Undangan",
                "sasaran_kinerja_lines": ["Terselenggaranya Sosialisasi", "Peraturan Perundang-Undangan"],
                "indikator": "Jumlah ASN yang mengikuti sosialisasi peraturan perundang-undangan",
                "indikator_lines": [
                    "Jumlah ASN yang mengikuti", "sosialisasi peraturan", "perundang-undangan",
                ],
                "target": "4 Orang",
                "tw": ("-", "2 Orang", "2 Orang", "-"),
                "tw_lines": ("TW. I -", "TW. II 2 Orang", "TW. III 2 Orang", "TW. IV -"),
                "penanggung_jawab": "SEKRETARIAT",
                "penanggung_jawab_lines": ["SEKRETARIAT"],
                "page": 2,
                "page_break_before": False,
                "extract_order": 7,
            },
            # Placement: TW block ambiguous with 'Pendidikan dan Pelatihan Pegawai ...' (both 7 Orang): '-,
            # 3 Orang, 4 Orang, -' assigned by order
            {
                "level": "sub_kegiatan",
                "uraian": "Bimbingan Teknis Implementasi Peraturan Perundang-Undangan",
                "uraian_lines": ["Bimbingan Teknis Implementasi", "Peraturan Perundang-Undangan"],
                "sasaran_kinerja": (
                    "Terselenggaranya Bimbingan Teknis Implementasi Peraturan Perundang-Undangan"
                ),
                "sasaran_kinerja_lines": [
                    "Terselenggaranya Bimbingan", "Teknis Implementasi Peraturan", "Perundang-Undangan",
                ],
                "indikator": (
                    "Jumlah ASN yang mengikuti bimbingan teknis implementasi peraturan perundang - undangan"
                ),
                "indikator_lines": [
                    "Jumlah ASN yang mengikuti", "bimbingan teknis", "implementasi peraturan",
                    "perundang - undangan",
                ],
                "target": "7 Orang",
                "tw": ("-", "3 Orang", "4 Orang", "-"),
                "tw_lines": ("TW. I -", "TW. II 3 Orang", "TW. III 4 Orang", "TW. IV -"),
                "penanggung_jawab": "SEKRETARIAT",
                "penanggung_jawab_lines": ["SEKRETARIAT"],
                "page": 2,
                "page_break_before": False,
                "extract_order": 8,
            },
            {
                "level": "kegiatan",
                "uraian": "Administrasi Umum Perangkat Daerah",
                "uraian_lines": ["Administrasi Umum Perangkat", "Daerah"],
                "sasaran_kinerja": "Terselenggaranya Administrasi Umum Perangkat daerah dan termanfaatkan",
                "sasaran_kinerja_lines": [
                    "Terselenggaranya Administrasi", "Umum Perangkat daerah dan", "termanfaatkan",
                ],
                "indikator": "Persentase Rata- Rata Capaian Kinerja administrasi umum Perangkat Daerah",
                "indikator_lines": [
                    "Persentase Rata- Rata", "Capaian Kinerja administrasi", "umum Perangkat Daerah",
                ],
                "target": "95%",
                "tw": ("95%", "95%", "95%", "95%"),
                "tw_lines": ("TW. I 95%", "TW. II 95%", "TW. III 95%", "TW. IV 95%"),
                "penanggung_jawab": "SEKRETARIAT",
                "penanggung_jawab_lines": ["SEKRETARIAT"],
                "page": 3,
                "page_break_before": True,
                "extract_order": 1,
            },
            {
                "level": "sub_kegiatan",
                "uraian": "Penyediaan Komponen Instalasi Listrik/Penerangan Bangunan Kantor",
                "uraian_lines": ["Penyediaan Komponen Instalasi", "Listrik/Penerangan Bangunan", "Kantor"],
                "sasaran_kinerja": "Tersedianya komponen instalasi listrik/penerangan bangunan kantor",
                "sasaran_kinerja_lines": [
                    "Tersedianya komponen instalasi", "listrik/penerangan bangunan", "kantor",
                ],
                "indikator": (
                    "Jumlah komponen instalasi listrik/penerangan bangunan kantor yang di sediakan"
                ),
                "indikator_lines": [
                    "Jumlah komponen instalasi", "listrik/penerangan bangunan", "kantor yang di sediakan",
                ],
                "target": "11 Jenis",
                "tw": ("3 Jenis", "6 Jenis", "2 Jenis", ""),
                "tw_lines": ("TW. I 3 Jenis", "TW. II 6 Jenis", "TW. III 2 Jenis", "TW. IV"),
                "penanggung_jawab": "SEKRETARIAT",
                "penanggung_jawab_lines": ["SEKRETARIAT"],
                "page": 3,
                "page_break_before": False,
                "extract_order": 2,
            },
            {
                "level": "sub_kegiatan",
                "uraian": "Penyediaan Peralatan dan Perlengkapan Kantor",
                "uraian_lines": ["Penyediaan Peralatan dan", "Perlengkapan Kantor"],
                "sasaran_kinerja": "Terpenuhinya kebutuhan peralatan dan mesin lainnya",
                "sasaran_kinerja_lines": ["Terpenuhinya kebutuhan", "peralatan dan mesin lainnya"],
                "indikator": "Jumlah peralatan dan perlengkapan kantor yang diadakan",
                "indikator_lines": ["Jumlah peralatan dan", "perlengkapan kantor yang", "diadakan"],
                "target": "13 Jenis",
                "tw": ("13 Jenis", "13 Jenis", "13 Jenis", "13 Jenis"),
                "tw_lines": ("TW. I 13 Jenis", "TW. II 13 Jenis", "TW. III 13 Jenis", "TW. IV 13 Jenis"),
                "penanggung_jawab": "SEKRETARIAT",
                "penanggung_jawab_lines": ["SEKRETARIAT"],
                "page": 3,
                "page_break_before": False,
                "extract_order": 3,
            },
            {
                "level": "sub_kegiatan",
                "uraian": "Penyediaan Bahan Logistik Kantor",
                "uraian_lines": ["Penyediaan Bahan Logistik Kantor"],
                "sasaran_kinerja": "Tersedianya bahan logistik kantor",
                "sasaran_kinerja_lines": ["Tersedianya bahan logistik", "kantor"],
                "indikator": "Jumlah bahan logistik kantor yang disediakan",
                "indikator_lines": ["Jumlah bahan logistik kantor", "yang disediakan"],
                "target": "22 Jenis",
                "tw": ("22 Jenis", "22 Jenis", "22 Jenis", "22 Jenis"),
                "tw_lines": ("TW. I 22 Jenis", "TW. II 22 Jenis", "TW. III 22 Jenis", "TW. IV 22 Jenis"),
                "penanggung_jawab": "SEKRETARIAT",
                "penanggung_jawab_lines": ["SEKRETARIAT"],
                "page": 3,
                "page_break_before": False,
                "extract_order": 4,
            },
            {
                "level": "sub_kegiatan",
                "uraian": "Penyediaan Barang Cetakan dan Penggandaan",
                "uraian_lines": ["Penyediaan Barang Cetakan dan", "Penggandaan"],
                "sasaran_kinerja": "Tersedinya barang cetak dan penggandaan",
                "sasaran_kinerja_lines": ["Tersedinya barang cetak dan", "penggandaan"],
                "indikator": "Jumlah barang cetakan dan/atau penggandaan yang disediakan",
                "indikator_lines": ["Jumlah barang cetakan", "dan/atau penggandaan yang", "disediakan"],
                "target": "3 Jenis",
                "tw": ("3 Jenis", "3 Jenis", "3 Jenis", "3 Jenis"),
                "tw_lines": ("TW. I 3 Jenis", "TW. II 3 Jenis", "TW. III 3 Jenis", "TW. IV 3 Jenis"),
                "penanggung_jawab": "SEKRETARIAT",
                "penanggung_jawab_lines": ["SEKRETARIAT"],
                "page": 3,
                "page_break_before": False,
                "extract_order": 5,
            },
            {
                "level": "sub_kegiatan",
                "uraian": "Penyediaan Bahan Bacaan dan Peraturan Perundang-Undangan",
                "uraian_lines": ["Penyediaan Bahan Bacaan dan", "Peraturan Perundang-Undangan"],
                "sasaran_kinerja": "Tersedianya kebutuhan bahan bacaan dan peraturan perundang-undangan",
                "sasaran_kinerja_lines": [
                    "Tersedianya kebutuhan bahan", "bacaan dan peraturan", "perundang-undangan",
                ],
                "indikator": "Jumlah bahan bacaan dan peraturan perundang-undangan yang disediakan",
                "indikator_lines": [
                    "Jumlah bahan bacaan dan", "peraturan perundang-", "undangan yang disediakan",
                ],
                "target": "48 Eksamplar",
                "tw": ("12 Eksamplar", "12 Eksamplar", "12 Eksamplar", "12 Eksamplar"),
                "tw_lines": (
                    "TW. I 12 Eksamplar", "TW. II 12 Eksamplar", "TW. III 12 Eksamplar",
                    "TW. IV 12 Eksamplar",
                ),
                "penanggung_jawab": "SEKRETARIAT",
                "penanggung_jawab_lines": ["SEKRETARIAT"],
                "page": 3,
                "page_break_before": False,
                "extract_order": 6,
            },
            {
                "level": "sub_kegiatan",
                "uraian": "Fasilitasi Kunjungan Tamu",
                "uraian_lines": ["Fasilitasi Kunjungan Tamu"],
                "sasaran_kinerja": "Terpenuhinya tamu yang difasilitasi kunjungannya",
                "sasaran_kinerja_lines": ["Terpenuhinya tamu yang", "difasilitasi kunjungannya"],
                "indikator": "Jumlah tamu yang difasilitasi",
                "indikator_lines": ["Jumlah tamu yang difasilitasi"],
                "target": "693 Orang",
                "tw": ("180 Orang", "220 Orang", "180 Orang", "113 Orang"),
                "tw_lines": (
                    "TW. I 180 Orang", "TW. II 220 Orang", "TW. III 180 Orang", "TW. IV 113 Orang",
                ),
                "penanggung_jawab": "SEKRETARIAT",
                "penanggung_jawab_lines": ["SEKRETARIAT"],
                "page": 3,
                "page_break_before": False,
                "extract_order": 7,
            },
            {
                "level": "sub_kegiatan",
                "uraian": "Penyelenggaraan Rapat Koordinasi dan Konsultasi SKPD",
                "uraian_lines": ["Penyelenggaraan Rapat Koordinasi", "dan Konsultasi SKPD"],
                "sasaran_kinerja": (
                    "Terlaksananya rapat koordinasi dan konsultasi SKPD yang diselenggarakan"
                ),
                "sasaran_kinerja_lines": [
                    "Terlaksananya rapat koordinasi", "dan konsultasi SKPD yang", "diselenggarakan",
                ],
                "indikator": "Jumlah Rapat Koordinasi dan Konsultasi SKPD yang diikuti",
                "indikator_lines": ["Jumlah Rapat Koordinasi", "dan Konsultasi SKPD yang", "diikuti"],
                "target": "218 Kali",
                "tw": ("20 Kali", "60 Kali", "90 Kali", "48 Kali"),
                "tw_lines": ("TW. I 20 Kali", "TW. II 60 Kali", "TW. III 90 Kali", "TW. IV 48 Kali"),
                "penanggung_jawab": "SEKRETARIAT",
                "penanggung_jawab_lines": ["SEKRETARIAT"],
                "page": 3,
                "page_break_before": False,
                "extract_order": 8,
            },
            {
                "level": "sub_kegiatan",
                "uraian": "Penata usahaan arsip dinamis pada SKPD",
                "uraian_lines": ["Penata usahaan arsip dinamis pada", "SKPD"],
                "sasaran_kinerja": (
                    "Tersedianya laporan penatausahaan barang milik daerah SKPD yang disusun tepat waktu"
                ),
                "sasaran_kinerja_lines": [
                    "Tersedianya laporan", "penatausahaan barang milik", "daerah SKPD yang disusun",
                    "tepat waktu",
                ],
                "indikator": "Jumlah Dokumen Laporan Hasil Penatausahaan Arsip Dinamis pada SKPD",
                "indikator_lines": [
                    "Jumlah Dokumen Laporan", "Hasil Penatausahaan Arsip", "Dinamis pada SKPD",
                ],
                "target": "4 Dokumen",
                "tw": ("1 Dokumen", "1 Dokumen", "1 Dokumen", "1 Dokumen"),
                "tw_lines": (
                    "TW. I 1 Dokumen", "TW. II 1 Dokumen", "TW. III 1 Dokumen", "TW. IV 1 Dokumen",
                ),
                "penanggung_jawab": "SEKRETARIAT",
                "penanggung_jawab_lines": ["SEKRETARIAT"],
                "page": 4,
                "page_break_before": True,
                "extract_order": 1,
            },
            {
                "level": "kegiatan",
                "uraian": "Pengadaan Barang Milik Daerah Penunjang Urusan Pemerintah Daerah",
                "uraian_lines": ["Pengadaan Barang Milik Daerah", "Penunjang Urusan Pemerintah", "Daerah"],
                "sasaran_kinerja": (
                    "Tersedianya Barang Milik Daerah Penunjang Urusan Pemerintah Daerah dan termanfaatkan"
                ),
                "sasaran_kinerja_lines": [
                    "Tersedianya Barang Milik", "Daerah Penunjang Urusan", "Pemerintah Daerah dan",
                    "termanfaatkan",
                ],
                "indikator": "Persentase BMD-PD Penunjang yang terpenuhi",
                "indikator_lines": ["Persentase BMD-PD", "Penunjang yang terpenuhi"],
                "target": "100%",
                "tw": ("100%", "100%", "100%", "100%"),
                "tw_lines": ("TW. I 100%", "TW. II 100%", "TW. III 100%", "TW. IV 100%"),
                "penanggung_jawab": "SEKRETARIAT",
                "penanggung_jawab_lines": ["SEKRETARIAT"],
                "page": 4,
                "page_break_before": False,
                "extract_order": 2,
            },
            {
                "level": "sub_kegiatan",
                "uraian": "Pengadaan Kendaran Perorangan Dinas atau Kendaraan Dinas Jabatan",
                "uraian_lines": ["Pengadaan Kendaran Perorangan", "Dinas atau Kendaraan Dinas", "Jabatan"],
                "sasaran_kinerja": (
                    "Terpenuhinya Kebutuhan Kendaraan Perorangan Dinas dan Kendaraan Dinas Jabatan"
                ),
                "sasaran_kinerja_lines": [
                    "Terpenuhinya Kebutuhan", "Kendaraan Perorangan Dinas", "dan Kendaraan Dinas Jabatan",
                ],
                "indikator": "Jumlah Kendaraan Dinas yang diadakan",
                "indikator_lines": ["Jumlah Kendaraan Dinas", "yang diadakan"],
                "target": "1 Unit",
                "tw": ("1 Unit", "-", "-", ""),
                "tw_lines": ("TW. I 1 Unit", "TW. II -", "TW. III -", "TW. IV"),
                "penanggung_jawab": "SEKRETARIAT",
                "penanggung_jawab_lines": ["SEKRETARIAT"],
                "page": 4,
                "page_break_before": False,
                "extract_order": 3,
            },
            # Placement: uraian and sasaran kinerja are extracted on one line: 'Pengadaan mebel Terpenuhinya
            # kebutuhan mebel'
            {
                "level": "sub_kegiatan",
                "uraian": "Pengadaan mebel",
                "uraian_lines": ["Pengadaan mebel"],
                "sasaran_kinerja": "Terpenuhinya kebutuhan mebel",
                "sasaran_kinerja_lines": ["Terpenuhinya kebutuhan mebel"],
                "indikator": "Jumlah mebel yang diadakan",
                "indikator_lines": ["Jumlah mebel yang", "diadakan"],
                "target": "8 Unit",
                "tw": ("-", "8 Unit", "-", "-"),
                "tw_lines": ("TW. I -", "TW. II 8 Unit", "TW. III -", "TW. IV -"),
                "penanggung_jawab": "SEKRETARIAT",
                "penanggung_jawab_lines": ["SEKRETARIAT"],
                "page": 4,
                "page_break_before": False,
                "extract_order": 4,
            },
            {
                "level": "sub_kegiatan",
                "uraian": "Pengadaan Peralatan dan Mesin Lainnya",
                "uraian_lines": ["Pengadaan Peralatan dan Mesin", "Lainnya"],
                "sasaran_kinerja": "Terpenuhinya kebutuhan peralatan dan mesin lainnya",
                "sasaran_kinerja_lines": ["Terpenuhinya kebutuhan", "peralatan dan mesin lainnya"],
                "indikator": "Jumlah peralatan dan mesin lainnya yang diadakan",
                "indikator_lines": ["Jumlah peralatan dan mesin", "lainnya yang diadakan"],
                "target": "11 Unit",
                "tw": ("-", "11 Unit", "-", "-"),
                "tw_lines": ("TW. I -", "TW. II 11 Unit", "TW. III -", "TW. IV -"),
                "penanggung_jawab": "SEKRETARIAT",
                "penanggung_jawab_lines": ["SEKRETARIAT"],
                "page": 4,
                "page_break_before": False,
                "extract_order": 5,
            },
            {
                "level": "kegiatan",
                "uraian": "Penyediaan Jasa Penunjang Urusan Pemerintahan Daerah",
                "uraian_lines": ["Penyediaan Jasa Penunjang Urusan", "Pemerintahan Daerah"],
                "sasaran_kinerja": (
                    "Tersedianya Jasa Penunjang Urusan Pemerintahan Daerah dan termanfaatkan"
                ),
                "sasaran_kinerja_lines": [
                    "Tersedianya Jasa Penunjang", "Urusan Pemerintahan Daerah", "dan termanfaatkan",
                ],
                "indikator": (
                    "Persentase Rata-Rata Capaian Kinerja jasa penunjang urusan pemerintahan daerah"
                ),
                "indikator_lines": [
                    "Persentase Rata-Rata", "Capaian Kinerja jasa", "penunjang urusan",
                    "pemerintahan daerah",
                ],
                "target": "100%",
                "tw": ("100%", "100%", "100%", "100%"),
                "tw_lines": ("TW. I 100%", "TW. II 100%", "TW. III 100%", "TW. IV 100%"),
                "penanggung_jawab": "SEKRETARIAT",
                "penanggung_jawab_lines": ["SEKRETARIAT"],
                "page": 4,
                "page_break_before": False,
                "extract_order": 6,
            },
            {
                "level": "sub_kegiatan",
                "uraian": "Penyediaan Jasa Surat Menyurat",
                "uraian_lines": ["Penyediaan Jasa Surat Menyurat"],
                "sasaran_kinerja": "Teragendanya surat masuk dan keluar yang diadministrasikan dengan baik",
                "sasaran_kinerja_lines": [
                    "Teragendanya surat masuk dan", "keluar yang diadministrasikan", "dengan baik",
                ],
                "indikator": "Jumlah surat masuk dan keluar yang diadministrasikan",
                "indikator_lines": ["Jumlah surat masuk dan", "keluar yang", "diadministrasikan"],
                "target": "2000 Surat",
                "tw": ("400 Surat", "400 Surat", "400 Surat", "800 Surat"),
                "tw_lines": (
                    "TW. I 400 Surat", "TW. II 400 Surat", "TW. III 400 Surat", "TW. IV 800 Surat",
                ),
                "penanggung_jawab": "SEKRETARIAT",
                "penanggung_jawab_lines": ["SEKRETARIAT"],
                "page": 4,
                "page_break_before": False,
                "extract_order": 7,
            },
            {
                "level": "sub_kegiatan",
                "uraian": "Penyediaan Jasa Komunikasi, Sumber Daya Air dan Listrik",
                "uraian_lines": ["Penyediaan Jasa Komunikasi,", "Sumber Daya Air dan Listrik"],
                "sasaran_kinerja": "Terpenuhinya kebutuhan rekening telepon, listrik dan air kantor",
                "sasaran_kinerja_lines": [
                    "Terpenuhinya kebutuhan", "rekening telepon, listrik dan air", "kantor",
                ],
                "indikator": "Jumlah rekening telepon, listrik dan air yang terbayarkan",
                "indikator_lines": ["Jumlah rekening telepon,", "listrik dan air yang", "terbayarkan"],
                "target": "36 Rakening",
                "tw": ("9 Rekening", "9 Rekening", "9 Rekening", "9 Rekening"),
                "tw_lines": (
                    "TW. I 9 Rekening", "TW. II 9 Rekening", "TW. III 9 Rekening", "TW. IV 9 Rekening",
                ),
                "penanggung_jawab": "SEKRETARIAT",
                "penanggung_jawab_lines": ["SEKRETARIAT"],
                "page": 4,
                "page_break_before": False,
                "extract_order": 8,
            },
            {
                "level": "sub_kegiatan",
                "uraian": "Penyediaan Jasa Pelayanan Umum Kantor",
                "uraian_lines": ["Penyediaan Jasa Pelayanan Umum", "Kantor"],
                "sasaran_kinerja": "Terpenuhinya kebutuhan  jasa tenaga pelayanan umum kantor",
                "sasaran_kinerja_lines": ["Terpenuhinya kebutuhan  jasa", "tenaga pelayanan umum kantor"],
                "indikator": "Jumlah jasa tenaga pelayanan umum kantor yang dibayarkan",
                "indikator_lines": ["Jumlah jasa tenaga", "pelayanan umum kantor", "yang dibayarkan"],
                "target": "8 Orang",
                "tw": ("8 Orang", "8 Orang", "8 Orang", "8 Orang"),
                "tw_lines": ("TW. I 8 Orang", "TW. II 8 Orang", "TW. III 8 Orang", "TW. IV 8 Orang"),
                "penanggung_jawab": "SEKRETARIAT",
                "penanggung_jawab_lines": ["SEKRETARIAT"],
                "page": 5,
                "page_break_before": True,
                "extract_order": 1,
            },
            {
                "level": "kegiatan",
                "uraian": "Pemeliharaan Barang Milik Daerah Penunjang Urusan Pemerintahan Daerah",
                "uraian_lines": [
                    "Pemeliharaan Barang Milik Daerah", "Penunjang Urusan Pemerintahan", "Daerah",
                ],
                "sasaran_kinerja": (
                    "Terpeliharanya Barang Milik Daerah Penunjang Urusan Pemerintahan Daerah"
                ),
                "sasaran_kinerja_lines": [
                    "Terpeliharanya Barang Milik", "Daerah Penunjang Urusan", "Pemerintahan Daerah",
                ],
                "indikator": (
                    "Persentase Barang Milik Daerah penunjang urusan pemerintahan yang terpelihara dengan"
                    " baik"
                ),
                "indikator_lines": [
                    "Persentase Barang Milik", "Daerah penunjang urusan", "pemerintahan yang",
                    "terpelihara dengan baik",
                ],
                "target": "100%",
                "tw": ("100%", "100%", "100%", "100%"),
                "tw_lines": ("TW. I 100%", "TW. II 100%", "TW. III 100%", "TW. IV 100%"),
                "penanggung_jawab": "SEKRETARIAT",
                "penanggung_jawab_lines": ["SEKRETARIAT"],
                "page": 5,
                "page_break_before": False,
                "extract_order": 2,
            },
            {
                "level": "sub_kegiatan",
                "uraian": (
                    "Penyediaan Jasa Pemeliharaan, Biaya Pemeliharaan dan Pajak Kendaraan Perorangan Dinas"
                    " atau Kendaraan Dinas Jabatan"
                ),
                "uraian_lines": [
                    "Penyediaan Jasa Pemeliharaan,", "Biaya Pemeliharaan dan Pajak",
                    "Kendaraan Perorangan Dinas atau", "Kendaraan Dinas Jabatan",
                ],
                "sasaran_kinerja": (
                    "Terpenuhinya kendaraan perorangan dinas atau kendaraan yang terpelihara dan dibayarkan"
                    " pajaknya"
                ),
                "sasaran_kinerja_lines": [
                    "Terpenuhinya kendaraan", "perorangan dinas atau", "kendaraan yang terpelihara dan",
                    "dibayarkan pajaknya",
                ],
                "indikator": (
                    "Jumlah Kendaraan Perorangan Dinas atau Jabatan yang dipelihara dan terbayarkan"
                    " Pajaknya"
                ),
                "indikator_lines": [
                    "Jumlah Kendaraan", "Perorangan Dinas atau", "Jabatan yang dipelihara dan",
                    "terbayarkan Pajaknya",
                ],
                "target": "4 Unit",
                "tw": ("4 Unit", "4 Unit", "4 Unit", "4 Unit"),
                "tw_lines": ("TW. I 4 Unit", "TW. II 4 Unit", "TW. III 4 Unit", "TW. IV 4 Unit"),
                "penanggung_jawab": "SEKRETARIAT",
                "penanggung_jawab_lines": ["SEKRETARIAT"],
                "page": 5,
                "page_break_before": False,
                "extract_order": 3,
            },
            {
                "level": "sub_kegiatan",
                "uraian": (
                    "Penyediaan Jasa Pemeliharaan, Biaya Pemeliharaan, Pajak dan Perizinan  Kendaraan Dinas"
                    " Operasional atau Lapangan"
                ),
                "uraian_lines": [
                    "Penyediaan Jasa Pemeliharaan,", "Biaya Pemeliharaan, Pajak dan",
                    "Perizinan  Kendaraan Dinas", "Operasional atau Lapangan",
                ],
                "sasaran_kinerja": (
                    "Terpenuhinya kendaraan dinas operasional yang terpelihara dan dibayarkan pajaknya"
                ),
                "sasaran_kinerja_lines": [
                    "Terpenuhinya kendaraan dinas", "operasional yang terpelihara dan",
                    "dibayarkan pajaknya",
                ],
                "indikator": "Jumlah kendaraan dinas operasional yang dipelihara dan dibayarkan pajaknya",
                "indikator_lines": [
                    "Jumlah kendaraan dinas", "operasional yang dipelihara", "dan dibayarkan pajaknya",
                ],
                "target": "4 Unit",
                "tw": ("4 Unit", "4 Unit", "4 Unit", "4 Unit"),
                "tw_lines": ("TW. I 4 Unit", "TW. II 4 Unit", "TW. III 4 Unit", "TW. IV 4 Unit"),
                "penanggung_jawab": "SEKRETARIAT",
                "penanggung_jawab_lines": ["SEKRETARIAT"],
                "page": 5,
                "page_break_before": False,
                "extract_order": 4,
            },
            {
                "level": "sub_kegiatan",
                "uraian": "Pemeliharaan Peralatan dan Mesin Lainnya",
                "uraian_lines": ["Pemeliharaan Peralatan dan Mesin", "Lainnya"],
                "sasaran_kinerja": "Terpenuhinya peralatan dan mesin lainnya yang dipelihara",
                "sasaran_kinerja_lines": ["Terpenuhinya peralatan dan", "mesin lainnya yang dipelihara"],
                "indikator": "Jumlah peralatan dan mesin lainnya yang dipelihara",
                "indikator_lines": ["Jumlah peralatan dan mesin", "lainnya yang dipelihara"],
                "target": "73 Unit",
                "tw": ("34 Unit", "31 Unit", "18 Unit", "0 Unit"),
                "tw_lines": ("TW. I 34 Unit", "TW. II 31 Unit", "TW. III 18 Unit", "TW. IV 0 Unit"),
                "penanggung_jawab": "SEKRETARIAT",
                "penanggung_jawab_lines": ["SEKRETARIAT"],
                "page": 5,
                "page_break_before": False,
                "extract_order": 5,
            },
            {
                "level": "sub_kegiatan",
                "uraian": (
                    "Pemeliharaan/Rehabilitasi Sarana dan Prasarana Gedung Kantor atau Bangunan Lainnya"
                ),
                "uraian_lines": [
                    "Pemeliharaan/Rehabilitasi Sarana", "dan Prasarana Gedung Kantor atau",
                    "Bangunan Lainnya",
                ],
                "sasaran_kinerja": (
                    "Terpenuhinya sarana dan prasarana gedung kantor atau bangunan lainnya yang"
                    " dipelihara/direhabilitasi"
                ),
                "sasaran_kinerja_lines": [
                    "Terpenuhinya sarana dan", "prasarana gedung kantor atau", "bangunan lainnya yang",
                    "dipelihara/direhabilitasi",
                ],
                "indikator": (
                    "Jumlah sarana dan prasarana gedung kantor atau bangunan lainnya yang"
                    " dipelihara/direhabilitasi"
                ),
                "indikator_lines": [
                    "Jumlah sarana dan", "prasarana gedung kantor", "atau bangunan lainnya yang",
                    "dipelihara/direhabilitasi",
                ],
                "target": "1 Unit",
                "tw": ("-", "1 Unit", "-", "-"),
                "tw_lines": ("TW. I -", "TW. II 1 Unit", "TW. III -", "TW. IV -"),
                "penanggung_jawab": "SEKRETARIAT",
                "penanggung_jawab_lines": ["SEKRETARIAT"],
                "page": 5,
                "page_break_before": False,
                "extract_order": 6,
            },
        ],
    },
    {
        "no": "2",
        "uraian": "Meningkatnya Disiplin Aparatur",
        "uraian_lines": ["Meningkatnya", "Disiplin", "Aparatur"],
        "indikator": "Cakupan ASN yang tidak dijatuhi hukuman disiplin",
        "indikator_lines": ["Cakupan ASN", "yang tidak", "dijatuhi", "hukuman", "disiplin"],
        "target": "99,95%",
        # Placement: the loose '97%' (no PJ after it) extracted just before the 'Pengadaan, Pemberhentian
        # ...' kegiatan on the same page as this program; taken as the program target
        "program": {
            "uraian": "Program Kepegawaian Daerah",
            "uraian_lines": ["Program", "Kepegawaian", "Daerah"],
            "indikator": "Persentase ASN yang memiliki data kepegawaian yang akurat",
            "indikator_lines": ["Persentase", "ASN yang", "memiliki data", "kepegawaian", "yang akurat"],
            "target": "97%",
        },
        "rows": [
            {
                "level": "kegiatan",
                "uraian": "Pengadaan, Pemberhentian dan Informasi Kepegawaian ASN",
                "uraian_lines": ["Pengadaan, Pemberhentian dan", "Informasi Kepegawaian ASN"],
                "sasaran_kinerja": "ASN yang difasilitasi pengadaan, pemberhentian dan data kepegawaiannya",
                "sasaran_kinerja_lines": [
                    "ASN yang difasilitasi", "pengadaan, pemberhentian dan", "data kepegawaiannya",
                ],
                "indikator": "Persentase informasi pegawai yang responsif gender",
                "indikator_lines": ["Persentase informasi", "pegawai yang responsif", "gender"],
                "target": "95%",
                "tw": ("95%", "95%", "95%", "95%"),
                "tw_lines": ("TW. I 95%", "TW. II 95%", "TW. III 95%", "TW. IV 95%"),
                "penanggung_jawab": "Bidang Pengadaan, Pemberhentian, Kinerja dan Informasi Kepegawaian",
                "penanggung_jawab_lines": [
                    "Bidang Pengadaan, Pemberhentian,", "Kinerja dan Informasi Kepegawaian",
                ],
                "page": 5,
                "page_break_before": False,
                "extract_order": 7,
            },
            {
                "level": "sub_kegiatan",
                "uraian": (
                    "Penyusunan rencana kebutuhan, jenis dan jumlah jabatan untuk pelaksanaan pengadaan ASN"
                    " dan PPPK"
                ),
                "uraian_lines": [
                    "Penyusunan rencana kebutuhan,", "jenis dan jumlah jabatan untuk",
                    "pelaksanaan pengadaan ASN dan", "PPPK",
                ],
                "sasaran_kinerja": (
                    "Tersedianya kebutuhan, Jenis  dan jumlah jabatan untuk pelaksanaan pengadaan ASN yang"
                    " akan di seleksi"
                ),
                "sasaran_kinerja_lines": [
                    "Tersedianya kebutuhan, Jenis", "dan jumlah jabatan untuk", "pelaksanaan pengadaan ASN",
                    "yang akan di seleksi",
                ],
                "indikator": (
                    "Jumlah rencana kebutuhan, jenis dan jumlah jabatan untuk pelaksanaan pengadaan ASN"
                    " yang disusun"
                ),
                "indikator_lines": [
                    "Jumlah rencana kebutuhan,", "jenis dan jumlah jabatan", "untuk pelaksanaan",
                    "pengadaan ASN yang", "disusun",
                ],
                "target": "4876 Formasi",
                "tw": ("4876 Formasi", "-", "-", "-"),
                "tw_lines": ("TW. I 4876 Formasi", "TW. II -", "TW. III -", "TW. IV -"),
                "penanggung_jawab": "Bidang Pengadaan, Pemberhentian, Kinerja dan Informasi Kepegawaian",
                "penanggung_jawab_lines": [
                    "Bidang Pengadaan, Pemberhentian,", "Kinerja dan Informasi Kepegawaian",
                ],
                "page": 5,
                "page_break_before": False,
                "extract_order": 8,
            },
            {
                "level": "sub_kegiatan",
                "uraian": "Koordinasi dan fasilitasi pengadaan PNS dan PPPK",
                "uraian_lines": ["Koordinasi dan fasilitasi pengadaan", "PNS dan PPPK"],
                "sasaran_kinerja": "Kesesuaian kebutuhan Calon PNS dan PPPK  yang akan di seleksi",
                "sasaran_kinerja_lines": [
                    "Kesesuaian kebutuhan Calon", "PNS dan PPPK  yang akan di", "seleksi",
                ],
                "indikator": "Jumlah Usulan Calon PNS dan PPPK yang akan diterima",
                "indikator_lines": ["Jumlah Usulan Calon PNS", "dan PPPK yang akan", "diterima"],
                "target": "946 Orang",
                "tw": ("319 Orang", "556 Orang", "71 Orang", "0"),
                "tw_lines": ("TW. I 319 Orang", "TW. II 556 Orang", "TW. III 71 Orang", "TW. IV 0"),
                "penanggung_jawab": "Bidang Pengadaan, Pemberhentian, Kinerja dan Informasi Kepegawaian",
                "penanggung_jawab_lines": [
                    "Bidang Pengadaan, Pemberhentian,", "Kinerja dan Informasi Kepegawaian",
                ],
                "page": 6,
                "page_break_before": True,
                "extract_order": 1,
            },
            {
                "level": "sub_kegiatan",
                "uraian": "Koordinasi Pelaksanaan Administrasi Pemberhentian",
                "uraian_lines": ["Koordinasi Pelaksanaan", "Administrasi Pemberhentian"],
                "sasaran_kinerja": "ASN yang mengusulkan administrasi pensiun",
                "sasaran_kinerja_lines": ["ASN yang mengusulkan", "administrasi pensiun"],
                "indikator": "Persentase Pelayanan Pemberhentian ASN tepat waktu",
                "indikator_lines": ["Persentase Pelayanan", "Pemberhentian ASN tepat", "waktu"],
                "target": "76 Orang",
                "tw": ("24 Orang", "24 Orang", "16 Orang", "12 Orang"),
                "tw_lines": ("TW. I 24 Orang", "TW. II 24 Orang", "TW. III 16 Orang", "TW. IV 12 Orang"),
                "penanggung_jawab": "Bidang Pengadaan, Pemberhentian, Kinerja dan Informasi Kepegawaian",
                "penanggung_jawab_lines": [
                    "Bidang Pengadaan, Pemberhentian,", "Kinerja dan Informasi Kepegawaian",
                ],
                "page": 6,
                "page_break_before": False,
                "extract_order": 2,
            },
            {
                "level": "sub_kegiatan",
                "uraian": "Pengelolaan Sistem Informasi Kepegawaian",
                "uraian_lines": ["Pengelolaan Sistem Informasi", "Kepegawaian"],
                "sasaran_kinerja": "Tersedianya Dokumen ASN yang dimutakhirkan data kepegawaiannya",
                "sasaran_kinerja_lines": [
                    "Tersedianya Dokumen ASN", "yang dimutakhirkan data", "kepegawaiannya",
                ],
                "indikator": "Jumlah Sistem Informasi kepegawaian yang dikelola (Aplikasi)",
                "indikator_lines": ["Jumlah Sistem Informasi", "kepegawaian yang dikelola", "(Aplikasi)"],
                "target": "6 Aplikasi",
                "tw": ("6 Aplikasi", "6 Aplikasi", "6 Aplikasi", "6 Aplikasi"),
                "tw_lines": (
                    "TW. I 6 Aplikasi", "TW. II 6 Aplikasi", "TW. III 6 Aplikasi", "TW. IV 6 Aplikasi",
                ),
                "penanggung_jawab": "Bidang Pengadaan, Pemberhentian, Kinerja dan Informasi Kepegawaian",
                "penanggung_jawab_lines": [
                    "Bidang Pengadaan, Pemberhentian,", "Kinerja dan Informasi Kepegawaian",
                ],
                "page": 6,
                "page_break_before": False,
                "extract_order": 3,
            },
            {
                "level": "kegiatan",
                "uraian": "Mutasi dan Promosi ASN",
                "uraian_lines": ["Mutasi dan Promosi ASN"],
                "sasaran_kinerja": "Terlaksananya Pengelolaan Mutasi dan Promosi ASN sesuai aturan",
                "sasaran_kinerja_lines": [
                    "Terlaksananya Pengelolaan", "Mutasi dan Promosi ASN sesuai", "aturan",
                ],
                "indikator": "Persentase rata-rata capaian pengelolaan Mutasi dan Promosi ASN",
                "indikator_lines": [
                    "Persentase rata-rata capaian", "pengelolaan Mutasi dan", "Promosi ASN",
                ],
                "target": "95%",
                "tw": ("95%", "95%", "95%", "95%"),
                "tw_lines": ("TW. I 95%", "TW. II 95%", "TW. III 95%", "TW. IV 95%"),
                "penanggung_jawab": "Bidang Mutasi, Kepangkatan dan Pengembangan Karir",
                "penanggung_jawab_lines": ["Bidang Mutasi, Kepangkatan dan", "Pengembangan Karir"],
                "page": 6,
                "page_break_before": False,
                "extract_order": 4,
            },
            {
                "level": "sub_kegiatan",
                "uraian": "Pengelolaan Mutasi ASN",
                "uraian_lines": ["Pengelolaan Mutasi ASN"],
                "sasaran_kinerja": "Terlaksananya Penempatan ASN sesuai dengan kebutuhan organisasi",
                "sasaran_kinerja_lines": [
                    "Terlaksananya Penempatan", "ASN sesuai dengan kebutuhan", "organisasi",
                ],
                "indikator": "Rasio Pegawai Fungsional (PNS tidak masuk Guru dan Tenaga Kesehatan)",
                "indikator_lines": [
                    "Rasio Pegawai Fungsional", "(PNS tidak masuk Guru dan", "Tenaga Kesehatan)",
                ],
                "target": "35%",
                "tw": ("35%", "35%", "35%", "35%"),
                "tw_lines": ("TW. I 35%", "TW. II 35%", "TW. III 35%", "TW. IV 35%"),
                "penanggung_jawab": "Bidang Mutasi, Kepangkatan dan Pengembangan Karir",
                "penanggung_jawab_lines": ["Bidang Mutasi, Kepangkatan dan", "Pengembangan Karir"],
                "page": 6,
                "page_break_before": False,
                "extract_order": 5,
            },
            {
                "level": "sub_kegiatan",
                "uraian": "Pengelolaan Kenaikan Pangkat ASN",
                "uraian_lines": ["Pengelolaan Kenaikan Pangkat", "ASN"],
                "sasaran_kinerja": "Terlaksananya Penerbitan SK Kenaikan Pangkat tepat waktu",
                "sasaran_kinerja_lines": ["Terlaksananya Penerbitan SK", "Kenaikan Pangkat tepat waktu"],
                "indikator": "Persentase SK Kenaikan Pangkat ASN yang terbit",
                "indikator_lines": ["Persentase SK Kenaikan", "Pangkat ASN yang terbit"],
                "target": "98%",
                "tw": ("98%", "98%", "98%", "98%"),
                "tw_lines": ("TW. I 98%", "TW. II 98%", "TW. III 98%", "TW. IV 98%"),
                "penanggung_jawab": "Bidang Mutasi, Kepangkatan dan Pengembangan Karir",
                "penanggung_jawab_lines": ["Bidang Mutasi, Kepangkatan dan", "Pengembangan Karir"],
                "page": 6,
                "page_break_before": False,
                "extract_order": 6,
            },
            {
                "level": "sub_kegiatan",
                "uraian": "Pengelolaan Promosi ASN",
                "uraian_lines": ["Pengelolaan Promosi ASN"],
                "sasaran_kinerja": "Terpenuhinya Formasi Jabatan Struktural Daerah",
                "sasaran_kinerja_lines": ["Terpenuhinya Formasi Jabatan", "Struktural Daerah"],
                "indikator": "Persentase jumlah Pejabat ASN Daerah",
                "indikator_lines": ["Persentase jumlah Pejabat", "ASN Daerah"],
                "target": "95%",
                "tw": ("95%", "95%", "95%", "95%"),
                "tw_lines": ("TW.I 95%", "TW.II 95%", "TW.III 95%", "TW.IV 95%"),
                "penanggung_jawab": "Bidang Mutasi, Kepangkatan dan Pengembangan Karir",
                "penanggung_jawab_lines": ["Bidang Mutasi, Kepangkatan dan", "Pengembangan Karir"],
                "page": 6,
                "page_break_before": False,
                "extract_order": 7,
            },
            {
                "level": "kegiatan",
                "uraian": "Pengembangan Kompetensi ASN",
                "uraian_lines": ["Pengembangan Kompetensi ASN"],
                "sasaran_kinerja": "Terlaksananya Pengembangan Kompetensi ASN",
                "sasaran_kinerja_lines": ["Terlaksananya Pengembangan", "Kompetensi ASN"],
                "indikator": "Persentase rata-rata capaian pengembangan kompetensi ASN",
                "indikator_lines": ["Persentase rata-rata capaian", "pengembangan kompetensi", "ASN"],
                "target": "95%",
                "tw": ("95%", "95%", "95%", "95%"),
                "tw_lines": ("TW. I 95%", "TW. II 95%", "TW. III 95%", "TW. IV 95%"),
                "penanggung_jawab": "Bidang Mutasi, Kepangkatan dan Pengembangan Karir",
                "penanggung_jawab_lines": ["Bidang Mutasi, Kepangkatan dan", "Pengembangan Karir"],
                "page": 6,
                "page_break_before": False,
                "extract_order": 8,
            },
            {
                "level": "sub_kegiatan",
                "uraian": "Pengelolaan Assesment Center",
                "uraian_lines": ["Pengelolaan Assesment Center"],
                "sasaran_kinerja": "Ketersediaan pejabat struktural yang mengikuti Assessment",
                "sasaran_kinerja_lines": ["Ketersediaan pejabat struktural", "yang mengikuti Assessment"],
                "indikator": "Jumlah pejabat struktural yang mengikuti Assessment",
                "indikator_lines": ["Jumlah pejabat struktural", "yang mengikuti Assessment"],
                "target": "25%",
                "tw": ("25%", "25%", "25%", "25%"),
                "tw_lines": ("TW. I 25%", "TW. II 25%", "TW. III 25%", "TW. IV 25%"),
                "penanggung_jawab": "Bidang Mutasi, Kepangkatan dan Pengembangan Karir",
                "penanggung_jawab_lines": ["Bidang Mutasi, Kepangkatan dan", "Pengembangan Karir"],
                "page": 7,
                "page_break_before": True,
                "extract_order": 1,
            },
            {
                "level": "sub_kegiatan",
                "uraian": "Pengelolaan pendidikan lanjutan ASN",
                "uraian_lines": ["Pengelolaan pendidikan lanjutan", "ASN"],
                "sasaran_kinerja": "Meningkatnya kompetensi ASN melalui Pendidikan Lanjutan",
                "sasaran_kinerja_lines": ["Meningkatnya kompetensi ASN", "melalui Pendidikan Lanjutan"],
                "indikator": "Jumlah ASN yang mengikuti pendidikan lanjutan",
                "indikator_lines": ["Jumlah ASN yang mengikuti", "pendidikan lanjutan"],
                "target": "8 Orang",
                "tw": ("8 orang", "8 orang", "8 orang", "8 orang"),
                "tw_lines": ("TW. I 8 orang", "TW. II 8 orang", "TW. III 8 orang", "TW. IV 8 orang"),
                "penanggung_jawab": "Bidang Mutasi, Kepangkatan dan Pengembangan Karir",
                "penanggung_jawab_lines": ["Bidang Mutasi, Kepangkatan dan", "Pengembangan Karir"],
                "page": 7,
                "page_break_before": False,
                "extract_order": 2,
            },
            {
                "level": "sub_kegiatan",
                "uraian": "Fasilitasi Pengembangan Karir dalam Jabatan Fungsional",
                "uraian_lines": ["Fasilitasi Pengembangan Karir", "dalam Jabatan Fungsional"],
                "sasaran_kinerja": "Terlaksananya pengembangan karir bagi Pejabat Fungsional",
                "sasaran_kinerja_lines": ["Terlaksananya pengembangan", "karir bagi Pejabat Fungsional"],
                "indikator": (
                    "Rasio Jabatan Fungsional bersertifikat Kompetensi (PNS tidak termasuk Guru dan Tenaga"
                    " Kesehatan)"
                ),
                "indikator_lines": [
                    "Rasio Jabatan Fungsional", "bersertifikat Kompetensi", "(PNS tidak termasuk Guru",
                    "dan Tenaga Kesehatan)",
                ],
                "target": "80,99%",
                "tw": ("80,99%", "80,99%", "80,99%", "80,99%"),
                "tw_lines": ("TW. I 80,99%", "TW. II 80,99%", "TW. III 80,99%", "TW. IV 80,99%"),
                "penanggung_jawab": "Bidang Mutasi, Kepangkatan dan Pengembangan Karir",
                "penanggung_jawab_lines": ["Bidang Mutasi, Kepangkatan dan", "Pengembangan Karir"],
                "page": 7,
                "page_break_before": False,
                "extract_order": 3,
            },
            {
                "level": "kegiatan",
                "uraian": "Penilaian dan Evaluasi Kinerja Aparatur",
                "uraian_lines": ["Penilaian dan Evaluasi Kinerja", "Aparatur"],
                "sasaran_kinerja": "Terlaksananya Penilaian dan evaluasi kinerja ASN tepat waktu",
                "sasaran_kinerja_lines": [
                    "Terlaksananya Penilaian dan", "evaluasi kinerja ASN tepat", "waktu",
                ],
                "indikator": "Persentase rata-rata capaian penilaian dan evaluasi kinerja aparatur",
                "indikator_lines": [
                    "Persentase rata-rata capaian", "penilaian dan evaluasi", "kinerja aparatur",
                ],
                "target": "95%",
                "tw": ("95%", "95%", "95%", "95%"),
                "tw_lines": ("Triwulan I 95%", "Triwulan II 95%", "Triwulan III 95%", "Triwulan IV 95%"),
                "penanggung_jawab": "Bidang Pengadaan, Pemberhentian, Kinerja dan Informasi Kepegawaian",
                "penanggung_jawab_lines": [
                    "Bidang Pengadaan, Pemberhentian,", "Kinerja dan Informasi Kepegawaian",
                ],
                "page": 7,
                "page_break_before": False,
                "extract_order": 4,
            },
            # Placement: TW block ambiguous with 'Pengelolaan Pemberian Penghargaan ...' (both 100%): '100%'
            # x4 assigned by order
            {
                "level": "sub_kegiatan",
                "uraian": "Pelaksanaan Penilaian dan Evaluasi Kinerja Aparatur",
                "uraian_lines": ["Pelaksanaan Penilaian dan Evaluasi", "Kinerja Aparatur"],
                "sasaran_kinerja": "Terpenuhinya ASN yang mendapat penilaian dan evaluasi kinerja",
                "sasaran_kinerja_lines": [
                    "Terpenuhinya ASN yang", "mendapat penilaian dan", "evaluasi kinerja",
                ],
                "indikator": "Persentase jumlah pegawai yang dinilai dan dievaluasi kinerjanya",
                "indikator_lines": [
                    "Persentase jumlah pegawai", "yang dinilai dan dievaluasi", "kinerjanya",
                ],
                "target": "100%",
                "tw": ("100%", "100%", "100%", "100%"),
                "tw_lines": (
                    "Triwulan I 100%", "Triwulan II 100%", "Triwulan III 100%", "Triwulan IV 100%",
                ),
                "penanggung_jawab": "Bidang Pengadaan, Pemberhentian, Kinerja dan Informasi Kepegawaian",
                "penanggung_jawab_lines": [
                    "Bidang Pengadaan, Pemberhentian,", "Kinerja dan Informasi Kepegawaian",
                ],
                "page": 7,
                "page_break_before": False,
                "extract_order": 5,
            },
            # Placement: TW block ambiguous with 'Pelaksanaan Penilaian ...' (both 100%): '-, -, 100%, -'
            # assigned by order
            {
                "level": "sub_kegiatan",
                "uraian": "Pengelolaan Pemberian Penghargaan Bagi Pegawai",
                "uraian_lines": ["Pengelolaan Pemberian", "Penghargaan Bagi Pegawai"],
                "sasaran_kinerja": "ASN yang mendapatkan reward",
                "sasaran_kinerja_lines": ["ASN yang mendapatkan reward"],
                "indikator": "Persentase jumlah piagam penghargaan pegawai yang terbit",
                "indikator_lines": ["Persentase jumlah piagam", "penghargaan pegawai yang", "terbit"],
                "target": "100%",
                "tw": ("-", "-", "100%", "-"),
                "tw_lines": ("Triwulan I -", "Triwulan II -", "Triwulan III 100%", "Triwulan IV -"),
                "penanggung_jawab": "Bidang Pengadaan, Pemberhentian, Kinerja dan Informasi Kepegawaian",
                "penanggung_jawab_lines": [
                    "Bidang Pengadaan, Pemberhentian,", "Kinerja dan Informasi Kepegawaian",
                ],
                "page": 7,
                "page_break_before": False,
                "extract_order": 6,
            },
            {
                "level": "sub_kegiatan",
                "uraian": "Pembinaan Disiplin ASN",
                "uraian_lines": ["Pembinaan Disiplin ASN"],
                "sasaran_kinerja": "Penanganan Kasus-kasus Pelanggaran Disiplin ASN",
                "sasaran_kinerja_lines": ["Penanganan Kasus-kasus", "Pelanggaran Disiplin ASN"],
                "indikator": "Persentase jumlah kasus yang tertangani",
                "indikator_lines": ["Persentase jumlah kasus", "yang tertangani"],
                "target": "95%",
                "tw": ("95%", "95%", "95%", "95%"),
                "tw_lines": ("Triwulan I 95%", "Triwulan II 95%", "Triwulan III 95%", "Triwulan IV 95%"),
                "penanggung_jawab": "Bidang Pengadaan, Pemberhentian, Kinerja dan Informasi Kepegawaian",
                "penanggung_jawab_lines": [
                    "Bidang Pengadaan, Pemberhentian,", "Kinerja dan Informasi Kepegawaian",
                ],
                "page": 7,
                "page_break_before": False,
                "extract_order": 7,
            },
            # Placement: no target/PJ follow this row's text (page ends); the loose '75%' + PJ extracted
            # between 'Pelaksanaan Penilaian' and 'Pengelolaan Pemberian Penghargaan' are assigned here (the
            # last TW block is 75% x4)
            {
                "level": "sub_kegiatan",
                "uraian": "Pelayanan proses izin perceraian pegawai",
                "uraian_lines": ["Pelayanan proses izin perceraian", "pegawai"],
                "sasaran_kinerja": "Penanganan izin perceraian pegawain",
                "sasaran_kinerja_lines": ["Penanganan izin perceraian", "pegawain"],
                "indikator": "Persentase jumlah permohonan proses izin perceraian pegawai yang terlayani",
                "indikator_lines": [
                    "Persentase jumlah", "permohonan proses izin", "perceraian pegawai yang", "terlayani",
                ],
                "target": "75%",
                "tw": ("75%", "75%", "75%", "75%"),
                "tw_lines": ("Triwulan I 75%", "Triwulan II 75%", "Triwulan III 75%", "Triwulan IV 75%"),
                "penanggung_jawab": "Bidang Pengadaan, Pemberhentian, Kinerja dan Informasi Kepegawaian",
                "penanggung_jawab_lines": [
                    "Bidang Pengadaan, Pemberhentian,", "Kinerja dan Informasi Kepegawaian",
                ],
                "page": 7,
                "page_break_before": False,
                "extract_order": 8,
            },
            {
                "level": "sub_kegiatan",
                "uraian": "Evaluasi disiplin ASN",
                "uraian_lines": ["Evaluasi disiplin ASN"],
                "sasaran_kinerja": "Penanganan pelanggaran disiplin ASN",
                "sasaran_kinerja_lines": ["Penanganan pelanggaran", "disiplin ASN"],
                "indikator": "Persentase pelanggaran disiplin ASN yang terselesaikan",
                "indikator_lines": ["Persentase pelanggaran", "disiplin ASN yang", "terselesaikan"],
                "target": "85%",
                "tw": ("85%", "85%", "85%", "85%"),
                "tw_lines": ("Triwulan I 85%", "Triwulan II 85%", "Triwulan III 85%", "Triwulan IV 85%"),
                "penanggung_jawab": "Bidang Pengadaan, Pemberhentian, Kinerja dan Informasi Kepegawaian",
                "penanggung_jawab_lines": [
                    "Bidang Pengadaan, Pemberhentian,", "Kinerja dan Informasi Kepegawaian",
                ],
                "page": 8,
                "page_break_before": True,
                "extract_order": 1,
            },
        ],
    },
    {
        "no": "3",
        "uraian": "Meningkatnya Kompetensi Sumber Daya Manusia Aparatur",
        "uraian_lines": ["Meningkatnya", "Kompetensi", "Sumber Daya", "Manusia", "Aparatur"],
        "indikator": (
            "Persentase sumber daya manusia aparatur yang bersertifikat kompetensi teknis, manajerial dan"
            " fungsional"
        ),
        "indikator_lines": [
            "Persentase", "sumber daya", "manusia", "aparatur yang", "bersertifikat", "kompetensi",
            "teknis,", "manajerial dan", "fungsional",
        ],
        "target": "82,10%",
        # Placement: the loose '30%' (no PJ after it) extracted after the first sub kegiatan of this
        # program; taken as the program target ('100%' + PJ printed after the program indicator belongs to
        # kegiatan 'Pengembangan Kompetensi Teknis', whose TW block is 100% x4)
        "program": {
            "uraian": "Program Pengembangan Sumber Daya Manusia",
            "uraian_lines": ["Program", "Pengembanga", "n Sumber", "Daya Manusia"],
            "indikator": "Persentase ASN yang telah mengikuti pengembangan kompetensi minimal 20 JP/tahun",
            "indikator_lines": [
                "Persentase", "ASN yang", "telah", "mengikuti", "pengembanga", "n kompetensi", "minimal 20",
                "JP/tahun",
            ],
            "target": "30%",
        },
        "rows": [
            # Placement: target '100%' + PJ extracted right after the program indicator; assigned to this
            # kegiatan because its TW block (2nd on the page) is '100%' x4; the row's own text has no target
            # after it
            {
                "level": "kegiatan",
                "uraian": "Pengembangan Kompetensi Teknis",
                "uraian_lines": ["Pengembangan Kompetensi Teknis"],
                "sasaran_kinerja": "ASN yang dikembangkan kompetensi teknisnya",
                "sasaran_kinerja_lines": ["ASN yang dikembangkan", "kompetensi teknisnya"],
                "indikator": "Persentase ASN yang Lulus Pendidikan dan Pelatihan melalui Anggaran BKPSDM",
                "indikator_lines": [
                    "Persentase ASN yang Lulus", "Pendidikan dan Pelatihan", "melalui Anggaran BKPSDM",
                ],
                "target": "100%",
                "tw": ("100%", "100%", "100%", "100%"),
                "tw_lines": (
                    "Triwulan I 100%", "Triwulan II 100%", "Triwulan III 100%", "Triwulan IV 100%",
                ),
                "penanggung_jawab": "Bidang Pengembangan Sumber Daya Aparatur",
                "penanggung_jawab_lines": ["Bidang Pengembangan Sumber", "Daya Aparatur"],
                "page": 8,
                "page_break_before": False,
                "extract_order": 3,
            },
            {
                "level": "sub_kegiatan",
                "uraian": (
                    "Penyelenggaraan Pengembangan Kompetensi Teknis Umum, Inti dan Pilihan bagi Jabatan"
                    " Administrasi Penyelenggara Urusan Pemerintahaan Konkuren, Perangkat Daerah Penunjang"
                    " dan Urusan Pemerintahan Umum"
                ),
                "uraian_lines": [
                    "Penyelenggaraan Pengembangan", "Kompetensi Teknis Umum, Inti dan",
                    "Pilihan bagi Jabatan Administrasi", "Penyelenggara Urusan", "Pemerintahaan Konkuren,",
                    "Perangkat Daerah Penunjang dan", "Urusan Pemerintahan Umum",
                ],
                "sasaran_kinerja": (
                    "ASN yang mengikuti Diklat kompetensi teknis umum, inti dan pilihan melalui anggaran"
                    " BKPSDM"
                ),
                "sasaran_kinerja_lines": [
                    "ASN yang mengikuti Diklat", "kompetensi teknis umum, inti",
                    "dan pilihan melalui anggaran", "BKPSDM",
                ],
                "indikator": (
                    "Jumlah ASN yang telah mengikuti Diklat Teknis melalui Anggaran BKPSDM dan Memenuhi"
                    " Standar JP"
                ),
                "indikator_lines": [
                    "Jumlah ASN yang telah", "mengikuti Diklat Teknis", "melalui Anggaran BKPSDM",
                    "dan Memenuhi Standar JP",
                ],
                "target": "130 Orang",
                "tw": ("-", "60 Orang", "70 Orang", "-"),
                "tw_lines": (
                    "Triwulan I -", "Triwulan II 60 Orang", "Triwulan III 70 Orang", "Triwulan IV -",
                ),
                "penanggung_jawab": "Bidang Pengembangan Sumber Daya Aparatur",
                "penanggung_jawab_lines": ["Bidang Pengembangan Sumber", "Daya Aparatur"],
                "page": 8,
                "page_break_before": False,
                "extract_order": 2,
            },
            {
                "level": "sub_kegiatan",
                "uraian": (
                    "Pembinaan, Pengorganisasian, Fasilitasi, Pemantauan, Evaluasi dan Pelaporan"
                    " Pengembangan Kompetensi Teknis Umum, Inti, dan Pilihan Bagi Jabatan Administrasi"
                    " Penyelenggaraan Urusan Pemerintahan Konkuren, Perangkat Daerah Penunjang dan Urusan"
                    " Pemerintahan Umum"
                ),
                "uraian_lines": [
                    "Pembinaan, Pengorganisasian,", "Fasilitasi, Pemantauan, Evaluasi",
                    "dan Pelaporan Pengembangan", "Kompetensi Teknis Umum, Inti, dan",
                    "Pilihan Bagi Jabatan Administrasi", "Penyelenggaraan Urusan",
                    "Pemerintahan Konkuren, Perangkat", "Daerah Penunjang dan Urusan", "Pemerintahan Umum",
                ],
                "sasaran_kinerja": "Diklat Kompetensi Teknis yang Diusulkan",
                "sasaran_kinerja_lines": ["Diklat Kompetensi Teknis yang", "Diusulkan"],
                "indikator": "Jumlah Diklat Teknis (Dokumen) yang Tersedia",
                "indikator_lines": ["Jumlah Diklat Teknis", "(Dokumen) yang Tersedia"],
                "target": "3 Dokumen",
                "tw": ("-", "1 Dokumen", "2 Dokumen", "-"),
                "tw_lines": (
                    "Triwulan I -", "Triwulan II 1 Dokumen", "Triwulan III 2 Dokumen", "Triwulan IV -",
                ),
                "penanggung_jawab": "Bidang Pengembangan Sumber Daya Aparatur",
                "penanggung_jawab_lines": ["Bidang Pengembangan Sumber", "Daya Aparatur"],
                "page": 8,
                "page_break_before": False,
                "extract_order": 4,
            },
            {
                "level": "kegiatan",
                "uraian": "Sertifikasi, Kelembagaan, Pengembangan Kompetensi Manajerial dan Fungsional",
                "uraian_lines": [
                    "Sertifikasi, Kelembagaan,", "Pengembangan Kompetensi", "Manajerial dan Fungsional",
                ],
                "sasaran_kinerja": (
                    "ASN yang tersertifikasi dan dikembangkan kompetensi manajerial, fungsional dan"
                    " struktural"
                ),
                "sasaran_kinerja_lines": [
                    "ASN yang tersertifikasi dan", "dikembangkan kompetensi", "manajerial, fungsional dan",
                    "struktural",
                ],
                "indikator": (
                    "Persentase ASN yang mengikuti diklat Kompetensi Manajerial,  Fungsional dan struktural"
                    " yang tersertifikasi"
                ),
                "indikator_lines": [
                    "Persentase ASN yang", "mengikuti diklat Kompetensi", "Manajerial,  Fungsional dan",
                    "struktural yang tersertifikasi",
                ],
                "target": "95%",
                "tw": ("95%", "95%", "95%", "95%"),
                "tw_lines": ("Triwulan I 95%", "Triwulan II 95%", "Triwulan III 95%", "Triwulan IV 95%"),
                "penanggung_jawab": "Bidang Pengembangan Sumber Daya Aparatur",
                "penanggung_jawab_lines": ["Bidang Pengembangan Sumber", "Daya Aparatur"],
                "page": 8,
                "page_break_before": False,
                "extract_order": 5,
            },
            {
                "level": "sub_kegiatan",
                "uraian": (
                    "Penyusunan Kebijakan Teknis dan Rencana Sertifikasi Kompetensi, Pengelolaan"
                    " Kelembagaan, Tenaga Pengembang Kompetensi, Sumber Belajar, Kerjasama, Pengembangan"
                    " Kompetensi Pimpinan Daerah, Jabatan Pimpinan Tinggi, Kepemimpinan dan Prajabatan"
                    " serta Jabatan Fungsional"
                ),
                "uraian_lines": [
                    "Penyusunan Kebijakan Teknis dan", "Rencana Sertifikasi Kompetensi,",
                    "Pengelolaan Kelembagaan, Tenaga", "Pengembang Kompetensi, Sumber",
                    "Belajar, Kerjasama, Pengembangan", "Kompetensi Pimpinan Daerah,",
                    "Jabatan Pimpinan Tinggi,", "Kepemimpinan dan Prajabatan serta", "Jabatan Fungsional",
                ],
                "sasaran_kinerja": "Diklat Manajerial, Fungsional dan Struktural yang diusulkan",
                "sasaran_kinerja_lines": ["Diklat Manajerial, Fungsional", "dan Struktural yang diusulkan"],
                "indikator": (
                    "Jumlah Jenis Diklat (Dokumen) Manajerial, Fungsional dan Struktural yang Tersedia"
                ),
                "indikator_lines": [
                    "Jumlah Jenis Diklat", "(Dokumen) Manajerial,", "Fungsional dan Struktural",
                    "yang Tersedia",
                ],
                "target": "4 Dokumen",
                "tw": ("2 Dokumen", "1 Dokumen", "1 Dokumen", "-"),
                "tw_lines": (
                    "Triwulan I 2 Dokumen", "Triwulan II 1 Dokumen", "Triwulan III 1 Dokumen",
                    "Triwulan IV -",
                ),
                "penanggung_jawab": "Bidang Pengembangan Sumber Daya Aparatur",
                "penanggung_jawab_lines": ["Bidang Pengembangan Sumber", "Daya Aparatur"],
                "page": 9,
                "page_break_before": True,
                "extract_order": 1,
            },
            {
                "level": "sub_kegiatan",
                "uraian": (
                    "Penyelenggaraan Pengembangan Kompetensi bagi Pimpinan Daerah, Jabatan Pimpinan Tinggi,"
                    " Jabatan Fungsional, Kepemimpinan dan Prajabatan"
                ),
                "uraian_lines": [
                    "Penyelenggaraan Pengembangan", "Kompetensi bagi Pimpinan Daerah,",
                    "Jabatan Pimpinan Tinggi, Jabatan", "Fungsional, Kepemimpinan dan", "Prajabatan",
                ],
                "sasaran_kinerja": (
                    "ASN yang mengikuti Diklat Manajerial, Fungsional dan Struktural melalui anggaran"
                    " BKPSDM"
                ),
                "sasaran_kinerja_lines": [
                    "ASN yang mengikuti Diklat", "Manajerial, Fungsional dan",
                    "Struktural melalui anggaran", "BKPSDM",
                ],
                "indikator": (
                    "Persentase ASN yang telah mengikuti Diklat Manajerial, Fungsional dan Struktural"
                    " melalui Anggaran BKPSDM dan Memenuhi Standar JP"
                ),
                "indikator_lines": [
                    "Persentase ASN yang telah", "mengikuti Diklat Manajerial,",
                    "Fungsional dan Struktural", "melalui Anggaran BKPSDM", "dan Memenuhi Standar JP",
                ],
                "target": "75%",
                "tw": ("75%", "75%", "75%", "75%"),
                "tw_lines": ("Triwulan I 75%", "Triwulan II 75%", "Triwulan III 75%", "Triwulan IV 75%"),
                "penanggung_jawab": "Bidang Pengembangan Sumber Daya Aparatur",
                "penanggung_jawab_lines": ["Bidang Pengembangan Sumber", "Daya Aparatur"],
                "page": 9,
                "page_break_before": False,
                "extract_order": 2,
            },
        ],
    },
]

RENCANA_AKSI: dict[str, Any] = {
    "meta": RENCANA_AKSI_META,
    "header": RENCANA_AKSI_HEADER,
    "columns": RENCANA_AKSI_COLUMNS,
    "sasaran": RENCANA_AKSI_SASARAN,
}


# ==================================================================================================
# 6. RKT 2023 -- seed 004 (Kabupaten Lima Puluh Kota)
# ==================================================================================================

RKT_META: dict[str, Any] = {
    "title_lines": [
        "RENCANA KERJA TAHUNAN (RKT)", "BADAN KEPEGAWAIAN DAN PENGEMBANGAN SUMBER DAYA MANUSIA",
        "KABUPATEN LIMA PULUH KOTA", "TAHUN 2023",
    ],
    "pemda": "Kabupaten Lima Puluh Kota",
    "opd": "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia",
    "opd_short": "BKPSDM",
    "tahun": 2023,
    "document_title_lines": [
        "PEMERINTAH KABUPATEN LIMA PULUH KOTA", "BADAN KEPEGAWAIAN DAN PENGEMBANGAN", "SUMBER DAYA MANUSIA",
        "RENCANA KERJA TAHUNAN", "TAHUN 2023",
    ],
    "tempat_tanggal": "Sarilamak, Februari 2023",
    "penandatangan": {
        "jabatan_lines": [
            "KEPALA BADAN KEPEGAWAIAN DAN PENGEMBANGAN", "SUMBER DAYA MANUSIA", "KABUPATEN LIMA PULUH KOTA",
        ],
        "nama": "ADRIAN WAHYUDI, SH, MH",
    },
    "basis": "Permenpan RB Nomor 29 Tahun 2010",
    "source": "seed 004_7b41ecd0bef2d687.txt lines 186-327 (main table), 141-147, 164-182",
}

# Printed header rows of the RKT table (9 columns; None = merged).  Printed once (not repeated on later
# pages).
RKT_HEADER: list[Any] = [
    [
        "TUJUAN", "SASARAN", "INDIKATOR", "TARGET", "PROGRAM, KEGIATAN DAN SUB KEGIATAN",
        "INDIKATOR SUB KEGIATAN", None, None, None,
    ],
    [None, None, None, None, None, "INDIKATOR", "TOLAK UKUR", "SATUAN", "TARGET"],
]

RKT_HEADER_MERGES: list[tuple[Any, ...]] = [
    (1, 1, 2, 1), (1, 2, 2, 2), (1, 3, 2, 3), (1, 4, 2, 4), (1, 5, 2, 5), (1, 6, 1, 9),
]

# The RKT table row by row, cells = the 9 printed columns verbatim (TUJUAN, SASARAN, INDIKATOR, TARGET,
# PROGRAM/KEGIATAN/SUB KEGIATAN, INDIKATOR SUB KEGIATAN (Masukan/Keluaran/Hasil), TOLAK UKUR, SATUAN,
# TARGET).  kind: tujuan / sasaran / indikator (extra sasaran indicator) / program / kegiatan / sub_kegiatan
# (name + its Masukan line) / masukan / keluaran / hasil / jumlah.  Sub kegiatan names are printed with a
# leading '- '.  page_break_before: a blank line (page end) precedes the row in the extraction; the header
# is NOT repeated in this document.
RKT_ROWS: list[dict[str, Any]] = [
    {
        "kind": "tujuan",
        "cells": (
            "Mewujudkan ASN yang profesional, kompeten dan kompetitif", "", "", "", "", "", "", "", "",
        ),
        "page_break_before": False,
    },
    {
        "kind": "sasaran",
        "cells": (
            "", "Meningkatnya kualitas pengelolaan dan penataan ASN",
            "Indeks profesionalitas ASN dan Indeks Sistem Merit", "70 dan Baik", "", "", "", "", "",
        ),
        "page_break_before": False,
    },
    {
        "kind": "program",
        "cells": ("", "", "", "", "Program Kepegawaian Daerah", "", "", "", ""),
        "page_break_before": False,
    },
    {
        "kind": "kegiatan",
        "cells": ("", "", "", "", "Kegiatan Peningkatan Kompetensi ASN", "", "", "", ""),
        "page_break_before": False,
    },
    {
        "kind": "sub_kegiatan",
        "cells": (
            "", "", "", "", "- Pengelolaan Pendidikan Lanjutan", "Masukan", "Dana DAU", "Rp", "171.368.000",
        ),
        "page_break_before": False,
    },
    {
        "kind": "keluaran",
        "cells": (
            "", "", "", "", "", "Keluaran", "Jumlah ASN yang mendapatkan pendidikan lanjutan", "dokumen",
            "250",
        ),
        "page_break_before": False,
    },
    {
        "kind": "hasil",
        "cells": (
            "", "", "", "", "", "Hasil",
            "Meningkatnya nilai Indeks Profesionalitas ASN dan Nilai Indeks Sistem Merit", "nilai",
            "70 dan baik",
        ),
        "page_break_before": False,
    },
    {
        "kind": "sub_kegiatan",
        "cells": (
            "", "", "", "", "- Koordinasi dan Kerjasama Pelaksanaan Diklat", "Masukan", "Dana DAU", "Rp",
            "1.699.983.250",
        ),
        "page_break_before": False,
    },
    {
        "kind": "keluaran",
        "cells": (
            "", "", "", "", "", "Keluaran",
            "Jumlah dokumen hasil koordinasi dan kerjasama pelaksanaan diklat", "dokumen", "1",
        ),
        "page_break_before": False,
    },
    {
        "kind": "hasil",
        "cells": (
            "", "", "", "", "", "Hasil",
            "Meningkatnya nilai Indeks Profesionalitas ASN dan Nilai Indeks Sistem Merit", "nilai",
            "70 dan baik",
        ),
        "page_break_before": False,
    },
    {
        "kind": "sub_kegiatan",
        "cells": (
            "", "", "", "", "- Fasilitasi Sertifikasi Jabatan ASN", "Masukan", "Dana DAU", "Rp",
            "175.314.500",
        ),
        "page_break_before": False,
    },
    {
        "kind": "keluaran",
        "cells": (
            "", "", "", "", "", "Keluaran", "Jumlah ASN yang mendapatkan layanan sertifikasi jabatan ASN",
            "dokumen", "60",
        ),
        "page_break_before": False,
    },
    {
        "kind": "hasil",
        "cells": (
            "", "", "", "", "", "Hasil",
            "Meningkatnya nilai Indeks Profesionalitas ASN dan Nilai Indeks Sistem Merit", "nilai",
            "70 dan baik",
        ),
        "page_break_before": False,
    },
    {
        "kind": "kegiatan",
        "cells": ("", "", "", "", "Kegiatan Mutasi dan Promosi ASN", "", "", "", ""),
        "page_break_before": False,
    },
    {
        "kind": "sub_kegiatan",
        "cells": ("", "", "", "", "- Pengelolaan Promosi ASN", "Masukan", "Dana DAU", "Rp", "373.692.500"),
        "page_break_before": False,
    },
    {
        "kind": "keluaran",
        "cells": (
            "", "", "", "", "", "Keluaran", "Jumlah dokumen hasil pengelolaan promosi ASN", "dokumen",
            "400",
        ),
        "page_break_before": False,
    },
    {
        "kind": "hasil",
        "cells": (
            "", "", "", "", "", "Hasil",
            "Meningkatnya nilai Indeks Profesionalitas ASN dan Nilai Indeks Sistem Merit", "nilai",
            "70 dan baik",
        ),
        "page_break_before": False,
    },
    {
        "kind": "sub_kegiatan",
        "cells": ("", "", "", "", "- Pengelolaan Mutasi ASN", "Masukan", "Dana DAU", "Rp", "74.685.500"),
        "page_break_before": False,
    },
    {
        "kind": "keluaran",
        "cells": (
            "",
            "",
            "",
            "",
            "",
            "Keluaran",
            (
                "Jumlah dokumen hasil pelaksanaan mutasi jabatan tinggi, jabatan administrasi, jabatan"
                " pelaksana dan mutasi ASN antar daerah"
            ),
            "dokumen",
            "200",
        ),
        "page_break_before": False,
    },
    {
        "kind": "hasil",
        "cells": (
            "", "", "", "", "", "Hasil",
            "Meningkatnya nilai Indeks Profesionalitas ASN dan Nilai Indeks Sistem Merit", "nilai",
            "70 dan baik",
        ),
        "page_break_before": False,
    },
    {
        "kind": "program",
        "cells": ("", "", "", "", "Program Pengembangan Sumber Daya Manusia", "", "", "", ""),
        "page_break_before": False,
    },
    {
        "kind": "kegiatan",
        "cells": ("", "", "", "", "Kegiatan Pengembangan Kompetensi Teknis", "", "", "", ""),
        "page_break_before": False,
    },
    # Page break before this row (blank line in the extraction, no repeated header).
    {
        "kind": "sub_kegiatan",
        "cells": (
            "",
            "",
            "",
            "",
            (
                "- Penyelenggaraan Pengembangan Kompetensi Teknis Umum, Inti dan Pilihan Bagi jabatan"
                " Administrasi Penyelenggara Urusan Pemerintahan Konkuren, Perangkat Daerah Penunjang dan"
                " Urusan Pemerintahan Umum"
            ),
            "Masukan",
            "Dana DAU",
            "Rp",
            "479.927.500",
        ),
        "page_break_before": True,
    },
    {
        "kind": "keluaran",
        "cells": (
            "", "", "", "", "", "Keluaran", "Jumlah ASN yang mengikuti pengembangan kompetensi", "orang",
            "350",
        ),
        "page_break_before": False,
    },
    {
        "kind": "hasil",
        "cells": (
            "", "", "", "", "", "Hasil",
            "Meningkatnya nilai Indeks Profesionalitas ASN dan Nilai Indeks Sistem Merit", "nilai",
            "70 dan baik",
        ),
        "page_break_before": False,
    },
    {
        "kind": "sasaran",
        "cells": (
            "", "Meningkatnya kinerja ASN", "Indeks profesionalitas ASN dan Indeks Sistem Merit",
            "70 dan Baik", "", "", "", "", "",
        ),
        "page_break_before": False,
    },
    {
        "kind": "kegiatan",
        "cells": ("", "", "", "", "Kegiatan Penilaian dan Evaluasi Kinerja Aparatur", "", "", "", ""),
        "page_break_before": False,
    },
    {
        "kind": "sub_kegiatan",
        "cells": (
            "", "", "", "", "- Penyusunan Kebijakan Penilaian dan Evaluasi Kinerja Aparatur", "Masukan",
            "Dana DAU", "Rp", "52.776.000",
        ),
        "page_break_before": False,
    },
    {
        "kind": "keluaran",
        "cells": (
            "", "", "", "", "", "Keluaran",
            "Jumlah dokumen hasil pelaksanaan penilaian dan evaluasi kinerja aparatur", "dokumen", "2",
        ),
        "page_break_before": False,
    },
    {
        "kind": "hasil",
        "cells": (
            "", "", "", "", "", "Hasil",
            "Meningkatnya nilai Indeks Profesionalitas ASN dan Nilai Indeks Sistem Merit", "nilai",
            "70 dan baik",
        ),
        "page_break_before": False,
    },
    {
        "kind": "sub_kegiatan",
        "cells": (
            "", "", "", "", "- Pelaksanaan Penilaian dan Evaluasi Kinerja Aparatur", "Masukan", "Dana DAU",
            "Rp", "60.546.000",
        ),
        "page_break_before": False,
    },
    {
        "kind": "keluaran",
        "cells": (
            "", "", "", "", "", "Keluaran",
            "Jumlah dokumen hasil pelaksanaan penilaian dan evaluasi kinerja aparatur", "dokumen", "6.500",
        ),
        "page_break_before": False,
    },
    {
        "kind": "hasil",
        "cells": (
            "", "", "", "", "", "Hasil",
            "Meningkatnya nilai Indeks Profesionalitas ASN dan Nilai Indeks Sistem Merit", "nilai",
            "70 dan baik",
        ),
        "page_break_before": False,
    },
    {
        "kind": "sub_kegiatan",
        "cells": (
            "", "", "", "", "- Pengelolaan Tanda Jasa Bagi Pegawai", "Masukan", "Dana DAU", "Rp",
            "60.946.500",
        ),
        "page_break_before": False,
    },
    {
        "kind": "keluaran",
        "cells": ("", "", "", "", "", "Keluaran", "Jumlah ASN yang diberikan tanda jasa", "orang", "300"),
        "page_break_before": False,
    },
    {
        "kind": "hasil",
        "cells": (
            "", "", "", "", "", "Hasil",
            "Meningkatnya nilai Indeks Profesionalitas ASN dan Nilai Indeks Sistem Merit", "nilai",
            "70 dan baik",
        ),
        "page_break_before": False,
    },
    {
        "kind": "sub_kegiatan",
        "cells": ("", "", "", "", "- Pembinaan Disiplin ASN", "Masukan", "Dana DAU", "Rp", "63.949.000"),
        "page_break_before": False,
    },
    {
        "kind": "keluaran",
        "cells": (
            "", "", "", "", "", "Keluaran", "Jumlah ASN yang mendapat pembinaan kedisiplinan", "dokumen",
            "6.200",
        ),
        "page_break_before": False,
    },
    {
        "kind": "hasil",
        "cells": (
            "", "", "", "", "", "Hasil",
            "Meningkatnya nilai Indeks Profesionalitas ASN dan Nilai Indeks Sistem Merit", "nilai",
            "70 dan baik",
        ),
        "page_break_before": False,
    },
    {
        "kind": "sub_kegiatan",
        "cells": (
            "", "", "", "", "- Pengelolaan Penyelesaian Pelanggaran Disiplin ASN", "Masukan", "Dana DAU",
            "Rp", "73.537.500",
        ),
        "page_break_before": False,
    },
    {
        "kind": "keluaran",
        "cells": (
            "", "", "", "", "", "Keluaran",
            "Jumlah laporan hasil pengelolaan penyelesaian pelanggaran disiplin ASN", "laporan", "10",
        ),
        "page_break_before": False,
    },
    {
        "kind": "hasil",
        "cells": (
            "", "", "", "", "", "Hasil",
            "Meningkatnya nilai Indeks Profesionalitas ASN dan Nilai Indeks Sistem Merit", "nilai",
            "68 dan Kurang",
        ),
        "page_break_before": False,
    },
    {
        "kind": "sub_kegiatan",
        "cells": (
            "", "", "", "", "- Pelayanan Proses Izin Perceraian Pegawai", "Masukan", "Dana DAU", "Rp",
            "70.414.500",
        ),
        "page_break_before": False,
    },
    {
        "kind": "keluaran",
        "cells": (
            "", "", "", "", "", "Keluaran", "Jumlah dokumen proses izin perceraian pegawai yang dilayani",
            "dokumen", "25",
        ),
        "page_break_before": False,
    },
    {
        "kind": "hasil",
        "cells": (
            "", "", "", "", "", "Hasil",
            "Meningkatnya nilai Indeks Profesionalitas ASN dan Nilai Indeks Sistem Merit", "nilai",
            "68 dan Kurang",
        ),
        "page_break_before": False,
    },
    # Indicator-only row (no sasaran text): printed after the last sub kegiatan of 'Meningkatnya kinerja
    # ASN'; the next sasaran row repeats 'indeks Kepuasan Masyarakat' 80 -- attachment ambiguous, kept in
    # place.
    {
        "kind": "indikator",
        "cells": ("", "", "Indeks Kepuasan Masyarakat", "80", "", "", "", "", ""),
        "page_break_before": False,
    },
    {
        "kind": "sasaran",
        "cells": (
            "", "Meningkatnya kualitas informasi dan layanan kepegawaian",
            "Tingkat akurasi data kepegawaian", "95", "", "", "", "", "",
        ),
        "page_break_before": False,
    },
    {
        "kind": "kegiatan",
        "cells": (
            "", "", "", "", "Kegiatan Pengadaan, Pemberhentian dan Informasi Kepegawaian ASN", "", "", "",
            "",
        ),
        "page_break_before": False,
    },
    {
        "kind": "sub_kegiatan",
        "cells": (
            "", "", "", "", "- Pengelolaan Sistem Informasi Kepegawaian", "Masukan", "Dana DAU", "Rp",
            "87.052.500",
        ),
        "page_break_before": False,
    },
    # Page break before this row (blank line in the extraction, no repeated header).
    {
        "kind": "keluaran",
        "cells": (
            "", "", "", "", "", "Keluaran", "Jumlah dokumen hasil pengelolaan sistem informasi kepegawaian",
            "dokumen", "12",
        ),
        "page_break_before": True,
    },
    {
        "kind": "hasil",
        "cells": ("", "", "", "", "", "Hasil", "Meningkatnya akurasi data kepegawaian", "dokumen", "95"),
        "page_break_before": False,
    },
    {
        "kind": "sub_kegiatan",
        "cells": (
            "", "", "", "", "- Pengelolaan Data Kepegawaian", "Masukan", "Dana DAU", "Rp", "49.286.000",
        ),
        "page_break_before": False,
    },
    {
        "kind": "keluaran",
        "cells": (
            "", "", "", "", "", "Keluaran", "Jumlah dokumen hasil pengelolaan data kepegawaian", "dokumen",
            "12",
        ),
        "page_break_before": False,
    },
    {
        "kind": "hasil",
        "cells": ("", "", "", "", "", "Hasil", "Meningkatnya akurasi data kepegawaian", "dokumen", "95"),
        "page_break_before": False,
    },
    # Same sasaran text as two rows above, printed again with the IKM indicator.
    {
        "kind": "sasaran",
        "cells": (
            "", "Meningkatnya kualitas informasi dan layanan kepegawaian", "indeks Kepuasan Masyarakat",
            "80", "", "", "", "", "",
        ),
        "page_break_before": False,
    },
    {
        "kind": "kegiatan",
        "cells": (
            "", "", "", "", "Kegiatan Pengadaan, Pemberhentian dan Informasi Kepegawaian ASN", "", "", "",
            "",
        ),
        "page_break_before": False,
    },
    {
        "kind": "sub_kegiatan",
        "cells": (
            "", "", "", "",
            "- Penyusunan Rencana Kebutuhan, Jenis dan Jumlah Jabatan Untuk Pelaksanaan Pengadaan ASN",
            "Masukan", "Dana DAU", "Rp", "60.768.500",
        ),
        "page_break_before": False,
    },
    {
        "kind": "keluaran",
        "cells": (
            "",
            "",
            "",
            "",
            "",
            "Keluaran",
            (
                "Jumlah dokumen hasil penyusunan rencana kebutuhan, jenis dan jumlah jabatan untuk"
                " pelaksanaan pengadaan ASN"
            ),
            "dokumen",
            "1",
        ),
        "page_break_before": False,
    },
    {
        "kind": "hasil",
        "cells": (
            "", "", "", "", "", "Hasil", "Meningkatnya nilai Indeks Kepuasan Masyarakat", "nilai", "80",
        ),
        "page_break_before": False,
    },
    {
        "kind": "sub_kegiatan",
        "cells": (
            "", "", "", "", "- Koordinasi dan Fasilitasi Pengadaan PNS dan PPPK", "Masukan", "Dana DAU",
            "Rp", "120.505.000",
        ),
        "page_break_before": False,
    },
    {
        "kind": "keluaran",
        "cells": (
            "", "", "", "", "", "Keluaran",
            "Jumlah dokumen kegiatan koordinasi dan fasilitasi pengadaan PNS dan PPPK", "dokumen", "1",
        ),
        "page_break_before": False,
    },
    {
        "kind": "hasil",
        "cells": (
            "", "", "", "", "", "Hasil", "Meningkatnya nilai Indeks Kepuasan Masyarakat", "nilai", "80",
        ),
        "page_break_before": False,
    },
    {
        "kind": "sub_kegiatan",
        "cells": (
            "", "", "", "", "- Koordinasi Pelaksanaan Administrasi Pemberhentian", "Masukan", "Dana DAU",
            "Rp", "111.686.500",
        ),
        "page_break_before": False,
    },
    {
        "kind": "keluaran",
        "cells": (
            "", "", "", "", "", "Keluaran",
            "Jumlah dokumen hasil kegiatan koordinasi pelaksanaan administrasi pemberhentian", "dokumen",
            "200",
        ),
        "page_break_before": False,
    },
    {
        "kind": "hasil",
        "cells": (
            "", "", "", "", "", "Hasil", "Meningkatnya nilai Indeks Kepuasan Masyarakat", "nilai", "80",
        ),
        "page_break_before": False,
    },
    {
        "kind": "sub_kegiatan",
        "cells": (
            "", "", "", "", "- Fasilitasi Lembaga Profesi ASN", "Masukan", "Dana DAU", "Rp", "36.162.500",
        ),
        "page_break_before": False,
    },
    {
        "kind": "keluaran",
        "cells": (
            "", "", "", "", "", "Keluaran", "Jumlah lembaga profesi ASN yang difasilitasi", "lembaga", "1",
        ),
        "page_break_before": False,
    },
    {
        "kind": "hasil",
        "cells": (
            "", "", "", "", "", "Hasil", "Meningkatnya nilai Indeks Kepuasan Masyarakat", "nilai", "80",
        ),
        "page_break_before": False,
    },
    {
        "kind": "kegiatan",
        "cells": ("", "", "", "", "Kegiatan Mutasi dan Promosi ASN", "", "", "", ""),
        "page_break_before": False,
    },
    # Sub kegiatan name not in the nomenclature ('Penataan sistem administrasi kenaikan pangkat otomatis
    # PNS'), as printed.
    {
        "kind": "sub_kegiatan",
        "cells": (
            "", "", "", "", "- Penataan sistem administrasi kenaikan pangkat otomatis PNS", "Masukan",
            "Dana DAU", "Rp", "100.020.500",
        ),
        "page_break_before": False,
    },
    {
        "kind": "keluaran",
        "cells": (
            "", "", "", "", "", "Keluaran", "Jumlah pengelolaan kenaikan pangkat ASN", "dokumen", "1.500",
        ),
        "page_break_before": False,
    },
    {
        "kind": "hasil",
        "cells": (
            "", "", "", "", "", "Hasil", "Meningkatnya nilai Indeks Kepuasan Masyarakat", "nilai", "80",
        ),
        "page_break_before": False,
    },
    {
        "kind": "sasaran",
        "cells": (
            "", "Meningkatnya akuntabilitas kinerja dan keuangan",
            "Nilai akuntabilitas kinerja dan keuangan BKPSDM", "68", "", "", "", "", "",
        ),
        "page_break_before": False,
    },
    {
        "kind": "program",
        "cells": (
            "", "", "", "", "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota", "", "", "", "",
        ),
        "page_break_before": False,
    },
    # Kegiatan name printed truncated ('Perencanaan, Penganggaran dan').
    {
        "kind": "kegiatan",
        "cells": ("", "", "", "", "Kegiatan Perencanaan, Penganggaran dan", "", "", "", ""),
        "page_break_before": False,
    },
    {
        "kind": "sub_kegiatan",
        "cells": (
            "", "", "", "",
            "- Koordinasi dan Penyusunan Laporan Capaian Kinerja dan Ikhtisar Realisasi Kinerja SKPD",
            "Masukan", "Dana DAU", "Rp", "31.250.000",
        ),
        "page_break_before": False,
    },
    # Page break (blank line in the extraction, no repeated header).  On this page (lines 272-302) the
    # extraction has one cell less per row: aligned by prepending an empty cell so Masukan/Keluaran/Hasil
    # stay in column 6.
    {
        "kind": "keluaran",
        "cells": (
            "",
            "",
            "",
            "",
            "",
            "Keluaran",
            (
                "Jumlah laporan capaian kinerja dan ikhtisar realisasi kinerja SKPD dan laporan hasil"
                " koordinasi penyusunan laporan kinerja dan ikhtisar realisasi kinerja SKPD"
            ),
            "dokumen",
            "8",
        ),
        "page_break_before": True,
    },
    {
        "kind": "hasil",
        "cells": (
            "", "", "", "", "", "Hasil", "Meningkatnya nilai Akuntabilitas Kinerja BKPSDM", "nilai", "70",
        ),
        "page_break_before": False,
    },
    # From here to the end the kegiatan names are printed in column 6 (the indikator column), truncated
    # ('... Perangkat', '... Pada'), and NO sub kegiatan names are printed: the Masukan rows start a sub
    # kegiatan without a name (see rkt_sub_kegiatan(), which adds the name inferred from the programme table
    # 2.4).
    {
        "kind": "kegiatan",
        "cells": ("", "", "", "", "", "Kegiatan Administrasi Keuangan Perangkat", "", "", ""),
        "page_break_before": False,
    },
    {
        "kind": "masukan",
        "cells": ("", "", "", "", "", "Masukan", "Dana DAU", "Rp", "3.069.590.936"),
        "page_break_before": False,
    },
    {
        "kind": "keluaran",
        "cells": (
            "", "", "", "", "", "Keluaran", "Jumlah orang yang menerima gaji dan tunjangan", "Orang", "45",
        ),
        "page_break_before": False,
    },
    {
        "kind": "hasil",
        "cells": (
            "", "", "", "", "", "Hasil", "Meningkatnya nilai Akuntabilitas Kinerja BKPSDM", "nilai", "70",
        ),
        "page_break_before": False,
    },
    {
        "kind": "kegiatan",
        "cells": ("", "", "", "", "", "Kegiatan Administrasi Barang Milik Daerah Pada", "", "", ""),
        "page_break_before": False,
    },
    {
        "kind": "masukan",
        "cells": ("", "", "", "", "", "Masukan", "Dana DAU", "Rp", "2.400.000"),
        "page_break_before": False,
    },
    {
        "kind": "keluaran",
        "cells": (
            "", "", "", "", "", "Keluaran", "Jumlah laporan penatausahaan barang milik daerah pada SKPD",
            "laporan", "1",
        ),
        "page_break_before": False,
    },
    {
        "kind": "hasil",
        "cells": (
            "", "", "", "", "", "Hasil", "Meningkatnya nilai Akuntabilitas Kinerja BKPSDM", "nilai", "70",
        ),
        "page_break_before": False,
    },
    {
        "kind": "kegiatan",
        "cells": ("", "", "", "", "", "Kegiatan Administrasi Kepegawaian Perangkat", "", "", ""),
        "page_break_before": False,
    },
    {
        "kind": "masukan",
        "cells": ("", "", "", "", "", "Masukan", "Dana DAU", "Rp", "32.500.000"),
        "page_break_before": False,
    },
    {
        "kind": "keluaran",
        "cells": (
            "", "", "", "", "", "Keluaran", "Jumlah paket pakaian dinas beserta atribut kelengkapan",
            "Paket", "140",
        ),
        "page_break_before": False,
    },
    {
        "kind": "hasil",
        "cells": (
            "", "", "", "", "", "Hasil", "Meningkatnya nilai Akuntabilitas Kinerja BKPSDM", "nilai", "70",
        ),
        "page_break_before": False,
    },
    {
        "kind": "kegiatan",
        "cells": ("", "", "", "", "", "Kegiatan Administrasi Umum Perangkat daerah", "", "", ""),
        "page_break_before": False,
    },
    {
        "kind": "masukan",
        "cells": ("", "", "", "", "", "Masukan", "Dana DAU", "Rp", "10.789.500"),
        "page_break_before": False,
    },
    {
        "kind": "keluaran",
        "cells": (
            "", "", "", "", "", "Keluaran", "Jumlah paket peralatan rumah tangga yang disediakan", "jenis",
            "20",
        ),
        "page_break_before": False,
    },
    {
        "kind": "hasil",
        "cells": (
            "", "", "", "", "", "Hasil", "Meningkatnya nilai Akuntabilitas Kinerja BKPSDM", "nilai", "70",
        ),
        "page_break_before": False,
    },
    {
        "kind": "masukan",
        "cells": ("", "", "", "", "", "Masukan", "Dana DAU", "Rp", "75.220.500"),
        "page_break_before": False,
    },
    {
        "kind": "keluaran",
        "cells": (
            "", "", "", "", "", "Keluaran", "Jumlah paket bahan logistik kantor yang disediakan", "jenis",
            "50",
        ),
        "page_break_before": False,
    },
    {
        "kind": "hasil",
        "cells": (
            "", "", "", "", "", "Hasil", "Meningkatnya nilai Akuntabilitas Kinerja BKPSDM", "nilai", "70",
        ),
        "page_break_before": False,
    },
    {
        "kind": "masukan",
        "cells": ("", "", "", "", "", "Masukan", "Dana DAU", "Rp", "81.808.200"),
        "page_break_before": False,
    },
    {
        "kind": "keluaran",
        "cells": (
            "", "", "", "", "", "Keluaran", "Jumlah paket barang cetak dan penggandaan yang disediakan",
            "jenis dan lembar", "6 dan 140.000",
        ),
        "page_break_before": False,
    },
    {
        "kind": "hasil",
        "cells": (
            "", "", "", "", "", "Hasil", "Meningkatnya nilai Akuntabilitas Kinerja BKPSDM", "nilai", "70",
        ),
        "page_break_before": False,
    },
    {
        "kind": "masukan",
        "cells": ("", "", "", "", "", "Masukan", "Dana DAU", "Rp", "10.080.000"),
        "page_break_before": False,
    },
    {
        "kind": "keluaran",
        "cells": (
            "", "", "", "", "", "Keluaran",
            "Jumlah dokumen bahan bacaan dan peraturan perundang-undangan yang disediakan", "kali", "12",
        ),
        "page_break_before": False,
    },
    {
        "kind": "hasil",
        "cells": (
            "", "", "", "", "", "Hasil", "Meningkatnya nilai Akuntabilitas Kinerja BKPSDM", "nilai", "70",
        ),
        "page_break_before": False,
    },
    {
        "kind": "masukan",
        "cells": ("", "", "", "", "", "Masukan", "Dana DAU", "Rp", "33.125.000"),
        "page_break_before": False,
    },
    {
        "kind": "keluaran",
        "cells": (
            "", "", "", "", "", "Keluaran", "jumlah laporan fasilitasi kunjungan tamu", "laporan", "4.000",
        ),
        "page_break_before": False,
    },
    {
        "kind": "hasil",
        "cells": (
            "", "", "", "", "", "Hasil", "Meningkatnya nilai Akuntabilitas Kinerja BKPSDM", "nilai", "70",
        ),
        "page_break_before": False,
    },
    {
        "kind": "masukan",
        "cells": ("", "", "", "", "", "Masukan", "Dana DAU", "Rp", "214.980.000"),
        "page_break_before": False,
    },
    # Page break (blank line in the extraction, no repeated header).
    {
        "kind": "keluaran",
        "cells": (
            "", "", "", "", "", "Keluaran",
            "Jumlah laporan penyelenggaraan rapat koordinasi dan konsultasi SKPD", "laporan", "200",
        ),
        "page_break_before": True,
    },
    {
        "kind": "hasil",
        "cells": (
            "", "", "", "", "", "Hasil", "Meningkatnya nilai Akuntabilitas Kinerja BKPSDM", "nilai", "70",
        ),
        "page_break_before": False,
    },
    {
        "kind": "kegiatan",
        "cells": (
            "", "", "", "", "",
            "Kegiatan Pengadaan Barang Milik Daerah Penunjang Urusan Pemerintahan Daerah", "", "", "",
        ),
        "page_break_before": False,
    },
    {
        "kind": "masukan",
        "cells": ("", "", "", "", "", "Masukan", "Dana DAU", "Rp", "43.500.000"),
        "page_break_before": False,
    },
    {
        "kind": "keluaran",
        "cells": ("", "", "", "", "", "Keluaran", "Jumlah paket mebel yang disediakan", "unit", "5"),
        "page_break_before": False,
    },
    {
        "kind": "hasil",
        "cells": (
            "", "", "", "", "", "Hasil", "Meningkatnya nilai Akuntabilitas Kinerja BKPSDM", "nilai", "70",
        ),
        "page_break_before": False,
    },
    {
        "kind": "masukan",
        "cells": ("", "", "", "", "", "Masukan", "Dana DAU", "Rp", "65.900.000"),
        "page_break_before": False,
    },
    {
        "kind": "keluaran",
        "cells": (
            "", "", "", "", "", "Keluaran", "Jumlah unit peralatan dan mesin lainnya yang disediakan",
            "unit", "5",
        ),
        "page_break_before": False,
    },
    {
        "kind": "hasil",
        "cells": (
            "", "", "", "", "", "Hasil", "Meningkatnya nilai Akuntabilitas Kinerja BKPSDM", "nilai", "70",
        ),
        "page_break_before": False,
    },
    {
        "kind": "kegiatan",
        "cells": (
            "", "", "", "", "", "Kegiatan Penyediaan Jasa Penunjang Urusan Pemerintahan Daerah", "", "", "",
        ),
        "page_break_before": False,
    },
    {
        "kind": "masukan",
        "cells": ("", "", "", "", "", "Masukan", "Dana DAU", "Rp", "7.750.000"),
        "page_break_before": False,
    },
    {
        "kind": "keluaran",
        "cells": (
            "", "", "", "", "", "Keluaran", "Tersedianya benda pos dan terkirimnya surat/paket",
            "paket dan surat", "6 dan 150",
        ),
        "page_break_before": False,
    },
    {
        "kind": "hasil",
        "cells": (
            "", "", "", "", "", "Hasil", "Meningkatnya nilai Akuntabilitas Kinerja BKPSDM", "nilai", "70",
        ),
        "page_break_before": False,
    },
    {
        "kind": "masukan",
        "cells": ("", "", "", "", "", "Masukan", "Dana DAU", "Rp", "56.100.000"),
        "page_break_before": False,
    },
    {
        "kind": "keluaran",
        "cells": (
            "", "", "", "", "", "Keluaran",
            "Jumlah laporan penyediaan jasa komunikasi, sumber daya air dan listrik yang disediakan",
            "laporan", "12",
        ),
        "page_break_before": False,
    },
    {
        "kind": "hasil",
        "cells": (
            "", "", "", "", "", "Hasil", "Meningkatnya nilai Akuntabilitas Kinerja BKPSDM", "nilai", "70",
        ),
        "page_break_before": False,
    },
    {
        "kind": "masukan",
        "cells": ("", "", "", "", "", "Masukan", "Dana DAU", "Rp", "252.600.000"),
        "page_break_before": False,
    },
    {
        "kind": "keluaran",
        "cells": (
            "", "", "", "", "", "Keluaran",
            "Jumlah laporan penyediaan jasa pelayanan umum kantor yang disediakan", "laporan", "28",
        ),
        "page_break_before": False,
    },
    {
        "kind": "hasil",
        "cells": (
            "", "", "", "", "", "Hasil", "Meningkatnya nilai Akuntabilitas Kinerja BKPSDM", "nilai", "70",
        ),
        "page_break_before": False,
    },
    {
        "kind": "kegiatan",
        "cells": (
            "", "", "", "", "",
            "Kegiatan Pemeliharaan Barang Milik Daerah Penunjang Urusan Pemerintahan Daerah", "", "", "",
        ),
        "page_break_before": False,
    },
    {
        "kind": "masukan",
        "cells": ("", "", "", "", "", "Masukan", "Dana DAU", "Rp", "210.460.000"),
        "page_break_before": False,
    },
    {
        "kind": "keluaran",
        "cells": (
            "",
            "",
            "",
            "",
            "",
            "Keluaran",
            (
                "Jumlah jasa pemeliharaan, biaya pemeliharaan dan pajak kendaraan dinas operasional atau"
                " lapangan"
            ),
            "unit",
            "23",
        ),
        "page_break_before": False,
    },
    {
        "kind": "hasil",
        "cells": (
            "", "", "", "", "", "Hasil", "Meningkatnya nilai Akuntabilitas Kinerja BKPSDM", "nilai", "70",
        ),
        "page_break_before": False,
    },
    # JUMLAH of all Masukan amounts, as printed.
    {
        "kind": "jumlah",
        "cells": ("JUMLAH", "", "", "", "", "", "", "", "8.120.676.386"),
        "page_break_before": False,
    },
]

# Section 2.2 table, rows verbatim (4 cells; the first tuple is the printed header).  The header says NO |
# SASARAN | TUJUAN but the columns hold tujuan then sasaran (swapped header, as printed).  Row 3 continues
# over a page break (4th tuple = continuation of the PROGRAM/KEGIATAN cell); the last tuple is an extraction
# artefact ('--' in every cell), kept.
RKT_TUJUAN_SASARAN_TABLE: list[tuple[Any, ...]] = [
    ("NO", "SASARAN", "TUJUAN", "PROGRAM/KEGIATAN"),
    (
        "1",
        "Mewujudkan ASN yang profesional, kompeten dan kompetitif",
        "Meningkatnya kompetensi, kinerja dan disiplin",
        (
            "Program Kepegawaian Daerah (Pengadaan, Pemberhentian dan Informasi Kepegawaian ASN, Mutasi dan"
            " Promosi ASN, Pengembangan Kompetensi ASN) Program Pengembangan Sumber Daya Manusia"
            " (Pengembangan Kompetensi Teknis) Program Kepegawaian Daerah (Penilaian dan Evaluasi Kinerja"
            " Aparatur)"
        ),
    ),
    (
        "2",
        "Meningkatkan pelayanan publik di bidang kepegawaian",
        "Meningkatnya kualitas informasi dan layanan kepegawaian",
        (
            "Program Kepegawaian Daerah (Pengadaan, Pemberhentian dan Informasi Kepegawaian ASN, Mutasi dan"
            " Promosi ASN, Pengembangan Kompetensi ASN)"
        ),
    ),
    (
        "3",
        "",
        "Meningkatnya akuntabilitas kinerja dan keuangan OPD",
        (
            "Program Penunjang Urusan Pemerintah Daerah Kabupaten/Kota (Perencanaan dan Penganggaran dan"
            " Evaluasi Kinerja Perangkat Daerah, Administrasi Keuangan Perangkat Daerah, Administrasi"
            " Barang Milik Daerah Pada SKPD, Administrasi Kepegawaian Perangkat Daerah, Administrasi Umum"
            " Perangkat Daerah,"
        ),
    ),
    (
        "",
        "",
        "",
        (
            "Pengadaan Barang Milik Daerah Penunjang Urusan Pemerintah Daerah, Penyediaan Jasa Penunjang"
            " Urusan Pemerintah Daerah, Pemeliharaan Barang Milik Daerah Penunjang Urusan Pemerintahan"
            " Daerah)"
        ),
    ),
    ("--", "--", "--", "--"),
]

# Section 2.4 table, rows verbatim (No | PROGRAM | KEGIATAN | SUB KEGIATAN); the header tuple is printed at
# the start and again after each page break (kept in place).  Several sub kegiatan are packed in one cell
# ('5. ... 6. ...').  Published numbering slips kept: kegiatan '4.' twice and '3.' twice, program 3's only
# sub kegiatan numbered '2.'.
RKT_PROGRAM_KEGIATAN_TABLE: list[tuple[Any, ...]] = [
    ("No", "PROGRAM", "KEGIATAN", "SUB KEGIATAN"),
    (
        "1.", "Program Penunjang Urusan Pemerintah Daerah Kabupaten/ Kota",
        "1. Perencanaan dan Penganggaran, dan Evaluasi Kinerja Perangkat Daerah",
        "1. Koordinasi dan Penyusunan Laporan Capaian Kinerja dan Ikhtisar Realisasi Kinerja SKPD",
    ),
    ("", "", "2. Administrasi Keuangan Perangkat Daerah", "2. Penyediaan Gaji dan Tunjangan ASN"),
    (
        "", "", "3. Administrasi Barang Milik Daerah Pada SKPD",
        "3. Penatausahaan Barang Milik Daerah Pada SKPD",
    ),
    (
        "", "", "4. Administrasi Kepegawaian Perangkat Daerah",
        "4. Pengadaan Pakaian Dinas Beserta Atribut Kelengkapannya",
    ),
    (
        "",
        "",
        "4. Administrasi Umum Perangkat Daerah",
        (
            "5. Penyediaan Peralatan Rumah Tangga 6. Penyediaan Bahan Logistik Kantor 7. Penyediaan Bahan"
            " Cetak dan Penggandaan 8. Penyediaan Bahan Bacaan dan Peraturan Perundang-Undangan 9."
            " Fasilitas Kunjungan Tamu 10. Penyelenggaraan Rapat Koordinasi dan Konsultasi SKPD"
        ),
    ),
    (
        "", "", "5. Pengadaan Barang Milik Daerah Penunjang Urusan Pemerintah Daerah",
        "11. Pengadaan Mebel 12. Pengadaan Peralatan Mesin Lainnya",
    ),
    (
        "",
        "",
        "6. Penyediaan Jasa Penunjang Urusan Pemerintahan Daerah",
        (
            "13. Penyediaan Jasa Surat Menyurat 14. Penyediaan Jasa Komunikasi, Sumber Daya Air dan Listrik"
            " 15. Penyediaan Jasa Pelayanan Umum Kantor"
        ),
    ),
    ("No", "PROGRAM", "KEGIATAN", "SUB KEGIATAN"),
    (
        "",
        "",
        "7. Pemeliharaan Barang Milik Daerah Penunjang Urusan Pemerintahan Daerah",
        (
            "16. Penyediaan Jasa Pemeliharaan, Biaya Pemeliharaan, pajak dan Perizinan Kendaraan Dinas"
            " Operasional atau Lapangan"
        ),
    ),
    (
        "2.",
        "Kepegawaian Daerah",
        "1. Pengadaan, Pemberhentian dan Informasi Kepegawaian ASN",
        (
            "1. Penyusunan Rencana Kebutuhan, Jenis dan Jumlah Jabatan Untuk Pelaksanaan Pengadaan ASN 2."
            " Koordinasi dan Fasilitasi Pengadaan PNS dan PPPK 3. Koordinasi Pelaksanaan Administrasi"
            " Pemberhentian 4. Fasilitasi Lembaga Profesi ASN 5. Pengelolaan Sistem Informasi Kepegawaian"
            " 6. Pengelolaan Data Kepegawaian"
        ),
    ),
    (
        "", "", "2. Mutasi dan Promosi ASN",
        "7. Pengelolaan Mutasi ASN 8. Pengelolaan Kenaikan Pangkat ASN 9. Pengelolaan Promosi ASN",
    ),
    (
        "",
        "",
        "3. Pengembangan Kompetensi ASN",
        (
            "10. Pengelolaan Pendidikan Lanjutan ASN 11. Koordinasi dan Kerjasama Pelaksanaan Diklat 12."
            " Fasilitasi Sertifikasi Jabatan ASN"
        ),
    ),
    (
        "",
        "",
        "3. Penilaian dan Evaluasi Kinerja Aparatur",
        (
            "13. Penyusunan Kebijakan Penilaian dan Evaluasi Kinerja Aparatur 14. Pelaksanaan Penilaian dan"
            " Evaluasi Kinerja Aparatur 15. Pengelolaan Tanda Jasa Bagi Pegawai 16. Pembinaan Disiplin ASN"
            " 17. Pengelolaan Penyelesaian Pelanggaran Disiplin ASN 18. Pelayanan Proses Izin Perceraian"
            " Pegawai"
        ),
    ),
    (
        "3.", "Pengembangan Sumber Daya Manusia", "1. Pengembangan Kompetensi Teknis",
        "2. Penyelenggaraan Pengembangan Kompetensi Teknis Umum,",
    ),
    ("No", "PROGRAM", "KEGIATAN", "SUB KEGIATAN"),
    (
        "",
        "",
        "",
        (
            "Inti dan Pilihan Bagi jabatan Administrasi Penyelenggara Urusan Pemerintahan Konkuren,"
            " Perangkat Daerah Penunjang dan Urusan Pemerintahan Umum"
        ),
    ),
]


# Sub kegiatan names not printed in the RKT table (pages 2-3), inferred from RKT_PROGRAM_KEGIATAN_TABLE
# (same order, matched on the Keluaran text).  Used only by rkt_sub_kegiatan(); never printed.
RKT_UNPRINTED_SUB_KEGIATAN_NAMES = [
    "Penyediaan Gaji dan Tunjangan ASN",
    "Penatausahaan Barang Milik Daerah Pada SKPD",
    "Pengadaan Pakaian Dinas Beserta Atribut Kelengkapannya",
    "Penyediaan Peralatan Rumah Tangga",
    "Penyediaan Bahan Logistik Kantor",
    "Penyediaan Bahan Cetak dan Penggandaan",
    "Penyediaan Bahan Bacaan dan Peraturan Perundang-Undangan",
    "Fasilitas Kunjungan Tamu",
    "Penyelenggaraan Rapat Koordinasi dan Konsultasi SKPD",
    "Pengadaan Mebel",
    "Pengadaan Peralatan Mesin Lainnya",
    "Penyediaan Jasa Surat Menyurat",
    "Penyediaan Jasa Komunikasi, Sumber Daya Air dan Listrik",
    "Penyediaan Jasa Pelayanan Umum Kantor",
    "Penyediaan Jasa Pemeliharaan, Biaya Pemeliharaan, pajak dan Perizinan Kendaraan Dinas Operasional atau Lapangan",
]

RKT: dict[str, Any] = {
    "meta": RKT_META,
    "header": RKT_HEADER,
    "header_merges": RKT_HEADER_MERGES,
    "rows": RKT_ROWS,
    "tujuan_sasaran_table": RKT_TUJUAN_SASARAN_TABLE,
    "program_kegiatan_table": RKT_PROGRAM_KEGIATAN_TABLE,
}


def rkt_sub_kegiatan() -> list[dict[str, Any]]:
    """RKT_ROWS regrouped per sub kegiatan, with the tujuan/sasaran/program/kegiatan in force.

    nama is None where the name is not printed (then nama_inferred is set); kegiatan is the printed
    (possibly truncated) kegiatan text; masukan/keluaran/hasil are (tolak_ukur, satuan, target) tuples.
    """
    out: list[dict[str, Any]] = []
    ctx: dict[str, str | None] = {"tujuan": None, "sasaran": None, "program": None, "kegiatan": None}
    unnamed = iter(RKT_UNPRINTED_SUB_KEGIATAN_NAMES)
    cur: dict[str, Any] | None = None
    for row in RKT_ROWS:
        kind, c = row["kind"], row["cells"]
        if kind in ("tujuan", "sasaran", "program", "kegiatan"):
            ctx[kind] = next(x for x in c if x)
            if kind == "tujuan":
                ctx["sasaran"] = ctx["program"] = ctx["kegiatan"] = None
            continue
        if kind in ("sub_kegiatan", "masukan"):
            nama = c[4][2:] if kind == "sub_kegiatan" else None
            cur = {**ctx, "nama": nama, "nama_inferred": None if nama else next(unnamed),
                   "masukan": tuple(c[6:9]), "masukan_rp": rupiah_int(c[8]), "keluaran": None, "hasil": None}
            out.append(cur)
        elif kind in ("keluaran", "hasil"):
            assert cur is not None
            cur[kind] = tuple(c[6:9])
    assert next(unnamed, None) is None
    return out


# ==================================================================================================
# Decisions taken where the source text is ambiguous
# ==================================================================================================

SOURCE_AMBIGUITIES = [
    "001 Tabel 4.1, 50302204: the 2nd indicator row prints amounts where 'Belanja operasi' would be and "
    "no 'Belanja operasi' label exists; recorded as indikators[1].pagu_printed / pagu_maju_printed and "
    "belanja['operasi'] = None.",
    "001 Tabel 4.1, 5040220208: 'Pengelolaan Kelembagaan' printed at the end of the first and the start of "
    "the second name line (page break); nama keeps the verbatim join, i.e. the words twice.",
    "001 Tabel 4.1, 5040220207: indicator truncated after 'Jabatan Fungsional,' in the source; kept.",
    "001 Tabel 4.1: the urusan row's code '503' is bidang-urusan length; program 50402 (bidang 5.04) has no "
    "'504' row above it.  level 'urusan' is given to the 503 row as printed.",
    "001 Tabel 4.1: only cells split by a page break show as separate lines in the extraction; wraps "
    "inside a page are not visible, so *_lines has one element elsewhere.",
    "001 Tabel 2.1: page 4 prints '5.03E+09' (dot) while the other pages print '5,03E+09'; kept per row.",
    "001 Tabel 2.3: the JUMLAH TOTAL second amount sits in the 12th cell (Catatan Penting); kept "
    "positional.  Levels of 2.3 rows are not printed (italics are inconsistent): aligned with Tabel 4.1.",
    "000: the pemda is not printed (only 'Malang, November 2023'); pemda left None; pemda_identified = "
    "'Kabupaten Malang' from the signatory's public role (the brief's guess 'Kota Malang' does not hold).",
    "000: the block-1 program 'II. Pengembangan Sumber Daya Manusia' row is the last row before a page "
    "break; its kegiatan '4.' is the first row after the header (page_break_before on the kegiatan).",
    "002: whole table reconstructed from a position-scrambled extraction (see the comment above "
    "RENCANA_AKSI_META); ambiguous placements: the two '2 Dokumen' rows (identical values), the TW "
    "blocks of 'Pendidikan dan Pelatihan Pegawai ...' vs 'Bimbingan Teknis ...' (both 7 Orang) and of "
    "'Pelaksanaan Penilaian ...' vs 'Pengelolaan Pemberian Penghargaan ...' (both 100%), the program "
    "targets of sasaran 2 ('97%') and 3 ('30%'), the kegiatan 'Pengembangan Kompetensi Teknis' target "
    "('100%'), the 'Pelayanan proses izin perceraian pegawai' target ('75%'); unplaced tokens '13' and "
    "'\\'.  pemda not printed (signed at 'Malili').",
    "002: the column numbering row prints '1 2 3 4 5 6 7 8 9 10 11 12 17'; RENCANA_AKSI_COLUMNS is a "
    "reconstruction.",
    "004: one page (lines 272-302) is extracted with one cell less per row; aligned so that "
    "Masukan/Keluaran/Hasil are in column 6.  On that page and the next, sub kegiatan names are not "
    "printed and kegiatan names sit truncated in column 6; rkt_sub_kegiatan() supplies inferred names "
    "(from the section 2.4 table), flagged as nama_inferred.",
    "004: the 'Indeks Kepuasan Masyarakat 80' indicator row after the sasaran 'Meningkatnya kinerja ASN' "
    "may belong to the next sasaran (which repeats it); kept where printed.",
    "004: blank lines in the extraction are taken as page ends (page_break_before); the header is not "
    "repeated in that document.",
]
