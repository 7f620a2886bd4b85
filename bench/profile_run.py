"""Where a pipeline run spends its time: the whole run in one process under cProfile.

The worker processes are replaced by an in-process loop so that the profile sees everything
(extract, validate, normalize, feedback, commit, outputs); the wall time is therefore the
one-core time. ``python bench/profile_run.py --preset small [--sort tottime] [--top 40]``.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import pstats
import shutil
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
for p in (ROOT, ROOT / "bench"):
    if str(p) not in sys.path:
        sys.path.insert(0, str(p))

import generate  # noqa: E402

import pipeline.run as run_module  # noqa: E402
import pipeline.workers as workers  # noqa: E402
from pipeline.workers import Outcome  # noqa: E402


def _in_process(func: Callable[[Any], Any], payloads: list[Any], **_: Any) -> Iterator[Outcome]:
    for i, payload in enumerate(payloads):
        yield Outcome(i, True, func(payload))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--preset", choices=sorted(generate.PRESETS), default="small")
    parser.add_argument("--sort", default="cumulative")
    parser.add_argument("--top", type=int, default=45)
    parser.add_argument("--output", type=Path, help="also save the raw profile here (pstats format)")
    args = parser.parse_args(argv)
    folder = generate.workload(generate.PRESETS[args.preset])
    with tempfile.TemporaryDirectory(prefix="bench-profile-") as tmp:
        work = Path(tmp)
        shutil.copytree(folder / "inbox", work / "inbox")
        opts = run_module.RunOptions(inbox=work / "inbox", outbox=work / "outbox",
                                     db_url=f"sqlite:///{work / 'store.db'}", archive=work / "archive",
                                     quarantine=work / "quarantine")
        run_module.run_isolated = _in_process  # type: ignore[assignment]
        workers.run_isolated = _in_process  # type: ignore[assignment]  # the outputs' groups too
        profiler = cProfile.Profile()
        t0 = time.perf_counter()
        profiler.enable()
        result = run_module.run(opts)
        profiler.disable()
        wall = time.perf_counter() - t0
    out = io.StringIO()
    stats = pstats.Stats(profiler, stream=out)
    stats.sort_stats(args.sort).print_stats(args.top)
    if args.output:
        stats.dump_stats(str(args.output))
    print(f"{len(result.files)} files, {len(result.outputs)} outputs, {wall:.2f} s on one core (profiled)")
    print(out.getvalue())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
