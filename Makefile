# Bappeda planning pipeline. `make help` lists the targets.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
DEMO_INBOX := demo_inbox

.DEFAULT_GOAL := help
.PHONY: help setup run demo test check lint typecheck docs fuzz bad-files bench bench-quick clean

help: ## list the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | sed 's/:.*## /\t/' | expand -t 12

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

setup: $(STAMP) ## create the virtual environment and install everything

run: $(STAMP) ## run the pipeline on inbox/ (on a demo inbox when inbox/ is empty)
	@if [ -z "$$(ls -A inbox 2>/dev/null | grep -v '^.gitkeep$$')" ]; then \
		echo "inbox/ kosong: menjalankan inbox demo ($(DEMO_INBOX)/)"; \
		rm -rf $(DEMO_INBOX) && $(PY) tests/make_fixtures.py --demo $(DEMO_INBOX) && \
		$(PY) -m pipeline run --inbox $(DEMO_INBOX) --outbox outbox/demo --db sqlite:///store/demo.db \
			--archive demo_archive --quarantine demo_quarantine; \
	else \
		$(PY) -m pipeline run --inbox inbox --outbox outbox; \
	fi

test: $(STAMP) ## run the test suite
	$(PY) -m pytest

lint: $(STAMP) ## ruff
	$(VENV)/bin/ruff check pipeline tests

typecheck: $(STAMP) ## mypy on pipeline/
	$(VENV)/bin/mypy pipeline

check: lint typecheck test ## ruff, mypy and the tests

bench: $(STAMP) ## benchmark a province (40 pemda x 40 OPD) side by side; writes BENCHMARKS.md
	$(PY) bench/run.py --preset province --reps 3 --naive-reps 1 --single-worker-reps 1 --memory-preset medium,small --profile

bench-quick: $(STAMP) ## the benchmark on 20 submissions (a quick check; does not touch BENCHMARKS.md)
	$(PY) bench/run.py --preset small --reps 3 --memory-preset tiny --markdown bench/out/BENCHMARKS-small.md

FUZZ_SECONDS ?= 60
fuzz: $(STAMP) ## mutation fuzzer on damaged templates for FUZZ_SECONDS (default 60); failures in fuzz-failures/
	FUZZ_SECONDS=$(FUZZ_SECONDS) $(PY) tests/fuzz_mutations.py

bad-files: $(STAMP) ## write the corpus of broken and hostile files into bad_files/ (docs/HOSTILE_FILES.md)
	rm -rf bad_files && $(PY) tests/make_bad_files.py --out bad_files

docs: $(STAMP) ## regenerate docs/FINDINGS.md from the catalogue
	$(PY) -m pipeline catalogue > docs/FINDINGS.md

clean: ## remove the environment and generated files (never inbox/)
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache $(DEMO_INBOX) demo_archive demo_quarantine outbox/demo store/demo.db \
		bad_files fuzz-failures
