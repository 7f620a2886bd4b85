"""Arithmetic and consistency checks on tests/seed_data.py.

Run:  .venv/bin/python tests/check_seed_data.py

Prints every finding and exits 0 (findings describe the *published* documents; they are not test
failures).  Sections:

  A. transcription self-consistency (int twins, joined lines, ...)  -> must be empty
  B. re-verification against the seed text files, if they are present (SEEDS_DIR, default
     /work/shared/seeds)                                            -> must be empty
  C. arithmetic of the published tables: roll-ups, belanja identities, totals, formula columns,
     quarterly targets -- the list of real inconsistencies in the seeds
  D. other published defects and cross-table differences (codes, typos, targets)
"""

from __future__ import annotations

import os
import re
import sys
from collections import Counter
from fractions import Fraction
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import seed_data as sd  # noqa: E402

SEEDS_DIR = Path(os.environ.get("SEEDS_DIR", "/work/shared/seeds"))

FINDINGS: dict[str, list[str]] = {"A": [], "B": [], "C": [], "D": []}


def rp(n: int | None) -> str:
    if n is None:
        return "None"
    sign = "-" if n < 0 else ""
    return sign + f"{abs(n):,}".replace(",", ".")


def add(section: str, msg: str) -> None:
    FINDINGS[section].append(msg)


def mismatch(section: str, item: str, printed: int, expected: int, what: str = "") -> None:
    diff = printed - expected
    add(section, f"{item}: printed {rp(printed)}, expected {rp(expected)} ({what}), difference {'+' if diff > 0 else ''}{rp(diff)}")


def R(text: str | None) -> int:
    """Strict rupiah parse for amounts that must be present."""
    v = sd.rupiah_int(text)
    if v is None:
        raise ValueError(f"missing amount: {text!r}")
    return v


def _sum_opt(vals: list[int | None]) -> int | None:
    """Sum, or None when any value is missing (a belanja line that is not printed)."""
    out = 0
    for v in vals:
        if v is None:
            return None
        out += v
    return out


# ============================================================================ A. self-consistency
def check_self() -> None:
    data = sd.RENJA_2024
    for r in data["rows"]:
        k = r["kode"]
        if r["nama"] != " ".join(r["nama_lines"]):
            add("A", f"RENJA {k}: nama != join(nama_lines)")
        for ind in r["indikators"]:
            if ind["indikator"] != " ".join(ind["indikator_lines"]):
                add("A", f"RENJA {k}: indikator != join(indikator_lines)")
        if sd.rupiah_int(r["pagu"]) != r["pagu_int"] or sd.rupiah_int(r["pagu_maju"]) != r["pagu_maju_int"]:
            add("A", f"RENJA {k}: *_int twin differs from text")
        if not re.fullmatch(r"\d+", k):
            add("A", f"RENJA {k}: kode not digits")
    t = data["total"]
    if R(t["pagu"]) != t["pagu_int"] or R(t["pagu_maju"]) != t["pagu_maju_int"]:
        add("A", "RENJA TOTAL: *_int twin differs from text")
    for b in sd.RKT_PERUBAHAN_2023_BLOCKS:
        for r in b["rows"] + [b["jumlah"]]:
            for f in ("anggaran_sebelum", "anggaran_setelah"):
                if R(r[f]) != r[f + "_int"]:
                    add("A", f"RKT_PERUBAHAN {b['no']} {r.get('nomor')}: {f}_int differs from text")
    for s in sd.RENCANA_AKSI_SASARAN:
        for r in s["rows"]:
            if len(r["tw"]) != 4 or len(r["tw_lines"]) != 4:
                add("A", f"RENCANA_AKSI {r['uraian']}: tw not 4 values")
            for v, line in zip(r["tw"], r["tw_lines"], strict=True):
                if not line.endswith(v):
                    add("A", f"RENCANA_AKSI {r['uraian']}: tw value {v!r} not at end of {line!r}")
    c = sd.renja_2024_corrected()
    diffs = []
    for a, b in zip(sd.RENJA_2024["rows"], c["rows"], strict=True):
        if a != b:
            diffs.append((a["kode"], b["kode"], a["indikators"][0]["target_maju"], b["indikators"][0]["target_maju"]))
    if len(diffs) != 3 or c["total"] != sd.RENJA_2024["total"] or c["meta"] != sd.RENJA_2024["meta"]:
        add("A", f"renja_2024_corrected() changes more or less than the 3 fixes: {diffs}")
    if sd.RENJA_2024["rows"][0] is c["rows"][0]:
        add("A", "renja_2024_corrected() is not a deep copy")


