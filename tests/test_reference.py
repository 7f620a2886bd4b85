"""The official nomenclature: reading the operator's list, importing it, and the rules that use it."""

from __future__ import annotations

import copy
import json
import os
from pathlib import Path

import openpyxl
import pytest

import build_reference
import make_fixtures
from pipeline.cli import main
from pipeline.codes import Code, Level
from pipeline.extract.reader import extract
from pipeline.reference import (
    EXAMPLE_REFERENCE,
    RefEntry,
    Reference,
    ReferenceError,
    cached_reference,
    fold_name,
    load_reference,
    read_reference,
)
from pipeline.validate.rules import RuleConfig, validate

PEMDA, OPD = make_fixtures.PASURUAN, make_fixtures.BAPPEDA_OPD


def write_csv(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


# --- reading ---------------------------------------------------------------------------------------


def test_csv_with_semicolons_a_title_row_and_codes_written_many_ways(tmp_path):
    path = write_csv(tmp_path / "nomenklatur.csv",
                     "Nomenklatur Kepmendagri 050-5889/2021;;;;\n"
                     "KODE ; Nama ;Kinerja;Indikator;SATUAN\n"
                     "5030120101;Penyusunan Dokumen Perencanaan Perangkat Daerah;Tersedianya Dokumen;Jumlah Dokumen;dok\n"
                     "5.03.01.2.01.01;Penyusunan Dokumen Perencanaan Perangkat Daerah;;;\n"
                     "X.XX.01.2.02.0001;Penyediaan Gaji dan Tunjangan ASN;;;Orang/Bulan\n"
                     ";;;;\n"
                     "5 03 02;PROGRAM KEPEGAWAIAN DAERAH;;;\n")
    ref, problems = read_reference(path)
    assert problems == []
    assert sorted(ref.entries) == ["5.03.01.2.01.0001", "5.03.02", "X.XX.01.2.02.0001"]
    entry = ref.entries["5.03.01.2.01.0001"]
    assert (entry.kinerja, entry.indikator, entry.satuan) == ("Tersedianya Dokumen", "Jumlah Dokumen", "dok")
    assert ref.levels == {Level.PROGRAM, Level.SUB_KEGIATAN}
    assert ref.source == "nomenklatur.csv"


def test_xlsx_with_number_codes_and_a_mangled_one(tmp_path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["kode", "nomenklatur", "satuan"])
    ws.append([5030120101, "Penyusunan Dokumen Perencanaan Perangkat Daerah", "Dokumen"])
    ws.append(["5.03.01", "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA", None])
    ws.append([5.03, "KEPEGAWAIAN", None])  # Excel turned "5.03" into a number: lost, never guessed
    wb.save(tmp_path / "n.xlsx")
    ref, problems = read_reference(tmp_path / "n.xlsx")
    assert set(ref.entries) == {"5.03.01.2.01.0001", "5.03.01"}
    assert problems == ["baris 4: kode '5.03' dirusak Excel (format kolom sebagai Teks)"]
    with pytest.raises(ReferenceError, match="baris 4"):
        load_reference(tmp_path / "n.xlsx")


def test_rows_that_cannot_be_used_are_all_reported(tmp_path):
    path = write_csv(tmp_path / "n.csv", "kode,nama\n"
                                         "5.03.01,Program A\n"
                                         "5.03.01,program  a\n"  # the same entry twice: fine
                                         "5.03.01,Program B\n"
                                         "5.03.99.9,Program C\n"
                                         ",Tanpa kode\n"
                                         "5.03.02,\n")
    _, problems = read_reference(path)
    assert problems == [
        "baris 4: kode 5.03.01 sudah ada di baris 2 dengan nama lain ('Program A')",
        "baris 5: kode '5.03.99.9' tidak valid",
        "baris 6: kode kosong (nama 'Tanpa kode')",
        "baris 7: nama kosong untuk kode 5.03.02",
    ]


def test_missing_columns_say_which(tmp_path):
    with pytest.raises(ValueError, match="kolom wajib tidak ditemukan: kode, nama"):
        read_reference(write_csv(tmp_path / "n.csv", "code,name\n5.03,X\n"))


def test_lookup_uses_the_x_xx_wildcard_for_any_bidang():
    ref = Reference.from_entries([RefEntry("5.03.01", "A"), RefEntry("X.XX.01.2.02.0001", "Gaji")])
    assert ref.lookup(Code("5.03.01")).nama == "A"
    assert ref.lookup(Code("5.01.01.2.02.0001")).nama == "Gaji"
    assert ref.lookup(Code("X.XX.01.2.02.0001")).nama == "Gaji"
    assert ref.lookup(Code("5.01.02.2.02.0001")) is None
    assert ref.covers(Level.PROGRAM) and not ref.covers(Level.KEGIATAN) and not ref.covers(None)


def test_names_compare_without_case_spacing_or_common_abbreviations():
    assert fold_name("PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KAB/KOTA") == \
        fold_name("Program Penunjang  Urusan Pemerintahan Daerah Kabupaten / Kota")
    assert fold_name("Sosialisasi Peraturan Perundang- Undangan.") == fold_name("Sosialisasi Peraturan Perundang-Undangan")
    assert fold_name("Pengelolaan Mutasi ASN") != fold_name("Pengelolaan Promosi ASN")


def test_the_loaded_reference_is_cached_until_the_file_changes(tmp_path):
    path = write_csv(tmp_path / "n.csv", "kode,nama\n5.03.01,Program A\n")
    first = cached_reference(path)
    assert cached_reference(path) is first
    write_csv(path, "kode,nama\n5.03.01,Program A\n5.03.02,Program B\n")
    os.utime(path, ns=(first_mtime := path.stat().st_mtime_ns + 10**9, first_mtime))
    assert len(cached_reference(path)) == 2


# --- the example shipped with the pipeline ------------------------------------------------------------


def test_example_reference_is_rebuilt_identically_from_the_seeds(tmp_path, capsys):
    out = tmp_path / "contoh.csv"
    assert build_reference.main(["--out", str(out)]) == 0
    assert out.read_bytes() == EXAMPLE_REFERENCE.read_bytes(), "run tests/build_reference.py"
    ref = load_reference(EXAMPLE_REFERENCE)
    assert ref.lookup(Code("5.03.02.2.03.0002")).nama == "Pengelolaan Assesment Center"
    assert ref.entries["X.XX.01.2.02.0001"].satuan == "Orang/Bulan"
    assert ref.entries["5.03.02.2.01.0002"].satuan == "Dokumen"  # from the corrected "1 dok", not "Idok"
    assert "5.03.01.2.04.0010" not in ref.entries and "5.03.01.2.05.0010" in ref.entries


# --- the rules -----------------------------------------------------------------------------------------


def validated(path: Path, reference: Reference | Path | None) -> list:
    sub = extract(path, sha256="0" * 64)
    validate(sub, RuleConfig(reference=reference))
    return sub.findings


def test_corrected_seed_agrees_with_the_example_reference(template_fixtures):
    findings = validated(template_fixtures["renja_2024_bkpsdm_template_corrected.xlsx"], EXAMPLE_REFERENCE)
    assert not [f for f in findings if f.code.startswith("reference-")]


def test_published_seed_against_the_example_reference(template_fixtures):
    path = template_fixtures["renja_2024_bkpsdm_template_as_published.xlsx"]
    found = {(f.code, f.cell): f for f in validated(path, EXAMPLE_REFERENCE) if f.code.startswith("reference-")}
    ws = openpyxl.load_workbook(path)["Renja"]
    row = {ws.cell(r, 2).value: r for r in range(8, ws.max_row + 1)}
    misplaced, wrong = row["Sosialisasi Peraturan Perundang-Undangan"], row["Peningkatan Kapasitas Kinerja ASN"]
    unknown = found[("reference-unknown-code", f"A{misplaced}")]
    assert unknown.severity == "error" and unknown.raw == "5030120410" and unknown.kode == "5.03.01.2.04.0010"
    assert "nomenklatur_contoh.csv" in unknown.message()
    # the duplicated code's wrong holder is the one whose name the nomenclature does not give it
    name = found[("reference-name-differs", f"B{wrong}")]
    assert (name.raw, name.expected) == ("Peningkatan Kapasitas Kinerja ASN", "Pengelolaan Assesment Center")
    assert "Pengelolaan Assesment Center" in name.message() and name.severity == "warning"
    assert ("reference-name-differs", f"B{row['Pengelolaan Assesment Center']}") not in found


def rows_with(**changes: dict) -> list[dict]:
    rows = copy.deepcopy(make_fixtures.BAPPEDA_ROWS)
    for r in rows:
        r.update(changes.get(r["kode"], {}))
    return rows


BAPPEDA_REFERENCE = Reference.from_entries([
    RefEntry("5.01", "PERENCANAAN"),
    RefEntry("X.XX.01", "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA"),
    RefEntry("X.XX.01.2.01", "Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah"),
    RefEntry("X.XX.01.2.01.0001", "Penyusunan Dokumen Perencanaan Perangkat Daerah", "", "", "Dokumen"),
    RefEntry("X.XX.01.2.01.0007", "Evaluasi Kinerja Perangkat Daerah", "", "", "Laporan"),
    RefEntry("X.XX.01.2.02", "Administrasi Keuangan Perangkat Daerah"),
    RefEntry("X.XX.01.2.02.0001", "Penyediaan Gaji dan Tunjangan ASN", "", "", "Orang/Bulan"),
    RefEntry("5.01.02", "PROGRAM PERENCANAAN, PENGENDALIAN DAN EVALUASI PEMBANGUNAN DAERAH"),
    RefEntry("5.01.02.2.01", "Penyusunan Perencanaan dan Pendanaan"),
    RefEntry("5.01.02.2.01.0005", "Penyusunan Dokumen Perencanaan Pembangunan Daerah Tahunan", "", "", "Dokumen"),
    RefEntry("5.01.02.2.01.0006", "Koordinasi Penyelenggaraan Musrenbang", "", "", "Laporan"),
], "nomenklatur.csv")


def test_clean_file_against_its_reference(tmp_path):
    path = make_fixtures.fill_template(tmp_path / "r.xlsx", rows_with(), tahun=2024, pemda=PEMDA, opd=OPD)
    assert validated(path, BAPPEDA_REFERENCE) == []


def test_unknown_code_name_and_unit_each_at_their_cell(tmp_path):
    rows = rows_with(**{
        "5.01.02.2.01.0005": {"kode": "5.01.02.2.01.0009"},  # not in the nomenclature
        "5.01.01.2.01.0001": {"nama": "Penyusunan Dokumen Rencana PD"},
        "5.01.01.2.01.0007": {"satuan": "Dokumen", "satuan_maju": "dok"},  # nomenclature: Laporan
        "5.01.02.2.01.0006": {"nama": "KOORDINASI  PENYELENGGARAAN MUSRENBANG", "satuan": "lap"},  # trivial: fine
    })
    path = make_fixtures.fill_template(tmp_path / "r.xlsx", rows, tahun=2024, pemda=PEMDA, opd=OPD)
    found = {(f.code, f.cell): f for f in validated(path, BAPPEDA_REFERENCE)}
    assert set(found) == {("reference-unknown-code", "A17"), ("reference-name-differs", "B11"),
                          ("reference-unit-differs", "F12"), ("reference-unit-differs", "K12")}
    unknown = found[("reference-unknown-code", "A17")]
    assert (unknown.severity, unknown.kode, unknown.raw, unknown.field) == ("error", "5.01.02.2.01.0009",
                                                                           "5.01.02.2.01.0009", "kode")
    name = found[("reference-name-differs", "B11")]
    assert (name.raw, name.expected, name.field) == ("Penyusunan Dokumen Rencana PD",
                                                     "Penyusunan Dokumen Perencanaan Perangkat Daerah", "nama")
    unit = found[("reference-unit-differs", "K12")]
    assert (unit.raw, unit.expected, unit.field, unit.severity) == ("dok", "Laporan", "satuan_maju", "warning")
    assert "'dok'" in unit.message() and "'Laporan'" in unit.message()


def test_levels_the_reference_does_not_list_are_not_checked(tmp_path):
    only_sub = Reference.from_entries(e for e in BAPPEDA_REFERENCE.entries.values()
                                      if Code(e.kode).level == Level.SUB_KEGIATAN)
    path = make_fixtures.fill_template(tmp_path / "r.xlsx", rows_with(), tahun=2024, pemda=PEMDA, opd=OPD)
    assert validated(path, only_sub) == []


def test_without_a_reference_nothing_is_checked(tmp_path):
    rows = rows_with(**{"5.01.02.2.01.0005": {"kode": "5.01.02.2.01.0009"}})
    path = make_fixtures.fill_template(tmp_path / "r.xlsx", rows, tahun=2024, pemda=PEMDA, opd=OPD)
    assert not [f for f in validated(path, None) if f.code.startswith("reference-")]
    sub = extract(path, sha256="0" * 64)
    validate(sub)  # no config at all
    assert not [f for f in sub.findings if f.code.startswith("reference-")]


# --- the command line ---------------------------------------------------------------------------------


def test_import_writes_a_normalized_csv_and_run_validate_pick_it_up(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("PIPELINE_HOME", raising=False)
    # the BAPPERIDA fixture's sub kegiatan, written undotted, one under another name
    subs = [e for e in BAPPEDA_REFERENCE.entries.values() if Code(e.kode).level == Level.SUB_KEGIATAN]
    source = write_csv(tmp_path / "dari bappeda.csv", "Kode;Nama;Satuan\n" + "".join(
        f"{e.kode.replace('.', '') if e.kode[0].isdigit() else e.kode};{'Penyusunan Dokumen RKPD' if e.kode.endswith('0005') else e.nama};{e.satuan}\n"
        for e in subs))
    assert main(["reference", "show"]) == 2  # nothing imported yet
    capsys.readouterr()
    assert main(["reference", "import", str(source)]) == 0
    assert "5 kode (sub kegiatan 5)" in capsys.readouterr().out
    written = (tmp_path / "reference" / "nomenklatur.csv").read_text(encoding="utf-8-sig").splitlines()
    assert written[0] == "kode,nama,kinerja,indikator,satuan"
    assert "5.01.02.2.01.0005,Penyusunan Dokumen RKPD,,,Dokumen" in written and len(written) == 6
    assert main(["reference", "show", "5010220105", "5.01.02.2.01.0009"]) == 1
    out = capsys.readouterr().out
    assert "Penyusunan Dokumen RKPD" in out and "tidak ada dalam nomenklatur" in out

    path = make_fixtures.fill_template(tmp_path / "Renja 2024.xlsx", rows_with(), tahun=2024, pemda=PEMDA, opd=OPD)
    assert main(["validate", str(path), "--json"]) == 0  # imported: used without a flag
    codes = [f["code"] for f in json.loads(capsys.readouterr().out)["findings"]]
    assert codes == ["reference-name-differs"]  # only sub kegiatan listed: only they are checked
    assert main(["validate", str(path), "--json", "--no-reference"]) == 0
    assert json.loads(capsys.readouterr().out)["findings"] == []


def test_import_refuses_a_list_with_bad_rows(tmp_path, capsys):
    source = write_csv(tmp_path / "n.csv", 'kode,nama\n5.03.01,Program A\n"5,03E+09",Rusak\n')
    dest = tmp_path / "out.csv"
    assert main(["reference", "import", str(source), "--dest", str(dest)]) == 1
    assert "baris 3" in capsys.readouterr().err and not dest.exists()


def test_a_broken_reference_stops_validate_before_reading_the_file(tmp_path, capsys):
    bad = write_csv(tmp_path / "n.csv", "code,name\n")
    path = make_fixtures.fill_template(tmp_path / "r.xlsx", rows_with(), tahun=2024, pemda=PEMDA, opd=OPD)
    assert main(["validate", str(path), "--reference", str(bad)]) == 2
    assert "kolom wajib" in capsys.readouterr().err


def test_run_with_reference_flag(tmp_path, capsys):
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    rows = rows_with(**{"5.01.02.2.01.0005": {"kode": "5.01.02.2.01.0009"}})
    make_fixtures.fill_template(inbox / "Renja 2024.xlsx", rows, tahun=2024, pemda=PEMDA, opd=OPD)
    ref = tmp_path / "ref.csv"
    ref.write_text("kode,nama\n" + "".join(f'{e.kode},"{e.nama}"\n' for e in BAPPEDA_REFERENCE.entries.values()),
                   encoding="utf-8")
    argv = ["run", "--inbox", str(inbox), "--outbox", str(tmp_path / "outbox"), "--db",
            f"sqlite:///{tmp_path / 'store.db'}", "--json", "--reference", str(ref)]
    assert main(argv) == 0
    (f,) = json.loads(capsys.readouterr().out)["files"]
    assert f["status"] == "rejected"
    assert [(d["code"], d["cell"]) for d in f["findings"] if d["severity"] == "error"] == \
           [("reference-unknown-code", "A17")]


def test_the_project_folder_is_pipeline_home_when_set(tmp_path, monkeypatch, capsys):
    home, elsewhere = tmp_path / "bappeda", tmp_path / "elsewhere"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)
    monkeypatch.setenv("PIPELINE_HOME", str(home))
    source = write_csv(tmp_path / "n.csv", "kode,nama\n5.01.02,PROGRAM PERENCANAAN\n")
    assert main(["reference", "import", str(source)]) == 0
    assert (home / "reference" / "nomenklatur.csv").is_file() and not (elsewhere / "reference").exists()
    assert main(["reference", "show"]) == 0
    assert str(home / "reference" / "nomenklatur.csv") in capsys.readouterr().out
