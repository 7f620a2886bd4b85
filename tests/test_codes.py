"""Codes written every way the seeds show, normalized to the dotted 4-digit form; mangled ones refused."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pipeline.codes import Code, Level, parse_code
from pipeline.values import ValueProblem


@pytest.mark.parametrize(("raw", "dotted", "level"), [
    ("5.03.02.2.01.0003", "5.03.02.2.01.0003", Level.SUB_KEGIATAN),
    ("5.03.01.2.01.01", "5.03.01.2.01.0001", Level.SUB_KEGIATAN),
    ("5030120101", "5.03.01.2.01.0001", Level.SUB_KEGIATAN),
    ("503012010001", "5.03.01.2.01.0001", Level.SUB_KEGIATAN),
    ("50301201", "5.03.01.2.01", Level.KEGIATAN),
    ("50301", "5.03.01", Level.PROGRAM),
    ("503", "5.03", Level.BIDANG),
    ("5", "5", Level.URUSAN),
    ("4 05 01", "4.05.01", Level.PROGRAM),
    ("X.XX.01.2.02.0001", "X.XX.01.2.02.0001", Level.SUB_KEGIATAN),
    (5030120101.0, "5.03.01.2.01.0001", Level.SUB_KEGIATAN),
])
def test_code_forms(raw, dotted, level):
    code = parse_code(raw)
    assert isinstance(code, Code)
    assert code.dotted == dotted and code.level == level


@pytest.mark.parametrize("raw", ["5,03E+09", "5.03E+09", 5.03e9, 5.0301])
def test_codes_destroyed_by_excel_are_reported_never_guessed(raw):
    result = parse_code(raw)
    assert isinstance(result, ValueProblem) and result.kind == "code-mangled"


@pytest.mark.parametrize("raw", ["I.", "abc", "5.03.01.9.01", "1234567"])
def test_invalid_codes(raw):
    assert isinstance(parse_code(raw), ValueProblem)


def test_hierarchy_helpers():
    sub = parse_code("5030120410")
    keg = parse_code("50301205")
    assert isinstance(sub, Code) and isinstance(keg, Code)
    assert not sub.startswith(keg)
    assert sub.parent() == Code("5.03.01.2.04")
    assert Code("X.XX.01.2.02.0001").with_bidang("5.03").dotted == "5.03.01.2.02.0001"


segments = st.tuples(st.integers(1, 8), st.integers(1, 99), st.integers(1, 99), st.sampled_from([1, 2]),
                     st.integers(1, 99), st.integers(1, 9999))


@given(segments, st.integers(1, 6).filter(lambda n: n != 4))
def test_dotted_and_undotted_forms_agree(segs, depth):
    u, b, p, g, k, s = segs
    parts = [str(u), f"{b:02d}", f"{p:02d}", str(g), f"{k:02d}", f"{s:04d}"][:depth]
    dotted = ".".join(parts)
    a = parse_code(dotted)
    b2 = parse_code("".join(parts))
    assert isinstance(a, Code) and a == b2 and a.dotted == dotted
    assert parse_code(a.dotted) == a  # normalization is idempotent
