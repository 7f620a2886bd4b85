"""Round trip: canonical rows -> filled official template -> extract -> the same canonical rows.

Random but valid program / kegiatan / sub kegiatan trees, exact rupiah up to 10^13, targets with
up to two decimals and a unit from the standard list, sometimes a second indicator on a
continuation row: whatever an OPD types into the template comes back exactly.
"""

from __future__ import annotations

import tempfile
from collections import Counter
from decimal import Decimal
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from make_fixtures import fill_template
from pipeline.extract.reader import extract
from pipeline.normalize import canonical_rows
from pipeline.values import canonical_unit_names

PEMDA = "Kabupaten Uji"
OPD = "Dinas Uji Bolak-Balik"
UNITS = canonical_unit_names()

# Names start with a fixed word so that no random text reads as a JUMLAH or a belanja row (the
# reader rightly treats those as totals / breakdowns, not items); after it, anything printable.
_WORDS = st.text(alphabet=st.characters(whitelist_categories=("Lu", "Ll", "Nd"), whitelist_characters=" ,.-/()&'"),
                 min_size=1, max_size=40).map(lambda s: " ".join(s.split())).filter(bool)
money = st.integers(min_value=0, max_value=10**13)
target_value = st.one_of(st.integers(min_value=0, max_value=10**6),
                         st.decimals(min_value=0, max_value=10**6, places=2, allow_nan=False,
                                     allow_infinity=False))


@st.composite
def indicator(draw: st.DrawFn) -> dict[str, Any]:
    return {"indikator": "Jumlah " + draw(_WORDS), "target": draw(target_value), "satuan": draw(st.sampled_from(UNITS)),
            "target_maju": draw(target_value), "satuan_maju": draw(st.sampled_from(UNITS))}


@st.composite
def item(draw: st.DrawFn, kode: str, nama: str, pagu: int, pagu_maju: int) -> list[dict[str, Any]]:
    """The template rows of one program / kegiatan / sub kegiatan: the item and its continuation rows."""
    first, *more = draw(st.lists(indicator(), min_size=1, max_size=2))
    rows = [{"kode": kode, "nama": nama, "lokasi": "Kab. Uji", "pagu": pagu, "sumber_dana": "APBD",
             "pagu_maju": pagu_maju, **first}]
    rows.extend(dict(ind) for ind in more)
    return rows


@st.composite
def tree(draw: st.DrawFn) -> tuple[int, list[dict[str, Any]]]:
    tahun = draw(st.integers(min_value=2020, max_value=2035))
    bidang = draw(st.sampled_from(["1.02", "2.17", "5.01", "5.03", "7.01"]))
    rows: list[dict[str, Any]] = [{"kode": bidang, "nama": "BIDANG " + draw(_WORDS)}]
    for p in sorted(draw(st.sets(st.integers(min_value=1, max_value=99), min_size=1, max_size=2))):
        program = f"{bidang}.{p:02d}"
        kegiatan_rows: list[dict[str, Any]] = []
        totals = [0, 0]
        for k in sorted(draw(st.sets(st.integers(min_value=1, max_value=99), min_size=1, max_size=2))):
            kegiatan = f"{program}.{draw(st.sampled_from(['1', '2']))}.{k:02d}"
            sub_rows: list[dict[str, Any]] = []
            sums = [0, 0]
            for s in sorted(draw(st.sets(st.integers(min_value=1, max_value=9999), min_size=1, max_size=3))):
                pagu, maju = draw(money), draw(money)
                sums = [sums[0] + pagu, sums[1] + maju]
                sub_rows += draw(item(f"{kegiatan}.{s:04d}", "Sub Kegiatan " + draw(_WORDS), pagu, maju))
            kegiatan_rows += draw(item(kegiatan, "Kegiatan " + draw(_WORDS), *sums)) + sub_rows
            totals = [totals[0] + sums[0], totals[1] + sums[1]]
        rows += draw(item(program, "PROGRAM " + draw(_WORDS), *totals)) + kegiatan_rows
    return tahun, rows


LEVELS = {1: "bidang", 2: "program", 4: "kegiatan", 5: "kegiatan", 6: "sub_kegiatan"}


def expected_rows(tahun: int, rows: list[dict[str, Any]]) -> Counter[tuple[Any, ...]]:
    """(kode, level, nama, indikator, measure, period, value, unit) of every value the rows hold."""
    out: Counter[tuple[Any, ...]] = Counter()
    kode = level = nama = ""
    for r in rows:
        if "kode" in r:
            kode, nama = r["kode"], r["nama"]
            level = {1: "bidang", 2: "program", 4: "kegiatan", 5: "sub_kegiatan"}[kode.count(".")]
            if level == "bidang":
                out[(kode, level, nama, "", "", "", None, "")] += 1
                continue
            out[(kode, level, nama, "", "pagu", str(tahun), Decimal(r["pagu"]), "")] += 1
            out[(kode, level, nama, "", "pagu", str(tahun + 1), Decimal(r["pagu_maju"]), "")] += 1
        for fld, unit, period in (("target", "satuan", tahun), ("target_maju", "satuan_maju", tahun + 1)):
            out[(kode, level, nama, r["indikator"], "target", str(period), Decimal(r[fld]), r[unit])] += 1
    return out


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(tree())
def test_template_round_trip(generated: tuple[int, list[dict[str, Any]]]) -> None:
    tahun, rows = generated
    with tempfile.TemporaryDirectory() as tmp:
        path = fill_template(Path(tmp) / "renja.xlsx", rows, tahun=tahun, pemda=PEMDA, opd=OPD)
        sub = extract(path, sha256="0" * 64)
    assert not [f for f in sub.findings if f.severity == "error"], [f.message() for f in sub.findings]
    assert (sub.tahun, sub.pemda, sub.opd) == (tahun, PEMDA, OPD)
    got = Counter((r.kode, r.level, r.nama, r.indikator, r.measure, r.period, r.value, r.unit)
                  for r in canonical_rows(sub))
    assert got == expected_rows(tahun, rows)
