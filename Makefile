# Bappeda planning pipeline. `make help` lists the targets.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
DEMO_INBOX := demo_inbox

.DEFAULT_GOAL := help
.PHONY: help setup run demo test check lint typecheck docs fuzz bench clean

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

docs: $(STAMP) ## regenerate docs/FINDINGS.md from the catalogue
	$(PY) -m pipeline catalogue > docs/FINDINGS.md

clean: ## remove the environment and generated files (never inbox/)
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache $(DEMO_INBOX) demo_archive demo_quarantine outbox/demo store/demo.db
