"""ISA-L deflate (pipeline/deflate.py): the same streams as zlib's, read and written both ways."""

from __future__ import annotations

import io
import zipfile
import zlib

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline import deflate

_TEXT = b"".join(b'<row r="%d"><c r="A%d" t="s"><v>%d</v></c></row>' % (i, i, i % 37) for i in range(1, 5000))


@settings(max_examples=60, deadline=None)
@given(st.binary(max_size=5000), st.sampled_from([0, 1, 2, 6, 9, -1]))
def test_compress_round_trips_and_zlib_reads_it(data: bytes, level: int) -> None:
    packed = deflate.compress(data, level)
    assert zlib.decompress(packed) == data
    assert deflate.decompress(packed) == data
    assert deflate.decompress(zlib.compress(data, 6)) == data
    co = deflate.raw_compressobj(level)
    assert zlib.decompressobj(-15).decompress(co.compress(data) + co.flush()) == data


def test_a_damaged_stream_raises_one_of_the_declared_errors() -> None:
    packed = bytearray(deflate.compress(_TEXT))
    packed[len(packed) // 2] ^= 0xFF
    with pytest.raises(deflate.error):
        deflate.decompress(bytes(packed))


def _zip(cls: type[zipfile.ZipFile], level: int | None = 1) -> bytes:
    buf = io.BytesIO()
    with cls(buf, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=level) as zf:
        zf.writestr("xl/worksheets/sheet1.xml", _TEXT)
        zf.writestr(zipfile.ZipInfo("stored.txt"), b"as is")  # a ZipInfo: stored, no compressor
    return buf.getvalue()


@pytest.mark.parametrize("level", [1, 6, None])
def test_fast_zip_files_are_ordinary_zip_files_both_ways(level: int | None) -> None:
    for writer, reader in ((deflate.FastZipFile, zipfile.ZipFile), (zipfile.ZipFile, deflate.FastZipFile)):
        with reader(io.BytesIO(_zip(writer, level))) as zf:
            assert zf.testzip() is None  # every CRC checks
            assert zf.read("xl/worksheets/sheet1.xml") == _TEXT
            assert zf.read("stored.txt") == b"as is"
            with zf.open("xl/worksheets/sheet1.xml") as fh:  # read in small pieces, as the scan does
                assert b"".join(iter(lambda: fh.read(1000), b"")) == _TEXT


@pytest.mark.skipif(not deflate.ISAL, reason="python-isal is not installed: zlib does the work")
def test_fast_zip_files_use_isal_when_it_is_installed() -> None:
    with deflate.FastZipFile(io.BytesIO(_zip(zipfile.ZipFile))) as zf, zf.open("xl/worksheets/sheet1.xml") as fh:
        assert type(fh._decompressor).__module__.startswith("isal")  # type: ignore[attr-defined]
    buf = io.BytesIO()
    with deflate.FastZipFile(buf, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=1) as zf:
        zf.writestr("a.xml", _TEXT)
        size = zf.getinfo("a.xml").compress_size
    co = deflate.raw_compressobj(1)
    assert size == len(co.compress(_TEXT) + co.flush())  # ISA-L's stream, not zlib's


def test_a_damaged_member_is_an_error_the_readers_catch() -> None:
    raw = bytearray(_zip(zipfile.ZipFile))
    raw[200] ^= 0xFF  # inside the deflated sheet
    with deflate.FastZipFile(io.BytesIO(bytes(raw))) as zf, pytest.raises((zipfile.BadZipFile, *deflate.error)):
        zf.read("xl/worksheets/sheet1.xml")
