"""The README stays true to the code: every safety limit it must state is named there."""

from dataclasses import fields
from pathlib import Path

from pipeline.limits import Limits

README = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")


def test_every_limit_is_stated_in_the_readme():
    missing = [f.name for f in fields(Limits) if f"`{f.name}`" not in README]
    assert not missing, f"README does not state these limits: {missing}"


def test_readme_shows_the_two_commands():
    assert "make run" in README and "make test" in README
