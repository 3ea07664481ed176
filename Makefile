# Two commands for a fresh machine: `make run` and `make test`.
# Both create .venv when it is missing and install the project into it.

PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-stamp
EXAMPLE ?= scenarios/groen-schoolplein.sroi.json

.PHONY: run test lint pytest bench dist clean-venv translations screenshots

$(STAMP): pyproject.toml
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e ".[test]"
	@touch $(STAMP)

run: $(STAMP)
	$(VENV)/bin/sroi-app gui $(EXAMPLE)

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

# Qt Linguist: collect the interface's strings into the .ts (keeping existing
# translations), then compile the .qm the app loads. Both files are committed,
# so a fresh clone runs without this step; tests check the .qm is up to date.
TS := resources/translations/sroi_app_nl.ts
translations: $(STAMP)
	$(VENV)/bin/pyside6-lupdate $$(find sroi_app/ui -name '*.py' | sort) -ts $(TS) \
		-target-language nl_NL -no-obsolete -locations relative
	$(VENV)/bin/pyside6-lrelease $(TS) -qm $(TS:.ts=.qm)

# Screenshots of every page for the documentation, on a virtual screen.
screenshots: $(STAMP)
	xvfb-run -a -s "-screen 0 1600x1000x24" $(PY) tools/screenshots.py docs/screenshots
	xvfb-run -a -s "-screen 0 1600x1000x24" $(PY) tools/screenshots.py docs/screenshots --lang en --suffix=-en --pages results
	xvfb-run -a -s "-screen 0 1600x1000x24" $(PY) tools/screenshots.py docs/screenshots \
		--scenario scenarios/groene-ontmoetingsplek.sroi.json --pages sensitivity comparison
