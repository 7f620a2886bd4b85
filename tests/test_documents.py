"""Every document type Bappeda collects besides the Renja: one section per type.

Each section: the official template filled and read back (round trip), the seed's table rendered as
the OPD sent it (``fixtures_handmade``) read with its exact values and every arithmetic
inconsistency reported at its cell, and the consolidated workbook opened with openpyxl. The last
sections run the pipeline on a store holding a Renja and its revision / RKT (checks across
documents) and check that every document of a year lands in the group's folder.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from decimal import Decimal
from fractions import Fraction
from pathlib import Path
from typing import Any

import openpyxl
import pytest

import fixtures_handmade as fx
import make_fixtures as mf
import seed_data as sd
from pipeline.extract.reader import extract
from pipeline.findings import Finding
from pipeline.findings.model import a1
from pipeline.load.documents_sheets import write_document_workbook
from pipeline.model import Item, Submission
from pipeline.normalize import canonical_rows
from pipeline.run import RunOptions, run
from pipeline.validate.crossdoc import cross_document_findings
from pipeline.validate.rules import validate

D = Decimal
SHA = "0" * 64


def read(path: Path) -> Submission:
    sub = extract(path, sha256=SHA)
    validate(sub)
    return sub


def cells(sub: Submission, code: str) -> list[str]:
    return sorted((f.cell or "" for f in sub.findings.of(code)), key=lambda c: (len(c), c))


def codes(sub: Submission, severity: str | None = None) -> set[str]:
    return {f.code for f in sub.findings if severity is None or f.severity == severity}


def named(sub: Submission, nama: str) -> list[Item]:
    return [i for i in sub.items if i.nama == nama]


def sheet_rows(path: Path) -> list[tuple[Any, ...]]:
    return list(openpyxl.load_workbook(path, data_only=True).active.iter_rows(values_only=True))


def row_of(path: Path, text: str, col: int, start: int = 1) -> int:
    """The first row (1-based) at or after ``start`` whose column ``col`` holds ``text``."""
    for r, line in enumerate(sheet_rows(path), start=1):
        if r >= start and col <= len(line) and isinstance(line[col - 1], str) and line[col - 1].strip() == text:
            return r
    raise AssertionError(f"{text!r} not in column {col}")


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("documents")


@pytest.fixture(scope="module")
def seed(folder: Path) -> Callable[[str], tuple[Path, Submission]]:
    """A hand-made seed fixture written and read once per module, by name."""
    done: dict[str, tuple[Path, Submission]] = {}

    def get(name: str) -> tuple[Path, Submission]:
        if name not in done:
            path = fx.all_fixtures()[name](folder / f"{name}.xlsx")
            done[name] = (path, read(path))
        return done[name]
    return get


def workbook_of(sub: Submission, path: Path) -> openpyxl.Workbook:
    """The consolidated workbook of one submission's canonical rows (whatever its acceptance)."""
    assert sub.tahun is not None
    write_document_workbook(path, document=sub.document, pemda=sub.pemda or "Kabupaten Contoh", tahun=sub.tahun,
                            rows=canonical_rows(sub), status=[], findings=list(sub.findings))
    return openpyxl.load_workbook(path, data_only=True)


def table(ws: Any, header_text: str = "No") -> list[dict[str, Any]]:
    """The rows under a sheet's header row (the row whose first cell is ``No``), as dicts."""
    rows = list(ws.iter_rows(values_only=True))
    h = next(i for i, r in enumerate(rows) if r[0] == header_text)
    labels = rows[h]
    return [dict(zip(labels, r, strict=True)) for r in rows[h + 1:] if any(v is not None for v in r)]


# a Renja and documents derived from it, typed into the templates -----------------------------------------

RENJA_ROWS = mf.BAPPEDA_ROWS
OPD = mf.BAPPEDA_OPD
SUB1 = "5.01.01.2.01.0001"  # "Penyusunan Dokumen Perencanaan Perangkat Daerah": target 4 Dokumen, pagu 100.000.000


def perubahan_rows(**changes: dict[str, Any]) -> list[dict[str, Any]]:
    """The Renja's rows as a revision that changes nothing, then ``changes`` by code."""
    out = []
    for r in RENJA_ROWS:
        row = {k: v for k, v in r.items() if k in ("kode", "nama", "indikator", "lokasi", "sumber_dana")}
        if "pagu" in r:
            row.update(target_sebelum=r.get("target"), satuan_sebelum=r.get("satuan"), target_setelah=r.get("target"),
                       satuan_setelah=r.get("satuan"), pagu_sebelum=r["pagu"], pagu_setelah=r["pagu"], pagu_selisih=0)
        row.update(changes.get(r["kode"], {}))
        out.append(row)
    return out


def rkt_rows(**changes: dict[str, Any]) -> list[dict[str, Any]]:
    """The Renja's program tree as an RKT: masukan = the Renja pagu of each sub kegiatan."""
    out: list[dict[str, Any]] = [{"sasaran": "Meningkatnya kualitas perencanaan daerah",
                                  "indikator_sasaran": "Indeks kualitas dokumen perencanaan", "target_sasaran": 80,
                                  "tujuan": "Mewujudkan perencanaan pembangunan yang berkualitas",
                                  "kode": RENJA_ROWS[1]["kode"], "nama": RENJA_ROWS[1]["nama"]}]
    for r in RENJA_ROWS[2:]:
        row: dict[str, Any] = {"kode": r["kode"], "nama": r["nama"]}
        if len(r["kode"]) > 12:
            row.update(masukan=r["pagu"], indikator=r["indikator"], target=r["target"], satuan=r["satuan"],
                       indikator_hasil="Nilai SAKIP", target_hasil=70, satuan_hasil="Nilai", sumber_dana="APBD")
        row.update(changes.get(r["kode"], {}))
        out.append(row)
    return out


def template(folder: Path, document: str, rows: list[dict[str, Any]], name: str, tahun: int = 2024) -> Path:
    return mf.fill_template(folder / name, rows, tahun=tahun, pemda=mf.PASURUAN, opd=OPD, document=document)


# ======================================================================================================
# 1. Renja / RKT Perubahan
# ======================================================================================================


