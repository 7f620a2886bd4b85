"""The store on SQLite and on PostgreSQL: the same behaviour from the same SQL.

Every test here runs twice (``store_url`` fixture): once on SQLite, once on a real PostgreSQL
server (skipped, with the reason, only when none is available).
"""

from __future__ import annotations

import multiprocessing as mp
import pickle
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.model import CANONICAL_FIELDS, CanonicalRow
from pipeline.runlock import RunLocked, run_lock
from pipeline.store import StoredRows, SubmissionRecord, open_store
from pipeline.versions import diff_rows

T0 = datetime(2024, 3, 1, 8, 0, tzinfo=UTC)


def record(sha: str, *, opd: str = "Dinas Pendidikan", status: str = "accepted", minutes: int = 0,
           document: str = "renja", tahun: int | None = 2024) -> SubmissionRecord:
    sha = sha.ljust(64, "0")
    return SubmissionRecord(
        submission_id=sha[:16], sha256=sha, file_name=f"{opd} {sha[:4]}.xlsx", document=document, tahun=tahun,
        pemda="Kabupaten Pasuruan", opd=opd, status=status, received_at=(T0 + timedelta(minutes=minutes)).isoformat(),
        errors=0 if status == "accepted" else 2, warnings=1, kept_at="/archive/x.xlsx", feedback="/fb/x.xlsx",
        report="/fb/x.json", pagu_total="1500000")


def row(rec: SubmissionRecord, kode: str, value: str | None, *, measure: str = "pagu", level: str = "program",
        period: str = "2024", indikator: str = "", cell: str = "I9") -> CanonicalRow:
    return CanonicalRow(
        submission_id=rec.submission_id, document=rec.document, tahun=rec.tahun or 0, pemda=rec.pemda, opd=rec.opd,
        bidang=kode[:4], kode=kode, level=level, parent_kode="", nama=f"Program {kode}",
        indikator_no=1 if indikator else 0, indikator=indikator, lokasi="Kab.", sumber_dana="APBD", catatan="",
        measure=measure, period=period, scenario="rencana", value=Decimal(value) if value is not None else None,
        unit="" if measure == "pagu" else "Dokumen", raw=value or "-", source_file=rec.file_name, sha256=rec.sha256,
        sheet="Renja", cell=cell)


def statuses(store) -> dict[str, str]:
    return {s.sha256[:4]: s.status for s in store.submissions()}


def test_records_and_rows_round_trip_exactly(store_url):
    store = open_store(store_url)
    try:
        rec = record("aaaa")
        rows = [row(rec, "1.01.02", "1924149480.50"), row(rec, "1.01.02", "7", measure="target", indikator="Dok"),
                row(rec, "1.01.03", None, cell="I11"), row(rec, "1.01.01", "0.1", cell="I12")]
        store.save(rec, rows)
        assert store.find_sha(rec.sha256) == rec
        assert store.find_sha("f" * 64) is None
        assert store.rows_of(rec.submission_id) == rows  # insertion order, exact decimals, None kept
        assert store.accepted_rows(pemda=rec.pemda, tahun=2024, document="renja") == rows
        assert store.groups() == [("Kabupaten Pasuruan", 2024)]
        assert [s.sha256 for s in store.submissions(tahun=2024)] == [rec.sha256]
    finally:
        store.close()


@pytest.mark.parametrize("count", [1, 49, 50, 123])
def test_the_table_holds_every_row_in_order_whatever_their_number(store_url, count):
    """The outputs read the packed copy; the table anyone may query must hold the same rows."""
    store = open_store(store_url)
    try:
        rec = record("abcd")
        rows = [row(rec, f"1.01.{i:02d}", str(i) if i % 7 else None, cell=f"I{i + 9}") for i in range(count)]
        store.save(rec, rows)
        table = store._execute("SELECT r.cell, r.value, r.kode FROM canonical_rows r WHERE r.submission_id = ? "
                               f"ORDER BY r.{store.row_order}", (rec.submission_id,)).fetchall()
        assert [tuple(t) for t in table] == [(r.cell, None if r.value is None else str(r.value), r.kode) for r in rows]
    finally:
        store.close()


