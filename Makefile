# Two commands for a fresh machine: `make run` and `make test`.
# Both create .venv when it is missing and install the project into it.

PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-stamp
EXAMPLE ?= scenarios/groen-schoolplein.sroi.json

.PHONY: run test lint pytest bench dist clean-venv

$(STAMP): pyproject.toml
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e ".[test]"
	@touch $(STAMP)

run: $(STAMP)
	$(VENV)/bin/sroi-app compute $(EXAMPLE)

test: lint pytest

lint: $(STAMP)
	$(VENV)/bin/ruff check sroi_app tests benchmarks
	$(VENV)/bin/ruff format --check sroi_app tests benchmarks
	$(VENV)/bin/mypy
	$(VENV)/bin/lint-imports

pytest: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest

bench: $(STAMP)
	$(PY) benchmarks/run.py

clean-venv:
	rm -rf $(VENV)