def test_perubahan_template_round_trip(folder):
    rows = perubahan_rows(**{SUB1: {"pagu_setelah": 90_000_000, "pagu_selisih": -10_000_000, "target_setelah": 3}})
    for kode in ("5.01.01.2.01", "5.01.01"):  # the parents follow, so the sums hold
        row = next(r for r in rows if r["kode"] == kode)
        row["pagu_setelah"], row["pagu_selisih"] = row["pagu_sebelum"] - 10_000_000, -10_000_000
    sub = read(template(folder, "renja_perubahan", rows, "perubahan_template.xlsx"))
    assert sub.document == "renja_perubahan" and sub.reading is not None and sub.reading.source == "template"
    assert not sub.findings.has_errors, [f.code for f in sub.findings]
    assert "value-negative" not in codes(sub)  # a decrease is not an error
    (it,) = [i for i in sub.items if str(i.kode) == SUB1]
    assert [(m.measure, m.period, m.scenario, m.value) for m in it.measures] == [
        ("pagu", "2024", "sebelum", D(100_000_000)), ("pagu", "2024", "setelah", D(90_000_000)),
        ("pagu", "2024", "selisih", D(-10_000_000))]
    assert [(t.scenario, t.value, t.unit) for t in it.indicators[0].targets] == [
        ("sebelum", D(4), "Dokumen"), ("setelah", D(3), "Dokumen")]
    canon = [r for r in canonical_rows(sub) if r.kode == SUB1 and r.measure == "pagu"]
    assert {(r.scenario, r.value, r.cell) for r in canon} == {
        ("sebelum", D(100_000_000), f"I{it.row}"), ("setelah", D(90_000_000), f"J{it.row}"),
        ("selisih", D(-10_000_000), f"K{it.row}")}


def test_perubahan_difference_column_is_checked(folder):
    rows = perubahan_rows(**{SUB1: {"pagu_selisih": 5_000_000}})
    sub = read(template(folder, "renja_perubahan", rows, "perubahan_selisih.xlsx"))
    (f,) = sub.findings.of("perubahan-selisih-mismatch")
    it = next(i for i in sub.items if str(i.kode) == SUB1)
    assert (f.cell, f.raw, f.expected, f.severity) == (f"K{it.row}", "5.000.000", "0", "error")
    assert f.related == (f"I{it.row}", f"J{it.row}")


def _perubahan_expected(first_row: int) -> tuple[set[str], set[str], list[int]]:
    """Rollup and JUMLAH cells the seed's arithmetic gets wrong, computed from the transcription;
    the sheet row of every seed row (JUMLAH rows included) in the order the fixture writes them."""
    rollups: set[str] = set()
    totals: set[str] = set()
    rows: list[int] = []
    r = first_row
    cols = {"anggaran_sebelum_int": "J", "anggaran_setelah_int": "K"}
    for block in sd.RKT_PERUBAHAN_2023_BLOCKS:
        at = {}
        for i, _x in enumerate(block["rows"]):
            at[i] = r
            rows.append(r)
            r += 1
        items = block["rows"]
        for key, col in cols.items():
            for i, x in enumerate(items):
                if x["level"] == "sub_kegiatan":
                    continue
                child = "kegiatan" if x["level"] == "program" else "sub_kegiatan"
                kids = []
                for y in items[i + 1:]:
                    if y["level"] == x["level"] or (x["level"] == "kegiatan" and y["level"] == "program"):
                        break
                    if y["level"] == child:
                        kids.append(y[key])
                if kids and sum(kids) != x[key]:
                    rollups.add(f"{col}{at[i]}")
            programs = sum(x[key] for x in items if x["level"] == "program")
            if programs != block["jumlah"][key]:
                totals.add(f"{col}{r}")
        rows.append(r)
        r += 1
    return rollups, totals, rows


def test_perubahan_seed000_read_and_checked(seed):
    path, sub = seed("rkt_perubahan_seed000")
    assert (sub.document, sub.tahun, sub.opd) == ("renja_perubahan", 2023,
                                                  "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia")
    assert {(f.code, f.field) for f in sub.findings.of("meta-missing")} == {("meta-missing", "pemda")}  # not printed
    levels = [i.level.label if i.level else "" for i in sub.items]
    seed_levels = [x["level"] for b in sd.RKT_PERUBAHAN_2023_BLOCKS for x in b["rows"]]
    assert levels == seed_levels
    first = row_of(path, "I. Kepegawaian Daerah", 5)
    rollups, totals, rows = _perubahan_expected(first)
    assert set(cells(sub, "rollup-mismatch")) == rollups and len(rollups) == 25
    assert set(cells(sub, "total-mismatch")) == totals and len(totals) == 4
    # block 1, kegiatan 4: setelah 97.617.400 printed, its sub kegiatan add up to 87.617.400
    k4 = row_of(path, "4. Pengembangan Kompetensi Teknis", 5)
    (f,) = [f for f in sub.findings.of("rollup-mismatch") if f.cell == f"K{k4}"]
    assert (f.raw, f.expected, f.params["difference"]) == ("97.617.400", "87.617.400", "10.000.000")
    assert f.related == (f"K{k4 + 1}",)
    # the sub kegiatan listed under both sasaran: 6 the same (information), 1 with other amounts
    assert len(list(sub.findings.of("perubahan-repeated"))) == 6
    (d,) = sub.findings.of("perubahan-repeated-differs")
    second = row_of(path, "46. " + sd.RKT_PERUBAHAN_2023_BLOCKS[1]["rows"][-1]["nama"], 6)
    assert (d.cell, d.raw, d.expected) == (f"K{second}", "97.617.400", "87.617.400")
    # the canonical rows carry both scenarios of every amount, at their cells
    canon = canonical_rows(sub)
    pagu = [r for r in canon if r.measure == "pagu"]
    assert {r.scenario for r in pagu} == {"sebelum", "setelah"} and len(pagu) == 2 * len(sub.items)
    assert all(r.cell[0] in "JK" for r in pagu)