def test_rows_are_ordered_by_opd_then_insertion_on_every_backend(store_url):
    store = open_store(store_url)
    try:
        names = ["Dinas-B", "dinas a", "Dinas B", "Badan Z", "dinas_c"]
        for i, name in enumerate(names):
            rec = record(f"{i:04x}", opd=name, minutes=i)
            store.save(rec, [row(rec, "5.01.01", "1", cell="A1"), row(rec, "5.01.02", "2", cell="A2")])
        got = [(r.opd, r.cell) for r in store.accepted_rows(pemda="Kabupaten Pasuruan", tahun=2024, document="renja")]
        expected = [(n, c) for n in sorted(names, key=lambda n: " ".join(n.lower().split())) for c in ("A1", "A2")]
        assert got == expected  # byte order ("C" collation on PostgreSQL), as SQLite sorts
    finally:
        store.close()


def test_versions_supersede_in_received_order(store_url):
    store = open_store(store_url)
    try:
        store.save(record("a001", minutes=0), [])
        store.save(record("a002", minutes=5, opd="DINAS  pendidikan"), [])  # same OPD, other spelling
        assert statuses(store) == {"a001": "superseded", "a002": "accepted"}
        store.save(record("a003", minutes=10, status="rejected"), [])  # a rejected one keeps the accepted
        assert statuses(store) == {"a001": "superseded", "a002": "accepted", "a003": "rejected"}
        store.save(record("a004", minutes=15, status="rejected"), [])
        assert statuses(store)["a003"] == "superseded"
        store.save(record("b001", minutes=1, opd="Dinas Kesehatan"), [])  # other OPD: untouched
        store.save(record("c001", minutes=2, tahun=2025), [])  # other year: untouched
        assert statuses(store)["a002"] == "accepted" and statuses(store)["b001"] == "accepted"
    finally:
        store.close()


def test_an_older_version_saved_late_is_superseded_at_once(store_url):
    """A killed run's file finished after a newer version was saved must not become current again."""
    store = open_store(store_url)
    try:
        store.save(record("d002", minutes=10), [])
        store.save(record("d001", minutes=0), [])
        assert statuses(store) == {"d002": "accepted", "d001": "superseded"}
        store.save(record("d000", minutes=1, status="rejected"), [])
        assert statuses(store)["d000"] == "superseded"
    finally:
        store.close()


def test_the_same_sha_is_never_stored_twice(store_url):
    store = open_store(store_url)
    try:
        rec = record("eeee")
        store.save(rec, [row(rec, "1.01.01", "5")])
        twin = replace(rec, file_name="salinan.xlsx", received_at=(T0 + timedelta(hours=1)).isoformat())
        with pytest.raises(Exception) as info:
            store.save(twin, [row(twin, "1.01.01", "5")])
        assert "unique" in str(info.value).lower()
        # the failed transaction left nothing behind and the connection still works
        assert [s.file_name for s in store.submissions()] == [rec.file_name]
        assert len(store.rows_of(rec.submission_id)) == 1
        store.save(record("ffff", minutes=3, opd="Dinas Sosial"), [])
        assert len(store.submissions()) == 2
    finally:
        store.close()


def _save_in_child(url: str, sha: str, barrier, results) -> None:
    store = open_store(url)
    rec = record(sha, minutes=0)
    barrier.wait()
    try:
        store.save(rec, [row(rec, "1.01.01", "5")] * 50)
        results.put("saved")
    except Exception as exc:
        results.put(f"refused: {type(exc).__name__}")
    finally:
        store.close()


def test_two_processes_saving_the_same_file_store_it_once(store_url):
    """Even without the run lock, the database refuses a second copy of a submission."""
    open_store(store_url).close()  # create the schema first
    ctx = mp.get_context("fork")
    barrier, results = ctx.Barrier(2), ctx.Queue()
    procs = [ctx.Process(target=_save_in_child, args=(store_url, "9999", barrier, results)) for _ in range(2)]
    for p in procs:
        p.start()
    for p in procs:
        p.join(60)
    outcomes = sorted(results.get(timeout=5) for _ in procs)
    assert outcomes[0] == "refused: IntegrityError" or outcomes[0].startswith("refused"), outcomes
    assert outcomes[1] == "saved", outcomes
    store = open_store(store_url)
    try:
        assert len(store.submissions()) == 1
        assert len(store.rows_of("9999".ljust(16, "0"))) == 50
    finally:
        store.close()


