"""Broken and hostile files (issue 8): each gets a clear finding, none stops the run, nothing leaks out.

The whole corpus of ``make_bad_files`` plus one valid filled template goes through one
``python -m pipeline run --json``; each case then has its own test of what the run made of it.
Dangerous reads (bombs, a sheet of a million rows) are also checked in a subprocess, where a
regression would abort that process and not the test session, and its peak memory is measured.
"""

from __future__ import annotations

import csv
import json
import os
import re
import shutil
import subprocess
import sys
import zipfile
from decimal import Decimal
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

import make_bad_files as bad
from make_bad_files import CASES

ROOT = Path(__file__).resolve().parents[1]
VALID = "renja_2024_bappeda_template.xlsx"
VALID_NAME = "Renja 2024 BAPPERIDA (benar).xlsx"
EXCEL_MAX_CELL = 32_767
OUR_FORMULAS = re.compile(r"^=(SUM|SUMIFS|COUNTIF|IF)\(")


def cli(*args: str, cwd: Path, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "pipeline", *args], cwd=cwd, capture_output=True, text=True,
                          env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin", **(env or {})}, timeout=300)


def run_json(work: Path, *extra: str) -> dict[str, Any]:
    proc = cli("run", "--inbox", str(work / "inbox"), "--outbox", str(work / "outbox"),
               "--db", f"sqlite:///{work / 'store.db'}", "--json", *extra, cwd=work)
    assert proc.returncode == 0, proc.stderr
    return json.loads(proc.stdout)


@pytest.fixture(scope="session")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """Every case of the corpus, written once (about 2 MB; the bomb inflates to 500 MB)."""
    return bad.write_corpus(tmp_path_factory.mktemp("bad-files"))


XXE_SECRET = "rahasia-server-7f3a9c"


