"""Submissions and canonical rows, kept in SQLite (``--db sqlite:///PATH``) or PostgreSQL
(``--db postgresql://...``, see ``pipeline.store.postgres``); the SQL is written once.

Each submission is saved in one transaction with its canonical rows; a newer accepted submission
of the same OPD, document and year marks the earlier one ``superseded`` (it stays in the store).
Values are stored as exact decimal text, never as REAL. A submission's rows are kept twice, in the
same transaction: in ``canonical_rows`` (without the six fields the submission gives them all; the
view ``canonical`` joins them back, for anyone to query) and packed in ``canonical_packed``
(``StoredRows``), which the outputs are rebuilt from: it loads in a fraction of the time the rows
take to fetch. The table stays the truth: a store whose copies another Python packed, or written
by an earlier version, is upgraded and repacked from it when opened (``Store.upgrade``), and a
damaged copy is passed over for it. ``claims`` remembers the received time a run gave a file
before any of its side effects, so a run killed half-way names everything the same way when the
file is processed again (no second archived copy, no orphan feedback).
"""

from __future__ import annotations

import marshal
import sqlite3
import sys
import zlib
from collections.abc import Iterator, Sequence
from dataclasses import asdict, dataclass
from datetime import datetime, timedelta
from decimal import Decimal
from itertools import groupby, repeat
from operator import itemgetter
from pathlib import Path
from typing import Any

from pipeline import deflate
from pipeline.model import CANONICAL_FIELDS, CanonicalRow

SCHEMA = """
CREATE TABLE IF NOT EXISTS submissions (
    submission_id TEXT PRIMARY KEY,
    sha256 TEXT NOT NULL UNIQUE,
    file_name TEXT NOT NULL,
    document TEXT NOT NULL,
    tahun INTEGER,
    pemda TEXT NOT NULL,
    opd TEXT NOT NULL,
    opd_key TEXT NOT NULL,
    status TEXT NOT NULL,
    received_at TEXT NOT NULL,
    errors INTEGER NOT NULL,
    warnings INTEGER NOT NULL,
    kept_at TEXT NOT NULL,
    feedback TEXT NOT NULL,
    report TEXT NOT NULL,
    pagu_total TEXT NOT NULL DEFAULT ''
);
CREATE INDEX IF NOT EXISTS submissions_group ON submissions (pemda, tahun, document, opd_key);
CREATE TABLE IF NOT EXISTS canonical_rows (
    submission_id TEXT NOT NULL,
    bidang TEXT NOT NULL, kode TEXT NOT NULL, level TEXT NOT NULL, parent_kode TEXT NOT NULL,
    nama TEXT NOT NULL, indikator_no INTEGER NOT NULL, indikator TEXT NOT NULL, lokasi TEXT NOT NULL,
    sumber_dana TEXT NOT NULL, catatan TEXT NOT NULL, measure TEXT NOT NULL, period TEXT NOT NULL,
    scenario TEXT NOT NULL, value TEXT, unit TEXT NOT NULL, raw TEXT NOT NULL, sheet TEXT NOT NULL,
    cell TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS canonical_packed (
    submission_id TEXT PRIMARY KEY,
    format TEXT NOT NULL,
    data BLOB NOT NULL
);
CREATE TABLE IF NOT EXISTS outputs (
    output_key TEXT PRIMARY KEY,
    fingerprint TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS claims (
    sha256 TEXT PRIMARY KEY,
    received_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS store_meta (
    name TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
"""

CLAIM_MAX_AGE = timedelta(days=30)  # an older claim is a file that vanished long ago: start afresh

# The fields every row of a submission has alike come from its ``submissions`` row, not stored on
# each of its rows: ``canonical_rows`` holds the others (half the bytes and ~40% of the insert),
# and the view ``canonical`` puts them together again, in ``CANONICAL_FIELDS`` order.
_FROM_SUBMISSION = {"document": "s.document", "tahun": "COALESCE(s.tahun, 0)", "pemda": "s.pemda",
                    "opd": "s.opd", "source_file": "s.file_name", "sha256": "s.sha256"}