def test_claims_keep_the_first_received_time(store_url):
    store = open_store(store_url)
    try:
        sha = "c1a1".ljust(64, "0")
        first = store.claim_received(sha, T0)
        again = store.claim_received(sha, T0 + timedelta(hours=3))
        assert first == again == T0
        rec = replace(record("c1a1"), received_at=T0.isoformat())
        store.save(rec, [])  # saving ends the claim
        assert store.claim_received(sha, T0 + timedelta(hours=4)) == T0 + timedelta(hours=4)
        store.release_claim(sha)
        old = "01d0".ljust(64, "0")
        store.claim_received(old, T0)
        later = T0 + timedelta(days=40)
        assert store.claim_received(old, later) == later  # a month-old claim is stale
    finally:
        store.close()


def test_outputs_fingerprints(store_url):
    store = open_store(store_url)
    try:
        assert store.output_fingerprint("Kab|2024") is None
        store.set_output_fingerprint("Kab|2024", "abc")
        store.set_output_fingerprint("Kab|2024", "def")
        assert store.output_fingerprint("Kab|2024") == "def"
    finally:
        store.close()


def test_versions_lookup_and_diff(store_url):
    store = open_store(store_url)
    try:
        v1, v2 = record("7777", minutes=0), record("7788", minutes=5)
        store.save(v1, [row(v1, "1.01.02", "1000"), row(v1, "1.01.03", "500"),
                        row(v1, "1.01.02.2.01", "4", measure="target", level="kegiatan", indikator="Jumlah dok")])
        store.save(v2, [row(v2, "1.01.02", "1200"),
                        row(v2, "1.01.02.2.01", "5", measure="target", level="kegiatan", indikator="Jumlah  DOK"),
                        row(v2, "1.01.04", "300")])
        assert [r.sha256 for r in store.find_refs("77")] == [v1.sha256, v2.sha256]
        assert [r.sha256 for r in store.find_refs("7788")] == [v2.sha256]
        assert store.find_refs(v1.submission_id) == [replace(v1, status="superseded")]
        assert store.find_refs("xyz") == []
        assert [v.sha256 for v in store.versions_of(v2)] == [v1.sha256, v2.sha256]
        changes, programs, totals = diff_rows(store.rows_of(v1.submission_id), store.rows_of(v2.submission_id))
        assert {(c.kind, c.kode, c.before, c.after) for c in changes} == {
            ("changed", "1.01.02", "1.000", "1.200"), ("changed", "1.01.02.2.01", "4 Dokumen", "5 Dokumen"),
            ("added", "1.01.04", "", "300"), ("removed", "1.01.03", "500", "")}
        assert {(p.kode, p.before, p.after) for p in programs} == {
            ("1.01.02", 1000, 1200), ("1.01.03", 500, 0), ("1.01.04", 0, 300)}
        assert [(t.period, t.before, t.after, t.delta) for t in totals] == [("2024", 1500, 1500, 0)]
    finally:
        store.close()


def test_run_lock_refuses_a_second_holder(store_url, tmp_path: Path):
    outbox = tmp_path / "outbox"
    with run_lock(store_url, outbox):
        with pytest.raises(RunLocked) as info:
            with run_lock(store_url, tmp_path / "other-outbox"):  # same store, other outbox
                pass
        assert f"pid {__import__('os').getpid()}" in info.value.holder
        assert "sedang berjalan" in info.value.message("id")
        assert "in progress" in info.value.message("en")
    with run_lock(store_url, outbox):  # released
        pass