# ============================================================================ B. against the seeds
def _renja_tokens(line: str) -> list[str]:
    out = []
    for cell in line.split("\t"):
        cell = cell.strip()
        if not cell or cell == ":":
            continue
        m = re.match(r"^(Belanja [a-z ]+?)\s*:\s*(.*)$", cell)
        if m:
            out.append(m.group(1))
            if m.group(2):
                out.append(m.group(2))
            continue
        if cell.startswith(":"):
            cell = cell[1:].strip()
        out.append(cell)
    return out


def check_against_seeds() -> None:
    if not SEEDS_DIR.is_dir():
        add("B", f"(skipped: {SEEDS_DIR} not found)")
        return
    s001 = (SEEDS_DIR / sd.SEED_FILES["001"]).read_text(encoding="utf-8").split("\n")
    s000 = (SEEDS_DIR / sd.SEED_FILES["000"]).read_text(encoding="utf-8").split("\n")
    s002 = (SEEDS_DIR / sd.SEED_FILES["002"]).read_text(encoding="utf-8").split("\n")
    s004 = (SEEDS_DIR / sd.SEED_FILES["004"]).read_text(encoding="utf-8").split("\n")

    # --- Tabel 4.1: physical rows generated from the data vs the extracted lines 677-1000
    seed_rows: list[list[str] | str] = []
    for line in s001[676:1000]:
        if not line.strip():
            continue
        if line.startswith("Kode\t"):
            seed_rows.append("HEADER")
            continue
        if line.startswith("\t\t\tLokasi") or line.startswith("(1)"):
            continue
        seed_rows.append(_renja_tokens(line))
    order = ["kode", "nama", "indikator", "lokasi", "target", "belanja_label", "pagu", "sumber_dana",
             "catatan", "target_maju", "pagu_maju"]
    gen_rows: list[list[str] | str] = []
    for pr in sd.renja_2024_print_rows():
        if pr["kind"] == "page_break":
            gen_rows.append("HEADER")
        else:
            gen_rows.append([pr[k] for k in order if pr.get(k)])
    if seed_rows != gen_rows:
        for i, (srow, grow) in enumerate(zip(seed_rows, gen_rows, strict=False)):
            if srow != grow:
                add("B", f"Tabel 4.1 physical row {i}: seed {srow} != data {grow}")
        if len(seed_rows) != len(gen_rows):
            add("B", f"Tabel 4.1: {len(seed_rows)} seed rows vs {len(gen_rows)} generated rows")

    # --- Tabel 2.1 cell by cell
    keys = ["kode", "nama", "indikator", "target_renstra_2023", "realisasi_sd_2021", "target_renja_2022",
            "realisasi_renja_2022", "tingkat_realisasi_2022", "target_2023", "realisasi_sd_2023",
            "tingkat_capaian_renstra"]
    seed = []
    brk = False
    for line in s001[245:315]:
        if not line.strip():
            continue
        c = line.split("\t")
        if c[0] == "Kode":
            brk = True
            continue
        if c[0] in ("", "1") and (c[5].startswith("Target Renja") or c[1] == "2"):
            continue
        seed.append((tuple(c), brk))
        brk = False
    seed[0] = (seed[0][0], False)
    data = [(tuple(r[k] for k in keys), r["page_break_before"]) for r in sd.EVALUASI_RENJA_ROWS]
    if seed != data:
        add("B", f"Tabel 2.1 differs from seed: {[x for x in zip(seed, data, strict=False) if x[0] != x[1]][:3]}")
    hdr = [[c or None for c in line.split("\t")] for line in s001[245:248]]
    if hdr != sd.EVALUASI_RENJA_HEADER:
        add("B", "Tabel 2.1 header differs from seed")

    # --- Tabel 2.3 cell by cell (italics as <i>..</i>)
    keys = ["no", "ranwal_nama", "ranwal_lokasi", "ranwal_indikator", "ranwal_target", "ranwal_pagu",
            "hasil_nama", "hasil_lokasi", "hasil_indikator", "hasil_target", "hasil_kebutuhan_dana", "catatan"]
    seed = []
    brk = False
    for line in s001[399:496]:
        if not line.strip():
            continue
        c = line.split("\t")
        if c[0] == "No":
            brk = True
            continue
        if c[1].startswith("Program/ Kegiatan") or c[0] == "(1)":
            continue
        seed.append((tuple(c), brk))
        brk = False
    seed[0] = (seed[0][0], False)
    data = []
    for r in sd.REVIEW_RANWAL_ROWS:
        cells = tuple(f"<i>{r[k]}</i>" if (j + 1) in r["italic_cols"] else r[k] for j, k in enumerate(keys))
        data.append((cells, r["page_break_before"]))
    if seed != data:
        add("B", f"Tabel 2.3 differs from seed: {[x for x in zip(seed, data, strict=False) if x[0] != x[1]][:3]}")

    # --- seed 000 cell by cell
    seed = []
    brk = False
    for line in s000[9:110]:
        if not line.strip():
            continue
        c = line.split("\t")
        if c[0] == "No.":
            brk = True
            continue
        if line.startswith("\t\t\t\t\t\t\tSebelum") or (c[0] == "1" and c[1] == "2"):
            continue
        seed.append((tuple(c), brk))
        brk = False
    data = []
    for blk in sd.RKT_PERUBAHAN_2023_BLOCKS:
        for i, r in enumerate(blk["rows"]):
            head = [blk["no"], blk["sasaran"], blk["iku"], blk["target_iku"]] if i == 0 else ["", "", "", ""]
            text = f"{r['nomor']} {r['nama']}"
            c5, c6 = (text, "") if r["col"] == 5 else ("", text)
            data.append((tuple(head + [c5, c6, r["indikator"], r["target_sebelum"], r["target_setelah"],
                                       r["anggaran_sebelum"], r["anggaran_setelah"]]), r["page_break_before"]))
        j = blk["jumlah"]
        data.append((tuple(["JUMLAH"] + [""] * 8 + [j["anggaran_sebelum"], j["anggaran_setelah"]]), j["page_break_before"]))
    if seed != data:
        add("B", f"seed 000 differs: {[x for x in zip(seed, data, strict=False) if x[0] != x[1]][:3]}")

    # --- seed 004 cell by cell
    seed = []
    brk = False
    for line in s004[192:327]:
        if not line.strip():
            brk = True
            continue
        c = line.split("\t")
        if len(c) == 8:
            c = [""] + c
        seed.append((tuple(c), brk))
        brk = False
    data = [(tuple(r["cells"]), r["page_break_before"]) for r in sd.RKT_ROWS]
    if seed != data:
        add("B", f"seed 004 differs: {[x for x in zip(seed, data, strict=False) if x[0] != x[1]][:3]}")

    # --- seed 002: every extracted line accounted for exactly once
    seed_lines = Counter(x.strip() if x.strip() == "\\" else x.rstrip() for x in s002 if x.strip())
    exp: Counter[str] = Counter()
    m = sd.RENCANA_AKSI_META
    exp.update(m["title_lines"])
    exp.update(sd.RENCANA_AKSI_HEADER * m["pages"])
    exp.update([m["column_numbers_printed"], m["tempat_tanggal"]] + list(m["penandatangan"].values()))
    exp.update(m["unplaced_tokens"])
    for s in sd.RENCANA_AKSI_SASARAN:
        exp.update([s["no"], s["target"]])
        exp.update(s["uraian_lines"] + s["indikator_lines"])
        p = s["program"]
        exp.update(p["uraian_lines"] + p["indikator_lines"] + [p["target"]])
        for r in s["rows"]:
            exp.update(r["uraian_lines"] + r["sasaran_kinerja_lines"] + r["indikator_lines"]
                       + r["penanggung_jawab_lines"] + list(r["tw_lines"]) + [r["target"]])
    left_seed = seed_lines - exp
    left_exp = exp - seed_lines
    # lines that the extraction printed as two cells on one line ("97% Program Penunjang", ...)
    for line in list(left_seed.elements()):
        for i in [k for k, ch in enumerate(line) if ch == " "]:
            a, b = line[:i], line[i + 1:]
            if left_exp[a] > 0 and left_exp[b] > 0:
                left_exp[a] -= 1
                left_exp[b] -= 1
                left_seed[line] -= 1
                break
    left_seed = +left_seed
    left_exp = +left_exp
    if left_seed or left_exp:
        add("B", f"seed 002: not accounted {dict(left_seed)}; not in seed {dict(left_exp)}")