_ROW_FIELDS = tuple(f for f in CANONICAL_FIELDS if f not in _FROM_SUBMISSION)
_ROW_COLUMNS = ", ".join(_ROW_FIELDS)
_ROW_AT = tuple(CANONICAL_FIELDS.index(f) for f in _ROW_FIELDS)  # where a canonical_rows column sits in a row
_CANONICAL_SELECT = (
    "SELECT " + ", ".join(f"{_FROM_SUBMISSION[f]} AS {f}" if f in _FROM_SUBMISSION else f"r.{f}"
                          for f in CANONICAL_FIELDS)
    + " FROM canonical_rows r JOIN submissions s ON s.submission_id = r.submission_id")
CANONICAL_VIEW = "canonical AS " + _CANONICAL_SELECT


@dataclass(slots=True)
class SubmissionRecord:
    submission_id: str
    sha256: str
    file_name: str
    document: str
    tahun: int | None
    pemda: str
    opd: str
    status: str  # accepted / rejected / superseded
    received_at: str
    errors: int
    warnings: int
    kept_at: str
    feedback: str
    report: str
    pagu_total: str = ""

    def row_head(self) -> tuple[str, int, str, str, str, str]:
        """The fields every canonical row of this submission has alike (``_FROM_SUBMISSION``)."""
        return (self.document, self.tahun or 0, self.pemda, self.opd, self.file_name, self.sha256)


def opd_key(name: str) -> str:
    """OPD names differ in case and spacing between files; compare them folded."""
    return " ".join(name.lower().split())


