"""T-C.33 tables in layouts the seeds do not show: one header row, columns in another order, codes
written in front of the name, one name column per level. Each is read with its values, or told
exactly what is missing."""

from decimal import Decimal
from pathlib import Path

import openpyxl

from pipeline.extract.reader import extract
from pipeline.validate.rules import validate


def _read(path: Path):
    sub = extract(path, sha256="b" * 64)
    validate(sub)
    return sub


def _pagu(sub, kode: str) -> Decimal | None:
    item = next(i for i in sub.items if str(i.kode) == kode)
    m = item.measure("pagu", str(sub.tahun))
    return m.value if m else None


def single_header_row_identity_in_title(path: Path) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "RENJA 2025"
    ws.append(["RENCANA KERJA DINAS KESEHATAN KABUPATEN SIDOARJO TAHUN 2025"])
    ws.append([])
    ws.append(["No", "Kode Rekening", "Program / Kegiatan / Sub Kegiatan", "Indikator Kinerja", "Target", "Satuan",
               "Lokasi", "Pagu Indikatif (Rp)", "Sumber Dana", "Target 2026", "Satuan", "Pagu 2026 (Rp)"])
    ws.append([1, "1.02.02", "PROGRAM PEMENUHAN UPAYA KESEHATAN", "Persentase fasyankes terakreditasi", 90, "%",
               "Kab. Sidoarjo", 1_500_000_000, "APBD", 92, "%", 1_600_000_000])
    ws.append([2, "1.02.02.2.01", "Penyediaan Fasilitas Pelayanan Kesehatan", "Jumlah fasyankes", 3, "Unit",
               "Kab. Sidoarjo", 1_500_000_000, "DAK Fisik", 2, "Unit", 1_600_000_000])
    ws.append([3, "1.02.02.2.01.0003", "Pembangunan Puskesmas", "Jumlah Puskesmas", 1, "Unit", "Kec. Waru",
               1_000_000_000, "DAK Fisik", 1, "Unit", 1_100_000_000])
    ws.append([4, "1.02.02.2.01.0014", "Pengadaan Alat Kesehatan", "Jumlah alat kesehatan", 25, "Unit",
               "Kab. Sidoarjo", 500_000_000, "DAK Fisik", 20, "Unit", 500_000_000])
    ws.append([None, None, "JUMLAH", None, None, None, None, 1_500_000_000, None, None, None, 1_600_000_000])
    wb.save(path)
    return path


def codes_in_front_of_names(path: Path) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["RENJA DINAS PERHUBUNGAN KOTA SURABAYA TAHUN 2025"])
    ws.append([])
    ws.append(["Program/Kegiatan/Sub Kegiatan", "Indikator Kinerja", "Target", "Pagu Indikatif (Rp)", "Sumber Dana"])
    ws.append(["2.15.02 PROGRAM PENYELENGGARAAN LALU LINTAS DAN ANGKUTAN JALAN", "Persentase", "90 %",
               "Rp 1.500.000.000,00", "APBD"])
    ws.append(["2.15.02.2.01 Penetapan Rencana Induk", "Jumlah dokumen", "1 Dokumen", "Rp 1.500.000.000,00", "APBD"])
    ws.append(["2.15.02.2.01.0001 Penyusunan Rencana Induk Jaringan LLAJ", "Jumlah dokumen", "1 Dokumen",
               "Rp 1.500.000.000,00", "APBD"])
    wb.save(path)
    return path


def one_name_column_per_level(path: Path) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    for line in (["Nama Perangkat Daerah : Dinas Sosial"], ["Kabupaten Gresik"], ["Tahun 2025"]):
        ws.append(line)
    ws.append(["Kode", "Program", "Kegiatan", "Sub Kegiatan", "Indikator", "Target", "Pagu Indikatif"])
    ws.append(["1.06.04", "PROGRAM REHABILITASI SOSIAL", None, None, "Persentase PPKS", 80, 300_000_000])
    ws.append(["1.06.04.2.02", None, "Rehabilitasi Sosial Dasar", None, "Jumlah penyandang", 50, 300_000_000])
    ws.append(["1.06.04.2.02.0001", None, None, "Penyediaan Permakanan", "Jumlah orang", "50 Orang", 300_000_000])
    wb.save(path)
    return path