# ============================================================================ C. arithmetic
def _tree(rows: list[dict], level_key: str = "level") -> list[tuple[dict, list[tuple[dict, list[dict]]]]]:
    """program -> kegiatan -> sub kegiatan grouping by printed order."""
    progs: list[tuple[dict, list[tuple[dict, list[dict]]]]] = []
    for r in rows:
        lv = r[level_key]
        if lv == "program":
            progs.append((r, []))
        elif lv == "kegiatan":
            progs[-1][1].append((r, []))
        elif lv == "sub_kegiatan":
            progs[-1][1][-1][1].append(r)
    return progs


def check_renja() -> None:
    data = sd.renja_2024_corrected()
    rows = data["rows"]
    tot = data["total"]
    tree = _tree(rows)
    years = [("n", "pagu_int", 0), ("n+1", "pagu_maju_int", 1)]
    for yname, key, _ in years:
        s = sum(p[key] for p, _k in tree)
        t = tot[key]
        if s != t:
            mismatch("C", f"RENJA 2024 JUMLAH TOTAL ({yname})", t, s, "sum of programs")
        for p, kegs in tree:
            s = sum(k[key] for k, _s in kegs)
            if s != p[key]:
                mismatch("C", f"RENJA 2024 program {p['kode']} ({yname})", p[key], s, "sum of its kegiatan")
            for k, subs in kegs:
                s = sum(x[key] for x in subs)
                if s != k[key]:
                    mismatch("C", f"RENJA 2024 kegiatan {k['kode']} ({yname})", k[key], s, "sum of its sub kegiatan")
    # belanja identities per row, both years
    for r in rows + [dict(tot, kode="JUMLAH TOTAL")]:
        b = r.get("belanja")
        if b is None:
            continue
        for yname, key, i in years:
            v = {k: (R(x[i]) if x is not None else None) for k, x in b.items()}
            peg, bj, mod = R(b["pegawai"][i]), R(b["barang_jasa"][i]), R(b["modal"][i])
            if v["operasi"] is None:
                s = peg + bj + mod
                add("D", f"RENJA 2024 {r['kode']} ({yname}): no 'Belanja operasi' line printed; pegawai + barang "
                         f"dan jasa + modal = {rp(s)} {'=' if s == r[key] else '!='} pagu {rp(r[key])}")
                if s != r[key]:
                    mismatch("C", f"RENJA 2024 {r['kode']} pagu ({yname})", r[key], s, "pegawai + barang dan jasa + modal")
                continue
            op = v["operasi"]
            if op != peg + bj:
                mismatch("C", f"RENJA 2024 {r['kode']} Belanja operasi ({yname})", op, peg + bj, "pegawai + barang dan jasa")
            if r[key] != op + mod:
                mismatch("C", f"RENJA 2024 {r['kode']} pagu ({yname})", r[key], op + mod, "operasi + modal")
    # belanja roll-ups per category (where all lines are printed)
    cats = ["operasi", "pegawai", "barang_jasa", "modal"]

    def bel(r: dict, cat: str, i: int) -> int | None:
        x = r["belanja"][cat]
        return R(x[i]) if x is not None else None

    for yname, _key, i in years:
        for cat in cats:
            tv = R(tot["belanja"][cat][i])
            ps = _sum_opt([bel(p, cat, i) for p, _ in tree])
            if ps is not None and ps != tv:
                mismatch("C", f"RENJA 2024 JUMLAH TOTAL Belanja {cat} ({yname})", tv, ps, "sum of programs")
            for p, kegs in tree:
                ks = _sum_opt([bel(k, cat, i) for k, _ in kegs])
                pb = bel(p, cat, i)
                if ks is not None and pb is not None and ks != pb:
                    mismatch("C", f"RENJA 2024 program {p['kode']} Belanja {cat} ({yname})", pb, ks, "sum of kegiatan")
                for k, subs in kegs:
                    ss = _sum_opt([bel(x, cat, i) for x in subs])
                    kb = bel(k, cat, i)
                    if ss is not None and kb is not None and ss != kb:
                        mismatch("C", f"RENJA 2024 kegiatan {k['kode']} Belanja {cat} ({yname})", kb, ss, "sum of sub kegiatan")
    # code structure: published vs corrected
    for label, d in (("published", sd.RENJA_2024), ("corrected", data)):
        codes = Counter(r["kode"] for r in d["rows"])
        for c, n in codes.items():
            if n > 1:
                add("D", f"RENJA 2024 ({label}): kode {c} used {n} times: "
                         f"{[r['nama'] for r in d['rows'] if r['kode'] == c]}")
        for p, kegs in _tree(d["rows"]):
            for k, subs in kegs:
                if not k["kode"].startswith(p["kode"]):
                    add("D", f"RENJA 2024 ({label}): kegiatan {k['kode']} printed under program {p['kode']}")
                for x in subs:
                    if not x["kode"].startswith(k["kode"]):
                        add("D", f"RENJA 2024 ({label}): sub kegiatan {x['kode']} '{x['nama']}' printed under kegiatan {k['kode']}")
        for r in d["rows"]:
            for ind in r["indikators"]:
                for f in ("target", "target_maju"):
                    if not re.match(r"^\d", ind[f]):
                        add("D", f"RENJA 2024 ({label}) {r['kode']}: {f} {ind[f]!r} does not start with a number")
    counts = Counter(r["level"] for r in rows)
    nc = sd.RENJA_2024_META["narrative_counts"]
    for lv in ("program", "kegiatan", "sub_kegiatan"):
        if counts[lv] != nc[lv]:
            add("D", f"RENJA 2024: {counts[lv]} {lv} rows vs {nc[lv]} stated in the BAB IV text")