def test_outputs_read_the_packed_copy_and_fall_back_to_the_table(store_url):
    """Rows come back from ``canonical_packed`` (the table is not read); a copy of another format
    or a damaged one is passed over for the table, which stays the truth."""
    store = open_store(store_url)
    try:
        rec = record("cccc")
        rows = [row(rec, "1.01.02", "1924149480.50"), row(rec, "1.01.03", None, cell="I11")]
        store.save(rec, rows)
        # the table changed behind the store's back: the packed copy still answers
        store._execute("UPDATE canonical_rows SET nama = 'diubah' WHERE submission_id = ?", (rec.submission_id,))
        store.commit()
        assert store.rows_of(rec.submission_id) == rows
        changed = [r._replace(nama="diubah") for r in rows]
        store._execute("UPDATE canonical_packed SET format = 'columns-marshal3-py3.9' WHERE submission_id = ?",
                       (rec.submission_id,))
        store.commit()
        assert store.rows_of(rec.submission_id) == changed  # a copy of another format is not read
        store._execute("UPDATE canonical_packed SET format = ?, data = ? WHERE submission_id = ?",
                       (StoredRows.FORMAT, b"\x78\x01rusak", rec.submission_id))
        store.commit()
        assert store.accepted_rows(pemda=rec.pemda, tahun=2024, document="renja") == changed  # damaged: not read
        store._execute("DELETE FROM canonical_packed", ())
        store.commit()
        assert store.rows_of(rec.submission_id) == changed  # a store written before the copies existed
    finally:
        store.close()


def test_a_rejected_submission_keeps_no_packed_copy(store_url):
    store = open_store(store_url)
    try:
        rec = record("dddd", status="rejected")
        store.save(rec, [])
        assert store._execute("SELECT COUNT(*) FROM canonical_packed", ()).fetchone()[0] == 0
        assert store.rows_of(rec.submission_id) == []
    finally:
        store.close()


_texts = st.text(max_size=30)  # any text: control characters, astral planes, empty
_values = st.one_of(st.none(), st.decimals(allow_nan=False, allow_infinity=False))  # exponents and -0 too


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(_texts, _texts, st.integers(min_value=0, max_value=99), _values), max_size=40))
def test_packed_rows_round_trip_exactly(fields: list[tuple[str, str, int, Decimal | None]]) -> None:
    rec = record("eeee")
    rows = [row(rec, "1.01.02", None)._replace(nama=nama, raw=raw, indikator_no=no, value=value)
            for nama, raw, no, value in fields]
    packed = StoredRows.of(rows)
    assert bool(packed) == bool(rows)
    back = pickle.loads(pickle.dumps(packed)).rows(rec.row_head())  # as the parent receives it from a worker
    assert back == rows
    assert [str(a.value) for a in back] == [str(b.value) for b in rows]  # 1E+2 stays 1E+2, -0 stays -0
    stored = [(r.submission_id, *r[5:18], None if r.value is None else str(r.value), r.unit, r.raw, r.sheet, r.cell)
              for r in rows]
    assert list(packed.params()) == stored  # canonical_rows: the fields a submission does not give every row


