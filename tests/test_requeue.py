"""``requeue``: a rejected file goes back into the inbox and the next run reads it again as new."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from pipeline.store import open_store

ROOT = Path(__file__).resolve().parents[1]
VALID = "renja_2024_bappeda_template.xlsx"


def cli(work: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "pipeline", *args], cwd=work, capture_output=True, text=True,
                          env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"}, timeout=300)


def run(work: Path, *extra: str) -> dict[str, Any]:
    proc = cli(work, "run", "--inbox", "inbox", "--outbox", "outbox", "--db", f"sqlite:///{work / 'store.db'}",
               "--json", *extra)
    assert proc.returncode == 0, proc.stderr
    return json.loads(proc.stdout)


def requeue(work: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return cli(work, "requeue", *args, "--inbox", "inbox", "--outbox", "outbox", "--db", f"sqlite:///{work / 'store.db'}")


def test_a_file_quarantined_for_a_limit_is_read_again_after_requeue(tmp_path, template_fixtures):
    (tmp_path / "inbox").mkdir()
    shutil.copyfile(template_fixtures[VALID], tmp_path / "inbox" / "Renja Dinas.xlsx")
    (f,) = run(tmp_path, "--limit", "max_rows=20")["files"]
    assert f["status"] == "rejected" and {x["code"] for x in f["findings"]} == {"file-too-large"}
    quarantined = Path(f["kept_at"])

    # put back as it is, the file is only a duplicate of the rejection: nothing is read again
    shutil.copyfile(quarantined, tmp_path / "inbox" / "Renja Dinas.xlsx")
    (dup,) = run(tmp_path)["files"]
    assert dup["status"] == "duplicate"

    proc = requeue(tmp_path, f["sha256"][:10])
    assert proc.returncode == 0, proc.stderr
    assert "kembali ke inbox sebagai Renja Dinas.xlsx" in proc.stdout
    assert (tmp_path / "inbox" / "Renja Dinas.xlsx").read_bytes() == quarantined.read_bytes()
    assert quarantined.exists()  # the quarantined copy stays

    (again,) = run(tmp_path)["files"]  # the default limits
    assert again["status"] == "accepted" and again["sha256"] == f["sha256"]
    store = open_store(f"sqlite:///{tmp_path / 'store.db'}")
    try:
        assert [s.status for s in store.submissions()] == ["accepted"]
    finally:
        store.close()


def test_only_rejected_submissions_are_requeued_and_each_ref_on_its_own(tmp_path, template_fixtures):
    (tmp_path / "inbox").mkdir()
    shutil.copyfile(template_fixtures[VALID], tmp_path / "inbox" / "Renja.xlsx")
    (f,) = run(tmp_path)["files"]
    assert f["status"] == "accepted"
    proc = requeue(tmp_path, f["sha256"][:10], "abcdef0123")
    assert proc.returncode == 2
    assert "diterima, bukan ditolak" in proc.stderr and "tidak ada kiriman" in proc.stderr
    assert not list((tmp_path / "inbox").iterdir())
    english = cli(tmp_path, "requeue", "--lang", "en", "--db", f"sqlite:///{tmp_path / 'store.db'}",
                  "--outbox", "outbox", f["sha256"][:10])
    assert english.returncode == 2 and "is accepted, not rejected" in english.stderr


def test_another_file_of_the_same_name_in_the_inbox_is_left_alone(tmp_path, template_fixtures):
    (tmp_path / "inbox").mkdir()
    shutil.copyfile(template_fixtures[VALID], tmp_path / "inbox" / "Renja.xlsx")
    (f,) = run(tmp_path, "--limit", "max_rows=20")["files"]
    (tmp_path / "inbox" / "Renja.xlsx").write_bytes(b"another file, same name")
    proc = requeue(tmp_path, f["sha256"][:10], "--json")
    assert proc.returncode == 0, proc.stderr
    (done,) = json.loads(proc.stdout)
    assert Path(done["inbox"]).name == "Renja (ulang 2).xlsx"
    assert (tmp_path / "inbox" / "Renja.xlsx").read_bytes() == b"another file, same name"
    assert (tmp_path / done["inbox"]).read_bytes() == Path(f["kept_at"]).read_bytes()


def test_the_store_forgets_only_a_rejected_submission(store_url):
    from test_store import record

    store = open_store(store_url)
    try:
        rejected, accepted = record("aaaa", status="rejected"), record("bbbb", opd="Dinas Kesehatan", minutes=1)
        store.save(rejected, [])
        store.save(accepted, [])
        assert store.forget_rejected(accepted.submission_id) is False
        assert store.forget_rejected(rejected.submission_id) is True
        assert store.forget_rejected(rejected.submission_id) is False
        assert [s.sha256[:4] for s in store.submissions()] == ["bbbb"]
        assert store.find_sha(rejected.sha256) is None
    finally:
        store.close()


@pytest.mark.parametrize("changed", [True, False])
def test_a_missing_or_changed_quarantined_copy_is_refused(tmp_path, template_fixtures, changed):
    (tmp_path / "inbox").mkdir()
    shutil.copyfile(template_fixtures[VALID], tmp_path / "inbox" / "Renja.xlsx")
    (f,) = run(tmp_path, "--limit", "max_rows=20")["files"]
    kept = Path(f["kept_at"])
    if changed:
        kept.write_bytes(b"changed")
    else:
        kept.unlink()
    proc = requeue(tmp_path, f["sha256"][:10])
    assert proc.returncode == 2 and "salinan karantina" in proc.stderr
    assert not list((tmp_path / "inbox").iterdir())
