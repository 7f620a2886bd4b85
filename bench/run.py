"""The benchmark: the pipeline measured side by side with the I/O limit and a naive baseline.

Every contender runs in a fresh process (``bench/measure.py``), several times; the medians, the
peak memory and the ratios to the targets are written to ``BENCHMARKS.md`` with the machine.
Timed runs are not sampled for memory (reading the process tree's PSS every 20 ms costs the
pipeline some 5 CPU seconds of its two cores): the I/O limit and the pipeline (with its re-run
and a resubmission) get one more run each, sampled, for the peak PSS; the runs at other sizes,
there for memory only, are all sampled.

    python bench/run.py --preset province            # 40 pemda x 40 OPD (make bench)
    python bench/run.py --preset small --reps 3      # a quick check (make bench-quick)

Contenders: ``io-limit`` and ``naive`` (``bench/contenders.py``); ``pipeline`` (``python -m
pipeline run`` on a fresh copy of the inbox and a fresh store: copying is setup, not timed);
``pipeline-1-worker`` (the same with ``PIPELINE_WORKERS=1``: do both cores pay?); ``rerun`` (the
same command again with nothing new); ``resubmit`` (one OPD sends a corrected file: only its
pemda's outputs may be rebuilt); ``pipeline-at-<preset>`` (peak memory at a second size).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import asdict, dataclass, field
from importlib import metadata
from pathlib import Path
from typing import Any

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
for p in (ROOT, BENCH):
    if str(p) not in sys.path:
        sys.path.insert(0, str(p))

import generate  # noqa: E402

PY = sys.executable
TARGETS = {"io_ratio": 1.5, "io_ratio_floor": 2.0, "naive_speedup": 5.0, "rerun_s": 1.0, "resubmit_s": 2.0,
           "memory_mib": 300.0, "memory_flat": 1.3}


@dataclass
class Result:
    name: str
    what: str
    runs: list[dict[str, Any]] = field(default_factory=list)  # timed
    notes: list[str] = field(default_factory=list)
    memory_runs: list[dict[str, Any]] = field(default_factory=list)  # sampled for PSS, not timed

    @property
    def times(self) -> list[float]:
        return [r["seconds"] for r in self.runs]

    @property
    def median(self) -> float:
        return statistics.median(self.times)

    @property
    def pss(self) -> float | None:
        """The peak PSS of the process tree over the sampled runs; None when none was sampled."""
        sampled = [r["tree_pss_mib"] for r in self.runs + self.memory_runs if r["tree_pss_mib"] is not None]
        return max(sampled) if sampled else None

    @property
    def rss(self) -> float:
        return max(r["max_rss_mib"] for r in self.runs + self.memory_runs)


def measured(cmd: list[str], env: dict[str, str] | None = None, *, pss: bool = False) -> dict[str, Any]:
    """``cmd`` run under ``bench/measure.py`` (a fresh wrapper per run, so its rusage is the command's);
    ``pss``: sample the process tree's PSS (not in timed runs: it costs CPU, see the module's doc)."""
    flag = ["--pss"] if pss else []
    out = subprocess.run([PY, str(BENCH / "measure.py"), *flag, "--", *cmd], cwd=ROOT, env=env, capture_output=True,
                         text=True)
    if out.returncode != 0:
        raise SystemExit(f"measuring {cmd} failed:\n{out.stderr}")
    data: dict[str, Any] = json.loads(out.stdout)
    if data["exit"] != 0:
        raise SystemExit(f"{' '.join(cmd)} exited {data['exit']}:\n{data['stderr']}")
    return data


def log(msg: str) -> None:
    print(msg, file=sys.stderr, flush=True)


# --- the pipeline ----------------------------------------------------------------------------------


@dataclass
class Site:
    """One pipeline installation: inbox, outbox, store, archive, quarantine under one folder."""

    root: Path

    @property
    def inbox(self) -> Path:
        return self.root / "inbox"

    @property
    def outbox(self) -> Path:
        return self.root / "outbox"

    def command(self) -> list[str]:
        return [PY, "-m", "pipeline", "run", "--inbox", str(self.inbox), "--outbox", str(self.outbox),
                "--db", f"sqlite:///{self.root / 'store.db'}", "--archive", str(self.root / "archive"),
                "--quarantine", str(self.root / "quarantine")]

    def fresh(self, source: Path) -> None:
        if self.root.exists():
            shutil.rmtree(self.root)
        self.root.mkdir(parents=True)
        shutil.copytree(source, self.inbox)

    def last_log(self) -> dict[str, Any]:
        """The start, file and end records of the latest run log."""
        logs = sorted((self.outbox / "log").glob("*.jsonl"), key=lambda p: (p.stat().st_mtime, p.name))
        records = [json.loads(line) for line in logs[-1].read_text(encoding="utf-8").splitlines() if line.strip()]
        return {"files": [r for r in records if r.get("event") == "file"],
                "end": next((r for r in records if r.get("event") == "end"), {})}


def run_pipeline(site: Site, env: dict[str, str] | None = None, *, pss: bool = False) -> dict[str, Any]:
    data = measured(site.command(), env, pss=pss)
    record = site.last_log()
    data["counts"] = record["end"].get("counts", {})
    data["phases"] = record["end"].get("phases", {})
    data["outputs"] = record["end"].get("outputs", [])
    stages: dict[str, float] = {}
    for f in record["files"]:
        for stage, seconds in (f.get("stages") or {}).items():
            stages[stage] = stages.get(stage, 0.0) + seconds
    data["stages"] = stages
    data.pop("stdout", None)
    return data


# --- the benchmark ----------------------------------------------------------------------------------


def bench(args: argparse.Namespace) -> tuple[list[Result], dict[str, Any]]:
    params = generate.PRESETS[args.preset]
    t0 = time.perf_counter()
    folder = generate.workload(params, out=args.cache)
    log(f"workload {folder.name}: {params.files} submissions ({time.perf_counter() - t0:.1f} s to get)")
    inbox = folder / "inbox"
    manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    work = args.work
    work.mkdir(parents=True, exist_ok=True)
    results: list[Result] = []
    info: dict[str, Any] = {"params": asdict(params), "manifest": manifest}

    io = Result("io-limit", "python-calamine reads every cell, xlsxwriter writes as many (both cores)")
    for i in range(args.reps):
        shutil.rmtree(work / "io", ignore_errors=True)
        io.runs.append(measured([PY, str(BENCH / "contenders.py"), "io-limit", "--inbox", str(inbox),
                                 "--out", str(work / "io")]))
        log(f"  io-limit {i + 1}: {io.runs[-1]['seconds']:.2f} s")
    info["cells"] = json.loads(io.runs[-1]["stdout"])
    shutil.rmtree(work / "io", ignore_errors=True)
    io.memory_runs.append(measured([PY, str(BENCH / "contenders.py"), "io-limit", "--inbox", str(inbox),
                                    "--out", str(work / "io")], pss=True))
    log(f"  io-limit, memory: {io.memory_runs[-1]['tree_pss_mib']:.0f} MiB")
    results.append(io)

    naive = Result("naive", "pandas.read_excel (openpyxl) + jsonschema per row + openpyxl writing (1 core)")
    for i in range(args.naive_reps or args.reps):
        shutil.rmtree(work / "naive", ignore_errors=True)
        naive.runs.append(measured([PY, str(BENCH / "contenders.py"), "naive", "--inbox", str(inbox),
                                    "--out", str(work / "naive")]))
        log(f"  naive {i + 1}: {naive.runs[-1]['seconds']:.2f} s")
    results.append(naive)

    site = Site(work / "site")
    pipe = Result("pipeline", "`python -m pipeline run`, fresh store and outbox (both cores)")
    for i in range(args.reps):
        site.fresh(inbox)
        pipe.runs.append(run_pipeline(site))
        log(f"  pipeline {i + 1}: {pipe.runs[-1]['seconds']:.2f} s {pipe.runs[-1]['counts']}")
    results.append(pipe)

    rerun = Result("rerun", "the same run again, nothing new in the inbox")
    for i in range(args.reps):
        rerun.runs.append(run_pipeline(site))
        log(f"  rerun {i + 1}: {rerun.runs[-1]['seconds']:.2f} s")
    rebuilt = sum(len(r["outputs"]) for r in rerun.runs)
    rerun.notes.append(f"outputs rebuilt: {rebuilt}")
    results.append(rerun)

    resub = Result("resubmit", "one OPD sends a corrected file; only its pemda's outputs are rebuilt")
    from pipeline.intake import slug

    only_own = True
    for i in range(args.reps):
        p_index, o_index = i % params.pemda, (3 * i + 1) % params.opd
        path = generate.resubmission(params, p_index, o_index, site.inbox, version=i + 1)
        pemda = generate.pemda_of(p_index)
        resub.runs.append(run_pipeline(site))
        outputs = resub.runs[-1]["outputs"]
        own = site.outbox / slug(pemda, "tanpa-pemda")
        ok = bool(outputs) and all(Path(o).resolve().is_relative_to(own.resolve()) for o in outputs)
        only_own = only_own and ok
        log(f"  resubmit {i + 1} ({path.name}, {pemda}): {resub.runs[-1]['seconds']:.2f} s, "
            f"{len(outputs)} outputs rebuilt, only its pemda: {ok}")
    resub.notes.append(f"only the resubmitting pemda's outputs rebuilt: {'yes' if only_own else 'NO'}")
    info["resubmit_only_own"] = only_own
    results.append(resub)

    # Memory: the same three measures once more, sampled (not timed)
    site.fresh(inbox)
    pipe.memory_runs.append(run_pipeline(site, pss=True))
    rerun.memory_runs.append(run_pipeline(site, pss=True))
    generate.resubmission(params, 0, (3 * args.reps + 1) % params.opd, site.inbox, version=args.reps + 1)
    resub.memory_runs.append(run_pipeline(site, pss=True))
    log(f"  memory: pipeline {pipe.pss:.0f} MiB, rerun {rerun.pss:.0f} MiB, resubmit {resub.pss:.0f} MiB")

    if args.single_worker_reps:
        one = Result("pipeline-1-worker", "the pipeline with PIPELINE_WORKERS=1 (does the second core pay?)")
        env = {**os.environ, "PIPELINE_WORKERS": "1"}
        for i in range(args.single_worker_reps):
            site.fresh(inbox)
            one.runs.append(run_pipeline(site, env))
            log(f"  pipeline-1-worker {i + 1}: {one.runs[-1]['seconds']:.2f} s")
        results.append(one)

    for preset in _memory_presets(args):
        other = generate.PRESETS[preset]
        other_inbox = generate.workload(other, out=args.cache) / "inbox"
        mem = Result(f"pipeline-at-{preset}", f"the pipeline on {other.files} submissions ({other.pemda} pemda x "
                                              f"{other.opd} OPD: memory at another size)")
        for i in range(args.reps):
            site.fresh(other_inbox)
            mem.runs.append(run_pipeline(site, pss=True))
            log(f"  {mem.name} {i + 1}: {mem.runs[-1]['seconds']:.2f} s")
        info.setdefault("memory_files", other.files)  # the first one: the flatness target's
        results.append(mem)
    shutil.rmtree(site.root, ignore_errors=True)
    return results, info


def _memory_presets(args: argparse.Namespace) -> list[str]:
    """The other workload sizes to measure memory at; the first is compared with the main one."""
    return [p for p in args.memory_preset.split(",") if p and p not in ("none", args.preset)]


# --- report -------------------------------------------------------------------------------------------


def machine() -> dict[str, str]:
    mem = ""
    cpu = platform.processor()
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                mem = f"{int(line.split()[1]) / 1024 / 1024:.1f} GiB"
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    versions = []
    for pkg in ("python-calamine", "xlsxwriter", "openpyxl", "jsonschema", "pandas"):
        try:
            versions.append(f"{pkg} {metadata.version(pkg)}")
        except metadata.PackageNotFoundError:
            versions.append(f"{pkg} (not installed)")
    return {"nproc": str(len(os.sched_getaffinity(0))), "cpu": cpu, "memory": mem,
            "python": platform.python_version(), "system": f"{platform.system()} {platform.release()}",
            "packages": ", ".join(versions)}


def _status(ok: bool) -> str:
    return "met" if ok else "**not met**"


def report(results: list[Result], info: dict[str, Any], args: argparse.Namespace) -> str:
    by = {r.name: r for r in results}
    m = machine()
    params = info["params"]
    files = params["pemda"] * params["opd"]
    defects = sum(1 for f in info["manifest"]["files"] if f["defect"])
    warnings = sum(1 for f in info["manifest"]["files"] if f["warning"])
    handmade = sum(1 for f in info["manifest"]["files"] if f["handmade"])
    lines = [
        "# Benchmarks",
        "",
        "Written by `bench/run.py` (`make bench`); do not edit by hand. Every contender runs in a fresh",
        "process, timings are wall-clock medians. Memory is the peak over the runs; the PSS of the process",
        "tree is sampled (every 20 ms) in runs of its own, never in timed runs: the sampling costs the",
        "pipeline some 5 CPU seconds of its two cores. Runs at other sizes are there for memory: all sampled.",
        "",
        "## Machine",
        "",
        f"- CPUs (nproc): {m['nproc']} ({m['cpu']})",
        f"- memory: {m['memory']}",
        f"- Python {m['python']} on {m['system']}",
        f"- packages: {m['packages']}",
        f"- load average: {getattr(args, 'load', 'not recorded')}",
        "",
        "## Workload",
        "",
        f"Preset `{args.preset}`: {params['pemda']} pemda x {params['opd']} OPD = {files} Renja T-C.33 submissions "
        f"(`bench/generate.py`, seed {params['seed']}, {params['rows']} table rows on average, triangular spread); "
        f"{files - handmade} on the official template, {handmade} hand-made tables (merged two-row header, codes "
        f"without dots, rupiah as text, belanja rows); {defects} with a defect (rejected), {warnings} with a "
        f"warning. {info['cells']['cells_read']:,} non-empty cells in all.",
        "",
        "Commands:",
        "",
        "```",
        f"python bench/run.py --preset {args.preset} --reps {args.reps}"
        + (f" --naive-reps {args.naive_reps}" if args.naive_reps else "")
        + f" --single-worker-reps {args.single_worker_reps} --memory-preset {args.memory_preset}",
        "python bench/generate.py --preset PRESET              # the workload, cached in bench/out/",
        "python bench/contenders.py io-limit|naive --inbox DIR --out DIR",
        "python -m pipeline run --inbox DIR --outbox DIR --db sqlite:///DIR/store.db --archive DIR --quarantine DIR",
        "python bench/profile_run.py --preset small           # where the time goes (cProfile, one core)",
        "```",
        "",
        "## Results",
        "",
        "| contender | what | runs | median s | min s | max s | peak RSS, largest process (MiB) | peak PSS, process tree (MiB) |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for r in results:
        pss = "not sampled" if r.pss is None else f"{r.pss:.0f}"
        lines.append(f"| {r.name} | {r.what} | {len(r.runs)} | {r.median:.2f} | {min(r.times):.2f} | "
                     f"{max(r.times):.2f} | {r.rss:.0f} | {pss} |")
    pipe, io, naive = by["pipeline"], by["io-limit"], by["naive"]
    io_ratio = pipe.median / io.median
    speedup = naive.median / pipe.median
    lines += ["", "## Targets", "", "| target | measured | status |", "|---|---|---|"]
    io_status = ("met" if io_ratio <= TARGETS["io_ratio"] else
                 "floor met (<= 2x), 1.5x not met" if io_ratio <= TARGETS["io_ratio_floor"] else "**not met**")
    lines.append(f"| pipeline <= 1.5x the I/O limit (2x floor) | {io_ratio:.2f}x ({pipe.median:.2f} s / "
                 f"{io.median:.2f} s) | {io_status} |")
    lines.append(f"| pipeline >= 5x faster than naive | {speedup:.1f}x ({naive.median:.2f} s / {pipe.median:.2f} s) | "
                 f"{_status(speedup >= TARGETS['naive_speedup'])} |")
    rerun = by["rerun"]
    rebuilt = sum(len(r["outputs"]) for r in rerun.runs)
    lines.append(f"| re-run with nothing new < 1 s | {rerun.median:.2f} s, {rebuilt} outputs rebuilt | "
                 f"{_status(rerun.median < TARGETS['rerun_s'] and rebuilt == 0)} |")
    resub = by["resubmit"]
    lines.append(f"| one resubmission < 2 s, rebuilds only its pemda | {resub.median:.2f} s, only its pemda: "
                 f"{'yes' if info['resubmit_only_own'] else 'no'} | "
                 f"{_status(resub.median < TARGETS['resubmit_s'] and info['resubmit_only_own'])} |")
    peak = max(r.pss for r in results
               if (r.name.startswith("pipeline") or r.name in ("rerun", "resubmit")) and r.pss is not None)
    lines.append(f"| peak memory < 300 MiB (process tree) | {peak:.0f} MiB | {_status(peak < TARGETS['memory_mib'])} |")
    mem = next((r for r in results if r.name.startswith("pipeline-at-")), None)
    if mem is not None and mem.pss and pipe.pss:
        flat = pipe.pss / mem.pss
        lines.append(f"| memory flat in the number of submissions (pemda of the same size) | {pipe.pss:.0f} MiB at "
                     f"{files} files, {mem.pss:.0f} MiB at {info['memory_files']} files ({flat:.2f}x for "
                     f"{files / info['memory_files']:.0f}x the files) | {_status(flat <= TARGETS['memory_flat'])} |")
    one = by.get("pipeline-1-worker")
    if one is not None:
        gain = one.median / pipe.median
        lines.append(f"| both cores pay | {gain:.2f}x faster with {m['nproc']} workers than with 1 "
                     f"({one.median:.2f} s / {pipe.median:.2f} s) | {_status(gain > 1.2)} |")
    phases = [r.get("phases") or {} for r in pipe.runs]
    if all(phases):
        files_s = statistics.median(p["files"] for p in phases)
        outputs_s = statistics.median(p["outputs"] for p in phases)
        cpu = statistics.median(r["cpu_seconds"] for r in pipe.runs)
        io_cpu = statistics.median(r["cpu_seconds"] for r in io.runs)
        lines += ["", "## The pipeline run in two phases (medians)", "",
                  "| phase | wall s | share of the I/O limit's wall time |", "|---|---|---|",
                  f"| files: intake, workers (extract, validate, normalize, feedback), commits | {files_s:.2f} | "
                  f"{files_s / io.median:.2f}x |",
                  f"| outputs: consolidated workbooks and canonical CSV of every pemda | {outputs_s:.2f} | "
                  f"{outputs_s / io.median:.2f}x |",
                  "", f"CPU time (user + system, all processes): pipeline {cpu:.1f} s, I/O limit {io_cpu:.1f} s "
                  f"({cpu / io_cpu:.2f}x); the pipeline kept {cpu / pipe.median:.2f} of {m['nproc']} cores busy."]
    stages = pipe.runs[-1].get("stages", {})
    if stages:
        total = sum(stages.values())
        lines += ["", "## Where the pipeline's time goes", "",
                  f"Worker time per stage, summed over the {files} files of the last `pipeline` run (CPU seconds "
                  f"spread over the workers; the rest of the wall time is the parent committing to the store and "
                  f"rebuilding the outputs):", "", "| stage | seconds | share | ms per file |", "|---|---|---|---|"]
        for stage, seconds in sorted(stages.items(), key=lambda kv: -kv[1]):
            lines.append(f"| {stage} | {seconds:.2f} | {seconds / total:.0%} | {1000 * seconds / files:.1f} |")
    for r in results:
        for note in r.notes:
            lines.append(f"\n_{r.name}: {note}_")
    if args.profile_text:
        lines += ["", "## Profile (`python bench/profile_run.py --preset small`, cumulative, top functions)", "",
                  "```", args.profile_text.strip(), "```"]
    return "\n".join(lines) + "\n"


def profile_text(preset: str) -> str:
    out = subprocess.run([PY, str(BENCH / "profile_run.py"), "--preset", preset, "--top", "30"], cwd=ROOT,
                         capture_output=True, text=True, check=True).stdout
    keep = [line for line in out.splitlines() if line.strip()]
    return "\n".join(keep[:45])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--preset", choices=sorted(generate.PRESETS), default="small")
    parser.add_argument("--reps", type=int, default=3, help="runs per contender (median)")
    parser.add_argument("--naive-reps", type=int, default=0, help="runs of the naive baseline (default --reps)")
    parser.add_argument("--single-worker-reps", type=int, default=1, help="runs with one worker (0: skip)")
    parser.add_argument("--memory-preset", default="medium",
                        help="other workload sizes for memory, comma-separated (the first is compared with the "
                             "main one for flatness: choose one with pemda of the same size), or none")
    parser.add_argument("--cache", type=Path, default=generate.OUT, help="where workloads are kept")
    parser.add_argument("--work", type=Path, default=None, help="scratch folder (default: a temporary one)")
    parser.add_argument("--markdown", type=Path, default=ROOT / "BENCHMARKS.md")
    parser.add_argument("--profile", action="store_true", help="add a cProfile top list of the small workload")
    args = parser.parse_args(argv)
    if any(p not in ("none", *generate.PRESETS) for p in args.memory_preset.split(",")):
        parser.error(f"--memory-preset: none or some of {', '.join(generate.PRESETS)}")
    args.profile_text = profile_text("small") if args.profile else ""
    load_start = os.getloadavg()
    with tempfile.TemporaryDirectory(prefix="bench-") as tmp:
        if args.work is None:
            args.work = Path(tmp)
        results, info = bench(args)
    # Other processes on the machine slow every contender: the load shows how quiet it was.
    args.load = f"{' / '.join(f'{x:.1f}' for x in load_start)} at the start, " \
                f"{' / '.join(f'{x:.1f}' for x in os.getloadavg())} at the end (1 / 5 / 15 min)"
    text = report(results, info, args)
    args.markdown.write_text(text, encoding="utf-8")
    print(text)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
