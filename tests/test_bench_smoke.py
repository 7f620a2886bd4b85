"""The benchmark still works end to end on a tiny workload (3 submissions, 1 run each); no timing asserted."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))

import generate  # noqa: E402


def test_generator_is_deterministic_and_both_layouts_are_read(tmp_path: Path) -> None:
    from pipeline.extract.reader import extract
    from pipeline.validate.rules import validate

    params = generate.Params(pemda=1, opd=6, rows=60, handmade_share=0.5, defect_share=0.0, warning_share=0.0)
    first = generate.workload(params, out=tmp_path / "a", processes=1, quiet=True)
    again = generate.workload(params, out=tmp_path / "b", processes=1, quiet=True)
    files = sorted((first / "inbox").rglob("*.xlsx"))
    assert [p.read_bytes() for p in files] == [p.read_bytes() for p in sorted((again / "inbox").rglob("*.xlsx"))]
    manifest = json.loads((first / "manifest.json").read_text(encoding="utf-8"))
    kinds = {f["file"]: f["handmade"] for f in manifest["files"]}
    assert set(kinds.values()) == {True, False}
    for path in files:
        sub = extract(path, sha256="0" * 64)
        validate(sub)
        plan = next(f for f in manifest["files"] if (first / "inbox" / f["file"]) == path)
        assert sub.document == "renja" and sub.opd == plan["opd"] and sub.pemda == plan["pemda"]
        assert sub.reading is not None and sub.reading.source == ("table" if plan["handmade"] else "template")
        assert not sub.findings.has_errors, [f.code for f in sub.findings]
        assert len(sub.items) > 5


def test_bench_runs_on_three_submissions(tmp_path: Path) -> None:
    markdown = tmp_path / "BENCHMARKS.md"
    out = subprocess.run(
        [sys.executable, str(ROOT / "bench" / "run.py"), "--preset", "tiny", "--reps", "1", "--single-worker-reps", "0",
         "--memory-preset", "none", "--cache", str(tmp_path / "cache"), "--work", str(tmp_path / "work"),
         "--markdown", str(markdown)],
        cwd=ROOT, capture_output=True, text=True, timeout=600)
    assert out.returncode == 0, out.stderr
    text = markdown.read_text(encoding="utf-8")
    for name in ("io-limit", "naive", "pipeline", "rerun", "resubmit"):
        assert f"| {name} |" in text
    assert "## Targets" in text and "## Machine" in text
    assert "only its pemda: yes" in text
    assert "0 outputs rebuilt" in text  # the re-run with nothing new rebuilt nothing
    # the run log's phases reach the report, with the CPU time of the pipeline and the I/O limit
    assert "## The pipeline run in two phases" in text and "| files: " in text and "| outputs: " in text
    assert "CPU time (user + system, all processes): pipeline " in text
    rows = {line.split(" | ")[0].strip("| "): line.split(" | ") for line in text.splitlines() if line.startswith("| ")}
    for name in ("io-limit", "pipeline", "rerun", "resubmit"):  # a sampled run of its own each
        assert float(rows[name][-1].strip(" |")) > 10, rows[name]
    assert rows["naive"][-1].strip(" |") == "not sampled"


def test_memory_is_sampled_only_where_asked(tmp_path: Path) -> None:
    """Timed runs go unsampled (sampling PSS costs the command CPU); ``--pss`` runs report the peak."""
    import measure

    cmd = [sys.executable, "-c", "x = bytearray(30 * 2**20); import time; time.sleep(0.3)"]
    sampled, timed = measure.measure(cmd, pss=True), measure.measure(cmd, pss=False)
    assert sampled["tree_pss_mib"] is not None and sampled["tree_pss_mib"] >= 30
    assert timed["tree_pss_mib"] is None and timed["max_rss_mib"] >= 30