def check_rkt_perubahan() -> None:
    for b in sd.RKT_PERUBAHAN_2023_BLOCKS:
        tree = _tree(b["rows"])
        tag = f"RKT PERUBAHAN block {b['no']}"
        for f, fname in (("anggaran_sebelum_int", "sebelum"), ("anggaran_setelah_int", "setelah")):
            for p, kegs in tree:
                s = sum(k[f] for k, _ in kegs)
                if s != p[f]:
                    mismatch("C", f"{tag} program {p['nomor']} {p['nama']} ({fname})", p[f], s, "sum of its kegiatan")
                for k, subs in kegs:
                    s = sum(x[f] for x in subs)
                    if s != k[f]:
                        mismatch("C", f"{tag} kegiatan {k['nomor']} {k['nama']} ({fname})", k[f], s, "sum of its sub kegiatan")
            j = b["jumlah"][f]
            s = sum(p[f] for p, _ in tree)
            if s != j:
                mismatch("C", f"{tag} JUMLAH ({fname})", j, s, "sum of its program rows")
            s2 = sum(r[f] for r in b["rows"] if r["level"] == "sub_kegiatan")
            if s2 != j:
                mismatch("C", f"{tag} JUMLAH ({fname})", j, s2, "sum of its sub kegiatan rows")
    # the same sub kegiatan in both blocks
    b1, b2 = sd.RKT_PERUBAHAN_2023_BLOCKS
    names2 = {r["nama"]: r for r in b2["rows"] if r["level"] == "sub_kegiatan"}
    for r in b1["rows"]:
        if r["level"] == "sub_kegiatan" and r["nama"] in names2:
            o = names2[r["nama"]]
            same = (r["anggaran_sebelum"], r["anggaran_setelah"]) == (o["anggaran_sebelum"], o["anggaran_setelah"])
            add("D", f"RKT PERUBAHAN: sub kegiatan '{r['nama']}' printed in both blocks ({r['nomor']} / {o['nomor']}), "
                     f"amounts {'identical' if same else 'DIFFERENT'}: {r['anggaran_sebelum']}/{r['anggaran_setelah']} vs "
                     f"{o['anggaran_sebelum']}/{o['anggaran_setelah']} -> double counted if both JUMLAH are added")


