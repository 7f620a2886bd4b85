"""A short, seeded sample of the mutation fuzzer (``make fuzz`` runs it for longer, unseeded).

Thirty damaged copies of the valid template fixtures go through one ``python -m pipeline run``:
exit code 0, every file archived or quarantined with its kept copy on disk, nothing left in the
inbox, and no file that only the run's safety net caught (internal error, crashed or stopped worker).
"""

from __future__ import annotations

from pathlib import Path

import fuzz_mutations
import make_fixtures

SEED, COUNT = 8, 30  # the same batch as `python tests/fuzz_mutations.py --count 30 --seed 8 --batches 1`


def test_seeded_mutants_are_all_handled(tmp_path: Path, template_fixtures: dict[str, Path]) -> None:
    seeds = [template_fixtures[name] for name in make_fixtures.TEMPLATE_FIXTURES]
    found = fuzz_mutations.fuzz_batch(tmp_path, seeds, count=COUNT, seed=SEED)
    assert not found, "\n".join(found)


def test_mutants_are_deterministic(tmp_path: Path, template_fixtures: dict[str, Path]) -> None:
    seeds = [template_fixtures[name] for name in make_fixtures.TEMPLATE_FIXTURES]
    a = fuzz_mutations.write_mutants(tmp_path / "a", seeds, count=8, seed=SEED)
    b = fuzz_mutations.write_mutants(tmp_path / "b", seeds, count=8, seed=SEED)
    assert a == b
    assert all((tmp_path / "a" / n).read_bytes() == (tmp_path / "b" / n).read_bytes() for n in a)