def test_perubahan_consolidated_counts_each_sub_kegiatan_once(seed, folder):
    _, sub = seed("rkt_perubahan_seed000")
    wb = workbook_of(sub, folder / "konsolidasi-perubahan.xlsx")
    assert wb.sheetnames == ["Perubahan", "Rekap Perubahan", "Status", "Temuan"]
    detail = table(wb["Perubahan"])
    firsts: dict[str, dict[str, Any]] = {}
    for b in sd.RKT_PERUBAHAN_2023_BLOCKS:
        for x in b["rows"]:
            if x["level"] == "sub_kegiatan":
                firsts.setdefault(x["nama"].casefold(), x)
    assert len(detail) == len(firsts) == 47  # 54 listed, 7 of them twice
    teknis = next(r for r in detail if r["Sub Kegiatan"].startswith("Penyelenggaraan Pengembangan Kompetensi Teknis"))
    assert teknis["Pagu Setelah Perubahan (Rp)"] == 87_617_400 and "nilai berbeda" in teknis["Keterangan"]
    recap = table(wb["Rekap Perubahan"])
    total = next(r for r in recap if str(r["Perangkat Daerah"]).startswith("JUMLAH"))
    before = sum(x["anggaran_sebelum_int"] for x in firsts.values())
    after = sum(x["anggaran_setelah_int"] for x in firsts.values())
    assert (total["Pagu Sebelum Perubahan (Rp)"], total["Pagu Setelah Perubahan (Rp)"]) == (before, after)
    assert total["Bertambah/(Berkurang) (Rp)"] == after - before
    programs = [r["Program"] for r in recap if r["No"]]
    assert programs == ["Kepegawaian Daerah", "Pengembangan Sumber Daya Manusia",
                        "PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA"]
    temuan = [r for r in table(wb["Temuan"]) if r["Jenis Temuan"]]
    assert any(r["Jenis Temuan"] == "rollup-mismatch" for r in temuan)


# ======================================================================================================
# 2. Evaluasi Renja (T-C.29)
# ======================================================================================================


def _num(text: str) -> Fraction:
    return Fraction(text.split()[0].rstrip("%").replace(",", "."))


def test_evaluasi_seed001_read_and_checked(seed):
    path, sub = seed("evaluasi_renja_seed001")
    assert (sub.document, sub.tahun, sub.pemda) == ("evaluasi_renja", 2023, "Kabupaten Pasuruan")
    # the formulas come from the header's labels, mapped to the columns they number
    assert {k: v.split("|")[1] for k, v in sub.meta_sources["rumus"].items()} == {
        "tingkat_realisasi_n1": "8=(7/6)", "realisasi_sd_n": "10=(5+7+9)", "tingkat_capaian_renstra": "11=(10/4)"}
    first = row_of(path, sd.EVALUASI_RENJA_ROWS[0]["nama"], 2)
    mismatch: set[str] = set()
    undefined: set[str] = set()
    mangled: set[str] = set()
    for i, r in enumerate(sd.EVALUASI_RENJA_ROWS):
        row = first + i
        if r["kode"] and ("E+" in r["kode"]):
            mangled.add(f"A{row}")
        if not r["indikator"]:
            continue
        c4, c5, c6, c7, c8, c9, c10, c11 = (_num(r[k]) for k in (
            "target_renstra_2023", "realisasi_sd_2021", "target_renja_2022", "realisasi_renja_2022",
            "tingkat_realisasi_2022", "target_2023", "realisasi_sd_2023", "tingkat_capaian_renstra"))
        if c6 == 0:
            undefined.add(f"H{row}")
        elif abs(c7 / c6 * 100 - c8) > Fraction(1, 2):
            mismatch.add(f"H{row}")
        if c5 + c7 + c9 != c10:
            mismatch.add(f"J{row}")
        if abs(c10 / c4 * 100 - c11) > Fraction(1, 2):
            mismatch.add(f"K{row}")
    assert set(cells(sub, "formula-mismatch")) == mismatch and len(mismatch) == 56
    assert set(cells(sub, "formula-undefined")) == undefined and len(undefined) == 5
    assert set(cells(sub, "code-mangled")) == mangled and len(mangled) == 35
    assert len(cells(sub, "code-invalid")) == 1  # "5040202": 7 digits
    # a mangled code is reported, never guessed: the item has no code, its level from the digit count
    alat = named(sub, "Pengadaan Peralatan dan Mesin Lainnya")[0]
    assert alat.kode is None and alat.kode_raw == "5,03E+09" and alat.level is not None
    assert alat.level.label == "sub_kegiatan"
    (f,) = [f for f in sub.findings.of("formula-mismatch") if f.row == alat.row and f.column == 8]
    assert (f.raw, f.expected, f.params["label"], f.params["tolerance"]) == ("0%", "100", "8=(7/6)", "0,5")
    assert "(7) 6 unit / (6) 6 unit × 100" in f.message()
    canon = [r for r in canonical_rows(sub) if r.nama == "Pengadaan Peralatan dan Mesin Lainnya"]
    assert {(r.measure, r.period, r.scenario, r.value) for r in canon} >= {
        ("target", "2023", "renstra", D(11)), ("realisasi", "2022", "tahunan", D(6)),
        ("tingkat_realisasi", "2022", "tahunan", D(0)), ("realisasi", "2023", "kumulatif", D(11))}


def test_evaluasi_template_round_trip_uses_the_labels_in_its_titles(folder):
    rows = [
        {"kode": "5.01.01", "nama": "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA",
         "indikator": "Nilai SAKIP", "target_renstra": 80, "realisasi_sd_n2": 70, "target_n1": 75, "realisasi_n1": 74,
         "tingkat_realisasi_n1": "98,67", "target_n": 78, "realisasi_sd_n": 222, "tingkat_capaian_renstra": "277,5",
         "satuan": "Nilai"},
        {"kode": "5.01.01.2.01.0001", "nama": "Penyusunan Dokumen Perencanaan Perangkat Daerah",
         "indikator": "Jumlah dokumen", "target_renstra": 20, "realisasi_sd_n2": 8, "target_n1": 0,
         "realisasi_n1": 0, "tingkat_realisasi_n1": "100%", "target_n": 4, "realisasi_sd_n": 12,
         "tingkat_capaian_renstra": 50, "satuan": "Dokumen"},
    ]
    sub = read(template(folder, "evaluasi_renja", rows, "evaluasi_template.xlsx", tahun=2023))
    assert sub.document == "evaluasi_renja" and sub.reading is not None and sub.reading.source == "template"
    assert {k: v.split("|")[1] for k, v in sub.meta_sources["rumus"].items()} == {
        "tingkat_realisasi_n1": "8=(7/6)", "realisasi_sd_n": "10=(5+7+9)", "tingkat_capaian_renstra": "11=(10/4)"}
    prog = sub.items[0]
    targets = {(t.measure, t.period, t.scenario): t for t in prog.indicators[0].targets}
    assert targets[("realisasi", "2021", "kumulatif")].value == 70 and targets[("target", "2023", "renstra")].unit == "Nilai"
    # program: 74/75 = 98,666.. written 98,67 (within ±0,005 -> 0,01); 70+74+78 = 222; 222/80 = 277,5
    assert [f for f in sub.findings if f.row == prog.row and f.code.startswith("formula")] == []
    sk = sub.items[1]
    assert cells(sub, "formula-undefined") == [f"H{sk.row}"]  # 0/0 written as 100%
    (f,) = [f for f in sub.findings.of("formula-mismatch") if f.row == sk.row]
    assert (f.cell, f.raw, f.expected) == (f"K{sk.row}", "50", "60")  # 12/20 = 60%


