"""Run one command and report its wall time and peak memory as JSON (one fresh process per measure).

``python bench/measure.py [--pss] -- CMD ARGS...`` prints ``{"seconds", "exit", "cpu_seconds",
"max_rss_mib", "tree_pss_mib", "stdout"}``: ``cpu_seconds`` is the user + system time of the
command and every process it started; ``max_rss_mib`` is the largest resident set of the command
or any process it started (``getrusage(RUSAGE_CHILDREN)``: this wrapper has no other children, so
it covers exactly the command, its worker processes and their children); with ``--pss``,
``tree_pss_mib`` is the peak of the proportional set size summed over the whole process tree,
sampled every 20 ms from ``/proc`` (pages shared by forked workers are counted once), else None.

The sampling is not free: reading ``smaps_rollup`` makes the kernel walk each process's page
tables, ~6 ms a sample for the pipeline's tree, some 5 CPU seconds over a province run taken from
the two cores the command runs on. So ``bench/run.py`` times runs without it and samples memory
in runs of their own.
"""

from __future__ import annotations

import json
import os
import resource
import subprocess
import sys
import threading
import time
from pathlib import Path


def _children(pid: int) -> list[int]:
    out: list[int] = []
    try:
        for tid in os.listdir(f"/proc/{pid}/task"):
            with open(f"/proc/{pid}/task/{tid}/children") as fh:
                out.extend(int(c) for c in fh.read().split())
    except OSError:
        pass
    return out


def _pss_kib(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/smaps_rollup") as fh:
            for line in fh:
                if line.startswith("Pss:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


def tree_pss_kib(root: int) -> int:
    total, todo = 0, [root]
    while todo:
        pid = todo.pop()
        total += _pss_kib(pid)
        todo.extend(_children(pid))
    return total


def measure(cmd: list[str], *, cwd: Path | None = None, env: dict[str, str] | None = None,
            interval: float = 0.02, pss: bool = True) -> dict[str, object]:
    peak = 0
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=cwd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    done = threading.Event()

    def sample() -> None:
        nonlocal peak
        while not done.is_set():
            peak = max(peak, tree_pss_kib(proc.pid))
            done.wait(interval)

    sampler = threading.Thread(target=sample, daemon=True)
    if pss:
        sampler.start()
    stdout, stderr = proc.communicate()
    seconds = time.perf_counter() - t0
    done.set()
    if pss:
        sampler.join()
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return {"seconds": seconds, "exit": proc.returncode, "cpu_seconds": usage.ru_utime + usage.ru_stime,
            "max_rss_mib": usage.ru_maxrss / 1024,
            "tree_pss_mib": peak / 1024 if pss else None, "stdout": stdout[-200_000:], "stderr": stderr[-4000:]}


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    pss = argv[:1] == ["--pss"]
    if pss:
        argv = argv[1:]
    if argv[:1] == ["--"]:
        argv = argv[1:]
    if not argv:
        print("usage: measure.py [--pss] -- CMD ARGS...", file=sys.stderr)
        return 2
    json.dump(measure(argv, pss=pss), sys.stdout)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