_NUM = re.compile(r"^(\d+(?:,\d+)?)\s*(.*)$")


def _num(text: str) -> tuple[Fraction, str] | None:
    m = _NUM.match(text.strip())
    if not m:
        return None
    return Fraction(m.group(1).replace(",", ".")), m.group(2).strip()


def _numx(text: str) -> tuple[Fraction, str]:
    v = _num(text)
    if v is None:
        raise ValueError(f"not a number: {text!r}")
    return v


def _pct_round(x: Fraction) -> int:
    return int(x + Fraction(1, 2))


def check_evaluasi() -> None:
    col10_is_col9 = True
    rows10: list[str] = []
    for r in sd.EVALUASI_RENJA_ROWS:
        if not r["indikator"]:
            continue
        tag = f"EVALUASI (T-C.29) {r['kode']} {r['nama'][:45]}"
        c4, c5, c6, c7 = (_numx(r[k]) for k in ("target_renstra_2023", "realisasi_sd_2021", "target_renja_2022", "realisasi_renja_2022"))
        c8, c9, c10, c11 = (_numx(r[k]) for k in ("tingkat_realisasi_2022", "target_2023", "realisasi_sd_2023", "tingkat_capaian_renstra"))
        # 8 = 7/6
        if c6[0] == 0:
            add("C", f"{tag}: column 8 printed {r['tingkat_realisasi_2022']} but 7/6 = {r['realisasi_renja_2022']}/{r['target_renja_2022']} is undefined (0/0)")
        else:
            e = c7[0] / c6[0] * 100
            if _pct_round(e) != c8[0]:
                add("C", f"{tag}: column 8 printed {r['tingkat_realisasi_2022']}, expected 7/6 = {r['realisasi_renja_2022']}/{r['target_renja_2022']} = {float(e):.2f}%, difference {float(c8[0] - e):+.2f} points")
        # 10 = 5+7+9
        e10 = c5[0] + c7[0] + c9[0]
        if e10 != c10[0]:
            rows10.append(f"{tag}: column 10 printed {r['realisasi_sd_2023']}, 5+7+9 = {r['realisasi_sd_2021']} + {r['realisasi_renja_2022']} + {r['target_2023']} = {float(e10):g}, difference {float(c10[0] - e10):+g}")
        if r["realisasi_sd_2023"] != r["target_2023"]:
            col10_is_col9 = False
        # 11 = 10/4
        e11 = c10[0] / c4[0] * 100
        if _pct_round(e11) != c11[0]:
            add("C", f"{tag}: column 11 printed {r['tingkat_capaian_renstra']}, expected 10/4 = {r['realisasi_sd_2023']}/{r['target_renstra_2023']} = {float(e11):.2f}%, difference {float(c11[0] - e11):+.2f} points")
    FINDINGS["C"].extend(rows10)
    add("C", f"EVALUASI (T-C.29): column 10 deviates from its label 10=(5+7+9) in {len(rows10)} of "
             f"{sum(1 for r in sd.EVALUASI_RENJA_ROWS if r['indikator'])} rows; column 10 == column 9 on every row: {col10_is_col9}")
    for r in sd.EVALUASI_RENJA_ROWS:
        if not re.fullmatch(r"\d+", r["kode"]):
            add("D", f"EVALUASI (T-C.29): mangled code {r['kode']!r} for '{r['nama'][:60]}' (unrecoverable)")
        elif len(r["kode"]) not in (1, 3, 5, 8, 10, 12):
            add("D", f"EVALUASI (T-C.29): code {r['kode']!r} has {len(r['kode'])} digits ('{r['nama'][:60]}')")


