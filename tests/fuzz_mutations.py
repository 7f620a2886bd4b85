"""Mutation fuzzer: valid filled templates, damaged at random, through one ``python -m pipeline run``.

Each mutant is a valid fixture with bytes flipped, a zip member removed, duplicated, truncated or
edited inside, or numbers in its XML made huge. A batch of mutants goes through the real CLI (with
its per-file time and memory limits) and must come out with exit code 0, every file archived or
quarantined with its kept copy on disk, nothing left in the inbox, and no file that only the
run's safety net caught (an internal error, a crashed or stopped worker): those are bugs.

    python tests/fuzz_mutations.py --seconds 60        # what `make fuzz` runs (FUZZ_SECONDS)
    python tests/fuzz_mutations.py --count 30 --seed 8 # one batch, as the test suite does

A failing batch's mutants are copied to ``fuzz-failures/<seed>/`` with how each was made and the
problems found, to replay by hand (``python -m pipeline validate FILE``).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
import time
import warnings
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
if str(HERE) not in sys.path:
    sys.path.insert(0, str(HERE))

FIXED_DATE = (2024, 1, 2, 3, 4, 6)
# What only the run's safety net reports: a bug in the pipeline, not a finding about the file.
SAFETY_NET = ("galat internal", "berhenti tak terduga", "waktu proses per berkas", "memori per berkas")

Members = list[tuple[str, bytes]]


def _members(data: bytes) -> Members:
    import io

    with zipfile.ZipFile(io.BytesIO(data)) as z:
        return [(i.filename, z.read(i.filename)) for i in z.infolist()]


def _zip(members: Members) -> bytes:
    import io

    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z, warnings.catch_warnings():
        warnings.simplefilter("ignore")  # duplicate names are one of the mutations
        for name, data in members:
            info = zipfile.ZipInfo(name, FIXED_DATE)
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data)
    return buf.getvalue()


def _xml_members(members: Members) -> list[int]:
    return [i for i, (name, _) in enumerate(members) if name.endswith((".xml", ".rels"))]


# --- mutations: (rng, file bytes) -> mutated bytes ------------------------------------------------

def flip_bytes(rng: random.Random, data: bytes) -> bytes:
    out = bytearray(data)
    for _ in range(rng.randint(1, 24)):
        out[rng.randrange(len(out))] ^= 1 << rng.randrange(8)
    return bytes(out)


def truncate_file(rng: random.Random, data: bytes) -> bytes:
    return data[: rng.randrange(1, len(data))]


def remove_member(rng: random.Random, data: bytes) -> bytes:
    members = _members(data)
    del members[rng.randrange(len(members))]
    return _zip(members)


def duplicate_member(rng: random.Random, data: bytes) -> bytes:
    members = _members(data)
    i = rng.randrange(len(members))
    name, body = members[i]
    copy = flip_bytes(rng, body) if body and rng.random() < 0.5 else body
    members.insert(rng.randrange(len(members) + 1), (name, copy))
    return _zip(members)


def truncate_part(rng: random.Random, data: bytes) -> bytes:
    members = _members(data)
    i = rng.choice(_xml_members(members))
    name, body = members[i]
    members[i] = (name, body[: rng.randrange(len(body))] if body else body)
    return _zip(members)


def flip_inside_part(rng: random.Random, data: bytes) -> bytes:
    """Damage inside an XML part, behind a valid zip (the CRC no longer gives it away)."""
    members = _members(data)
    i = rng.choice(_xml_members(members))
    name, body = members[i]
    members[i] = (name, flip_bytes(rng, body) if body else body)
    return _zip(members)


def huge_numbers(rng: random.Random, data: bytes) -> bytes:
    """Numbers in the XML (cell references, sizes, the template's row numbers) made enormous."""
    members = _members(data)
    i = rng.choice(_xml_members(members))
    name, body = members[i]
    spots = list(re.finditer(rb"\d+", body))
    for m in rng.sample(spots, min(len(spots), rng.randint(1, 5))):
        big = rng.choice([b"0", b"1048577", b"16385", b"99999999999999999999", b"-1", b"4294967296"])
        body = body[: m.start()] + big + body[m.end():]
    members[i] = (name, body)
    return _zip(members)


def swap_parts(rng: random.Random, data: bytes) -> bytes:
    """Two parts trade contents (a sheet where the styles should be, and so on)."""
    members = _members(data)
    a, b = rng.sample(range(len(members)), 2)
    (na, da), (nb, db) = members[a], members[b]
    members[a], members[b] = (na, db), (nb, da)
    return _zip(members)


MUTATIONS: dict[str, Callable[[random.Random, bytes], bytes]] = {
    f.__name__: f for f in (flip_bytes, truncate_file, remove_member, duplicate_member, truncate_part,
                            flip_inside_part, huge_numbers, swap_parts)
}


def seed_files(folder: Path) -> list[Path]:
    """The valid fixtures the mutants start from (filled official templates)."""
    import make_fixtures

    folder.mkdir(parents=True, exist_ok=True)
    return [make(folder / name) for name, make in make_fixtures.TEMPLATE_FIXTURES.items()]


def write_mutants(inbox: Path, seeds: list[Path], *, count: int, seed: int) -> dict[str, str]:
    """``count`` mutants in ``inbox``; returns file name -> how it was made."""
    rng = random.Random(seed)
    inbox.mkdir(parents=True, exist_ok=True)
    bases = [p.read_bytes() for p in seeds]
    made = {}
    for n in range(count):
        source = rng.randrange(len(bases))
        data = bases[source]
        steps = []
        for _ in range(rng.choice([1, 1, 1, 2])):
            name = rng.choice(sorted(MUTATIONS))
            try:
                data = MUTATIONS[name](rng, data)
            except Exception:  # an earlier mutation left nothing this one can work on (zlib, zipfile...)
                continue
            steps.append(name)
        file_name = f"mutan-{seed}-{n:03d}.xlsx"
        (inbox / file_name).write_bytes(data)
        made[file_name] = f"{seeds[source].name}: {' + '.join(steps) or 'unchanged'}"
    return made


def run_batch(work: Path, *, seconds_per_file: int = 30) -> tuple[int, dict[str, Any], str]:
    """One ``python -m pipeline run --json`` over ``work/inbox``; (exit code, JSON, stderr)."""
    proc = subprocess.run(
        [sys.executable, "-m", "pipeline", "run", "--inbox", str(work / "inbox"), "--outbox", str(work / "outbox"),
         "--db", f"sqlite:///{work / 'store.db'}", "--json", "--limit", f"max_seconds_per_file={seconds_per_file}"],
        cwd=work, capture_output=True, text=True, timeout=600,
        env={**os.environ, "PYTHONPATH": str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", "")})
    try:
        result = json.loads(proc.stdout) if proc.stdout.strip() else {}
    except json.JSONDecodeError:
        result = {}
    return proc.returncode, result, proc.stderr


def problems(work: Path, made: dict[str, str], code: int, result: dict[str, Any], stderr: str) -> list[str]:
    """Everything wrong with a batch's outcome (empty when the run handled every mutant)."""
    if code != 0:
        return [f"exit code {code}: {stderr[-2000:]}"]
    out = []
    files = {f["name"]: f for f in result.get("files", [])}
    if set(files) != set(made):
        out.append(f"not accounted for: {sorted(set(made) - set(files))}")
    for name, f in files.items():
        what = f"{name} ({made.get(name, '?')})"
        if f["status"] not in ("accepted", "rejected", "duplicate"):
            out.append(f"{what}: status {f['status']}")
            continue
        kept = Path(f["kept_at"])
        kept = kept if kept.is_absolute() else work / kept
        if not kept.is_file():
            out.append(f"{what}: kept copy missing ({kept})")
        elif not any(root in kept.resolve().parents for root in ((work / "archive").resolve(),
                                                                 (work / "quarantine").resolve())):
            out.append(f"{what}: kept outside archive/quarantine ({kept})")
        for x in f["findings"]:
            if any(s in x["message"] for s in SAFETY_NET):
                out.append(f"{what}: {x['message']}")
    left = [p.name for p in (work / "inbox").iterdir()]
    if left:
        out.append(f"left in the inbox: {left}")
    return out


def fuzz_batch(work: Path, seeds: list[Path], *, count: int, seed: int) -> list[str]:
    """Write a batch (kept aside in ``work/mutants`` too, to replay), run it, list its problems."""
    made = write_mutants(work / "mutants", seeds, count=count, seed=seed)
    shutil.copytree(work / "mutants", work / "inbox")
    (work / "mutants" / "cara-dibuat.json").write_text(json.dumps(made, indent=1), encoding="utf-8")
    return problems(work, made, *run_batch(work))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--seconds", type=float, default=float(os.environ.get("FUZZ_SECONDS", 60)),
                        help="keep making batches for this long (default FUZZ_SECONDS or 60)")
    parser.add_argument("--count", type=int, default=30, help="mutants per batch (default 30)")
    parser.add_argument("--seed", type=int, default=None, help="first batch's seed (default: from the clock)")
    parser.add_argument("--batches", type=int, default=None, help="stop after this many batches")
    args = parser.parse_args(argv)
    seed = args.seed if args.seed is not None else int(time.time())
    deadline = time.monotonic() + args.seconds
    failures = batches = mutants = 0
    with tempfile.TemporaryDirectory() as tmp:
        seeds = seed_files(Path(tmp) / "seeds")
        while (args.batches is None or batches < args.batches) and (batches == 0 or time.monotonic() < deadline):
            work = Path(tmp) / f"batch-{seed}"
            found = fuzz_batch(work, seeds, count=args.count, seed=seed)
            batches, mutants = batches + 1, mutants + args.count
            if found:
                failures += 1
                keep = ROOT / "fuzz-failures" / str(seed)
                shutil.rmtree(keep, ignore_errors=True)
                shutil.copytree(work / "mutants", keep)
                (keep / "run-problems.txt").write_text("\n".join(found) + "\n", encoding="utf-8")
                print(f"seed {seed}: {len(found)} problem(s), batch kept in {keep}")
                for line in found[:20]:
                    print("  " + line)
            else:
                print(f"seed {seed}: {args.count} mutants handled")
            shutil.rmtree(work, ignore_errors=True)
            seed += 1
    print(f"{batches} batch(es), {mutants} mutants, {failures} failing batch(es)")
    return 1 if failures else 0


if __name__ == "__main__":
    raise SystemExit(main())