def test_evaluasi_consolidated_capaian_per_opd_and_program(seed, folder):
    _, sub = seed("evaluasi_renja_seed001")
    wb = workbook_of(sub, folder / "konsolidasi-evaluasi.xlsx")
    assert wb.sheetnames == ["Evaluasi T-C.29", "Rekap Capaian", "Status", "Temuan"]
    detail = table(wb["Evaluasi T-C.29"])
    assert len([r for r in detail if r["No"]]) == len(sub.items)
    recap = table(wb["Rekap Capaian"])
    assert [r["Kode"] for r in recap] == ["5.03.01", "5.03.02", "5.04.02"]
    kepegawaian = recap[1]
    # 80% realised of a Renstra target of 90%: 88,89% computed, 90% written
    assert (kepegawaian["Tingkat Capaian (tertulis)"], kepegawaian["Tingkat Capaian (dihitung, %)"]) == ("90%", 88.89)


# ======================================================================================================
# 3. Rencana Aksi
# ======================================================================================================


def test_rencana_aksi_seed002_read_and_checked(seed):
    path, sub = seed("rencana_aksi_seed002")
    assert (sub.document, sub.tahun) == ("rencana_aksi", 2023)
    seed_rows = [r for s in sd.RENCANA_AKSI_SASARAN for r in s["rows"]]
    rows = [i for i in sub.items if i.attrs.get("tingkat") is None and i.level is None]
    assert [i.nama for i in rows] == [" ".join(r["uraian"].split()) for r in seed_rows]
    assert [i.nama for i in sub.items if i.attrs.get("tingkat") == "sasaran"] == [
        s["uraian"] for s in sd.RENCANA_AKSI_SASARAN]
    assert len(list(sub.findings.of("level-unknown"))) == len(rows)  # no code, no numbering: said, not guessed
    # quarterly targets: counts add up; 73 Unit planned as 34 + 31 + 18 + 0 = 83
    (f,) = sub.findings.of("quarter-sum-mismatch")
    alat = next(i for i in rows if i.nama == "Pemeliharaan Peralatan dan Mesin Lainnya")
    assert (f.cell, f.raw, f.params["computed"], f.params["difference"], f.severity) == (
        f"K{alat.row}", "73 Unit", "83", "10", "error")
    assert f.related == (f"L{alat.row}",) * 4
    assert len(cells(sub, "quarter-empty")) == 2
    tw = {t.period: t for t in alat.indicators[0].targets}
    assert [tw[f"2023-TW{k}"].value for k in range(1, 5)] == [34, 31, 18, 0]
    pj = [r for r in canonical_rows(sub) if r.measure == "penanggung_jawab" and r.nama == alat.nama]
    assert [(r.raw, r.value, r.cell) for r in pj] == [(seed_rows[rows.index(alat)]["penanggung_jawab"], None,
                                                       f"O{alat.row}")]


def test_rencana_aksi_template_round_trip(folder):
    rows = [
        {"kode": "5.01.01", "nama": "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA",
         "indikator": "Persentase administrasi", "target": 100, "satuan": "%", "tw1": 25, "tw2": 50, "tw3": 75,
         "tw4": 100, "penanggung_jawab": "Sekretariat", "sasaran": "Meningkatnya tata kelola",
         "indikator_sasaran": "Nilai SAKIP", "target_sasaran": 80},
        {"kode": "5.01.01.2.01.0001", "nama": "Penyusunan Dokumen Perencanaan Perangkat Daerah",
         "indikator": "Jumlah dokumen", "target": 4, "satuan": "Dokumen", "tw1": 1, "tw2": 1, "tw3": 1, "tw4": 1,
         "penanggung_jawab": "Sub Bagian Perencanaan"},
        {"kode": "5.01.01.2.01.0007", "nama": "Evaluasi Kinerja Perangkat Daerah", "indikator": "Jumlah laporan",
         "target": 4, "satuan": "Laporan", "tw1": 1, "tw2": 1, "tw3": 1, "tw4": 0,
         "penanggung_jawab": "Sub Bagian Perencanaan"},
    ]
    sub = read(template(folder, "rencana_aksi", rows, "aksi_template.xlsx"))
    assert sub.document == "rencana_aksi"
    sasaran, prog, sk1, sk2 = sub.items
    assert (sasaran.attrs["tingkat"], sasaran.nama, sasaran.indicators[0].text) == (
        "sasaran", "Meningkatnya tata kelola", "Nilai SAKIP")
    assert [t.value for t in sasaran.indicators[0].targets] == [80] and len(prog.indicators[0].targets) == 5
    assert cells(sub, "quarter-sum-mismatch") == [f"E{sk2.row}"]  # 1+1+1+0 = 3, not 4
    assert not [f for f in sub.findings if f.row == sk1.row and f.severity != "info"]
    canon = canonical_rows(sub)
    assert {r.level for r in canon} == {"sasaran", "program", "sub_kegiatan"}
    assert {r.period for r in canon if r.kode == "5.01.01.2.01.0001"} == {"2024", "2024-TW1", "2024-TW2",
                                                                         "2024-TW3", "2024-TW4"}


def test_rencana_aksi_consolidated_per_opd_and_quarter(seed, folder):
    _, sub = seed("rencana_aksi_seed002")
    wb = workbook_of(sub, folder / "konsolidasi-aksi.xlsx")
    assert wb.sheetnames == ["Rencana Aksi", "Rekap Triwulan", "Status", "Temuan"]
    detail = table(wb["Rencana Aksi"])
    alat = next(r for r in detail if r["Kegiatan/Sub Kegiatan"] == "Pemeliharaan Peralatan dan Mesin Lainnya")
    assert (alat["TW I"], alat["TW II"], alat["TW III"], alat["TW IV"]) == ("34 Unit", "31 Unit", "18 Unit", "0 Unit")
    (recap,) = table(wb["Rekap Triwulan"])
    assert recap["Perangkat Daerah"] == sub.opd and recap["Indikator"] > 50
    assert recap["Bertarget TW I"] <= recap["Indikator"]