@pytest.fixture(scope="module")
def batch(corpus: dict[str, Path], template_fixtures: dict[str, Path],
          tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """One run over the whole corpus and one valid template, as an operator would start it."""
    work = tmp_path_factory.mktemp("hostile-run")
    inbox = work / "inbox"
    for name, path in corpus.items():
        target = inbox.joinpath(*CASES[name].path.split("/"))
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(path, target)
    shutil.copyfile(template_fixtures[VALID], inbox / VALID_NAME)
    Path(bad.XXE_CANARY_FILE).write_text(XXE_SECRET, encoding="utf-8")
    try:
        result = run_json(work)
    finally:
        Path(bad.XXE_CANARY_FILE).unlink(missing_ok=True)
    by_name = {f["name"]: f for f in result["files"]}
    return {"work": work, "result": result, "by_name": by_name,
            "case": {name: by_name.get(case.path) for name, case in CASES.items()}}


def output_workbooks(work: Path) -> list[Path]:
    """Every workbook the run wrote: consolidated and feedback files, and the feedback copies kept
    beside quarantined originals (the originals themselves are the OPDs' bytes, kept as they came)."""
    return sorted([p for p in (work / "outbox").rglob("*.xlsx") if not p.name.startswith(".")]
                  + list((work / "quarantine").rglob("*.umpan-balik.xlsx")))


def cells(path: Path) -> list[tuple[str, Any]]:
    """(sheet, cell) of every cell of every worksheet (formulas as written, not their values)."""
    wb = openpyxl.load_workbook(path)
    return [(ws.title, c) for ws in wb.worksheets for row in ws.iter_rows() for c in row]


# --- the whole corpus in one run -----------------------------------------------------------------


def test_one_run_accounts_for_every_file_and_goes_on(batch):
    result, work = batch["result"], batch["work"]
    names = {f["name"] for f in result["files"]}
    assert names == {c.path for c in CASES.values()} | {VALID_NAME}
    assert {f["status"] for f in result["files"]} <= {"accepted", "rejected", "duplicate", "ignored"}
    for f in result["files"]:
        if f["status"] == "rejected":
            kept = Path(f["kept_at"])
            assert kept.is_file() and (work / "quarantine") in kept.parents, f["name"]
            assert Path(str(kept) + ".umpan-balik.xlsx").is_file()
            assert f["findings"] and all(x["message"] and x["hint"] for x in f["findings"])
        if f["status"] == "accepted":
            assert (work / "archive") in Path(f["kept_at"]).parents, f["name"]
    # only the files still being written stay in the inbox
    left = sorted(p.relative_to(work / "inbox").as_posix() for p in (work / "inbox").rglob("*") if p.is_file())
    assert left == sorted(c.path for c in CASES.values() if c.status == "ignored")


def test_the_valid_template_is_accepted_and_consolidated(batch):
    f = batch["by_name"][VALID_NAME]
    assert f["status"] == "accepted" and f["errors"] == 0
    csv_path = next(p for p in batch["result"]["outputs"] if p.endswith(".csv"))
    with open(batch["work"] / csv_path if not Path(csv_path).is_absolute() else csv_path, encoding="utf-8-sig") as fh:
        rows = [r for r in csv.DictReader(fh) if r["source_file"] == VALID_NAME]
    subs = sum(Decimal(r["value"]) for r in rows if r["measure"] == "pagu" and r["level"] == "sub_kegiatan"
               and r["period"] == "2024")
    assert subs == Decimal(4_450_000_000)


@pytest.mark.parametrize("name", list(CASES))
def test_case_ends_as_expected_with_a_clear_finding(batch, name):
    case = CASES[name]
    f = batch["case"][name]
    assert f is not None, f"{case.path} missing from the run"
    assert f["status"] == case.status, (f["status"], f["findings"])
    codes = {x["code"] for x in f["findings"]}
    assert set(case.codes) <= codes, codes
    for x in f["findings"]:
        if x["code"] in case.codes and x["code"].startswith("file-"):
            # Bahasa Indonesia by default, naming the file as the operator knows it
            assert x["message"].startswith("Berkas ") and x["severity"] in ("error", "warning", "info")
            assert "file-ignored" == x["code"] or Path(case.path).name in x["message"]


# --- what each kind of bad file must (not) do -----------------------------------------------------


def _rel(batch: dict[str, Any], path: str) -> Path:
    p = Path(path)
    return p if p.is_absolute() else batch["work"] / p


def test_kept_names_stay_inside_archive_and_quarantine(batch):
    work = batch["work"]
    for name in ("traversal-name", "backslash-name", "nested-folder", "long-unicode-name", "same-name-a",
                 "same-name-b", "odd-text"):
        f = batch["case"][name]
        kept = _rel(batch, f["kept_at"]).resolve()
        root = (work / ("archive" if f["status"] == "accepted" else "quarantine")).resolve()
        assert root in kept.parents, kept
        assert len(kept.name.encode()) <= 255 and ".." not in kept.name
        assert kept.suffix in (".xlsx", ".xls")
        assert len(Path(_rel(batch, f["feedback"])).name.encode()) <= 255
    a, b = batch["case"]["same-name-a"], batch["case"]["same-name-b"]
    assert a["kept_at"] != b["kept_at"] and a["feedback"] != b["feedback"]


def test_names_from_inside_a_file_are_never_paths(batch):
    work = batch["work"].resolve()
    assert not Path(bad.ESCAPE_DIR).exists()
    f = batch["case"]["opd-path-traversal"]
    assert f["opd"].startswith("../../")
    for key in ("kept_at", "feedback", "report"):
        path = _rel(batch, f[key]).resolve()
        assert work in path.parents and path.exists(), (key, path)
        assert "keluar" in str(path.relative_to(work))  # the name is kept, made harmless


def test_files_still_being_written_are_left_alone(batch):
    for name in ("still-copying-part", "still-downloading"):
        f = batch["case"][name]
        assert f["status"] == "ignored" and "sementara" in f["reason"]
        assert (batch["work"] / "inbox" / CASES[name].path).exists()


def test_every_output_workbook_opens_with_only_our_formulas_and_internal_links(batch):
    """Formulas: ours in the consolidated workbook; in a feedback file also the OPD's own, but none
    reaching outside the workbook. Links: inside the workbook only. Text: what Excel can hold."""
    paths = output_workbooks(batch["work"])
    assert len(paths) > 20
    for path in paths:
        ours = path.name.startswith("konsolidasi-")
        for sheet, c in cells(path):
            if c.data_type == "f":
                assert not ours or OUR_FORMULAS.match(str(c.value)), (path.name, sheet, c.coordinate, c.value)
                assert not re.search(r"HYPERLINK|http|@SUM|\[|\|", str(c.value)), (path.name, c.value)
            if c.hyperlink is not None:
                target = c.hyperlink.target
                assert (target is None and c.hyperlink.location) or str(target).startswith("#"), (path.name, target)
            if isinstance(c.value, str):
                assert len(c.value) <= EXCEL_MAX_CELL, (path.name, sheet, c.coordinate)
                assert not ILLEGAL_CHARACTERS_RE.search(c.value), (path.name, sheet, c.coordinate)
        with zipfile.ZipFile(path) as z:
            assert not [n for n in z.namelist() if "externalLink" in n or "vbaProject" in n], path.name


def _csv_rows(batch: dict[str, Any]) -> list[dict[str, str]]:
    csv_path = _rel(batch, next(p for p in batch["result"]["outputs"] if p.endswith(".csv")))
    with open(csv_path, encoding="utf-8-sig") as fh:
        return list(csv.DictReader(fh))


def test_formula_like_text_stays_text_everywhere(batch):
    f = batch["case"]["formula-like-text"]
    for path in (_rel(batch, f["feedback"]), _rel(batch, next(p for p in batch["result"]["outputs"]
                                                               if p.endswith(".xlsx")))):
        formulas = [c.value for _, c in cells(path) if c.data_type == "f"]
        assert all(OUR_FORMULAS.match(str(v)) for v in formulas), formulas
    # consolidated: the texts are there, as strings
    workbook = _rel(batch, next(p for p in batch["result"]["outputs"] if p.endswith(".xlsx")))
    texts = {c.value for _, c in cells(workbook) if c.data_type == "s"}
    assert set(bad.INJECTIONS) <= texts
    # feedback: the OPD's text cells stay text; its outward formula and link are defused
    fb = openpyxl.load_workbook(_rel(batch, f["feedback"]))
    ws = fb[bad.INJECTION_SHEET]
    injected = {c.value: c.data_type for row in ws.iter_rows() for c in row if c.value in bad.INJECTIONS}
    assert injected == dict.fromkeys(bad.INJECTIONS, "s")
    assert ws["Z9"].data_type == "s" and ws["Z9"].value.startswith("=HYPERLINK")
    assert ws["Z10"].hyperlink is None and ws["Z10"].value == "situs"
    # the "Cara Baca" links reach the renamed sheet, quotes doubled
    links = [c.hyperlink.target for row in fb["Cara Baca"].iter_rows() for c in row if c.hyperlink]
    assert links and all(t.startswith("#'Renja ''OPD'' \"2024\"'!") for t in links)
    # CSV: every text a spreadsheet would run is prefixed with an apostrophe
    rows = _csv_rows(batch)
    mine = [r for r in rows if r["source_file"] == CASES["formula-like-text"].path]
    assert mine
    for r in rows:
        for key, value in r.items():
            if key != "value":
                assert not value.startswith(("=", "+", "-", "@", "\t", "\r")), (key, value)
    written = {v for r in mine for v in r.values()}
    assert {"'" + t for t in bad.INJECTIONS} <= written


def test_odd_characters_are_accepted_and_written_cleanly(batch):
    f = batch["case"]["odd-text"]
    assert f["status"] == "accepted"
    workbook = _rel(batch, next(p for p in batch["result"]["outputs"] if p.endswith(".xlsx")))
    texts = {c.value for _, c in cells(workbook) if isinstance(c.value, str)}
    assert bad.ODD_NAME in texts and bad.ODD_INDICATOR in texts
    assert "Bel dan Esc" in texts  # control characters dropped, the rest kept
    fb_texts = {c.value for _, c in cells(_rel(batch, f["feedback"])) if isinstance(c.value, str)}
    assert bad.ODD_NAME in fb_texts
    names = {r["nama"] for r in _csv_rows(batch) if r["source_file"] == CASES["odd-text"].path}
    assert bad.ODD_NAME in names and "Bel dan Esc" in names


def test_wrong_dimension_tag_still_reads_every_row(corpus):
    from pipeline.extract.reader import extract

    sub = extract(corpus["wrong-dimension"], sha256="0" * 64)
    expected = bad.tree_rows(*bad.WRONG_DIMENSION_ROWS)
    assert len(expected) + 7 == 300
    got = [(str(i.kode), i.nama, next((m.value for m in i.measures if m.measure == "pagu"), None))
           for i in sub.items]
    assert got == [(r["kode"], r["nama"], Decimal(r["pagu"]) if "pagu" in r else None) for r in expected]
    assert not sub.findings.has_errors


def test_macros_are_never_kept_or_run_and_the_data_is_read(batch, corpus):
    f = batch["case"]["macros"]
    assert f["status"] == "accepted"
    (macro,) = [x for x in f["findings"] if x["code"] == "file-macros"]
    assert macro["severity"] == "warning" and "tidak dijalankan" in macro["message"]
    kept = _rel(batch, f["kept_at"])
    assert kept.read_bytes() == corpus["macros"].read_bytes()  # the original is archived as it came
    with zipfile.ZipFile(_rel(batch, f["feedback"])) as z:
        assert "xl/vbaProject.bin" not in z.namelist()
        assert b"macroEnabled" not in z.read("[Content_Types].xml")


def test_external_links_do_not_reach_the_feedback(batch):
    f = batch["case"]["external-links"]
    assert f["status"] == "accepted"
    assert [x["code"] for x in f["findings"] if x["code"] == "file-external-links"] == ["file-external-links"]
    fb = openpyxl.load_workbook(_rel(batch, f["feedback"]))
    assert fb["Renja"]["Z8"].data_type == "s"  # the linked formula goes back as text
    with zipfile.ZipFile(_rel(batch, f["feedback"])) as z:
        assert not [n for n in z.namelist() if "externalLink" in n]


def test_huge_cell_is_refused_and_nothing_over_excels_limit_is_written(batch):
    f = batch["case"]["huge-cell"]
    (big,) = [x for x in f["findings"] if x["code"] == "file-too-large"]
    assert "32.767" in big["message"] and "10.485.760" in big["message"]
    for r in _csv_rows(batch):
        assert all(len(v) <= EXCEL_MAX_CELL for v in r.values())
    report = json.loads(_rel(batch, f["report"]).read_text(encoding="utf-8"))
    assert len(json.dumps(report)) < 100_000


def test_entity_declarations_are_refused_and_nothing_is_fetched(batch):
    for name in ("xxe", "billion-laughs"):
        f = batch["case"][name]
        (x,) = [x for x in f["findings"] if x["code"] == "file-unreadable"]
        assert "DTD" in x["message"]
    for path in output_workbooks(batch["work"]) + sorted((batch["work"] / "outbox").rglob("*.json")):
        data = path.read_bytes()
        texts = [data] if path.suffix == ".json" else [zipfile.ZipFile(path).read(n) for n in
                                                        zipfile.ZipFile(path).namelist()]
        assert not any(XXE_SECRET.encode() in t for t in texts), path


# --- limits ----------------------------------------------------------------------------------------

_PROBE = """
import json, resource, sys
from pathlib import Path
sys.path.insert(0, {root!r})
from pipeline.extract.workbook import WorkbookError, open_workbook
out = {{}}
for path in sys.argv[1:]:
    try:
        open_workbook(Path(path))
        out[path] = ["ok", ""]
    except WorkbookError as exc:
        out[path] = [exc.code, exc.params.get("limit", exc.params.get("reason", ""))]
# VmHWM: the peak of this process's own memory. ru_maxrss would not do: Linux carries it across
# exec, so it starts at the peak of the pytest process that spawned this one.
hwm = [line for line in open("/proc/self/status") if line.startswith("VmHWM:")]
out["maxrss_mb"] = int(hwm[0].split()[1]) // 1024 if hwm else resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024
print(json.dumps(out))
"""


def test_bombs_are_stopped_before_anything_inflates(corpus):
    """In a subprocess: a regression would abort it (calamine cannot allocate), not the test session."""
    names = ["decompression-bomb", "bomb-lying-sizes", "million-rows", "ods-repeat-bomb", "huge-cell"]
    proc = subprocess.run([sys.executable, "-c", _PROBE.format(root=str(ROOT)), *(str(corpus[n]) for n in names)],
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr[-2000:]
    out = json.loads(proc.stdout)
    got = {n: out[str(corpus[n])][0] for n in names}
    assert got == {n: CASES[n].codes[0] for n in names}
    assert "dekompresi" in out[str(corpus["decompression-bomb"])][1]
    assert "baris" in out[str(corpus["million-rows"])][1]
    # the 500 MB sheet and the 17-billion-cell rectangle never reached memory
    assert out["maxrss_mb"] < 250, out["maxrss_mb"]


def test_lowering_a_limit_quarantines_a_normal_file(tmp_path, template_fixtures):
    (tmp_path / "inbox").mkdir()
    shutil.copyfile(template_fixtures[VALID], tmp_path / "inbox" / "Renja.xlsx")
    result = run_json(tmp_path, "--limit", "max_file_bytes=10000")
    (f,) = result["files"]
    assert f["status"] == "rejected" and (tmp_path / "quarantine") in Path(f["kept_at"]).parents
    (x,) = [x for x in f["findings"] if x["code"] == "file-too-large"]
    assert "ukuran berkas" in x["message"]


@pytest.mark.parametrize(("limit", "word"), [("max_rows=50", "baris"), ("max_cells=500", "sel"),
                                             ("max_unzipped_bytes=100000", "dekompresi")])
def test_every_size_limit_can_be_lowered(limit, word, template_fixtures):
    from pipeline.extract.reader import extract
    from pipeline.limits import Limits

    name, value = limit.split("=")
    sub = extract(template_fixtures[VALID], sha256="0" * 64, limits=Limits().with_overrides({name: value}))
    (x,) = [x for x in sub.findings if x.code == "file-too-large"]
    assert word in x.message()


def test_limit_from_the_environment(tmp_path, template_fixtures):
    (tmp_path / "inbox").mkdir()
    shutil.copyfile(template_fixtures[VALID], tmp_path / "inbox" / "Renja.xlsx")
    proc = cli("run", "--inbox", str(tmp_path / "inbox"), "--outbox", str(tmp_path / "outbox"),
               "--db", f"sqlite:///{tmp_path / 'store.db'}", "--json", cwd=tmp_path,
               env={"PIPELINE_LIMIT_MAX_ROWS": "20"})
    assert proc.returncode == 0, proc.stderr
    (f,) = json.loads(proc.stdout)["files"]
    assert f["status"] == "rejected" and {x["code"] for x in f["findings"]} == {"file-too-large"}


# --- files that disappear --------------------------------------------------------------------------


def test_a_missing_file_is_a_finding_not_a_crash(tmp_path):
    from pipeline.extract.reader import extract

    sub = extract(tmp_path / "hilang.xlsx", sha256="0" * 64)
    assert [f.code for f in sub.findings] == ["file-vanished"]


def test_a_file_deleted_during_the_run(tmp_path, template_fixtures):
    """The second file disappears once the first is done: reported, nothing kept, the run completes."""
    from pipeline.run import RunOptions, run

    inbox = tmp_path / "inbox"
    inbox.mkdir()
    first, second = inbox / "a.xlsx", inbox / "b.xlsx"
    shutil.copyfile(template_fixtures[VALID], first)
    shutil.copyfile(template_fixtures["renja_2024_bkpsdm_template_corrected.xlsx"], second)
    os.utime(first, (1_700_000_000, 1_700_000_000))
    os.utime(second, (1_700_000_100, 1_700_000_100))

    def on_event(event: dict[str, Any]) -> None:
        if event["file"] == "a.xlsx":
            second.unlink(missing_ok=True)

    result = run(RunOptions(inbox=inbox, outbox=tmp_path / "outbox", db_url=f"sqlite:///{tmp_path / 's.db'}"),
                 on_event=on_event)
    by_name = {f.name: f for f in result.files}
    assert by_name["a.xlsx"].status == "accepted"
    gone = by_name["b.xlsx"]
    assert gone.status == "ignored" and [x["code"] for x in gone.findings] == ["file-vanished"]
    assert not gone.kept_at


# --- the sheet scan that runs before calamine -------------------------------------------------------

_ROWS_300 = b"".join(b'<row r="%d"><c r="B%d"><v>%d</v></c></row>' % (r, r, r) for r in range(1, 301))


@pytest.mark.parametrize(("sheet", "expected"), [
    # what Excel writes, and what other writers do: no r, prefixes, attributes in another order
    (b"<sheetData>" + _ROWS_300 + b"</sheetData>", (300, 2)),
    (b"<sheetData><row><c><v>1</v></c><c><v>2</v></c></row><row r=\"5\"><c><v>5</v></c><c r=\"D5\"><v>6</v>"
     b"</c><c><v>7</v></c></row></sheetData>", (5, 5)),
    (b'<x:sheetData xmlns:x="urn:x"><x:row r="3"><x:c r="C3"><x:v>1</x:v></x:c></x:row></x:sheetData>', (3, 3)),
    (b'<sheetData><row\tr="2"><c s="1"\nr="E2"><v>1</v></c></row></sheetData>', (2, 5)),
    # what a hostile file claims
    (b'<sheetData><row r="1"><c r="A99999999999999999999"><v>1</v></c></row></sheetData>', "file-unreadable"),
    (b'<sheetData><row r="1"><c r="XFE1"><v>1</v></c></row></sheetData>', "file-unreadable"),
    (b'<sheetData><row r="1048577"><c><v>1</v></c></row></sheetData>', "file-unreadable"),
    (b'<sheetData><row r="2"><c r="A0"><v>1</v></c></row></sheetData>', "file-unreadable"),
    (b'<sheetData><row r="1"><c\tr="XFD100000"><v>1</v></c></row></sheetData>', "file-too-large"),
    (b'<sheetData><row r="1"><c r="A1"><v>1</v></c></row><row r="200000"><c r="A200000"><v>1</v></c></row>'
     b"</sheetData>", "file-too-large"),
    (b"<sheetData>" + b"<row><c><v>1</v></c></row>" * 100_001 + b"</sheetData>", "file-too-large"),
])
def test_sheet_extent_is_known_before_calamine_allocates(tmp_path, sheet, expected):
    from pipeline.extract.workbook import WorkbookError, open_workbook

    path = tmp_path / "lembar.xlsx"
    bad._bare_workbook(path, bad._SHEET_HEAD + sheet + b"</worksheet>")
    if isinstance(expected, str):
        with pytest.raises(WorkbookError) as err:
            open_workbook(path)
        assert err.value.code == expected
    else:
        (s,) = open_workbook(path).sheets
        assert (len(s.rows), max(len(r) for r in s.rows)) == expected


# --- names ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("name", "left_alone"), [
    ("..%2F..%2Fetc%2Fpasswd.xlsx", False),  # a document with an odd name: read and kept
    (".Renja tersembunyi.xlsx", False),
    ("._Renja.xlsx", True),  # macOS metadata beside the real file
    (".DS_Store", True),
    (".Renja.xlsx.Xyz123", True),  # rsync's temporary
    ("~$Renja.xlsx", True),
    ("Renja.xlsx.part", True),
    ("Renja.xlsx.crdownload", True),
    ("Renja 2024.xlsx", False),
])
def test_which_names_are_left_alone(name, left_alone):
    from pipeline.intake import leave_alone_reason

    assert (leave_alone_reason(Path("inbox") / name) is not None) == left_alone