def check_review() -> None:
    rows = [r for r in sd.REVIEW_RANWAL_ROWS if r["level"] in ("program", "kegiatan", "sub_kegiatan")]
    for side, key in (("ranwal", "ranwal_pagu"), ("hasil", "hasil_kebutuhan_dana")):
        tree = _tree(rows)
        for p, kegs in tree:
            s = sum(R(k[key]) for k, _ in kegs)
            if s != R(p[key]):
                mismatch("C", f"REVIEW RANWAL (T-C.31) {side} program '{p['ranwal_nama']}'", R(p[key]), s, "sum of its kegiatan")
            for k, subs in kegs:
                s = sum(R(x[key]) for x in subs)
                if s != R(k[key]):
                    mismatch("C", f"REVIEW RANWAL (T-C.31) {side} kegiatan '{k['ranwal_nama']}'", R(k[key]), s, "sum of its sub kegiatan")
        tot = next(r for r in sd.REVIEW_RANWAL_ROWS if r["level"] == "total")
        tv = R(tot["ranwal_pagu"] if side == "ranwal" else (tot["hasil_kebutuhan_dana"] or tot["catatan"]))
        s = sum(R(p[key]) for p, _ in tree)
        if s != tv:
            mismatch("C", f"REVIEW RANWAL (T-C.31) {side} JUMLAH TOTAL", tv, s, "sum of programs")
    for r in sd.REVIEW_RANWAL_ROWS:
        pairs = [("nama", "ranwal_nama", "hasil_nama"), ("lokasi", "ranwal_lokasi", "hasil_lokasi"),
                 ("indikator", "ranwal_indikator", "hasil_indikator"), ("target", "ranwal_target", "hasil_target"),
                 ("pagu", "ranwal_pagu", "hasil_kebutuhan_dana")]
        for what, a, b in pairs:
            if r[a] != r[b] and r["level"] != "total":
                add("D", f"REVIEW RANWAL: ranwal vs hasil analisis differ in {what}: {r[a]!r} vs {r[b]!r}")
    # cross-table: Tabel 2.3 vs Tabel 4.1 (same printed order)
    items = [r for r in sd.REVIEW_RANWAL_ROWS if r["level"] not in ("total", "indikator_lanjutan")]
    for rv, rj in zip(items, sd.RENJA_2024["rows"], strict=True):
        if rv["ranwal_nama"] != rj["nama"]:
            add("D", f"Tabel 2.3 vs 4.1 name ({rj['kode']}): {rv['ranwal_nama']!r} vs {rj['nama']!r}")
        if rj["indikators"]:
            if rv["ranwal_indikator"] != rj["indikators"][0]["indikator"]:
                add("D", f"Tabel 2.3 vs 4.1 indicator ({rj['kode']}): {rv['ranwal_indikator']!r} vs {rj['indikators'][0]['indikator']!r}")
            if rv["ranwal_target"] != rj["indikators"][0]["target"]:
                add("D", f"Tabel 2.3 vs 4.1 target ({rj['kode']}): {rv['ranwal_target']!r} vs {rj['indikators'][0]['target']!r}")
            if R(rv["ranwal_pagu"]) != rj["pagu_int"]:
                mismatch("C", f"Tabel 2.3 vs 4.1 pagu ({rj['kode']})", R(rv["ranwal_pagu"]), rj["pagu_int"], "Tabel 4.1 pagu")