class Store:
    """A thin layer over a DB-API connection; SQL written once with ``?`` placeholders."""

    def __init__(self, conn: Any, paramstyle: str = "qmark", row_order: str = "rowid") -> None:
        self.conn = conn
        self.paramstyle = paramstyle
        self.row_order = row_order  # canonical column giving insertion order (SQLite rowid, PostgreSQL seq)

    # -- plumbing --
    def _sql(self, sql: str) -> str:
        return sql if self.paramstyle == "qmark" else sql.replace("?", "%s")

    def _execute(self, sql: str, params: Sequence[Any] = ()) -> Any:
        cur = self.conn.cursor()
        cur.execute(self._sql(sql), params)
        return cur

    def close(self) -> None:
        self.conn.close()

    # -- submissions --
    def find_sha(self, sha256: str) -> SubmissionRecord | None:
        cur = self._execute("SELECT * FROM submissions WHERE sha256 = ?", (sha256,))
        row = cur.fetchone()
        return self._record(cur, row) if row else None

    def claim_received(self, sha256: str, received: datetime, *, commit: bool = True) -> datetime:
        """The received time of ``sha256``: the one an earlier (killed) run gave it, else ``received``.

        Committed before the file's feedback or archived copy is written, so that every name derived
        from it is the same when a killed run's file is processed again: at once, or with
        ``commit=False`` by the caller's ``commit()`` (one transaction for a whole inbox).
        """
        try:
            self._execute("INSERT INTO claims (sha256, received_at) VALUES (?, ?) ON CONFLICT (sha256) DO NOTHING",
                          (sha256, received.isoformat()))
            row = self._execute("SELECT received_at FROM claims WHERE sha256 = ?", (sha256,)).fetchone()
            claimed = datetime.fromisoformat(row[0])
            if received - claimed > CLAIM_MAX_AGE:
                self._execute("UPDATE claims SET received_at = ? WHERE sha256 = ?", (received.isoformat(), sha256))
                claimed = received
            if commit:
                self.conn.commit()
        except BaseException:
            self.conn.rollback()
            raise
        return claimed

    def commit(self) -> None:
        self.conn.commit()

    def release_claim(self, sha256: str) -> None:
        self._execute("DELETE FROM claims WHERE sha256 = ?", (sha256,))
        self.conn.commit()

    def save(self, record: SubmissionRecord, rows: Sequence[CanonicalRow] | StoredRows) -> None:
        """Insert the submission and its rows in one transaction; supersede older accepted ones.

        A submission arriving after a newer version of the same OPD, document and year was saved
        (possible when a killed run's file is finished later) is stored already ``superseded``.
        """
        rec = asdict(record)
        rec["opd_key"] = opd_key(record.opd)
        cols = list(rec)
        try:
            if record.status in ("accepted", "rejected"):
                newer = {r[0] for r in self._execute(
                    "SELECT status FROM submissions WHERE status IN ('accepted', 'rejected') AND document = ? "
                    "AND tahun = ? AND pemda = ? AND opd_key = ? AND received_at > ?",
                    (record.document, record.tahun, record.pemda, rec["opd_key"], record.received_at)).fetchall()}
                if "accepted" in newer or (record.status == "rejected" and "rejected" in newer):
                    rec["status"] = "superseded"
            self._execute(f"INSERT INTO submissions ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})",
                          [rec[c] for c in cols])
            # A newer version replaces the older ones in the consolidation; a rejected resubmission
            # does not push out the last accepted version, only earlier rejected ones.
            replaced = "('accepted', 'rejected')" if record.status == "accepted" else "('rejected')"
            self._execute(
                f"UPDATE submissions SET status = 'superseded' WHERE status IN {replaced} AND document = ? "
                "AND tahun = ? AND pemda = ? AND opd_key = ? AND submission_id <> ? AND received_at <= ?",
                (record.document, record.tahun, record.pemda, rec["opd_key"], record.submission_id,
                 record.received_at))
            packed = rows if isinstance(rows, StoredRows) else StoredRows.of(rows)
            if packed:
                marks = ", ".join("?" * len(_ROW_FIELDS))
                cur = self.conn.cursor()
                cur.executemany(self._sql(f"INSERT INTO canonical_rows ({_ROW_COLUMNS}) VALUES ({marks})"),
                                packed.params())
                self._execute("INSERT INTO canonical_packed (submission_id, format, data) VALUES (?, ?, ?)",
                              (record.submission_id, StoredRows.FORMAT, packed.data))
            self._execute("DELETE FROM claims WHERE sha256 = ?", (record.sha256,))
            self.conn.commit()
        except BaseException:
            self.conn.rollback()
            raise

    def submissions(self, *, pemda: str | None = None, tahun: int | None = None,
                    document: str | None = None) -> list[SubmissionRecord]:
        where, params = _filters(pemda=pemda, tahun=tahun, document=document)
        cur = self._execute(f"SELECT * FROM submissions {where} ORDER BY received_at, submission_id", params)
        return [self._record(cur, r) for r in cur.fetchall()]

    def accepted_rows(self, *, pemda: str, tahun: int, document: str) -> list[CanonicalRow]:
        """The rows of the accepted submissions of a group, by OPD, each in its insertion order
        (each submission's from its packed copy: ``_submission_rows``)."""
        ids = [r[0] for r in self._execute(
            "SELECT s.submission_id FROM submissions s "
            "WHERE s.status = 'accepted' AND s.pemda = ? AND s.tahun = ? AND s.document = ? "
            "ORDER BY s.opd_key, s.received_at, s.submission_id",  # (one accepted per OPD: the rest is a tie-break)
            (pemda, tahun, document)).fetchall()]
        shared: dict[Any, Any] = {}
        out: list[CanonicalRow] = []
        for submission_id in ids:
            out.extend(self._submission_rows(submission_id, shared))
        return out

    def rows_of(self, submission_id: str) -> list[CanonicalRow]:
        return self._submission_rows(submission_id, {})

    def _submission_rows(self, submission_id: str, shared: dict[Any, Any]) -> list[CanonicalRow]:
        """A submission's rows in insertion order: from its packed copy when it has a usable one,
        else from the tables, every distinct text held once in ``shared``."""
        packed = self._execute(
            "SELECT p.format, p.data, " + ", ".join(_FROM_SUBMISSION.values()) + " FROM canonical_packed p "
            "JOIN submissions s ON s.submission_id = p.submission_id WHERE p.submission_id = ?",
            (submission_id,)).fetchone()
        if packed is not None and packed[0] == StoredRows.FORMAT:
            try:
                return StoredRows(bytes(packed[1])).rows(packed[2:])
            except _DAMAGED_COPY:
                pass  # damaged: the table has the same rows
        cur = self._execute(f"{_CANONICAL_SELECT} WHERE r.submission_id = ? ORDER BY r.{self.row_order}",
                            (submission_id,))
        return _table_rows(cur, shared)

    def upgrade(self) -> None:
        """Bring a store written by an earlier version to this layout (at open, in one transaction).

        Before ``canonical_rows``, ``canonical`` was a table of 25 columns: its rows move to
        ``canonical_rows`` in their order, and ``canonical`` becomes the view of the same columns.
        Every submission with rows has a packed copy of the current ``StoredRows.FORMAT`` (the
        outputs read nothing else, and ``canonical_rows`` has no index to find a submission's rows
        by): a store of the earlier layout, or one whose copies another Python packed, is repacked.
        """
        sqlite = self.paramstyle == "qmark"
        if self._relation_kind("canonical") == "view" and self._meta("packed_format") == StoredRows.FORMAT:
            return
        if sqlite:
            self.conn.execute("BEGIN IMMEDIATE")  # one process upgrades; the next finds it done
        try:
            kind = self._relation_kind("canonical")
            if kind == "table":
                self._execute(f"INSERT INTO canonical_rows ({_ROW_COLUMNS}) SELECT {_ROW_COLUMNS} FROM canonical "
                              f"ORDER BY {self.row_order}")
                self._execute("DROP TABLE canonical")
            if kind != "view":
                self._execute(("CREATE VIEW IF NOT EXISTS " if sqlite else "CREATE OR REPLACE VIEW ") + CANONICAL_VIEW)
            if kind == "table" or self._meta("packed_format") != StoredRows.FORMAT:
                self._repack()
                self._execute("DELETE FROM store_meta WHERE name = 'packed_format'")
                self._execute("INSERT INTO store_meta (name, value) VALUES ('packed_format', ?)", (StoredRows.FORMAT,))
            self.conn.commit()
        except BaseException:
            self.conn.rollback()
            raise

    def _meta(self, name: str) -> str | None:
        row = self._execute("SELECT value FROM store_meta WHERE name = ?", (name,)).fetchone()
        return row[0] if row else None

    def _repack(self) -> None:
        """Every submission's packed copy made again from the tables, in one ordered pass."""
        self._execute("DELETE FROM canonical_packed")
        # PostgreSQL: a server-side cursor, so a national store is not fetched into memory at once
        scan = self.conn.cursor() if self.paramstyle == "qmark" else self.conn.cursor(name="repack")
        scan.execute(self._sql(f"{_CANONICAL_SELECT} ORDER BY r.submission_id, r.{self.row_order}"))
        for submission_id, rows in groupby(scan, key=itemgetter(0)):
            self._execute("INSERT INTO canonical_packed (submission_id, format, data) VALUES (?, ?, ?)",
                          (submission_id, StoredRows.FORMAT, StoredRows.of(_table_rows(rows, {})).data))
        scan.close()

    def _relation_kind(self, name: str) -> str | None:
        """"table", "view" or None: what ``name`` is in this database."""
        if self.paramstyle == "qmark":
            row = self._execute("SELECT type FROM sqlite_master WHERE name = ? AND type IN ('table', 'view')",
                                (name,)).fetchone()
            return row[0] if row else None
        row = self._execute("SELECT table_type FROM information_schema.tables "
                            "WHERE table_schema = current_schema() AND table_name = ?", (name,)).fetchone()
        return None if row is None else "view" if row[0] == "VIEW" else "table"

    # -- versions (pipeline.versions) --
    def forget_rejected(self, submission_id: str) -> bool:
        """Delete a rejected submission (it has no rows) so that its file can be read again as new:
        ``pipeline.requeue``. False when there is no rejected submission of that id."""
        try:
            cur = self._execute("DELETE FROM submissions WHERE submission_id = ? AND status = 'rejected'",
                                (submission_id,))
            forgotten = cur.rowcount == 1
            if forgotten:  # (none are kept for a rejected submission; a damaged store might hold some)
                self._execute("DELETE FROM canonical_rows WHERE submission_id = ?", (submission_id,))
                self._execute("DELETE FROM canonical_packed WHERE submission_id = ?", (submission_id,))
            self.conn.commit()
        except BaseException:
            self.conn.rollback()
            raise
        return forgotten

    def find_refs(self, ref: str) -> list[SubmissionRecord]:
        """Submissions whose id is ``ref`` or whose sha256 starts with ``ref`` (hex, any case)."""
        ref = ref.strip().lower()
        if not ref or any(ch not in "0123456789abcdef" for ch in ref):
            return []
        cur = self._execute("SELECT * FROM submissions WHERE submission_id = ? OR sha256 LIKE ? "
                            "ORDER BY received_at, submission_id", (ref, ref + "%"))
        return [self._record(cur, r) for r in cur.fetchall()]

    def versions_of(self, record: SubmissionRecord) -> list[SubmissionRecord]:
        """Every submission of ``record``'s OPD, document, pemda and year, oldest first."""
        cur = self._execute("SELECT * FROM submissions WHERE document = ? AND tahun = ? AND pemda = ? "
                            "AND opd_key = ? ORDER BY received_at, submission_id",
                            (record.document, record.tahun, record.pemda, opd_key(record.opd)))
        return [self._record(cur, r) for r in cur.fetchall()]

    def groups(self) -> list[tuple[str, int]]:
        """Every (pemda, tahun) that has at least one submission with a known year."""
        cur = self._execute("SELECT DISTINCT pemda, tahun FROM submissions WHERE tahun IS NOT NULL AND pemda <> '' "
                            "ORDER BY pemda, tahun")
        return [(r[0], int(r[1])) for r in cur.fetchall()]

    # -- outputs built from the store (so a crashed run's outputs are rebuilt next time) --
    def output_fingerprint(self, key: str) -> str | None:
        row = self._execute("SELECT fingerprint FROM outputs WHERE output_key = ?", (key,)).fetchone()
        return row[0] if row else None

    def set_output_fingerprint(self, key: str, fingerprint: str) -> None:
        self._execute("DELETE FROM outputs WHERE output_key = ?", (key,))
        self._execute("INSERT INTO outputs (output_key, fingerprint) VALUES (?, ?)", (key, fingerprint))
        self.conn.commit()

    @staticmethod
    def _record(cur: Any, row: Sequence[Any]) -> SubmissionRecord:
        names = [d[0] for d in cur.description]
        data = dict(zip(names, row, strict=True))
        data.pop("opd_key", None)
        return SubmissionRecord(**data)