# ======================================================================================================
# 4. RKT
# ======================================================================================================


def test_rkt_seed004_read_and_checked(seed):
    path, sub = seed("rkt_seed004")
    assert (sub.document, sub.tahun, sub.pemda) == ("rkt", 2023, "Kabupaten Lima Puluh Kota")
    by_level: dict[str, list[Item]] = {}
    for i in sub.items:
        by_level.setdefault(i.level.label if i.level else i.attrs.get("tingkat", ""), []).append(i)
    subs = sd.rkt_sub_kegiatan()
    assert len(by_level["sub_kegiatan"]) == len(subs) == 35
    assert len(by_level["tujuan"]) == 1 and len(by_level["sasaran"]) == 5
    # masukan: the 35 amounts add up to the printed JUMLAH 8.120.676.386 (no total finding)
    masukan = [i.measure("pagu", "2023") for i in by_level["sub_kegiatan"]]
    assert [m.value for m in masukan if m] == [D(x["masukan_rp"]) for x in subs]
    assert "total-mismatch" not in codes(sub) and sub.totals[0].measures[0].value == D(8_120_676_386)
    # keluaran and hasil: two indicators per sub kegiatan, with their scenario
    first = by_level["sub_kegiatan"][0]
    assert [(ind.text[:20], [(t.scenario, t.value, t.unit) for t in ind.targets]) for ind in first.indicators] == [
        ("Jumlah ASN yang mend", [("keluaran", D(250), "Dokumen")]),
        ("Meningkatnya nilai I", [("hasil", D(70), "Nilai")])]
    # sasaran with their IKU and targets; the extra IKU row joins its sasaran
    s2 = by_level["sasaran"][1]
    assert [ind.text for ind in s2.indicators][-1] == "Indeks Kepuasan Masyarakat"
    # the sub kegiatan printed without a name are reported, each at its row
    unnamed = [i for i in by_level["sub_kegiatan"] if not i.nama]
    assert len(unnamed) == 15 == len([x for x in subs if x["nama"] is None])
    assert {f.row for f in sub.findings.of("required-missing") if f.field == "nama"} == {i.row for i in unnamed}
    assert len(list(sub.findings.of("text-in-wrong-column"))) == 7


def test_rkt_template_round_trip(folder):
    sub = read(template(folder, "rkt", rkt_rows(), "rkt_template.xlsx"))
    assert sub.document == "rkt" and not sub.findings.has_errors, [f.code for f in sub.findings]
    tujuan, sasaran, prog = sub.items[:3]
    assert (tujuan.attrs["tingkat"], sasaran.attrs["tingkat"], prog.level is not None) == ("tujuan", "sasaran", True)
    assert sasaran.indicators[0].targets[0].value == 80
    sk = next(i for i in sub.items if str(i.kode) == SUB1)
    assert [(ind.text, [(t.scenario, t.value) for t in ind.targets]) for ind in sk.indicators] == [
        ("Jumlah Dokumen Perencanaan Perangkat Daerah", [("keluaran", D(4))]), ("Nilai SAKIP", [("hasil", D(70))])]
    assert sk.measure("pagu", "2024").value == D(100_000_000)  # type: ignore[union-attr]


def test_rkt_consolidated(seed, folder):
    _, sub = seed("rkt_seed004")
    wb = workbook_of(sub, folder / "konsolidasi-rkt.xlsx")
    assert wb.sheetnames == ["RKT", "Rekap RKT", "Status", "Temuan"]
    (recap,) = table(wb["Rekap RKT"])
    assert (recap["Sasaran"], recap["Sub Kegiatan"], recap["Masukan 2023 (Rp)"]) == (5, 35, 8_120_676_386)
    detail = table(wb["RKT"])
    assert {r["Jenis"] for r in detail} >= {"IKU", "Keluaran", "Hasil"}


# ======================================================================================================
# 5. Review Ranwal RKPD (T-C.31)
# ======================================================================================================


def test_review_ranwal_seed001_read_and_checked(seed):
    path, sub = seed("review_ranwal_seed001")
    assert (sub.document, sub.tahun, sub.pemda, sub.opd) == ("review_ranwal", 2024, "Kabupaten Pasuruan", "BKPSDM")
    assert not sub.findings.has_errors, [f.code for f in sub.findings if f.severity == "error"]
    # no codes, no numbering: the levels come from the words and from the sums, and match the seed
    seed_levels = [r["level"] for r in sd.REVIEW_RANWAL_ROWS if r["level"] not in ("total", "indikator_lanjutan")]
    assert [i.level.label if i.level else "" for i in sub.items] == seed_levels
    assert len(list(sub.findings.of("level-from-sums"))) == 3
    # "(Rp.000)" over whole rupiah: reported at both titles, the values not multiplied
    header = row_of(path, "Pagu Indikatif (Rp.000)", 6)
    assert cells(sub, "amount-thousands-whole") == [f"F{header}", f"K{header}"]
    prog = sub.items[1]
    assert (prog.measure("pagu", "2024", "ranwal").value, prog.measure("pagu", "2024", "hasil").value) == (  # type: ignore[union-attr]
        D(11_343_868_330), D(11_343_868_330))
    # the hasil total printed in the Catatan column: read as such, and said
    (f,) = sub.findings.of("total-amount-misplaced")
    total_row = row_of(path, "JUMLAH TOTAL", 1)
    assert f.cell == f"L{total_row}" and [m.value for m in sub.totals[0].measures] == [D(22_145_310_718)] * 2
    assert not codes(sub) & {"rollup-mismatch", "total-mismatch", "ranwal-pagu-changed", "ranwal-target-changed"}