def check_rencana_aksi() -> None:
    for s in sd.RENCANA_AKSI_SASARAN:
        for r in s["rows"]:
            t = _num(r["target"])
            tag = f"RENCANA AKSI '{r['uraian'][:60]}'"
            vals = [_num(v) for v in r["tw"]]
            nums = [v for v in vals if v is not None]
            units = {v[1].lower() for v in nums if v[0] != 0} | ({t[1].lower()} if t else set())
            if t is None:
                add("C", f"{tag}: annual target {r['target']!r} not numeric")
                continue
            total = sum((v[0] for v in nums), Fraction(0))
            all_equal = nums and all(v[0] == t[0] for v in nums) and len(nums) == 4
            one_equal = len([v for v in nums if v[0] != 0]) == 1 and total == t[0]
            if total == t[0] or all_equal or one_equal:
                pass
            else:
                add("C", f"{tag}: annual target {r['target']}, quarters {list(r['tw'])} sum to {float(total):g} "
                         f"(difference {float(t[0] - total):+g}) and are not a constant level either")
            if len(units) > 1:
                add("D", f"{tag}: unit spelled differently: target {r['target']!r} vs quarters {list(r['tw'])}")
            if "" in r["tw"]:
                add("D", f"{tag}: quarter printed without a value: {list(r['tw_lines'])}")


