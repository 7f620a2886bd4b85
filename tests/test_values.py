"""Exact parsing of rupiah, numbers and targets as OPDs write them (seeds 000, 001)."""

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pipeline.values import (
    Target,
    ValueProblem,
    format_rupiah,
    normalize_unit,
    parse_decimal,
    parse_rupiah,
    parse_target,
)


@pytest.mark.parametrize(("raw", "expected"), [
    ("1.924.149.480", Decimal("1924149480")),
    ("33.845.455.043,00", Decimal("33845455043")),
    ("Rp. 11.312.239.227,-", Decimal("11312239227")),
    ("Rp 500.000", Decimal("500000")),
    (": 9.058.600", Decimal("9058600")),
    ("-", Decimal(0)),
    (": -", Decimal(0)),
    (22145310718.0, Decimal("22145310718")),
    (7992286000, Decimal("7992286000")),
    ("1,500,000", Decimal("1500000")),
    ("2.5", Decimal("2.5")),
])
def test_rupiah_forms_from_the_seeds(raw, expected):
    assert parse_rupiah(raw) == expected


@pytest.mark.parametrize("raw", ["5,03E+09", "5.03E+09", "abc", "1.2.3,4,5", "12 dok"])
def test_rupiah_that_cannot_be_read_is_a_problem_not_a_guess(raw):
    assert isinstance(parse_rupiah(raw), ValueProblem)


def test_empty_money_cell_is_none():
    assert parse_rupiah(None) is None
    assert parse_rupiah("   ") is None


@pytest.mark.parametrize(("raw", "value", "unit"), [
    ("2 Dokumen", Decimal(2), "Dokumen"),
    ("5 dok", Decimal(5), "Dokumen"),
    ("7 lap", Decimal(7), "Laporan"),
    ("49 org/bln", Decimal(49), "Orang/Bulan"),
    ("65 Orang/bulan", Decimal(65), "Orang/Bulan"),
    ("100 %", Decimal(100), "%"),
    ("63,24%", Decimal("63.24"), "%"),
    ("36,5", Decimal("36.5"), None),
    ("6 lbg", Decimal(6), "Lembaga"),
    ("1 Rakening", Decimal(1), "Rekening"),
])
def test_targets_split_into_value_and_canonical_unit(raw, value, unit):
    t = parse_target(raw)
    assert isinstance(t, Target)
    assert (t.value, t.unit, t.raw) == (value, unit, raw)


def test_target_with_separate_unit_cell():
    t = parse_target(5.0, "dok")
    assert isinstance(t, Target) and t.value == 5 and t.unit == "Dokumen" and t.unit_raw == "dok"


@pytest.mark.parametrize("raw", ["Idok", "Baik", "A (80,79)"])
def test_target_without_a_leading_number_is_reported(raw):
    t = parse_target(raw)
    assert isinstance(t, ValueProblem) and t.kind == "target-no-number"


def test_target_with_qualifier_keeps_the_number():
    t = parse_target("70 dan Baik")
    assert isinstance(t, Target) and t.value == 70 and t.unit is None


def test_unit_spellings():
    assert normalize_unit("Orang / Bulan").name == "Orang/Bulan"  # type: ignore[union-attr]
    assert normalize_unit("ORG") .name == "Orang"  # type: ignore[union-attr]
    assert normalize_unit("furlong") is None


def test_percent_with_comma_decimal_as_number():
    assert parse_decimal("63,24%") == Decimal("63.24")


@given(st.integers(min_value=0, max_value=10**15))
def test_rupiah_round_trip_through_indonesian_format(n):
    assert parse_rupiah(format_rupiah(Decimal(n))) == Decimal(n)


@given(st.integers(min_value=0, max_value=10**13), st.integers(min_value=0, max_value=99))
def test_rupiah_with_comma_cents_round_trip(whole, cents):
    value = Decimal(whole) + Decimal(cents) / 100
    assert parse_rupiah(format_rupiah(value)) == value


@given(st.text(max_size=30))
def test_parsers_never_raise(text):
    for parse in (parse_rupiah, parse_decimal, parse_target):
        parse(text)