def test_review_ranwal_thousands_read_when_plausible(folder):
    path = folder / "ranwal_ribuan.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Review terhadap Rancangan Awal RKPD Tahun 2024", None, None, None, None, None])
    ws.append(["Nama Perangkat Daerah : Dinas Contoh", None, None, None, None, None])
    ws.append(["Kabupaten Contoh", None, None, None, None, None])
    ws.append(["Kode", "Rancangan Awal RKPD", None, None, "Hasil Analisis Kebutuhan", None])
    ws.append([None, "Program/Kegiatan/Sub Kegiatan", "Target Capaian", "Pagu Indikatif (Rp.000)",
               "Target Capaian", "Kebutuhan Dana (Rp.000)"])
    ws.merge_cells("B4:D4")
    ws.merge_cells("E4:F4")
    ws.append(["5.01.01", "PROGRAM PENUNJANG", "100%", 1_500, "100%", 1_750])
    wb.save(path)
    sub = read(path)
    (it,) = sub.items
    assert [(m.scenario, m.value, m.raw) for m in it.measures] == [("ranwal", D(1_500_000), "1500"),
                                                                  ("hasil", D(1_750_000), "1750")]
    assert cells(sub, "amount-thousands-read") == ["D5", "F5"]
    (f,) = sub.findings.of("ranwal-pagu-changed")
    assert (f.cell, f.raw, f.expected, f.params["difference"]) == ("F6", "1.750.000", "1.500.000", "250.000")


def test_review_ranwal_template_round_trip(folder):
    rows = [{"kode": r["kode"], "nama": r["nama"], "indikator": r.get("indikator"), "lokasi": r.get("lokasi"),
             "target_ranwal": r.get("target"), "satuan_ranwal": r.get("satuan"), "pagu_ranwal": r.get("pagu"),
             "target_hasil": r.get("target"), "satuan_hasil": r.get("satuan"), "pagu_hasil": r.get("pagu")}
            for r in RENJA_ROWS]
    rows[3].update(target_hasil=6, indikator_hasil="Jumlah dokumen perencanaan yang disusun")
    sub = read(template(folder, "review_ranwal", rows, "ranwal_template.xlsx"))
    assert sub.document == "review_ranwal" and not sub.findings.has_errors
    sk = next(i for i in sub.items if str(i.kode) == SUB1)
    (t,) = sub.findings.of("ranwal-target-changed")
    assert (t.cell, t.raw, t.expected) == (f"K{sk.row}", "6 Dokumen", "4 Dokumen")
    (x,) = sub.findings.of("ranwal-text-changed")
    assert x.cell == f"J{sk.row}"


def test_review_ranwal_consolidated(seed, folder):
    _, sub = seed("review_ranwal_seed001")
    wb = workbook_of(sub, folder / "konsolidasi-ranwal.xlsx")
    assert wb.sheetnames == ["Review Ranwal", "Rekap Review", "Status", "Temuan"]
    recap = table(wb["Rekap Review"])
    total = next(r for r in recap if str(r["Perangkat Daerah"]).startswith("JUMLAH"))
    assert total["Pagu Rancangan Awal (Rp)"] == total["Kebutuhan Dana Hasil Analisis (Rp)"] == 22_145_310_718
    assert total["Selisih (Rp)"] == 0


# ======================================================================================================
# 6. Across documents, through the pipeline and its store
# ======================================================================================================


def _run(work: Path, files: dict[str, Callable[[Path], Path]]) -> Any:
    """Drop the files into the inbox in the given order (later ones newer) and run the pipeline."""
    inbox = work / "inbox"
    inbox.mkdir(parents=True, exist_ok=True)
    now = time.time()
    for i, (name, make) in enumerate(files.items()):
        path = make(inbox / name)
        os.utime(path, (now + i, now + i))
    return run(RunOptions(inbox=inbox, outbox=work / "outbox", db_url=f"sqlite:///{work / 'store.db'}"))


def test_renja_and_its_revision_whose_sebelum_differs(tmp_path):
    rows = perubahan_rows(**{SUB1: {"target_sebelum": 5}})
    result = _run(tmp_path, {"renja.xlsx": mf.bappeda_2024_template,
                             "perubahan.xlsx": lambda p: mf.fill_template(p, rows, tahun=2024, pemda=mf.PASURUAN,
                                                                          opd=OPD, document="renja_perubahan")})
    assert [(f.document, f.status) for f in result.files] == [("renja", "accepted"), ("renja_perubahan", "accepted")]
    (f,) = batch(result)
    sk_row = 8 + next(i for i, r in enumerate(RENJA_ROWS) if r["kode"] == SUB1)
    assert (f.code, f.file, f.sheet, f.cell, f.raw, f.expected) == (
        "sebelum-differs-renja", "perubahan.xlsx", "Perubahan", f"E{sk_row}", "5 Dokumen", "4 Dokumen")
    assert f.params["renja_cell"] == f"Renja!E{sk_row}" and f.params["renja_file"] == "renja.xlsx"
    # listed in the revision's consolidated workbook, beside the year's Renja
    folder = tmp_path / "outbox" / "kabupaten-pasuruan" / "2024"
    wb = openpyxl.load_workbook(folder / "konsolidasi-renja-perubahan_kabupaten-pasuruan_2024.xlsx")
    temuan = [r for r in table(wb["Temuan"]) if r["Jenis Temuan"]]
    assert [(r["Jenis Temuan"], r["Sel"]) for r in temuan] == [("sebelum-differs-renja", f"E{sk_row}")]
    assert (folder / "konsolidasi-renja_kabupaten-pasuruan_2024.xlsx").exists()


def test_the_revision_s_own_feedback_tells_the_opd_what_differs_from_its_renja(tmp_path):
    """The OPD learns it from its feedback ("Pemeriksaan Silang"), not only the Bappeda from Temuan."""
    rows = perubahan_rows(**{SUB1: {"target_sebelum": 5}})
    result = _run(tmp_path, {"renja.xlsx": mf.bappeda_2024_template,
                             "perubahan.xlsx": lambda p: mf.fill_template(p, rows, tahun=2024, pemda=mf.PASURUAN,
                                                                          opd=OPD, document="renja_perubahan")})
    renja, revision = result.files
    sk_row = 8 + next(i for i, r in enumerate(RENJA_ROWS) if r["kode"] == SUB1)
    wb = openpyxl.load_workbook(revision.feedback)
    assert wb.sheetnames[:3] == ["Hasil Validasi", "Cara Baca", "Pemeriksaan Silang"]
    sheet = [[c.value for c in r] for r in wb["Pemeriksaan Silang"].iter_rows()]
    assert sheet[0] == ["Sel", "Kode", "Jenis", "Temuan", "Saran"]
    (line,) = sheet[1:]
    assert line[:3] == [f"Perubahan!E{sk_row}", SUB1, "Peringatan"]
    assert "5 Dokumen" in line[3] and "4 Dokumen" in line[3] and f"Renja!E{sk_row}" in line[3]
    assert "Pemeriksaan Silang" not in openpyxl.load_workbook(renja.feedback).sheetnames


