"""Deterministic workloads for the benchmark: realistic Renja T-C.33 submissions of many pemda.

Most files are the official template (written by ``pipeline.templates.writer.write_template``,
hidden ``_meta`` included) filled with dotted codes and numbers; a share are hand-made T-C.33
tables as OPDs print them: title rows with "Nama Perangkat Daerah : X", a merged two-row header
with a "(1) (2) ..." row repeated after page breaks, codes without dots, rupiah as text
"1.924.149.480", four belanja rows under every item and a JUMLAH row. A share of either kind
carries a defect (roll-up off, code under the wrong parent, required cell empty, mangled code,
belanja not adding up), a few a warning. Sizes follow a triangular law, 300 rows on average.

The same parameters give the same bytes. A workload is written once under ``bench/out/`` in a
folder named after its parameters and reused (``python bench/generate.py --pemda 40 --opd 40``).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import sys
from collections.abc import Iterator
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from multiprocessing import get_context
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

import xlsxwriter  # noqa: E402

from pipeline.templates.writer import write_template  # noqa: E402

GENERATOR_VERSION = "1"  # bump when the files change, so cached workloads are written again
OUT = ROOT / "bench" / "out"
GENERATED_AT = datetime(2024, 3, 1, 8, 0, tzinfo=UTC)
MTIME_BASE = 1_709_280_000  # arrival order = file order (mtime), whatever the file system


@dataclass(frozen=True)
class Params:
    pemda: int = 2
    opd: int = 10
    rows: int = 300  # physical table rows per submission, on average
    tahun: int = 2025
    handmade_share: float = 0.2
    defect_share: float = 0.15
    warning_share: float = 0.1
    seed: int = 7

    def key(self) -> str:
        digest = hashlib.sha256(json.dumps(asdict(self), sort_keys=True).encode()).hexdigest()[:10]
        return f"p{self.pemda}-o{self.opd}-r{self.rows}-v{GENERATOR_VERSION}-{digest}"

    @property
    def files(self) -> int:
        return self.pemda * self.opd


# --- names ------------------------------------------------------------------------------------------

PEMDA_NAMES = [
    "Kabupaten Pasuruan", "Kabupaten Malang", "Kota Malang", "Kabupaten Sidoarjo", "Kota Surabaya",
    "Kabupaten Gresik", "Kabupaten Lamongan", "Kabupaten Tuban", "Kabupaten Bojonegoro", "Kabupaten Ngawi",
    "Kabupaten Madiun", "Kota Madiun", "Kabupaten Magetan", "Kabupaten Ponorogo", "Kabupaten Pacitan",
    "Kabupaten Trenggalek", "Kabupaten Tulungagung", "Kabupaten Blitar", "Kota Blitar", "Kabupaten Kediri",
    "Kota Kediri", "Kabupaten Nganjuk", "Kabupaten Jombang", "Kabupaten Mojokerto", "Kota Mojokerto",
    "Kota Pasuruan", "Kabupaten Probolinggo", "Kota Probolinggo", "Kabupaten Lumajang", "Kabupaten Jember",
    "Kabupaten Bondowoso", "Kabupaten Situbondo", "Kabupaten Banyuwangi", "Kabupaten Bangkalan",
    "Kabupaten Sampang", "Kabupaten Pamekasan", "Kabupaten Sumenep", "Kota Batu", "Kabupaten Banyumas",
    "Kabupaten Cilacap",
]

URUSAN_NAMES = {
    "1": "URUSAN PEMERINTAHAN WAJIB YANG BERKAITAN DENGAN PELAYANAN DASAR",
    "2": "URUSAN PEMERINTAHAN WAJIB YANG TIDAK BERKAITAN DENGAN PELAYANAN DASAR",
    "3": "URUSAN PEMERINTAHAN PILIHAN",
    "4": "UNSUR PENDUKUNG URUSAN PEMERINTAHAN",
    "5": "UNSUR PENUNJANG URUSAN PEMERINTAHAN",
    "6": "UNSUR PENGAWASAN URUSAN PEMERINTAHAN",
    "7": "UNSUR KEWILAYAHAN",
    "8": "UNSUR PEMERINTAHAN UMUM",
}

# (OPD, short name, bidang, bidang name): one bidang per agency, kecamatan share 7.01 as in reality.
AGENCIES = [
    ("Dinas Pendidikan", "DISDIK", "1.01", "PENDIDIKAN"),
    ("Dinas Kesehatan", "DINKES", "1.02", "KESEHATAN"),
    ("Dinas Pekerjaan Umum dan Penataan Ruang", "DPUPR", "1.03", "PEKERJAAN UMUM DAN PENATAAN RUANG"),
    ("Dinas Perumahan Rakyat dan Kawasan Permukiman", "DPRKP", "1.04", "PERUMAHAN RAKYAT DAN KAWASAN PERMUKIMAN"),
    ("Satuan Polisi Pamong Praja", "SATPOLPP", "1.05", "KETENTERAMAN DAN KETERTIBAN UMUM"),
    ("Dinas Sosial", "DINSOS", "1.06", "SOSIAL"),
    ("Dinas Tenaga Kerja", "DISNAKER", "2.07", "TENAGA KERJA"),
    ("Dinas Pemberdayaan Perempuan dan Perlindungan Anak", "DP3A", "2.08",
     "PEMBERDAYAAN PEREMPUAN DAN PERLINDUNGAN ANAK"),
    ("Dinas Ketahanan Pangan", "DKP", "2.09", "PANGAN"),
    ("Dinas Lingkungan Hidup", "DLH", "2.11", "LINGKUNGAN HIDUP"),
    ("Dinas Kependudukan dan Pencatatan Sipil", "DISPENDUKCAPIL", "2.12",
     "ADMINISTRASI KEPENDUDUKAN DAN PENCATATAN SIPIL"),
    ("Dinas Pemberdayaan Masyarakat dan Desa", "DPMD", "2.13", "PEMBERDAYAAN MASYARAKAT DAN DESA"),
    ("Dinas Pengendalian Penduduk dan Keluarga Berencana", "DPPKB", "2.14",
     "PENGENDALIAN PENDUDUK DAN KELUARGA BERENCANA"),
    ("Dinas Perhubungan", "DISHUB", "2.15", "PERHUBUNGAN"),
    ("Dinas Komunikasi dan Informatika", "DISKOMINFO", "2.16", "KOMUNIKASI DAN INFORMATIKA"),
    ("Dinas Koperasi dan Usaha Mikro", "DISKOPUM", "2.17", "KOPERASI, USAHA KECIL, DAN MENENGAH"),
    ("Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu", "DPMPTSP", "2.18", "PENANAMAN MODAL"),
    ("Dinas Kepemudaan dan Olahraga", "DISPORA", "2.19", "KEPEMUDAAN DAN OLAHRAGA"),
    ("Dinas Perpustakaan dan Kearsipan", "DISPUSIP", "2.23", "PERPUSTAKAAN"),
    ("Dinas Perikanan", "DISKAN", "3.25", "KELAUTAN DAN PERIKANAN"),
    ("Dinas Pariwisata dan Kebudayaan", "DISPARBUD", "3.26", "PARIWISATA"),
    ("Dinas Pertanian", "DISTAN", "3.27", "PERTANIAN"),
    ("Dinas Perindustrian dan Perdagangan", "DISPERINDAG", "3.30", "PERDAGANGAN"),
    ("Sekretariat Daerah", "SETDA", "4.01", "SEKRETARIAT DAERAH"),
    ("Sekretariat DPRD", "SETWAN", "4.02", "SEKRETARIAT DPRD"),
    ("Badan Perencanaan Pembangunan, Riset dan Inovasi Daerah", "BAPPERIDA", "5.01", "PERENCANAAN"),
    ("Badan Pengelolaan Keuangan dan Aset Daerah", "BPKAD", "5.02", "KEUANGAN"),
    ("Badan Kepegawaian dan Pengembangan Sumber Daya Manusia", "BKPSDM", "5.03", "KEPEGAWAIAN"),
    ("Inspektorat Daerah", "INSPEKTORAT", "6.01", "INSPEKTORAT DAERAH"),
    ("Badan Kesatuan Bangsa dan Politik", "BAKESBANGPOL", "8.01", "KESATUAN BANGSA DAN POLITIK"),
]
KECAMATAN = ["Bangil", "Beji", "Gempol", "Pandaan", "Prigen", "Sukorejo", "Purwosari", "Wonorejo", "Kejayan",
             "Pohjentrek", "Gondangwetan", "Rembang", "Kraton", "Pasrepan", "Tosari", "Tutur", "Puspo", "Lumbang",
             "Nguling", "Lekok", "Grati", "Winongan", "Purwodadi", "Kraksaan"]

VERBS = ["Penyediaan", "Pengelolaan", "Penyusunan", "Koordinasi", "Fasilitasi", "Pembinaan", "Pengembangan",
         "Peningkatan", "Pelaksanaan", "Monitoring dan Evaluasi", "Pengadaan", "Pemeliharaan", "Sosialisasi",
         "Pendataan", "Pendampingan"]
OBJECTS = ["Dokumen Perencanaan", "Sarana dan Prasarana", "Data dan Informasi", "Kapasitas Aparatur",
           "Layanan Publik", "Barang Milik Daerah", "Jasa Penunjang Urusan Pemerintahan", "Kelembagaan Masyarakat",
           "Sistem Informasi", "Pelaporan Keuangan", "Kerja Sama Daerah", "Peralatan dan Mesin",
           "Gedung Kantor", "Program Prioritas Daerah", "Standar Pelayanan Minimal", "Kawasan Strategis",
           "Usaha Mikro", "Ketahanan Keluarga", "Kualitas Lingkungan", "Partisipasi Masyarakat"]
PLACES = ["Perangkat Daerah", "Kabupaten/Kota", "Desa dan Kelurahan", "Kecamatan", "Daerah"]
UNITS = [("Dokumen", "dok"), ("Laporan", "lap"), ("Orang", "org"), ("%", "%"), ("Unit", "unit"),
         ("Paket", "paket"), ("Kegiatan", "keg"), ("Orang/Bulan", "org/bln"), ("Lembaga", "lembaga"),
         ("Bulan", "bln")]
SUMBER = ["APBD", "APBD", "APBD", "DAU", "DAK Fisik", "DAK Non Fisik", "DBH", "Bantuan Keuangan Provinsi"]
PENUNJANG = "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA"
PENUNJANG_KEGIATAN = ["Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah",
                      "Administrasi Keuangan Perangkat Daerah", "Administrasi Barang Milik Daerah pada Perangkat Daerah",
                      "Administrasi Kepegawaian Perangkat Daerah", "Administrasi Umum Perangkat Daerah",
                      "Pengadaan Barang Milik Daerah Penunjang Urusan Pemerintah Daerah",
                      "Penyediaan Jasa Penunjang Urusan Pemerintahan Daerah",
                      "Pemeliharaan Barang Milik Daerah Penunjang Urusan Pemerintahan Daerah"]


def opd_of(index: int) -> tuple[str, str, str, str]:
    """The ``index``-th OPD of a pemda: the agencies first, then kecamatan (bidang 7.01)."""
    if index < len(AGENCIES):
        return AGENCIES[index]
    name = KECAMATAN[(index - len(AGENCIES)) % len(KECAMATAN)]
    round_ = (index - len(AGENCIES)) // len(KECAMATAN)
    name = name if round_ == 0 else f"{name} {round_ + 1}"
    return (f"Kecamatan {name}", f"KEC-{name.upper().replace(' ', '')}", "7.01", "KEWILAYAHAN")


def pemda_of(index: int) -> str:
    if index < len(PEMDA_NAMES):
        return PEMDA_NAMES[index]
    return f"{PEMDA_NAMES[index % len(PEMDA_NAMES)]} {index // len(PEMDA_NAMES) + 1}"


# --- the plan of one submission ------------------------------------------------------------------------


@dataclass
class Node:
    """A program / kegiatan / sub kegiatan with its values; parents' amounts are their children's sums."""

    level: str
    segments: list[str]
    nama: str
    indicators: list[tuple[str, int | float, str, int | float]] = field(default_factory=list)
    lokasi: str = ""
    sumber_dana: str = ""
    catatan: str = ""
    pegawai: int = 0
    barang_jasa: int = 0
    modal: int = 0
    maju: int = 0
    children: list[Node] = field(default_factory=list)
    kode_override: Any = None  # a defect: the code as (mis)typed

    @property
    def pagu(self) -> int:
        return self.pegawai + self.barang_jasa + self.modal

    @property
    def operasi(self) -> int:
        return self.pegawai + self.barang_jasa

    def dotted(self) -> str:
        return ".".join(self.segments)

    def walk(self) -> Iterator[Node]:
        yield self
        for child in self.children:
            yield from child.walk()


@dataclass
class Plan:
    pemda: str
    opd: str
    short: str
    bidang: str
    bidang_name: str
    tahun: int
    handmade: bool
    programs: list[Node]
    defect: str = ""
    warning: str = ""
    extra: dict[str, int] = field(default_factory=dict)  # defect parameters (rollup delta, ...)

    def nodes(self) -> Iterator[Node]:
        for program in self.programs:
            yield from program.walk()


def _money(rng: random.Random, low: int, high: int) -> int:
    return rng.randrange(low, high) * 1000


def _indicator(rng: random.Random, nama: str, level: str) -> tuple[str, int | float, str, int | float]:
    unit = rng.choice(UNITS)
    if unit[0] == "%":
        target: int | float = rng.choice([75, 80, 85, 90, 95, 100, 87.5])
    else:
        target = rng.randrange(1, 60)
    prefix = "Persentase" if unit[0] == "%" else "Jumlah"
    text = f"{prefix} {nama.split(' ', 1)[-1]}" if level == "sub_kegiatan" else f"{prefix} capaian {nama.lower()}"
    maju = target if unit[0] == "%" else target + rng.randrange(0, 5)
    return text, target, unit[0], maju


def _leaf(rng: random.Random, segments: list[str], lokasi: str) -> Node:
    nama = f"{rng.choice(VERBS)} {rng.choice(OBJECTS)} {rng.choice(PLACES)}"
    node = Node("sub_kegiatan", segments, nama, lokasi=lokasi, sumber_dana=rng.choice(SUMBER))
    node.indicators.append(_indicator(rng, nama, "sub_kegiatan"))
    if rng.random() < 0.12:  # a second indicator on a continuation row
        node.indicators.append(_indicator(rng, nama, "sub_kegiatan"))
    big = rng.random() < 0.1
    node.pegawai = _money(rng, 50_000, 900_000) if big else 0
    node.barang_jasa = _money(rng, 5_000, 900_000)
    node.modal = _money(rng, 10_000, 1_500_000) if rng.random() < 0.25 else 0
    node.maju = int(round(node.pagu * rng.uniform(0.9, 1.25), -3))
    if rng.random() < 0.1:
        node.catatan = "Prioritas daerah"
    return node


def _sum_up(node: Node) -> None:
    if not node.children:
        return
    for child in node.children:
        _sum_up(child)
    node.pegawai = sum(c.pegawai for c in node.children)
    node.barang_jasa = sum(c.barang_jasa for c in node.children)
    node.modal = sum(c.modal for c in node.children)
    node.maju = sum(c.maju for c in node.children)


def plan_submission(params: Params, pemda_index: int, opd_index: int, version: int = 0) -> Plan:
    """Everything one submission says, drawn from its own seeded generator (order-independent)."""
    rng = random.Random(f"{params.seed}:{pemda_index}:{opd_index}")
    opd, short, bidang, bidang_name = opd_of(opd_index)
    pemda = pemda_of(pemda_index)
    handmade = rng.random() < params.handmade_share
    target_rows = int(rng.triangular(params.rows * 0.27, params.rows * 2.33, params.rows * 0.4))
    per_item = 5 if handmade else 1.12  # hand-made: item row + 4 belanja rows
    lokasi = "Kab/Kota" if rng.random() < 0.5 else pemda.split(" ", 1)[-1]
    programs: list[Node] = []
    budget = max(3, int(target_rows / per_item))
    count = 0
    number = 0
    while count < budget:
        number += 1
        pp = f"{number:02d}"
        pnama = PENUNJANG if number == 1 else f"PROGRAM {rng.choice(VERBS).upper()} {rng.choice(OBJECTS).upper()}"
        program = Node("program", [*bidang.split("."), pp], pnama, lokasi=lokasi, sumber_dana="APBD")
        program.indicators.append(_indicator(rng, pnama.title(), "program"))
        count += 1
        for k in range(1, rng.randrange(2, 7)):
            kk = f"{k:02d}"
            knama = (PENUNJANG_KEGIATAN[(k - 1) % len(PENUNJANG_KEGIATAN)] if number == 1
                     else f"{rng.choice(VERBS)} {rng.choice(OBJECTS)}")
            kegiatan = Node("kegiatan", [*program.segments, "2", kk], knama, lokasi=lokasi, sumber_dana="APBD")
            kegiatan.indicators.append(_indicator(rng, knama, "kegiatan"))
            count += 1
            for s in range(1, rng.randrange(2, 9)):
                kegiatan.children.append(_leaf(rng, [*kegiatan.segments, f"{s:04d}"], lokasi))
                count += 1
            program.children.append(kegiatan)
            if count >= budget:
                break
        programs.append(program)
    plan = Plan(pemda, opd, short, bidang, bidang_name, params.tahun, handmade, programs)
    leaves = [n for n in plan.nodes() if n.level == "sub_kegiatan"]
    if rng.random() < params.warning_share:
        leaf = rng.choice(leaves)
        leaf.maju = leaf.pagu * 2  # prakiraan maju far from year n: a warning, still accepted
        plan.warning = "maju-far-from-n"
    if version:  # a resubmission: some amounts revised, everything still adds up
        vr = random.Random(f"{params.seed}:{pemda_index}:{opd_index}:v{version}")
        for leaf in vr.sample(leaves, min(len(leaves), 3)):
            leaf.barang_jasa += vr.randrange(1, 500) * 1_000_000
            leaf.maju = int(round(leaf.pagu * 1.1, -3))
    for program in programs:
        _sum_up(program)
    if not version and rng.random() < params.defect_share:
        kinds = ["rollup", "hierarchy", "required", "mangled"] + (["belanja"] if handmade else [])
        plan.defect = rng.choice(kinds)
        kegiatans = [n for n in plan.nodes() if n.level == "kegiatan"]
        if plan.defect == "rollup":
            plan.extra["rollup"] = rng.randrange(1, 50) * 1_000_000
            rng.choice(kegiatans).barang_jasa += plan.extra["rollup"]  # the kegiatan no longer adds up
        elif plan.defect == "hierarchy":
            leaf = rng.choice(leaves)
            leaf.segments = [*leaf.segments[:4], "97", leaf.segments[5]]
        elif plan.defect == "required":
            leaf = rng.choice(leaves)
            leaf.indicators = []
            leaf.sumber_dana = ""
        elif plan.defect == "mangled":
            rng.choice(leaves).kode_override = "5,03E+11"
        elif plan.defect == "belanja":
            plan.extra["belanja"] = rng.randrange(1, 9) * 1_000_000
    return plan


# --- writing -------------------------------------------------------------------------------------------


def _number(value: int | float) -> int | float:
    return int(value) if float(value).is_integer() else value


def template_rows(plan: Plan) -> list[dict[str, Any]]:
    """The rows an OPD types into the official template: dotted codes, numbers, units apart."""
    urusan = plan.bidang.split(".")[0]
    rows: list[dict[str, Any]] = [{"kode": urusan, "nama": URUSAN_NAMES[urusan]},
                                  {"kode": plan.bidang, "nama": plan.bidang_name}]
    for node in plan.nodes():
        row: dict[str, Any] = {"kode": node.kode_override or node.dotted(), "nama": node.nama, "lokasi": node.lokasi,
                               "pagu": node.pagu, "sumber_dana": node.sumber_dana, "catatan": node.catatan,
                               "pagu_maju": node.maju}
        for i, (text, target, unit, maju) in enumerate(node.indicators or [("", None, "", None)]):
            line = row if i == 0 else {}
            if text:
                line.update(indikator=text, target=_number(target), satuan=unit, target_maju=_number(maju),
                            satuan_maju=unit)
            rows.append(line)
    return rows


def write_template_submission(plan: Plan, path: Path) -> None:
    write_template("renja", path, tahun=plan.tahun, pemda=plan.pemda, opd=plan.opd, rows=template_rows(plan),
                   generated_at=GENERATED_AT)


def _rupiah(amount: int) -> str:
    return "-" if amount == 0 else f"{amount:,}".replace(",", ".")


def _target_text(target: int | float, unit: str) -> str:
    short = dict(UNITS).get(unit, unit)
    number = f"{_number(target)}".replace(".", ",")
    return f"{number}{short}" if short == "%" else f"{number} {short}"


# Hand-made layout (as seed 001 Tabel 4.1 prints it): column (6) is split into the belanja label
# and the amount, so the sheet has 11 columns.
_HM_HEADER = [
    ["Kode", "Urusan/ Bidang Urusan Pemerintahan Daerah dan Program/ Kegiatan/ Sub Kegiatan",
     "Indikator Kinerja Program/ Kegiatan/ Sub Kegiatan", "Rencana Tahun {n}", None, None, None, None,
     "Catatan Penting", "Prakiraan Maju Rencana Tahun {n1}", None],
    [None, None, None, "Lokasi", "Target Capaian Kinerja", "Kebutuhan Dana/ Pagu Indikatif", None, "Sumber Dana",
     None, "Target Capaian Kinerja", "Kebutuhan Dana/ Pagu Indikatif"],
    ["(1)", "(2)", "(3)", "(4)", "(5)", "(6)", None, "(7)", "(8)", "(9)", "(10)"],
]
_HM_MERGES = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 0, 7), (0, 8, 1, 8), (0, 9, 0, 10), (1, 5, 1, 6),
              (2, 5, 2, 6)]
_HM_WIDTHS = [13, 44, 40, 9, 11, 20, 17, 10, 14, 11, 17]
_PAGE_ROWS = 48  # the header is typed again after this many rows, as on the printed pages


def _undotted(node: Node) -> str:
    return "".join(node.segments)


def write_handmade_submission(plan: Plan, path: Path) -> None:
    tmp = path.with_name(path.name + ".tmp")
    wb = xlsxwriter.Workbook(str(tmp), {"strings_to_numbers": False, "strings_to_formulas": False,
                                        "strings_to_urls": False, "in_memory": True})
    wb.set_properties({"author": plan.short, "created": GENERATED_AT.replace(tzinfo=None)})
    base = {"font_name": "Arial", "font_size": 9}
    bold = wb.add_format({**base, "bold": True})
    plain = wb.add_format(base)
    head = wb.add_format({**base, "bold": True, "border": 1, "align": "center", "valign": "vcenter",
                          "text_wrap": True, "bg_color": "#D9E1F2"})
    cell = wb.add_format({**base, "border": 1, "valign": "top", "text_wrap": True})
    cell_bold = wb.add_format({**base, "border": 1, "valign": "top", "text_wrap": True, "bold": True})
    money = wb.add_format({**base, "border": 1, "valign": "top", "num_format": "#,##0"})
    ws = wb.add_worksheet("Tabel 4.1")
    for c, w in enumerate(_HM_WIDTHS):
        ws.set_column(c, c, w)
    n, n1 = plan.tahun, plan.tahun + 1
    ws.write_string(0, 0, "Tabel T-C.33", bold)
    ws.merge_range(1, 0, 1, 10, f"Tabel 4.1. Rumusan Rencana Program dan Kegiatan Perangkat Daerah Tahun {n} dan "
                                f"Prakiraan Maju Tahun {n1}", bold)
    ws.merge_range(2, 0, 2, 10, plan.pemda, bold)
    ws.write_string(4, 0, f"Nama Perangkat Daerah : {plan.opd}", plain)
    row = 6

    def header() -> None:
        nonlocal row
        for r0, c0, r1, c1 in _HM_MERGES:
            ws.merge_range(row + r0, c0, row + r1, c1, "", head)
        for r, line in enumerate(_HM_HEADER):
            for c, text in enumerate(line):
                if text is not None:
                    ws.write_string(row + r, c, text.format(n=n, n1=n1), head)
                elif not any(r0 <= r <= r1 and c0 <= c <= c1 for r0, c0, r1, c1 in _HM_MERGES):
                    ws.write_blank(row + r, c, None, head)
        row += len(_HM_HEADER)

    def line(values: dict[int, Any], fmt: Any) -> None:
        nonlocal row
        for c in range(11):
            v = values.get(c)
            if v is None or v == "":
                ws.write_blank(row, c, None, fmt)
            elif isinstance(v, str):
                ws.write_string(row, c, v, fmt)
            else:
                ws.write_number(row, c, v, money)
        row += 1

    header()
    ws.repeat_rows(6, 8)
    since_break = 0
    breaks: list[int] = []
    urusan = plan.bidang.split(".")[0]
    line({0: urusan, 1: URUSAN_NAMES[urusan]}, cell_bold)
    line({0: plan.bidang.replace(".", ""), 1: plan.bidang_name}, cell_bold)
    defect_done = False
    for node in plan.nodes():
        block = 4 + max(1, len(node.indicators))
        if since_break + block > _PAGE_ROWS:
            breaks.append(row)
            header()
            since_break = 0
        since_break += block
        fmt = cell_bold if node.level != "sub_kegiatan" else cell
        first = node.indicators[0] if node.indicators else ("", None, "", None)
        kode = node.kode_override or _undotted(node)
        line({0: kode, 1: node.nama, 2: first[0], 3: node.lokasi,
              4: _target_text(first[1], first[2]) if first[0] else "", 6: _rupiah(node.pagu), 7: node.sumber_dana,
              8: node.catatan, 9: _target_text(first[3], first[2]) if first[0] else "", 10: _rupiah(node.maju)}, fmt)
        for text, target, unit, maju in node.indicators[1:]:
            line({2: text, 4: _target_text(target, unit), 9: _target_text(maju, unit)}, cell)
        operasi = node.operasi
        if plan.defect == "belanja" and not defect_done and node.level == "sub_kegiatan":
            operasi += plan.extra["belanja"]  # operasi no longer equals pegawai + barang dan jasa
            defect_done = True
        for label, amount in (("Belanja operasi", operasi), ("Belanja pegawai", node.pegawai),
                              ("Belanja barang dan jasa", node.barang_jasa), ("Belanja modal", node.modal)):
            line({5: label, 6: f": {_rupiah(amount)}"}, cell)
    total = sum(p.pagu for p in plan.programs)
    total_maju = sum(p.maju for p in plan.programs)
    line({1: "JUMLAH", 6: _rupiah(total), 10: _rupiah(total_maju)}, cell_bold)
    ws.set_h_pagebreaks(breaks)
    ws.set_landscape()
    ws.set_paper(9)
    ws.fit_to_pages(1, 0)
    wb.close()
    os.replace(tmp, path)


def file_name(plan: Plan, version: int = 0) -> str:
    suffix = f" (perbaikan {version})" if version else ""
    if plan.handmade:
        return f"Tabel T-C.33 {plan.short} {plan.tahun}{suffix}.xlsx"
    return f"Renja {plan.tahun} {plan.short}{suffix}.xlsx"


def write_submission(params: Params, pemda_index: int, opd_index: int, folder: Path, version: int = 0) -> Path:
    plan = plan_submission(params, pemda_index, opd_index, version)
    sub = folder / f"{pemda_index:02d}-{_slug(plan.pemda)}"
    sub.mkdir(parents=True, exist_ok=True)
    path = sub / file_name(plan, version)
    if plan.handmade:
        write_handmade_submission(plan, path)
    else:
        write_template_submission(plan, path)
    stamp = MTIME_BASE + pemda_index * 10_000 + opd_index * 10 + version * 1_000_000
    os.utime(path, (stamp, stamp))
    return path


def _slug(text: str) -> str:
    return "".join(ch if ch.isalnum() else "-" for ch in text.lower()).strip("-")


def _write_one(task: tuple[Params, int, int, str]) -> dict[str, Any]:
    params, p, o, folder = task
    path = write_submission(params, p, o, Path(folder))
    plan = plan_submission(params, p, o)
    return {"file": str(path.relative_to(folder)), "pemda": plan.pemda, "opd": plan.opd,
            "handmade": plan.handmade, "defect": plan.defect, "warning": plan.warning}


def workload(params: Params, *, out: Path = OUT, processes: int | None = None, quiet: bool = False) -> Path:
    """The folder holding ``inbox/`` and ``manifest.json`` for ``params``; written once, then reused."""
    folder = out / params.key()
    manifest = folder / "manifest.json"
    if manifest.exists():
        return folder
    inbox = folder / "inbox"
    inbox.mkdir(parents=True, exist_ok=True)
    tasks = [(params, p, o, str(inbox)) for p in range(params.pemda) for o in range(params.opd)]
    procs = processes or max(1, len(os.sched_getaffinity(0)))
    if not quiet:
        print(f"generating {len(tasks)} submissions into {inbox} ...", file=sys.stderr)
    if procs > 1 and len(tasks) > 4:
        with get_context("fork").Pool(procs) as pool:
            files = pool.map(_write_one, tasks, chunksize=8)
    else:
        files = [_write_one(t) for t in tasks]
    rows = sum(1 for _ in files)
    manifest.write_text(json.dumps({"params": asdict(params), "files": files, "count": rows}, indent=1),
                        encoding="utf-8")
    return folder


def resubmission(params: Params, pemda_index: int, opd_index: int, folder: Path, version: int) -> Path:
    """A corrected file of one OPD (some amounts revised), written into ``folder``."""
    return write_submission(params, pemda_index, opd_index, folder, version=version)


PRESETS = {
    "tiny": Params(pemda=1, opd=3),
    "small": Params(pemda=2, opd=10),
    "medium": Params(pemda=10, opd=40),
    "province": Params(pemda=40, opd=40),
}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--preset", choices=sorted(PRESETS), default="small")
    parser.add_argument("--pemda", type=int)
    parser.add_argument("--opd", type=int)
    parser.add_argument("--rows", type=int)
    parser.add_argument("--seed", type=int)
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args(argv)
    params = PRESETS[args.preset]
    overrides = {k: getattr(args, k) for k in ("pemda", "opd", "rows", "seed") if getattr(args, k) is not None}
    params = Params(**{**asdict(params), **overrides})
    print(workload(params, out=args.out))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
