# Everything starts here: each target bootstraps .venv on its own, so a fresh
# clone needs only `make <target>`.
SHELL := bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := help

PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-stamp

.PHONY: help bootstrap generate check-generated lint test bench clean

help: ## List the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-18s %s\n", $$1, $$2}'

$(STAMP): pyproject.toml constraints.txt
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' || { echo "testruns needs Python 3.11 or newer ($(PYTHON) is older)"; exit 3; }
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	@echo "Installing the toolkit into $(VENV) (pinned by constraints.txt)"
	@$(PY) -m pip install --quiet --disable-pip-version-check -c constraints.txt -e '.[generate,sandbox,dev]'
	@touch $(STAMP)

bootstrap: $(STAMP) ## Create .venv with every pinned tool

generate: $(STAMP) ## Regenerate the clients whose spec, overlay or generator changed
	@$(PY) -m generator generate

check-generated: $(STAMP) ## Fail if generated/ differs from what the specs give
	@$(PY) -m generator check

lint: $(STAMP) ## ruff and mypy --strict over the facade, the generator and generated/
	@$(PY) -m ruff check testruns generator tests bench
	@$(PY) -m ruff format --check testruns generator tests bench
	@$(PY) -m ruff check --config generator/ruff_generated.toml generated
	@$(PY) -m ruff format --check --config generator/ruff_generated.toml generated
	@$(PY) -m mypy testruns generator generated

test: $(STAMP) ## Drift check, lint and the test suite
	@$(MAKE) --no-print-directory check-generated lint
	@$(PY) -m pytest

bench: $(STAMP) ## Print the speed figures (nothing is asserted)
	@$(PY) bench/run.py

clean: ## Remove .venv and caches
	rm -rf $(VENV) .mypy_cache .ruff_cache .pytest_cache
