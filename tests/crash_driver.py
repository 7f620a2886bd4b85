"""``python tests/crash_driver.py POINT N ARGS...``: the pipeline CLI, SIGKILLed at an exact point.

The run is killed with SIGKILL right after the N-th call of the function named by POINT returns,
counted over the run's processes (a worker's call kills the parent, then the worker), as a power
cut or the OOM killer would:

  claim    Store.claim_received  (received time claimed, not committed, nothing written yet)
  diff     versions.write_diff_sheet  (feedback rewritten with the "Perubahan" sheet, not kept yet)
  copy     run.copy_staged  (in a worker: original or feedback copied to archive/quarantine, store
           not committed)
  precommit  inside Store.save: submission and rows inserted, transaction not committed
  save     Store.save  (store committed, inbox copy not removed yet)
  commit   run.commit  (file committed, its inbox copy removed after the next barrier)
  outputs  outputs.write_consolidated  (consolidated workbook written, CSV and fingerprint not)
"""

from __future__ import annotations

import functools
import multiprocessing
import os
import signal
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import pipeline.load.outputs  # noqa: E402
import pipeline.run  # noqa: E402
import pipeline.versions  # noqa: E402
from pipeline.cli import main  # noqa: E402
from pipeline.store.db import Store  # noqa: E402

TARGETS: dict[str, tuple[Any, str]] = {
    "claim": (Store, "claim_received"),
    "diff": (pipeline.versions, "write_diff_sheet"),
    "copy": (pipeline.run, "copy_staged"),
    "save": (Store, "save"),
    "commit": (pipeline.run, "commit"),
    "outputs": (pipeline.load.outputs, "write_consolidated"),
}


def arm(point: str, n: int) -> None:
    owner, name = TARGETS[point]
    original = getattr(owner, name)
    parent = os.getpid()
    calls = multiprocessing.get_context("fork").Value("i", 0)  # shared with the forked workers

    @functools.wraps(original)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        result = original(*args, **kwargs)
        with calls.get_lock():
            calls.value += 1
            hit = calls.value == n
        if hit:
            os.kill(parent, signal.SIGKILL)
            os.kill(os.getpid(), signal.SIGKILL)  # a worker: dies with the run
        return result

    setattr(owner, name, wrapper)


def arm_precommit(n: int) -> None:
    """Kill after the last statement of ``Store.save``'s transaction, before its commit."""
    original = Store._execute
    parent = os.getpid()
    calls = 0

    def wrapper(self: Store, sql: str, params: Any = ()) -> Any:
        nonlocal calls
        result = original(self, sql, params)
        if os.getpid() == parent and sql.startswith("DELETE FROM claims") and self.conn is not None:
            calls += 1
            if calls == n:
                os.kill(parent, signal.SIGKILL)
        return result

    Store._execute = wrapper  # type: ignore[method-assign]


if __name__ == "__main__":
    if sys.argv[1] == "precommit":
        arm_precommit(int(sys.argv[2]))
    else:
        arm(sys.argv[1], int(sys.argv[2]))
    raise SystemExit(main(sys.argv[3:]))