def check_rkt() -> None:
    subs = sd.rkt_sub_kegiatan()
    s = sum(x["masukan_rp"] for x in subs)
    j = next(r for r in sd.RKT_ROWS if r["kind"] == "jumlah")
    jv = R(j["cells"][8])
    if s != jv:
        mismatch("C", "RKT 2023 (seed 004) JUMLAH", jv, s, f"sum of the {len(subs)} Masukan amounts")
    else:
        add("D", f"RKT 2023 (seed 004): JUMLAH {j['cells'][8]} = sum of the {len(subs)} Masukan amounts (OK)")
    unnamed = [x for x in subs if x["nama"] is None]
    add("D", f"RKT 2023 (seed 004): {len(unnamed)} of {len(subs)} sub kegiatan have no printed name")


def main() -> int:
    check_self()
    check_against_seeds()
    check_renja()
    check_rkt_perubahan()
    check_evaluasi()
    check_review()
    check_rencana_aksi()
    check_rkt()
    titles = {
        "A": "A. transcription self-consistency (expected: none)",
        "B": "B. data vs seed text files (expected: none)",
        "C": "C. ARITHMETIC INCONSISTENCIES IN THE PUBLISHED TABLES",
        "D": "D. other published defects / notes",
    }
    for k in "ABCD":
        print("=" * 100)
        print(f"{titles[k]}: {len(FINDINGS[k])}")
        print("=" * 100)
        for f in FINDINGS[k]:
            print(" -", f)
    ok = not FINDINGS["A"] and all(f.startswith("(skipped") for f in FINDINGS["B"])
    print()
    print("transcription checks:", "OK" if ok else "PROBLEMS FOUND")
    return 0


if __name__ == "__main__":
    sys.exit(main())