def test_single_header_row_with_identity_in_the_title(tmp_path):
    sub = _read(single_header_row_identity_in_title(tmp_path / "renja.xlsx"))
    assert (sub.document, sub.tahun, sub.pemda, sub.opd) == ("renja", 2025, "Kabupaten Sidoarjo", "Dinas Kesehatan")
    assert not sub.findings.has_errors, [f.message() for f in sub.findings]
    assert _pagu(sub, "1.02.02.2.01.0003") == Decimal(1_000_000_000)
    sub_item = next(i for i in sub.items if str(i.kode) == "1.02.02.2.01.0014")
    (target,) = [t for t in sub_item.indicators[0].targets if t.period == "2025"]
    assert (target.value, target.unit, target.cell) == (Decimal(25), "Unit", "E7")


def test_codes_written_in_front_of_the_names(tmp_path):
    sub = _read(codes_in_front_of_names(tmp_path / "renja.xlsx"))
    assert [str(i.kode) for i in sub.items] == ["2.15.02", "2.15.02.2.01", "2.15.02.2.01.0001"]
    assert sub.items[2].nama == "Penyusunan Rencana Induk Jaringan LLAJ"
    assert _pagu(sub, "2.15.02.2.01.0001") == Decimal(1_500_000_000)
    assert not sub.findings.has_errors, [f.message() for f in sub.findings]


def test_one_name_column_per_level_and_a_missing_column_is_named(tmp_path):
    sub = _read(one_name_column_per_level(tmp_path / "renja.xlsx"))
    assert [(str(i.kode), i.nama) for i in sub.items][-1] == ("1.06.04.2.02.0001", "Penyediaan Permakanan")
    (missing,) = [f for f in sub.findings if f.severity == "error"]
    assert missing.code == "required-missing" and missing.field == "sumber_dana"


def legacy_xls_with_merged_header(path: Path) -> Path:
    """An Excel 97-2003 .xls, as older offices still save: merged two-row header, codes without dots."""
    import xlwt

    book = xlwt.Workbook()
    ws = book.add_sheet("Renja 2025")
    ws.write(0, 0, "Tabel T-C.33 Rumusan Rencana Program dan Kegiatan Perangkat Daerah Tahun 2025")
    ws.write(1, 0, "Kabupaten Lamongan")
    ws.write(2, 0, "Nama Perangkat Daerah : Dinas Pertanian")
    ws.write_merge(4, 5, 0, 0, "Kode")
    ws.write_merge(4, 5, 1, 1, "Program/Kegiatan/Sub Kegiatan")
    ws.write_merge(4, 5, 2, 2, "Indikator Kinerja")
    ws.write_merge(4, 4, 3, 5, "Rencana Tahun 2025")
    ws.write(5, 3, "Target Capaian Kinerja")
    ws.write(5, 4, "Pagu Indikatif")
    ws.write(5, 5, "Sumber Dana")
    rows = [("30102", "PROGRAM PENYEDIAAN DAN PENGEMBANGAN SARANA PERTANIAN", "Persentase", "85%", 750_000_000, "APBD"),
            ("30102201", "Pengawasan Penggunaan Sarana Pendukung Pertanian", "Jumlah laporan", "4 lap", 750_000_000,
             "APBD"),
            ("3010220101", "Pengawasan Penyediaan dan Penyaluran Pupuk", "Jumlah laporan", "4 lap", 750_000_000,
             "APBD")]
    for r, row in enumerate(rows, start=6):
        for c, value in enumerate(row):
            ws.write(r, c, value)
    book.save(str(path))
    return path


def test_legacy_xls_is_read(tmp_path):
    sub = _read(legacy_xls_with_merged_header(tmp_path / "Renja Distan 2025.xls"))
    assert (sub.document, sub.tahun, sub.pemda, sub.opd) == ("renja", 2025, "Kabupaten Lamongan", "Dinas Pertanian")
    assert [str(i.kode) for i in sub.items] == ["3.01.02", "3.01.02.2.01", "3.01.02.2.01.0001"]
    assert _pagu(sub, "3.01.02.2.01.0001") == Decimal(750_000_000)
    assert not sub.findings.has_errors, [f.message() for f in sub.findings]