def test_a_revision_before_its_renja_gets_no_cross_check_sheet(tmp_path):
    rows = perubahan_rows(**{SUB1: {"target_sebelum": 5}})
    result = _run(tmp_path, {"perubahan.xlsx": lambda p: mf.fill_template(p, rows, tahun=2024, pemda=mf.PASURUAN,
                                                                          opd=OPD, document="renja_perubahan"),
                             "renja.xlsx": mf.bappeda_2024_template})
    revision = next(f for f in result.files if f.document == "renja_perubahan")
    assert "Pemeriksaan Silang" not in openpyxl.load_workbook(revision.feedback).sheetnames
    assert [f.code for f in batch(result)] == ["sebelum-differs-renja"]  # the consolidated workbook has it


def test_revision_pagu_sebelum_differs_at_each_level(tmp_path):
    changes = {kode: {"pagu_sebelum": next(r["pagu"] for r in RENJA_ROWS if r["kode"] == kode) + 1_000,
                      "pagu_selisih": -1_000} for kode in (SUB1, "5.01.01.2.01", "5.01.01")}
    rows = perubahan_rows(**changes)
    result = _run(tmp_path, {"renja.xlsx": mf.bappeda_2024_template,
                             "perubahan.xlsx": lambda p: mf.fill_template(p, rows, tahun=2024, pemda=mf.PASURUAN,
                                                                          opd=OPD, document="renja_perubahan")})
    assert all(f.status == "accepted" for f in result.files)
    found = sorted((f.cell, f.raw, f.expected) for f in batch(result))
    rows_of = {r["kode"]: 8 + i for i, r in enumerate(RENJA_ROWS)}
    assert found == sorted((f"I{rows_of[k]}", _rp(c["pagu_sebelum"]), _rp(c["pagu_sebelum"] - 1_000))
                           for k, c in changes.items())


def batch(result: Any) -> list[Finding]:
    """The run's findings across submissions, as findings again."""
    return [Finding.from_dict(d) for d in result.batch_findings]


def _rp(n: int) -> str:
    return f"{n:,}".replace(",", ".")


def test_rkt_masukan_against_the_renja_pagu(tmp_path):
    rows = rkt_rows(**{SUB1: {"masukan": 95_000_000}})
    result = _run(tmp_path, {"renja.xlsx": mf.bappeda_2024_template,
                             "rkt.xlsx": lambda p: mf.fill_template(p, rows, tahun=2024, pemda=mf.PASURUAN, opd=OPD,
                                                                    document="rkt")})
    assert [(f.document, f.status) for f in result.files] == [("renja", "accepted"), ("rkt", "accepted")]
    (f,) = batch(result)
    sk_row = 8 + next(i for i, r in enumerate(rows) if r.get("kode") == SUB1)
    assert (f.code, f.cell, f.raw, f.expected, f.params["difference"]) == (
        "masukan-differs-renja", f"C{sk_row}", "95.000.000", "100.000.000", "-5.000.000")


def test_cross_document_checks_need_a_renja_and_match_by_name():
    assert cross_document_findings({"renja_perubahan": []}) == []
    base = dict(submission_id="s", document="renja", tahun=2024, pemda="P", opd="Dinas A", bidang="", kode="",
                level="sub_kegiatan", parent_kode="", nama="Penyusunan Dokumen", indikator_no=0, indikator="",
                lokasi="", sumber_dana="", catatan="", measure="pagu", period="2024", scenario="rencana",
                value=D(100), unit="", raw="100", source_file="renja.xlsx", sha256="", sheet="Renja", cell="G9")
    from pipeline.model import CanonicalRow

    renja = CanonicalRow(**base)  # type: ignore[arg-type]
    rkt = CanonicalRow(**{**base, "document": "rkt", "submission_id": "t", "nama": "PENYUSUNAN  dokumen",
                          "value": D(90), "raw": "90", "source_file": "rkt.xlsx", "sheet": "RKT", "cell": "I12",
                          "opd": "dinas a"})  # type: ignore[arg-type]
    other = CanonicalRow(**{**base, "document": "rkt", "submission_id": "t", "nama": "Lain", "cell": "I13",
                            "source_file": "rkt.xlsx", "sheet": "RKT"})  # type: ignore[arg-type]
    found = cross_document_findings({"renja": [renja], "rkt": [rkt, other]})
    assert [(f.code, f.cell, f.severity) for f in found] == [("masukan-differs-renja", "I12", "warning"),
                                                            ("not-in-renja", "I13", "info")]
    assert a1(12, 9) == "I12"


def test_every_document_of_a_year_lands_in_its_folder(tmp_path):
    tpl = {
        "renja.xlsx": mf.bappeda_2024_template,
        "perubahan.xlsx": lambda p: mf.fill_template(p, perubahan_rows(), tahun=2024, pemda=mf.PASURUAN, opd=OPD,
                                                     document="renja_perubahan"),
        "rkt.xlsx": lambda p: mf.fill_template(p, rkt_rows(), tahun=2024, pemda=mf.PASURUAN, opd=OPD, document="rkt"),
    }
    result = _run(tmp_path, tpl)
    assert all(f.status == "accepted" for f in result.files) and batch(result) == []
    folder = tmp_path / "outbox" / "kabupaten-pasuruan" / "2024"
    names = sorted(p.name for p in folder.iterdir())
    assert names == ["konsolidasi-renja-perubahan_kabupaten-pasuruan_2024.xlsx",
                     "konsolidasi-renja_kabupaten-pasuruan_2024.xlsx",
                     "konsolidasi-rkt_kabupaten-pasuruan_2024.xlsx", "tabel-kanonik_kabupaten-pasuruan_2024.csv"]
    text = (folder / "tabel-kanonik_kabupaten-pasuruan_2024.csv").read_text(encoding="utf-8-sig")
    assert "renja_perubahan" in text and ",rkt," in text
    # nothing new: the outputs are not rebuilt
    again = run(RunOptions(inbox=tmp_path / "inbox", outbox=tmp_path / "outbox", db_url=f"sqlite:///{tmp_path / 'store.db'}"))
    assert list(again.outputs) == []