@pytest.mark.parametrize("name", ["..%2F..%2Fetc%2Fpasswd.xlsx", "..\\..\\Windows\\win.ini.xlsx", "a/b/../../c.xlsx",
                                  "\u540d" * 84 + ".xlsx", "x" * 250 + ".xlsm", "Renja\x1b[31m\n.xlsx", ".xlsx", "..",
                                  "\U0001F680" * 60 + ".xls"])
def test_kept_path_stays_inside_its_root(tmp_path, name):
    from datetime import UTC, datetime

    from pipeline.intake import kept_path

    root = tmp_path / "quarantine"
    kept = kept_path(root, tahun=2024, opd="../../" + name, received=datetime(2024, 1, 2, tzinfo=UTC),
                     sha256="ab" * 32, name=name)
    assert root in kept.parents and kept.parent.parent.parent == root
    assert all(len(part.encode()) <= 255 and part not in (".", "..") for part in kept.relative_to(root).parts)
    assert not any(ch in kept.name for ch in "/\\\x1b\n")
    if name.endswith((".xlsx", ".xlsm", ".xls")) and len(name) > 5:
        assert kept.suffix == Path(name).suffix
    kept.parent.mkdir(parents=True, exist_ok=True)
    kept.with_name(kept.name + ".umpan-balik.xlsx").write_bytes(b"")  # the file system takes the name


def test_a_big_workbook_gets_the_findings_list_instead_of_a_marked_copy(tmp_path, corpus, monkeypatch):
    from pipeline.extract.reader import extract
    from pipeline.load import feedback

    sub = extract(corpus["formula-no-value"], sha256="0" * 64)
    assert any(f.row for f in sub.findings)
    feedback.write_feedback(tmp_path / "marked.xlsx", source=corpus["formula-no-value"], submission=sub,
                            accepted=False)
    assert "Renja" in openpyxl.load_workbook(tmp_path / "marked.xlsx").sheetnames
    monkeypatch.setattr(feedback, "MARKUP_MAX_XML_BYTES", 10_000)
    feedback.write_feedback(tmp_path / "list.xlsx", source=corpus["formula-no-value"], submission=sub,
                            accepted=False)
    assert "Renja" not in openpyxl.load_workbook(tmp_path / "list.xlsx").sheetnames
