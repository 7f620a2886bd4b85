"""Year, pemda and OPD read from title lines as OPDs write them, and the message when one is missing."""

import pytest

from pipeline.extract.table import identity_from_titles
from pipeline.findings import Finding
from pipeline.model import Reading, Submission
from pipeline.validate.rules import check_identity


@pytest.mark.parametrize(("title", "expected"), [
    ("RENCANA KERJA DINAS KESEHATAN KABUPATEN SIDOARJO TAHUN 2025",
     {"tahun": "2025", "pemda": "Kabupaten Sidoarjo", "opd": "Dinas Kesehatan"}),
    ("Renja Badan Pendapatan Daerah Kota Malang 2025", {"pemda": "Kota Malang", "opd": "Badan Pendapatan Daerah"}),
    ("RENJA SEKRETARIAT DPRD PROVINSI JAWA TIMUR TAHUN 2025",
     {"tahun": "2025", "pemda": "Provinsi Jawa Timur", "opd": "Sekretariat DPRD"}),
    ("Rumusan Rencana Program dan Kegiatan Perangkat Daerah Tahun 2024", {"tahun": "2024"}),
])
def test_identity_in_one_title_line(title, expected):
    assert identity_from_titles([title]) == expected


def test_missing_identity_is_named_in_both_languages():
    sub = Submission("Renja.xlsx", "0" * 64, "renja", tahun=2025, pemda="Kabupaten Sidoarjo", opd="")
    sub.reading = Reading("Renja", (1,), {}, "table")
    check_identity(sub)
    (f,) = [f for f in sub.findings if f.code == "meta-missing"]
    assert isinstance(f, Finding) and f.field == "opd"
    assert f.message() == "Tidak dapat menentukan nama Perangkat Daerah (OPD) dari berkas Renja.xlsx."
    assert f.message("en") == "Cannot tell the agency (OPD) name from file Renja.xlsx."