def test_a_store_of_the_earlier_layout_is_upgraded_at_open(store_url):
    """Before ``canonical_rows``, ``canonical`` was a table of all 25 columns (and no packed copies):
    opening such a store moves its rows, in order, and ``canonical`` reads the same as a view."""
    store = open_store(store_url)
    rec = record("ffff")
    rows = [row(rec, "1.01.02", "1924149480.50"), row(rec, "1.01.02", "7", measure="target", indikator="Dok"),
            row(rec, "1.01.03", None, cell="I11")]
    postgres = store.paramstyle != "qmark"
    try:  # the earlier layout, written as that version wrote it
        store._execute("DROP VIEW canonical")
        store._execute("DELETE FROM store_meta")  # (that version had no such table: nothing in it)
        columns = ", ".join(f"{f} {'INTEGER' if f in ('tahun', 'indikator_no') else 'TEXT'}" for f in CANONICAL_FIELDS)
        seq = "seq BIGINT GENERATED ALWAYS AS IDENTITY, " if postgres else ""
        store._execute(f"CREATE TABLE canonical ({seq}{columns})")
        store._execute("CREATE INDEX canonical_submission ON canonical (submission_id)")
        store.save(rec, [])  # the submission row; its rows go in as the earlier version put them
        store._execute("UPDATE submissions SET status = 'accepted' WHERE submission_id = ?", (rec.submission_id,))
        for r in rows:
            store._execute(f"INSERT INTO canonical ({', '.join(CANONICAL_FIELDS)}) "
                           f"VALUES ({', '.join('?' * len(CANONICAL_FIELDS))})",
                           (*r[:18], None if r.value is None else str(r.value), *r[19:]))
        store.commit()
    finally:
        store.close()
    for _ in range(2):  # the second open finds nothing to do
        store = open_store(store_url)
        try:
            assert store.rows_of(rec.submission_id) == rows
            assert store.accepted_rows(pemda=rec.pemda, tahun=2024, document="renja") == rows
            view = store._execute("SELECT * FROM canonical ORDER BY cell, measure")
            assert tuple(d[0] for d in view.description) == CANONICAL_FIELDS
            assert [tuple(v) for v in view.fetchall()] == sorted(
                [(*r[:18], None if r.value is None else str(r.value), *r[19:]) for r in rows],
                key=lambda t: (t[-1], t[15]))
            assert store._relation_kind("canonical") == "view"
            packed = store._execute("SELECT submission_id, format FROM canonical_packed").fetchall()
            assert [tuple(p) for p in packed] == [(rec.submission_id, StoredRows.FORMAT)]  # packed from the rows moved
        finally:
            store.close()


def test_a_new_sqlite_store_has_16k_pages_and_an_existing_one_keeps_its_own(tmp_path: Path) -> None:
    """Larger pages make a submission's insert ~7% cheaper (fewer pages to write to the WAL);
    SQLite can only set the size while a database is empty."""
    import sqlite3

    store = open_store(f"sqlite:///{tmp_path / 'new.db'}")
    try:
        assert store._execute("PRAGMA page_size").fetchone()[0] == 16384
    finally:
        store.close()
    old = sqlite3.connect(tmp_path / "old.db")
    old.execute("CREATE TABLE t (x)")
    old.commit()
    old.close()
    store = open_store(f"sqlite:///{tmp_path / 'old.db'}")
    try:
        assert store._execute("PRAGMA page_size").fetchone()[0] == 4096
        assert store._relation_kind("canonical") == "view"
    finally:
        store.close()


def test_copies_packed_by_another_python_are_made_again_at_open(store_url):
    """The packing names the Python that made it: a store opened by another one repacks every
    submission from the tables (in one pass), so outputs never go looking through the table."""
    store = open_store(store_url)
    first, second = record("a1a1", opd="Dinas A"), record("b2b2", opd="Dinas B", minutes=1)
    rows_a = [row(first, "1.01.02", "10"), row(first, "1.01.03", "20", cell="I10")]
    rows_b = [row(second, "1.02.02", "5.5", cell="I9")]
    try:
        store.save(first, rows_a)
        store.save(second, rows_b)
        store.save(record("c3c3", status="rejected", opd="Dinas C", minutes=2), [])
        # as another Python left it: its own format, and the table holds what it holds
        store._execute("UPDATE canonical_packed SET format = 'columns-marshal4-deflate-py3.10-0'")
        store._execute("UPDATE store_meta SET value = 'columns-marshal4-deflate-py3.10-0'")
        store._execute("UPDATE canonical_rows SET nama = 'dari tabel' WHERE submission_id = ?", (first.submission_id,))
        store.commit()
    finally:
        store.close()
    store = open_store(store_url)
    try:
        packed = store._execute("SELECT submission_id, format FROM canonical_packed ORDER BY submission_id").fetchall()
        assert [tuple(p) for p in packed] == [(first.submission_id, StoredRows.FORMAT),
                                             (second.submission_id, StoredRows.FORMAT)]
        assert store.rows_of(first.submission_id) == [r._replace(nama="dari tabel") for r in rows_a]
        assert store.accepted_rows(pemda=first.pemda, tahun=2024, document="renja") == \
            [r._replace(nama="dari tabel") for r in rows_a] + rows_b
    finally:
        store.close()