def _filters(**kw: Any) -> tuple[str, list[Any]]:
    parts, params = [], []
    for k, v in kw.items():
        if v is not None:
            parts.append(f"{k} = ?")
            params.append(v)
    return ("WHERE " + " AND ".join(parts)) if parts else "", params


_VALUE_AT = CANONICAL_FIELDS.index("value")  # the one Decimal field, stored as exact text


class StoredRows:
    """A submission's canonical rows packed: what a worker sends the parent, and the copy of them
    the store keeps beside the table (``canonical_packed``) to rebuild outputs from.

    The columns ``canonical_rows`` holds (``_ROW_FIELDS``, the value as exact decimal text; the
    six a submission gives every row come from its record, ``rows(head)``), marshalled and
    deflated: some 20 KB for a submission of 850 rows, made in ~1 ms and turned back into rows in
    ~1.2 ms, where fetching them from the table takes ~4.5 ms. Within a submission a text that
    repeats (an item's name on each of its rows) is one object, and stays one when loaded.
    ``FORMAT`` names the packing and the Python that made it (marshal's format may change between
    versions): a copy of another format is not read, and the store repacks at open (``upgrade``).
    """

    FORMAT = (f"columns-marshal{marshal.version}-deflate-py{sys.version_info[0]}.{sys.version_info[1]}-"
              + hex(zlib.crc32(" ".join(_ROW_FIELDS).encode()))[2:])
    __slots__ = ("data",)

    def __init__(self, data: bytes) -> None:
        self.data = data

    @classmethod
    def of(cls, rows: Sequence[CanonicalRow]) -> StoredRows:
        if not rows:
            return cls(b"")
        every = list(zip(*rows, strict=True))
        columns = [every[i] for i in _ROW_AT]
        columns[_PACKED_VALUE_AT] = tuple(None if v is None else str(v) for v in columns[_PACKED_VALUE_AT])
        return cls(deflate.compress(marshal.dumps(columns), 1))

    def __bool__(self) -> bool:
        return bool(self.data)

    def _columns(self) -> list[Sequence[Any]]:
        if not self.data:
            return [() for _ in _ROW_FIELDS]
        columns = marshal.loads(deflate.decompress(self.data))
        if not isinstance(columns, list) or len(columns) != len(_ROW_FIELDS) \
                or len({len(c) for c in columns}) != 1:
            raise ValueError("packed canonical rows of another shape")
        return columns

    def params(self) -> Iterator[tuple[Any, ...]]:
        """The rows as ``canonical_rows`` holds them (``_ROW_FIELDS``, the value as text), for an INSERT."""
        return zip(*self._columns(), strict=True)

    def rows(self, head: Sequence[Any]) -> list[CanonicalRow]:
        """The rows, with ``head`` (the submission's ``_FROM_SUBMISSION`` fields, in that order:
        ``SubmissionRecord.row_head()``) put in place on each."""
        c = self._columns()
        c[_PACKED_VALUE_AT] = [None if v in (None, "") else Decimal(v) for v in c[_PACKED_VALUE_AT]]
        document, tahun, pemda, opd, source_file, sha256 = map(repeat, head)
        return list(map(_new_row, repeat(CanonicalRow), zip(  # noqa: B905  (repeat() is endless; c is checked)
            c[0], document, tahun, pemda, opd, *c[1:17], source_file, sha256, c[17], c[18])))


