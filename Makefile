# Everything starts here: each target bootstraps .venv on its own, so a fresh
# clone needs only `make <target>`.
SHELL := bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := help

PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-stamp
NODE_STAMP := node_modules/.installed-stamp
# pip compiles a wheel's modules when it installs them; an editable install's (testruns, the generator,
# generated/) are compiled by Python on first import instead, and never where PYTHONDONTWRITEBYTECODE is
# set (many CI images), so each start would compile them again: about 40 ms of every command and a
# tenth of a small generation. make compiles them as pip would; compileall skips what is up to date.
BYTECODE := $(PY) -m compileall -qq testruns testruns_generator generated || true

.PHONY: help demo bootstrap generate check-generated fetch diff update lint test test-oldest test-newest contract corpus bench docs dist clean

help: ## List the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-18s %s\n", $$1, $$2}'

$(STAMP): pyproject.toml constraints.txt
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' || { echo "testruns needs Python 3.11 or newer ($(PYTHON) is older)"; exit 3; }
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	@echo "Installing the toolkit into $(VENV) (pinned by constraints.txt)"
	@$(PY) -m pip install --quiet --disable-pip-version-check -c constraints.txt -e '.[generate,sandbox,dev,docs]'
	@$(BYTECODE)
	@touch $(STAMP)

# Prism, the contract tests' referee, pinned by package.json / package-lock.json.
# --ignore-scripts: nothing it needs runs at install time (it would only send telemetry).
$(NODE_STAMP): package.json package-lock.json
	@command -v node >/dev/null && command -v npm >/dev/null || { \
	  echo "The contract tests need Node.js (20.19+) and npm, which run Prism: install them"; \
	  echo "(e.g. 'apt install nodejs npm', or from https://nodejs.org), then run make again."; exit 3; }
	@echo "Installing Prism into node_modules (pinned by package-lock.json)"
	@npm ci --ignore-scripts --no-audit --no-fund --loglevel=error
	@touch $(NODE_STAMP)

demo: $(STAMP) ## See it work: the local sandbox, a run on each vendor through the CLI, no accounts
	@$(PY) -m testruns_generator generate
	@$(BYTECODE)
	@$(PY) demo/run.py

bootstrap: $(STAMP) $(NODE_STAMP) ## Create .venv and node_modules with every pinned tool

generate: $(STAMP) ## Regenerate the clients whose spec, overlay or generator changed
	@$(PY) -m testruns_generator generate
	@$(BYTECODE)

check-generated: $(STAMP) ## Fail if generated/ differs from what the specs give
	@$(PY) -m testruns_generator check

fetch: $(STAMP) ## Download the vendors' published documents into specs/ (those with a source)
	@$(PY) -m testruns_generator fetch

diff: $(STAMP) ## What changed for users since HEAD (BASE=ref): spec and Python, classified; exit 1 on breaking
	@$(PY) -m testruns_generator diff --base $(or $(BASE),HEAD)

update: $(STAMP) ## fetch + generate --changelog + diff: the report for a PR in .update/ (UPDATE_ARGS=--commit)
	@$(PY) -m testruns_generator update --report .update $(UPDATE_ARGS)

lint: $(STAMP) ## ruff and mypy --strict over the facade, the generator, generated/, the tests, bench, demo and the action
	@$(PY) -m ruff check testruns testruns_generator tests bench demo action
	@$(PY) -m ruff format --check testruns testruns_generator tests bench demo action
	@$(PY) -m ruff check --config testruns_generator/ruff_generated.toml generated
	@$(PY) -m ruff format --check --config testruns_generator/ruff_generated.toml generated
	@$(PY) -m mypy testruns testruns_generator generated tests bench demo action

test: $(STAMP) $(NODE_STAMP) ## Drift check, lint, the unit tests and the contract tests
	@$(MAKE) --no-print-directory check-generated lint
	@$(BYTECODE)
	@$(PY) -m pytest

# The facade's tests at either end of the ranges pyproject.toml allows for what testruns needs at run time
# (constraints-oldest.txt, constraints-newest.txt), each in a venv of its own (.venv-oldest, .venv-newest); the
# test tools as constraints.txt pins them. The newest need a venv apart from .venv: the generator's
# openapi-python-client keeps .venv below httpx 0.29 (constraints-newest.txt says more).
BOUNDS := oldest newest
$(BOUNDS:%=.venv-%/.installed-stamp): .venv-%/.installed-stamp: pyproject.toml constraints.txt constraints-%.txt \
  tests/bounds/constraints.py
	@test -x .venv-$*/bin/python || $(PYTHON) -m venv .venv-$*
	@echo "Installing testruns at its $* dependencies into .venv-$* (constraints-$*.txt)"
	@$(PYTHON) tests/bounds/constraints.py $* > .venv-$*/constraints.txt
	@.venv-$*/bin/python -m pip install --quiet --disable-pip-version-check -c .venv-$*/constraints.txt \
	  -e '.[sandbox]' pytest hypothesis trustme mypy
	@touch $@

test-oldest: ## The facade's tests at the lowest dependency versions pyproject.toml allows
test-newest: ## The facade's tests at the newest dependency versions (httpx 0.29, constraints-newest.txt)
$(BOUNDS:%=test-%): test-%: .venv-%/.installed-stamp
	@.venv-$*/bin/python -m pip list --disable-pip-version-check 2>/dev/null | grep -iE '^(httpx|httpx-aiohttp|aiohttp|pydantic|attrs) '
	@.venv-$*/bin/python -m pytest tests/facade -q -p no:cacheprovider

contract: $(STAMP) $(NODE_STAMP) ## The contract tests alone: every client judged by Prism
	@$(PY) -m pytest tests/contract --durations=5

corpus: $(STAMP) $(NODE_STAMP) ## Judge N public specs drawn with SEED (N=60 SEED=1; CONTRACT=1 adds Prism)
	@$(PY) -m tests.corpus --count $(or $(N),60) --seed $(or $(SEED),1) $(if $(filter 1,$(CONTRACT)),--contract)

bench: $(STAMP) $(NODE_STAMP) ## Print the speed figures (nothing is asserted; a corpus document from node_modules)
	@$(BYTECODE)
	@$(PY) bench/run.py

docs: $(STAMP) ## Build the documentation site into site/ (mkdocs --strict: a broken link or docstring fails)
	@NO_MKDOCS_2_WARNING=1 $(PY) -m mkdocs build --strict

# An isolated build (hatchling as pyproject.toml pins it) from what is committed and generated; twine checks
# what PyPI would (the metadata, the README as rendered). tests/package/test_wheel.py installs the wheel.
dist: $(STAMP) ## Build the sdist and the wheel into dist/, and check them as PyPI would (twine check --strict)
	@rm -rf dist
	@$(PY) -m build --outdir dist .
	@$(PY) -m twine check --strict dist/*

clean: ## Remove .venv, caches, the built site and dist/
	rm -rf $(VENV) $(BOUNDS:%=.venv-%) node_modules .mypy_cache .ruff_cache .pytest_cache site dist