# ======================================================================================================
# 7. Layouts no seed shows: titles worded otherwise, columns in another order
# ======================================================================================================


def _sheet(path: Path, rows: list[list[Any]], merges: tuple[str, ...] = ()) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    for r in rows:
        ws.append(r)
    for m in merges:
        ws.merge_cells(m)
    wb.save(path)
    return path


def test_revision_titled_semula_menjadi_with_codes(folder):
    path = _sheet(folder / "perubahan_semula.xlsx", [
        ["RENJA PERUBAHAN TAHUN 2024"], ["Kabupaten Contoh"], ["Perangkat Daerah : Dinas Kesehatan"],
        ["Kode", "Program / Kegiatan / Sub Kegiatan", "Indikator Kinerja", "Target", None, "Pagu (Rp)", None,
         "Bertambah / (Berkurang)", "Keterangan"],
        [None, None, None, "Semula", "Menjadi", "Semula", "Menjadi", None, None],
        ["1.02.02", "PROGRAM PEMENUHAN UPAYA KESEHATAN", "Persentase", "90%", "92%", 1000, 1200, 200, None],
        ["1.02.02.2.01", "Penyediaan Fasilitas", "Jumlah", "2 Unit", "3 Unit", 1000, 1200, 200, None],
        ["1.02.02.2.01.0001", "Pembangunan Puskesmas", "Jumlah puskesmas", "2 Unit", "3 Unit", 1000, 1200, -200, None],
    ], ("D4:E4", "F4:G4"))
    sub = read(path)
    assert sub.document == "renja_perubahan" and sub.reading is not None
    assert sub.reading.columns == {"kode": 1, "nama": 2, "indikator": 3, "target_sebelum": 4, "target_setelah": 5,
                                   "pagu_sebelum": 6, "pagu_setelah": 7, "pagu_selisih": 8, "catatan": 9}
    assert [str(i.kode) for i in sub.items] == ["1.02.02", "1.02.02.2.01", "1.02.02.2.01.0001"]
    # the wrong difference is reported once, at its cell (not again as its parent's roll-up)
    assert [(f.code, f.cell) for f in sub.findings if f.severity == "error"] == [("perubahan-selisih-mismatch", "H8")]


def test_action_plan_with_a_column_per_quarter(folder):
    path = _sheet(folder / "aksi_kolom.xlsx", [
        ["RENCANA AKSI TAHUN 2024"], ["Nama Perangkat Daerah : Dinas Kesehatan"], ["Kabupaten Contoh"], [],
        ["No", "Kode", "Program/Kegiatan/Sub Kegiatan", "Indikator", "Target Tahunan", "Satuan", "Triwulan I",
         "Triwulan II", "Triwulan III", "Triwulan IV", "Penanggung Jawab"],
        [1, "1.02.02", "PROGRAM PEMENUHAN", "Persentase", 90, "%", 20, 40, 60, 90, "Bidang Yankes"],
        [2, "1.02.02.2.01.0001", "Pembangunan Puskesmas", "Jumlah", 4, "Unit", 1, 1, 1, 2, "Bidang Yankes"],
        [3, "1.02.02.2.01.0002", "Rehabilitasi Puskesmas", "Indeks kepuasan", 80, "Indeks", 70, 85, 80, 80,
         "Bidang Yankes"],
    ])
    sub = read(path)
    assert (sub.document, sub.opd, sub.pemda) == ("rencana_aksi", "Dinas Kesehatan", "Kabupaten Contoh")
    # percent: the last quarter reaches the year's target; count: 1+1+1+2 = 5, not 4; index: 85 > 80 and
    # the last quarter is 80 = annual, so it passes
    assert [(f.code, f.cell) for f in sub.findings if f.severity != "info"] == [("quarter-sum-mismatch", "E7")]


def test_rkt_with_masukan_keluaran_hasil_columns(folder):
    path = _sheet(folder / "rkt_lebar.xlsx", [
        ["RENCANA KINERJA TAHUNAN TAHUN 2024"], ["Dinas Kesehatan"], ["Kabupaten Contoh"], [],
        ["Kode", "Program/Kegiatan/Sub Kegiatan", "Masukan (Rp)", "Keluaran", None, None, "Hasil", None, None],
        [None, None, None, "Tolak Ukur", "Target", "Satuan", "Tolak Ukur", "Target", "Satuan"],
        ["1.02.02", "PROGRAM PEMENUHAN", None, None, None, None, None, None, None],
        ["1.02.02.2.01.0001", "Pembangunan Puskesmas", 1_000_000, "Jumlah puskesmas", 3, "Unit", "Cakupan layanan",
         95, "%"],
    ], ("D5:F5", "G5:I5", "A5:A6", "B5:B6", "C5:C6"))
    sub = read(path)
    assert sub.document == "rkt" and not sub.findings.has_errors
    sk = sub.items[-1]
    assert sk.measure("pagu", "2024").value == D(1_000_000)  # type: ignore[union-attr]
    assert [(i.text, [(t.scenario, t.value, t.unit) for t in i.targets]) for i in sk.indicators] == [
        ("Jumlah puskesmas", [("keluaran", D(3), "Unit")]), ("Cakupan layanan", [("hasil", D(95), "%")])]


def test_evaluation_without_formula_labels_uses_t_c_29(folder):
    path = _sheet(folder / "evaluasi_polos.xlsx", [
        ["EVALUASI HASIL PELAKSANAAN RENJA DINAS KESEHATAN S/D TAHUN 2024"], ["Kabupaten Contoh"], [],
        ["Kode", "Program/Kegiatan", "Indikator", "Target Renstra (Kondisi Akhir)", "Realisasi s/d Tahun 2022",
         "Target Tahun 2023", "Realisasi Tahun 2023", "Tingkat Realisasi (%)", "Target Tahun 2024",
         "Realisasi s/d Tahun 2024", "Tingkat Capaian Renstra (%)"],
        ["1.02.02", "PROGRAM PEMENUHAN", "Jumlah puskesmas", "10 unit", "4 unit", "3 unit", "3 unit", "100%",
         "3 unit", "10 unit", "90%"],
    ])
    sub = read(path)
    assert sub.document == "evaluasi_renja" and "rumus" not in sub.meta_sources
    (f,) = sub.findings.of("formula-mismatch")  # 11 = 10/4 = 100%, written 90%
    assert (f.cell, f.raw, f.expected) == ("K5", "90%", "100")