_PACKED_VALUE_AT = _ROW_FIELDS.index("value")
assert _ROW_FIELDS[1:17] == CANONICAL_FIELDS[5:21] and _ROW_FIELDS[17:] == CANONICAL_FIELDS[23:]
assert tuple(_FROM_SUBMISSION) == CANONICAL_FIELDS[1:5] + CANONICAL_FIELDS[21:23]


# What unpacking a damaged packed copy raises.
_DAMAGED_COPY: tuple[type[Exception], ...] = (ValueError, EOFError, TypeError, IndexError, ArithmeticError,
                                              *deflate.error)

_new_row = tuple.__new__  # CanonicalRow from a list of its fields, without the named tuple's checks


def _table_rows(cursor: Any, shared: dict[Any, Any]) -> list[CanonicalRow]:
    """The cursor's rows (``CANONICAL_FIELDS``, the value as text), every distinct text held once.

    The driver makes a new string for every field of every row, yet an item's or a submission's
    texts (names, indicators, file, OPD...) repeat on each of its rows: shared across a group's
    submissions in ``shared``, a pemda's 35,000 rows take a fraction of the ~60 MiB they take as fetched.
    """
    keep = shared.setdefault
    out: list[CanonicalRow] = []
    for row in cursor:
        values: list[Any] = list(map(keep, row, row))  # in C; numbers and None are shared just as well
        value = values[_VALUE_AT]
        values[_VALUE_AT] = Decimal(value) if value not in (None, "") else None
        out.append(_new_row(CanonicalRow, values))
    return out


def open_store(url: str) -> Store:
    """``sqlite:///relative/or/absolute/path.db`` or ``postgresql://user@host/dbname`` (libpq URL)."""
    if url.startswith("sqlite:///"):
        path = Path(url[len("sqlite:///"):])
        path.parent.mkdir(parents=True, exist_ok=True)
        conn = sqlite3.connect(path, timeout=60)
        conn.execute("PRAGMA page_size=16384")  # a new store only (an existing one keeps its own)
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("PRAGMA synchronous=NORMAL")
        conn.executescript(SCHEMA)
        store = Store(conn, "qmark", "rowid")
        store.upgrade()
        return store
    if url.startswith(("postgresql://", "postgres://")):
        from pipeline.store.postgres import connect_postgres

        return connect_postgres(url)
    raise ValueError(f"unsupported database URL: {url!r} (use sqlite:///PATH or postgresql://...)")

